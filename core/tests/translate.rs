//! A language's quiz and titles laid over English: what is translated is
//! checked against English, with its line; what is not is left out and counted.
#![cfg(feature = "compile")]

use lantern_core::content::{Report, Span};
use lantern_core::markdown::parse_report;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::compile::parse_bank;
use lantern_core::translate::{translate_bank, translate_report};
use std::collections::HashSet;

fn english() -> (Report, Bank) {
    let report = parse_report("report.md", include_str!("../../content/en/report.md")).unwrap();
    let ids: HashSet<String> = report.heading_ids().map(str::to_string).collect();
    let bank = parse_bank(
        "quiz.toml",
        include_str!("../../content/en/quiz.toml"),
        &ids,
    )
    .unwrap();
    (report, bank)
}

/// One translated question for the English question `id`, with its words
/// marked, `answer` and `feedback` as English has them unless changed.
fn question(bank: &Bank, id: &str, edit: impl Fn(&mut toml_like::Q)) -> String {
    let en = bank.get(id).unwrap();
    let mut q = toml_like::Q {
        id: id.into(),
        answer: en.answer.into(),
        prompt: format!("[tr] {}", en.prompt),
        choices: en.choices.iter().map(|c| format!("[tr] {c}")).collect(),
        feedback: en
            .feedback
            .iter()
            .map(|f| {
                if f.is_empty() {
                    String::new()
                } else {
                    format!("[tr] {f}")
                }
            })
            .collect(),
        explanation: "[tr] why".into(),
        discuss: "[tr] talk".into(),
    };
    edit(&mut q);
    q.to_toml()
}

mod toml_like {
    pub struct Q {
        pub id: String,
        pub answer: i64,
        pub prompt: String,
        pub choices: Vec<String>,
        pub feedback: Vec<String>,
        pub explanation: String,
        pub discuss: String,
    }

    fn list(v: &[String]) -> String {
        let items: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
        format!("[{}]", items.join(", "))
    }

    impl Q {
        pub fn to_toml(&self) -> String {
            format!(
                "[[question]]\nid = {:?}\nanswer = {}\nprompt = {:?}\nchoices = {}\nfeedback = {}\nexplanation = {:?}\ndiscuss = {:?}\n\n",
                self.id,
                self.answer,
                self.prompt,
                list(&self.choices),
                list(&self.feedback),
                self.explanation,
                self.discuss
            )
        }
    }
}

#[test]
fn a_translated_question_keeps_englishs_answer_topic_and_source_and_the_rest_is_counted() {
    let (_, bank) = english();
    let first = &bank.questions[0];
    let src = question(&bank, &first.id, |_| {});
    let (tr, missing) = translate_bank("content/th/quiz.toml", &src, &bank).unwrap();
    assert_eq!(tr.questions.len(), 1);
    let q = &tr.questions[0];
    assert_eq!(
        (q.answer, q.topic, q.audience, q.kind),
        (first.answer, first.topic, first.audience, first.kind)
    );
    assert_eq!(q.source, first.source);
    assert!(q.prompt.starts_with("[tr] "));
    // Never half in English: the others are left out, and named.
    assert_eq!(missing.len(), bank.questions.len() - 1);
    assert!(!missing.contains(&first.id));
}

#[test]
fn a_different_answer_or_number_of_choices_stops_the_build_with_its_line() {
    let (_, bank) = english();
    let id = bank.questions[0].id.clone();
    let other = (bank.questions[0].answer as i64 + 1) % bank.questions[0].choices.len() as i64;
    let src = question(&bank, &id, |q| q.answer = other);
    let e = translate_bank("content/th/quiz.toml", &src, &bank).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("content/th/quiz.toml", 3));
    assert!(e.message.contains("differs from English"), "{e}");

    let src = question(&bank, &id, |q| {
        q.choices.pop();
        q.feedback.pop();
    });
    let e = translate_bank("content/th/quiz.toml", &src, &bank).unwrap_err();
    assert_eq!(e.line, 5, "{e}");
    assert!(e.message.contains("choices, English has"), "{e}");
}

#[test]
fn a_wrong_choice_needs_feedback_wherever_english_has_it() {
    let (_, bank) = english();
    let en = &bank.questions[0];
    let wrong = (0..en.choices.len())
        .find(|i| *i != usize::from(en.answer))
        .unwrap();
    let src = question(&bank, &en.id, |q| q.feedback[wrong] = String::new());
    let e = translate_bank("content/th/quiz.toml", &src, &bank).unwrap_err();
    assert_eq!(e.line, 6, "{e}");
    assert!(
        e.message.contains(&format!("feedback {wrong} is missing")),
        "{e}"
    );
    let right = usize::from(en.answer);
    let src = question(&bank, &en.id, |q| q.feedback[right] = "[tr] extra".into());
    let e = translate_bank("content/th/quiz.toml", &src, &bank).unwrap_err();
    assert!(e.message.contains("must be \"\""), "{e}");
}

#[test]
fn an_unknown_id_a_duplicate_or_an_empty_field_is_an_error_with_its_line() {
    let (_, bank) = english();
    let id = bank.questions[0].id.clone();
    let src = question(&bank, &id, |q| q.id = "no-such-question".into());
    let e = translate_bank("x.toml", &src, &bank).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(
        e.message
            .contains("no question \"no-such-question\" in English"),
        "{e}"
    );

    let twice = question(&bank, &id, |_| {}) + &question(&bank, &id, |_| {});
    let e = translate_bank("x.toml", &twice, &bank).unwrap_err();
    assert_eq!(e.line, 11, "{e}");

    let src = question(&bank, &id, |q| q.discuss = " ".into());
    let e = translate_bank("x.toml", &src, &bank).unwrap_err();
    assert_eq!(e.line, 8, "{e}");

    let e = translate_bank("x.toml", "[[question]]\nid = \"a\"\nanswer = ", &bank).unwrap_err();
    assert_eq!(e.line, 3, "{e}");
}

#[test]
fn the_titles_and_trends_are_laid_over_english_and_the_body_stays_english() {
    let (report, _) = english();
    let src =
        "[titles]\nintroduction = \"บทนำ\"\n\n[[trend]]\ntitle = \"หนึ่ง\"\ntext = \"ข้อความ\"\n";
    let (tr, missing) = translate_report("content/th/report.toml", src, &report).unwrap();
    let intro = tr
        .sections
        .iter()
        .find(|s| s.id == "introduction")
        .map(|s| s.title.as_str());
    assert_eq!(intro, Some("บทนำ"));
    let (_, first) = tr.trends().next().unwrap();
    assert_eq!(first.title, "หนึ่ง");
    assert_eq!(first.text, vec![Span::Text("ข้อความ".into())]);
    // The second trend, every other title: still English, and counted.
    let (_, second) = tr.trends().nth(1).unwrap();
    assert_eq!(second.title, report.trends().nth(1).unwrap().1.title);
    assert!(missing.contains(&"trend 2".to_string()));
    assert!(missing.contains(&"conclusion".to_string()));
    assert_eq!(tr.meta.lang, "en");
    assert_eq!(tr.sections.len(), report.sections.len());
}

#[test]
fn a_countrys_own_name_shows_and_the_report_is_still_searched_by_its_english_one() {
    let (report, _) = english();
    let src = "[countries]\ncambodia = \"กัมพูชา\"\nfiji = \"Fiji\"\n";
    let (tr, missing) = translate_report("content/th/report.toml", src, &report).unwrap();
    let cambodia = tr.country("cambodia").unwrap();
    assert_eq!(cambodia.shown(), "กัมพูชา");
    assert_eq!(cambodia.name, "Cambodia");
    assert_eq!(
        tr.sections_naming(&cambodia.name),
        report.sections_naming("Cambodia")
    );
    // The same as English is kept as English, not stored twice.
    let fiji = tr.country("fiji").unwrap();
    assert_eq!(fiji.shown(), "Fiji");
    assert_eq!(fiji.local, "");
    assert!(missing.contains(&"country japan".to_string()));
    assert!(!missing.contains(&"country fiji".to_string()));
    let e = translate_report("x.toml", "[countries]\natlantis = \"x\"\n", &report).unwrap_err();
    assert_eq!(e.line, 2, "{e}");
    assert!(e.message.contains("no country \"atlantis\""), "{e}");
    let e = translate_report("x.toml", "[countries]\nfiji = \"  \"\n", &report).unwrap_err();
    assert_eq!(e.line, 2, "{e}");
    assert!(e.message.contains("the name of \"fiji\" is empty"), "{e}");
}

#[test]
fn an_unknown_heading_or_too_many_trends_is_an_error_with_its_line() {
    let (report, _) = english();
    let e = translate_report(
        "x.toml",
        "[titles]\nintroduction = \"a\"\nnope = \"b\"\n",
        &report,
    )
    .unwrap_err();
    assert_eq!(e.line, 3, "{e}");
    assert!(e.message.contains("no heading \"nope\""), "{e}");
    let n = report.trends().count();
    let many: String = (0..=n)
        .map(|i| format!("[[trend]]\ntitle = \"t{i}\"\ntext = \"x\"\n"))
        .collect();
    let e = translate_report("x.toml", &many, &report).unwrap_err();
    assert_eq!(e.line, 3 * n + 1, "{e}");
}

#[test]
fn every_complete_translation_covers_every_question_title_and_country() {
    let (report, bank) = english();
    // The languages as the build lists them, so a new one is held here too.
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let read = |rel: &str| std::fs::read_to_string(content.join(rel)).unwrap();
    let manifest: toml::Table = toml::from_str(&read("languages.toml")).unwrap();
    let complete: Vec<String> = manifest["language"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l.get("complete").and_then(|c| c.as_bool()) == Some(true))
        .map(|l| l["tag"].as_str().unwrap().to_string())
        .filter(|tag| tag != "en")
        .collect();
    assert!(complete.len() >= 10, "{complete:?}");
    for lang in &complete {
        let rel = format!("{lang}/quiz.toml");
        let (tr, missing) = translate_bank(&format!("content/{rel}"), &read(&rel), &bank).unwrap();
        assert!(missing.is_empty(), "{lang}: {missing:?}");
        assert_eq!(tr.questions.len(), bank.questions.len());
        let rel = format!("{lang}/report.toml");
        let (_, missing) =
            translate_report(&format!("content/{rel}"), &read(&rel), &report).unwrap();
        assert!(missing.is_empty(), "{lang}: {missing:?}");
    }
}
