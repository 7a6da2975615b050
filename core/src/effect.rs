//! What the shell must do after each step: the policy of what to save, keep,
//! fetch and say, decided here so it is tested natively. The shell carries
//! the effects out and never decides them itself.

use crate::quiz::bank::Bank;
use crate::quiz::session::{self, Session, SessionRecord, SetupError};
use crate::quiz::solo::{self, HistoryEntry, Quiz};

/// One thing to do beyond saving the record that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// A solo quiz is over: add it to this device's history.
    RecordQuiz(HistoryEntry),
    /// A session is over: keep its summary.
    RecordSession(SessionRecord),
    /// The safeguarding note was read: do not show it before every session.
    RememberSafeguarding,
    /// A new question, or the end screen, is up: move focus to its heading.
    FocusQuestion,
    /// Saved progress cannot go on (the bank changed, or it is damaged):
    /// keep it under a backup key, start afresh, and say so.
    SetAsideProgress,
}

/// After a step of the solo quiz.
pub fn after_quiz(outcome: &solo::Outcome) -> Vec<Effect> {
    match outcome {
        solo::Outcome::Finished(entry) => vec![Effect::RecordQuiz(entry.clone())],
        solo::Outcome::Moved => vec![Effect::FocusQuestion],
        solo::Outcome::Ignored | solo::Outcome::Answered(_) => Vec::new(),
    }
}

/// After a facilitator's step.
pub fn after_session(result: &Result<session::Outcome, SetupError>) -> Vec<Effect> {
    use session::Outcome;
    match result {
        Ok(Outcome::SafeguardingRead) => vec![Effect::RememberSafeguarding],
        // The end screen's heading takes focus, as a question's does.
        Ok(Outcome::Finished(record)) => {
            vec![Effect::RecordSession(record.clone()), Effect::FocusQuestion]
        }
        Ok(Outcome::Moved) => vec![Effect::FocusQuestion],
        _ => Vec::new(),
    }
}

/// When the question bank is loaded: whether saved progress can go on.
pub fn resume_quiz(quiz: Option<&Quiz>, bank: &Bank) -> Option<Effect> {
    quiz.is_some_and(|q| q.validate(bank).is_err())
        .then_some(Effect::SetAsideProgress)
}

/// The same for a facilitated session.
pub fn resume_session(session: Option<&Session>, bank: &Bank) -> Option<Effect> {
    session
        .is_some_and(|s| s.validate(bank).is_err())
        .then_some(Effect::SetAsideProgress)
}

/// How a data asset is loaded, given the name of the stored copy (empty if
/// none) and the name the page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataPlan {
    /// The stored copy is the page's: show it, fetch nothing.
    Stored,
    /// Show the stored copy at once, and fetch the newer one behind it.
    StoredThenFetch,
    /// Nothing stored: fetch, and show a loading line meanwhile.
    Fetch,
}

pub fn data_plan(stored: &str, wanted: &str) -> DataPlan {
    match (stored.is_empty(), stored == wanted) {
        (true, _) => DataPlan::Fetch,
        (false, true) => DataPlan::Stored,
        (false, false) => DataPlan::StoredThenFetch,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_copy_the_page_names_is_used_without_fetching() {
        assert_eq!(data_plan("report.en.1", "report.en.1"), DataPlan::Stored);
    }

    #[test]
    fn an_older_stored_copy_shows_while_the_newer_one_is_fetched() {
        assert_eq!(
            data_plan("report.en.1", "report.en.2"),
            DataPlan::StoredThenFetch
        );
    }

    #[test]
    fn with_nothing_stored_the_asset_is_fetched() {
        assert_eq!(data_plan("", "report.en.2"), DataPlan::Fetch);
    }

    #[test]
    fn an_answer_changes_nothing_beyond_the_quiz() {
        assert!(after_quiz(&solo::Outcome::Ignored).is_empty());
    }

    #[test]
    fn moving_on_focuses_the_next_question() {
        assert_eq!(after_quiz(&solo::Outcome::Moved), [Effect::FocusQuestion]);
        assert_eq!(
            after_session(&Ok(session::Outcome::Moved)),
            [Effect::FocusQuestion]
        );
    }

    #[test]
    fn a_refused_setup_change_does_nothing_more() {
        assert!(after_session(&Err(SetupError::EmptyName)).is_empty());
    }

    #[test]
    fn dismissing_the_safeguarding_note_is_remembered() {
        // Read in setup: remembered, and focus stays where the facilitator is.
        assert_eq!(
            after_session(&Ok(session::Outcome::SafeguardingRead)),
            [Effect::RememberSafeguarding]
        );
    }

    #[test]
    fn no_saved_progress_needs_no_resume_check() {
        assert_eq!(resume_quiz(None, &Bank::default()), None);
        assert_eq!(resume_session(None, &Bank::default()), None);
    }
}
