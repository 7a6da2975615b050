//! "Share this section": the Web Share API where there is one, else copy the link.

use wasm_bindgen_futures::JsFuture;

pub enum Shared {
    Sheet,
    Copied,
    Failed,
}

pub async fn share_current_page(title: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    let url = window.location().href().unwrap_or_default();
    let nav = window.navigator();
    let has_share = js_sys::Reflect::has(&nav, &"share".into()).unwrap_or(false);
    if has_share {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(&url);
        // A cancelled sheet is not a failure worth reporting.
        let _ = JsFuture::from(nav.share_with_data(&data)).await;
        return Shared::Sheet;
    }
    match JsFuture::from(nav.clipboard().write_text(&url)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}
