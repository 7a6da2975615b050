//! Compiles `content/<lang>/quiz.toml` (see content/FORMAT.md) into a validated
//! [`Bank`]. Build-time only (feature `compile`), so the app never carries a
//! TOML parser.

use super::bank::{Audience, Bank, Kind, Question, Source, Topic};
use crate::markdown::{is_slug, ContentError};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use toml::Spanned;

/// At most this share of the bank may rest on general guidance rather than the report.
pub const MAX_GUIDANCE_PERCENT: usize = 30;
/// Each audience needs enough questions for several 10-question quizzes
/// that do not repeat, across every topic it has.
pub const MIN_PER_AUDIENCE: usize = 30;
/// The bank as a whole (issue 15: the report's themes, each with room).
pub const MIN_QUESTIONS: usize = 130;
pub const MIN_CHOICES: usize = 2;
pub const MAX_CHOICES: usize = 4;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
}

/// Strings stay strings (and `answer` a wide integer) so that a bad value is
/// reported by us, with its line and the allowed values, not as a serde error.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    topic: Spanned<String>,
    audience: Spanned<String>,
    kind: Spanned<String>,
    prompt: Spanned<String>,
    choices: Spanned<Vec<Spanned<String>>>,
    answer: Spanned<i64>,
    /// Why another choice is better, for each wrong one; "" at the answer.
    /// Optional to serde, so that a missing list is our error, with its line.
    feedback: Option<Spanned<Vec<Spanned<String>>>>,
    explanation: Spanned<String>,
    discuss: Spanned<String>,
    source: Spanned<String>,
}

/// Parses and validates a bank. `file` is only used in error messages;
/// `section_ids` are the report's part, chapter and section ids.
pub fn parse_bank(
    file: &str,
    src: &str,
    section_ids: &HashSet<String>,
) -> Result<Bank, ContentError> {
    let err = |offset: usize, message: String| error_at(file, src, offset, message);
    let raw: RawFile = parse_toml(file, src)?;

    let mut first_line: HashMap<String, usize> = HashMap::new();
    let mut questions = Vec::with_capacity(raw.question.len());
    for q in raw.question {
        let q = q.into_inner();
        let id = q.id.get_ref();
        let at = |s: &Spanned<String>| s.span().start;
        if !is_slug(id) {
            return Err(err(
                at(&q.id),
                format!("id \"{id}\" is not a lowercase slug (a-z, 0-9, -)"),
            ));
        }
        let line = line_of(src, q.id.span().start);
        if let Some(first) = first_line.insert(id.clone(), line) {
            return Err(err(
                at(&q.id),
                format!("duplicate id \"{id}\" (first used on line {first})"),
            ));
        }
        let topic = Topic::from_slug(q.topic.get_ref()).ok_or_else(|| {
            err(
                at(&q.topic),
                unknown("topic", &q.topic, Topic::ALL, |t| t.slug()),
            )
        })?;
        let audience = Audience::from_slug(q.audience.get_ref()).ok_or_else(|| {
            err(
                at(&q.audience),
                unknown("audience", &q.audience, Audience::ALL, |a| a.slug()),
            )
        })?;
        let kind = Kind::from_slug(q.kind.get_ref()).ok_or_else(|| {
            err(
                at(&q.kind),
                unknown("kind", &q.kind, Kind::ALL, |k| k.slug()),
            )
        })?;
        if let Some((offset, why)) = first_empty(
            id,
            [
                ("prompt", &q.prompt),
                ("explanation", &q.explanation),
                ("discuss", &q.discuss),
            ],
        ) {
            return Err(err(offset, why));
        }

        let choices = q.choices.get_ref();
        let n = choices.len();
        if !(MIN_CHOICES..=MAX_CHOICES).contains(&n) {
            return Err(err(
                q.choices.span().start,
                format!("question \"{id}\": has {n} choices; give {MIN_CHOICES} to {MAX_CHOICES}"),
            ));
        }
        let mut seen: HashSet<String> = HashSet::new();
        for c in choices {
            let text = c.get_ref().trim();
            if text.is_empty() {
                return Err(err(at(c), format!("question \"{id}\": a choice is empty")));
            }
            let lower = text.to_lowercase();
            if lower.contains("all of the above") || lower.contains("none of the above") {
                return Err(err(
                    at(c),
                    format!("question \"{id}\": choice \"{text}\" says all/none of the above; every choice must stand on its own"),
                ));
            }
            if !seen.insert(lower) {
                return Err(err(
                    at(c),
                    format!("question \"{id}\": choice \"{text}\" appears twice"),
                ));
            }
        }
        if kind == Kind::TrueFalse
            && (n != 2 || choices[0].get_ref() != "True" || choices[1].get_ref() != "False")
        {
            return Err(err(
                q.choices.span().start,
                format!("question \"{id}\": a true-false question has choices = [\"True\", \"False\"], in that order"),
            ));
        }
        let answer = *q.answer.get_ref();
        if answer < 0 || answer >= n as i64 {
            return Err(err(
                q.answer.span().start,
                format!("question \"{id}\": answer {answer} is out of range; with {n} choices it is 0 to {} (counting from 0)", n - 1),
            ));
        }

        let feedback = q.feedback.ok_or_else(|| {
            err(
                q.id.span().start,
                format!("question \"{id}\": feedback is missing; give one sentence for each wrong choice, and \"\" for the answer"),
            )
        })?;
        let lines = feedback.get_ref();
        if lines.len() != n {
            return Err(err(
                feedback.span().start,
                format!("question \"{id}\": feedback has {} entries for {n} choices; give one for each, in the same order", lines.len()),
            ));
        }
        for (i, line) in lines.iter().enumerate() {
            let empty = line.get_ref().trim().is_empty();
            if i as i64 == answer && !empty {
                return Err(err(
                    at(line),
                    format!("question \"{id}\": feedback for the answer (choice {i}) must be \"\"; the explanation speaks for it"),
                ));
            }
            if i as i64 != answer && empty {
                let choice = choices[i].get_ref();
                return Err(err(
                    at(line),
                    format!("question \"{id}\": wrong choice {i} (\"{choice}\") has no feedback; say kindly why another choice is better"),
                ));
            }
        }

        let source = q.source.get_ref().as_str();
        if source != Source::GUIDANCE && !section_ids.contains(source) {
            return Err(err(
                at(&q.source),
                format!("question \"{id}\": unknown source \"{source}\"; use a heading id from the report or \"guidance\""),
            ));
        }

        questions.push(Question {
            id: id.clone(),
            topic,
            audience,
            kind,
            prompt: q.prompt.into_inner(),
            choices: q
                .choices
                .into_inner()
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
            answer: answer as u8,
            feedback: feedback
                .into_inner()
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
            explanation: q.explanation.into_inner(),
            discuss: q.discuss.into_inner(),
            source: Source::from(source),
        });
    }

    check_bank(&questions).map_err(|message| err(0, message))?;
    Ok(Bank { questions })
}

/// Rules about the bank as a whole; reported on line 1.
fn check_bank(questions: &[Question]) -> Result<(), String> {
    let total = questions.len();
    if total == 0 {
        return Err("the bank has no questions; add [[question]] tables".into());
    }
    let guidance = questions
        .iter()
        .filter(|q| q.source == Source::Guidance)
        .count();
    if guidance * 100 > total * MAX_GUIDANCE_PERCENT {
        return Err(format!(
            "{guidance} of {total} questions cite \"guidance\"; at most {MAX_GUIDANCE_PERCENT}% may, so cite report sections for more of them"
        ));
    }
    if total < MIN_QUESTIONS {
        return Err(format!(
            "the bank has {total} questions; it needs at least {MIN_QUESTIONS}"
        ));
    }
    for &audience in Audience::ALL {
        let count = questions.iter().filter(|q| q.audience == audience).count();
        if count < MIN_PER_AUDIENCE {
            return Err(format!(
                "only {count} questions for audience \"{}\"; each audience needs at least {MIN_PER_AUDIENCE}",
                audience.slug()
            ));
        }
    }
    Ok(())
}

fn unknown<T: Copy>(
    field: &str,
    value: &Spanned<String>,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> String {
    let allowed: Vec<&str> = all.iter().map(|&v| slug(v)).collect();
    format!(
        "unknown {field} \"{}\"; use one of: {}",
        value.get_ref(),
        allowed.join(", ")
    )
}

/// The first of a question's words that is empty: where it is, and what to
/// say. English and every translation are held to it alike.
pub(crate) fn first_empty(
    id: &str,
    words: [(&str, &Spanned<String>); 3],
) -> Option<(usize, String)> {
    words
        .into_iter()
        .find(|(_, w)| w.get_ref().trim().is_empty())
        .map(|(field, w)| {
            (
                w.span().start,
                format!("question \"{id}\": {field} is empty"),
            )
        })
}

/// 1-based line of a byte offset.
/// An error at byte `offset` of `src`, named by its file and line.
pub(crate) fn error_at(file: &str, src: &str, offset: usize, message: String) -> ContentError {
    ContentError {
        file: file.to_string(),
        line: line_of(src, offset),
        message,
    }
}

/// A content file's TOML, or its syntax error with the line.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &str,
    src: &str,
) -> Result<T, ContentError> {
    toml::from_str(src).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        error_at(file, src, at, e.message().trim().to_string())
    })
}

pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    let end = offset.min(src.len());
    src.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
