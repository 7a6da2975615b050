//! The reader's slice of the state: bookmarks and where reading stopped.

use crate::state::{use_app_data, Notices, Stored};
use lantern_core::store::{Bookmarks, Reading};

#[derive(Clone, Copy)]
pub struct ReaderState {
    pub bookmarks: Stored<Bookmarks>,
    pub reading: Stored<Reading>,
}

impl ReaderState {
    pub fn new(notices: Notices) -> Self {
        ReaderState {
            bookmarks: Stored::new(notices, None),
            reading: Stored::new(notices, None),
        }
    }

    /// Says what the bookmark should be, so a window never undoes another's change.
    pub fn set_bookmark(self, id: &str, on: bool) {
        self.bookmarks.update(|b| b.set(id, on));
    }

    pub fn remember_position(self, id: &str) {
        if self
            .reading
            .with_untracked(|r| r.last_section.as_deref() == Some(id))
        {
            return;
        }
        let id = id.to_string();
        self.reading.update(|r| r.last_section = Some(id));
    }
}

pub fn use_reader() -> ReaderState {
    use_app_data().reader
}
