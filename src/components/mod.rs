//! Pieces shared by several pages.

pub mod block_list;
pub mod load_gate;
pub mod shell;
