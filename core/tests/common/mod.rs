//! A small question bank shared by the quiz tests.

use lantern_core::quiz::bank::{Audience, Bank, Kind, Question, Source, Topic};

pub fn q(id: &str, topic: Topic, audience: Audience, kind: Kind, answer: u8) -> Question {
    let choices = match kind {
        Kind::TrueFalse => vec!["True".to_string(), "False".to_string()],
        _ => (0..4).map(|c| format!("{id} choice {c}")).collect(),
    };
    Question {
        id: id.into(),
        topic,
        audience,
        kind,
        prompt: format!("{id} prompt"),
        choices,
        answer,
        feedback: Vec::new(),
        explanation: format!("{id} explanation"),
        discuss: format!("{id} discuss"),
        source: if answer.is_multiple_of(2) {
            Source::Guidance
        } else {
            Source::Section("at-a-glance".into())
        },
    }
}

/// 12 questions: 6 child (3 grooming, 3 privacy, one of them true-false),
/// 4 teen (2 sexual-extortion, 2 grooming), 2 caregiver (getting-help).
pub fn bank() -> Bank {
    use Audience::*;
    use Kind::*;
    use Topic::*;
    Bank {
        questions: vec![
            q("c-groom-1", Grooming, Child, Single, 0),
            q("c-groom-2", Grooming, Child, Scenario, 1),
            q("c-groom-3", Grooming, Child, Single, 2),
            q("c-priv-1", Privacy, Child, Single, 3),
            q("c-priv-2", Privacy, Child, TrueFalse, 0),
            q("c-priv-3", Privacy, Child, Scenario, 1),
            q("t-ext-1", SexualExtortion, Teen, Scenario, 2),
            q("t-ext-2", SexualExtortion, Teen, TrueFalse, 1),
            q("t-groom-1", Grooming, Teen, Single, 0),
            q("t-groom-2", Grooming, Teen, Single, 3),
            q("g-help-1", GettingHelp, Caregiver, Single, 1),
            q("g-help-2", GettingHelp, Caregiver, Scenario, 2),
        ],
    }
}

/// [`bank`] with feedback for every wrong choice, as the second edition has.
pub fn bank_with_feedback() -> Bank {
    let mut bank = bank();
    for q in &mut bank.questions {
        q.feedback = (0..q.choices.len())
            .map(|c| match c == usize::from(q.answer) {
                true => String::new(),
                false => format!("{} feedback {c}", q.id),
            })
            .collect();
    }
    bank
}
