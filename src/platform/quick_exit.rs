//! Quick exit: blank the page at once, then replace the location so Back
//! does not return to Lantern.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use lantern_core::exit::{NEUTRAL_OFFLINE, NEUTRAL_ONLINE, SHIFT_WINDOW_MS};

pub fn exit_now() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Nothing of Lantern's trail stays in this tab.
    if super::history::session_available() {
        use gloo_storage::{SessionStorage, Storage};
        SessionStorage::delete(super::history::TRAIL_KEY);
    }
    if let Some(doc) = window.document() {
        doc.set_title("");
        if let Some(root) = doc.document_element() {
            // Hide first, so nothing of Lantern stays on screen while the next page loads.
            let _ = root.set_attribute("data-exiting", "");
        }
        if let Some(body) = doc.body() {
            body.set_text_content(None);
        }
    }
    let target = if window.navigator().on_line() {
        NEUTRAL_ONLINE
    } else {
        NEUTRAL_OFFLINE
    };
    let _ = window.location().replace(target);
}

thread_local! {
    static PRESSES: Cell<[f64; 3]> = const { Cell::new([f64::NEG_INFINITY; 3]) };
}

/// Listens for Shift pressed three times in a row, as GOV.UK's "Exit this page" does.
pub fn listen_for_triple_shift() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(|ev: web_sys::KeyboardEvent| {
        if ev.key() != "Shift" || ev.repeat() {
            if ev.key() != "Shift" {
                PRESSES.with(|p| p.set([f64::NEG_INFINITY; 3]));
            }
            return;
        }
        let now = js_sys::Date::now();
        let fire = PRESSES.with(|p| {
            let [_, b, c] = p.get();
            let next = [b, c, now];
            p.set(next);
            now - next[0] <= f64::from(SHIFT_WINDOW_MS)
        });
        if fire {
            exit_now();
        }
    });
    let _ = window.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
    // Lives as long as the page.
    handler.forget();
}
