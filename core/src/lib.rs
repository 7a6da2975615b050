//! Lantern's pure core. It knows nothing of the browser: no DOM, storage,
//! clock or randomness of its own — the shell passes those in.

pub mod content;
pub mod markdown;
pub mod store;
