//! Leptos always links `server_fn` (for server functions, which a client-only
//! app has none of), and with it `wasm-streams`, whose three exported JS
//! classes keep their wasm code alive in every build. Lantern never streams,
//! so the build takes the classes out of the glue and their exports out of
//! the wasm before wasm-opt, which then drops the code they alone reached.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// The classes, as wasm-bindgen names them in the glue.
const CLASSES: [&str; 3] = [
    "IntoUnderlyingByteSource",
    "IntoUnderlyingSink",
    "IntoUnderlyingSource",
];

/// Every wasm export of those classes starts with one of these.
fn is_stream_export(name: &str) -> bool {
    let name = name.strip_prefix("__wbg_").unwrap_or(name);
    CLASSES
        .iter()
        .any(|c| name.starts_with(&c.to_ascii_lowercase()))
}

/// The glue without the classes and their finalisers. Fails, rather than
/// ship a glue that calls a missing export, if any mention is left over
/// (a new wasm-bindgen may write them differently).
pub fn strip_glue(glue: &str) -> Result<String> {
    let mut out = String::with_capacity(glue.len());
    let mut lines = glue.lines();
    while let Some(line) = lines.next() {
        if let Some(class) = CLASSES
            .iter()
            .find(|c| line == format!("export class {c} {{"))
        {
            // Up to the class's closing brace, then its `Symbol.dispose` line.
            for l in lines.by_ref() {
                if l == "}" {
                    break;
                }
            }
            let dispose = lines.next().unwrap_or_default();
            if !dispose.starts_with(&format!("if (Symbol.dispose) {class}.prototype[")) {
                bail!("wasm-bindgen's glue for {class} has an unexpected shape");
            }
            continue;
        }
        if let Some(class) = CLASSES
            .iter()
            .find(|c| line.starts_with(&format!("const {c}Finalization = ")))
        {
            // Three lines: the test for FinalizationRegistry and its two arms.
            let (a, b) = (lines.next(), lines.next());
            if !b.is_some_and(|b| b.trim_end().ends_with(");")) || a.is_none() {
                bail!("wasm-bindgen's finaliser for {class} has an unexpected shape");
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    let lower = out.to_ascii_lowercase();
    if let Some(c) = CLASSES
        .iter()
        .find(|c| lower.contains(&c.to_ascii_lowercase()))
    {
        bail!("the glue still mentions {c} after taking the stream classes out");
    }
    Ok(out)
}

/// Removes the classes' exports from the wasm at `path`; says how many.
pub fn strip_wasm(path: &Path) -> Result<usize> {
    let mut module = walrus::Module::from_file(path)
        .with_context(|| format!("reading {} for its exports", path.display()))?;
    let ids: Vec<_> = module
        .exports
        .iter()
        .filter(|e| is_stream_export(&e.name))
        .map(|e| e.id())
        .collect();
    for id in &ids {
        module.exports.delete(*id);
    }
    module
        .emit_wasm_file(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(ids.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "export class IntoUnderlyingSink {
    free() {
        wasm.__wbg_intounderlyingsink_free(ptr, 0);
    }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;

export function start() {
    wasm.start();
}
const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));
const CLOSURE_DTORS = 1;
";

    #[test]
    fn the_stream_classes_leave_the_glue_and_the_rest_stays() {
        let out = strip_glue(GLUE).unwrap();
        assert_eq!(
            out,
            "\nexport function start() {\n    wasm.start();\n}\nconst CLOSURE_DTORS = 1;\n"
        );
    }

    #[test]
    fn a_glue_of_another_shape_stops_the_build() {
        let odd = GLUE.replace("if (Symbol.dispose)", "// moved");
        assert!(strip_glue(&odd).is_err());
        let mentioned = format!("{GLUE}new IntoUnderlyingSource();\n");
        assert!(strip_glue(&mentioned).is_err());
    }

    #[test]
    fn only_the_stream_exports_are_named() {
        assert!(is_stream_export("intounderlyingbytesource_pull"));
        assert!(is_stream_export("__wbg_intounderlyingsource_free"));
        assert!(!is_stream_export("start"));
        assert!(!is_stream_export("__wbindgen_malloc"));
    }
}
