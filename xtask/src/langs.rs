//! The languages a build ships (`content/languages.toml`) and each one's
//! compiled content: its UI catalogue, report and quiz, checked against
//! English, with what is not yet translated counted.

use crate::build::asset_json;
use anyhow::{anyhow, bail, Context, Result};
use lantern_core::catalogue::{check_against, compile_ftl, Message};
use lantern_core::content::Report;
use lantern_core::lang::{Lang, Shipped, Status};
use lantern_core::quiz::bank::Bank;
use serde::Deserialize;
use std::fs;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    language: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    tag: String,
    name: String,
    status: String,
    #[serde(default)]
    complete: bool,
}

/// One language as `content/languages.toml` lists it.
#[derive(Debug, Clone)]
pub struct Language {
    pub shipped: Shipped,
    /// Every UI message is translated (the build fails otherwise).
    pub complete: bool,
}

impl Language {
    pub fn lang(&self) -> Lang {
        self.shipped.lang
    }
}

pub const MANIFEST: &str = "content/languages.toml";

/// The shipped languages, English first.
pub fn manifest(content: &Path) -> Result<Vec<Language>> {
    let text = fs::read_to_string(content.join("languages.toml"))
        .with_context(|| format!("reading {MANIFEST}"))?;
    let m: Manifest = toml::from_str(&text).map_err(|e| anyhow!("{MANIFEST}: {e}"))?;
    let mut out: Vec<Language> = Vec::new();
    for e in m.language {
        let lang = Lang::from_slug(&e.tag).ok_or_else(|| {
            anyhow!(
                "{MANIFEST}: unknown language tag {:?}; Lantern knows {}",
                e.tag,
                Lang::ALL.map(Lang::tag).join(", ")
            )
        })?;
        let status = Status::from_slug(&e.status)
            .ok_or_else(|| anyhow!("{MANIFEST}: {}: status is `draft` or `reviewed`", e.tag))?;
        if e.name.trim().is_empty() || e.name.contains(['|', ';']) {
            bail!(
                "{MANIFEST}: {}: give the language's name in itself, without | or ;",
                e.tag
            );
        }
        if out.iter().any(|l| l.lang() == lang) {
            bail!("{MANIFEST}: {} is listed twice", e.tag);
        }
        out.push(Language {
            shipped: Shipped {
                lang,
                name: e.name,
                status,
            },
            complete: e.complete,
        });
    }
    if out.first().map(Language::lang) != Some(Lang::En) {
        bail!("{MANIFEST}: English comes first: it is the source of every translation");
    }
    Ok(out)
}

/// What a language still lacks against English.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    pub tag: String,
    pub status: String,
    pub messages: usize,
    pub messages_missing: Vec<String>,
    pub questions: usize,
    pub questions_missing: Vec<String>,
    pub titles_missing: Vec<String>,
    /// Whether the language has its own `report.md` (else the body is English).
    pub own_report: bool,
}

/// The English UI messages of `content/en/ui.ftl`.
pub fn english_messages(content: &Path) -> Result<Vec<Message>> {
    ftl(content, Lang::En)?.ok_or_else(|| anyhow!("content/en/ui.ftl is missing"))
}

/// English's report and question bank, as the build reads them.
pub fn english(content: &Path) -> Result<(Report, Bank)> {
    let rel = "content/en/report.md";
    let src = fs::read_to_string(content.join("en").join("report.md"))
        .with_context(|| format!("reading {rel}"))?;
    let report = lantern_core::markdown::parse_report(rel, &src).map_err(|e| anyhow!("{e}"))?;
    // Questions may cite any part, chapter or section id.
    let ids: std::collections::HashSet<String> = report.heading_ids().map(str::to_string).collect();
    let quiz_rel = "content/en/quiz.toml";
    let quiz_src = fs::read_to_string(content.join("en").join("quiz.toml"))
        .with_context(|| format!("reading {quiz_rel}"))?;
    let bank = lantern_core::quiz::compile::parse_bank(quiz_rel, &quiz_src, &ids)
        .map_err(|e| anyhow!("{e}"))?;
    Ok((report, bank))
}

/// A language's question bank laid over English's, with the ids it lacks,
/// or `None` where it has no `quiz.toml`.
pub fn bank(content: &Path, lang: Lang, english: &Bank) -> Result<Option<(Bank, Vec<String>)>> {
    let tag = lang.tag();
    let path = content.join(tag).join("quiz.toml");
    if !path.exists() {
        return Ok(None);
    }
    let src = fs::read_to_string(&path)?;
    lantern_core::translate::translate_bank(&format!("content/{tag}/quiz.toml"), &src, english)
        .map(Some)
        .map_err(|e| anyhow!("{e}"))
}

/// A language's `ui.ftl`, compiled, or `None` where it has none.
pub fn ftl(content: &Path, lang: Lang) -> Result<Option<Vec<Message>>> {
    let rel = format!("content/{}/ui.ftl", lang.tag());
    let path = content.join(lang.tag()).join("ui.ftl");
    if !path.exists() {
        return Ok(None);
    }
    let src = fs::read_to_string(&path).with_context(|| format!("reading {rel}"))?;
    compile_ftl(&rel, &src, lang)
        .map(Some)
        .map_err(|errors| anyhow!("{}", errors.join("\n")))
}

/// Compiled assets by logical name (`ui.th`, …) and their bytes.
pub type Assets = Vec<(String, Vec<u8>)>;

/// What a language's static pages are written from: its report (titles and
/// trends laid over English where it has no text of its own) and its
/// messages, English where it lacks one, as the app shows them.
#[derive(Debug)]
pub struct PageSource {
    pub shipped: Shipped,
    pub report: Report,
    pub messages: Vec<Message>,
}

/// A translated language's assets: `ui.<tag>`, `report.<tag>`, `quiz.<tag>`.
pub fn compile_language(
    content: &Path,
    language: &Language,
    english: &[Message],
    report: &Report,
    bank: &Bank,
) -> Result<(Assets, Coverage, PageSource)> {
    let lang = language.lang();
    let tag = lang.tag();
    let dir = content.join(tag);
    let rel = |file: &str| format!("content/{tag}/{file}");
    let mine = ftl(content, lang)?.unwrap_or_default();
    let check = check_against(&rel("ui.ftl"), english, &mine);
    if !check.errors.is_empty() {
        bail!("{}", check.errors.join("\n"));
    }
    if language.complete && !check.missing.is_empty() {
        bail!(
            "{}: {} is marked complete in {MANIFEST} but lacks {} messages: {}",
            rel("ui.ftl"),
            tag,
            check.missing.len(),
            check.missing.join(", ")
        );
    }
    let catalogue = lantern_core::catalogue::catalogue(lang, english, &mine);

    let own_report = dir.join("report.md").exists();
    let (report, titles_missing) = if own_report {
        let src = fs::read_to_string(dir.join("report.md"))?;
        let r = lantern_core::markdown::parse_report(&rel("report.md"), &src)
            .map_err(|e| anyhow!("{e}"))?;
        (r, Vec::new())
    } else if dir.join("report.toml").exists() {
        let src = fs::read_to_string(dir.join("report.toml"))?;
        lantern_core::translate::translate_report(&rel("report.toml"), &src, report)
            .map_err(|e| anyhow!("{e}"))?
    } else {
        (report.clone(), vec!["every title".into()])
    };

    let (bank, questions_missing) = self::bank(content, lang, bank)?.unwrap_or_else(|| {
        (
            Bank::default(),
            bank.questions.iter().map(|q| q.id.clone()).collect(),
        )
    });
    let coverage = Coverage {
        tag: tag.to_string(),
        status: language.shipped.status.slug().to_string(),
        messages: english.len() - check.missing.len(),
        messages_missing: check.missing,
        questions: bank.questions.len(),
        questions_missing,
        titles_missing,
        own_report,
    };
    let assets = vec![
        (format!("ui.{tag}"), serde_json::to_vec(&catalogue)?),
        (format!("report.{tag}"), asset_json(&report, tag)?),
        (format!("quiz.{tag}"), asset_json(&bank, tag)?),
    ];
    let messages = (english.iter())
        .map(|en| mine.iter().find(|m| m.id == en.id).unwrap_or(en).clone())
        .collect();
    let source = PageSource {
        shipped: language.shipped.clone(),
        report,
        messages,
    };
    Ok((assets, coverage, source))
}

/// One line per language for the build's output and `cargo xtask i18n`.
pub fn coverage_line(c: &Coverage, english_messages: usize, english_questions: usize) -> String {
    format!(
        "{}: {} of {} messages, {} of {} questions, {} titles in English, report body {} ({})",
        c.tag,
        c.messages,
        english_messages,
        c.questions,
        english_questions,
        c.titles_missing.len(),
        if c.own_report {
            "translated"
        } else {
            "in English"
        },
        c.status
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir_with(files: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "lantern-langs-{}-{}",
            std::process::id(),
            files.len()
        ));
        let _ = fs::remove_dir_all(&dir);
        for (path, text) in files {
            let p = dir.join(path);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
        dir
    }

    const MANIFEST_TEXT: &str =
        "[[language]]\ntag = \"en\"\nname = \"English\"\nstatus = \"reviewed\"\n\n\
        [[language]]\ntag = \"th\"\nname = \"ไทย\"\nstatus = \"draft\"\ncomplete = COMPLETE\n";

    #[test]
    fn a_language_marked_complete_fails_on_a_missing_message_and_a_draft_one_counts_it() {
        for complete in [true, false] {
            let manifest_text = MANIFEST_TEXT.replace("COMPLETE", &complete.to_string());
            let dir = dir_with(&[
                ("languages.toml", &manifest_text),
                ("en/ui.ftl", "a = One\nb = Two { $n }\n"),
                ("th/ui.ftl", "a = หนึ่ง\n"),
            ]);
            let langs = manifest(&dir).unwrap();
            assert_eq!(langs[1].shipped.name, "ไทย");
            let english = english_messages(&dir).unwrap();
            let got = compile_language(
                &dir,
                &langs[1],
                &english,
                &Report::default(),
                &Bank::default(),
            );
            if complete {
                let e = got.unwrap_err().to_string();
                assert!(
                    e.contains("content/th/ui.ftl")
                        && e.contains("marked complete")
                        && e.contains("b"),
                    "{e}"
                );
            } else {
                let (_, c, source) = got.unwrap();
                // The pages read each message in the language, else in English.
                let words: Vec<_> = source.messages.iter().map(|m| m.pattern.as_str()).collect();
                assert_eq!(words, ["หนึ่ง", "Two { $n }"]);
                assert_eq!(c.messages_missing, vec!["b".to_string()]);
                assert_eq!(c.messages, 1);
            }
            let _ = fs::remove_dir_all(&dir);
        }
    }

    #[test]
    fn a_manifest_must_start_with_english_and_name_known_languages() {
        let dir = dir_with(&[(
            "languages.toml",
            "[[language]]\ntag = \"th\"\nname = \"ไทย\"\nstatus = \"draft\"\n",
        )]);
        assert!(manifest(&dir)
            .unwrap_err()
            .to_string()
            .contains("English comes first"));
        let dir = dir_with(&[
            ("languages.toml", "[[language]]\ntag = \"en\"\nname = \"English\"\nstatus = \"reviewed\"\n\n[[language]]\ntag = \"xx\"\nname = \"X\"\nstatus = \"draft\"\n"),
            ("x", ""),
        ]);
        assert!(manifest(&dir)
            .unwrap_err()
            .to_string()
            .contains("unknown language tag \"xx\""));
    }
}
