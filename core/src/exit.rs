//! Quick exit's fixed points, shared by the app and the boot script the
//! build writes, so that both leave the same way.

/// A neutral page to land on when online.
pub const NEUTRAL_ONLINE: &str = "https://www.google.com/search?q=weather";
/// Shipped with the app (and precached), for when there is no connection.
pub const NEUTRAL_OFFLINE: &str = "neutral.html";
/// Three Shift presses within this many milliseconds leave, as GOV.UK's
/// "Exit this page" does.
pub const SHIFT_WINDOW_MS: u32 = 1500;
