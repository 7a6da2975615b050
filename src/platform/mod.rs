//! The only code that touches browser APIs.

pub mod data;
pub mod dom;
