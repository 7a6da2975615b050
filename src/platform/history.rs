//! The address bar: reading it, changing it, and hearing when it changes.
//! Links stay plain `<a href>` elements; one listener on the document turns
//! clicks on the app's own links into in-app navigation.

use super::dom::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

/// The app-relative address showing now (`/read/x?y#z`), without the base path.
pub fn current(base: &str) -> String {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_default();
    let rest = path.strip_prefix(base).unwrap_or(&path);
    let search = loc.search().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    format!("{rest}{search}{hash}")
}

/// Shows `url` (app-relative) in the address bar, as a new entry or in place.
pub fn show(base: &str, url: &str, replace: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let full = format!("{base}{url}");
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&full))
    } else {
        // The entry being left keeps where the reader was, for Back.
        let _ = history.replace_state(&JsValue::from(scroll_y()), "");
        history.push_state_with_url(&JsValue::NULL, "", Some(&full))
    };
}

/// How far down the page the reader is, in whole pixels (an integer keeps
/// float formatting, ~20 KB, out of the wasm).
pub fn scroll_y() -> i32 {
    window().scroll_y().unwrap_or_default() as i32
}

/// Where the reader was on the entry Back or Forward just returned to.
pub fn saved_scroll() -> Option<f64> {
    window().history().ok()?.state().ok()?.as_f64()
}

/// Where the app's own Back trail is kept for this tab, so a reload keeps
/// it; quick exit deletes it.
pub const TRAIL_KEY: &str = "lantern.trail";

/// The trail of earlier pages this tab kept (see `nav`), oldest first. Kept
/// as plain text, a line per page (see [`trail_entry`]): it is no record, so
/// it needs no JSON.
pub fn trail() -> Vec<String> {
    use gloo_storage::{SessionStorage, Storage};
    if !session_available() {
        return Vec::new();
    }
    let kept = SessionStorage::raw().get_item(TRAIL_KEY).ok().flatten();
    kept.unwrap_or_default().lines().map(String::from).collect()
}

/// A page of the trail: its address and how far down the reader was. An
/// address never holds a space or a line break (the browser encodes them).
pub fn trail_entry(url: &str) -> String {
    format!("{url} {}", scroll_y())
}

/// The address and scroll position of a trail entry; one kept before
/// positions were (a bare address), or a damaged position, means the top.
pub fn read_trail_entry(entry: &str) -> (&str, Option<f64>) {
    match entry.rsplit_once(' ') {
        Some((url, y)) => (url, y.parse::<usize>().ok().map(|y| y as f64)),
        None => (entry, None),
    }
}

pub fn keep_trail(trail: &[String]) {
    use gloo_storage::{SessionStorage, Storage};
    if session_available() {
        let _ = SessionStorage::raw().set_item(TRAIL_KEY, &trail.join("\n"));
    }
}

/// gloo's `raw()` panics where storage is blocked: ask first.
pub(super) fn session_available() -> bool {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .is_some_and(|s| s.get_item(TRAIL_KEY).is_ok())
}

/// After the next frame (when the new page is drawn): focus to the page's
/// heading, so it is announced once, then back to where the reader was
/// (`y`, on Back), else to the `#fragment`'s element, else to the top.
pub fn arrive_after_render(y: Option<f64>) {
    super::dom::after_next_frame(move || {
        super::dom::focus_heading("main h1");
        if let Some(y) = y {
            return window().scroll_to_with_x_and_y(0.0, y);
        }
        let hash = window().location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        let id = js_sys::decode_uri_component(id)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| id.to_string());
        match (!id.is_empty())
            .then(|| document().get_element_by_id(&id))
            .flatten()
        {
            Some(el) => el.scroll_into_view(),
            None => window().scroll_to_with_x_and_y(0.0, 0.0),
        }
    });
}

/// Calls `on_link` with the app-relative address of every click on one of the
/// app's own links (the default is prevented), and `on_back` whenever Back or
/// Forward changes the address.
pub fn listen(base: String, on_link: impl Fn(String) + 'static, on_back: impl Fn() + 'static) {
    let pop = Closure::<dyn Fn()>::new(on_back);
    let _ = window().add_event_listener_with_callback("popstate", pop.as_ref().unchecked_ref());
    pop.forget();

    let click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if let Some(url) = own_link_target(&ev, &base) {
            ev.prevent_default();
            on_link(url);
        }
    });
    let _ = document().add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
}

/// The app-relative address a click should open in the app, or `None` when
/// the browser should handle it (new tab, download, another site, outside the base).
fn own_link_target(ev: &web_sys::MouseEvent, base: &str) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let a = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    // A link within the page (the skip link) is the page's own business.
    if a.get_attribute("href").is_some_and(|h| h.starts_with('#')) {
        return None;
    }
    let target = a.get_attribute("target").unwrap_or_default();
    let rel = a.get_attribute("rel").unwrap_or_default();
    if a.has_attribute("download")
        || !(target.is_empty() || target == "_self")
        || rel.split_ascii_whitespace().any(|r| r == "external")
    {
        return None;
    }
    let url = web_sys::Url::new(&a.dyn_into::<web_sys::HtmlAnchorElement>().ok()?.href()).ok()?;
    if url.origin() != window().location().origin().ok()? {
        return None;
    }
    let path = url.pathname();
    let rest = path.strip_prefix(base)?;
    if !rest.starts_with('/') || rest.ends_with(".html") {
        return None;
    }
    Some(format!("{rest}{}{}", url.search(), url.hash()))
}
