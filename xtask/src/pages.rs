//! The words first: one static page per reading address, written by the
//! build from the same report model and messages the app renders, in the
//! app's own markup, so a slow line paints the address's content before the
//! wasm arrives and a browser that cannot run the wasm still reads it. An e2e
//! test (`tests/e2e/pages.spec.ts`) holds each page's text and links equal to
//! the app's at that address.

use std::collections::HashMap;
use std::rc::Rc;

use crate::langs::PageSource;

use lantern_core::catalogue::Message;
use lantern_core::content::{Block, Report, Span};
use lantern_core::i18n::{format, Arg};
use lantern_core::lang::{Lang, Status};
use lantern_core::route::{is_current, lang_prefix, Page, TitleWords};

/// A language's messages by id, as the app's `t()` and `tf()` give them,
/// and its name as the language link shows it.
pub struct Words {
    lang: Lang,
    name: String,
    by_id: HashMap<String, String>,
}

impl Words {
    fn new(lang: Lang, name: &str, messages: &[Message]) -> Words {
        let by_id = messages
            .iter()
            .map(|m| (m.id.clone(), m.pattern.clone()))
            .collect();
        Words {
            lang,
            name: name.to_string(),
            by_id,
        }
    }

    /// A message as written (the app's `t().…`).
    fn t(&self, id: &str) -> &str {
        self.by_id
            .get(id)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("content/en/ui.ftl has no message `{id}`"))
    }

    /// A message with its values (the app's `tf`).
    fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        format(self.lang.tag(), self.t(id), args)
    }

    fn titles(&self) -> TitleWords<'_> {
        TitleWords {
            app: self.t("app-name"),
            home: self.t("title-home"),
            contents: self.t("contents-title"),
            search: self.t("search-title"),
            help: self.t("help-title"),
            quiz: self.t("quiz-title"),
            quiz_history: self.t("history-title"),
            facilitate: self.t("fac-title"),
            print: self.t("fac-print-title"),
            summary: self.t("fac-summary-title"),
            live: self.t("live-host-title"),
            join: self.t("join-title"),
            countries: self.t("countries-title"),
            bookmarks: self.t("bookmarks-title"),
            about: self.t("about-title"),
            settings: self.t("settings-title"),
            not_found: self.t("not-found-title"),
        }
    }
}

/// Where the template's description begins; its English is kept for English.
const DESCRIPTION: &str = "<meta name=\"description\" content=\"";

/// One page the build writes.
pub struct StaticPage {
    pub page: Page,
    /// Its language's words, for the header the template holds in English.
    words: Rc<Words>,
    /// The document's title, as the app sets it.
    pub title: String,
    /// What `<main>` holds before the boot status line.
    pub main: String,
}

impl StaticPage {
    /// Where it is written in `dist/`: a folder per address, so a static
    /// host with no rewrite rules serves it (`read/introduction/index.html`).
    /// Another language's pages are under its tag (`th/read/introduction/`).
    pub fn file(&self) -> String {
        let path = format!("{}{}", lang_prefix(self.words.lang), self.page.path());
        let dir = path.trim_matches('/');
        if dir.is_empty() {
            "index.html".to_string()
        } else {
            format!("{dir}/index.html")
        }
    }

    /// The filled template as this page shows it: in its language, its
    /// links under its language's addresses, its place marked.
    pub fn finish(&self, html: &str) -> String {
        let w = &self.words;
        let html = html.replacen(
            "<html lang=\"en\"",
            &format!("<html lang=\"{}\"", w.lang.tag()),
            1,
        );
        let name = "lang=\"en\" data-lang-name>English<";
        assert!(
            html.contains(name),
            "index.html: the language link's name is not as the build expects"
        );
        let html = html.replacen(
            name,
            &format!(
                "lang=\"{}\" data-lang-name>{}<",
                w.lang.tag(),
                text(&w.name)
            ),
            1,
        );
        // A link shared in a chat shows the description under the title: in
        // another language, the tagline it already has, not English.
        let html = match w.lang {
            Lang::En => html,
            _ => {
                let (head, rest) = html
                    .split_once(DESCRIPTION)
                    .expect("index.html: the description is not as the build expects");
                let end = rest.find('"').expect("the description's closing quote");
                format!(
                    "{head}{DESCRIPTION}{}{}",
                    attr(w.t("tagline")),
                    &rest[end..]
                )
            }
        };
        let html = localise(&html, w);
        mark_current(&html, &self.page, w.lang)
    }

    /// The address relative to the base, as the page's inline script
    /// compares it with the one it is shown at (`read/introduction`).
    pub fn address(&self) -> String {
        self.page.path().trim_matches('/').to_string()
    }
}

/// Every page of a language: the reading addresses with their content, and
/// the pages that need the app with their own title and an empty frame.
pub fn all(source: &PageSource, base: &str) -> Vec<StaticPage> {
    let shipped = &source.shipped;
    let w = Rc::new(Words::new(shipped.lang, &shipped.name, &source.messages));
    let draft = shipped.status == Status::Draft && shipped.lang != Lang::En;
    let r = Render {
        report: &source.report,
        w: &w,
        base,
        draft,
    };
    let report = &source.report;
    let mut pages = vec![
        r.page(Page::Home, String::new(), r.home()),
        r.page(Page::Contents, String::new(), r.contents()),
    ];
    let mut seen = std::collections::HashSet::new();
    for id in report.heading_ids() {
        let Some(i) = report.resolve(id) else {
            continue;
        };
        if !seen.insert(id.to_string()) {
            continue;
        }
        let title = report.sections[i].title.clone();
        pages.push(r.page(Page::Section(id.to_string()), title, r.section(id, i)));
    }
    pages.push(r.page(Page::Countries, String::new(), r.countries()));
    for c in &report.countries {
        let main = r.country(&c.slug);
        pages.push(r.page(Page::Country(c.slug.clone()), c.shown().to_string(), main));
    }
    pages.push(r.page(Page::Help, String::new(), r.help()));
    pages.push(r.page(Page::About, String::new(), r.about()));
    // The pages that need the app: their own heading, and nothing else
    // until it runs.
    for page in [
        Page::Search,
        Page::Quiz,
        Page::QuizHistory,
        Page::Facilitate,
        Page::FacilitateRun,
        Page::FacilitatePrint,
        Page::FacilitateLive,
        Page::Join,
        Page::Bookmarks,
        Page::Settings,
    ] {
        let heading = page.title(&w.titles(), "");
        let name = heading
            .rsplit_once(" — ")
            .map_or(heading.as_str(), |(n, _)| n);
        let main = format!("<h1>{}</h1>", text(name));
        pages.push(r.page(page, String::new(), main));
    }
    pages
}

/// The template's header and navigation with the current page's links
/// marked as the app marks them (`aria-current="page"`), and, in another
/// language, under its prefix (`read` → `th/read`).
fn mark_current(template: &str, page: &Page, lang: Lang) -> String {
    let prefix = lang_prefix(lang);
    let prefix = prefix.trim_start_matches('/');
    let here = page.path();
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(at) = rest.find("<a ") {
        let Some(close) = rest[at..].find('>').map(|c| at + c) else {
            break;
        };
        let tag = &rest[at..close];
        out.push_str(&rest[..at]);
        rest = &rest[close..];
        let href = tag
            .split_once(" href=\"")
            .and_then(|(_, h)| h.split_once('"'))
            .map(|(h, _)| h)
            // Files (the neutral page) are not pages; "./" is home.
            .filter(|h| *h == "./" || !h.contains('.'));
        let Some(href) = href else {
            out.push_str(tag);
            continue;
        };
        let app = href.trim_start_matches("./");
        let written = match (prefix.is_empty(), app.is_empty()) {
            (true, _) => href.to_string(),
            (false, true) => format!("{prefix}/"),
            (false, false) => format!("{prefix}/{app}"),
        };
        out.push_str(&tag.replacen(
            &format!(" href=\"{href}\""),
            &format!(" href=\"{written}\""),
            1,
        ));
        if is_current(&format!("/{app}"), &here) {
            out.push_str(" aria-current=\"page\"");
        }
    }
    out.push_str(rest);
    out
}

/// The template's words in the page's language: each `data-m` element's
/// text and each `data-m-label` element's name (the ids boot.js uses).
fn localise(html: &str, w: &Words) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("data-m") {
        let open = rest[..at].rfind('<').expect("an attribute inside a tag");
        let close = at + rest[at..].find('>').expect("a tag's end");
        let tag = &rest[open..=close];
        let id_of = |attr: &str| {
            let v = tag.split_once(attr)?.1;
            Some(v[..v.find('"')?].to_string())
        };
        out.push_str(&rest[..open]);
        rest = &rest[close + 1..];
        if let Some(id) = id_of("data-m-label=\"") {
            let label = tag
                .split_once("aria-label=\"")
                .and_then(|(_, v)| v.split_once('"'))
                .map(|(v, _)| v)
                .expect("an aria-label beside data-m-label");
            out.push_str(&tag.replacen(
                &format!("aria-label=\"{label}\""),
                &format!("aria-label=\"{}\"", attr(w.t(&id))),
                1,
            ));
        } else if let Some(id) = id_of("data-m=\"") {
            out.push_str(tag);
            out.push_str(&text(w.t(&id)));
            rest = &rest[rest.find('<').unwrap_or(rest.len())..];
        } else {
            out.push_str(tag);
        }
    }
    out.push_str(rest);
    out
}

struct Render<'a> {
    report: &'a Report,
    w: &'a Rc<Words>,
    base: &'a str,
    /// The language is not yet reviewed: About says so, as in the app.
    draft: bool,
}

impl Render<'_> {
    fn page(&self, page: Page, detail: String, main: String) -> StaticPage {
        let title = page.title(&self.w.titles(), &detail);
        StaticPage {
            page,
            words: Rc::clone(self.w),
            title,
            main,
        }
    }

    /// `<a>` to an app address, as the app's `Link` writes it.
    fn link(&self, href: &str, here: &Page, inner: &str) -> String {
        self.link_with(href, here, "", inner)
    }

    fn link_with(&self, href: &str, here: &Page, attrs: &str, inner: &str) -> String {
        let full = format!(
            "{}{}{href}",
            self.base.trim_end_matches('/'),
            lang_prefix(self.w.lang)
        );
        let current = if is_current(href, &here.path()) {
            " aria-current=\"page\""
        } else {
            ""
        };
        format!("<a href=\"{}\"{attrs}{current}>{inner}</a>", attr(&full))
    }

    fn home(&self) -> String {
        let w = self.w;
        let here = Page::Home;
        let tiles: String = [
            (Page::Contents, "nav-read"),
            (Page::Quiz, "nav-quiz"),
            (Page::Facilitate, "nav-facilitate"),
            (Page::Help, "nav-help"),
            (Page::Countries, "nav-countries"),
            (Page::Search, "nav-search"),
            (Page::Bookmarks, "nav-bookmarks"),
            (Page::About, "nav-about"),
            (Page::Settings, "nav-settings"),
        ]
        .iter()
        .map(|(p, id)| format!("<li>{}</li>", self.link(&p.path(), &here, &text(w.t(id)))))
        .collect();
        let cards: String = self
            .report
            .trends()
            .map(|(section, tr)| {
                let href = Page::Section(self.report.sections[section].id.clone())
                    .at(&format!("trend-{}", tr.n));
                let title = w.f(
                    "trend-title",
                    &[("n", tr.n.into()), ("title", (&tr.title).into())],
                );
                format!(
                    "<li><details class=\"trend-card\"><summary>{}</summary><p>{}</p>{}</details></li>",
                    text(&title),
                    spans(&tr.text),
                    self.link(&href, &here, &text(w.t("read-in-context")))
                )
            })
            .collect();
        // The hero is made of messages alone: in another language the boot
        // script can put its words in place (`data-m`), so it may show.
        format!(
            "<section class=\"hero\"><h1>{app}</h1><p class=\"tagline\" data-m=\"tagline\">{tagline}</p><p data-m=\"home-intro\">{intro}</p></section>\
<section aria-labelledby=\"explore\"><h2 id=\"explore\">{explore}</h2><ul class=\"tiles\">{tiles}</ul></section>\
<section aria-labelledby=\"trends\"><h2 id=\"trends\">{trends}</h2><p>{trends_intro}</p><ol class=\"trend-cards\">{cards}</ol></section>",
            app = text(w.t("app-name")),
            tagline = text(w.t("tagline")),
            intro = text(w.t("home-intro")),
            explore = text(w.t("explore-title")),
            trends = text(w.t("trends-title")),
            trends_intro = text(w.t("trends-intro")),
        )
    }

    fn contents(&self) -> String {
        let (report, here) = (self.report, Page::Contents);
        let entry = |id: &str, title: &str| {
            self.link(&Page::Section(id.to_string()).path(), &here, &text(title))
        };
        let parts: String = (report.parts.iter().enumerate())
            .map(|(p, part)| {
                let chapters: String = (report.chapters.iter().enumerate())
                    .filter(|(_, c)| c.part == p)
                    .map(|(ci, c)| {
                        let sections: String = (report.sections.iter())
                            .filter(|s| s.chapter == ci && s.id != c.id)
                            .map(|s| format!("<li>{}</li>", entry(&s.id, &s.title)))
                            .collect();
                        let inner = if sections.is_empty() {
                            String::new()
                        } else {
                            format!("<ul>{sections}</ul>")
                        };
                        let own = if c.id != part.id {
                            entry(&c.id, &c.title)
                        } else {
                            String::new()
                        };
                        format!("<li>{own}{inner}</li>")
                    })
                    .collect();
                format!(
                    "<li class=\"part\">{}<ul>{chapters}</ul></li>",
                    entry(&part.id, &part.title)
                )
            })
            .collect();
        let title = self.w.t("contents-title");
        format!(
            "<h1>{}</h1><nav aria-label=\"{}\"><ul class=\"contents\">{parts}</ul></nav>",
            text(title),
            attr(title)
        )
    }

    fn section(&self, id: &str, index: usize) -> String {
        let (report, w) = (self.report, self.w);
        let here = Page::Section(id.to_string());
        let section = &report.sections[index];
        let chapter = report.chapter_of(index);
        let pos = report.position(index).expect("an index from resolve");
        let breadcrumb = if chapter.id != section.id {
            let (before, after) = w
                .t("in-chapter")
                .split_once("{ $chapter }")
                .unwrap_or((w.t("in-chapter"), ""));
            let href = Page::Section(chapter.id.clone()).path();
            format!(
                "<p class=\"breadcrumb\">{}{}{}</p>",
                text(before),
                self.link(&href, &here, &text(&chapter.title)),
                text(after)
            )
        } else {
            String::new()
        };
        // The bookmark and share buttons need the app: shown only while it
        // may still start (`.if-script`), in the place the app puts them.
        let actions = format!(
            "<div class=\"section-actions if-script\"><button type=\"button\" class=\"secondary\" aria-pressed=\"false\"><span aria-hidden=\"true\">☆ </span>{}</button><button type=\"button\" class=\"secondary\">{}</button><p class=\"share-status\" role=\"status\"></p></div>",
            text(w.t("bookmark-add")),
            text(w.t("share-section"))
        );
        let body_lang = report.meta.lang != w.lang.tag();
        let (note, lang) = if body_lang {
            (
                format!(
                    "<p class=\"body-lang-note\">{}</p>",
                    text(w.t("report-in-english"))
                ),
                format!(" lang=\"{}\"", attr(&report.meta.lang)),
            )
        } else {
            (String::new(), String::new())
        };
        let pager = |i: Option<usize>, label: &str, rel: &str| {
            let Some(i) = i else { return String::new() };
            let s = &report.sections[i];
            let inner = format!(
                "<span class=\"pager-label\">{}</span><span class=\"pager-title\">{}</span>",
                text(label),
                text(&s.title)
            );
            let attrs = format!(" rel=\"{rel}\" class=\"pager-{rel}\"");
            self.link_with(&Page::Section(s.id.clone()).path(), &here, &attrs, &inner)
        };
        format!(
            "<article class=\"section\" data-section=\"{sid}\">{breadcrumb}<h1>{title}</h1>{actions}{note}<div class=\"section-body\"{lang}>{body}</div></article>\
<nav class=\"pager\" aria-label=\"{pager_label}\">{prev}{next}</nav>",
            sid = attr(&section.id),
            title = text(&section.title),
            body = self.blocks(&section.blocks),
            pager_label = attr(w.t("pager-label")),
            prev = pager(pos.prev, w.t("previous"), "prev"),
            next = pager(pos.next, w.t("next"), "next"),
        )
    }

    fn country_name(&self, slug: &str) -> String {
        (self.report.countries.iter())
            .find(|c| c.slug == slug)
            .map_or_else(|| slug.to_string(), |c| c.name.clone())
    }

    fn blocks(&self, blocks: &[Block]) -> String {
        blocks.iter().map(|b| self.block(b)).collect()
    }

    fn block(&self, block: &Block) -> String {
        let items = |items: &[Vec<Span>]| -> String {
            items
                .iter()
                .map(|i| format!("<li>{}</li>", spans(i)))
                .collect()
        };
        match block {
            Block::Para(s) => format!("<p>{}</p>", spans(s)),
            Block::Heading(s) => format!("<h3 class=\"minor-heading\">{}</h3>", spans(s)),
            Block::Bullets(i) => format!("<ul>{}</ul>", items(i)),
            Block::Numbered(i) => format!("<ol>{}</ol>", items(i)),
            Block::Example(ex) => {
                let name = self.country_name(&ex.country);
                let pattern = self.w.t("example-from-country");
                let label = self
                    .w
                    .f("example-from-country", &[("country", (&name).into())]);
                let (before, after) = pattern.split_once("{ $country }").unwrap_or(("", ""));
                format!(
                    "<aside class=\"example\" id=\"{}\" aria-label=\"{}\"><p class=\"example-label\">{}<strong>{}</strong>{}</p>{}</aside>",
                    attr(&ex.id),
                    attr(&label),
                    text(before),
                    text(&name),
                    text(after),
                    self.blocks(&ex.blocks)
                )
            }
            Block::Trends(trends) => {
                let items: String = trends
                    .iter()
                    .map(|tr| {
                        format!(
                            "<li id=\"trend-{}\"><strong>{}:</strong> {}</li>",
                            tr.n,
                            text(&tr.title),
                            spans(&tr.text)
                        )
                    })
                    .collect();
                format!(
                    "<ol class=\"trends\" lang=\"{}\">{items}</ol>",
                    self.w.lang.tag()
                )
            }
        }
    }

    fn countries(&self) -> String {
        let (w, here) = (self.w, Page::Countries);
        let items: String = (self.report.country_index().into_iter())
            .map(|(c, n)| {
                let count = w.f("country-examples", &[("n", n.into())]);
                format!(
                    "<li>{} — <span class=\"count\">{}</span></li>",
                    self.link(
                        &Page::Country(c.slug.clone()).path(),
                        &here,
                        &text(c.shown())
                    ),
                    text(&count)
                )
            })
            .collect();
        format!(
            "<h1>{}</h1><p>{}</p><ul class=\"country-list\">{items}</ul>",
            text(w.t("countries-title")),
            text(w.t("countries-intro"))
        )
    }

    fn country(&self, slug: &str) -> String {
        let (report, w) = (self.report, self.w);
        let here = Page::Country(slug.to_string());
        let country = report.country(slug).expect("a country of the report");
        let examples: String = (report.examples_of(slug).into_iter())
            .map(|e| {
                let s = &report.sections[e.section];
                let href = Page::Section(s.id.clone()).at(&e.example.id);
                let chapter = &report.chapter_of(e.section).title;
                let line = w.t("country-example-in").replace("{ $chapter }", chapter);
                let (before, after) = line
                    .split_once("{ $section }")
                    .map_or((line.clone(), String::new()), |(b, a)| {
                        (b.to_string(), a.to_string())
                    });
                format!(
                    "<article class=\"example\" id=\"{}\"><p class=\"example-label\">{}{}{}</p>{}</article>",
                    attr(&e.example.id),
                    text(&before),
                    self.link(&href, &here, &text(&s.title)),
                    text(&after),
                    self.blocks(&e.example.blocks)
                )
            })
            .collect();
        let mentions: String = (report.sections_naming(&country.name).into_iter())
            .map(|i| {
                let s = &report.sections[i];
                let link = self.link(&Page::Section(s.id.clone()).path(), &here, &text(&s.title));
                format!("<li>{link}</li>")
            })
            .collect();
        format!(
            "<h1>{}</h1>{examples}<h2>{}</h2><ul>{mentions}</ul>",
            text(country.shown()),
            text(w.t("country-mentions"))
        )
    }

    fn help(&self) -> String {
        let w = self.w;
        let t = |id: &str| text(w.t(id));
        // The contacts are kept on the device: the list and its form need
        // the app (`.if-script`), as in the app when none are kept.
        let form = format!(
            "<form class=\"contact-form if-script\"><label for=\"contact-name\">{}</label><input id=\"contact-name\" type=\"text\" autocomplete=\"off\"><label for=\"contact-phone\">{}</label><input id=\"contact-phone\" type=\"tel\" autocomplete=\"off\"><label for=\"contact-note\">{}</label><input id=\"contact-note\" type=\"text\" autocomplete=\"off\"><p class=\"form-error\" role=\"alert\"></p><button type=\"submit\">{}</button></form>",
            t("contact-name"),
            t("contact-phone"),
            t("contact-note"),
            t("contact-add")
        );
        format!(
            "<h1>{}</h1><p class=\"lead\">{}</p><h2>{}</h2><ol class=\"help-steps\"><li>{}</li><li>{}</li><li>{}</li><li>{}</li><li>{}</li><li><strong>{}</strong></li></ol>\
<h2>{}</h2><p>{}</p><h2>{}</h2><p>{}</p><h2 id=\"contacts\">{}</h2><p>{}</p><p class=\"if-script\">{}</p>{form}<h2>{}</h2><p>{}</p>",
            t("help-title"),
            t("help-intro"),
            t("help-steps-title"),
            t("help-step-stop"),
            t("help-step-no-pay"),
            t("help-step-evidence"),
            t("help-step-block"),
            t("help-step-tell"),
            t("help-step-not-fault"),
            t("help-block-title"),
            t("help-block-body"),
            t("help-helpline-title"),
            t("help-helpline-body"),
            t("contacts-title"),
            t("contacts-intro"),
            t("contacts-empty"),
            t("quick-exit-limits-title"),
            t("quick-exit-limits-body"),
        )
    }

    fn about(&self) -> String {
        let (w, m) = (self.w, &self.report.meta);
        let lang = attr(&m.lang);
        let draft = if self.draft {
            let note = w.f("language-draft", &[("name", (&w.name).into())]);
            format!("<p class=\"draft-note\">{}</p>", text(&note))
        } else {
            String::new()
        };
        format!(
            "<h1>{}</h1><p class=\"independent\"><strong>{}</strong></p>{draft}\
<p lang=\"{lang}\"><cite>{}</cite> — {}</p><h2>{}</h2><p class=\"citation\" lang=\"{lang}\">{}</p><h2>{}</h2><p lang=\"{lang}\">{} {}</p><p>{}</p>",
            text(w.t("about-title")),
            text(w.t("about-independent")),
            text(&m.title),
            text(&m.subtitle),
            text(w.t("about-citation")),
            text(&m.citation),
            text(w.t("about-permission")),
            text(&m.permission),
            text(&m.copyright),
            text(w.t("about-offline")),
        )
    }
}

/// Inline spans as the app writes them.
fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(x) => text(x),
            Span::Strong(x) => format!("<strong>{}</strong>", text(x)),
            Span::Em(x) => format!("<em>{}</em>", text(x)),
        })
        .collect()
}

/// Text in an element: never read as markup.
pub fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text in a double-quoted attribute.
fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(lang: Lang) -> Rc<Words> {
        let m = |id: &str, pattern: &str| Message {
            id: id.into(),
            pattern: pattern.into(),
            line: 1,
        };
        let messages = match lang {
            Lang::En => vec![m("nav-read", "Read"), m("nav-label", "Main")],
            _ => vec![
                m("nav-read", "อ่าน"),
                m("nav-label", "เมนูหลัก"),
                m("tagline", "รายงาน \"Collective Action\" ในกระเป๋า"),
            ],
        };
        Rc::new(Words::new(lang, "ไทย", &messages))
    }

    fn page(page: Page, lang: Lang) -> StaticPage {
        StaticPage {
            page,
            words: words(lang),
            title: String::new(),
            main: String::new(),
        }
    }

    #[test]
    fn text_is_escaped_in_elements_and_attributes() {
        assert_eq!(text("a <b> & c"), "a &lt;b&gt; &amp; c");
        assert_eq!(
            attr("say \"hi\" & <go>"),
            "say &quot;hi&quot; &amp; &lt;go&gt;"
        );
    }

    #[test]
    fn each_address_is_a_folder_with_its_index_page_under_its_language() {
        let en = |p| page(p, Lang::En);
        assert_eq!(en(Page::Home).file(), "index.html");
        assert_eq!(en(Page::Home).address(), "");
        assert_eq!(en(Page::Contents).file(), "read/index.html");
        let s = en(Page::Section("introduction".into()));
        assert_eq!(s.file(), "read/introduction/index.html");
        assert_eq!(s.address(), "read/introduction");
        assert_eq!(en(Page::QuizHistory).file(), "quiz/history/index.html");
        let th = page(Page::Section("introduction".into()), Lang::Th);
        assert_eq!(th.file(), "th/read/introduction/index.html");
        // The inline script compares the address without the language.
        assert_eq!(th.address(), "read/introduction");
        assert_eq!(page(Page::Home, Lang::Th).file(), "th/index.html");
    }

    #[test]
    fn the_header_marks_the_current_place_as_the_app_does() {
        let header = r#"<a class="button quick-exit" href="neutral.html">x</a><a class="brand" href="./" aria-label="L">L</a><a href="read">Read</a><a href="quiz">Quiz</a>"#;
        let home = mark_current(header, &Page::Home, Lang::En);
        assert!(home.contains(r#"href="./" aria-label="L" aria-current="page""#));
        assert!(!home.contains(r#"href="read" aria-current"#));
        let section = mark_current(header, &Page::Section("introduction".into()), Lang::En);
        assert!(section.contains(r#"href="read" aria-current="page""#));
        assert!(!section.contains(r#"aria-label="L" aria-current"#));
        assert!(!section.contains(r#"neutral.html" aria-current"#));
        // Another language's pages link to its own addresses; files stay.
        let th = mark_current(header, &Page::Section("introduction".into()), Lang::Th);
        assert!(th.contains(r#"href="th/read" aria-current="page""#), "{th}");
        assert!(th.contains(r#"href="th/" aria-label="L">"#), "{th}");
        assert!(th.contains(r#"href="neutral.html">"#), "{th}");
    }

    #[test]
    fn a_page_in_another_language_describes_itself_with_its_tagline() {
        let html = r#"<html lang="en"><meta name="description" content="Read the report offline."><span class="lang-name" lang="en" data-lang-name>English</span>"#;
        let th = page(Page::Home, Lang::Th).finish(html);
        assert!(
            th.contains(r#"<meta name="description" content="รายงาน &quot;Collective Action&quot; ในกระเป๋า">"#),
            "{th}"
        );
        let en = page(Page::Home, Lang::En).finish(html);
        assert!(en.contains(r#"content="Read the report offline.""#), "{en}");
    }

    #[test]
    fn the_header_is_put_in_the_page_language() {
        let html = r#"<html lang="en"><meta name="description" content="Read the report offline."><nav aria-label="Main" data-m-label="nav-label"><a href="read"><span data-m="nav-read">Read</span></a><span class="lang-name" lang="en" data-lang-name>English</span></nav>"#;
        let th = page(Page::Contents, Lang::Th).finish(html);
        assert!(th.starts_with(r#"<html lang="th">"#), "{th}");
        assert!(
            th.contains(r#"<nav aria-label="เมนูหลัก" data-m-label="nav-label">"#),
            "{th}"
        );
        assert!(
            th.contains(
                r#"<a href="th/read" aria-current="page"><span data-m="nav-read">อ่าน</span>"#
            ),
            "{th}"
        );
        assert!(th.contains(r#"lang="th" data-lang-name>ไทย<"#), "{th}");
        let en = page(Page::Contents, Lang::En).finish(html);
        assert!(
            en.contains(r#"<span data-m="nav-read">Read</span>"#),
            "{en}"
        );
    }
}
