//! One stored record as a signal that follows storage: a change is applied
//! to the latest stored copy, saved, then shown; a change another window
//! makes arrives through the `storage` event and is shown here too. A record
//! is read from storage only when something first asks for it, so start-up
//! reads only what the first screen needs.

use super::{Notice, Notices};
use crate::platform::{self, storage, storage::Loaded};
use lantern_core::store::{self, Guarded, Record};
use leptos::prelude::*;

pub struct Stored<T: Send + Sync + 'static> {
    value: RwSignal<T>,
    /// The last save failed (a full quota): what is shown is ahead of
    /// storage, so changes apply to it rather than to the stored copy.
    unsaved: StoredValue<bool>,
    /// Read from storage yet (see [`Stored::ensure`]).
    loaded: StoredValue<bool>,
    notices: Notices,
    /// Said when another window moves this record on under the user.
    moved_on: Option<Notice>,
}

impl<T: Send + Sync + 'static> Clone for Stored<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Stored<T> {}

impl<T: Record + Clone + Send + Sync + 'static> Stored<T> {
    /// A record not yet read: it is read when first asked for.
    pub fn new(notices: Notices, moved_on: Option<Notice>) -> Self {
        Stored {
            value: RwSignal::new(T::default()),
            unsaved: StoredValue::new(false),
            loaded: StoredValue::new(false),
            notices,
            moved_on,
        }
    }

    /// Reads the record the first time it is needed; a damaged one is set
    /// aside with a notice. (Kept out of line: every accessor calls it.)
    #[inline(never)]
    pub fn ensure(self) -> Self {
        if !self.loaded.get_value() {
            self.loaded.set_value(true);
            match storage::load::<T>(platform::clock::now_ms()) {
                Loaded::Fine(v) => self.value.set(v),
                Loaded::SetAside(v, why) => {
                    self.notices.set_aside(why);
                    self.value.set(v);
                }
            }
        }
        self
    }

    pub fn read(self) -> impl std::ops::Deref<Target = T> {
        self.ensure().value.read()
    }

    pub fn read_untracked(self) -> impl std::ops::Deref<Target = T> {
        self.ensure().value.read_untracked()
    }

    pub fn get(self) -> T {
        self.ensure().value.get()
    }

    pub fn get_untracked(self) -> T {
        self.ensure().value.get_untracked()
    }

    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.ensure().value.with(f)
    }

    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.ensure().value.with_untracked(f)
    }

    /// What storage holds now, when it can be trusted to be newest: not
    /// where storage is blocked, nor after a save that failed.
    fn latest(self) -> Option<store::Decoded<T>> {
        (storage::available() && !self.unsaved.get_value()).then(storage::peek::<T>)
    }

    /// Applies `change` to the latest stored copy (a change another window
    /// made meanwhile is kept), saves it, and shows it.
    pub fn update(self, change: impl FnOnce(&mut T)) {
        self.ensure();
        let Some(latest) = self.latest() else {
            let mut value = self.value.get_untracked();
            change(&mut value);
            return self.save_and_show(value);
        };
        let applied = store::apply(latest, change);
        if let Some(why) = applied.set_aside {
            self.set_aside(why);
        }
        self.save_and_show(applied.value);
    }

    /// For progress (a quiz, a session): applies `change` to what this window
    /// shows, unless another window has moved the record on since. Then that
    /// newer state is shown instead, with a notice, and `None` is returned.
    pub fn update_guarded<R>(self, change: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.ensure();
        let guarded = match self.latest() {
            Some(latest) => store::guard(latest, &self.value.read_untracked()),
            None => Guarded::Proceed(None),
        };
        match guarded {
            Guarded::MovedOn(theirs) => {
                self.value.set(theirs);
                if let Some(n) = self.moved_on {
                    self.notices.notify(n);
                }
                None
            }
            Guarded::Proceed(damaged) => {
                if let Some(why) = damaged {
                    self.set_aside(why);
                }
                let mut value = self.value.get_untracked();
                let out = change(&mut value);
                // Saved even when only what is shown changed (a timer resumed):
                // storing the same text again changes nothing and tells no one.
                self.save_and_show(value);
                Some(out)
            }
        }
    }

    /// Replaces the record outright (starting over).
    pub fn replace(self, value: T) {
        self.loaded.set_value(true);
        self.save_and_show(value);
    }

    /// What is stored cannot be used (it no longer fits the question bank,
    /// or contradicts itself): keep it under a backup key, like any damaged
    /// record, and start from the default.
    pub fn set_aside_unusable(self) {
        self.ensure();
        let key = store::full_key::<T>();
        storage::set_aside(&key, storage::raw_record::<T>(), platform::clock::now_ms());
        self.save_and_show(T::default());
    }

    /// Shows what storage holds now: another window changed it. A record
    /// not read yet will be read fresh when it is.
    pub fn follow_storage(self) {
        if !self.loaded.get_value() {
            return;
        }
        let latest = storage::peek::<T>();
        if matches!(latest, store::Decoded::Corrupt(_)) {
            return; // Set aside when it is next read or written here.
        }
        let latest = latest.value();
        // Progress that moved on under the user is announced (compared only
        // for those records: the comparison costs code for each type).
        if T::PROGRESS {
            let shown = self.value.read_untracked();
            if store::same_stored(&*shown, &latest) {
                return;
            }
            if !store::same_stored(&*shown, &T::default()) {
                if let Some(n) = self.moved_on {
                    self.notices.notify(n);
                }
            }
        }
        self.value.set(latest);
    }

    /// Everything was deleted (here or in another window).
    pub fn forget(self) {
        self.value.set(T::default());
    }

    fn set_aside(self, why: String) {
        let key = store::full_key::<T>();
        storage::set_aside(&key, storage::raw_record::<T>(), platform::clock::now_ms());
        self.notices.set_aside(why);
    }

    fn save_and_show(self, value: T) {
        let saved = storage::save(&value);
        self.unsaved.set_value(saved.is_err());
        self.notices.saved(saved);
        self.value.set(value);
    }
}
