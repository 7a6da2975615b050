//! Stored copies of the data assets (the report, the question bank), so a
//! reader with a poor connection, or none, can start from this device.

use super::Record;
use crate::catalogue::Catalogue;
use crate::content::Report;
use crate::lang::Lang;
use crate::quiz::bank::Bank;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A data asset as the app keeps it: the hashed name it came from, and the
/// data itself as JSON inside the record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cached<T> {
    pub name: String,
    pub data: T,
}

/// A copy kept by an older build is not read: version 1 held the asset as
/// an escaped string, version 2 as objects naming each field (see
/// [`crate::positional`]). Neither is the user's own data, so it is left
/// for the page's asset to replace, with no notice and nothing set aside.
fn older_copy<C: Default>() -> Result<C, String> {
    Ok(C::default())
}

/// A record that keeps a data asset, one per language.
pub trait CachedRecord: Record {
    type Data: DeserializeOwned;
    /// The asset's kind, as in its name: `data.<kind>.<lang>`.
    const KIND: &'static str;
    fn into_cached(self) -> Cached<Self::Data>;
}

/// Where the copy of a data asset in `lang` is kept: English's is the
/// record's own key, so copies stored before languages existed are read.
pub fn key_in<C: CachedRecord>(lang: Lang) -> String {
    format!("{}data.{}.{}", super::PREFIX, C::KIND, lang.tag())
}

/// What is stored for a data asset, written around the text it was
/// downloaded as, so the app carries no serialiser for the report or the
/// bank. `json` must be the asset's text, already parsed as `C::Data`: for
/// the build's assets the bytes equal the record's [`encode`](super::encode).
pub fn cached_text<C: CachedRecord>(name: &str, json: &str) -> String {
    cached_text_v(C::VERSION, name, json)
}

/// [`cached_text`] for a record of version `v`, not generic, for the code
/// that keeps every kind of asset alike (a language's download).
pub fn cached_text_v(v: u32, name: &str, json: &str) -> String {
    let name = serde_json::to_string(name).expect("a string always serialises");
    format!("{{\"v\":{v},\"data\":{{\"name\":{name},\"data\":{json}}}}}")
}

/// A stored copy's asset name and data, as [`cached_text_v`] wrote them at
/// record version `v`, read without a parser: the data is left to its own
/// (a language's words, read at every start, need no envelope's reader).
/// `None` for anything else: another version, or not such a copy at all.
pub fn stored_asset(raw: &str, v: u32) -> Option<(&str, &str)> {
    let head = format!("{{\"v\":{v},\"data\":{{\"name\":\"");
    // Asset names are paths of letters, digits, dots and slashes: never escaped.
    let (name, rest) = raw.strip_prefix(&head)?.split_once('"')?;
    let data = rest.strip_prefix(",\"data\":")?.strip_suffix("}}")?;
    Some((name, data))
}

/// Whether `raw` is a whole stored copy of asset `name` at record version
/// `v`: whether a language's copy is the one the page names. Its data is
/// checked as JSON, not read into a model.
pub fn holds_asset(raw: &str, v: u32, name: &str) -> bool {
    stored_asset(raw, v).is_some_and(|(stored, data)| {
        stored == name && serde_json::from_str::<serde::de::IgnoredAny>(data).is_ok()
    })
}

/// The report cache, one per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedReport(pub Cached<Report>);

impl CachedRecord for CachedReport {
    type Data = Report;
    const KIND: &'static str = "report";
    fn into_cached(self) -> Cached<Report> {
        self.0
    }
}

impl Record for CachedReport {
    const KEY: &'static str = "data.report.en";
    // 4: a country carries its name in the reader's language.
    const VERSION: u32 = 4;
    fn migrate(_from: u32, _data: &str) -> Result<Self, String> {
        older_copy()
    }
    fn upgraded_text(&self, _old: &str) -> Option<String> {
        None
    }
}

/// The question bank cache, one per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedQuiz(pub Cached<Bank>);

impl CachedRecord for CachedQuiz {
    type Data = Bank;
    const KIND: &'static str = "quiz";
    fn into_cached(self) -> Cached<Bank> {
        self.0
    }
}

impl Record for CachedQuiz {
    const KEY: &'static str = "data.quiz.en";
    const VERSION: u32 = 3;
    fn migrate(_from: u32, _data: &str) -> Result<Self, String> {
        older_copy()
    }
    fn upgraded_text(&self, _old: &str) -> Option<String> {
        None
    }
}

/// A language's UI catalogue (English's is compiled into the app, so it is
/// never stored).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedUi(pub Cached<Catalogue>);

impl CachedRecord for CachedUi {
    type Data = Catalogue;
    const KIND: &'static str = "ui";
    fn into_cached(self) -> Cached<Catalogue> {
        self.0
    }
}

impl Record for CachedUi {
    const KEY: &'static str = "data.ui.en";
    const VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::super::{decode, encode, Decoded};
    use super::*;

    const NAME: &str = "data/quiz.en.0000000000000000.json";

    #[test]
    fn a_stored_copy_is_known_by_its_asset_and_version_and_must_be_whole() {
        let name = "data/ui.th.0123456789abcdef.json";
        let data = r#"["th","x","a}}"]"#;
        let text = cached_text::<CachedUi>(name, data);
        assert_eq!(stored_asset(&text, CachedUi::VERSION), Some((name, data)));
        assert!(holds_asset(&text, CachedUi::VERSION, name));
        assert!(!holds_asset(
            &text,
            CachedUi::VERSION,
            "data/ui.th.fedcba9876543210.json"
        ));
        // Another version is not read as this one.
        assert_eq!(stored_asset(&text, CachedUi::VERSION + 1), None);
        assert_eq!(stored_asset(&cached_text_v(11, name, data), 1), None);
        // Cut short (a full quota mid-write, say): not a copy to keep.
        for cut in [1, 3, 9] {
            assert!(!holds_asset(
                &text[..text.len() - cut],
                CachedUi::VERSION,
                name
            ));
        }
        for junk in ["null", "", "{\"v\":1", "{\"v\":1,\"data\":{\"name\":\"x"] {
            assert_eq!(stored_asset(junk, 1), None, "{junk}");
        }
    }

    #[test]
    fn each_language_keeps_its_own_copy_and_english_keeps_its_old_key() {
        use super::super::full_key;
        assert_eq!(key_in::<CachedReport>(Lang::En), full_key::<CachedReport>());
        assert_eq!(key_in::<CachedQuiz>(Lang::En), full_key::<CachedQuiz>());
        assert_eq!(key_in::<CachedUi>(Lang::En), full_key::<CachedUi>());
        assert_eq!(key_in::<CachedQuiz>(Lang::Th), "lantern.data.quiz.th");
        assert_eq!(key_in::<CachedUi>(Lang::ZhHant), "lantern.data.ui.zh-Hant");
    }

    fn record() -> CachedQuiz {
        use crate::quiz::bank::{Audience, Bank, Kind, Question, Source, Topic};
        let bank = Bank {
            questions: vec![Question {
                id: "q-\u{e9}".into(),
                topic: Topic::Privacy,
                audience: Audience::Child,
                kind: Kind::TrueFalse,
                prompt: "A \"quoted\" prompt\nwith a line".into(),
                choices: vec!["True".into(), "False".into()],
                answer: 1,
                feedback: vec!["Not quite.".into(), String::new()],
                explanation: "Why.".into(),
                discuss: String::new(),
                source: Source::Guidance,
            }],
        };
        CachedQuiz(Cached {
            name: NAME.into(),
            data: bank,
        })
    }

    #[test]
    fn a_record_written_around_the_downloaded_text_is_the_record_itself() {
        let record = record();
        let text = serde_json::to_string(&record.0.data).unwrap();
        let stored = cached_text::<CachedQuiz>(NAME, &text);
        assert_eq!(stored, encode(&record));
        assert_eq!(
            decode::<CachedQuiz>(Some(&stored)),
            Decoded::Current(record)
        );
    }

    #[test]
    fn a_name_is_escaped_as_json() {
        let stored = cached_text::<CachedQuiz>("a\"b", "{}");
        assert_eq!(stored, r#"{"v":3,"data":{"name":"a\"b","data":{}}}"#);
    }

    #[test]
    fn a_copy_kept_by_an_older_build_is_left_to_be_replaced_not_set_aside() {
        let record = record();
        let text = serde_json::to_string(&record.0.data).unwrap();
        let name = serde_json::to_string(NAME).unwrap();
        let v1 = format!(
            r#"{{"v":1,"data":{{"name":{name},"json":{}}}}}"#,
            serde_json::to_string(&text).unwrap()
        );
        // Version 2 could hold objects naming each field.
        let v2 =
            format!(r#"{{"v":2,"data":{{"name":{name},"data":{{"questions":[{{"id":"q"}}]}}}}}}"#);
        for old in [v1, v2] {
            let Decoded::Migrated(nothing) = decode::<CachedQuiz>(Some(&old)) else {
                panic!("an older copy is not damage: {old}");
            };
            // Nothing stored, so the page's asset is downloaded; nothing
            // is written back, so the old bytes stay until it has come.
            assert_eq!(nothing, CachedQuiz::default());
            assert_eq!(nothing.upgraded_text(&old), None);
            assert!(matches!(
                decode::<CachedReport>(Some(&old)),
                Decoded::Migrated(r) if r == CachedReport::default()
            ));
        }
    }

    #[test]
    fn other_records_write_their_envelope_after_an_upgrade() {
        let contacts = super::super::Contacts::default();
        assert_eq!(contacts.upgraded_text("anything"), Some(encode(&contacts)));
    }
}
