//! The persisted schema: every record is JSON in a versioned envelope under
//! its own key, so a damaged or unknown record is set aside on its own and
//! never takes another with it.

use crate::json::{self, FromJson, ToJson, Value, Writer};

/// Every key Lantern writes starts with this, so "delete everything" finds them all.
pub const PREFIX: &str = "lantern.";

/// A kind of stored record.
pub trait Record: ToJson + FromJson + Default {
    /// Key under [`PREFIX`], e.g. `settings`.
    const KEY: &'static str;
    /// Bumped whenever the stored shape changes.
    const VERSION: u32;
    /// Upgrades the `data` of an older version, or `None` if it cannot.
    fn migrate(_from: u32, _data: &Value<'_>) -> Option<Self> {
        None
    }
}

/// What was found under a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded<T> {
    Missing,
    Current(T),
    /// Written by an older version and upgraded; worth writing back.
    Migrated(T),
    /// Unreadable or from the future: set it aside and start from the default.
    Corrupt(&'static str),
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

/// `{"v":<version>,"data":<record>}`.
pub fn encode<T: Record>(value: &T) -> String {
    let mut w = Writer::default();
    w.begin_object();
    w.field("v", &T::VERSION);
    w.field("data", value);
    w.end_object();
    w.finish()
}

/// Never panics, whatever the string holds.
pub fn decode<T: Record>(raw: Option<&str>) -> Decoded<T> {
    let Some(raw) = raw else {
        return Decoded::Missing;
    };
    let Ok(root) = json::parse(raw) else {
        return Decoded::Corrupt("not JSON");
    };
    let envelope = root.fields().and_then(|f| {
        let data = f.get("data").ok_or(json::Error("missing field"))?;
        Ok((f.req::<u32>("v")?, data))
    });
    let Ok((version, data)) = envelope else {
        return Decoded::Corrupt("not a Lantern record");
    };
    if version == T::VERSION {
        return match T::from_json(data) {
            Ok(v) => Decoded::Current(v),
            Err(e) => Decoded::Corrupt(e.0),
        };
    }
    if version < T::VERSION {
        return match T::migrate(version, data) {
            Some(v) => Decoded::Migrated(v),
            None => Decoded::Corrupt("an old version that cannot be upgraded"),
        };
    }
    Decoded::Corrupt("written by a newer Lantern")
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
    HighContrast,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
    ];

    /// The value of `<html data-theme>` the stylesheet reads for this theme.
    pub fn attr(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "contrast",
        }
    }
}

/// Text size steps; the app maps them to CSS sizes.
pub const TEXT_SIZES: u8 = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// 0 = smallest; 1 = the default.
    pub text_size: u8,
    pub theme: Theme,
    /// Reduce motion even if the system does not ask for it.
    pub reduce_motion: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_size: 1,
            theme: Theme::System,
            reduce_motion: false,
        }
    }
}

impl Settings {
    /// Out-of-range values from a hand-edited or damaged record are clamped.
    pub fn sanitised(mut self) -> Self {
        self.text_size = self.text_size.min(TEXT_SIZES - 1);
        self
    }
}

impl Record for Settings {
    const KEY: &'static str = "settings";
    const VERSION: u32 = 2;
    /// Version 1 stored `large_text: bool`.
    fn migrate(from: u32, data: &Value<'_>) -> Option<Self> {
        if from != 1 {
            return None;
        }
        let f = data.fields().ok()?;
        let large_text: bool = f.req("large_text").ok()?;
        // An unknown theme falls back to the default rather than losing the text size.
        let theme = f.opt("theme").ok().flatten().unwrap_or_default();
        Some(Settings {
            text_size: if large_text { 3 } else { 1 },
            theme,
            reduce_motion: false,
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bookmarks {
    /// Section ids, newest first.
    pub sections: Vec<String>,
}

impl Bookmarks {
    pub fn contains(&self, id: &str) -> bool {
        self.sections.iter().any(|s| s == id)
    }

    /// Adds or removes; returns whether it is now bookmarked.
    pub fn toggle(&mut self, id: &str) -> bool {
        if let Some(i) = self.sections.iter().position(|s| s == id) {
            self.sections.remove(i);
            false
        } else {
            self.sections.insert(0, id.to_string());
            true
        }
    }
}

impl Record for Bookmarks {
    const KEY: &'static str = "bookmarks";
    const VERSION: u32 = 1;
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// The section last opened, for "Continue reading".
    pub last_section: Option<String>,
}

impl Record for Reading {
    const KEY: &'static str = "reading";
    const VERSION: u32 = 1;
}

/// The stored copy of a data asset: its hashed name and its JSON text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CachedAsset {
    pub name: String,
    pub json: String,
}

/// The report cache, one per language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CachedReport(pub CachedAsset);

impl Record for CachedReport {
    const KEY: &'static str = "data.report.en";
    const VERSION: u32 = 1;
}

/// The question bank cache, one per language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CachedQuiz(pub CachedAsset);

impl Record for CachedQuiz {
    const KEY: &'static str = "data.quiz.en";
    const VERSION: u32 = 1;
}

/// The solo quiz in progress (or just finished), saved after every step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CurrentQuiz(pub Option<crate::quiz::solo::Quiz>);

impl Record for CurrentQuiz {
    const KEY: &'static str = "quiz.current";
    const VERSION: u32 = 1;
}

/// A help contact a peer educator or user typed in; kept on this device only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    /// Left out of the JSON when empty.
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactError {
    NameMissing,
    PhoneInvalid,
    TooLong,
}

impl Contact {
    /// Trims and checks what was typed; the phone needs 3 to 20 digits and may hold `+ - ( ) .` and spaces.
    pub fn new(name: &str, phone: &str, note: &str) -> Result<Contact, ContactError> {
        let (name, phone, note) = (name.trim(), phone.trim(), note.trim());
        if name.is_empty() {
            return Err(ContactError::NameMissing);
        }
        if name.chars().count() > 80 || note.chars().count() > 300 || phone.chars().count() > 32 {
            return Err(ContactError::TooLong);
        }
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        let allowed = phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !allowed || !(3..=20).contains(&digits) || phone[1..].contains('+') {
            return Err(ContactError::PhoneInvalid);
        }
        Ok(Contact {
            name: name.into(),
            phone: phone.into(),
            note: note.into(),
        })
    }

    /// The `tel:` link: digits, with a leading `+` kept.
    pub fn tel_href(&self) -> String {
        let plus = if self.phone.starts_with('+') { "+" } else { "" };
        let digits: String = self.phone.chars().filter(char::is_ascii_digit).collect();
        format!("tel:{plus}{digits}")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contacts {
    pub list: Vec<Contact>,
}

impl Record for Contacts {
    const KEY: &'static str = "help.contacts";
    const VERSION: u32 = 1;
}

// The stored forms.

crate::json_slugs!(Theme {
    System = "system",
    Light = "light",
    Dark = "dark",
    HighContrast = "high-contrast",
});

crate::json_struct!(Settings default { text_size, theme, reduce_motion });

crate::json_struct!(Bookmarks default { sections });

crate::json_struct!(Reading default { last_section });

crate::json_struct!(CachedAsset { name, json });

crate::json_newtype!(CachedReport, CachedQuiz, CurrentQuiz);

impl ToJson for Contact {
    fn to_json(&self, w: &mut Writer) {
        w.begin_object();
        w.field("name", &self.name);
        w.field("phone", &self.phone);
        if !self.note.is_empty() {
            w.field("note", &self.note);
        }
        w.end_object();
    }
}

impl FromJson for Contact {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        let f = v.fields()?;
        Ok(Contact {
            name: f.req("name")?,
            phone: f.req("phone")?,
            note: f.or_default("note")?,
        })
    }
}

crate::json_struct!(Contacts default { list });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_round_trips_through_its_envelope() {
        let s = Settings {
            text_size: 3,
            theme: Theme::HighContrast,
            reduce_motion: true,
        };
        assert_eq!(decode::<Settings>(Some(&encode(&s))), Decoded::Current(s));
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
    fn missing_fields_take_their_defaults_but_wrong_ones_are_corrupt() {
        let d = decode::<Settings>(Some("{\"v\":2,\"data\":{\"theme\":\"dark\"}}"));
        assert_eq!(
            d,
            Decoded::Current(Settings {
                theme: Theme::Dark,
                ..Settings::default()
            })
        );
        let empty = decode::<Bookmarks>(Some("{\"v\":1,\"data\":{}}"));
        assert_eq!(empty, Decoded::Current(Bookmarks::default()));
        for bad in [
            "{\"v\":2,\"data\":{\"text_size\":null}}",
            "{\"v\":2,\"data\":{\"theme\":\"sepia\"}}",
            "{\"v\":2,\"data\":{\"reduce_motion\":1}}",
        ] {
            assert!(
                matches!(decode::<Settings>(Some(bad)), Decoded::Corrupt(_)),
                "{bad}"
            );
        }
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
            matches!(d, Decoded::Corrupt(why) if why.contains("newer")),
            "{d:?}"
        );
    }

    #[test]
    fn version_one_settings_are_migrated() {
        let d = decode::<Settings>(Some(
            "{\"v\":1,\"data\":{\"large_text\":true,\"theme\":\"dark\"}}",
        ));
        assert_eq!(
            d,
            Decoded::Migrated(Settings {
                text_size: 3,
                theme: Theme::Dark,
                reduce_motion: false
            })
        );
    }

    #[test]
    fn version_one_settings_with_an_unknown_theme_keep_their_text_size() {
        let d = decode::<Settings>(Some(
            "{\"v\":1,\"data\":{\"large_text\":true,\"theme\":[\"sepia\"]}}",
        ));
        assert_eq!(
            d,
            Decoded::Migrated(Settings {
                text_size: 3,
                theme: Theme::System,
                reduce_motion: false
            })
        );
    }

    #[test]
    fn an_old_record_that_cannot_be_upgraded_is_corrupt() {
        assert!(matches!(
            decode::<Settings>(Some("{\"v\":1,\"data\":{}}")),
            Decoded::Corrupt(_)
        ));
    }

    #[test]
    fn settings_out_of_range_are_clamped() {
        let s = Settings {
            text_size: 200,
            ..Settings::default()
        }
        .sanitised();
        assert_eq!(s.text_size, TEXT_SIZES - 1);
    }

    #[test]
    fn bookmark_toggle_adds_newest_first_and_removes() {
        let mut b = Bookmarks::default();
        assert!(b.toggle("a"));
        assert!(b.toggle("b"));
        assert_eq!(b.sections, ["b", "a"]);
        assert!(!b.toggle("a"));
        assert_eq!(b.sections, ["b"]);
    }

    #[test]
    fn backup_keys_keep_the_record_name_and_time() {
        assert_eq!(
            backup_key("lantern.settings", 42),
            "lantern.backup.settings.42"
        );
    }

    #[test]
    fn a_contact_is_trimmed_and_gets_a_dialable_link() {
        let c = Contact::new("  Ms Lee ", " +66 (2) 123-4567 ", " school counsellor ").unwrap();
        assert_eq!(c.name, "Ms Lee");
        assert_eq!(c.note, "school counsellor");
        assert_eq!(c.tel_href(), "tel:+6621234567");
        assert_eq!(
            Contact::new("Helpline", "116 111", "").unwrap().tel_href(),
            "tel:116111"
        );
    }

    #[test]
    fn a_contact_needs_a_name_and_a_real_phone_number() {
        assert_eq!(Contact::new(" ", "123", ""), Err(ContactError::NameMissing));
        for bad in [
            "",
            "12",
            "call me",
            "12+34",
            "javascript:alert(1)",
            "123456789012345678901",
        ] {
            assert_eq!(
                Contact::new("A", bad, ""),
                Err(ContactError::PhoneInvalid),
                "{bad}"
            );
        }
        assert_eq!(
            Contact::new(&"x".repeat(81), "123", ""),
            Err(ContactError::TooLong)
        );
    }
}
