//! Page-level DOM access: the mount point, the base path, meta values.

use wasm_bindgen::JsCast;

pub(super) fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// A container outside the document for the app to be built in, so the
/// static shell stays on screen until the app can take its place at once.
pub fn stage() -> web_sys::HtmlElement {
    document()
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .expect("a div")
}

/// Whether the app's view has replaced the static page.
static SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Replaces the static shell in `#app` with what was built in `stage`.
pub fn show_stage(stage: &web_sys::HtmlElement) {
    SHOWN.store(true, std::sync::atomic::Ordering::Relaxed);
    let doc = document();
    let target = match doc.get_element_by_id("app") {
        Some(el) => {
            keep_open(&el, stage);
            // Drop the static shell's nodes; no HTML string is ever parsed.
            el.set_text_content(None);
            let _ = el.remove_attribute("data-boot");
            el
        }
        None => doc.body().expect("a body").into(),
    };
    while let Some(child) = stage.first_child() {
        let _ = target.append_child(&child);
    }
}

/// A card the reader opened on the static page (a trend on the home page)
/// stays open in the app's: the two pages are the same, card for card.
fn keep_open(shell: &web_sys::Element, stage: &web_sys::HtmlElement) {
    let (Ok(was), Ok(now)) = (
        shell.query_selector_all("details"),
        stage.query_selector_all("details"),
    ) else {
        return;
    };
    for i in 0..was.length().min(now.length()) {
        let open = (was.item(i))
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.has_attribute("open"));
        if let (true, Some(e)) = (open, now.item(i)) {
            if let Ok(e) = e.dyn_into::<web_sys::Element>() {
                let _ = e.set_attribute("open", "");
            }
        }
    }
}

/// Marks `lang="en"` on each element of the page whose words are one of
/// `messages` (English, shown where the language in use lacks them), now
/// and whenever the view changes, so a screen reader says them in English.
/// Only a language with messages missing pays for the watching.
pub fn mark_english(messages: &'static [&'static str]) {
    if messages.is_empty() {
        return;
    }
    let mark = move || {
        let Ok(all) = document().query_selector_all("#app *") else {
            return;
        };
        for i in 0..all.length() {
            let Some(el) = all
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            // Words set by the view with their own language are left alone.
            let ours = el.has_attribute("data-en");
            if el.child_element_count() > 0 || (el.has_attribute("lang") && !ours) {
                continue;
            }
            let text = el.text_content().unwrap_or_default();
            let english = messages
                .iter()
                .any(|m| lantern_core::i18n::could_be(text.trim(), m));
            if english && !ours {
                let _ = el.set_attribute("lang", "en");
                let _ = el.set_attribute("data-en", "");
            } else if ours && !english {
                // The same node, reused for other words.
                let _ = el.remove_attribute("lang");
                let _ = el.remove_attribute("data-en");
            }
        }
    };
    mark();
    let watch = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(mark);
    let (Ok(observer), Some(app)) = (
        web_sys::MutationObserver::new(watch.as_ref().unchecked_ref()),
        document().get_element_by_id("app"),
    ) else {
        return;
    };
    let what = web_sys::MutationObserverInit::new();
    what.set_child_list(true);
    what.set_subtree(true);
    what.set_character_data(true);
    let _ = observer.observe_with_options(&app, &what);
    // Watching lasts as long as the page.
    watch.forget();
}

/// Content of `<meta name="…">`, where the build writes asset names.
pub fn meta(name: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
}

/// `<html lang>`: the language the page is in.
pub fn html_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

pub fn set_html_lang(tag: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", tag);
    }
}

/// The device's languages, in its order of preference (`navigator.languages`).
pub fn device_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Loads the page again (a new language is drawn from the start).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The path the app is served under, from `<base href>` (`/` → `""`).
pub fn router_base() -> String {
    let base = document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

/// Where the app is served from (`http://192.168.1.5:8080`), for an
/// address printed on paper.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Applies settings as attributes on `<html>`, which the stylesheet reads.
pub fn apply_settings(s: &lantern_core::store::Settings) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.set_attribute("data-theme", s.theme.attr());
    let _ = root.set_attribute("data-text-size", &s.text_size.to_string());
    let _ = root.set_attribute(
        "data-reduce-motion",
        if s.reduce_motion { "on" } else { "off" },
    );
}

/// Moves keyboard focus, e.g. to the next step after an answer.
pub fn focus(el: &web_sys::HtmlElement) {
    let _ = el.focus();
}

/// Runs `f` at the next animation frame, when the pending view update is in
/// the DOM (Leptos applies it in a microtask before that).
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(cb.unchecked_ref());
    }
}

/// Focuses what `get` finds once the pending view update is drawn: the view
/// for the next step may replace the element that exists now.
pub fn focus_after_render(get: impl FnOnce() -> Option<web_sys::HtmlElement> + 'static) {
    after_next_frame(move || {
        if let Some(el) = get() {
            let _ = el.focus();
        }
    });
}

/// Moves focus among the elements matching `selector` (arrow-key lists);
/// from outside the list, the first (or last) one gets focus.
pub fn move_focus(selector: &str, forward: bool) {
    let doc = document();
    let Ok(list) = doc.query_selector_all(selector) else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    if items.is_empty() {
        return;
    }
    let active = doc.active_element();
    let at = items.iter().position(|e| {
        active
            .as_ref()
            .is_some_and(|a| a == e.as_ref() as &web_sys::Element)
    });
    let next = match (at, forward) {
        (Some(i), true) => (i + 1) % items.len(),
        (Some(i), false) => (i + items.len() - 1) % items.len(),
        (None, true) => 0,
        (None, false) => items.len() - 1,
    };
    let _ = items[next].focus();
}

/// Leaves for the app's home page with a full load (after deleting data).
pub fn reload_home() {
    if let Some(w) = web_sys::window() {
        let base = document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_else(|| "/".into());
        let _ = w.location().replace(&base);
    }
}

/// [`focus_heading`] once the new step is drawn, so it is announced once,
/// as after a move between pages.
pub fn focus_heading_soon(selector: &'static str) {
    after_next_frame(move || focus_heading(selector));
}

/// A step that replaces what was on screen (a quiz's results): its heading
/// takes focus, and the page shows from the top.
pub fn arrive_at_top_soon(selector: &'static str) {
    after_next_frame(move || {
        focus_heading(selector);
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

/// Marks the page as a projected presenter screen (`data-presenting` on
/// `<html>`): the stylesheet then leaves out the site's frame.
pub fn set_presenting(on: bool) {
    if let Some(root) = document().document_element() {
        let _ = if on {
            root.set_attribute("data-presenting", "")
        } else {
            root.remove_attribute("data-presenting")
        };
    }
}

/// The shares of its type a panel tries, largest first; below the last
/// (70 %) it scrolls.
const FIT_STEPS: [&str; 7] = ["1", "0.95", "0.9", "0.85", "0.8", "0.75", "0.7"];

/// Shrinks the type of each of the `panels` on its own, step by step, until
/// it has nothing to scroll: a slide with more words gets smaller words,
/// and a panel with room keeps its size. The stylesheet multiplies a
/// panel's sizes by its `--fit`. All in one task, so only the final size
/// is drawn.
pub fn fit_to_screen(panels: &str) {
    let Ok(list) = document().query_selector_all(panels) else {
        return;
    };
    for panel in
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let style = panel.style();
        for fit in FIT_STEPS {
            let _ = style.set_property("--fit", fit);
            if panel.scroll_height() <= panel.client_height() + 1 {
                break;
            }
        }
    }
}

/// Whether this browser lets a page fill the screen (iPhones do not).
pub fn can_fill_screen() -> bool {
    document().fullscreen_enabled()
}

/// Fills the screen with the page, or gives the screen back.
pub fn toggle_full_screen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The skip link's target.
pub fn focus_main() {
    if let Some(m) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = m.focus();
    }
}

/// Sets the `lantern:first-content` performance mark, once per page load,
/// when the first real content is on screen (`cargo xtask bench` reads it).
pub fn mark_first_content() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static DONE: AtomicBool = AtomicBool::new(false);
    // Only the app's own view counts: the static page may still be up.
    if !SHOWN.load(Ordering::Relaxed) {
        return;
    }
    if DONE.swap(true, Ordering::Relaxed) {
        return;
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("lantern:first-content");
    }
}

/// The text in the field an input event came from (a form's own business,
/// read here so only `platform` touches the DOM).
pub fn value<T: wasm_bindgen::JsCast>(ev: &T) -> String {
    leptos::prelude::event_target_value(ev)
}

/// Ticks the radio button or checkbox with id `id`.
pub fn check(id: &str) {
    if let Some(input) = document().get_element_by_id(id) {
        input
            .unchecked_into::<web_sys::HtmlInputElement>()
            .set_checked(true);
    }
}

/// Whether the checkbox an event came from is ticked.
pub fn checked(ev: &web_sys::Event) -> bool {
    leptos::prelude::event_target_checked(ev)
}

/// Whether the `<details>` an event came from is open.
pub fn is_open(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// Focuses a heading (`selector`) after an in-app move or a quiz's start:
/// focus is where the eye goes, and a screen reader says it, once. The
/// heading takes focus only from code.
pub fn focus_heading(selector: &str) {
    let Some(h) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if !h.has_attribute("tabindex") {
        let _ = h.set_attribute("tabindex", "-1");
    }
    let _ = h.focus();
}
