//! The service worker and the network state: registration, "ready to use
//! offline", "a new version is ready" and online/offline. Every URL resolves
//! against `document.baseURI`, so the app works under any sub-path.
//!
//! Updates follow Workbox's rules: a new worker waits; only the user's consent
//! posts `SKIP_WAITING` to the *waiting* worker, and the page reloads once the
//! new worker has taken control.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    EventTarget, RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

/// What the status line and the update banner show.
#[derive(Clone, Copy)]
pub struct PwaStatus {
    /// `navigator.onLine`, kept current by the `online`/`offline` events.
    pub online: RwSignal<bool>,
    /// The active worker says this build's precache is complete.
    pub offline_ready: RwSignal<bool>,
    /// Files the precache lost are being fetched again.
    pub restoring: RwSignal<bool>,
    /// The last repair could not finish (offline midway, a broken deploy).
    pub restore_failed: RwSignal<bool>,
    /// Whether the browser keeps this site's storage under pressure
    /// (`navigator.storage.persisted()`); `None` where it cannot say.
    pub persistent: RwSignal<Option<bool>>,
    /// A new version is installed and waiting for the user's consent.
    pub update_ready: RwSignal<bool>,
}

thread_local! {
    static STATUS: Cell<Option<PwaStatus>> = const { Cell::new(None) };
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
}

/// Adds an event listener for the page's lifetime.
fn listen(target: &EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// `navigator.serviceWorker`, absent on plain http (a classroom LAN) and in
/// some in-app browsers; the stored copy of the data still serves there.
fn container() -> Option<ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| nav.service_worker())
}

/// The folder the app is served from, e.g. `http://host/lantern/`.
fn base_dir() -> Option<String> {
    let uri = web_sys::window()?.document()?.base_uri().ok()??;
    let end = uri.rfind('/')? + 1;
    Some(uri[..end].to_string())
}

/// A message to the worker, with the language in use (`<html lang>`): the
/// worker keeps that language's data offline, and only that one.
fn message(kind: &str) -> JsValue {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    if let Some(lang) = super::dom::html_lang() {
        let _ = js_sys::Reflect::set(&msg, &"lang".into(), &lang.into());
    }
    msg.into()
}

fn registration() -> Option<ServiceWorkerRegistration> {
    REGISTRATION.with(|r| r.borrow().clone())
}

/// Asks the active worker whether its precache is complete (answered by a
/// `STATUS` message).
fn ask_status() {
    if let Some(active) = registration().and_then(|r| r.active()) {
        let _ = active.post_message(&message("GET_STATUS"));
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Starts watching the network and registers `sw.js`. Call once.
pub fn start() -> PwaStatus {
    let status = PwaStatus {
        online: RwSignal::new(true),
        offline_ready: RwSignal::new(false),
        restoring: RwSignal::new(false),
        restore_failed: RwSignal::new(false),
        persistent: RwSignal::new(None),
        update_ready: RwSignal::new(false),
    };
    STATUS.with(|s| s.set(Some(status)));
    let Some(window) = web_sys::window() else {
        return status;
    };
    status.online.set(window.navigator().on_line());
    listen(&window, "online", move |_| {
        status.online.set(true);
        check_for_update();
        // Back online: a precache that lost files can be filled in now.
        ask_status();
    });
    // Installing is a moment the user chose to keep Lantern: keep its storage.
    listen(&window, "appinstalled", move |_| keep_storage());
    leptos::task::spawn_local(async move {
        status.persistent.set(storage_call("persisted").await);
    });
    listen(&window, "offline", move |_| status.online.set(false));
    if let (Some(sw), Some(dir)) = (container(), base_dir()) {
        // A task of its own, after the first view: registering starts the
        // worker's precache downloads, which should not hold up the page.
        set_timeout(move || watch(sw, &dir, status), std::time::Duration::ZERO);
    }
    status
}

fn watch(sw: ServiceWorkerContainer, dir: &str, status: PwaStatus) {
    // `onmessage` (unlike addEventListener) also starts the message queue.
    let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let data = e.data();
        let field = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
        if field("type").and_then(|v| v.as_string()).as_deref() == Some("STATUS") {
            let complete = field("complete").and_then(|v| v.as_bool()) == Some(true);
            let repaired = field("repaired").and_then(|v| v.as_bool()) == Some(true);
            status.offline_ready.set(complete);
            if repaired {
                status.restoring.set(false);
                status.restore_failed.set(!complete);
            } else if !complete && !status.restoring.get_untracked() && is_online() {
                // The precache lost files since it was installed: fetch them again.
                status.restoring.set(true);
                if let Some(active) = registration().and_then(|r| r.active()) {
                    let _ = active.post_message(&message("REPAIR"));
                }
            }
        }
    });
    sw.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    listen(&sw, "controllerchange", move |_| {
        if RELOAD_ON_CHANGE.replace(false) {
            reload();
        } else {
            // The first worker claimed this page.
            ask_status();
        }
    });
    let opts = RegistrationOptions::new();
    opts.set_scope(dir);
    let registering = sw.register_with_options(&format!("{dir}sw.js"), &opts);
    leptos::task::spawn_local(async move {
        // No sw.js on this host, or workers not allowed (a browser may then
        // give no registration at all): the app still works.
        let Ok(reg) = JsFuture::from(registering).await else {
            return;
        };
        if !reg.is_object() {
            return;
        }
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg.clone()));
        if reg.waiting().is_some() && reg.active().is_some() {
            status.update_ready.set(true);
        }
        let watched = reg.clone();
        listen(&reg, "updatefound", move |_| {
            let Some(worker) = watched.installing() else {
                return;
            };
            let (w, r) = (worker.clone(), watched.clone());
            listen(&worker, "statechange", move |_| match w.state() {
                // Installed beside an active worker: it waits for consent.
                ServiceWorkerState::Installed if r.active().is_some() => {
                    status.update_ready.set(true)
                }
                ServiceWorkerState::Activated => ask_status(),
                _ => {}
            });
        });
        if let Ok(ready) = sw.ready() {
            let _ = JsFuture::from(ready).await;
        }
        ask_status();
    });
}

/// Asks the server for a newer `sw.js` (also done by the browser on navigation).
pub fn check_for_update() {
    let Some(reg) = registration() else { return };
    if let Ok(p) = reg.update() {
        leptos::task::spawn_local(async move {
            let _ = JsFuture::from(p).await; // offline: nothing to do
        });
    }
}

/// The user said yes: the waiting worker takes over and the page reloads once
/// it controls the page, so no page ever runs half old, half new.
pub fn apply_update() {
    match registration().and_then(|r| r.waiting()) {
        Some(waiting) => {
            RELOAD_ON_CHANGE.set(true);
            let _ = waiting.post_message(&message("SKIP_WAITING"));
        }
        None => reload(),
    }
}

fn is_online() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}

/// `navigator.storage.<name>()` (`persist` or `persisted`), where there is one.
async fn storage_call(name: &str) -> Option<bool> {
    let nav = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&nav, &JsValue::from_str("storage")).ok()?;
    let f: js_sys::Function = js_sys::Reflect::get(&storage, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = f.call0(&storage).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser to keep this site's storage when space runs low
/// (`navigator.storage.persist()`), at a moment that makes sense to the user:
/// a help contact saved, the app installed, or the button in Settings.
pub fn keep_storage() {
    let Some(status) = STATUS.with(Cell::get) else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Some(kept) = storage_call("persist").await {
            status.persistent.set(Some(kept));
        }
    });
}

/// Bytes this site stores on the device (caches included), if the browser says.
pub async fn storage_estimate() -> Option<u64> {
    let nav = web_sys::window()?.navigator();
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("storage")).unwrap_or(false) {
        return None;
    }
    let estimate = JsFuture::from(nav.storage().estimate().ok()?).await.ok()?;
    let estimate: web_sys::StorageEstimate = estimate.unchecked_into();
    estimate.get_usage().map(|u| u as u64)
}
