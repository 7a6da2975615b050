//! The only code that touches browser APIs.

pub mod clock;
pub mod data;
pub mod dom;
pub mod share;
pub mod storage;
