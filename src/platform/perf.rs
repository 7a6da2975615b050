//! Performance marks and measures that `cargo xtask bench` reads.

/// A `performance.measure` named `name`, from `start` to `end`.
pub struct Span {
    name: String,
}

impl Span {
    pub fn start(name: &str) -> Span {
        if let Some(p) = performance() {
            let _ = p.mark(name);
        }
        Span { name: name.into() }
    }

    /// The measure runs from the mark `start` set (named as the measure).
    pub fn end(self) {
        if let Some(p) = performance() {
            let _ = p.measure_with_start_mark(&self.name, &self.name);
        }
    }
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}
