//! A live quiz on a classroom network: the facilitator's screen, run on the
//! hub, and each child's phone joining it. The single-screen session is
//! untouched (`features::facilitate`); this one borrows its summary.

pub mod code_form;
pub mod host_end;
pub mod host_lobby;
pub mod host_question;
pub mod join_page;
pub mod link_status;
pub mod live_host_page;
pub mod live_option;
pub mod player_screen;
pub mod seat_form;
pub mod state;
