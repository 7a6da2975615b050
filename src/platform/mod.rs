//! The only code that touches browser APIs.

pub mod clock;
pub mod data;
pub mod dom;
pub mod history;
pub mod log;
pub mod page_life;
pub mod perf;
pub mod print;
pub mod pwa;
pub mod quick_exit;
pub mod share;
pub mod storage;
