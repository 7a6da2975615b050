//! What a tired translator misses, held for every language with a catalogue
//! in `content/`, shipped or still a draft: a message left in English, a
//! message with none of the language's own script, and a line far longer
//! than its English (a screen that overflows in one language only).
//!
//! A message may stay as English writes it where the language's glossary
//! says so, on a line `Kept in English: id, id, …`: a name, a citation, a
//! loanword the language really uses.

use anyhow::Result;
use lantern_core::catalogue::Message;
use lantern_core::lang::Lang;
use std::fs;
use std::path::Path;

/// Kept in every language: the app's name, the report's citation and the
/// unit of a size.
const KEPT_EVERYWHERE: &[&str] = &["app-name", "fac-citation", "size-kb"];

/// A translation may run this many times its English (plus a few letters
/// for short labels) before a phone's screen would feel it.
pub const MAX_RATIO: f64 = 2.5;
const SLACK: usize = 10;

/// The words a reader sees: placeholders, selectors and variant keys out.
pub fn words(pattern: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let inner = &rest[open + 1..];
        match inner.find(['}', '{']) {
            // `{ $n -> [one] … *[other] … }`: the selector goes, the variants stay.
            Some(end) if inner[..end].contains("->") => {
                rest = &inner[inner.find("->").map_or(0, |a| a + 2)..];
            }
            Some(end) => rest = &inner[end + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    let mut cleaned = String::new();
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        // Variant keys `[one]`, `*[other]`, and a selection's closing brace.
        if c == '[' {
            for d in chars.by_ref() {
                if d == ']' {
                    break;
                }
            }
            continue;
        }
        if c != '*' && c != '}' {
            cleaned.push(c);
        }
    }
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a character is of the language's own script, for languages not
/// written in Latin letters.
pub fn own_script(lang: Lang) -> Option<fn(char) -> bool> {
    Some(match lang {
        Lang::Th => |c| ('\u{0E00}'..='\u{0E7F}').contains(&c),
        Lang::Lo => |c| ('\u{0E80}'..='\u{0EFF}').contains(&c),
        Lang::Km => |c| ('\u{1780}'..='\u{17FF}').contains(&c),
        Lang::Ne => |c| ('\u{0900}'..='\u{097F}').contains(&c),
        Lang::Mn => |c| ('\u{0400}'..='\u{04FF}').contains(&c),
        Lang::ZhHant => {
            |c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
        }
        _ => return None,
    })
}

/// The ids a glossary keeps in English.
pub fn kept(glossary: &str) -> Vec<String> {
    glossary
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Kept in English:"))
        .flat_map(|ids| ids.split(','))
        .map(|id| id.trim().trim_matches('`').to_string())
        .filter(|id| !id.is_empty())
        .collect()
}

/// Every problem in one language's messages, as `content/<tag>/ui.ftl:line:
/// id: why`.
pub fn check(lang: Lang, english: &[Message], mine: &[Message], kept: &[String]) -> Vec<String> {
    let rel = format!("content/{}/ui.ftl", lang.tag());
    let script = own_script(lang);
    let mut bad = Vec::new();
    for m in mine {
        let Some(en) = english.iter().find(|e| e.id == m.id) else {
            continue;
        };
        let (en_words, my_words) = (words(&en.pattern), words(&m.pattern));
        let has_letters = my_words.chars().any(char::is_alphabetic);
        let allowed = KEPT_EVERYWHERE.contains(&m.id.as_str()) || kept.contains(&m.id);
        let at = |why: String| format!("{rel}:{}: {}: {why}", m.line, m.id);
        if !allowed && has_letters && my_words == en_words {
            bad.push(at(
                "left in English (or keep it on the glossary's \"Kept in English:\" line)".into(),
            ));
        } else if let Some(own) = script {
            if !allowed && has_letters && !my_words.chars().any(own) {
                bad.push(at(format!(
                    "has no letter of the language's script: {my_words:.60}"
                )));
            }
        }
        let (n_en, n_my) = (en_words.chars().count(), my_words.chars().count());
        if n_my as f64 > MAX_RATIO * (n_en + SLACK) as f64 {
            bad.push(at(format!(
                "{n_my} letters against English's {n_en}: far longer than its English"
            )));
        }
    }
    bad
}

/// Every language with a catalogue in `content/`, shipped or still a
/// draft, but English: what the translation checks hold.
pub fn translations(content: &Path) -> Vec<Lang> {
    (Lang::ALL.into_iter())
        .filter(|l| *l != Lang::En && content.join(l.tag()).join("ui.ftl").exists())
        .collect()
}

/// A language's glossary, empty where it has none.
pub fn glossary(content: &Path, lang: Lang) -> String {
    fs::read_to_string(content.join(lang.tag()).join("glossary.md")).unwrap_or_default()
}

/// The check for every language with a catalogue in `content/`.
pub fn check_all(content: &Path) -> Result<Vec<String>> {
    let english = crate::langs::english_messages(content)?;
    let mut bad = Vec::new();
    for lang in translations(content) {
        let mine = crate::langs::ftl(content, lang)?.unwrap_or_default();
        bad.extend(check(
            lang,
            &english,
            &mine,
            &kept(&glossary(content, lang)),
        ));
    }
    Ok(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(id: &str, pattern: &str) -> Message {
        Message {
            id: id.into(),
            pattern: pattern.into(),
            line: 1,
        }
    }

    #[test]
    fn the_words_leave_placeholders_and_selectors_out() {
        assert_eq!(words("Question { $number } of { $total }"), "Question of");
        assert_eq!(
            words("{ $n ->\n    [one] 1 point\n   *[other] { $n } points\n}"),
            "1 point points"
        );
    }

    #[test]
    fn a_message_left_in_english_is_caught_unless_the_glossary_keeps_it() {
        let en = [msg("nav-home", "Home"), msg("size-kb", "{ $n } KB")];
        // The unit is kept everywhere; the word is not, unless the glossary says.
        let fil = [msg("nav-home", "Home"), msg("size-kb", "{ $n } KB")];
        let bad = check(Lang::Fil, &en, &fil, &[]);
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].contains("nav-home: left in English"), "{bad:?}");
        assert!(check(Lang::Fil, &en, &fil, &["nav-home".into()]).is_empty());
    }

    #[test]
    fn a_message_without_the_languages_script_is_caught() {
        let en = [msg("quiz-title", "Online safety quiz")];
        let lao_in_thai = [msg("quiz-title", "ແບບທົດສອບ")];
        let bad = check(Lang::Th, &en, &lao_in_thai, &[]);
        assert!(
            bad[0].contains("no letter of the language's script"),
            "{bad:?}"
        );
        let thai = [msg("quiz-title", "แบบทดสอบความปลอดภัยออนไลน์")];
        assert!(check(Lang::Th, &en, &thai, &[]).is_empty());
    }

    #[test]
    fn a_line_far_longer_than_its_english_is_caught() {
        let en = [msg("ok", "OK")];
        let long = [msg("ok", &"ก".repeat(40))];
        assert!(check(Lang::Th, &en, &long, &[])[0].contains("far longer"));
    }

    #[test]
    fn every_catalogue_in_content_reads_in_its_own_language() {
        let content = crate::workspace_root().join("content");
        let bad = check_all(&content).unwrap();
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }
}
