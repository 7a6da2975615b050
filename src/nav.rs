//! Where the app is: the current address as a signal, and moving to another.
//! Paths are app-relative (`/read/x`); the hosting base is added at the edge.
//!
//! While "Hide Lantern from Back" is on (the default), every move replaces
//! the browser's history entry, so Lantern is one entry and a quick exit
//! leaves nothing for Back to show; the app's own Back button walks the
//! trail of earlier pages instead.

use crate::platform::{self, history};
use crate::state::Stored;
use lantern_core::route::Address;
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
        };
        history::listen(
            base.clone(),
            move |url| nav.go(&url, Go::default()),
            move || address.set(Address::parse(&history::current(&base))),
        );
        nav
    }

    /// Moves to an app-relative address.
    pub fn go(self, url: &str, how: Go) {
        let hide = self.settings.with_untracked(|s| s.hide_from_back);
        if hide && !how.replace {
            let here = history::current(&self.base.read_value());
            self.trail.update(|t| {
                t.push(here);
                let extra = t.len().saturating_sub(TRAIL);
                t.drain(..extra);
            });
            history::keep_trail(&self.trail.read_untracked());
        }
        history::show(&self.base.read_value(), url, how.replace || hide);
        self.show(url, how.keep_scroll);
    }

    fn show(self, url: &str, keep_scroll: bool) {
        let next = Address::parse(url);
        // Only a real change re-renders; a new query on the same page is one.
        if self.address.read_untracked().clone() != next {
            self.address.set(next);
        }
        if !keep_scroll {
            history::scroll_after_render();
        }
    }

    /// Whether the app's own Back has somewhere to go.
    pub fn can_go_back(self) -> bool {
        self.settings.with(|s| s.hide_from_back) && !self.trail.read().is_empty()
    }

    /// The app's own Back: the last page of the trail, in place.
    pub fn back(self) {
        let Some(url) = self.trail.try_update(Vec::pop).flatten() else {
            return;
        };
        history::keep_trail(&self.trail.read_untracked());
        history::show(&self.base.read_value(), &url, true);
        self.show(&url, false);
    }

    /// The `href` for an app-relative address, under the hosting base.
    pub fn href(self, url: &str) -> String {
        format!("{}{url}", self.base.read_value())
    }
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}
