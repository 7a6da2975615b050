//! All browser storage goes through here: gloo-storage's `LocalStorage`.
//! Storage may be blocked (SecurityError), full, or hold damaged records:
//! each case degrades to working in memory with a notice, never a crash.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use lantern_core::store::{self, Decoded, Record};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The quota is full.
    Full,
    /// Storage is blocked or missing.
    Unavailable,
}

/// Whether localStorage can be used at all. gloo's `raw()` panics where it
/// cannot (blocked storage throws a SecurityError), so this asks first,
/// through web-sys, without panicking.
pub fn available() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.local_storage() {
        Ok(Some(s)) => s.get_item("lantern.probe").is_ok(),
        _ => false,
    }
}

/// The stored text under `key`. Read raw, not through gloo's typed `get`:
/// the bytes of a damaged record must survive to be set aside.
fn get(key: &str) -> Option<String> {
    available()
        .then(LocalStorage::raw)?
        .get_item(key)
        .ok()
        .flatten()
}

fn error_named(name: &str) -> WriteError {
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        WriteError::Full
    } else {
        WriteError::Unavailable
    }
}

fn write_error(e: StorageError) -> WriteError {
    match e {
        StorageError::JsError(e) => error_named(&e.name),
        _ => WriteError::Unavailable,
    }
}

fn set_text(key: &str, value: &str) -> Result<(), WriteError> {
    if !available() {
        return Err(WriteError::Unavailable);
    }
    // A `&str` is stored as text only through the raw handle: gloo's `set`
    // would store it as a JSON string.
    LocalStorage::raw().set_item(key, value).map_err(|e| {
        let name = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name()));
        error_named(name.as_deref().unwrap_or_default())
    })
}

pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

/// What reading a record found, for the notice it may need.
pub enum Loaded<T> {
    Fine(T),
    /// The record was damaged; it now sits under a backup key. Says why.
    SetAside(T, String),
}

/// Reads a record as it is stored now; a migrated one is written back, and
/// a damaged one is moved to a backup key and the default is used.
pub fn load<T: Record>(now_ms: u64) -> Loaded<T> {
    load_at(&store::full_key::<T>(), now_ms)
}

/// [`load`] from another key of the same record type (a language's copy).
pub fn load_at<T: Record>(key: &str, now_ms: u64) -> Loaded<T> {
    let key = key.to_string();
    let raw = get(&key);
    match store::decode::<T>(raw.as_deref()) {
        Decoded::Missing => Loaded::Fine(T::default()),
        Decoded::Current(v) => Loaded::Fine(v),
        Decoded::Migrated(v) => {
            if let Some(text) = raw.as_deref().and_then(|old| v.upgraded_text(old)) {
                let _ = set_text(&key, &text);
            }
            Loaded::Fine(v)
        }
        Decoded::Corrupt(why) => {
            set_aside(&key, raw, now_ms);
            Loaded::SetAside(T::default(), why)
        }
    }
}

/// What storage holds under a record's key now, decoded, without side effects.
pub fn peek<T: Record>() -> Decoded<T> {
    store::decode::<T>(get(&store::full_key::<T>()).as_deref())
}

/// Keeps the damaged bytes under a backup key; if even that fails, they stay in place.
pub fn set_aside(key: &str, raw: Option<String>, now_ms: u64) {
    if let Some(bad) = raw {
        if set_text(&store::backup_key(key, now_ms), &bad).is_ok() {
            remove(key);
        }
    }
}

/// The damaged bytes under a record's key, for [`set_aside`].
pub fn raw_record<T: Record>() -> Option<String> {
    get(&store::full_key::<T>())
}

pub fn save<T: Record>(value: &T) -> Result<(), WriteError> {
    if !available() {
        return Err(WriteError::Unavailable);
    }
    LocalStorage::set(store::full_key::<T>(), store::envelope(value)).map_err(write_error)
}

/// Stores a data asset as the text it was downloaded as (see [`store::cached_text`]).
/// Under `key`: each language's copy has its own ([`store::key_in`]).
pub fn save_cached<C: store::CachedRecord>(
    key: &str,
    name: &str,
    json: &str,
) -> Result<(), WriteError> {
    save_cached_v(key, C::VERSION, name, json)
}

/// The text stored under `key`, if any.
pub fn text(key: &str) -> Option<String> {
    get(key)
}

/// Whether the copy under `key` is the whole of asset `name` (record version `v`).
pub fn holds_asset(key: &str, v: u32, name: &str) -> bool {
    get(key).is_some_and(|raw| store::holds_asset(&raw, v, name))
}

/// Stores a downloaded asset of any kind (`version` is its record's).
pub fn save_cached_v(key: &str, version: u32, name: &str, json: &str) -> Result<(), WriteError> {
    set_text(key, &store::cached_text_v(version, name, json))
}

/// Lantern's own keys, backups included.
fn own_keys() -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let raw = LocalStorage::raw();
    (0..LocalStorage::length())
        .filter_map(|i| raw.key(i).ok().flatten())
        .filter(|k| k.starts_with(store::PREFIX))
        .collect()
}

/// Bytes Lantern's keys take (localStorage stores UTF-16).
pub fn usage_bytes() -> u64 {
    own_keys()
        .into_iter()
        .map(|k| 2 * (k.len() + get(&k).map_or(0, |v| v.len())) as u64)
        .sum()
}

/// Deletes every key Lantern wrote, then tells other open windows, so they
/// drop what they show too. Other sites' data is not ours to touch.
pub fn clear_all() {
    // Said first, so other windows drop everything before they hear of each
    // key; then removed with the rest, so nothing stays.
    let signal = format!("{}{}", store::PREFIX, store::DELETED_SIGNAL);
    let _ = set_text(&signal, &crate::platform::clock::now_ms().to_string());
    for k in own_keys() {
        LocalStorage::delete(&k);
    }
    if super::history::session_available() {
        use gloo_storage::SessionStorage;
        SessionStorage::delete(super::history::TRAIL_KEY);
    }
}

/// A change another window made to storage.
pub enum Change {
    /// A record's key (without the prefix) was written or removed.
    Key(String),
    /// Another window deleted everything.
    DeletedEverything,
}

thread_local! {
    static LISTENING: RefCell<bool> = const { RefCell::new(false) };
}

/// Calls `f` for every change another window makes to Lantern's keys (the
/// `storage` event never fires in the window that wrote). Call once.
pub fn on_change_elsewhere(f: impl Fn(Change) + 'static) {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let cb = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        match e.key() {
            // `clear()` in another window: Lantern never calls it, but a
            // browser's "clear site data" may.
            None => f(Change::DeletedEverything),
            Some(k) => {
                let Some(name) = k.strip_prefix(store::PREFIX) else {
                    return;
                };
                if name == store::DELETED_SIGNAL {
                    if e.new_value().is_some() {
                        f(Change::DeletedEverything);
                    }
                } else {
                    f(Change::Key(name.to_string()));
                }
            }
        }
    });
    let _ = window.add_event_listener_with_callback("storage", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Deletes every Cache Storage cache and unregisters the service worker, so
/// nothing of Lantern's stays on the device. Uses reflection: these APIs may
/// be missing (plain http, some in-app browsers), and that is fine.
pub async fn clear_caches_and_worker() {
    use js_sys::{Array, Function, Promise, Reflect};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return;
    };
    let call = |target: &JsValue, name: &str, args: &Array| -> Option<Promise> {
        let f: Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
        f.apply(target, args).ok()?.dyn_into().ok()
    };
    if let Ok(caches) = Reflect::get(&window, &"caches".into()) {
        if !caches.is_undefined() {
            if let Some(p) = call(&caches, "keys", &Array::new()) {
                if let Ok(keys) = JsFuture::from(p).await {
                    for key in Array::from(&keys).iter() {
                        if let Some(p) = call(&caches, "delete", &Array::of1(&key)) {
                            let _ = JsFuture::from(p).await;
                        }
                    }
                }
            }
        }
    }
    let sw =
        Reflect::get(&window.navigator(), &"serviceWorker".into()).unwrap_or(JsValue::UNDEFINED);
    if !sw.is_undefined() {
        if let Some(p) = call(&sw, "getRegistrations", &Array::new()) {
            if let Ok(regs) = JsFuture::from(p).await {
                for reg in Array::from(&regs).iter() {
                    if let Some(p) = call(&reg, "unregister", &Array::new()) {
                        let _ = JsFuture::from(p).await;
                    }
                }
            }
        }
    }
}
