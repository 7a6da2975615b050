//! Only what two or more features use: the site's frame, links, loading
//! gates and the pickers. Each feature keeps its own pieces in `features/`.

pub mod audience_picker;
pub mod back_button;
pub mod confirm_button;
pub mod did_you_mean;
pub mod icon;
pub mod language_link;
pub mod link;
pub mod load_gate;
pub mod network_status;
pub mod not_found_page;
pub mod notice_banner;
pub mod quick_exit_button;
pub mod shell;
pub mod topic_picker;
pub mod update_prompt;
