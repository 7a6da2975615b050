//! The question bank as data: what `content/<lang>/quiz.toml` compiles to and
//! what the app loads as JSON. UI words for topics and audiences live in the
//! app's catalogue, so only the stable slugs are here.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// As JSON, the list of questions itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Bank {
    pub questions: Vec<Question>,
}

impl Bank {
    pub fn get(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

crate::positional! {
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
        /// For each choice as written, why another is better ("" for the
        /// answer).
        pub feedback: Vec<String>,
        pub explanation: String,
        pub discuss: String,
        pub source: Source,
    }
}

/// Enums with a fixed slug list, and `ALL` of them in order.
macro_rules! bank_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $slug:literal),+ $(,)? }) => {
        crate::slug_enum! {
            $(#[$m])*
            #[derive(Debug, PartialOrd, Ord)]
            pub enum $name { $($(#[$vm])* $variant = $slug),+ }
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
        }
    };
}

bank_enum! {
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
        /// Children with disabilities, in care, on the move; LGBTQIA+ young people.
        GreaterRisk = "greater-risk",
    }
}

bank_enum! {
    /// Who a question is written for: child is 10–13, teen 14–17.
    Audience {
        Child = "child",
        Teen = "teen",
        Caregiver = "caregiver",
        Educator = "educator",
    }
}

bank_enum! {
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

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Source::from(&*s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_is_its_json_string_and_reads_back() {
        fn check<T>(v: T, slug: &str)
        where
            T: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        {
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{slug}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
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
        assert!(serde_json::from_str::<Topic>("\"no-such-topic\"").is_err());
    }

    #[test]
    fn source_is_a_plain_string_in_json() {
        let g = serde_json::to_string(&Source::Guidance).unwrap();
        let s = serde_json::to_string(&Source::Section("at-a-glance".into())).unwrap();
        assert_eq!(
            (g.as_str(), s.as_str()),
            ("\"guidance\"", "\"at-a-glance\"")
        );
        assert_eq!(
            serde_json::from_str::<Source>(&g).unwrap(),
            Source::Guidance
        );
        assert_eq!(
            serde_json::from_str::<Source>(&s).unwrap(),
            Source::Section("at-a-glance".into())
        );
    }
}
