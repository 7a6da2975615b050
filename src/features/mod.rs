//! One folder per feature, each with its pages (one routed screen per file),
//! its components and its slice of the state.

pub mod facilitate;
pub mod help;
pub mod live;
pub mod quiz;
pub mod reader;
pub mod settings;
