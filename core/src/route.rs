//! The app's addresses: which page a path names, and the values in its query.
//! A language other than English writes its addresses under its tag
//! (`/th/read/introduction`), where the build puts that language's pages.
//! A plain match instead of a routing library: the router's generic view
//! machinery was ~10% of the wasm, and Lantern has a fixed, small set of pages.

use crate::lang::Lang;

/// A page and the parts of its path it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Home,
    Contents,
    Section(String),
    Search,
    Help,
    Quiz,
    QuizHistory,
    Facilitate,
    FacilitateRun,
    FacilitatePrint,
    FacilitateSummary(String),
    /// The facilitator's screen of a live quiz on a classroom network.
    FacilitateLive,
    /// Where a phone joins a live quiz.
    Join,
    Countries,
    Country(String),
    Bookmarks,
    About,
    Settings,
    NotFound,
}

/// An address inside the app, relative to where it is hosted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    /// Starts with `/`, no query or fragment.
    pub path: String,
    /// Without the `?`.
    pub query: String,
}

impl Address {
    /// Splits `/path?query#fragment`; the fragment is the browser's business.
    /// A language's prefix (`/th/read/x`) names the same page as the bare
    /// address: the language is the reader's choice, not the address's.
    pub fn parse(url: &str) -> Address {
        let url = url.split('#').next().unwrap_or_default();
        let url = without_lang(url).1;
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let path = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        };
        Address {
            path,
            query: query.to_string(),
        }
    }

    pub fn page(&self) -> Page {
        page_for(&self.path)
    }

    /// The first value of `key` in the query, decoded.
    pub fn query_value(&self, key: &str) -> Option<String> {
        self.query
            .split('&')
            .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
            .find(|(k, _)| decode(k) == key)
            .map(|(_, v)| decode(v))
    }
}

/// The language an app-relative address is written in, and the address
/// without it: `/th/read/x` is Thai's `/read/x`. English has no prefix, so
/// every address Lantern has served stays what it was.
pub fn without_lang(url: &str) -> (Lang, &str) {
    let first = url.strip_prefix('/').unwrap_or(url);
    let tag = first.split(['/', '?', '#']).next().unwrap_or_default();
    match Lang::from_slug(tag) {
        Some(lang) if lang != Lang::En => {
            // Home with a query or a place (`/th?x`) keeps them; the caller
            // reads a path without its leading slash as from the root.
            let rest = &first[tag.len()..];
            (lang, if rest.is_empty() { "/" } else { rest })
        }
        _ => (Lang::En, url),
    }
}

/// The prefix a language's addresses carry (`/th`; none for English).
pub fn lang_prefix(lang: Lang) -> String {
    if lang == Lang::En {
        String::new()
    } else {
        format!("/{}", lang.tag())
    }
}

/// Which page a path names; a trailing slash is forgiven.
#[inline(never)]
pub fn page_for(path: &str) -> Page {
    let trimmed = path.trim_end_matches('/');
    let segs: Vec<&str> = trimmed.split('/').skip(1).collect();
    let one = |s: &str| decode(s);
    match segs.as_slice() {
        // Some hosts show the page under its file name.
        [] | ["index.html"] => Page::Home,
        ["read"] => Page::Contents,
        ["read", id] if !id.is_empty() => Page::Section(one(id)),
        ["search"] => Page::Search,
        ["help"] => Page::Help,
        ["quiz"] => Page::Quiz,
        ["quiz", "history"] => Page::QuizHistory,
        ["facilitate"] => Page::Facilitate,
        ["facilitate", "run"] => Page::FacilitateRun,
        ["facilitate", "print"] => Page::FacilitatePrint,
        ["facilitate", "summary", id] if !id.is_empty() => Page::FacilitateSummary(one(id)),
        ["facilitate", "live"] => Page::FacilitateLive,
        ["join"] => Page::Join,
        ["countries"] => Page::Countries,
        // `/country/FIJI` is Fiji: a slug is never told apart by case.
        ["country", slug] if !slug.is_empty() => Page::Country(crate::text::lowercase(&one(slug))),
        ["bookmarks"] => Page::Bookmarks,
        ["about"] => Page::About,
        ["settings"] => Page::Settings,
        _ => Page::NotFound,
    }
}

impl Page {
    /// The app-relative path of this page: the one direction `page_for`
    /// reads the other way, so no path is ever typed by hand in the app.
    pub fn path(&self) -> String {
        let fixed = match self {
            Page::Home => "/",
            Page::Contents => "/read",
            Page::Search => "/search",
            Page::Help => "/help",
            Page::Quiz => "/quiz",
            Page::QuizHistory => "/quiz/history",
            Page::Facilitate => "/facilitate",
            Page::FacilitateRun => "/facilitate/run",
            Page::FacilitatePrint => "/facilitate/print",
            Page::FacilitateLive => "/facilitate/live",
            Page::Join => "/join",
            Page::Countries => "/countries",
            Page::Bookmarks => "/bookmarks",
            Page::About => "/about",
            Page::Settings => "/settings",
            Page::NotFound => "/not-found",
            Page::Section(id) => return format!("/read/{}", encode(id)),
            Page::FacilitateSummary(id) => return format!("/facilitate/summary/{}", encode(id)),
            Page::Country(slug) => return format!("/country/{}", encode(slug)),
        };
        fixed.to_string()
    }

    /// Whether the page shows the report's words (the build writes these
    /// pages with their content): the app takes one over only once it has
    /// the report too.
    pub fn reads_report(&self) -> bool {
        matches!(
            self,
            Page::Home
                | Page::Contents
                | Page::Section(_)
                | Page::Countries
                | Page::Country(_)
                | Page::About
        )
    }

    /// The path with a place in the page (`/read/x#trend-12`).
    pub fn at(&self, fragment: &str) -> String {
        format!("{}#{}", self.path(), encode(fragment))
    }

    /// A section's page, reached from a quiz answer's "read more": it offers
    /// the way back to the quiz.
    pub fn section_from_quiz(id: &str) -> String {
        format!("{}?from=quiz", Page::Section(id.to_string()).path())
    }
}

/// The words of the pages' titles, in the reader's language: each page's own
/// heading, so the tab, history and a screen reader name what the page shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct TitleWords<'a> {
    pub app: &'a str,
    /// What Lantern is, for the home page's title ("Lantern — …").
    pub home: &'a str,
    pub contents: &'a str,
    pub search: &'a str,
    pub help: &'a str,
    pub quiz: &'a str,
    pub quiz_history: &'a str,
    pub facilitate: &'a str,
    pub print: &'a str,
    pub summary: &'a str,
    pub live: &'a str,
    pub join: &'a str,
    pub countries: &'a str,
    pub bookmarks: &'a str,
    pub about: &'a str,
    pub settings: &'a str,
    pub not_found: &'a str,
}

impl Page {
    /// The document title: the page's name first and Lantern last. `detail`
    /// is what only the page knows: a section's or a country's name, or the
    /// step within a page (a quiz's question), which comes before the page.
    pub fn title(&self, w: &TitleWords, detail: &str) -> String {
        let page = match self {
            Page::Home => return format!("{} — {}", w.app, w.home),
            Page::Section(_) | Page::Country(_) if !detail.is_empty() => {
                return format!("{detail} — {}", w.app)
            }
            // Until the data names it, a section or country is its list's.
            Page::Contents | Page::Section(_) => w.contents,
            Page::Countries | Page::Country(_) => w.countries,
            Page::Search => w.search,
            Page::Help => w.help,
            Page::Quiz => w.quiz,
            Page::QuizHistory => w.quiz_history,
            Page::Facilitate | Page::FacilitateRun => w.facilitate,
            Page::FacilitatePrint => w.print,
            Page::FacilitateSummary(_) => w.summary,
            Page::FacilitateLive => w.live,
            Page::Join => w.join,
            Page::Bookmarks => w.bookmarks,
            Page::About => w.about,
            Page::Settings => w.settings,
            Page::NotFound => w.not_found,
        };
        if detail.is_empty() {
            format!("{page} — {}", w.app)
        } else {
            format!("{detail} — {page} — {}", w.app)
        }
    }
}

/// `/search?q=…`: the query lives in the address, so a search can be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    pub q: String,
}

impl SearchQuery {
    pub fn read(address: &Address) -> SearchQuery {
        SearchQuery {
            q: address.query_value("q").unwrap_or_default(),
        }
    }

    pub fn href(&self) -> String {
        let path = Page::Search.path();
        if self.q.is_empty() {
            path
        } else {
            format!("{path}?q={}", encode(&self.q))
        }
    }
}

/// What the facilitator prints of the session, kept in the address so the
/// page can be reloaded or shared: `/facilitate/print?show=key` for the
/// answer key, otherwise the question sheet. Other values are ignored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintQuery {
    /// The answer key, or the question sheet.
    pub key: bool,
}

impl PrintQuery {
    pub fn read(address: &Address) -> PrintQuery {
        PrintQuery {
            key: address.query_value("show").as_deref() == Some("key"),
        }
    }

    pub fn href(&self) -> String {
        let show = if self.key { "key" } else { "sheet" };
        format!("{}?show={show}", Page::FacilitatePrint.path())
    }
}

/// `/facilitate/live?open=1`: open a live quiz with the setup on this
/// device (the setup's "Live on this network"); without it, the page comes
/// back to the live quiz this device runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LiveQuery {
    pub open: bool,
}

impl LiveQuery {
    pub fn read(address: &Address) -> LiveQuery {
        LiveQuery {
            open: address.query_value("open").as_deref() == Some("1"),
        }
    }

    pub fn href(&self) -> String {
        let path = Page::FacilitateLive.path();
        if self.open {
            format!("{path}?open=1")
        } else {
            path
        }
    }
}

/// Whether a section was opened from a quiz answer (`?from=quiz`).
pub fn from_quiz(address: &Address) -> bool {
    address.query_value("from").as_deref() == Some("quiz")
}

/// For an address the app does not know, the one that was probably meant:
/// a link that ended a sentence in a chat (`/read/introduction.`), or a
/// page asked for as a file (`/help.html`).
pub fn suggest(path: &str) -> Option<String> {
    let mut p = path.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '/']);
    for ext in [".html", ".htm"] {
        p = p.strip_suffix(ext).unwrap_or(p);
    }
    let p = if p.is_empty() { "/" } else { p };
    (p != path && page_for(p) != Page::NotFound).then(|| p.to_string())
}

/// Whether a link to `href` marks the current page: the same path, or (except
/// for home) a page beneath it, so "Read" stays marked inside a section.
pub fn is_current(href: &str, path: &str) -> bool {
    let href = Address::parse(href).path;
    let href = href.trim_end_matches('/');
    let path = path.trim_end_matches('/');
    if href.is_empty() {
        return path.is_empty();
    }
    path == href
        || path
            .strip_prefix(href)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// Percent-decoding for query values (`+` is a space); bad escapes stay as
/// written and invalid UTF-8 is replaced, so no address can fail to load.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value (everything but unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}
