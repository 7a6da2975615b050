//! Whole sentences with the words a reader needs: messages written in the
//! part of Fluent's syntax that UI text uses (`{ $name }` placeholders, and
//! `{ $n -> [one] … *[other] … }` selections on CLDR plural categories or
//! exact numbers), formatted here so that no sentence is glued from pieces
//! in code and plurals come from the message.

/// A value given to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(n as i64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

/// CLDR's plural categories, as far as the region's languages use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

impl Plural {
    fn name(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Other => "other",
        }
    }
}

/// The plural category of a whole number in a language (BCP 47 tag).
/// Indonesian, Khmer, Lao, Malay, Thai, Vietnamese and Chinese have only
/// `other`; Filipino has its own `one`; English, Mongolian, Nepali and the
/// rest use `one` for 1.
pub fn plural(lang: &str, n: i64) -> Plural {
    let base = lang.split('-').next().unwrap_or(lang);
    let one = match base {
        "id" | "km" | "lo" | "ms" | "th" | "vi" | "zh" => false,
        // CLDR: i = 1,2,3 or i % 10 != 4,6,9 (whole numbers).
        "fil" | "tl" => {
            let n = n.unsigned_abs();
            matches!(n, 1..=3) || !matches!(n % 10, 4 | 6 | 9)
        }
        _ => n == 1,
    };
    if one {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Formats `msg` in `lang` with `args`. A variable the message names but
/// the caller did not give shows as `{$name}`, so a mistake is visible
/// rather than a sentence quietly missing a word.
pub fn format(lang: &str, msg: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut out = String::with_capacity(msg.len() + 16);
    write_pattern(lang, msg, args, &mut out);
    out
}

/// Whether `text` (an element's words, trimmed) could be message `pattern`
/// with its values filled in: the words outside its placeables begin and
/// end it, in order. A message of fewer than three letters of its own is
/// never matched: anything could be it.
pub fn could_be(text: &str, pattern: &str) -> bool {
    let mut words: Vec<&str> = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        words.push(&rest[..open]);
        let Some(close) = matching_brace(rest, open) else {
            break;
        };
        rest = &rest[close + 1..];
    }
    words.push(rest);
    if words
        .iter()
        .map(|w| w.trim().chars().count())
        .sum::<usize>()
        < 3
    {
        return false;
    }
    let (first, last) = (words[0].trim_start(), words[words.len() - 1].trim_end());
    if words.len() == 1 {
        return text == first.trim_end();
    }
    let Some(mut inner) = text.strip_prefix(first) else {
        return false;
    };
    for w in &words[1..words.len() - 1] {
        match inner.find(*w) {
            Some(at) => inner = &inner[at + w.len()..],
            None => return false,
        }
    }
    inner.ends_with(last)
}

fn arg<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
}

fn write_pattern(lang: &str, pattern: &str, args: &[(&str, Arg<'_>)], out: &mut String) {
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = matching_brace(rest, open) else {
            out.push_str(&rest[open..]);
            return;
        };
        write_placeable(lang, rest[open + 1..close].trim(), args, out);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
}

/// The index of the `}` closing the `{` at `open`, nested ones (and any
/// inside a string literal) skipped.
fn matching_brace(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quoted = false;
    for (i, c) in s[open..].char_indices() {
        match c {
            '"' if depth > 0 => quoted = !quoted,
            _ if quoted => {}
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

fn write_placeable(lang: &str, inner: &str, args: &[(&str, Arg<'_>)], out: &mut String) {
    // A string literal: `{ "{" }` writes a brace.
    if let Some(lit) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        out.push_str(lit);
        return;
    }
    let Some(expr) = inner.strip_prefix('$') else {
        out.push('{');
        out.push_str(inner);
        out.push('}');
        return;
    };
    let (name, select) = match expr.split_once("->") {
        Some((name, variants)) => (name.trim(), Some(variants)),
        None => (expr.trim(), None),
    };
    let value = arg(args, name);
    match (select, value) {
        (None, Some(Arg::Str(s))) => out.push_str(s),
        (None, Some(Arg::Num(n))) => out.push_str(&n.to_string()),
        (None, None) => {
            out.push_str("{$");
            out.push_str(name);
            out.push('}');
        }
        (Some(variants), value) => {
            let chosen = choose(lang, variants, value);
            write_pattern(lang, chosen.trim(), args, out);
        }
    }
}

/// The variant of a selection that fits the value: an exact number first,
/// then the number's plural category, then the default (`*[…]`).
fn choose<'v>(lang: &str, variants: &'v str, value: Option<Arg<'_>>) -> &'v str {
    let list = parse_variants(variants);
    let exact = match value {
        Some(Arg::Num(n)) => Some(n.to_string()),
        Some(Arg::Str(s)) => Some(s.to_string()),
        None => None,
    };
    let category = match value {
        Some(Arg::Num(n)) => Some(plural(lang, n).name()),
        _ => None,
    };
    list.iter()
        .find(|v| Some(v.key) == exact.as_deref())
        .or_else(|| list.iter().find(|v| Some(v.key) == category))
        .or_else(|| list.iter().find(|v| v.default))
        .map_or("", |v| v.pattern)
}

struct Variant<'v> {
    key: &'v str,
    default: bool,
    pattern: &'v str,
}

fn parse_variants(s: &str) -> Vec<Variant<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = s.as_bytes();
    let mut depth = 0usize;
    let mut start: Option<(usize, bool, usize, usize)> = None; // (pattern start, default, key start, key end)
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'[' if depth == 0 => {
                let default = i > 0 && bytes[i - 1] == b'*';
                if let Some(end) = s[i..].find(']') {
                    if let Some((p, d, ks, ke)) = start.take() {
                        let until = if default { i - 1 } else { i };
                        out.push(Variant {
                            key: s[ks..ke].trim(),
                            default: d,
                            pattern: &s[p..until],
                        });
                    }
                    start = Some((i + end + 1, default, i + 1, i + end));
                    i += end + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if let Some((p, d, ks, ke)) = start {
        out.push(Variant {
            key: s[ks..ke].trim(),
            default: d,
            pattern: &s[p..],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUESTIONS: &str = "{ $n -> [one] one question *[other] { $n } questions }";

    #[test]
    fn placeholders_take_their_values() {
        assert_eq!(
            format(
                "en",
                "Question { $number } of { $total }",
                &[("number", 3usize.into()), ("total", 10usize.into())]
            ),
            "Question 3 of 10"
        );
        assert_eq!(
            format("en", "Call { $name }", &[("name", "Ms Lee".into())]),
            "Call Ms Lee"
        );
    }

    #[test]
    fn plurals_come_from_the_message() {
        assert_eq!(
            format("en", QUESTIONS, &[("n", 1usize.into())]),
            "one question"
        );
        assert_eq!(
            format("en", QUESTIONS, &[("n", 5usize.into())]),
            "5 questions"
        );
        assert_eq!(
            format("en", QUESTIONS, &[("n", 0usize.into())]),
            "0 questions"
        );
    }

    #[test]
    fn an_exact_number_goes_before_its_category() {
        let msg = "{ $n -> [0] no teams yet [one] one team *[other] { $n } teams }";
        assert_eq!(format("en", msg, &[("n", 0usize.into())]), "no teams yet");
        assert_eq!(format("en", msg, &[("n", 1usize.into())]), "one team");
        assert_eq!(format("en", msg, &[("n", 2usize.into())]), "2 teams");
    }

    #[test]
    fn languages_without_plurals_always_take_other() {
        for lang in ["th", "id", "vi", "km", "lo", "ms", "zh-Hant"] {
            assert_eq!(plural(lang, 1), Plural::Other, "{lang}");
        }
        assert_eq!(
            format("th", QUESTIONS, &[("n", 1usize.into())]),
            "1 questions"
        );
    }

    #[test]
    fn filipino_has_its_own_one() {
        for n in [1, 2, 3, 5, 7, 8, 10, 11, 21] {
            assert_eq!(plural("fil", n), Plural::One, "{n}");
        }
        for n in [4, 6, 9, 14, 16, 19, 24] {
            assert_eq!(plural("fil", n), Plural::Other, "{n}");
        }
        for lang in ["en", "mn", "ne"] {
            assert_eq!(plural(lang, 1), Plural::One);
            assert_eq!(plural(lang, 2), Plural::Other);
        }
    }

    #[test]
    fn a_missing_value_shows_rather_than_vanishing() {
        assert_eq!(format("en", "Hello { $name }!", &[]), "Hello {$name}!");
    }

    #[test]
    fn words_on_screen_are_known_as_a_message_with_its_values_filled_in() {
        assert!(could_be("Get help", "Get help"));
        assert!(!could_be("Get help now", "Get help"));
        let m = "Question { $n } of { $total }";
        assert!(could_be("Question 3 of 10", m));
        assert!(!could_be("Question 3 from 10", m));
        assert!(!could_be("Questions", m));
        let plural = "{ $n ->\n [one] One minute\n *[other] { $n } minutes\n} left";
        assert!(could_be("2 minutes left", plural));
        assert!(!could_be("2 minutes", plural));
        // Too little of its own to know it by.
        assert!(!could_be("Ana", "{ $name }"));
        assert!(!could_be("Ana:", "{ $name }:"));
    }

    #[test]
    fn a_literal_brace_and_an_unclosed_one_survive() {
        assert_eq!(format("en", "a { \"{\" } b", &[]), "a { b");
        assert_eq!(format("en", "a { b", &[]), "a { b");
    }
}
