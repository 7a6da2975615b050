//! Pieces shared by several pages.

pub mod block_list;
pub mod load_gate;
pub mod notice_banner;
pub mod quiz_question;
pub mod quiz_results;
pub mod quiz_start;
pub mod section_actions;
pub mod shell;
