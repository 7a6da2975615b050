//! Stored copies of the data assets (the report, the question bank), so a
//! reader with a poor connection, or none, can start from this device.

use super::Record;
use crate::content::Report;
use crate::quiz::bank::Bank;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A data asset as the app keeps it: the hashed name it came from, and the
/// data itself as JSON inside the record (version 1 held it as an escaped
/// string, which every start had to unescape and then parse again).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cached<T> {
    pub name: String,
    pub data: T,
}

/// Version 1: `{"name":…,"json":"<the asset's JSON as a string>"}`.
#[derive(Deserialize)]
struct V1 {
    name: String,
    json: String,
}

fn from_v1<T: DeserializeOwned>(from: u32, data: &str) -> Result<Cached<T>, String> {
    if from != 1 {
        return Err(format!("version {from} cannot be upgraded"));
    }
    let old: V1 = serde_json::from_str(data).map_err(|e| format!("version 1 ({e})"))?;
    let data = serde_json::from_str(&old.json).map_err(|e| format!("version 1 data ({e})"))?;
    Ok(Cached {
        name: old.name,
        data,
    })
}

/// A record that keeps a data asset.
pub trait CachedRecord: Record {
    type Data: Serialize + DeserializeOwned;
    fn into_cached(self) -> Cached<Self::Data>;
}

/// [`Cached`], borrowed: serialises the same.
#[derive(Serialize)]
pub struct CachedRef<'a, T> {
    name: &'a str,
    data: &'a T,
}

/// What is stored for a data asset, from a borrowed copy: the same bytes as
/// the record's [`envelope`](super::envelope), without cloning the data.
/// (Storing the downloaded text as it came measured larger: checking it as
/// JSON again costs more code than writing the model out.)
pub fn cached_envelope<'a, C: CachedRecord>(
    name: &'a str,
    data: &'a C::Data,
) -> super::Envelope<CachedRef<'a, C::Data>> {
    super::Envelope {
        v: C::VERSION,
        data: CachedRef { name, data },
    }
}

/// The report cache, one per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedReport(pub Cached<Report>);

impl CachedRecord for CachedReport {
    type Data = Report;
    fn into_cached(self) -> Cached<Report> {
        self.0
    }
}

impl Record for CachedReport {
    const KEY: &'static str = "data.report.en";
    const VERSION: u32 = 2;
    fn migrate(from: u32, data: &str) -> Result<Self, String> {
        from_v1(from, data).map(CachedReport)
    }
}

/// The question bank cache, one per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedQuiz(pub Cached<Bank>);

impl CachedRecord for CachedQuiz {
    type Data = Bank;
    fn into_cached(self) -> Cached<Bank> {
        self.0
    }
}

impl Record for CachedQuiz {
    const KEY: &'static str = "data.quiz.en";
    const VERSION: u32 = 2;
    fn migrate(from: u32, data: &str) -> Result<Self, String> {
        from_v1(from, data).map(CachedQuiz)
    }
}

#[cfg(test)]
mod tests {
    use super::super::encode;
    use super::*;

    #[test]
    fn a_borrowed_copy_is_stored_as_the_record_would_be() {
        let bank = crate::quiz::bank::Bank::default();
        let record = CachedQuiz(Cached {
            name: "data/quiz.en.0000000000000000.json".into(),
            data: bank.clone(),
        });
        let stored = cached_envelope::<CachedQuiz>("data/quiz.en.0000000000000000.json", &bank);
        assert_eq!(serde_json::to_string(&stored).unwrap(), encode(&record));
        assert_eq!(
            super::super::decode::<CachedQuiz>(Some(&encode(&record))),
            super::super::Decoded::Current(record)
        );
    }
}
