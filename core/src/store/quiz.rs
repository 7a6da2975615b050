//! The solo quiz on this device: the one in progress, and past results.

use super::Record;
use crate::quiz::solo::{HistoryEntry, Quiz};
use serde::{Deserialize, Serialize};

/// The solo quiz in progress (or just finished), saved after every step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentQuiz(pub Option<Quiz>);

impl Record for CurrentQuiz {
    const PROGRESS: bool = true;
    const KEY: &'static str = "quiz.current";
    const VERSION: u32 = 1;
}

/// Past results on this device, newest first, at most [`History::MAX`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct History {
    entries: Vec<HistoryEntry>,
}

impl History {
    pub const MAX: usize = 50;

    /// Adds the newest entry; the same quiz finished twice (two windows)
    /// is kept once.
    pub fn push(&mut self, entry: HistoryEntry) {
        self.entries.retain(|e| *e != entry);
        self.entries.insert(0, entry);
        self.entries.truncate(Self::MAX);
    }

    /// Newest first.
    pub fn entries(&self) -> &[HistoryEntry] {
        &self.entries
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Record for History {
    const KEY: &'static str = "quiz.history";
    const VERSION: u32 = 1;
}
