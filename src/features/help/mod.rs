//! Getting help: what to do, how to block and report, and local contacts.

pub mod contact_list;
pub mod help_page;
pub mod state;
