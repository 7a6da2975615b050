//! The solo quiz state machine, driven through events as the shell would.

mod common;

use common::{bank, bank_with_feedback};
use lantern_core::quiz::bank::{Audience, Bank, Kind, Topic};
use lantern_core::quiz::solo::{
    Event, HistoryEntry, Outcome, Quiz, QuizConfig, ResumeError, Screen, StartError,
};
use lantern_core::store::{decode, encode, Decoded, History};

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("serialises")
}

fn config(audience: Option<Audience>, topics: &[Topic], length: usize, seed: u64) -> QuizConfig {
    QuizConfig {
        audience,
        topics: topics.to_vec(),
        length,
        seed,
    }
}

fn start(length: usize, seed: u64) -> Quiz {
    Quiz::start(&bank(), config(None, &[], length, seed), 1_000).unwrap()
}

/// The displayed index of the right answer to the question on screen.
fn right_index(quiz: &Quiz, bank: &Bank) -> usize {
    let view = quiz.current(bank).unwrap();
    let q = bank.get(&view.id).unwrap();
    let right = &q.choices[q.answer as usize];
    view.choices.iter().position(|c| c == right).unwrap()
}

fn wrong_index(quiz: &Quiz, bank: &Bank) -> usize {
    (right_index(quiz, bank) + 1) % quiz.current(bank).unwrap().choices.len()
}

/// Answers every question (right where `right(i)`) and presses Next after each.
fn play(quiz: &mut Quiz, bank: &Bank, right: impl Fn(usize) -> bool) -> Outcome {
    let mut last = Outcome::Ignored;
    for i in 0..quiz.len() {
        let pick = if right(i) {
            right_index(quiz, bank)
        } else {
            wrong_index(quiz, bank)
        };
        assert!(matches!(
            quiz.update(bank, Event::Answer(pick), 0),
            Outcome::Answered(_)
        ));
        last = quiz.update(bank, Event::Next, 5_000);
    }
    last
}

fn displayed(quiz: &Quiz, bank: &Bank) -> Vec<(String, Vec<String>)> {
    let mut quiz = quiz.clone();
    let mut out = Vec::new();
    for _ in 0..quiz.len() {
        let v = quiz.current(bank).unwrap();
        out.push((v.id.clone(), v.choices.clone()));
        quiz.update(bank, Event::Answer(0), 0);
        quiz.update(bank, Event::Next, 0);
    }
    out
}

#[test]
fn starting_takes_the_requested_length() {
    let quiz = start(5, 1);
    assert_eq!(quiz.len(), 5);
    assert_eq!(quiz.cursor(), 0);
    assert_eq!(quiz.started_at_ms(), 1_000);
    assert!(!quiz.is_finished());
}

#[test]
fn length_is_capped_by_the_questions_available() {
    let quiz = Quiz::start(&bank(), config(Some(Audience::Caregiver), &[], 20, 1), 0).unwrap();
    assert_eq!(quiz.len(), 2);
}

#[test]
fn no_matching_questions_is_an_error() {
    let none = config(Some(Audience::Educator), &[], 10, 1);
    assert_eq!(Quiz::start(&bank(), none, 0), Err(StartError::NoQuestions));
    let wrong_topic = config(Some(Audience::Child), &[Topic::DeepfakesAi], 10, 1);
    assert_eq!(
        Quiz::start(&bank(), wrong_topic, 0),
        Err(StartError::NoQuestions)
    );
}

#[test]
fn audience_filter_keeps_only_that_audience() {
    let b = bank();
    let quiz = Quiz::start(&b, config(Some(Audience::Teen), &[], 20, 3), 0).unwrap();
    let ids: Vec<_> = quiz.question_ids().collect();
    assert_eq!(ids.len(), 4);
    assert!(
        ids.iter()
            .all(|id| b.get(id).unwrap().audience == Audience::Teen),
        "{ids:?}"
    );
}

#[test]
fn topic_filter_keeps_only_those_topics() {
    let b = bank();
    let topics = [Topic::Grooming, Topic::GettingHelp];
    let quiz = Quiz::start(&b, config(None, &topics, 20, 3), 0).unwrap();
    assert_eq!(quiz.len(), 7);
    assert!(quiz
        .question_ids()
        .all(|id| topics.contains(&b.get(id).unwrap().topic)));
    let both = Quiz::start(
        &b,
        config(Some(Audience::Teen), &[Topic::Grooming], 20, 3),
        0,
    )
    .unwrap();
    let mut ids: Vec<_> = both.question_ids().collect();
    ids.sort();
    assert_eq!(ids, ["t-groom-1", "t-groom-2"]);
}

#[test]
fn the_same_seed_gives_the_same_quiz() {
    let b = bank();
    assert_eq!(start(10, 42), start(10, 42));
    assert_eq!(displayed(&start(10, 42), &b), displayed(&start(10, 42), &b));
}

#[test]
fn different_seeds_give_different_questions_and_choice_orders() {
    let b = bank();
    let order = |seed| {
        start(12, seed)
            .question_ids()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_ne!(order(1), order(2));
    // With the same 12 questions, at least one multiple-choice order differs.
    let choices_of = |seed| {
        let mut d = displayed(&start(12, seed), &b);
        d.sort();
        d
    };
    assert_ne!(choices_of(1), choices_of(2));
}

#[test]
fn choices_are_shuffled_for_some_seed() {
    let b = bank();
    let shuffled = (0..20u64).any(|seed| {
        displayed(&start(12, seed), &b)
            .iter()
            .any(|(id, shown)| b.get(id).unwrap().choices != *shown)
    });
    assert!(shuffled);
}

#[test]
fn true_false_choices_keep_their_order() {
    let b = bank();
    for seed in 0..50 {
        for (id, shown) in displayed(&start(12, seed), &b) {
            if b.get(&id).unwrap().kind == Kind::TrueFalse {
                assert_eq!(shown, ["True", "False"], "seed {seed}");
            }
        }
    }
}

#[test]
fn the_view_shows_progress_and_choices_in_display_order() {
    let b = bank();
    let mut quiz = start(5, 9);
    let v = quiz.current(&b).unwrap();
    let q = b.get(&v.id).unwrap();
    assert_eq!((v.index, v.number, v.total), (0, 1, 5));
    assert_eq!(v.prompt, q.prompt);
    let mut sorted = v.choices.clone();
    sorted.sort();
    let mut original = q.choices.clone();
    original.sort();
    assert_eq!(sorted, original);
    assert!(v.can_answer && !v.can_next && !v.can_back && !v.is_last);
    assert_eq!(v.feedback, None);

    quiz.update(&b, Event::Answer(0), 0);
    quiz.update(&b, Event::Next, 0);
    let v = quiz.current(&b).unwrap();
    assert_eq!((v.number, v.total), (2, 5));
    assert!(v.can_back);
    assert!(matches!(quiz.screen(&b), Some(Screen::Question(ref s)) if *s == v));
}

#[test]
fn answering_gives_feedback_with_the_displayed_right_choice() {
    let b = bank();
    let mut quiz = start(10, 7);
    let right = right_index(&quiz, &b);
    let id = quiz.current(&b).unwrap().id;
    let Outcome::Answered(f) = quiz.update(&b, Event::Answer(right), 0) else {
        panic!()
    };
    assert!(f.correct);
    assert_eq!((f.picked, f.right_choice), (right, right));
    assert_eq!(f.explanation, format!("{id} explanation"));
    assert_eq!(f.source, b.get(&id).unwrap().source);

    quiz.update(&b, Event::Next, 0);
    let wrong = wrong_index(&quiz, &b);
    let Outcome::Answered(f) = quiz.update(&b, Event::Answer(wrong), 0) else {
        panic!()
    };
    assert!(!f.correct);
    assert_eq!(f.right_choice, right_index(&quiz, &b));
    let v = quiz.current(&b).unwrap();
    assert_eq!(v.feedback, Some(f));
    assert!(!v.can_answer && v.can_next);
}

#[test]
fn a_wrong_pick_is_told_why_another_choice_is_better() {
    let b = bank_with_feedback();
    let mut quiz = Quiz::start(&b, config(None, &[], 10, 7), 1_000).unwrap();
    let wrong = wrong_index(&quiz, &b);
    let v = quiz.current(&b).unwrap();
    let written = (b.get(&v.id).unwrap().choices.iter())
        .position(|c| *c == v.choices[wrong])
        .unwrap();
    let Outcome::Answered(f) = quiz.update(&b, Event::Answer(wrong), 0) else {
        panic!()
    };
    assert_eq!(f.about_pick, format!("{} feedback {written}", v.id));
    assert_eq!(quiz.current(&b).unwrap().feedback, Some(f));

    quiz.update(&b, Event::Next, 0);
    let right = right_index(&quiz, &b);
    let Outcome::Answered(f) = quiz.update(&b, Event::Answer(right), 0) else {
        panic!()
    };
    assert_eq!(f.about_pick, "", "the right answer has its explanation");
}

#[test]
fn a_bank_stored_before_feedback_still_plays_with_the_explanation_alone() {
    let b = bank();
    let mut quiz = start(10, 7);
    let wrong = wrong_index(&quiz, &b);
    let Outcome::Answered(f) = quiz.update(&b, Event::Answer(wrong), 0) else {
        panic!()
    };
    assert!(!f.correct);
    assert_eq!(f.about_pick, "");
    assert!(!f.explanation.is_empty());
}

#[test]
fn answering_twice_keeps_the_first_answer() {
    let b = bank();
    let mut quiz = start(5, 3);
    let wrong = wrong_index(&quiz, &b);
    quiz.update(&b, Event::Answer(wrong), 0);
    assert_eq!(
        quiz.update(&b, Event::Answer(right_index(&quiz, &b)), 0),
        Outcome::Ignored
    );
    let f = quiz.current(&b).unwrap().feedback.unwrap();
    assert_eq!(f.picked, wrong);
    assert!(!f.correct);
}

#[test]
fn an_answer_outside_the_choices_is_ignored() {
    let b = bank();
    let mut quiz = start(5, 3);
    assert_eq!(quiz.update(&b, Event::Answer(9), 0), Outcome::Ignored);
    assert_eq!(quiz.current(&b).unwrap().feedback, None);
}

#[test]
fn next_before_answering_is_ignored() {
    let b = bank();
    let mut quiz = start(5, 3);
    assert_eq!(quiz.update(&b, Event::Next, 0), Outcome::Ignored);
    assert_eq!(quiz.cursor(), 0);
}

#[test]
fn back_reviews_an_earlier_question_read_only() {
    let b = bank();
    let mut quiz = start(5, 3);
    let first_pick = wrong_index(&quiz, &b);
    quiz.update(&b, Event::Answer(first_pick), 0);
    quiz.update(&b, Event::Next, 0);
    assert_eq!(quiz.update(&b, Event::Back, 0), Outcome::Moved);
    let v = quiz.current(&b).unwrap();
    assert_eq!(v.index, 0);
    assert!(!v.can_answer && v.can_next && !v.can_back);
    // Answering again while reviewing changes nothing.
    assert_eq!(
        quiz.update(&b, Event::Answer(right_index(&quiz, &b)), 0),
        Outcome::Ignored
    );
    assert_eq!(
        quiz.current(&b).unwrap().feedback.unwrap().picked,
        first_pick
    );
    assert_eq!(quiz.update(&b, Event::Back, 0), Outcome::Ignored);
    // Next returns to the unanswered question, and no further.
    assert_eq!(quiz.update(&b, Event::Next, 0), Outcome::Moved);
    assert!(quiz.current(&b).unwrap().can_answer);
    assert_eq!(quiz.update(&b, Event::Next, 0), Outcome::Ignored);
    assert_eq!(quiz.cursor(), 1);
}

#[test]
fn view_reaches_only_questions_already_shown() {
    let b = bank();
    let mut quiz = start(5, 3);
    assert!(quiz.view(&b, 0).is_some());
    assert!(quiz.view(&b, 1).is_none());
    quiz.update(&b, Event::Answer(0), 0);
    quiz.update(&b, Event::Next, 0);
    let earlier = quiz.view(&b, 0).unwrap();
    assert!(!earlier.can_answer && !earlier.can_next && earlier.feedback.is_some());
    assert!(quiz.view(&b, 2).is_none());
}

#[test]
fn finishing_scores_the_quiz_and_produces_a_history_entry() {
    let b = bank();
    let cfg = config(Some(Audience::Child), &[], 5, 11);
    let mut quiz = Quiz::start(&b, cfg, 1_000).unwrap();
    assert_eq!(quiz.results(&b), None);
    let outcome = play(&mut quiz, &b, |i| i != 1 && i != 3);
    assert_eq!(
        outcome,
        Outcome::Finished(HistoryEntry {
            finished_at_ms: 5_000,
            audience: Some(Audience::Child),
            topics: vec![],
            score: 3,
            total: 5,
        })
    );
    assert!(quiz.is_finished());
    let r = quiz.results(&b).unwrap();
    assert_eq!((r.score, r.total), (3, 5));
    let ids: Vec<_> = quiz.question_ids().collect();
    assert_eq!(r.missed, [ids[1], ids[3]]);
    assert!(matches!(quiz.screen(&b), Some(Screen::Finished(ref s)) if *s == r));
}

#[test]
fn results_break_down_by_topic_in_topic_order() {
    let b = bank();
    let mut quiz = Quiz::start(&b, config(None, &[], 12, 5), 0).unwrap();
    let ids: Vec<String> = quiz.question_ids().map(String::from).collect();
    // Miss every grooming question.
    let grooming: Vec<bool> = ids
        .iter()
        .map(|id| b.get(id).unwrap().topic == Topic::Grooming)
        .collect();
    play(&mut quiz, &b, |i| !grooming[i]);
    let r = quiz.results(&b).unwrap();
    assert_eq!(
        r.by_topic,
        [
            (Topic::SexualExtortion, 2, 2),
            (Topic::Grooming, 0, 5),
            (Topic::Privacy, 3, 3),
            (Topic::GettingHelp, 2, 2),
        ]
    );
    assert_eq!((r.score, r.total), (7, 12));
}

#[test]
fn every_event_after_finishing_is_ignored() {
    let b = bank();
    let mut quiz = start(3, 2);
    play(&mut quiz, &b, |_| true);
    let before = quiz.clone();
    for event in [Event::Answer(0), Event::Next, Event::Back] {
        assert_eq!(quiz.update(&b, event, 9_999), Outcome::Ignored);
    }
    assert_eq!(quiz, before);
    // Every question stays open for review.
    assert!((0..3).all(|i| quiz
        .view(&b, i)
        .is_some_and(|v| !v.can_answer && v.feedback.is_some())));
}

#[test]
fn retry_missed_builds_a_quiz_of_just_the_missed_questions() {
    let b = bank();
    let mut quiz = Quiz::start(
        &b,
        config(Some(Audience::Child), &[Topic::Grooming], 10, 4),
        0,
    )
    .unwrap();
    play(&mut quiz, &b, |i| i == 0);
    let mut missed = quiz.results(&b).unwrap().missed;
    let retry = quiz.retry_missed(&b, 99, 7_000).unwrap();
    assert_eq!(retry.len(), 2);
    assert_eq!(retry.started_at_ms(), 7_000);
    assert_eq!(
        (retry.audience(), retry.topics()),
        (Some(Audience::Child), &[Topic::Grooming][..])
    );
    let mut ids: Vec<String> = retry.question_ids().map(String::from).collect();
    ids.sort();
    missed.sort();
    assert_eq!(ids, missed);
    assert_eq!(retry.answered_count(), 0);
}

#[test]
fn retry_is_offered_only_after_finishing_with_something_missed() {
    let b = bank();
    let mut quiz = start(3, 2);
    assert_eq!(quiz.retry_missed(&b, 1, 0), None);
    play(&mut quiz, &b, |_| true);
    assert_eq!(quiz.retry_missed(&b, 1, 0), None);
}

#[test]
fn a_quiz_resumed_from_json_continues_identically() {
    let b = bank();
    let mut quiz = start(10, 1234);
    for i in 0..4 {
        let pick = if i % 2 == 0 {
            right_index(&quiz, &b)
        } else {
            wrong_index(&quiz, &b)
        };
        quiz.update(&b, Event::Answer(pick), 0);
        quiz.update(&b, Event::Next, 0);
    }
    quiz.update(&b, Event::Back, 0);

    let json = to_json(&quiz);
    let mut resumed: Quiz = serde_json::from_str(&json).unwrap();
    assert_eq!(resumed, quiz);
    assert_eq!(resumed.validate(&b), Ok(()));
    assert_eq!(resumed.current(&b), quiz.current(&b));
    assert!((0..4).all(|i| resumed.view(&b, i) == quiz.view(&b, i)));

    let a = play_on(&mut quiz, &b);
    let c = play_on(&mut resumed, &b);
    assert_eq!(a, c);
    assert_eq!(quiz.results(&b), resumed.results(&b));
    assert_eq!(quiz, resumed);
}

/// Finishes from wherever the quiz stands, always picking displayed choice 0.
fn play_on(quiz: &mut Quiz, bank: &Bank) -> Vec<Outcome> {
    let mut out = Vec::new();
    while !quiz.is_finished() {
        out.push(quiz.update(bank, Event::Answer(0), 0));
        out.push(quiz.update(bank, Event::Next, 8_000));
    }
    out
}

#[test]
fn the_saved_quiz_holds_ids_and_orders_not_text() {
    let b = bank();
    let quiz = start(10, 5);
    let json = to_json(&quiz);
    assert!(
        !json.contains("prompt") && !json.contains("choice "),
        "{json}"
    );
    assert!(json.len() < 600, "{} bytes: {json}", json.len());
    assert!(quiz.question_ids().all(|id| json.contains(id)));
    assert!(b.questions.iter().all(|q| !json.contains(&q.explanation)));
}

#[test]
fn resuming_against_a_bank_without_the_question_is_an_error_not_a_panic() {
    let mut b = bank();
    let mut quiz = start(12, 8);
    quiz.update(&b, Event::Answer(0), 0);
    let gone = quiz.current(&b).unwrap().id;
    b.questions.retain(|q| q.id != gone);

    let resumed: Quiz = serde_json::from_str(&to_json(&quiz)).unwrap();
    assert_eq!(
        resumed.validate(&b),
        Err(ResumeError::MissingQuestion(gone))
    );
    // Nothing panics even if the shell skips validation.
    let mut q = resumed.clone();
    assert_eq!(q.current(&b), None);
    assert_eq!(q.screen(&b), None);
    for event in [Event::Answer(1), Event::Next, Event::Back, Event::Next] {
        q.update(&b, event, 0);
    }
}

#[test]
fn resuming_against_changed_choices_is_an_error() {
    let mut b = bank();
    let quiz = start(12, 8);
    let id = quiz
        .question_ids()
        .find(|id| b.get(id).unwrap().kind == Kind::Single)
        .unwrap()
        .to_string();
    let q = b.questions.iter_mut().find(|q| q.id == id).unwrap();
    q.choices.pop();
    assert_eq!(quiz.validate(&b), Err(ResumeError::ChoicesChanged(id)));
}

#[test]
fn a_damaged_saved_quiz_is_rejected() {
    let b = bank();
    let quiz = start(3, 8);
    let json = to_json(&quiz);
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["cursor"] = 2.into();
    let ahead: Quiz = serde_json::from_str(&value.to_string()).unwrap();
    assert!(matches!(ahead.validate(&b), Err(ResumeError::Damaged(_))));

    value["cursor"] = 0.into();
    value["items"][1]["picked"] = 0.into();
    let gap: Quiz = serde_json::from_str(&value.to_string()).unwrap();
    assert!(matches!(gap.validate(&b), Err(ResumeError::Damaged(_))));

    value["items"][1]["picked"] = serde_json::Value::Null;
    value["items"][0]["order"] = serde_json::json!([0, 0, 1, 2]);
    let dup: Quiz = serde_json::from_str(&value.to_string()).unwrap();
    assert!(matches!(
        dup.validate(&b),
        Err(ResumeError::ChoicesChanged(_))
    ));
}

#[test]
fn history_keeps_the_newest_fifty_newest_first() {
    let mut h = History::default();
    for t in 0..60u64 {
        h.push(HistoryEntry {
            finished_at_ms: t,
            audience: None,
            topics: vec![],
            score: 1,
            total: 5,
        });
    }
    assert_eq!(h.entries().len(), History::MAX);
    assert_eq!(h.entries()[0].finished_at_ms, 59);
    assert_eq!(h.entries()[49].finished_at_ms, 10);
}

#[test]
fn history_can_be_cleared() {
    let b = bank();
    let mut quiz = start(3, 1);
    let Outcome::Finished(entry) = play(&mut quiz, &b, |_| true) else {
        panic!()
    };
    let mut h = History::default();
    h.push(entry);
    assert!(!h.is_empty());
    h.clear();
    assert!(h.is_empty());
}

#[test]
fn history_round_trips_through_the_store() {
    let mut h = History::default();
    let entry = HistoryEntry {
        finished_at_ms: 9,
        audience: Some(Audience::Teen),
        topics: vec![Topic::Privacy],
        score: 4,
        total: 5,
    };
    h.push(entry);
    assert_eq!(decode::<History>(Some(&encode(&h))), Decoded::Current(h));
}

#[cfg(feature = "compile")]
#[test]
fn the_real_question_bank_compiles_against_the_report() {
    use lantern_core::markdown::parse_report;
    use lantern_core::quiz::compile::parse_bank;
    use std::collections::HashSet;

    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/en/");
    let report_src = std::fs::read_to_string(format!("{root}report.md")).unwrap();
    let report =
        parse_report("content/en/report.md", &report_src).unwrap_or_else(|e| panic!("{e}"));
    let ids: HashSet<String> = (report.parts.iter().map(|p| &p.id))
        .chain(report.chapters.iter().map(|c| &c.id))
        .chain(report.sections.iter().map(|s| &s.id))
        .cloned()
        .collect();
    let src = std::fs::read_to_string(format!("{root}quiz.toml")).unwrap();
    let bank = parse_bank("content/en/quiz.toml", &src, &ids).unwrap_or_else(|e| panic!("{e}"));

    // Every audience can start a full-length quiz.
    for &audience in Audience::ALL {
        let quiz = Quiz::start(&bank, config(Some(audience), &[], 10, 1), 0).unwrap();
        assert_eq!(quiz.len(), 10, "{audience:?}");
    }
}

#[test]
fn finishing_a_quiz_records_it_and_damaged_progress_is_set_aside() {
    use lantern_core::effect::{after_quiz, resume_quiz, Effect};
    let b = bank();
    let mut q = Quiz::start(
        &b,
        QuizConfig {
            audience: None,
            topics: vec![],
            length: 2,
            seed: 1,
        },
        0,
    )
    .unwrap();
    let mut last = Outcome::Ignored;
    while !q.is_finished() {
        q.update(&b, Event::Answer(0), 5);
        last = q.update(&b, Event::Next, 5);
    }
    let Outcome::Finished(entry) = &last else {
        panic!("{last:?}")
    };
    assert_eq!(after_quiz(&last), [Effect::RecordQuiz(entry.clone())]);
    assert_eq!(resume_quiz(Some(&q), &b), None);
    let mut damaged: serde_json::Value = serde_json::from_str(&to_json(&q)).unwrap();
    damaged["items"][0]["picked"] = serde_json::json!(99);
    let damaged: Quiz = serde_json::from_str(&damaged.to_string()).unwrap();
    assert_eq!(
        resume_quiz(Some(&damaged), &b),
        Some(Effect::SetAsideProgress)
    );
}

#[test]
fn the_results_open_with_a_kind_line_for_all_right_most_or_some() {
    use lantern_core::quiz::solo::{Results, ScoreKind};
    let r = |score, total, missed: &[&str]| Results {
        score,
        total,
        by_topic: Vec::new(),
        missed: missed.iter().map(|m| m.to_string()).collect(),
    };
    assert_eq!(r(5, 5, &[]).kind(), ScoreKind::AllRight);
    assert_eq!(r(3, 5, &["a", "b"]).kind(), ScoreKind::Most);
    assert_eq!(r(2, 4, &["a", "b"]).kind(), ScoreKind::Most);
    assert_eq!(r(2, 5, &["a", "b", "c"]).kind(), ScoreKind::Some);
    assert_eq!(r(0, 5, &["a", "b", "c", "d", "e"]).kind(), ScoreKind::Some);
}
