//! Fetching the content assets the build names in the page.

use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "network error".to_string())?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(|_| "unreadable body".to_string())?)
        .await
        .map_err(|_| "unreadable body".to_string())?;
    text.as_string()
        .ok_or_else(|| "body is not text".to_string())
}

/// SHA-256 of `text` in hex, where the browser offers SubtleCrypto (secure
/// contexts only: on plain http the check is skipped and parsing still guards).
async fn sha256_hex(text: &str) -> Option<String> {
    use js_sys::{Function, Promise, Reflect, Uint8Array};
    let window = web_sys::window()?;
    let crypto = Reflect::get(&window, &"crypto".into()).ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    if subtle.is_undefined() {
        return None;
    }
    let digest: Function = Reflect::get(&subtle, &"digest".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let bytes = Uint8Array::from(text.as_bytes());
    let promise: Promise = digest
        .call2(&subtle, &"SHA-256".into(), &bytes)
        .ok()?
        .dyn_into()
        .ok()?;
    let buf = JsFuture::from(promise).await.ok()?;
    Some(
        Uint8Array::new(&buf)
            .to_vec()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// The content hash the build put in an asset's name (`report.en.<16 hex>.json`).
pub fn hash_in_name(url: &str) -> Option<&str> {
    let stem = url.strip_suffix(".json")?;
    let hash = stem.get(stem.len().checked_sub(16)?..)?;
    hash.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        .then_some(hash)
}

/// Fetches a data asset's text. A body whose hash is not the one in its
/// name is rejected with the reason; parsing is the caller's, so this one
/// future serves every asset.
pub async fn fetch_checked(url: &str) -> Result<String, String> {
    let text = fetch_text(url).await?;
    if let (Some(expected), Some(actual)) = (hash_in_name(url), sha256_hex(&text).await) {
        if !actual.starts_with(expected) {
            return Err("the downloaded data does not match its version".into());
        }
    }
    Ok(text)
}

/// Parses a data asset's text, naming damage as such.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| format!("the data is damaged ({e})"))
}
