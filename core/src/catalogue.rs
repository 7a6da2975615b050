//! A language's UI messages as the app loads them: the build compiles each
//! `content/<lang>/ui.ftl` (Fluent) into this, one message a line in the
//! compact syntax `i18n::format` reads, checked against English.

use serde::{Deserialize, Serialize};

/// The compiled catalogue of one language (the asset `data/ui.<lang>.…json`).
/// Its messages are in English's order, so the app needs no ids to place
/// them: `layout` names that order, and a catalogue of another layout (from
/// an older build) is never used by this one.
///
/// Written as one list of strings, `[lang, layout, message…]`: the app reads
/// it with the reader it has for any list of strings, not one of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Catalogue {
    pub lang: String,
    pub layout: String,
    /// In the order of English's messages; empty where this language has
    /// none yet (English shows). (Fluent has no empty message.)
    pub messages: Vec<String>,
}

impl From<Vec<String>> for Catalogue {
    /// A list too short to be a catalogue reads as one with no layout, which
    /// no build uses.
    fn from(list: Vec<String>) -> Catalogue {
        let mut items = list.into_iter();
        Catalogue {
            lang: items.next().unwrap_or_default(),
            layout: items.next().unwrap_or_default(),
            messages: items.collect(),
        }
    }
}

impl From<Catalogue> for Vec<String> {
    fn from(c: Catalogue) -> Vec<String> {
        [c.lang, c.layout].into_iter().chain(c.messages).collect()
    }
}

/// The name of an order of message ids (FNV-1a, 64 bits, as 16 hex digits):
/// a new, removed or moved message gives a new layout.
pub fn layout<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for id in ids {
        for b in id.bytes().chain([b'\n']) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The placeholders a compact pattern names, sorted, each once.
pub fn placeholders(pattern: &str) -> Vec<&str> {
    let mut out: Vec<&str> = pattern
        .match_indices('$')
        .map(|(i, _)| {
            let rest = &pattern[i + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|n| !n.is_empty())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(feature = "compile")]
pub use compile::*;

#[cfg(feature = "compile")]
mod compile {
    use super::{layout, placeholders, Catalogue};
    use crate::lang::Lang;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use fluent_syntax::ast::{Variant, VariantKey};

    /// One message of a `.ftl` file: its id, compact pattern and line.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Message {
        pub id: String,
        pub pattern: String,
        pub line: usize,
    }

    fn line_of(src: &str, byte: usize) -> usize {
        src[..byte.min(src.len())].matches('\n').count() + 1
    }

    /// The line where message `id` is defined.
    fn line_of_message(src: &str, id: &str) -> usize {
        let mut at = 0;
        for (n, line) in src.lines().enumerate() {
            if line
                .strip_prefix(id)
                .is_some_and(|r| r.trim_start().starts_with('='))
            {
                return n + 1;
            }
            at += line.len() + 1;
        }
        line_of(src, at)
    }

    /// The CLDR plural categories a language's numbers fall into.
    pub fn plural_categories(lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::Id | Lang::Th | Lang::Vi | Lang::Km | Lang::Lo | Lang::Ms | Lang::ZhHant => {
                &["other"]
            }
            Lang::En | Lang::Fil | Lang::Ne | Lang::Mn => &["one", "other"],
        }
    }

    /// Parses `src` (the file `rel`) with Fluent's own parser and compiles
    /// each message; any error names the file and line.
    pub fn compile_ftl(rel: &str, src: &str, lang: Lang) -> Result<Vec<Message>, Vec<String>> {
        let (ast, errors) = match fluent_syntax::parser::parse(src) {
            Ok(ast) => (ast, Vec::new()),
            Err((ast, errors)) => (ast, errors),
        };
        let mut bad: Vec<String> = errors
            .iter()
            // The line of the entry that went wrong: where a reader starts looking.
            .map(|e| {
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                format!("{rel}:{}: {}", line_of(src, at), e.kind)
            })
            .collect();
        let mut out: Vec<Message> = Vec::new();
        for entry in ast.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_string();
                    let line = line_of_message(src, &id);
                    let at = |why: String| format!("{rel}:{line}: {id}: {why}");
                    if !m.attributes.is_empty() {
                        bad.push(at("attributes (`.name =`) are not used here".into()));
                    }
                    let Some(value) = m.value else {
                        bad.push(at("the message has no text".into()));
                        continue;
                    };
                    let mut pattern = String::new();
                    if let Err(why) = write_pattern(&value, lang, &mut pattern) {
                        bad.push(at(why));
                        continue;
                    }
                    if out.iter().any(|o| o.id == id) {
                        bad.push(at("defined twice".into()));
                        continue;
                    }
                    out.push(Message { id, pattern, line });
                }
                Entry::Term(t) => bad.push(format!(
                    "{rel}:{}: -{}: terms are not used here; write the words in each message",
                    line_of_message(src, &format!("-{}", t.id.name)),
                    t.id.name
                )),
                _ => {}
            }
        }
        if bad.is_empty() {
            Ok(out)
        } else {
            Err(bad)
        }
    }

    fn write_pattern(p: &Pattern<&str>, lang: Lang, out: &mut String) -> Result<(), String> {
        for e in &p.elements {
            match e {
                PatternElement::TextElement { value } => {
                    for c in value.chars() {
                        match c {
                            '{' => out.push_str("{ \"{\" }"),
                            '}' => out.push_str("{ \"}\" }"),
                            c => out.push(c),
                        }
                    }
                }
                PatternElement::Placeable { expression } => {
                    write_expression(expression, lang, out)?
                }
            }
        }
        Ok(())
    }

    fn write_expression(e: &Expression<&str>, lang: Lang, out: &mut String) -> Result<(), String> {
        match e {
            Expression::Inline(InlineExpression::VariableReference { id }) => {
                out.push_str("{ $");
                out.push_str(id.name);
                out.push_str(" }");
            }
            Expression::Inline(InlineExpression::StringLiteral { value }) => {
                // Fluent's escapes are for quotes and backslashes only here.
                let v = value.replace("\\\"", "\"").replace("\\\\", "\\");
                out.push_str(&v);
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                write_expression(expression, lang, out)?
            }
            Expression::Inline(other) => {
                return Err(format!(
                    "only {{ $name }}, a string and a number selection are used here, not {}",
                    kind_of(other)
                ))
            }
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err("a selection must be on a { $variable }".into());
                };
                out.push_str("{ $");
                out.push_str(id.name);
                out.push_str(" ->");
                for v in variants {
                    write_variant(v, lang, out)?;
                }
                out.push_str(" }");
            }
        }
        Ok(())
    }

    fn write_variant(v: &Variant<&str>, lang: Lang, out: &mut String) -> Result<(), String> {
        let key = match &v.key {
            VariantKey::NumberLiteral { value } => value.to_string(),
            VariantKey::Identifier { name } => {
                let allowed = plural_categories(lang);
                if !allowed.contains(name) {
                    return Err(format!(
                        "[{name}] is not a plural category of {} (CLDR: {})",
                        lang.tag(),
                        allowed.join(", ")
                    ));
                }
                name.to_string()
            }
        };
        out.push(' ');
        if v.default {
            out.push('*');
        }
        out.push('[');
        out.push_str(&key);
        out.push_str("] ");
        let mut inner = String::new();
        write_pattern(&v.value, lang, &mut inner)?;
        if inner.contains('[') || inner.contains(']') {
            return Err("a variant's text may not contain [ or ]".into());
        }
        out.push_str(inner.trim());
        Ok(())
    }

    fn kind_of(e: &InlineExpression<&str>) -> &'static str {
        match e {
            InlineExpression::NumberLiteral { .. } => "a number",
            InlineExpression::FunctionReference { .. } => "a function",
            InlineExpression::MessageReference { .. } => "a message reference",
            InlineExpression::TermReference { .. } => "a term",
            _ => "this expression",
        }
    }

    /// What a translation lacks against English: messages not yet written
    /// (the app shows English for them); and its errors, each with its file
    /// and line: an id English does not have, or placeholders that differ.
    #[derive(Debug, Default, PartialEq, Eq)]
    pub struct Coverage {
        pub missing: Vec<String>,
        pub errors: Vec<String>,
    }

    pub fn check_against(rel: &str, english: &[Message], tr: &[Message]) -> Coverage {
        let mut c = Coverage::default();
        for m in tr {
            match english.iter().find(|e| e.id == m.id) {
                None => c.errors.push(format!(
                    "{rel}:{}: {}: no such message in English (content/en/ui.ftl)",
                    m.line, m.id
                )),
                Some(e) => {
                    let (want, got) = (placeholders(&e.pattern), placeholders(&m.pattern));
                    if want != got {
                        c.errors.push(format!(
                            "{rel}:{}: {}: placeholders {} differ from English {}",
                            m.line,
                            m.id,
                            show(&got),
                            show(&want)
                        ));
                    }
                }
            }
        }
        c.missing = english
            .iter()
            .filter(|e| !tr.iter().any(|m| m.id == e.id))
            .map(|e| e.id.clone())
            .collect();
        c
    }

    /// A translation's catalogue in English's order.
    pub fn catalogue(lang: Lang, english: &[Message], tr: &[Message]) -> Catalogue {
        Catalogue {
            lang: lang.tag().to_string(),
            layout: layout(english.iter().map(|m| m.id.as_str())),
            messages: english
                .iter()
                .map(|e| {
                    tr.iter()
                        .find(|m| m.id == e.id)
                        .map(|m| m.pattern.clone())
                        .unwrap_or_default()
                })
                .collect(),
        }
    }

    fn show(names: &[&str]) -> String {
        if names.is_empty() {
            return "(none)".into();
        }
        names
            .iter()
            .map(|n| format!("{{ ${n} }}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::layout;

    #[test]
    fn a_layout_changes_with_any_id_or_its_order() {
        let base = layout(["a", "b"]);
        assert_eq!(base.len(), 16);
        assert_eq!(base, layout(["a", "b"]));
        assert_ne!(base, layout(["b", "a"]));
        assert_ne!(base, layout(["a", "b", "c"]));
        assert_ne!(base, layout(["ab"]));
    }
}
