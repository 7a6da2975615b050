//! Timers, stopped when the component that started them is removed.

use leptos::prelude::*;
use std::time::Duration;

/// Calls `f` every `period` until the calling component is removed.
pub fn every(period: Duration, f: impl Fn() + 'static) {
    if let Ok(handle) = set_interval_with_handle(f, period) {
        on_cleanup(move || handle.clear());
    }
}

/// Calls `f` once, after `delay`.
pub fn after(delay: Duration, f: impl FnOnce() + 'static) {
    set_timeout(f, delay);
}
