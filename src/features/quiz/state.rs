//! The solo quiz's slice of the state: the quiz in progress and past results.
//! What follows each step is decided by `lantern_core::effect`.

use crate::platform;
use crate::state::{use_app_data, Notice, Notices, Stored};
use lantern_core::effect::{self, Effect};
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::solo::{Event, Outcome, Quiz, QuizConfig};
use lantern_core::store::{CurrentQuiz, History};

#[derive(Clone, Copy)]
pub struct QuizState {
    /// The solo quiz in progress or just finished.
    pub quiz: Stored<CurrentQuiz>,
    pub history: Stored<History>,
    notices: Notices,
}

impl QuizState {
    pub fn new(notices: Notices) -> Self {
        QuizState {
            quiz: Stored::new(notices, Some(Notice::QuizMovedOn)),
            history: Stored::new(notices, None),
            notices,
        }
    }

    /// Sets aside a saved quiz that cannot go on against this bank, and says so.
    pub fn check_against(self, bank: &Bank) {
        let check = self
            .quiz
            .with_untracked(|q| effect::resume_quiz(q.0.as_ref(), bank));
        if matches!(check, Some(Effect::SetAsideProgress)) {
            self.quiz.set_aside_unusable();
            self.notices.notify(Notice::QuizReset);
        }
    }

    pub fn start(self, bank: &Bank, config: QuizConfig) -> bool {
        match Quiz::start(bank, config, platform::clock::now_ms()) {
            Ok(q) => {
                self.quiz.replace(CurrentQuiz(Some(q)));
                true
            }
            Err(_) => false,
        }
    }

    pub fn retry_missed(self, bank: &Bank) {
        let next = self.quiz.with_untracked(|q| {
            q.0.as_ref().and_then(|q| {
                q.retry_missed(bank, platform::clock::seed(), platform::clock::now_ms())
            })
        });
        if let Some(q) = next {
            self.quiz.replace(CurrentQuiz(Some(q)));
        }
    }

    /// Applies one step and carries out what follows it; returns the
    /// effects the page itself acts on (focus).
    pub fn step(self, bank: &Bank, event: Event) -> Vec<Effect> {
        let now = platform::clock::now_ms();
        let outcome = self
            .quiz
            .update_guarded(|q| match &mut q.0 {
                Some(q) => q.update(bank, event, now),
                None => Outcome::Ignored,
            })
            .unwrap_or(Outcome::Ignored);
        let mut rest = Vec::new();
        for e in effect::after_quiz(&outcome) {
            match e {
                Effect::RecordQuiz(entry) => self.history.update(|h| h.push(entry)),
                other => rest.push(other),
            }
        }
        rest
    }

    pub fn leave(self) {
        self.quiz.replace(CurrentQuiz(None));
    }

    pub fn clear_history(self) {
        self.history.update(History::clear);
    }
}

pub fn use_quiz() -> QuizState {
    use_app_data().quiz
}
