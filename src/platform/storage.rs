//! All browser storage goes through here (localStorage, through web-sys).
//! Storage may be blocked (SecurityError), full, or hold damaged records:
//! each case degrades to working in memory with a notice, never a crash.

use lantern_core::store::{self, Decoded, Record};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The quota is full.
    Full,
    /// Storage is blocked or missing.
    Unavailable,
}

/// localStorage, if it can be used at all: it may be missing, or blocked
/// (reading it then throws a SecurityError).
fn raw() -> Option<web_sys::Storage> {
    let s = web_sys::window()?.local_storage().ok()??;
    s.get_item("lantern.probe").is_ok().then_some(s)
}

pub fn available() -> bool {
    raw().is_some()
}

pub fn get(key: &str) -> Option<String> {
    raw()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), WriteError> {
    let s = raw().ok_or(WriteError::Unavailable)?;
    s.set_item(key, value).map_err(|e| {
        let name = wasm_bindgen::JsCast::dyn_ref::<web_sys::DomException>(&e)
            .map(|d| d.name())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            WriteError::Full
        } else {
            WriteError::Unavailable
        }
    })
}

pub fn remove(key: &str) {
    if let Some(s) = raw() {
        let _ = s.remove_item(key);
    }
}

/// What loading a record found, for the notice it may need.
pub enum Loaded<T> {
    Fine(T),
    /// The record was damaged; it now sits under a backup key.
    SetAside(T),
}

/// Reads a record; a damaged one is moved to a backup key and the default is used.
pub fn load<T: Record>(now_ms: u64) -> Loaded<T> {
    let key = store::full_key::<T>();
    let raw_value = get(&key);
    match store::decode::<T>(raw_value.as_deref()) {
        Decoded::Missing => Loaded::Fine(T::default()),
        Decoded::Current(v) => Loaded::Fine(v),
        Decoded::Migrated(v) => {
            let _ = save(&v);
            Loaded::Fine(v)
        }
        Decoded::Corrupt(_) => {
            if let Some(bad) = raw_value {
                // Keep the damaged bytes; if even that fails, leave them in place.
                if set(&store::backup_key(&key, now_ms), &bad).is_ok() {
                    remove(&key);
                }
            }
            Loaded::SetAside(T::default())
        }
    }
}

pub fn save<T: Record>(value: &T) -> Result<(), WriteError> {
    set(&store::full_key::<T>(), &store::encode(value))
}

/// Bytes Lantern's keys take (localStorage stores UTF-16).
pub fn usage_bytes() -> u64 {
    let Some(s) = raw() else { return 0 };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(store::PREFIX))
        .map(|k| 2 * (k.len() + s.get_item(&k).ok().flatten().map(|v| v.len()).unwrap_or(0)) as u64)
        .sum()
}

/// Deletes every key Lantern wrote. Other sites' data is not ours to touch.
pub fn clear_all() {
    let Some(s) = raw() else { return };
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(store::PREFIX))
        .collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}

/// Deletes every Cache Storage cache and unregisters the service worker, so
/// nothing of Lantern's stays on the device. Uses reflection: these APIs may
/// be missing (plain http, some in-app browsers), and that is fine.
pub async fn clear_caches_and_worker() {
    use js_sys::{Array, Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
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
