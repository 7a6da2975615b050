//! The help a child reads when something is wrong must be the easiest text
//! in the app. The build measures each paragraph of it in the English
//! catalogue with the Flesch–Kincaid grade level, the most widely used
//! measure for English and the one most readability guidance quotes, and
//! stops when one reads above grade 6.
//!
//! Syllables are counted by a rule of thumb (groups of vowels, a silent
//! final "e"), as every implementation of the measure does; it is a guide
//! for the writer, not a judge of meaning.

use anyhow::{bail, Context, Result};
use lantern_core::catalogue::compile_ftl;
use lantern_core::lang::Lang;
use std::path::Path;

/// The highest grade a paragraph of help may read at.
pub const MAX_GRADE: f64 = 6.0;

/// The messages a child or a facilitator reads when help is needed: the
/// Help page, the quick-exit explanation and the quiz's safeguarding note.
pub const HELP_MESSAGES: &[&str] = &[
    "help-intro",
    "help-step-stop",
    "help-step-no-pay",
    "help-step-evidence",
    "help-step-block",
    "help-step-tell",
    "help-step-not-fault",
    "help-block-body",
    "help-helpline-body",
    "contacts-intro",
    "quick-exit-hint",
    "quick-exit-limits-body",
    "fac-safe-intro",
    "fac-safe-listen",
    "fac-safe-believe",
    "fac-safe-secret",
    "fac-safe-refer",
    "fac-safe-help",
];

fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    // A final "e" is silent ("make"), but not in "-le" after a consonant ("table").
    let n = w.len();
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) {
        let table_like = w[n - 2] == 'l' && !vowel(w[n - 3]);
        if !table_like {
            groups -= 1;
        }
    }
    groups.max(1)
}

/// The Flesch–Kincaid grade level of a text:
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
pub fn grade(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect();
    if words.is_empty() {
        return 0.0;
    }
    let sentences = text
        .split(['.', '!', '?', ':', ';'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count()
        .max(1);
    let syl: usize = words
        .iter()
        .map(|w| {
            // A number reads as one word a child knows.
            if w.chars().any(|c| c.is_ascii_digit()) {
                1
            } else {
                syllables(w)
            }
        })
        .sum();
    0.39 * words.len() as f64 / sentences as f64 + 11.8 * syl as f64 / words.len() as f64 - 15.59
}

/// The text of message `id` in a catalogue's source (Fluent).
fn message(catalogue: &str, id: &str) -> Option<String> {
    let messages = compile_ftl("ui.ftl", catalogue, Lang::En).ok()?;
    messages.into_iter().find(|m| m.id == id).map(|m| m.pattern)
}

/// Every help message over the limit, with its grade, in the catalogue at `path`.
pub fn check(path: &Path) -> Result<Vec<(String, f64)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut over = Vec::new();
    for name in HELP_MESSAGES {
        let Some(msg) = message(&text, name) else {
            bail!("{}: no message `{name}` to measure", path.display());
        };
        let g = grade(&msg);
        if g > MAX_GRADE {
            over.push((name.to_string(), g));
        }
    }
    Ok(over)
}

/// Stops the build when help reads above grade 6.
pub fn enforce(root: &Path) -> Result<()> {
    let path = root.join("content/en/ui.ftl");
    let over = check(&path)?;
    if !over.is_empty() {
        let list: Vec<String> = over
            .iter()
            .map(|(n, g)| format!("{n} (grade {g:.1})"))
            .collect();
        bail!(
            "{}: help must read at grade {MAX_GRADE} or below (Flesch–Kincaid): {}",
            path.display(),
            list.join(", ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_usual_rule_of_thumb() {
        for (w, n) in [
            ("cat", 1),
            ("make", 1),
            ("table", 2),
            ("happy", 2),
            ("trusted", 2),
            ("evidence", 3),
            ("Telecommunication", 7),
            ("screenshots", 2),
        ] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }

    #[test]
    fn short_plain_sentences_read_easier_than_long_latinate_ones() {
        let plain = grade("Stop replying. Tell an adult you trust. It is not your fault.");
        let hard = grade("The International Telecommunication Union recommends a harmonised number for child helplines, although implementation varies considerably.");
        assert!(plain < 3.0, "{plain}");
        assert!(hard > 12.0, "{hard}");
    }

    #[test]
    fn every_help_message_is_found_and_reads_at_grade_six_or_below() {
        let over = check(&crate::workspace_root().join("content/en/ui.ftl")).unwrap();
        assert!(over.is_empty(), "{over:?}");
    }

    #[test]
    fn a_message_is_read_from_the_catalogue_source() {
        let src = "# x\nhelp-intro = Hello there.\nother = x\n";
        assert_eq!(message(src, "help-intro").as_deref(), Some("Hello there."));
        assert_eq!(message(src, "missing"), None);
    }
}
