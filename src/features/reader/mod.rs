//! Reading the report: home, contents, sections, search, countries,
//! bookmarks and about.

pub mod about_page;
pub mod block_list;
pub mod bookmarks_page;
pub mod contents_page;
pub mod countries_page;
pub mod country_page;
pub mod home_page;
pub mod search_page;
pub mod section_actions;
pub mod section_page;
pub mod state;
