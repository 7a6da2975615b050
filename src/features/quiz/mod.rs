//! The solo quiz: start, questions with feedback, results and history.

pub mod history_page;
pub mod quiz_page;
pub mod quiz_question;
pub mod quiz_results;
pub mod quiz_start;
pub mod state;
