//! `content/<lang>/REVIEW.md`: for every translation, the 25 lines whose
//! mistranslation would do a child the most harm, each with its English,
//! its translation and a back-translation made without the English, so a
//! native reviewer starts with them.
//!
//! The test holds each file to the app: the same lines in the same order,
//! the English and the translation as they are now, and a back-translation
//! for each. A line changed since its back-translation fails until the
//! back-translation is made again.

use anyhow::{Context, Result};
use lantern_core::lang::Lang;
use lantern_core::quiz::bank::Bank;
use std::fs;
use std::path::Path;

/// `ui:<message id>` or `quiz:<question id>.<field>`, where a field is
/// `prompt`, `explanation`, `choice` (the right one) or `feedback.<n>`.
pub const LINES: [&str; 25] = [
    "ui:help-intro",
    "ui:help-step-stop",
    "ui:help-step-no-pay",
    "ui:help-step-evidence",
    "ui:help-step-block",
    "ui:help-step-tell",
    "ui:help-step-not-fault",
    "ui:help-block-body",
    "ui:help-helpline-body",
    "ui:quick-exit-hint",
    "ui:quick-exit-limits-body",
    "ui:fac-safe-intro",
    "ui:fac-safe-listen",
    "ui:fac-safe-believe",
    "ui:fac-safe-secret",
    "ui:fac-safe-refer",
    "ui:join-nickname-hint",
    "quiz:child-extortion-dont-pay.prompt",
    "quiz:child-extortion-dont-pay.choice",
    "quiz:child-extortion-dont-pay.explanation",
    "quiz:child-extortion-what-is-it.prompt",
    "quiz:child-extortion-what-is-it.feedback.0",
    "quiz:child-extortion-what-is-it.explanation",
    "quiz:teen-extortion-overwhelmed.choice",
    "quiz:teen-extortion-overwhelmed.explanation",
];

/// One entry of a REVIEW.md.
#[derive(Debug, Default, PartialEq)]
pub struct Entry {
    pub key: String,
    pub english: String,
    pub translation: String,
    pub back: String,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads the entries: each `## ` section's `` `key` `` line and its first
/// three bullets, `- **English:**`, `- **<language>:**` and
/// `- **Back-translation:**`.
pub fn parse(text: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut bullets = 0;
    for line in text.lines() {
        if line.starts_with("## ") {
            out.push(Entry::default());
            bullets = 0;
            continue;
        }
        let Some(entry) = out.last_mut() else {
            continue;
        };
        let line = line.trim();
        if line.starts_with('`') && line.ends_with('`') && line.len() > 2 && entry.key.is_empty() {
            entry.key = line[1..line.len() - 1].to_string();
        } else if let Some(rest) = line.strip_prefix("- **") {
            let Some((label, value)) = rest.split_once(":** ") else {
                continue;
            };
            let value = squash(value);
            match (bullets, label) {
                (0, "English") => entry.english = value,
                (1, _) => entry.translation = value,
                (2, "Back-translation") => entry.back = value,
                _ => {}
            }
            bullets += 1;
        }
    }
    out
}

/// One language's words, as the build reads them: its messages and its
/// bank (English's, for English).
struct Words {
    messages: Vec<lantern_core::catalogue::Message>,
    bank: Bank,
}

impl Words {
    fn read(content: &Path, lang: Lang, english: &Bank) -> Result<Words> {
        let tag = lang.tag();
        let messages = crate::langs::ftl(content, lang)?
            .with_context(|| format!("content/{tag}/ui.ftl is missing"))?;
        let bank = match lang {
            Lang::En => english.clone(),
            _ => {
                crate::langs::bank(content, lang, english)?
                    .with_context(|| format!("content/{tag}/quiz.toml is missing"))?
                    .0
            }
        };
        Ok(Words { messages, bank })
    }

    /// A line's text now, or `None` where the language lacks it.
    fn line(&self, key: &str) -> Option<String> {
        if let Some(id) = key.strip_prefix("ui:") {
            let m = self.messages.iter().find(|m| m.id == id)?;
            return Some(squash(&m.pattern));
        }
        let (id, field) = key.strip_prefix("quiz:")?.split_once('.')?;
        let q = self.bank.questions.iter().find(|q| q.id == id)?;
        let text = match field {
            "prompt" => &q.prompt,
            "explanation" => &q.explanation,
            "choice" => q.choices.get(usize::from(q.answer))?,
            f => q
                .feedback
                .get(f.strip_prefix("feedback.")?.parse::<usize>().ok()?)?,
        };
        Some(squash(text))
    }
}

/// English as every language's REVIEW.md is checked against: read once.
pub struct English {
    bank: Bank,
    words: Words,
}

impl English {
    pub fn read(content: &Path) -> Result<English> {
        let (_, bank) = crate::langs::english(content)?;
        let words = Words::read(content, Lang::En, &bank)?;
        Ok(English { bank, words })
    }
}

/// What is wrong with one language's REVIEW.md, line by line.
pub fn check(content: &Path, lang: Lang, english: &English) -> Result<Vec<String>> {
    let tag = lang.tag();
    let path = content.join(tag).join("REVIEW.md");
    let Ok(text) = fs::read_to_string(&path) else {
        return Ok(vec![format!(
            "content/{tag}/REVIEW.md is missing: list the {} lines of xtask/src/harm.rs with their English, translation and back-translation",
            LINES.len()
        )]);
    };
    let entries = parse(&text);
    let keys: Vec<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    if keys != LINES {
        return Ok(vec![format!(
            "content/{tag}/REVIEW.md lists {keys:?}, not the lines of xtask/src/harm.rs in order"
        )]);
    }
    let mine = Words::read(content, lang, &english.bank)?;
    let mut bad = Vec::new();
    let mut same_as_english = 0;
    for e in &entries {
        if english.words.line(&e.key).as_ref() != Some(&e.english) {
            bad.push(format!("content/{tag}/REVIEW.md, {}: the English has changed; make the translation and its back-translation again", e.key));
        }
        if mine.line(&e.key).as_ref() != Some(&e.translation) {
            bad.push(format!("content/{tag}/REVIEW.md, {}: the translation has changed since its back-translation; copy it here and back-translate it again, without the English", e.key));
        }
        if e.back.is_empty() {
            bad.push(format!(
                "content/{tag}/REVIEW.md, {}: no back-translation",
                e.key
            ));
        }
        same_as_english += usize::from(e.back == e.english);
    }
    // A back-translation made without the English reads differently from it
    // somewhere; all alike means the English was copied in.
    if same_as_english * 2 > LINES.len() {
        bad.push(format!("content/{tag}/REVIEW.md: {same_as_english} back-translations are the English word for word; they must be made from the translation alone"));
    }
    Ok(bad)
}

/// Every translation in `content/`, shipped or a draft.
pub fn check_all(content: &Path) -> Result<Vec<String>> {
    let english = English::read(content)?;
    let mut bad = Vec::new();
    for lang in crate::wordcheck::translations(content) {
        bad.extend(check(content, lang, &english)?);
    }
    Ok(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# Thai\n\nIntro, with a `code` span.\n\n## 1. Help\n\n`ui:help-intro`\n\n- **English:** If something\n- **Thai:** ถ้ามี\n- **Back-translation:** If there is\n- **Second translator's note:** none\n";

    #[test]
    fn an_entry_reads_as_its_key_english_translation_and_back_translation() {
        let e = parse(SAMPLE);
        assert_eq!(
            e,
            vec![Entry {
                key: "ui:help-intro".into(),
                english: "If something".into(),
                translation: "ถ้ามี".into(),
                back: "If there is".into(),
            }]
        );
    }

    #[test]
    fn a_changed_line_or_a_missing_file_is_caught() {
        let dir = std::env::temp_dir().join(format!("lantern-harm-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let real = crate::workspace_root().join("content");
        for tag in ["en", "th"] {
            fs::create_dir_all(dir.join(tag)).unwrap();
            for f in ["ui.ftl", "quiz.toml", "REVIEW.md", "report.md"] {
                if real.join(tag).join(f).exists() {
                    fs::copy(real.join(tag).join(f), dir.join(tag).join(f)).unwrap();
                }
            }
        }
        let english = English::read(&dir).unwrap();
        assert_eq!(
            check(&dir, Lang::Th, &english).unwrap(),
            Vec::<String>::new()
        );

        // A translator rewrites step 1; the review sheet still has the old one.
        let ftl = dir.join("th/ui.ftl");
        let text = fs::read_to_string(&ftl).unwrap();
        let at = text.find("\nhelp-step-stop = ").unwrap() + "\nhelp-step-stop = ".len();
        fs::write(&ftl, format!("{}หยุด {}", &text[..at], &text[at..])).unwrap();
        let bad = check(&dir, Lang::Th, &english).unwrap();
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].contains("ui:help-step-stop: the translation has changed"));

        fs::remove_file(dir.join("th/REVIEW.md")).unwrap();
        assert!(check(&dir, Lang::Th, &english).unwrap()[0].contains("REVIEW.md is missing"));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_translation_has_its_review_sheet_up_to_date() {
        let content = crate::workspace_root().join("content");
        let bad = check_all(&content).unwrap();
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }
}
