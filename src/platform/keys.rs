//! Keyboard shortcuts: one listener per page that wants them, removed when
//! the page goes.

use leptos::prelude::*;

/// A key press, as a shortcut sees it.
pub struct KeyPress {
    ev: web_sys::KeyboardEvent,
}

impl KeyPress {
    /// The key's name: "a", "ArrowRight", " ", "Enter"…
    pub fn key(&self) -> String {
        self.ev.key()
    }

    /// With Ctrl, Cmd or Alt: the browser's, not the page's.
    pub fn modified(&self) -> bool {
        self.ev.ctrl_key() || self.ev.meta_key() || self.ev.alt_key()
    }

    /// Meant for a form field, so shortcuts stay out of it.
    pub fn typing(&self) -> bool {
        super::page_life::is_typing(&self.ev)
    }

    pub fn prevent_default(&self) {
        self.ev.prevent_default();
    }
}

/// Calls `f` for every key pressed anywhere on the page, until the calling
/// component is removed.
pub fn on_key(f: impl Fn(&KeyPress) + 'static) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| f(&KeyPress { ev }));
    on_cleanup(move || handle.remove());
}

/// Marks `<html data-keyboard>` at the first key press, so keyboard tips
/// show where a keyboard is in use and stay out of a touch phone's way.
pub fn watch_keyboard() {
    let handle = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() == "Shift" {
            return;
        }
        if let Some(root) = super::dom::document().document_element() {
            let _ = root.set_attribute("data-keyboard", "");
        }
    });
    // Lives as long as the page.
    std::mem::forget(handle);
}
