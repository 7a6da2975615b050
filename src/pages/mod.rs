//! One file per screen.

pub mod contents;
pub mod home;
pub mod not_found;
pub mod section;
