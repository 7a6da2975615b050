//! The only code that touches browser APIs.

pub mod clock;
pub mod data;
pub mod dom;
pub mod history;
pub mod keys;
pub mod log;
pub mod page_life;
pub mod perf;
pub mod print;
pub mod pwa;
pub mod quick_exit;
pub mod share;
pub mod socket;
pub mod storage;
pub mod timer;

/// Starts Leptos's task executor on the browser's microtask queue, before
/// any view (Leptos does not re-export it).
pub fn start_executor() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
}

// Talc in place of the default dlmalloc: smaller in the wasm and faster.
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
