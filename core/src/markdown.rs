//! Parses `content/<lang>/report.md` (see content/FORMAT.md) into a validated [`Report`].

use crate::content::{
    Block, Chapter, Country, Example, Meta, Part, Report, Section, Span, Trend, THEMES,
};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// A content mistake, with the line it was found on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ContentError {}

/// Parses and validates a report. `file` is only used in error messages.
pub fn parse_report(file: &str, src: &str) -> Result<Report, ContentError> {
    Parser::new(file).run(src)
}

struct Heading {
    title: String,
    id: String,
    themes: Vec<String>,
}

enum Fence {
    Example {
        country: String,
        line: usize,
        blocks: Vec<Block>,
    },
    Trends {
        line: usize,
        items: Vec<Trend>,
    },
}

struct Parser {
    file: String,
    report: Report,
    ids: HashMap<String, usize>,
    /// Section being filled, with the line of its heading.
    current: Option<(Section, usize)>,
    /// Chapter heading seen but not yet given a section.
    pending_chapter: Option<(usize, usize)>,
    pending_part: Option<(usize, usize)>,
    para: Vec<String>,
    list: Option<(bool, Vec<Vec<Span>>)>,
    fence: Option<Fence>,
    example_counts: HashMap<String, usize>,
}

impl Parser {
    fn new(file: &str) -> Self {
        Parser {
            file: file.to_string(),
            report: Report {
                meta: Meta::default(),
                countries: Vec::new(),
                parts: Vec::new(),
                chapters: Vec::new(),
                sections: Vec::new(),
            },
            ids: HashMap::new(),
            current: None,
            pending_chapter: None,
            pending_part: None,
            para: Vec::new(),
            list: None,
            fence: None,
            example_counts: HashMap::new(),
        }
    }

    fn err(&self, line: usize, message: impl Into<String>) -> ContentError {
        ContentError {
            file: self.file.clone(),
            line,
            message: message.into(),
        }
    }

    fn run(mut self, src: &str) -> Result<Report, ContentError> {
        let lines: Vec<&str> = src.lines().collect();
        let body_start = self.front_matter(&lines)?;
        for (i, raw) in lines.iter().enumerate().skip(body_start) {
            self.line(i + 1, raw.trim_end())?;
        }
        let end = lines.len();
        self.flush_text(end)?;
        if let Some(f) = &self.fence {
            let line = match f {
                Fence::Example { line, .. } | Fence::Trends { line, .. } => *line,
            };
            return Err(self.err(line, "fence `:::` is never closed"));
        }
        self.close_section()?;
        self.check_dangling(end)?;
        if self.report.sections.is_empty() {
            return Err(self.err(end, "the report has no sections"));
        }
        Ok(self.report)
    }

    fn front_matter(&mut self, lines: &[&str]) -> Result<usize, ContentError> {
        if lines.first().map(|l| l.trim()) != Some("---") {
            return Err(self.err(1, "the file must start with `---` front matter"));
        }
        let mut seen = HashSet::new();
        for (i, l) in lines.iter().enumerate().skip(1) {
            let n = i + 1;
            let l = l.trim();
            if l == "---" {
                for key in ["title", "citation", "permission", "lang"] {
                    if !seen.contains(key) {
                        return Err(self.err(n, format!("front matter lacks `{key}`")));
                    }
                }
                return Ok(i + 1);
            }
            if l.is_empty() {
                continue;
            }
            let Some((k, v)) = l.split_once(':') else {
                return Err(self.err(n, "front matter lines are `key: value`"));
            };
            let (k, v) = (k.trim(), v.trim().to_string());
            let m = &mut self.report.meta;
            match k {
                "title" => m.title = v,
                "subtitle" => m.subtitle = v,
                "citation" => m.citation = v,
                "permission" => m.permission = v,
                "copyright" => m.copyright = v,
                "lang" => m.lang = v,
                "country" => {
                    let Some((slug, name)) = v.split_once('=') else {
                        return Err(self.err(n, "a country is `slug = Name`"));
                    };
                    let slug = slug.trim().to_string();
                    if !is_slug(&slug) || self.report.country(&slug).is_some() {
                        return Err(self.err(n, format!("bad or repeated country slug `{slug}`")));
                    }
                    let name = name.trim().to_string();
                    self.report.countries.push(Country {
                        slug,
                        name,
                        local: String::new(),
                    });
                }
                other => return Err(self.err(n, format!("unknown front matter key `{other}`"))),
            }
            seen.insert(k.to_string());
        }
        Err(self.err(lines.len(), "front matter is never closed with `---`"))
    }

    fn line(&mut self, n: usize, l: &str) -> Result<(), ContentError> {
        if let Some(rest) = l.strip_prefix(":::") {
            self.flush_text(n)?;
            return self.fence_line(n, rest.trim());
        }
        if l.starts_with('#') {
            self.flush_text(n)?;
            return self.heading(n, l);
        }
        if l.trim().is_empty() {
            return self.flush_text(n);
        }
        if let Some(item) = l.strip_prefix("- ") {
            self.flush_para(n)?;
            return self.list_item(n, false, item);
        }
        if let Some(item) = numbered_item(l) {
            self.flush_para(n)?;
            if let Some(Fence::Trends { .. }) = self.fence {
                return self.trend_item(n, l, item);
            }
            return self.list_item(n, true, item);
        }
        if let Some(Fence::Trends { .. }) = self.fence {
            return Err(self.err(n, "a trends fence holds only numbered items"));
        }
        self.flush_list();
        self.para.push(l.trim().to_string());
        Ok(())
    }

    fn fence_line(&mut self, n: usize, rest: &str) -> Result<(), ContentError> {
        if self.current.is_none() {
            self.open_lead_section(n)?;
        }
        if rest.is_empty() {
            match self.fence.take() {
                None => return Err(self.err(n, "`:::` closes nothing")),
                Some(Fence::Example {
                    country,
                    blocks,
                    line,
                }) => {
                    if blocks.is_empty() {
                        return Err(self.err(line, format!("the `{country}` example is empty")));
                    }
                    let count = self.example_counts.entry(country.clone()).or_insert(0);
                    *count += 1;
                    let id = format!("{country}-{count}");
                    self.push_block(Block::Example(Example {
                        id,
                        country,
                        blocks,
                    }));
                }
                Some(Fence::Trends { items, line }) => {
                    if items.is_empty() {
                        return Err(self.err(line, "the trends fence is empty"));
                    }
                    self.push_block(Block::Trends(items));
                }
            }
            return Ok(());
        }
        if self.fence.is_some() {
            return Err(self.err(n, "fences do not nest; close the open one with `:::` first"));
        }
        let mut words = rest.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some("example"), Some(country), None) => {
                if self.report.country(country).is_none() {
                    return Err(self.err(
                        n,
                        format!("unknown country `{country}`; add it to the front matter"),
                    ));
                }
                self.fence = Some(Fence::Example {
                    country: country.to_string(),
                    line: n,
                    blocks: Vec::new(),
                });
            }
            (Some("trends"), None, None) => {
                self.fence = Some(Fence::Trends {
                    line: n,
                    items: Vec::new(),
                })
            }
            _ => return Err(self.err(n, format!("unknown fence `::: {rest}`"))),
        }
        Ok(())
    }

    fn heading(&mut self, n: usize, l: &str) -> Result<(), ContentError> {
        let level = l.chars().take_while(|&c| c == '#').count();
        let text = l[level..].trim();
        if level == 4 {
            if self.current.is_none() {
                self.open_lead_section(n)?;
            }
            let spans = parse_inline(text).map_err(|m| self.err(n, m))?;
            self.push_block(Block::Heading(spans));
            return Ok(());
        }
        if level > 4 || !l[level..].starts_with(' ') || text.is_empty() {
            return Err(self.err(
                n,
                "a heading is `#`, `##`, `###` or `####`, a space, then a title",
            ));
        }
        if self.fence.is_some() {
            return Err(self.err(n, "a heading cannot stand inside a `:::` fence"));
        }
        let h = self.parse_heading(n, text)?;
        self.close_section()?;
        // An empty heading is only fine when a child heading follows it.
        if level <= 2 {
            if let Some((_, line)) = self.pending_chapter {
                return Err(self.err(line, "this chapter is empty: give it text or a section"));
            }
        }
        if level == 1 {
            if let Some((_, line)) = self.pending_part {
                return Err(self.err(line, "this part is empty: give it text or a chapter"));
            }
        }
        match level {
            1 => {
                self.report.parts.push(Part {
                    id: h.id,
                    title: h.title,
                });
                self.pending_part = Some((self.report.parts.len() - 1, n));
            }
            2 => {
                if self.report.parts.is_empty() {
                    return Err(self.err(n, "a chapter (`##`) must come after a part (`#`)"));
                }
                self.pending_part = None;
                self.report.chapters.push(Chapter {
                    id: h.id,
                    title: h.title,
                    part: self.report.parts.len() - 1,
                    themes: h.themes,
                });
                self.pending_chapter = Some((self.report.chapters.len() - 1, n));
            }
            _ => {
                if self.pending_part.is_some() || self.report.chapters.is_empty() {
                    return Err(self.err(n, "a section (`###`) must come after a chapter (`##`)"));
                }
                self.pending_chapter = None;
                let chapter = self.report.chapters.len() - 1;
                let themes = if h.themes.is_empty() {
                    self.report.chapters[chapter].themes.clone()
                } else {
                    h.themes
                };
                let s = Section {
                    id: h.id,
                    title: h.title,
                    chapter,
                    themes,
                    blocks: Vec::new(),
                };
                self.current = Some((s, n));
            }
        }
        Ok(())
    }

    fn parse_heading(&mut self, n: usize, text: &str) -> Result<Heading, ContentError> {
        let Some(open) = text.rfind('{').filter(|_| text.ends_with('}')) else {
            return Err(self.err(n, "this heading needs an id, e.g. `{#my-id}`"));
        };
        let title = text[..open].trim().to_string();
        let mut id = None;
        let mut themes = Vec::new();
        for attr in text[open + 1..text.len() - 1].split_whitespace() {
            if let Some(v) = attr.strip_prefix('#') {
                id = Some(v.to_string());
            } else if let Some(v) = attr.strip_prefix("themes=") {
                for t in v.split(',').filter(|t| !t.is_empty()) {
                    if !THEMES.contains(&t) {
                        return Err(self.err(
                            n,
                            format!("unknown theme `{t}`; themes are {}", THEMES.join(", ")),
                        ));
                    }
                    themes.push(t.to_string());
                }
            } else {
                return Err(self.err(n, format!("unknown heading attribute `{attr}`")));
            }
        }
        let Some(id) = id else {
            return Err(self.err(n, "this heading needs an id, e.g. `{#my-id}`"));
        };
        if !is_slug(&id) {
            return Err(self.err(n, format!("id `{id}` must use only a-z, 0-9 and `-`")));
        }
        if title.is_empty() {
            return Err(self.err(n, "the heading has no title"));
        }
        if let Some(first) = self.ids.insert(id.clone(), n) {
            return Err(self.err(
                n,
                format!("duplicate id `{id}` (first used on line {first})"),
            ));
        }
        Ok(Heading { title, id, themes })
    }

    /// Text under a part or chapter heading becomes that heading's lead section.
    fn open_lead_section(&mut self, n: usize) -> Result<(), ContentError> {
        if let Some((p, _)) = self.pending_part.take() {
            let part = &self.report.parts[p];
            self.report.chapters.push(Chapter {
                id: part.id.clone(),
                title: part.title.clone(),
                part: p,
                themes: Vec::new(),
            });
            self.pending_chapter = Some((self.report.chapters.len() - 1, n));
        }
        let Some((c, _)) = self.pending_chapter.take() else {
            return Err(self.err(n, "text must stand under a heading"));
        };
        let ch = &self.report.chapters[c];
        let s = Section {
            id: ch.id.clone(),
            title: ch.title.clone(),
            chapter: c,
            themes: ch.themes.clone(),
            blocks: Vec::new(),
        };
        self.current = Some((s, n));
        Ok(())
    }

    fn close_section(&mut self) -> Result<(), ContentError> {
        if let Some((s, line)) = self.current.take() {
            if s.blocks.is_empty() {
                return Err(self.err(line, format!("section `{}` is empty", s.id)));
            }
            self.report.sections.push(s);
        }
        Ok(())
    }

    /// A part or chapter with neither text nor children is a mistake.
    fn check_dangling(&mut self, _n: usize) -> Result<(), ContentError> {
        if let Some((_, line)) = self.pending_part {
            return Err(self.err(line, "this part is empty: give it text or a chapter"));
        }
        if let Some((_, line)) = self.pending_chapter {
            return Err(self.err(line, "this chapter is empty: give it text or a section"));
        }
        Ok(())
    }

    fn list_item(&mut self, n: usize, ordered: bool, item: &str) -> Result<(), ContentError> {
        let spans = parse_inline(item.trim()).map_err(|m| self.err(n, m))?;
        match &mut self.list {
            Some((o, items)) if *o == ordered => items.push(spans),
            _ => {
                self.flush_list();
                self.list = Some((ordered, vec![spans]));
            }
        }
        Ok(())
    }

    fn trend_item(&mut self, n: usize, line: &str, item: &str) -> Result<(), ContentError> {
        let spans = parse_inline(item.trim()).map_err(|m| self.err(n, m))?;
        let num: u32 = line
            .split('.')
            .next()
            .and_then(|d| d.trim().parse().ok())
            .unwrap_or(0);
        let (title, text) = match spans.split_first() {
            Some((Span::Strong(t), rest)) if t.ends_with(':') => {
                let mut rest = rest.to_vec();
                if let Some(Span::Text(first)) = rest.first_mut() {
                    *first = first.trim_start().to_string();
                }
                (t.trim_end_matches(':').trim().to_string(), rest)
            }
            _ => return Err(self.err(n, "a trend is `N. **Title:** text`")),
        };
        if let Some(Fence::Trends { items, .. }) = &mut self.fence {
            if num as usize != items.len() + 1 {
                return Err(self.err(n, format!("trend number {num} is out of order")));
            }
            items.push(Trend {
                n: num,
                title,
                text,
            });
        }
        Ok(())
    }

    fn flush_para(&mut self, n: usize) -> Result<(), ContentError> {
        if self.para.is_empty() {
            return Ok(());
        }
        let text = self.para.join(" ");
        self.para.clear();
        let spans = parse_inline(&text).map_err(|m| self.err(n.saturating_sub(1).max(1), m))?;
        self.push_block(Block::Para(spans));
        Ok(())
    }

    fn flush_list(&mut self) {
        if let Some((ordered, items)) = self.list.take() {
            self.push_block(if ordered {
                Block::Numbered(items)
            } else {
                Block::Bullets(items)
            });
        }
    }

    fn flush_text(&mut self, n: usize) -> Result<(), ContentError> {
        if (!self.para.is_empty() || self.list.is_some()) && self.current.is_none() {
            self.open_lead_section(n)?;
        }
        self.flush_para(n)?;
        self.flush_list();
        Ok(())
    }

    fn push_block(&mut self, b: Block) {
        match &mut self.fence {
            Some(Fence::Example { blocks, .. }) => blocks.push(b),
            _ => {
                if let Some((s, _)) = &mut self.current {
                    s.blocks.push(b);
                }
            }
        }
    }
}

fn numbered_item(l: &str) -> Option<&str> {
    let digits = l.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    l[digits..].strip_prefix(". ")
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `**strong**`, `*em*` and `\*`; anything else is text.
pub fn parse_inline(s: &str) -> Result<Vec<Span>, String> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = s.chars().peekable();
    // None: plain; Some(true): inside **; Some(false): inside *.
    let mut open: Option<bool> = None;
    let flush = |text: &mut String, open: Option<bool>, out: &mut Vec<Span>| {
        if text.is_empty() {
            return;
        }
        let t = std::mem::take(text);
        out.push(match open {
            None => Span::Text(t),
            Some(true) => Span::Strong(t),
            Some(false) => Span::Em(t),
        });
    };
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'*') => {
                text.push('*');
                chars.next();
            }
            '*' => {
                let double = chars.peek() == Some(&'*');
                if double {
                    chars.next();
                }
                match open {
                    None => {
                        flush(&mut text, None, &mut out);
                        open = Some(double);
                    }
                    Some(d) if d == double => {
                        if text.is_empty() {
                            return Err("empty emphasis".into());
                        }
                        flush(&mut text, open, &mut out);
                        open = None;
                    }
                    Some(_) => {
                        return Err(
                            "emphasis cannot nest; write `\\*` for a literal asterisk".into()
                        )
                    }
                }
            }
            c => text.push(c),
        }
    }
    if open.is_some() {
        return Err("emphasis is never closed; write `\\*` for a literal asterisk".into());
    }
    flush(&mut text, None, &mut out);
    // Adjacent text spans can arise around escapes; merge them for a lean asset.
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for s in out {
        match (merged.last_mut(), s) {
            (Some(Span::Text(a)), Span::Text(b)) => a.push_str(&b),
            (_, s) => merged.push(s),
        }
    }
    Ok(merged)
}
