//! The architecture's rules, held by a test that `cargo xtask test` runs
//! (as rust-analyzer's tidy tests do):
//! - only `src/platform/` touches browser APIs: web-sys, js-sys, gloo,
//!   wasm-bindgen, and Leptos's window, timer and event helpers;
//! - no page or component (`src/features/`, `src/components/`) reaches
//!   storage: they send intent to the state and read it;
//! - no path is typed in `src/`: the core's routes give every address.

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::{Path, PathBuf};

    fn app_files() -> Vec<(String, String)> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
        let mut out = Vec::new();
        let mut stack = vec![src.clone()];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(&dir).expect("src/ is readable") {
                let path: PathBuf = entry.expect("an entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let rel = path
                        .strip_prefix(&src)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/");
                    out.push((rel, fs::read_to_string(&path).expect("a source file")));
                }
            }
        }
        out.sort();
        assert!(out.len() > 20, "src/ should hold the app");
        out
    }

    /// Lines of code, without comments (a doc line may name what it avoids).
    fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
        text.lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.split("//").next().unwrap_or_default()))
    }

    fn called(line: &str, name: &str) -> bool {
        // `name(` not reached through a path (`platform::dom::document()` is fine).
        line.match_indices(&format!("{name}(")).any(|(at, _)| {
            let before = &line[..at];
            !before.ends_with("::")
                && !before.ends_with('.')
                && !before.ends_with("fn ")
                && !before
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    }

    #[test]
    fn only_platform_touches_browser_apis() {
        let crates = ["web_sys", "js_sys", "gloo", "wasm_bindgen"];
        let helpers = [
            "window_event_listener",
            "window_event_listener_untyped",
            "document_event_listener",
            "set_timeout",
            "set_timeout_with_handle",
            "set_interval",
            "set_interval_with_handle",
            "request_animation_frame",
            "event_target_value",
            "event_target_checked",
            "event_target",
        ];
        let mut bad = Vec::new();
        for (file, text) in app_files() {
            if file.starts_with("platform/") {
                continue;
            }
            for (n, line) in code_lines(&text) {
                // The one export the boot script calls.
                if file == "lib.rs" && line.trim() == "#[wasm_bindgen::prelude::wasm_bindgen]" {
                    continue;
                }
                for c in crates {
                    if line.contains(&format!("{c}::")) || line.contains(&format!("use {c}")) {
                        bad.push(format!("src/{file}:{n}: {c}"));
                    }
                }
                for h in helpers {
                    if called(line, h) {
                        bad.push(format!("src/{file}:{n}: {h}"));
                    }
                }
                for h in ["window", "document"] {
                    if called(line, h) {
                        bad.push(format!("src/{file}:{n}: Leptos's {h}()"));
                    }
                }
            }
        }
        assert!(
            bad.is_empty(),
            "browser APIs outside src/platform/:\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn no_page_or_component_reaches_storage() {
        let reach = [
            "platform::storage",
            "storage::",
            "gloo_storage",
            "LocalStorage",
            "state::stored",
        ];
        let mut bad = Vec::new();
        for (file, text) in app_files() {
            if !(file.starts_with("features/") || file.starts_with("components/")) {
                continue;
            }
            // A feature's state slice is state, not a page.
            if file.ends_with("/state.rs") {
                continue;
            }
            for (n, line) in code_lines(&text) {
                for r in reach {
                    if line.contains(r) {
                        bad.push(format!("src/{file}:{n}: {r}"));
                    }
                }
            }
        }
        assert!(
            bad.is_empty(),
            "pages and components must not reach storage:\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn no_path_is_typed_by_hand() {
        let mut bad = Vec::new();
        for (file, text) in app_files() {
            for (n, line) in code_lines(&text) {
                // A file the build generated, not an address.
                if line.contains("env!(\"OUT_DIR\")") {
                    continue;
                }
                for (at, _) in line.match_indices("\"/") {
                    let next = line[at + 2..].chars().next();
                    // `"/"` alone is a separator, never an address of the app.
                    if next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '?' || c == '#') {
                        bad.push(format!("src/{file}:{n}: {}", line.trim()));
                    }
                }
            }
        }
        assert!(
            bad.is_empty(),
            "paths typed by hand (use lantern_core::route::Page):\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn the_rules_catch_what_they_are_for() {
        assert!(called("let w = window();", "window"));
        assert!(!called("platform::dom::document()", "document"));
        assert!(!called("fn set_timeout(x)", "set_timeout"));
        assert!(called("    set_timeout(move || {}, d);", "set_timeout"));
        assert!(!called("my_window()", "window"));
    }
}
