//! The page's life as the facilitator's screen sees it: hidden (a locked
//! phone, another tab) or being left, and keys typed into form fields.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the page is hidden (another tab, a locked phone).
pub fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Calls `f` when the page is hidden or about to be left, until the calling
/// component is removed.
pub fn on_hide(f: impl Fn() + Clone + 'static) {
    let on_visibility = f.clone();
    let handles = [
        window_event_listener_untyped("visibilitychange", move |_| {
            if is_hidden() {
                on_visibility();
            }
        }),
        window_event_listener_untyped("pagehide", move |_| f()),
    ];
    on_cleanup(move || handles.into_iter().for_each(WindowListenerHandle::remove));
}

/// Calls `f` when the page is shown again or the device is back online
/// (a phone woken up, a Wi-Fi that came back), until the calling component
/// is removed.
pub fn on_return(f: impl Fn() + Clone + 'static) {
    let on_visibility = f.clone();
    let handles = [
        window_event_listener_untyped("visibilitychange", move |_| {
            if !is_hidden() {
                on_visibility();
            }
        }),
        window_event_listener_untyped("online", move |_| f()),
    ];
    on_cleanup(move || handles.into_iter().for_each(WindowListenerHandle::remove));
}

/// Calls `f` when the device says it went offline, until the calling
/// component is removed.
pub fn on_offline(f: impl Fn() + 'static) {
    let handle = window_event_listener_untyped("offline", move |_| f());
    on_cleanup(move || handle.remove());
}

/// Calls `f` when the window changes size (full screen, a turned phone),
/// until the calling component is removed.
pub fn on_resize(f: impl Fn() + 'static) {
    let handle = window_event_listener_untyped("resize", move |_| f());
    on_cleanup(move || handle.remove());
}

/// Fits `panels` to their room ([`super::dom::fit_to_screen`]) once drawn
/// and again on every resize, until the calling component is removed; the
/// fit is returned for other moments the words change.
pub fn keep_fitted(panels: &'static str) -> impl Fn() + Copy + 'static {
    let fit = move || super::dom::fit_to_screen(panels);
    super::dom::after_next_frame(fit);
    on_resize(fit);
    fit
}

/// Whether a key press is meant for a form field (so shortcuts stay out of it).
pub fn is_typing(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
