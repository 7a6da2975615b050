//! One file per screen.

pub mod about;
pub mod bookmarks;
pub mod contents;
pub mod countries;
pub mod country;
pub mod home;
pub mod not_found;
pub mod search;
pub mod section;
pub mod settings;
