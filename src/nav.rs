//! Where the app is: the current address as a signal, and moving to another.
//! Paths are app-relative (`/read/x`); the hosting base is added at the edge.

use crate::platform::{self, history};
use lantern_core::route::Address;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Nav {
    pub address: RwSignal<Address>,
    base: StoredValue<String>,
}

/// How a move shows in history and on screen.
#[derive(Clone, Copy, Default)]
pub struct Go {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Keep the scroll position (for a page rewriting its own query).
    pub keep_scroll: bool,
}

impl Nav {
    /// Reads the address bar and starts following links, Back and Forward.
    pub fn start() -> Nav {
        let base = platform::dom::router_base();
        let address = RwSignal::new(Address::parse(&history::current(&base)));
        let nav = Nav {
            address,
            base: StoredValue::new(base.clone()),
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
        history::show(&self.base.read_value(), url, how.replace);
        let next = Address::parse(url);
        // Only a real change re-renders; a new query on the same page is one.
        if self.address.read_untracked().clone() != next {
            self.address.set(next);
        }
        if !how.keep_scroll {
            history::scroll_after_render();
        }
    }

    /// The `href` for an app-relative address, under the hosting base.
    pub fn href(self, url: &str) -> String {
        format!("{}{url}", self.base.read_value())
    }
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}
