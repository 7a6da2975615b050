//! Facilitated sessions on this device: the one being run, finished ones,
//! and the facilitator's lasting choices.

use super::Record;
use crate::quiz::session::{Session, SessionRecord};
use serde::{Deserialize, Serialize};

/// The session in progress (or just finished), saved after every step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentSession(pub Option<Session>);

impl Record for CurrentSession {
    const PROGRESS: bool = true;
    const KEY: &'static str = "facilitate.current";
    const VERSION: u32 = 1;
    fn sanitised(self) -> Self {
        CurrentSession(self.0.map(Session::sanitised))
    }
}

/// Finished sessions on this device, newest first, at most [`FinishedSessions::MAX`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FinishedSessions {
    entries: Vec<SessionRecord>,
}

impl FinishedSessions {
    pub const MAX: usize = 10;

    /// Adds a record as the newest; one with the same id is replaced, so
    /// pushing the same session twice keeps one.
    pub fn push(&mut self, record: SessionRecord) {
        self.entries.retain(|r| r.id != record.id);
        self.entries.insert(0, record);
        self.entries.truncate(Self::MAX);
    }

    /// Newest first.
    pub fn entries(&self) -> &[SessionRecord] {
        &self.entries
    }

    pub fn get(&self, id: u64) -> Option<&SessionRecord> {
        self.entries.iter().find(|r| r.id == id)
    }

    /// Deletes by position in [`FinishedSessions::entries`].
    pub fn remove(&mut self, index: usize) -> Option<SessionRecord> {
        (index < self.entries.len()).then(|| self.entries.remove(index))
    }

    pub fn remove_id(&mut self, id: u64) -> Option<SessionRecord> {
        let index = self.entries.iter().position(|r| r.id == id)?;
        self.remove(index)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Record for FinishedSessions {
    const KEY: &'static str = "facilitate.history";
    const VERSION: u32 = 1;
}

/// The facilitator's lasting choices on this device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FacilitatorPrefs {
    /// Pass to [`Session::new`]; set when the safeguarding note is dismissed.
    pub safeguarding_dismissed: bool,
}

impl Record for FacilitatorPrefs {
    const KEY: &'static str = "facilitate.prefs";
    const VERSION: u32 = 1;
}
