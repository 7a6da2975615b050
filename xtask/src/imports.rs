//! wasm-bindgen names each function the wasm imports from its glue after
//! the API and a 16-digit hash (`__wbg_getItem_4f1baf9a00be3c74`), and the
//! name is written twice: in the wasm's import section and as a key of the
//! glue's import object. The hashes are random to a compressor, so ~200 of
//! them cost ~5 KB brotli of every first visit. A release build gives each
//! import a short name in both places, as a minifier would.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// The module name wasm-bindgen gives the glue's imports.
const GLUE_MODULE: &str = "./lantern_bg.js";
/// What the build calls it instead.
const SHORT_MODULE: &str = "a";

/// The `n`th short name: `a`…`z`, `A`…`Z`, then two letters, and so on
/// (always a JS identifier, so it can stay an unquoted key).
pub fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()] as char);
        n /= LETTERS.len();
        if n == 0 {
            return name;
        }
        n -= 1;
    }
}

/// Renames, in the glue's text, each import key in `renames` (old, new) and
/// the module key. Each must be a key exactly once, at the start of a line,
/// or the build stops: a glue of another shape must not ship half renamed.
pub fn rename_in_glue(glue: &str, renames: &[(String, String)]) -> Result<String> {
    let module_key = format!("\"{GLUE_MODULE}\": ");
    if glue.matches(&module_key).count() != 1 {
        bail!("the glue does not name its import module `{GLUE_MODULE}` once");
    }
    let wanted: std::collections::HashMap<&str, &str> = renames
        .iter()
        .map(|(old, new)| (old.as_str(), new.as_str()))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut out = String::with_capacity(glue.len());
    for line in glue.split_inclusive('\n') {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        let key = body.split_once(": ").map(|(k, _)| k);
        match key.and_then(|k| wanted.get(k).map(|new| (k, new))) {
            Some((old, new)) => {
                if !seen.insert(old) {
                    bail!("the glue has the import `{old}` twice");
                }
                out.push_str(indent);
                out.push_str(new);
                out.push_str(&body[old.len()..]);
            }
            None => out.push_str(&line.replacen(&module_key, &format!("{SHORT_MODULE}: "), 1)),
        }
    }
    if let Some((old, _)) = renames.iter().find(|(old, _)| !seen.contains(old.as_str())) {
        bail!("the glue has no key for the import `{old}`");
    }
    Ok(out)
}

/// How wasm-bindgen names the exports that call a Rust closure from JS.
const CLOSURE_EXPORT: &str = "wasm_bindgen__convert__closures_____invoke__h";

/// Renames `wasm.<old>` to `wasm.<new>` in the glue, where `old` ends its
/// word (`…_h1234` is not `…_h1234_16`). It must be used at least once.
pub fn rename_export_in_glue(glue: &str, old: &str, new: &str) -> Result<String> {
    let needle = format!("wasm.{old}");
    let mut out = String::with_capacity(glue.len());
    let mut rest = glue;
    let mut found = 0;
    while let Some(at) = rest.find(&needle) {
        let after = &rest[at + needle.len()..];
        let ends = !after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        out.push_str(&rest[..at]);
        if ends {
            out.push_str("wasm.");
            out.push_str(new);
            found += 1;
        } else {
            out.push_str(&needle);
        }
        rest = after;
    }
    out.push_str(rest);
    if found == 0 {
        bail!("the glue never calls the export `{old}`");
    }
    Ok(out)
}

/// Gives every import from the glue a short name, in the wasm at `path` and
/// in `glue`, which is returned renamed.
pub fn shorten(path: &Path, glue: &str) -> Result<String> {
    let mut module = walrus::Module::from_file(path)
        .with_context(|| format!("reading {} for its imports", path.display()))?;
    let mut renames = Vec::new();
    for import in module.imports.iter_mut() {
        if import.module != GLUE_MODULE {
            continue;
        }
        let short = short_name(renames.len());
        renames.push((std::mem::replace(&mut import.name, short.clone()), short));
        import.module = SHORT_MODULE.to_string();
    }
    let mut glue = rename_in_glue(glue, &renames)?;
    // The closure adapters' exports carry a hash too (`…_invoke__h<16 hex>`).
    let mut n = 0;
    for export in module.exports.iter_mut() {
        if !export.name.starts_with(CLOSURE_EXPORT) {
            continue;
        }
        let short = format!("${}", short_name(n));
        n += 1;
        glue = rename_export_in_glue(&glue, &export.name, &short)?;
        export.name = short;
    }
    module
        .emit_wasm_file(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(glue)
}

/// The names of every function the wasm at `path` imports from its glue.
pub fn from_glue(path: &Path) -> Result<Vec<String>> {
    let module = walrus::Module::from_file(path)
        .with_context(|| format!("reading {} for its imports", path.display()))?;
    Ok(module
        .imports
        .iter()
        .filter(|i| i.module == GLUE_MODULE || i.module == SHORT_MODULE)
        .map(|i| i.name.clone())
        .collect())
}

/// Takes out of the glue's import object the entry of each import in
/// `gone`: wasm-opt drops an import no code calls any more, and its
/// function in the glue would ship unused. An entry is its key's line at
/// the object's indent and every line below it to the next key; each in
/// `gone` must be found once, or the build stops.
pub fn drop_from_glue(glue: &str, gone: &[String]) -> Result<String> {
    const INDENT: usize = 8;
    let mut out = String::with_capacity(glue.len());
    let mut dropping = false;
    let mut found = 0;
    for line in glue.split_inclusive('\n') {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if dropping && (indent > INDENT || (indent == INDENT && body.starts_with('}'))) {
            continue;
        }
        dropping = indent == INDENT
            && body
                .split_once(": ")
                .is_some_and(|(key, _)| gone.iter().any(|g| g == key));
        if dropping {
            found += 1;
        } else {
            out.push_str(line);
        }
    }
    if found != gone.len() {
        bail!(
            "the glue has {found} entries for the {} imports wasm-opt dropped",
            gone.len()
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_getItem_4f1baf9a00be3c74: function() { return handleError(function (arg0) {
            return arg0.getItem();
        }, arguments); },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
        },
    };
    return {
        __proto__: null,
        \"./lantern_bg.js\": import0,
    };
}
";

    fn renames(names: &[&str]) -> Vec<(String, String)> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.to_string(), short_name(i)))
            .collect()
    }

    #[test]
    fn short_names_are_unique_identifiers() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
        assert!(names
            .iter()
            .all(|n| n.chars().all(|c| c.is_ascii_alphabetic())));
        assert_eq!(
            (short_name(0), short_name(51), short_name(52)),
            ("a".into(), "Z".into(), "aa".into())
        );
    }

    #[test]
    fn each_import_key_and_the_module_are_renamed_and_nothing_else() {
        let out = rename_in_glue(
            GLUE,
            &renames(&[
                "__wbg_getItem_4f1baf9a00be3c74",
                "__wbindgen_init_externref_table",
            ]),
        )
        .unwrap();
        assert!(out.contains("        a: function() { return handleError(function (arg0) {\n"));
        assert!(out.contains(
            "        b: function() {\n            const table = wasm.__wbindgen_externrefs;"
        ));
        assert!(out.contains("        a: import0,\n"));
        assert!(!out.contains("__wbg_getItem") && !out.contains("init_externref"));
        assert_eq!(out.lines().count(), GLUE.lines().count());
    }

    #[test]
    fn a_glue_of_another_shape_stops_the_build() {
        assert!(rename_in_glue(GLUE, &renames(&["__wbg_missing_0123456789abcdef"])).is_err());
        let twice = GLUE.replace(
            "        __proto__: null,\n        __wbg",
            "        __wbg_getItem_4f1baf9a00be3c74: 1,\n        __wbg",
        );
        assert!(rename_in_glue(&twice, &renames(&["__wbg_getItem_4f1baf9a00be3c74"])).is_err());
        let no_module = GLUE.replace("\"./lantern_bg.js\"", "\"./other.js\"");
        assert!(rename_in_glue(&no_module, &renames(&[])).is_err());
    }

    #[test]
    fn a_closure_export_is_renamed_where_its_name_ends() {
        let glue = "wasm.f_h01(a); wasm.f_h01_16(b); x.f_h01(c); wasm.f_h01(d);";
        let out = rename_export_in_glue(glue, "f_h01", "$a").unwrap();
        assert_eq!(out, "wasm.$a(a); wasm.f_h01_16(b); x.f_h01(c); wasm.$a(d);");
        assert!(rename_export_in_glue(glue, "f_h99", "$b").is_err());
    }

    #[test]
    fn the_wasm_and_the_glue_agree_after_shortening() {
        let mut module = walrus::Module::default();
        let ty = module.types.add(&[], &[]);
        let (f, _) = module.add_import_func(GLUE_MODULE, "__wbg_getItem_4f1baf9a00be3c74", ty);
        let (g, _) = module.add_import_func(GLUE_MODULE, "__wbindgen_init_externref_table", ty);
        let (h, _) = module.add_import_func("env", "kept", ty);
        for (name, id) in [("f", f), ("g", g), ("h", h)] {
            module.exports.add(name, id);
        }
        let dir = std::env::temp_dir().join(format!("lantern-imports-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("m.wasm");
        module.emit_wasm_file(&path).unwrap();

        let glue = shorten(&path, GLUE).unwrap();
        let back = walrus::Module::from_file(&path).unwrap();
        let mut imports: Vec<_> = back
            .imports
            .iter()
            .map(|i| (i.module.clone(), i.name.clone()))
            .collect();
        imports.sort();
        assert_eq!(
            imports,
            [
                ("a".into(), "a".into()),
                ("a".into(), "b".into()),
                ("env".into(), "kept".into())
            ]
        );
        assert!(glue.contains("        a: function()") && glue.contains("        b: function()"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn an_import_the_wasm_no_longer_has_leaves_the_glue_whole_entry_and_all() {
        let glue = "    const import0 = {
        a: function() { return handleError(function (arg0) {
            return arg0.getItem();
        }, arguments); },
        b: function(arg0) {
            const ret = arg0.length;
            return ret;
        },
        c: function(arg0) { return arg0; },
    };
";
        let out = drop_from_glue(glue, &["b".to_string()]).unwrap();
        assert_eq!(
            out,
            "    const import0 = {
        a: function() { return handleError(function (arg0) {
            return arg0.getItem();
        }, arguments); },
        c: function(arg0) { return arg0; },
    };
"
        );
        let last = drop_from_glue(glue, &["c".to_string()]).unwrap();
        assert!(last.ends_with("        },\n    };\n") && !last.contains("c:"));
        assert_eq!(drop_from_glue(glue, &[]).unwrap(), glue);
        // An import the glue does not have stops the build.
        assert!(drop_from_glue(glue, &["zz".to_string()]).is_err());
    }
}
