//! The browser's console, for what a developer or a bug report needs.

/// `what` and `detail` as two console arguments (no formatting code here).
pub fn warn(what: &str, detail: &str) {
    web_sys::console::warn_2(&what.into(), &detail.into());
}
