//! Where the app is: the current address as a signal, and moving to another.
//! Paths are app-relative (`/read/x`); the hosting base is added at the edge.
//!
//! While "Hide Lantern from Back" is on (the default), every move replaces
//! the browser's history entry, so Lantern is one entry and a quick exit
//! leaves nothing for Back to show; the app's own Back button walks the
//! trail of earlier pages instead.

use crate::platform::{self, history};
use crate::state::Stored;
use lantern_core::route::{self, Address};
use lantern_core::store::Settings;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Nav {
    pub address: RwSignal<Address>,
    base: StoredValue<String>,
    /// Earlier pages, newest last, for the app's own Back while Lantern
    /// keeps to one history entry.
    trail: RwSignal<Vec<String>>,
    settings: Stored<Settings>,
    /// What the page adds to its title (see `name_page`); cleared on every
    /// move, so a page that names nothing never shows another's.
    detail: RwSignal<String>,
}

/// How a move shows in history and on screen.
#[derive(Clone, Copy, Default)]
pub struct Go {
    /// Replace the current page (a page rewriting its own query), adding
    /// nothing to Back.
    pub replace: bool,
    /// Keep the scroll position (for a page rewriting its own query).
    pub keep_scroll: bool,
}

/// Pages kept for the app's Back: enough for a reader, never a long record.
const TRAIL: usize = 20;

impl Nav {
    /// Reads the address bar and starts following links, Back and Forward.
    pub fn start(settings: Stored<Settings>) -> Nav {
        let base = platform::dom::router_base();
        let address = RwSignal::new(Address::parse(&history::current(&base)));
        let nav = Nav {
            address,
            base: StoredValue::new(base.clone()),
            trail: RwSignal::new(history::trail()),
            settings,
            detail: RwSignal::new(Default::default()),
        };
        history::listen(
            base.clone(),
            move |url| nav.go(&url, Go::default()),
            move || {
                // A move within the page (an in-page `#` link) is the browser's.
                if nav.show(&history::current(&base)) {
                    history::arrive_after_render(history::saved_scroll());
                }
            },
        );
        nav
    }

    /// Moves to an app-relative address.
    pub fn go(self, url: &str, how: Go) {
        let hide = self.settings.with_untracked(|s| s.hide_from_back);
        if hide && !how.replace {
            let here = history::trail_entry(&self.current());
            self.trail.update(|t| {
                t.push(here);
                let extra = t.len().saturating_sub(TRAIL);
                t.drain(..extra);
            });
            history::keep_trail(&self.trail.read_untracked());
        }
        let url = route::without_lang(url).1;
        history::show(&self.root(), url, how.replace || hide);
        self.show(url);
        if !how.keep_scroll {
            history::arrive_after_render(None);
        }
    }

    /// Shows `url`; whether that is another page (a new query is one). Only
    /// a real change re-renders.
    fn show(self, url: &str) -> bool {
        let next = Address::parse(url);
        let changed = self.address.read_untracked().clone() != next;
        if changed {
            self.detail.set(String::new());
            self.address.set(next);
        }
        changed
    }

    /// Whether the app's own Back has somewhere to go.
    pub fn can_go_back(self) -> bool {
        self.settings.with(|s| s.hide_from_back) && !self.trail.read().is_empty()
    }

    /// The app's own Back: the last page of the trail, in place.
    pub fn back(self) {
        let Some(entry) = self.trail.try_update(Vec::pop).flatten() else {
            return;
        };
        history::keep_trail(&self.trail.read_untracked());
        let (url, y) = history::read_trail_entry(&entry);
        let url = route::without_lang(url).1;
        history::show(&self.root(), url, true);
        self.show(url);
        history::arrive_after_render(y);
    }

    /// Names what this page shows beyond its address, for the title: a
    /// section's or a country's name, or the step of a quiz.
    // Not inlined: a page names itself in several places.
    #[inline(never)]
    pub fn name_page(self, detail: String) {
        self.detail.set(detail);
    }

    /// The current page's title, in the reader's words.
    pub fn title(self) -> String {
        let detail = self.detail.read();
        (self.address.read().page()).title(&crate::i18n::title_words(), &detail)
    }

    /// The `href` for an app-relative address, under the hosting base and
    /// in the language in use.
    pub fn href(self, url: &str) -> String {
        format!("{}{url}", self.root())
    }

    /// Puts this address in the language in use (in place), as every
    /// address the app writes is: the address bar then shows the one to
    /// share, and a reload opens that language's page.
    pub fn speak(self) {
        let here = self.current();
        if history::current(&self.base.read_value()) != format!("{}{here}", prefix()) {
            history::show(&self.root(), &here, true);
        }
    }

    /// The hosting base and the language's prefix.
    fn root(self) -> String {
        format!("{}{}", self.base.read_value(), prefix())
    }

    /// The app-relative address showing now, without a language's prefix.
    fn current(self) -> String {
        let url = history::current(&self.base.read_value());
        route::without_lang(&url).1.to_string()
    }
}

/// The language's prefix on every address the app writes (`/th`; none for
/// English), where the build wrote its pages.
fn prefix() -> String {
    route::lang_prefix(crate::i18n::lang())
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}
