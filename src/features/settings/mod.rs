//! How Lantern looks and behaves on this device, and what it keeps.

pub mod app_info;
pub mod delete_everything;
pub mod settings_page;
