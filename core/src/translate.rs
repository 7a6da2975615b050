//! A language's quiz and report titles, laid over English at build time
//! (feature `compile`): `content/<lang>/quiz.toml` carries the same question
//! ids with the words translated, `content/<lang>/report.toml` the titles
//! and the trends "at a glance". What is not yet translated is left out of
//! the quiz (never shown half in English) and counted.

use crate::content::{Block, Report, Span};
use crate::markdown::ContentError;
use crate::quiz::bank::{Bank, Question};
use crate::quiz::compile::{error_at, first_empty, parse_toml};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    #[serde(default)]
    question: Vec<Spanned<Translated>>,
}

/// Only the words: topic, audience, kind and source come from English.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Translated {
    id: Spanned<String>,
    answer: Spanned<i64>,
    prompt: Spanned<String>,
    choices: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    feedback: Option<Spanned<Vec<Spanned<String>>>>,
    explanation: Spanned<String>,
    discuss: Spanned<String>,
}

/// The translated bank, in English's order, and the ids not yet translated.
pub fn translate_bank(
    file: &str,
    src: &str,
    english: &Bank,
) -> Result<(Bank, Vec<String>), ContentError> {
    let err = |offset: usize, message: String| error_at(file, src, offset, message);
    let raw: QuizFile = parse_toml(file, src)?;
    let mut done: BTreeMap<String, Question> = BTreeMap::new();
    for q in raw.question {
        let q = q.into_inner();
        let id = q.id.get_ref().clone();
        let at_id = q.id.span().start;
        let Some(en) = english.get(&id) else {
            return Err(err(at_id, format!("no question \"{id}\" in English")));
        };
        if done.contains_key(&id) {
            return Err(err(at_id, format!("question \"{id}\" is translated twice")));
        }
        if *q.answer.get_ref() != i64::from(en.answer) {
            return Err(err(
                q.answer.span().start,
                format!(
                    "question \"{id}\": answer {} differs from English ({})",
                    q.answer.get_ref(),
                    en.answer
                ),
            ));
        }
        let choices = q.choices.get_ref();
        if choices.len() != en.choices.len() {
            return Err(err(
                q.choices.span().start,
                format!(
                    "question \"{id}\": {} choices, English has {}",
                    choices.len(),
                    en.choices.len()
                ),
            ));
        }
        let mut seen = HashSet::new();
        for c in choices {
            let text = c.get_ref().trim();
            if text.is_empty() || !seen.insert(text.to_lowercase()) {
                return Err(err(
                    c.span().start,
                    format!("question \"{id}\": a choice is empty or appears twice"),
                ));
            }
        }
        if let Some((offset, why)) = first_empty(
            &id,
            [
                ("prompt", &q.prompt),
                ("explanation", &q.explanation),
                ("discuss", &q.discuss),
            ],
        ) {
            return Err(err(offset, why));
        }
        let feedback: Vec<String> = match &q.feedback {
            Some(f) => f.get_ref().iter().map(|l| l.get_ref().clone()).collect(),
            None => Vec::new(),
        };
        let at_feedback = q.feedback.as_ref().map_or(at_id, |f| f.span().start);
        if feedback.len() != en.feedback.len() {
            return Err(err(
                at_feedback,
                format!(
                    "question \"{id}\": {} feedback lines, English has {}",
                    feedback.len(),
                    en.feedback.len()
                ),
            ));
        }
        for (i, (mine, theirs)) in feedback.iter().zip(&en.feedback).enumerate() {
            if mine.trim().is_empty() != theirs.trim().is_empty() {
                let why = if theirs.trim().is_empty() {
                    "must be \"\" as in English (the answer)"
                } else {
                    "is missing; English explains this wrong choice"
                };
                return Err(err(
                    at_feedback,
                    format!("question \"{id}\": feedback {i} {why}"),
                ));
            }
        }
        done.insert(
            id.clone(),
            Question {
                prompt: q.prompt.into_inner(),
                choices: choices.iter().map(|c| c.get_ref().clone()).collect(),
                feedback,
                explanation: q.explanation.into_inner(),
                discuss: q.discuss.into_inner(),
                ..en.clone()
            },
        );
    }
    let mut questions = Vec::with_capacity(done.len());
    let mut missing = Vec::new();
    for en in &english.questions {
        match done.remove(&en.id) {
            Some(q) => questions.push(q),
            None => missing.push(en.id.clone()),
        }
    }
    Ok((Bank { questions }, missing))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitlesFile {
    #[serde(default)]
    titles: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    trend: Vec<Spanned<TrendWords>>,
    /// The countries' names in the language, by slug.
    #[serde(default)]
    countries: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrendWords {
    title: String,
    text: String,
}

/// English's report with the titles and trends of `src` laid over it; the
/// body stays English (`meta.lang` says so). Also the headings and trends
/// still in English, by id or number.
pub fn translate_report(
    file: &str,
    src: &str,
    english: &Report,
) -> Result<(Report, Vec<String>), ContentError> {
    let err = |offset: usize, message: String| error_at(file, src, offset, message);
    let raw: TitlesFile = parse_toml(file, src)?;
    let mut out = english.clone();
    let mut titles: Vec<(&str, &mut String)> = Vec::new();
    titles.extend(out.parts.iter_mut().map(|p| (p.id.as_str(), &mut p.title)));
    titles.extend(
        out.chapters
            .iter_mut()
            .map(|c| (c.id.as_str(), &mut c.title)),
    );
    titles.extend(
        out.sections
            .iter_mut()
            .map(|s| (s.id.as_str(), &mut s.title)),
    );
    let mut missing = Vec::new();
    for (id, value) in &raw.titles {
        if !titles.iter().any(|(t, _)| t == id) {
            return Err(err(
                value.span().start,
                format!("no heading \"{id}\" in English"),
            ));
        }
        if value.get_ref().trim().is_empty() {
            return Err(err(
                value.span().start,
                format!("the title of \"{id}\" is empty"),
            ));
        }
    }
    for (id, title) in titles.iter_mut() {
        match raw.titles.get(*id) {
            Some(t) => **title = t.get_ref().trim().to_string(),
            None => missing.push(id.to_string()),
        }
    }
    for (slug, name) in &raw.countries {
        let Some(i) = out.countries.iter().position(|c| c.slug == *slug) else {
            return Err(err(
                name.span().start,
                format!("no country \"{slug}\" in English"),
            ));
        };
        let at = name.span().start;
        let name = name.get_ref().trim();
        if name.is_empty() {
            return Err(err(at, format!("the name of \"{slug}\" is empty")));
        }
        // The same as English (a name Filipino keeps, say) is no new word.
        if name != out.countries[i].name {
            out.countries[i].local = name.to_string();
        }
    }
    for c in &out.countries {
        if !raw.countries.contains_key(&c.slug) {
            missing.push(format!("country {}", c.slug));
        }
    }
    let count = english.trends().count();
    if raw.trend.len() > count {
        let at = raw.trend[count].span().start;
        return Err(err(
            at,
            format!("{} trends; English has {count}", raw.trend.len()),
        ));
    }
    let mut words = raw.trend.iter().map(|t| t.get_ref());
    let mut n = 0;
    for section in &mut out.sections {
        for block in &mut section.blocks {
            if let Block::Trends(list) = block {
                for t in list.iter_mut() {
                    n += 1;
                    match words.next() {
                        Some(w) => {
                            t.title = w.title.trim().to_string();
                            t.text = vec![Span::Text(w.text.trim().to_string())];
                        }
                        None => missing.push(format!("trend {n}")),
                    }
                }
            }
        }
    }
    Ok((out, missing))
}
