//! Time, read here so the core never reads a clock.

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
