//! Nothing runs on load: the boot script calls `lantern::start` once the
//! wasm is compiled (see `xtask/src/build.rs`, `boot_script`).

// Linking the library is what exports `start`.
use lantern as _;

fn main() {}
