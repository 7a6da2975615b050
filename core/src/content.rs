//! The report as data: parts → chapters → sections of blocks and inline spans.
//!
//! The model is flat (sections in reading order, each pointing at its chapter)
//! so that prev/next, contents and lookups are plain index arithmetic.

use serde::{Deserialize, Serialize};

/// The themes a chapter or section may be tagged with.
pub const THEMES: &[&str] = &[
    "technology",
    "legal",
    "vulnerable-groups",
    "community",
    "participation",
    "private-sector",
    "global",
    "localisation",
];

crate::positional! {
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct Report {
        pub meta: Meta,
        pub countries: Vec<Country>,
        pub parts: Vec<Part>,
        pub chapters: Vec<Chapter>,
        pub sections: Vec<Section>,
    }
}

crate::positional! {
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct Meta {
        pub title: String,
        pub subtitle: String,
        pub citation: String,
        pub permission: String,
        pub copyright: String,
        pub lang: String,
    }
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Country {
        pub slug: String,
        /// As the report writes it: what its English text is searched for.
        pub name: String,
        /// The reader's language's own name for it, where that differs;
        /// empty otherwise.
        pub local: String,
    }
}

impl Country {
    /// The name a reader sees in lists, headings and titles: its name in
    /// the reader's language where it has one.
    pub fn shown(&self) -> &str {
        if self.local.is_empty() {
            &self.name
        } else {
            &self.local
        }
    }
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Part {
        pub id: String,
        pub title: String,
    }
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Chapter {
        pub id: String,
        pub title: String,
        /// Index into `Report::parts`.
        pub part: usize,
        pub themes: Vec<String>,
    }
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Section {
        pub id: String,
        pub title: String,
        /// Index into `Report::chapters`.
        pub chapter: usize,
        pub themes: Vec<String>,
        pub blocks: Vec<Block>,
    }
}

// Externally tagged (`{"para":[…]}`): the shortest form, and a tag beside
// the content would make serde buffer every block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    Para(Vec<Span>),
    Heading(Vec<Span>),
    Bullets(Vec<Vec<Span>>),
    Numbered(Vec<Vec<Span>>),
    Example(Example),
    Trends(Vec<Trend>),
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Example {
        /// Anchor id, `<country>-<n>`, n counting that country's examples from 1.
        pub id: String,
        pub country: String,
        pub blocks: Vec<Block>,
    }
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Trend {
        pub n: u32,
        pub title: String,
        pub text: Vec<Span>,
    }
}

/// Inline text. Kept flat: the report never nests emphasis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Span {
    Text(String),
    Strong(String),
    Em(String),
}

impl Span {
    pub fn text(&self) -> &str {
        match self {
            Span::Text(s) | Span::Strong(s) | Span::Em(s) => s,
        }
    }
}

/// Plain text of a run of spans.
pub fn spans_text(spans: &[Span]) -> String {
    spans.iter().map(Span::text).collect()
}

impl Block {
    /// Appends the block's plain text, one line per paragraph or item.
    pub fn write_text(&self, out: &mut String) {
        let mut line = |spans: &[Span]| {
            out.push_str(&spans_text(spans));
            out.push('\n');
        };
        match self {
            Block::Para(s) | Block::Heading(s) => line(s),
            Block::Bullets(items) | Block::Numbered(items) => items.iter().for_each(|i| line(i)),
            Block::Example(ex) => ex.blocks.iter().for_each(|b| b.write_text(out)),
            Block::Trends(trends) => {
                for t in trends {
                    out.push_str(&t.title);
                    out.push_str(": ");
                    out.push_str(&spans_text(&t.text));
                    out.push('\n');
                }
            }
        }
    }
}

impl Section {
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        self.blocks.iter().for_each(|b| b.write_text(&mut out));
        out
    }

    /// Country examples in this section, in reading order.
    pub fn examples(&self) -> impl Iterator<Item = &Example> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Example(e) => Some(e),
            _ => None,
        })
    }
}

/// Where a section sits, for prev/next and breadcrumbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub index: usize,
    pub prev: Option<usize>,
    pub next: Option<usize>,
}

/// One country example found in the report, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleRef<'a> {
    pub section: usize,
    pub example: &'a Example,
}

impl Report {
    /// Finds a section by id; a chapter or part id resolves to its first section.
    pub fn resolve(&self, id: &str) -> Option<usize> {
        if let Some(i) = self.sections.iter().position(|s| s.id == id) {
            return Some(i);
        }
        if let Some(c) = self.chapters.iter().position(|c| c.id == id) {
            return self.sections.iter().position(|s| s.chapter == c);
        }
        let p = self.parts.iter().position(|p| p.id == id)?;
        self.sections
            .iter()
            .position(|s| self.chapters[s.chapter].part == p)
    }

    pub fn position(&self, index: usize) -> Option<Position> {
        (index < self.sections.len()).then(|| Position {
            index,
            prev: index.checked_sub(1),
            next: (index + 1 < self.sections.len()).then_some(index + 1),
        })
    }

    pub fn chapter_of(&self, section: usize) -> &Chapter {
        &self.chapters[self.sections[section].chapter]
    }

    pub fn part_of(&self, section: usize) -> &Part {
        &self.parts[self.chapter_of(section).part]
    }

    pub fn country(&self, slug: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.slug == slug)
    }

    /// Every country example in reading order.
    pub fn examples(&self) -> Vec<ExampleRef<'_>> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                s.examples().map(move |e| ExampleRef {
                    section: i,
                    example: e,
                })
            })
            .collect()
    }

    /// Examples of one country, in reading order.
    pub fn examples_of(&self, slug: &str) -> Vec<ExampleRef<'_>> {
        self.examples()
            .into_iter()
            .filter(|e| e.example.country == slug)
            .collect()
    }

    /// Countries with their example counts, in the order the front matter lists them.
    pub fn country_index(&self) -> Vec<(&Country, usize)> {
        let all = self.examples();
        self.countries
            .iter()
            .map(|c| {
                (
                    c,
                    all.iter().filter(|e| e.example.country == c.slug).count(),
                )
            })
            .collect()
    }

    /// Sections whose text names `name`, in any case, in reading order (a
    /// country can be mentioned where none of its examples stand).
    pub fn sections_naming(&self, name: &str) -> Vec<usize> {
        let name = crate::text::lowercase(name);
        (self.sections.iter().enumerate())
            .filter(|(_, s)| crate::text::lowercase(&s.plain_text()).contains(&name))
            .map(|(i, _)| i)
            .collect()
    }

    /// Every part, chapter and section id: what a question may cite and a
    /// translation may title.
    pub fn heading_ids(&self) -> impl Iterator<Item = &str> {
        let parts = self.parts.iter().map(|p| p.id.as_str());
        let chapters = self.chapters.iter().map(|c| c.id.as_str());
        parts
            .chain(chapters)
            .chain(self.sections.iter().map(|s| s.id.as_str()))
    }

    /// The 18 trends (or however many the trends block holds).
    pub fn trends(&self) -> impl Iterator<Item = (usize, &Trend)> {
        self.sections.iter().enumerate().flat_map(|(i, s)| {
            s.blocks.iter().flat_map(move |b| match b {
                Block::Trends(t) => t.iter().map(move |t| (i, t)).collect::<Vec<_>>(),
                _ => Vec::new(),
            })
        })
    }

    /// The whole report as plain text, for faithfulness checks and search.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for s in &self.sections {
            out.push_str(&s.title);
            out.push('\n');
            out.push_str(&s.plain_text());
        }
        out
    }
}
