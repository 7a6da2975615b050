//! The question bank as data: what `content/<lang>/quiz.toml` compiles to and
//! what the app loads as JSON. UI words for topics and audiences live in the
//! app's catalogue, so only the stable slugs are here.

use crate::json::{self, FromJson, ToJson, Value, Writer};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bank {
    pub questions: Vec<Question>,
}

impl Bank {
    pub fn get(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub topic: Topic,
    pub audience: Audience,
    pub kind: Kind,
    pub prompt: String,
    pub choices: Vec<String>,
    /// Index into `choices` as written in the bank (not as displayed).
    pub answer: u8,
    pub explanation: String,
    pub discuss: String,
    pub source: Source,
}

/// Enums with a fixed slug list: `ALL`, `slug()` and `from_slug()`; the slug is the JSON form.
macro_rules! slug_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vm])* $variant),+
        }

        crate::json_slugs!($name { $($variant = $slug),+ });

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
        }
    };
}

slug_enum! {
    /// What a question is about; follows the report's online-safety themes.
    Topic {
        SexualExtortion = "sexual-extortion",
        Grooming = "grooming",
        SharingImages = "sharing-images",
        DeepfakesAi = "deepfakes-ai",
        Privacy = "privacy",
        MoneyTricks = "money-tricks",
        GettingHelp = "getting-help",
        BoysAndGirls = "boys-and-girls",
        TrustedPlaces = "trusted-places",
        CaregiverLiteracy = "caregiver-literacy",
    }
}

slug_enum! {
    /// Who a question is written for: child is 10–13, teen 14–17.
    Audience {
        Child = "child",
        Teen = "teen",
        Caregiver = "caregiver",
        Educator = "educator",
    }
}

slug_enum! {
    Kind {
        Single = "single",
        /// Choices are always `["True", "False"]`, never shuffled.
        TrueFalse = "true-false",
        Scenario = "scenario",
    }
}

/// What a question rests on: a report heading id, or general guidance.
/// Serialised as one string (`"guidance"` or the id) to keep the JSON small.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    Section(String),
    Guidance,
}

impl Source {
    pub const GUIDANCE: &'static str = "guidance";

    pub fn as_str(&self) -> &str {
        match self {
            Source::Section(id) => id,
            Source::Guidance => Self::GUIDANCE,
        }
    }

    /// The report heading to link to for "read more", if any.
    pub fn section(&self) -> Option<&str> {
        match self {
            Source::Section(id) => Some(id),
            Source::Guidance => None,
        }
    }
}

impl From<&str> for Source {
    fn from(s: &str) -> Source {
        if s == Source::GUIDANCE {
            Source::Guidance
        } else {
            Source::Section(s.to_string())
        }
    }
}

impl ToJson for Source {
    fn to_json(&self, w: &mut Writer) {
        w.str(self.as_str());
    }
}

impl FromJson for Source {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        v.str().map(Source::from)
    }
}

crate::json_struct!(Bank { questions });

crate::json_struct!(Question {
    id,
    topic,
    audience,
    kind,
    prompt,
    choices,
    answer,
    explanation,
    discuss,
    source
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_is_its_json_string_and_reads_back() {
        fn check<T: ToJson + FromJson + PartialEq + std::fmt::Debug>(v: T, slug: &str) {
            assert_eq!(json::to_string(&v), format!("\"{slug}\""));
            assert_eq!(json::from_str::<T>(&json::to_string(&v)), Ok(v));
        }
        for t in Topic::ALL {
            check(*t, t.slug());
            assert_eq!(Topic::from_slug(t.slug()), Some(*t));
        }
        for a in Audience::ALL {
            check(*a, a.slug());
        }
        for k in Kind::ALL {
            check(*k, k.slug());
        }
        assert!(json::from_str::<Topic>("\"no-such-topic\"").is_err());
    }

    #[test]
    fn source_is_a_plain_string_in_json() {
        let g = json::to_string(&Source::Guidance);
        let s = json::to_string(&Source::Section("at-a-glance".into()));
        assert_eq!(
            (g.as_str(), s.as_str()),
            ("\"guidance\"", "\"at-a-glance\"")
        );
        assert_eq!(json::from_str::<Source>(&g), Ok(Source::Guidance));
        assert_eq!(
            json::from_str::<Source>(&s),
            Ok(Source::Section("at-a-glance".into()))
        );
    }
}
