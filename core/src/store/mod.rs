//! Every stored record in one place: its type, key, version, migrations and
//! merge rules. Each record is JSON in a versioned envelope under its own
//! key, so a damaged or unknown record is set aside on its own and never
//! takes another with it.
//!
//! A change is always applied to the latest stored copy (see [`apply`]), never
//! to a copy read at start-up, so two open windows never erase each other's work.

mod cache;
mod contacts;
mod facilitate;
mod live;
mod quiz;
mod reader;
mod settings;

pub use cache::{
    cached_text, cached_text_v, holds_asset, key_in, stored_asset, Cached, CachedQuiz,
    CachedRecord, CachedReport, CachedUi,
};
pub use contacts::{Contact, ContactError, Contacts};
pub use facilitate::{CurrentSession, FacilitatorPrefs, FinishedSessions};
pub use live::{LiveHost, LiveSeat};
pub use quiz::{CurrentQuiz, History};
pub use reader::{Bookmarks, Reading};
pub use settings::{Settings, SettingsChange, Theme, TEXT_SIZES};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Every key Lantern writes starts with this, so "delete everything" finds them all.
pub const PREFIX: &str = "lantern.";

/// A kind of stored record.
pub trait Record: Serialize + DeserializeOwned + Default {
    /// Key under [`PREFIX`], e.g. `settings`.
    const KEY: &'static str;
    /// Bumped whenever the stored shape changes.
    const VERSION: u32;
    /// Upgrades the `data` (JSON text) of an older version, or says why it cannot.
    fn migrate(from: u32, _data: &str) -> Result<Self, String> {
        Err(format!("version {from} cannot be upgraded"))
    }
    /// Puts right what a hand-edited or damaged record may hold (values out
    /// of range), after every read.
    fn sanitised(self) -> Self {
        self
    }
    /// One person's progress (a quiz, a session): a change is applied only to
    /// what the window shows, and only if no other window moved it on (see
    /// [`guard`]). Other records merge (see [`apply`]).
    const PROGRESS: bool = false;
    /// What to write back after a [`migrate`](Record::migrate) from `_old`
    /// (the stored text), or `None` to upgrade again next time.
    fn upgraded_text(&self, _old: &str) -> Option<String> {
        Some(encode(self))
    }
}

/// Written and removed at once under [`PREFIX`] by "delete everything", so
/// that other open windows hear of it.
pub const DELETED_SIGNAL: &str = "deleted";

/// Every record's key, for the test that no two share one, and for the
/// shell to know which keys other windows may change.
pub const KEYS: &[&str] = &[
    Settings::KEY,
    Bookmarks::KEY,
    Reading::KEY,
    Contacts::KEY,
    CachedReport::KEY,
    CachedQuiz::KEY,
    CachedUi::KEY,
    CurrentQuiz::KEY,
    History::KEY,
    CurrentSession::KEY,
    FinishedSessions::KEY,
    FacilitatorPrefs::KEY,
    LiveSeat::KEY,
    LiveHost::KEY,
];

/// What is written under a record's key: `{"v":<version>,"data":<record>}`.
#[derive(Serialize)]
pub struct Envelope<T> {
    pub(crate) v: u32,
    pub(crate) data: T,
}

pub fn envelope<T: Record>(value: &T) -> Envelope<&T> {
    Envelope {
        v: T::VERSION,
        data: value,
    }
}

/// The payload stays unparsed until its version is known.
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    v: u32,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// What was found under a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded<T> {
    Missing,
    Current(T),
    /// Written by an older version and upgraded; worth writing back.
    Migrated(T),
    /// Unreadable or from the future: set it aside and start from the default.
    /// The text names the record and what was wrong, for logs and the notice.
    Corrupt(String),
}

impl<T: Default> Decoded<T> {
    /// The value to run with (the default for missing or corrupt records).
    pub fn value(self) -> T {
        match self {
            Decoded::Current(v) | Decoded::Migrated(v) => v,
            Decoded::Missing | Decoded::Corrupt(_) => T::default(),
        }
    }
}

pub fn full_key<T: Record>() -> String {
    format!("{PREFIX}{}", T::KEY)
}

/// Where a damaged record is kept, so nothing is ever silently lost.
pub fn backup_key(key: &str, now_ms: u64) -> String {
    format!("{PREFIX}backup.{}.{now_ms}", key.trim_start_matches(PREFIX))
}

/// Whether `key` holds a backup of a damaged record.
pub fn is_backup_key(key: &str) -> bool {
    key.starts_with(PREFIX) && key[PREFIX.len()..].starts_with("backup.")
}

/// The [`envelope`] as JSON text.
pub fn encode<T: Record>(value: &T) -> String {
    serde_json::to_string(&envelope(value)).expect("records always serialise")
}

/// Never panics, whatever the string holds.
pub fn decode<T: Record>(raw: Option<&str>) -> Decoded<T> {
    let Some(raw) = raw else {
        return Decoded::Missing;
    };
    // Only the record's own parse is generic: the envelope and the error
    // texts are shared by every record, so the app carries them once.
    let (v, data) = match open_envelope(raw, T::KEY) {
        Ok(opened) => opened,
        Err(why) => return Decoded::Corrupt(why),
    };
    match version_is(v, T::VERSION, T::KEY) {
        Ok(Age::Current) => match serde_json::from_str::<T>(data) {
            Ok(value) => Decoded::Current(value.sanitised()),
            Err(e) => Decoded::Corrupt(damaged(T::KEY, &e)),
        },
        Ok(Age::Older) => match T::migrate(v, data) {
            Ok(value) => Decoded::Migrated(value.sanitised()),
            Err(why) => Decoded::Corrupt(format!("{}: {why}", T::KEY)),
        },
        Err(why) => Decoded::Corrupt(why),
    }
}

enum Age {
    Current,
    Older,
}

/// The version and the unparsed data of a stored record.
#[inline(never)]
fn open_envelope<'a>(raw: &'a str, what: &str) -> Result<(u32, &'a str), String> {
    match serde_json::from_str::<EnvelopeIn>(raw) {
        Ok(e) => Ok((e.v, e.data.get())),
        Err(e) => Err(format!("{what}: not a Lantern record ({e})")),
    }
}

#[inline(never)]
fn version_is(stored: u32, current: u32, what: &str) -> Result<Age, String> {
    match stored {
        v if v == current => Ok(Age::Current),
        v if v < current => Ok(Age::Older),
        v => Err(format!("{what}: written by a newer Lantern (version {v})")),
    }
}

#[inline(never)]
fn damaged(what: &str, e: &serde_json::Error) -> String {
    format!("{what}: damaged data ({e} of its data)")
}

/// What applying a change to the latest stored copy gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied<T> {
    /// The record to write and to show.
    pub value: T,
    /// The latest copy was damaged: keep its bytes under a backup key first.
    pub set_aside: Option<String>,
}

/// Applies `change` to what storage holds now, not to a copy read earlier, so
/// a change made in another window since then is kept.
pub fn apply<T: Record>(latest: Decoded<T>, change: impl FnOnce(&mut T)) -> Applied<T> {
    let set_aside = match &latest {
        Decoded::Corrupt(why) => Some(why.clone()),
        _ => None,
    };
    let mut value = latest.value();
    change(&mut value);
    Applied { value, set_aside }
}

/// For records that are one person's progress (a quiz, a session): what to do
/// when another window may have moved it on.
#[derive(Debug, Clone, PartialEq)]
pub enum Guarded<T> {
    /// Storage holds what this window last saw (or nothing usable): go ahead.
    /// A damaged copy, named here, is set aside first.
    Proceed(Option<String>),
    /// Another window changed it since: show this instead, and say so.
    MovedOn(T),
}

/// Compares the latest stored copy with what this window last read or wrote.
/// A missing copy reads as the default (another window ended or deleted it);
/// a damaged one never blocks the window that holds good progress.
pub fn guard<T: Record>(latest: Decoded<T>, known: &T) -> Guarded<T> {
    if let Decoded::Corrupt(why) = latest {
        return Guarded::Proceed(Some(why));
    }
    let latest = latest.value();
    if same_stored(&latest, known) {
        Guarded::Proceed(None)
    } else {
        Guarded::MovedOn(latest)
    }
}

/// Whether two values are stored alike. Equality would not do: a record may
/// hold what is never stored (a running timer reads back paused).
pub fn same_stored<T: Record>(a: &T, b: &T) -> bool {
    encode(a) == encode(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_records_share_a_key() {
        for (i, a) in KEYS.iter().enumerate() {
            assert!(!a.starts_with("backup."), "{a} looks like a backup key");
            assert_ne!(*a, DELETED_SIGNAL);
            for b in &KEYS[i + 1..] {
                assert_ne!(a, b, "two records share the key {a}");
                assert!(
                    !b.starts_with(&format!("{a}.")) && !a.starts_with(&format!("{b}.")),
                    "{a} and {b}: one key is a prefix of the other"
                );
            }
        }
    }

    #[test]
    fn a_missing_record_is_missing_and_yields_the_default() {
        let d = decode::<Bookmarks>(None);
        assert_eq!(d, Decoded::Missing);
        assert_eq!(d.value(), Bookmarks::default());
    }

    #[test]
    fn garbage_is_corrupt_not_a_panic() {
        for raw in [
            "",
            "{",
            "null",
            "[]",
            "{\"v\":1}",
            "{\"v\":\"x\",\"data\":1}",
            "{\"v\":1,\"data\":{\"sections\":3}}",
        ] {
            assert!(
                matches!(decode::<Bookmarks>(Some(raw)), Decoded::Corrupt(_)),
                "{raw}"
            );
        }
    }

    #[test]
    fn a_decode_error_names_the_record_and_the_place() {
        let Decoded::Corrupt(why) =
            decode::<Settings>(Some("{\"v\":2,\"data\":{\"text_size\":null}}"))
        else {
            panic!("should be corrupt");
        };
        assert!(why.starts_with("settings: "), "{why}");
        assert!(why.contains("line 1 column"), "{why}");
        let Decoded::Corrupt(why) = decode::<Bookmarks>(Some("{\"v\":1,")) else {
            panic!("should be corrupt");
        };
        assert!(why.starts_with("bookmarks: not a Lantern record"), "{why}");
    }

    #[test]
    fn a_record_nested_past_the_parser_limit_is_corrupt_not_a_crash() {
        let deep = format!(
            "{{\"v\":1,\"data\":{{\"sections\":{}{}}}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(matches!(
            decode::<Bookmarks>(Some(&deep)),
            Decoded::Corrupt(_)
        ));
    }

    #[test]
    fn a_record_from_a_newer_version_is_set_aside() {
        let d = decode::<Bookmarks>(Some("{\"v\":9,\"data\":{}}"));
        assert!(
            matches!(&d, Decoded::Corrupt(why) if why.contains("newer")),
            "{d:?}"
        );
    }

    #[test]
    fn backup_keys_keep_the_record_name_and_time() {
        assert_eq!(
            backup_key("lantern.settings", 42),
            "lantern.backup.settings.42"
        );
        assert!(is_backup_key("lantern.backup.settings.42"));
        assert!(!is_backup_key("lantern.settings"));
    }

    #[test]
    fn a_change_is_applied_to_the_latest_copy() {
        // Another window added "a" after this one started.
        let latest = decode::<Bookmarks>(Some("{\"v\":1,\"data\":{\"sections\":[\"a\"]}}"));
        let applied = apply(latest, |b| b.set("b", true));
        assert_eq!(applied.value.sections, ["b", "a"]);
        assert_eq!(applied.set_aside, None);
    }

    #[test]
    fn a_change_to_a_damaged_copy_sets_it_aside_first() {
        let applied = apply(decode::<Bookmarks>(Some("{oops")), |b| b.set("b", true));
        assert_eq!(applied.value.sections, ["b"]);
        assert!(applied.set_aside.is_some());
    }

    #[test]
    fn progress_moved_on_elsewhere_is_not_overwritten() {
        let mine = Reading {
            last_section: Some("a".into()),
        };
        let theirs = Reading {
            last_section: Some("b".into()),
        };
        assert_eq!(
            guard(Decoded::Current(theirs.clone()), &mine),
            Guarded::MovedOn(theirs)
        );
        assert_eq!(
            guard(Decoded::Current(mine.clone()), &mine),
            Guarded::Proceed(None)
        );
        assert_eq!(
            guard(Decoded::Missing, &mine),
            Guarded::MovedOn(Reading::default())
        );
        assert_eq!(
            guard(Decoded::Missing, &Reading::default()),
            Guarded::Proceed(None)
        );
        assert_eq!(
            guard(Decoded::<Reading>::Corrupt("x".into()), &mine),
            Guarded::Proceed(Some("x".into()))
        );
    }
}
