//! Offline full-text search over a [`Report`].
//!
//! Invariant: the index is a pure function of the report — a sorted term list
//! with postings `(section, field, count)` — and a query never panics,
//! whatever the input.
//!
//! Matching folds case and Latin diacritics (`é` → `e`, `ñ` → `n`, Vietnamese
//! `ệ` → `e` …) and treats every query term as a prefix (`extort` finds
//! `extortion`); a term in a script written without spaces between words
//! (Thai, Lao, Khmer, Myanmar, Chinese, Japanese) is found anywhere inside a
//! run of text, where a word may begin unmarked. All terms must match (AND). A section's title weighs most,
//! then minor headings, trend titles, bold lead-ins and country labels, then
//! body text; an exact word weighs more than a longer word it begins; more
//! occurrences score more, with diminishing returns. A country example's text
//! counts for the section it stands in.

use crate::content::{spans_text, Block, Report, Section, Span};
use crate::text::{self, is_combining_mark};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// About how many characters of section text a snippet shows.
pub const SNIPPET_CHARS: usize = 160;
/// Queries shorter than this (in characters, after trimming) find nothing.
pub const MIN_QUERY_CHARS: usize = 2;
/// Terms beyond this many in one query are ignored.
pub const MAX_TERMS: usize = 8;

/// Where in a section a word stands; the weight of a match follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    /// The section's own title.
    Title = 0,
    /// Minor headings, trend titles, bold lead-ins and country-example labels.
    Heading = 1,
    /// Everything else, country examples included.
    Body = 2,
}

const FIELDS: usize = 3;
const FIELD_WEIGHT: [u32; FIELDS] = [24, 4, 1];
/// Weight of an exact word against a word the term only begins.
const EXACT_WEIGHT: u32 = 3;
const PREFIX_WEIGHT: u32 = 2;

/// One word's occurrences in one field of one section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub section: u32,
    pub field: Field,
    pub count: u16,
}

/// A section that matched, best first, with a snippet of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Report::sections`.
    pub section: usize,
    pub score: u32,
    pub snippet: Vec<SnippetPart>,
}

/// A piece of a snippet: plain text, or a matched word to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnippetPart {
    Text(String),
    Mark(String),
}

/// The search index: every folded word of the report, sorted, with postings.
///
/// Kept flat for a small, fast build: the terms are one string cut by
/// `term_ends`, and term `i`'s postings are `postings[post_ends[i-1]..post_ends[i]]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    sections: u32,
    terms: String,
    term_ends: Vec<u32>,
    post_ends: Vec<u32>,
    postings: Vec<Posting>,
}

impl SearchIndex {
    /// Indexes every section: its title, its blocks, and the country examples in it.
    pub fn build(report: &Report) -> SearchIndex {
        let mut map: HashMap<String, Vec<Posting>, BuildHasherDefault<FxHasher>> =
            HashMap::default();
        let mut texts: [String; FIELDS] = Default::default();
        for (i, section) in report.sections.iter().enumerate() {
            let Ok(si) = u32::try_from(i) else { break };
            texts.iter_mut().for_each(String::clear);
            collect_fields(report, section, &mut texts);
            for (f, text) in texts.iter().enumerate() {
                let field = [Field::Title, Field::Heading, Field::Body][f];
                tokens(text, |_, _, word| {
                    if word.chars().nth(1).is_none() {
                        return; // single letters are not worth indexing
                    }
                    let list = match map.get_mut(word) {
                        Some(list) => list,
                        None => map.entry(word.to_string()).or_default(),
                    };
                    // Fields are indexed one after another, so a repeat of
                    // (section, field) is always the last posting.
                    match list.last_mut() {
                        Some(p) if p.section == si && p.field == field => {
                            p.count = p.count.saturating_add(1)
                        }
                        _ => list.push(Posting {
                            section: si,
                            field,
                            count: 1,
                        }),
                    }
                });
            }
        }
        let mut words: Vec<(String, Vec<Posting>)> = map.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = SearchIndex {
            sections: report.sections.len().min(u32::MAX as usize) as u32,
            terms: String::with_capacity(words.iter().map(|w| w.0.len()).sum()),
            term_ends: Vec::with_capacity(words.len()),
            post_ends: Vec::with_capacity(words.len()),
            postings: Vec::with_capacity(words.iter().map(|w| w.1.len()).sum()),
        };
        for (word, postings) in words {
            index.terms.push_str(&word);
            index.term_ends.push(index.terms.len() as u32);
            index.postings.extend(postings);
            index.post_ends.push(index.postings.len() as u32);
        }
        index
    }

    /// Number of distinct words indexed.
    pub fn term_count(&self) -> usize {
        self.term_ends.len()
    }

    /// Number of (word, section, field) postings.
    pub fn posting_count(&self) -> usize {
        self.postings.len()
    }

    /// Term `i`; empty if the index is inconsistent (a corrupt deserialised
    /// copy must not make a query panic).
    fn term(&self, i: usize) -> &str {
        let start = match i {
            0 => 0,
            _ => self.term_ends.get(i - 1).map_or(0, |&e| e as usize),
        };
        let end = self.term_ends.get(i).map_or(0, |&e| e as usize);
        self.terms.get(start..end).unwrap_or("")
    }

    /// Postings of term `i`; none if the index is inconsistent.
    fn postings_of(&self, i: usize) -> &[Posting] {
        let start = match i {
            0 => 0,
            _ => self.post_ends.get(i - 1).map_or(0, |&e| e as usize),
        };
        let end = self.post_ends.get(i).map_or(0, |&e| e as usize);
        self.postings.get(start..end).unwrap_or(&[])
    }

    /// Sections matching every term of `q`, best first, at most `limit`.
    ///
    /// `report` must be the one the index was built from; it supplies the
    /// snippets (a section it lacks is skipped).
    pub fn query(&self, report: &Report, q: &str, limit: usize) -> Vec<Hit> {
        let terms = query_terms(q);
        if terms.is_empty() || limit == 0 || self.sections == 0 {
            return Vec::new();
        }
        let n = self.sections as usize;
        let mut total = vec![0u32; n];
        let mut alive = vec![true; n];
        // Per section: occurrence counts by [field][exact, prefix].
        let mut counts = vec![[[0u32; 2]; FIELDS]; n];
        for term in &terms {
            counts.iter_mut().for_each(|c| *c = [[0; 2]; FIELDS]);
            // A term inside runs is looked for in every word; a prefix only
            // in the words that sort from it.
            let inside = written_without_spaces(term);
            let first = if inside { 0 } else { self.lower_bound(term) };
            for i in first..self.term_count() {
                let word = self.term(i);
                if !matches(word, term) {
                    if inside {
                        continue;
                    }
                    break;
                }
                let kind = usize::from(word.len() != term.len());
                for p in self.postings_of(i) {
                    if let Some(c) = counts.get_mut(p.section as usize) {
                        let slot = &mut c[p.field as usize][kind];
                        *slot = slot.saturating_add(u32::from(p.count));
                    }
                }
            }
            for s in 0..n {
                let score = term_score(&counts[s]);
                if score == 0 {
                    alive[s] = false;
                } else {
                    total[s] = total[s].saturating_add(score);
                }
            }
        }
        let mut ranked: Vec<(usize, u32)> = (0..n)
            .filter(|&s| alive[s] && s < report.sections.len())
            .map(|s| (s, total[s]))
            .collect();
        // Best first; ties keep reading order (at most one entry per section).
        crate::few::sort_by(&mut ranked, |a, b| b.1.cmp(&a.1));
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(section, score)| Hit {
                section,
                score,
                snippet: section_snippet(report, &report.sections[section], &terms),
            })
            .collect()
    }

    /// First term not less than `term`.
    fn lower_bound(&self, term: &str) -> usize {
        let (mut lo, mut hi) = (0, self.term_count());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.term(mid) < term {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// The Fx hash (as in rustc): fast on short keys, and seeded by nothing, so
/// building the index draws on no randomness.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A term's score in one section: field weight × exact/prefix weight ×
/// a damped occurrence count (10·√count: 1 → 10, 4 → 20, 25 → 50).
fn term_score(c: &[[u32; 2]; FIELDS]) -> u32 {
    let mut score = 0u32;
    for (f, kinds) in c.iter().enumerate() {
        for (k, &count) in kinds.iter().enumerate() {
            if count > 0 {
                let kind = if k == 0 { EXACT_WEIGHT } else { PREFIX_WEIGHT };
                let damped = (count.saturating_mul(100)).isqrt();
                score = score.saturating_add(FIELD_WEIGHT[f] * kind * damped);
            }
        }
    }
    score
}

/// Appends a section's searchable text to `texts`, one string per [`Field`].
fn collect_fields(report: &Report, section: &Section, texts: &mut [String; FIELDS]) {
    texts[Field::Title as usize].push_str(&section.title);
    for b in &section.blocks {
        collect_block(report, b, texts);
    }
}

fn collect_block(report: &Report, block: &Block, texts: &mut [String; FIELDS]) {
    match block {
        Block::Para(s) => collect_spans(s, texts),
        Block::Heading(s) => push_line(&mut texts[Field::Heading as usize], &spans_text(s)),
        Block::Bullets(items) | Block::Numbered(items) => {
            items.iter().for_each(|i| collect_spans(i, texts))
        }
        Block::Trends(trends) => {
            for t in trends {
                push_line(&mut texts[Field::Heading as usize], &t.title);
                collect_spans(&t.text, texts);
            }
        }
        Block::Example(ex) => {
            let label = report.country(&ex.country).map_or(&ex.country, |c| &c.name);
            push_line(&mut texts[Field::Heading as usize], label);
            for b in &ex.blocks {
                collect_block(report, b, texts);
            }
        }
    }
}

/// Bold spans are lead-ins ("**Legal Gaps:**") and count as headings.
fn collect_spans(spans: &[Span], texts: &mut [String; FIELDS]) {
    for s in spans {
        let field = match s {
            Span::Strong(_) => Field::Heading,
            _ => Field::Body,
        };
        push_line(&mut texts[field as usize], s.text());
    }
}

fn push_line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// The words of a query: folded, at least two characters, no repeats.
fn query_terms(q: &str) -> Vec<String> {
    let q = q.trim();
    if q.chars().nth(MIN_QUERY_CHARS - 1).is_none() {
        return Vec::new();
    }
    let mut terms: Vec<String> = Vec::new();
    tokens(q, |_, _, word| {
        if terms.len() < MAX_TERMS
            && word.chars().nth(1).is_some()
            && !terms.iter().any(|t| t == word)
        {
            terms.push(word.to_string());
        }
    });
    terms
}

/// The snippet of a hit: about [`SNIPPET_CHARS`] characters of its
/// section's plain text around the first match, cut on word boundaries, with
/// every matching word marked and runs of whitespace shown as one space. A
/// section found only through a country example's label (not in its text)
/// shows the start of that example.
fn section_snippet(report: &Report, section: &Section, terms: &[String]) -> Vec<SnippetPart> {
    let text = section.plain_text();
    let is_match = |w: &str| terms.iter().any(|t| matches(w, t));
    let mut first = None;
    tokens_while(&text, |s, e, w| {
        if is_match(w) {
            first = Some((s, e));
        }
        first.is_none()
    });
    let (start, end) = match first {
        Some((at, at_end)) => window(&text, at, at_end),
        None => {
            let at = label_anchor(report, section, terms).unwrap_or(0);
            window(&text, at, at)
        }
    };
    // The window starts on a word boundary, so its words are the text's.
    let mut marks: Vec<(usize, usize)> = Vec::new();
    if first.is_some() {
        tokens_while(&text[start..], |s, e, w| {
            let (s, e) = (start + s, start + e);
            if e <= end && is_match(w) {
                marks.push((s, e));
            }
            e < end
        });
    }
    let mut parts = Vec::new();
    let mut plain = String::new();
    if !text[..start].trim().is_empty() {
        plain.push('…');
    }
    let mut cursor = start;
    for &(s, e) in &marks {
        push_collapsed(&mut plain, &text[cursor..s]);
        if !plain.is_empty() {
            parts.push(SnippetPart::Text(std::mem::take(&mut plain)));
        }
        parts.push(SnippetPart::Mark(text[s..e].to_string()));
        cursor = e;
    }
    push_collapsed(&mut plain, &text[cursor..end]);
    if !text[end..].trim().is_empty() {
        plain.push('…');
    }
    if !plain.is_empty() {
        parts.push(SnippetPart::Text(plain));
    }
    parts
}

/// Byte offset, in the section's plain text, of the first country example
/// whose label matches a term.
fn label_anchor(report: &Report, section: &Section, terms: &[String]) -> Option<usize> {
    let mut before = String::new();
    for b in &section.blocks {
        if let Block::Example(ex) = b {
            let label = report.country(&ex.country).map_or(&ex.country, |c| &c.name);
            let mut hit = false;
            tokens(label, |_, _, w| hit |= terms.iter().any(|t| matches(w, t)));
            if hit {
                return Some(before.len());
            }
        }
        b.write_text(&mut before);
    }
    None
}

/// Whether folded `word` holds query `term`: at its start, or anywhere for
/// a term written without spaces.
fn matches(word: &str, term: &str) -> bool {
    word.starts_with(term) || (written_without_spaces(term) && word.contains(term))
}

/// Whether a term is in a script that runs its words together: its first
/// letter is Thai, Lao, Myanmar, Khmer, kana or a CJK ideograph.
fn written_without_spaces(term: &str) -> bool {
    term.chars().next().is_some_and(|c| {
        matches!(c,
            '\u{0E00}'..='\u{0EFF}' // Thai, Lao
            | '\u{1000}'..='\u{109F}' // Myanmar
            | '\u{1780}'..='\u{17FF}' // Khmer
            | '\u{3040}'..='\u{30FF}' // kana
            | '\u{3400}'..='\u{9FFF}' // CJK ideographs
            | '\u{F900}'..='\u{FAFF}')
    })
}

/// Appends `s` with each run of whitespace as one space.
fn push_collapsed(out: &mut String, s: &str) {
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
}

/// Byte range of the snippet window around the match at `at..at_end`.
/// Every offset returned lies on a char boundary of `text`.
fn window(text: &str, at: usize, at_end: usize) -> (usize, usize) {
    let after = text[at..].chars().take(SNIPPET_CHARS).count();
    // Lead in by a third of the window, or more when the match is near the
    // end; an anchor (an empty match) starts the window.
    let lead = if at == at_end {
        SNIPPET_CHARS - after
    } else {
        (SNIPPET_CHARS / 3).max(SNIPPET_CHARS - after)
    };
    let mut start = if lead == 0 {
        at
    } else {
        text[..at]
            .char_indices()
            .rev()
            .nth(lead - 1)
            .map_or(0, |(i, _)| i)
    };
    let at_word_start = |i: usize| i == 0 || text[..i].ends_with(char::is_whitespace);
    if !at_word_start(start) {
        // Skip the cut word; if the match itself is in it, start at the match.
        start = text[start..at]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(at, |(i, c)| start + i + c.len_utf8());
    }
    let mut end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() && !text[end..].starts_with(char::is_whitespace) {
        // Cut back to the last space after the match, else on to the next space.
        let from = at_end.clamp(start, end);
        end = match text[from..end].rfind(char::is_whitespace) {
            Some(i) => from + i,
            None => text[end..]
                .char_indices()
                .take(SNIPPET_CHARS / 4)
                .find(|(_, c)| c.is_whitespace())
                .map_or(end, |(i, _)| end + i),
        };
    }
    let slice = &text[start..end];
    let trimmed = slice.trim_start();
    let start = start + (slice.len() - trimmed.len());
    (start, start + trimmed.trim_end().len())
}

/// Calls `f(start, end, folded)` for each word of `text`: a run of letters
/// and digits (combining marks stay inside a word), with its byte range in
/// `text` and its folded form.
fn tokens(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    tokens_while(text, |s, e, w| {
        f(s, e, w);
        true
    });
}

/// [`tokens`], stopping as soon as `f` returns false.
fn tokens_while(text: &str, mut f: impl FnMut(usize, usize, &str) -> bool) {
    let bytes = text.as_bytes();
    let mut word = String::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII, most of the text, takes the short road.
        let (len, letter, mark) = if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                if start.is_none() {
                    start = Some(i);
                    word.clear();
                }
                word.push(char::from(b.to_ascii_lowercase()));
            }
            (1, b.is_ascii_alphanumeric(), false)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let letter = text::is_word_char(c);
            if letter {
                if start.is_none() {
                    start = Some(i);
                    word.clear();
                }
                fold_char(c, &mut word);
            }
            (c.len_utf8(), letter, is_combining_mark(c))
        };
        if letter || (mark && start.is_some()) {
            end = i + len;
        } else if !mark {
            if let Some(s) = start.take() {
                if !f(s, end, &word) {
                    return;
                }
            }
        }
        i += len;
    }
    if let Some(s) = start {
        f(s, end, &word);
    }
}

/// Folds text for matching: lower case, Latin letters with diacritics to
/// their ASCII base (`é` → `e`, `ß` → `ss`, `ệ` → `e`), combining marks
/// dropped, curly quotes and apostrophes to straight ones.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !is_combining_mark(c) {
            fold_char(c, &mut out);
        }
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match fold_lower(text::lower(c)) {
        Folded::Char(f) => out.push(f),
        Folded::Str(f) => out.push_str(f),
        Folded::Drop => {}
    }
}

enum Folded {
    Char(char),
    Str(&'static str),
    Drop,
}

/// The hand-written fold table, for lower-case letters.
fn fold_lower(c: char) -> Folded {
    use Folded::{Char, Drop, Str};
    match c {
        // Latin-1 Supplement
        'à'..='å' => Char('a'),
        'æ' => Str("ae"),
        'ç' => Char('c'),
        'è'..='ë' => Char('e'),
        'ì'..='ï' => Char('i'),
        'ð' => Char('d'),
        'ñ' => Char('n'),
        'ò'..='ö' | 'ø' => Char('o'),
        'ù'..='ü' => Char('u'),
        'ý' | 'ÿ' => Char('y'),
        'þ' => Str("th"),
        'ß' => Str("ss"),
        // Latin Extended-A (upper and lower case alternate; ranges cover both)
        '\u{0100}'..='\u{0105}' => Char('a'),
        '\u{0106}'..='\u{010D}' => Char('c'),
        '\u{010E}'..='\u{0111}' => Char('d'),
        '\u{0112}'..='\u{011B}' => Char('e'),
        '\u{011C}'..='\u{0123}' => Char('g'),
        '\u{0124}'..='\u{0127}' => Char('h'),
        '\u{0128}'..='\u{0131}' => Char('i'),
        '\u{0132}'..='\u{0133}' => Str("ij"),
        '\u{0134}'..='\u{0135}' => Char('j'),
        '\u{0136}'..='\u{0138}' => Char('k'),
        '\u{0139}'..='\u{0142}' => Char('l'),
        '\u{0143}'..='\u{014B}' => Char('n'),
        '\u{014C}'..='\u{0151}' => Char('o'),
        '\u{0152}'..='\u{0153}' => Str("oe"),
        '\u{0154}'..='\u{0159}' => Char('r'),
        '\u{015A}'..='\u{0161}' | '\u{017F}' => Char('s'),
        '\u{0162}'..='\u{0167}' => Char('t'),
        '\u{0168}'..='\u{0173}' => Char('u'),
        '\u{0174}'..='\u{0175}' => Char('w'),
        '\u{0176}'..='\u{0178}' => Char('y'),
        '\u{0179}'..='\u{017E}' => Char('z'),
        // Latin Extended-B: Vietnamese horn letters, pinyin tones
        'ơ' => Char('o'),
        'ư' => Char('u'),
        'ǎ' => Char('a'),
        'ǐ' => Char('i'),
        'ǒ' => Char('o'),
        'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => Char('u'),
        // Latin Extended Additional: Vietnamese tone letters
        '\u{1EA0}'..='\u{1EB7}' => Char('a'),
        '\u{1EB8}'..='\u{1EC7}' => Char('e'),
        '\u{1EC8}'..='\u{1ECB}' => Char('i'),
        '\u{1ECC}'..='\u{1EE3}' => Char('o'),
        '\u{1EE4}'..='\u{1EF1}' => Char('u'),
        '\u{1EF2}'..='\u{1EF9}' => Char('y'),
        // Quotes and apostrophes
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => Char('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Char('"'),
        c if is_combining_mark(c) => Drop,
        c => Char(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_table_reaches_ascii() {
        assert_eq!(fold("Éxtörtion Ñandú"), "extortion nandu");
        assert_eq!(fold("Việt Nam Đà Nẵng"), "viet nam da nang");
        assert_eq!(fold("Straße Œuvre"), "strasse oeuvre");
        assert_eq!(fold("e\u{301}tude"), "etude");
        assert_eq!(fold("‘Helper’ “role”"), "'helper' \"role\"");
    }

    #[test]
    fn tokens_keep_byte_ranges_on_char_boundaries() {
        let text = "«Ça» va, naïve—café! 子供 e\u{301}x";
        let mut seen = Vec::new();
        tokens(text, |s, e, w| seen.push((&text[s..e], w.to_string())));
        let words: Vec<_> = seen.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(words, ["ca", "va", "naive", "cafe", "子供", "ex"]);
        assert_eq!(seen[0].0, "Ça");
        assert_eq!(seen[5].0, "e\u{301}x");
    }

    #[test]
    fn window_of_short_text_is_all_of_it() {
        let text = "A short text about extortion.";
        assert_eq!(window(text, 19, 28), (0, text.len()));
    }
}
