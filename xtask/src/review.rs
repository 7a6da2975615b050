//! `cargo xtask i18n`: each language's coverage (messages, quiz items,
//! titles, status), and a printable side-by-side review sheet per language
//! (English | translation, with a box to tick for each line) for the native
//! speaker who reviews it: `target/i18n/review-<lang>.html`.

use crate::build::{compile_content, Content};
use crate::{langs, step};
use anyhow::{Context, Result};
use lantern_core::catalogue::compile_ftl;
use lantern_core::content::{Report, Span};
use lantern_core::lang::Lang;
use lantern_core::quiz::bank::Bank;
use std::fmt::Write;
use std::fs;
use std::path::Path;

pub fn run(root: &Path) -> Result<()> {
    let content_dir = root.join("content");
    let content = compile_content(&content_dir)?;
    let out = root.join("target/i18n");
    fs::create_dir_all(&out)?;
    println!(
        "en: {} messages, {} questions (the source)",
        content.english_messages, content.english_questions
    );
    for c in &content.coverage {
        println!(
            "{}",
            langs::coverage_line(c, content.english_messages, content.english_questions)
        );
        if !c.messages_missing.is_empty() {
            println!(
                "  messages still in English: {}",
                c.messages_missing.join(", ")
            );
        }
        if !c.questions_missing.is_empty() {
            println!(
                "  questions left out of its quiz: {}",
                c.questions_missing.join(", ")
            );
        }
        let lang = Lang::from_slug(&c.tag).context("a shipped language")?;
        let sheet = sheet(&content_dir, &content, lang)?;
        let path = out.join(format!("review-{}.html", c.tag));
        fs::write(&path, sheet)?;
        step(&format!("review sheet: {}", path.display()));
    }
    Ok(())
}

fn asset<T: serde::de::DeserializeOwned>(content: &Content, name: &str) -> Result<T> {
    let bytes = &content
        .assets
        .iter()
        .find(|(n, _)| n == name)
        .with_context(|| format!("no asset {name}"))?
        .1;
    Ok(serde_json::from_slice(bytes)?)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn spans(s: &[Span]) -> String {
    s.iter()
        .map(|s| match s {
            Span::Text(t) | Span::Strong(t) | Span::Em(t) => t.as_str(),
        })
        .collect()
}

/// The sheet: one row per line to check.
fn sheet(content_dir: &Path, content: &Content, lang: Lang) -> Result<String> {
    let tag = lang.tag();
    let name = content
        .languages
        .iter()
        .find(|l| l.lang() == lang)
        .map_or(tag.to_string(), |l| l.shipped.name.clone());
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let en_src = fs::read_to_string(content_dir.join("en/ui.ftl"))?;
    let en = compile_ftl("content/en/ui.ftl", &en_src, Lang::En)
        .map_err(|e| anyhow::anyhow!("{}", e.join("\n")))?;
    let tr_src = fs::read_to_string(content_dir.join(tag).join("ui.ftl")).unwrap_or_default();
    let tr = compile_ftl("ui.ftl", &tr_src, lang).unwrap_or_default();
    for m in &en {
        let t = tr
            .iter()
            .find(|x| x.id == m.id)
            .map_or("", |x| x.pattern.as_str());
        rows.push((format!("ui: {}", m.id), m.pattern.clone(), t.to_string()));
    }
    let (en_report, tr_report): (Report, Report) = (
        asset(content, "report.en")?,
        asset(content, &format!("report.{tag}"))?,
    );
    let titles = |r: &Report| -> Vec<(String, String)> {
        r.parts
            .iter()
            .map(|p| (p.id.clone(), p.title.clone()))
            .chain(r.chapters.iter().map(|c| (c.id.clone(), c.title.clone())))
            .chain(r.sections.iter().map(|s| (s.id.clone(), s.title.clone())))
            .collect()
    };
    let mut seen = std::collections::HashSet::new();
    for ((id, e), (_, t)) in titles(&en_report).into_iter().zip(titles(&tr_report)) {
        if seen.insert(id.clone()) {
            rows.push((format!("title: {id}"), e, t));
        }
    }
    for ((_, e), (_, t)) in en_report.trends().zip(tr_report.trends()) {
        rows.push((format!("trend {}", e.n), e.title.clone(), t.title.clone()));
        rows.push((
            format!("trend {} text", e.n),
            spans(&e.text),
            spans(&t.text),
        ));
    }
    let (en_bank, tr_bank): (Bank, Bank) = (
        asset(content, "quiz.en")?,
        asset(content, &format!("quiz.{tag}"))?,
    );
    for q in &en_bank.questions {
        let t = tr_bank.get(&q.id);
        let field = |f: &dyn Fn(&lantern_core::quiz::bank::Question) -> String| {
            t.map(f).unwrap_or_default()
        };
        rows.push((
            format!("quiz {}: question", q.id),
            q.prompt.clone(),
            field(&|x| x.prompt.clone()),
        ));
        for (i, c) in q.choices.iter().enumerate() {
            let right = if i == usize::from(q.answer) {
                " (the answer)"
            } else {
                ""
            };
            rows.push((
                format!("quiz {}: choice {}{right}", q.id, i + 1),
                c.clone(),
                field(&|x| x.choices.get(i).cloned().unwrap_or_default()),
            ));
        }
        for (i, f) in q.feedback.iter().enumerate().filter(|(_, f)| !f.is_empty()) {
            rows.push((
                format!("quiz {}: why not choice {}", q.id, i + 1),
                f.clone(),
                field(&|x| x.feedback.get(i).cloned().unwrap_or_default()),
            ));
        }
        rows.push((
            format!("quiz {}: explanation", q.id),
            q.explanation.clone(),
            field(&|x| x.explanation.clone()),
        ));
        rows.push((
            format!("quiz {}: discussion", q.id),
            q.discuss.clone(),
            field(&|x| x.discuss.clone()),
        ));
    }
    let mut html = String::new();
    write!(
        html,
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Lantern: review of {n}</title>\
<style>body{{font:14px/1.4 system-ui,sans-serif;margin:1.5cm}}table{{border-collapse:collapse;width:100%}}\
td,th{{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}}td.id{{font:11px monospace;width:14%;word-break:break-all}}\
td.ok{{width:5em;text-align:center}}tr{{break-inside:avoid}}.missing{{background:#fee}}@page{{margin:1.5cm}}</style>\
<h1>Lantern in {n} ({tag}): review sheet</h1>\
<p>For a native speaker. Read each line against the English. The translation should say the same thing, plainly, \
for a 12-year-old reader; the safety advice must say exactly what the English says. Tick each line you have checked \
and write any change beside it. Words in <code>{{ $name }}</code> are filled in by the app: keep them. \
A pink row is not translated yet. {rows} lines.</p>\
<table><thead><tr><th>what</th><th>English</th><th>{n}</th><th>checked</th></tr></thead><tbody>",
        n = esc(&name),
        rows = rows.len()
    )?;
    for (what, e, t) in &rows {
        let class = if t.is_empty() {
            " class=\"missing\""
        } else {
            ""
        };
        write!(
            html,
            "<tr{class}><td class=\"id\">{}</td><td>{}</td><td lang=\"{tag}\">{}</td><td class=\"ok\">☐</td></tr>",
            esc(what),
            esc(e),
            esc(t)
        )?;
    }
    html.push_str("</tbody></table></html>\n");
    Ok(html)
}
