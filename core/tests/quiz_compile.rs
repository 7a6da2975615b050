//! `quiz.toml` validation: every mistake stops the build with its line.
#![cfg(feature = "compile")]

use lantern_core::markdown::ContentError;
use lantern_core::quiz::bank::{Audience, Kind, Source, Topic};
use lantern_core::quiz::compile::parse_bank;
use std::collections::HashSet;

/// Every question is 13 lines: the header, eleven fields in this order, a blank line.
const FIELDS: [&str; 11] = [
    "id",
    "topic",
    "audience",
    "kind",
    "prompt",
    "choices",
    "answer",
    "feedback",
    "explanation",
    "discuss",
    "source",
];
const LINES_PER_QUESTION: usize = 13;

/// 1-based line of `field` in question `n` (0-based) of a bank built by [`bank`].
fn line(n: usize, field: &str) -> usize {
    let offset = FIELDS.iter().position(|f| *f == field).unwrap() + 1;
    n * LINES_PER_QUESTION + 1 + offset
}

fn question(id: &str, audience: &str, source: &str, changes: &[(&str, &str)]) -> String {
    let changed = |f: &str| changes.iter().find(|(c, _)| *c == f).map(|(_, v)| *v);
    // Feedback follows the choices and the answer unless a test sets it.
    let answer: usize = changed("answer").and_then(|a| a.parse().ok()).unwrap_or(0);
    let choices = changed("choices").map_or(3, |c| c.matches('"').count() / 2);
    let feedback: Vec<&str> = (0..choices)
        .map(|i| {
            if i == answer {
                "\"\""
            } else {
                "\"Another choice keeps you safer.\""
            }
        })
        .collect();
    let feedback = format!("[{}]", feedback.join(", "));
    let mut out = String::from("[[question]]\n");
    for field in FIELDS {
        let default = match field {
            "id" => format!("\"{id}\""),
            "topic" => "\"grooming\"".into(),
            "audience" => format!("\"{audience}\""),
            "kind" => "\"single\"".into(),
            "prompt" => "\"What could you do?\"".into(),
            "choices" => "[\"Tell a trusted adult\", \"Keep it secret\", \"Pay them\"]".into(),
            "answer" => "0".into(),
            "feedback" => feedback.clone(),
            "explanation" => "\"A trusted adult can help.\"".into(),
            "discuss" => "\"Who could you tell?\"".into(),
            "source" => format!("\"{source}\""),
            _ => unreachable!(),
        };
        let value = changes
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(default, |(_, v)| v.to_string());
        out.push_str(&format!("{field} = {value}\n"));
    }
    out.push('\n');
    out
}

/// A valid bank: 35 questions per audience, 42 of 140 (30%) citing guidance.
fn valid_questions() -> Vec<String> {
    let audiences = ["child", "teen", "caregiver", "educator"];
    (0..140)
        .map(|i| {
            let source = if i % 10 < 3 {
                "guidance"
            } else if i % 2 == 0 {
                "intro"
            } else {
                "at-a-glance"
            };
            question(&format!("q-{i}"), audiences[i % 4], source, &[])
        })
        .collect()
}

/// The valid bank with question `n` changed.
fn with_change(n: usize, changes: &[(&str, &str)]) -> String {
    let mut qs = valid_questions();
    let audiences = ["child", "teen", "caregiver", "educator"];
    qs[n] = question(&format!("q-{n}"), audiences[n % 4], "intro", changes);
    qs.concat()
}

fn ids() -> HashSet<String> {
    ["intro", "at-a-glance", "findings"]
        .into_iter()
        .map(String::from)
        .collect()
}

fn error(src: &str) -> ContentError {
    parse_bank("quiz.toml", src, &ids()).expect_err("should not compile")
}

fn assert_error(src: &str, line: usize, needle: &str) {
    let e = error(src);
    assert_eq!(e.line, line, "{e}");
    assert!(e.message.contains(needle), "{e} (wanted {needle:?})");
}

#[test]
fn a_valid_bank_compiles_into_typed_questions() {
    let src = with_change(
        0,
        &[
            ("topic", "\"deepfakes-ai\""),
            ("kind", "\"true-false\""),
            ("choices", "[\"True\", \"False\"]"),
            ("answer", "1"),
        ],
    );
    let bank = parse_bank("quiz.toml", &src, &ids()).unwrap();
    assert_eq!(bank.questions.len(), 140);
    assert_eq!(
        bank.questions[1].feedback,
        [
            "",
            "Another choice keeps you safer.",
            "Another choice keeps you safer."
        ]
    );
    let q = &bank.questions[0];
    assert_eq!(
        (q.topic, q.audience, q.kind, q.answer),
        (Topic::DeepfakesAi, Audience::Child, Kind::TrueFalse, 1)
    );
    assert_eq!(q.choices, ["True", "False"]);
    assert_eq!(q.source, Source::Section("intro".into()));
    assert_eq!(bank.questions[1].source, Source::Guidance);
}

#[test]
fn errors_display_as_file_line_message() {
    let e = error(&with_change(1, &[("answer", "3")]));
    assert_eq!(
        e.to_string(),
        format!("quiz.toml:{}: {}", line(1, "answer"), e.message)
    );
}

#[test]
fn a_toml_syntax_error_names_its_line() {
    let src = with_change(2, &[("prompt", "\"never closed")]);
    assert_eq!(error(&src).line, line(2, "prompt"));
}

#[test]
fn a_missing_field_names_its_question() {
    let mut qs = valid_questions();
    qs[1] = qs[1].replace("discuss = \"Who could you tell?\"\n", "");
    let e = error(&qs.concat());
    assert_eq!(e.line, LINES_PER_QUESTION + 1, "{e}");
    assert!(e.message.contains("discuss"), "{e}");
}

#[test]
fn an_unknown_field_names_its_line() {
    let mut qs = valid_questions();
    qs[1] = qs[1].replace("discuss =", "discus =");
    assert_error(&qs.concat(), line(1, "discuss"), "discus");
}

#[test]
fn an_unknown_source_id_names_its_line() {
    assert_error(
        &with_change(3, &[("source", "\"no-such-section\"")]),
        line(3, "source"),
        "unknown source \"no-such-section\"",
    );
}

#[test]
fn a_duplicate_id_names_the_first_line() {
    let src = with_change(4, &[("id", "\"q-1\"")]);
    assert_error(
        &src,
        line(4, "id"),
        &format!(
            "duplicate id \"q-1\" (first used on line {})",
            line(1, "id")
        ),
    );
}

#[test]
fn an_id_that_is_not_a_slug_is_rejected() {
    assert_error(
        &with_change(0, &[("id", "\"Bad Id\"")]),
        line(0, "id"),
        "slug",
    );
}

#[test]
fn an_answer_out_of_range_is_rejected() {
    assert_error(
        &with_change(5, &[("answer", "3")]),
        line(5, "answer"),
        "answer 3 is out of range",
    );
    assert_error(
        &with_change(5, &[("answer", "-1")]),
        line(5, "answer"),
        "answer -1 is out of range",
    );
}

#[test]
fn fewer_than_two_choices_are_rejected() {
    assert_error(
        &with_change(6, &[("choices", "[\"Only one\"]")]),
        line(6, "choices"),
        "has 1 choices",
    );
}

#[test]
fn more_than_four_choices_are_rejected() {
    let src = with_change(6, &[("choices", "[\"A\", \"B\", \"C\", \"D\", \"E\"]")]);
    assert_error(&src, line(6, "choices"), "has 5 choices");
}

#[test]
fn an_empty_prompt_is_rejected() {
    assert_error(
        &with_change(7, &[("prompt", "\"  \"")]),
        line(7, "prompt"),
        "prompt is empty",
    );
}

#[test]
fn an_empty_explanation_is_rejected() {
    assert_error(
        &with_change(7, &[("explanation", "\"\"")]),
        line(7, "explanation"),
        "explanation is empty",
    );
}

#[test]
fn an_empty_discuss_is_rejected() {
    assert_error(
        &with_change(7, &[("discuss", "\"\"")]),
        line(7, "discuss"),
        "discuss is empty",
    );
}

#[test]
fn an_empty_choice_is_rejected() {
    assert_error(
        &with_change(8, &[("choices", "[\"A\", \" \", \"C\"]")]),
        line(8, "choices"),
        "a choice is empty",
    );
}

#[test]
fn an_unknown_topic_names_the_allowed_values() {
    let e = error(&with_change(9, &[("topic", "\"scams\"")]));
    assert_eq!(e.line, line(9, "topic"));
    assert!(e.message.contains("unknown topic \"scams\""), "{e}");
    assert!(
        e.message.contains(
            "sexual-extortion, grooming, sharing-images, deepfakes-ai, privacy, money-tricks, getting-help, boys-and-girls, trusted-places, caregiver-literacy, greater-risk"
        ),
        "{e}"
    );
}

#[test]
fn an_unknown_audience_names_the_allowed_values() {
    assert_error(
        &with_change(9, &[("audience", "\"parent\"")]),
        line(9, "audience"),
        "unknown audience \"parent\"; use one of: child, teen, caregiver, educator",
    );
}

#[test]
fn an_unknown_kind_names_the_allowed_values() {
    assert_error(
        &with_change(9, &[("kind", "\"multiple\"")]),
        line(9, "kind"),
        "unknown kind \"multiple\"; use one of: single, true-false, scenario",
    );
}

#[test]
fn true_false_needs_true_then_false() {
    for choices in [
        "[\"False\", \"True\"]",
        "[\"Yes\", \"No\"]",
        "[\"True\", \"False\", \"Maybe\"]",
        "[\"true\", \"false\"]",
    ] {
        let src = with_change(10, &[("kind", "\"true-false\""), ("choices", choices)]);
        assert_error(&src, line(10, "choices"), "true-false");
    }
}

#[test]
fn all_or_none_of_the_above_is_rejected_in_any_case() {
    for bad in [
        "All of the above",
        "NONE OF THE ABOVE",
        "Maybe all of the above?",
    ] {
        let src = with_change(11, &[("choices", &format!("[\"A\", \"B\", \"{bad}\"]"))]);
        assert_error(&src, line(11, "choices"), "all/none of the above");
    }
}

#[test]
fn duplicate_choices_are_rejected() {
    let src = with_change(
        11,
        &[("choices", "[\"Tell someone\", \"Pay\", \"tell someone \"]")],
    );
    assert_error(&src, line(11, "choices"), "appears twice");
}

#[test]
fn more_than_thirty_percent_guidance_is_rejected() {
    // 42 of 140 is exactly 30% and passes; one more is too many.
    let src = with_change(4, &[("source", "\"guidance\"")]);
    assert_error(&src, 1, "43 of 140 questions cite \"guidance\"");
}

#[test]
fn fewer_than_thirty_questions_for_an_audience_is_rejected() {
    let mut qs = valid_questions();
    for i in [21, 17, 13, 9, 5, 1] {
        qs.remove(i); // teen questions, 134 left
    }
    assert_error(&qs.concat(), 1, "only 29 questions for audience \"teen\"");
}

#[test]
fn fewer_than_130_questions_in_all_are_rejected() {
    let mut qs = valid_questions();
    qs.drain(..11); // every audience keeps at least 32
    assert_error(
        &qs.concat(),
        1,
        "the bank has 129 questions; it needs at least 130",
    );
}

#[test]
fn a_question_without_feedback_names_its_line() {
    let mut qs = valid_questions();
    let feedback_line = qs[2]
        .lines()
        .find(|l| l.starts_with("feedback"))
        .unwrap()
        .to_string();
    qs[2] = qs[2].replace(&format!("{feedback_line}\n"), "");
    let e = error(&qs.concat());
    assert_eq!(e.line, 2 * LINES_PER_QUESTION + 2, "{e}");
    assert!(
        e.message.contains("question \"q-2\": feedback is missing"),
        "{e}"
    );
}

#[test]
fn feedback_needs_one_entry_per_choice() {
    assert_error(
        &with_change(3, &[("feedback", "[\"\", \"Not this one.\"]")]),
        line(3, "feedback"),
        "feedback has 2 entries for 3 choices",
    );
}

#[test]
fn every_wrong_choice_has_its_own_feedback() {
    let src = with_change(
        5,
        &[(
            "feedback",
            "[\"\", \"Keeping it secret leaves you alone with it.\", \" \"]",
        )],
    );
    assert_error(
        &src,
        line(5, "feedback"),
        "wrong choice 2 (\"Pay them\") has no feedback",
    );
}

#[test]
fn the_answer_has_no_feedback_of_its_own() {
    let src = with_change(
        6,
        &[("feedback", "[\"Yes!\", \"Not this.\", \"Nor this.\"]")],
    );
    assert_error(
        &src,
        line(6, "feedback"),
        "feedback for the answer (choice 0) must be \"\"",
    );
}

#[test]
fn a_bank_with_no_questions_is_rejected() {
    assert_error("", 1, "no questions");
    assert_error("# nothing yet\n", 1, "no questions");
}

#[test]
fn a_misspelt_table_name_is_not_an_empty_bank() {
    let src = valid_questions()
        .concat()
        .replacen("[[question]]", "[[questions]]", 1);
    assert_error(&src, 1, "questions");
}
