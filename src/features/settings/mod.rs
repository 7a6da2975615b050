//! How Lantern looks and behaves on this device, and what it keeps.

pub mod app_info;
pub mod delete_everything;
pub mod language_picker;
pub mod settings_page;
