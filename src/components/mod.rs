//! Pieces shared by several pages.

pub mod app_info;
pub mod back_button;
pub mod block_list;
pub mod confirm_button;
pub mod contact_list;
pub mod delete_everything;
pub mod did_you_mean;
pub mod facilitate_setup;
pub mod link;
pub mod load_gate;
pub mod network_status;
pub mod notice_banner;
pub mod presenter;
pub mod quick_exit_button;
pub mod quiz_question;
pub mod quiz_results;
pub mod quiz_start;
pub mod section_actions;
pub mod session_summary;
pub mod shell;
pub mod team_badge;
pub mod update_prompt;
