//! Time, read here so the core never reads a clock.

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh seed for shuffles; the core has no randomness of its own.
pub fn seed() -> u64 {
    let r = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    r ^ now_ms().rotate_left(21)
}

/// A date as the app's language writes it (`<html lang>`: Thai counts
/// Buddhist years), e.g. for quiz history and printed sheets.
pub fn format_date(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let lang = super::dom::html_lang().unwrap_or_else(|| "default".into());
    d.to_locale_date_string(&lang, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}
