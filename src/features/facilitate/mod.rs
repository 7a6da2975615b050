//! The facilitated session on one screen: setup, the presenter, the end,
//! printed sheets and finished sessions.

pub mod facilitate_page;
pub mod presenter;
pub mod print_page;
pub mod printed_sheet;
pub mod resume_offer;
pub mod run_page;
pub mod safeguarding_check;
pub mod session_end;
pub mod session_history;
pub mod session_summary;
pub mod setup_form;
pub mod state;
pub mod summary_page;
pub mod team_badge;
