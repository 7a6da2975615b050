//! Lantern's pure core. It knows nothing of the browser: no DOM, storage,
//! clock or randomness of its own — the shell passes those in.

pub mod catalogue;
pub mod content;
pub mod effect;
pub mod exit;
pub mod few;
pub mod i18n;
pub mod lang;
pub mod markdown;
pub mod name;
pub mod positional;
/// The question bank and the quiz state machines.
pub mod quiz {
    pub mod bank;
    #[cfg(feature = "compile")]
    pub mod compile;
    pub mod live;
    pub mod session;
    pub mod solo;
}
pub mod route;
pub mod search;
mod slug;
pub mod store;
pub mod text;
#[cfg(feature = "compile")]
pub mod translate;
