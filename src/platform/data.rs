//! Fetching the content assets the build names in the page.

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

/// Fetches and parses a data asset; returns the JSON too, for the stored copy.
pub async fn fetch_json<T: serde::de::DeserializeOwned>(url: &str) -> Result<(String, T), String> {
    let text = fetch_text(url).await?;
    let value = serde_json::from_str(&text).map_err(|e| format!("the data is damaged ({e})"))?;
    Ok((text, value))
}
