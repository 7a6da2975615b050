//! One file per screen.

pub mod about;
pub mod bookmarks;
pub mod contents;
pub mod countries;
pub mod country;
pub mod facilitate;
pub mod facilitate_print;
pub mod facilitate_run;
pub mod help;
pub mod home;
pub mod not_found;
pub mod quiz;
pub mod quiz_history;
pub mod search;
pub mod section;
pub mod settings;
