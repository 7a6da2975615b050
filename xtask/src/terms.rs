//! Each glossary's key terms, used the same way everywhere: wherever the
//! English of a message or a quiz line says one of them, its translation
//! says one of the forms the glossary allows for it. A child who learns
//! "block" on the help page meets the same word in the quiz.
//!
//! A glossary names its forms on one line per term, inflected forms or
//! stems separated by `|`:
//!
//! ```text
//! Check: block = บล็อก
//! Check: trusted adult = ผู้ใหญ่ที่ไว้ใจ | ผู้ใหญ่ที่ไว้วางใจ
//! ```
//!
//! In a form, `*` stands for a few words (at most 24 characters), for a
//! language that puts the one who trusts inside the term: `người lớn mà *
//! tin tưởng` (an adult * trusts).
//!
//! Where the English word means something else, or the language says it
//! naturally without the word, a line excuses that one place, with why:
//!
//! ```text
//! Check except: quiz.toml some-id feedback[1] — "block" here is a city block
//! ```

use anyhow::Result;
use lantern_core::lang::Lang;
use lantern_core::quiz::bank::Bank;
use std::path::Path;

/// The terms, and the English (lower case) that calls for each.
pub const TERMS: &[(&str, &[&str])] = &[
    ("sexual extortion", &["extortion"]),
    ("grooming", &["groom"]),
    ("trusted adult", &["trusted adult"]),
    ("block", &["block"]),
    (
        "report",
        &[
            "block and report",
            "block, report",
            "block or report",
            "report it",
            "report the account",
            "report them",
            "report him",
            "report her",
            "report this",
        ],
    ),
    ("quick exit", &["quick exit"]),
];

/// A glossary's `Check:` lines: term → its allowed forms.
pub fn forms(glossary: &str) -> Vec<(String, Vec<String>)> {
    glossary
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Check:"))
        .filter_map(|l| l.split_once('='))
        .map(|(term, forms)| {
            let forms = forms
                .split('|')
                .map(|f| f.trim().to_lowercase())
                .filter(|f| !f.is_empty())
                .collect();
            (term.trim().to_lowercase(), forms)
        })
        .collect()
}

/// Whether `text` says `form`, its `*` standing for at most 24 characters.
pub fn says(text: &str, form: &str) -> bool {
    let mut parts = form.split('*').map(str::trim);
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    text.match_indices(first).any(|(at, _)| {
        let mut from = at + first.len();
        rest.iter().all(|part| {
            let window: String = text[from..]
                .chars()
                .take(24 + part.chars().count())
                .collect();
            match window.find(part) {
                Some(i) => {
                    from += i + part.len();
                    true
                }
                None => false,
            }
        })
    })
}

/// The places a glossary excuses (`Check except: <place> — <why>`).
pub fn excused(glossary: &str) -> Vec<String> {
    glossary
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Check except:"))
        .filter_map(|l| l.split_once(" — "))
        .map(|(place, _why)| place.trim().to_string())
        .collect()
}

/// Pairs of (where, English, translation) to hold to the glossary.
pub type Lines = Vec<(String, String, String)>;

/// Every message, and every line of the question bank, with its English,
/// read as the build reads them.
pub fn lines(content: &Path, lang: Lang, english_bank: &Bank) -> Result<Lines> {
    let mut out = Vec::new();
    let english = crate::langs::english_messages(content)?;
    for m in crate::langs::ftl(content, lang)?.unwrap_or_default() {
        if let Some(en) = english.iter().find(|e| e.id == m.id) {
            out.push((
                format!("ui.ftl {}", m.id),
                crate::wordcheck::words(&en.pattern),
                crate::wordcheck::words(&m.pattern),
            ));
        }
    }
    let Some((bank, _)) = crate::langs::bank(content, lang, english_bank)? else {
        return Ok(out);
    };
    for q in &bank.questions {
        let Some(e) = english_bank.questions.iter().find(|e| e.id == q.id) else {
            continue;
        };
        let id = &q.id;
        for (field, a, b) in [
            ("prompt", &e.prompt, &q.prompt),
            ("explanation", &e.explanation, &q.explanation),
            ("discuss", &e.discuss, &q.discuss),
        ] {
            out.push((format!("quiz.toml {id} {field}"), a.clone(), b.clone()));
        }
        for (field, a, b) in [
            ("choices", &e.choices, &q.choices),
            ("feedback", &e.feedback, &q.feedback),
        ] {
            for (n, (a, b)) in a.iter().zip(b).enumerate() {
                out.push((format!("quiz.toml {id} {field}[{n}]"), a.clone(), b.clone()));
            }
        }
    }
    Ok(out)
}

/// Where a translation leaves a key term out, or the glossary has no
/// forms for it.
pub fn check(tag: &str, glossary: &str, lines: &[(String, String, String)]) -> Vec<String> {
    let forms = forms(glossary);
    let excused = excused(glossary);
    let mut bad = Vec::new();
    for (term, english) in TERMS {
        let Some((_, allowed)) = forms.iter().find(|(t, _)| t == term) else {
            bad.push(format!(
                "content/{tag}/glossary.md has no `Check: {term} = …` line"
            ));
            continue;
        };
        for (place, en, mine) in lines.iter().filter(|(p, ..)| !excused.contains(p)) {
            let en = en.to_lowercase();
            let mine = mine.to_lowercase();
            if english.iter().any(|e| en.contains(e)) && !allowed.iter().any(|f| says(&mine, f)) {
                bad.push(format!(
                    "content/{tag}/{place}: the English says \"{term}\", the translation none of {allowed:?}"
                ));
            }
        }
    }
    bad
}

/// The check for every translation in `content/`.
pub fn check_all(content: &Path) -> Result<Vec<String>> {
    let (_, english) = crate::langs::english(content)?;
    let mut bad = Vec::new();
    for lang in crate::wordcheck::translations(content) {
        let glossary = crate::wordcheck::glossary(content, lang);
        bad.extend(check(
            lang.tag(),
            &glossary,
            &lines(content, lang, &english)?,
        ));
    }
    Ok(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(en: &str, mine: &str) -> (String, String, String) {
        ("ui.ftl x".into(), en.into(), mine.into())
    }

    const GLOSSARY: &str = "| English | Thai |\n\nCheck: sexual extortion = แบล็กเมล\nCheck: grooming = ตีสนิท\nCheck: trusted adult = ผู้ใหญ่ที่ไว้ใจ | ผู้ใหญ่ที่ไว้วางใจ\nCheck: block = บล็อก\nCheck: report = รายงาน\nCheck: quick exit = ออกด่วน\n";

    #[test]
    fn a_term_said_with_any_of_its_forms_passes() {
        let lines = vec![
            line("Tell a trusted adult.", "บอกผู้ใหญ่ที่ไว้วางใจ"),
            line("Block and report them.", "บล็อกและรายงาน"),
            line("Nothing to hold here.", "ไม่มีอะไร"),
        ];
        assert_eq!(check("th", GLOSSARY, &lines), Vec::<String>::new());
    }

    #[test]
    fn a_term_said_another_way_is_caught() {
        let lines = vec![line("Block the account.", "ปิดกั้นบัญชี")];
        let bad = check("th", GLOSSARY, &lines);
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].contains("\"block\""), "{bad:?}");
    }

    #[test]
    fn a_place_the_glossary_excuses_with_a_reason_passes() {
        let lines = vec![line("Block the account.", "ปิดกั้นบัญชี")];
        let with = format!("{GLOSSARY}Check except: ui.ftl x — said as the app's own button\n");
        assert_eq!(check("th", &with, &lines), Vec::<String>::new());
        // No reason, no excuse.
        let without = format!("{GLOSSARY}Check except: ui.ftl x\n");
        assert_eq!(check("th", &without, &lines).len(), 1);
    }

    #[test]
    fn a_star_in_a_form_stands_for_a_few_words() {
        assert!(says(
            "nói với người lớn mà bạn ấy tin tưởng",
            "người lớn mà * tin tưởng"
        ));
        assert!(says(
            "người lớn mà Tuấn tin tưởng",
            "người lớn mà * tin tưởng"
        ));
        assert!(!says("người lớn mà bạn quen", "người lớn mà * tin tưởng"));
        let far = format!("người lớn mà {} tin tưởng", "x".repeat(30));
        assert!(!says(&far, "người lớn mà * tin tưởng"));
        assert!(says("block it", "block"));
    }

    #[test]
    fn a_glossary_without_a_terms_forms_is_caught() {
        let bad = check("th", "Check: block = บล็อก\n", &[]);
        assert_eq!(bad.len(), TERMS.len() - 1, "{bad:?}");
    }

    #[test]
    fn every_translation_says_its_key_terms_as_its_glossary_does() {
        let content = crate::workspace_root().join("content");
        let bad = check_all(&content).unwrap();
        assert!(bad.is_empty(), "{} lines:\n{}", bad.len(), bad.join("\n"));
    }
}
