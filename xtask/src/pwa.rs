//! The service worker's precache list, and `dist/sw.js` filled from the
//! template `public/sw.js`. Pure: file names and bytes in, text out.

use crate::dist;
use anyhow::{anyhow, Result};
use serde::Serialize;

/// The service worker itself: never precached (the browser fetches it).
pub const SW_PATH: &str = "sw.js";

/// Whether a file under `dist/` goes into the precache, i.e. is needed to run
/// offline. Left out: the compressed twins, the build record, the service
/// worker, `robots.txt`, and the PNG icons only an installer or a home screen
/// asks for (the browser keeps its own copy once the app is installed).
pub fn is_precached(path: &str) -> bool {
    if path.ends_with(".br") || path.ends_with(".gz") {
        return false;
    }
    if matches!(path, "build.json" | SW_PATH | "robots.txt") {
        return false;
    }
    // The static pages of each address: offline, the app renders every
    // address from storage over the one precached index.html.
    if path.ends_with("/index.html") {
        return false;
    }
    if let Some(icon) = path.strip_prefix("icons/") {
        // The page's own favicons are asked for on every load; keep them.
        return matches!(icon, "lantern.svg" | "favicon-32.png");
    }
    true
}

/// One precache entry. `revision` is always the first 16 hex digits of the
/// file's SHA-256 (for hashed names, the hash in the name), so the worker
/// can check every byte it caches and reuse unchanged files across builds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub url: String,
    pub revision: String,
    /// A language's own data: precached only for the language in use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The language a data asset is in (`data/ui.th.<hash>.json` → `th`).
pub fn data_lang(path: &str) -> Option<&str> {
    let name = path.strip_prefix("data/")?.strip_suffix(".json")?;
    let mut parts = name.split('.');
    let (_kind, lang) = (parts.next()?, parts.next()?);
    Some(lang)
}

/// Whether a first visit in `lang` downloads this file: the precache's
/// shared files and that language's data, and the worker itself.
pub fn in_first_visit(path: &str, lang: &str) -> bool {
    path == SW_PATH || (is_precached(path) && data_lang(path).is_none_or(|l| l == lang))
}

/// Entries for the precached files among `files` (path under dist/, bytes),
/// sorted by URL so the list, and the build id, are stable.
pub fn entries<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Vec<Entry> {
    let mut out: Vec<Entry> = files
        .into_iter()
        .filter(|(path, _)| is_precached(path))
        .map(|(path, bytes)| Entry {
            // The home page by the address a first visit asks for it.
            url: if path == "index.html" { "./" } else { path }.to_string(),
            revision: dist::content_hash(bytes),
            lang: data_lang(path).map(str::to_string),
        })
        .collect();
    out.sort_by(|a, b| a.url.cmp(&b.url));
    out
}

/// The filled service worker and its cache's build id (a hash of the list:
/// any changed byte of any precached file gives a new worker and a new cache).
pub fn service_worker(template: &str, entries: &[Entry]) -> Result<(String, String)> {
    // A language's data goes by its name alone (`data/<kind>.<lang>.<rev>.json`):
    // the worker reads the language and the revision from it, so each
    // language lengthens every first visit by one file name, not three fields.
    let items = entries
        .iter()
        .map(|e| match (&e.lang, data_lang(&e.url)) {
            (Some(lang), Some(named))
                if lang == named && e.url.ends_with(&format!(".{lang}.{}.json", e.revision)) =>
            {
                serde_json::to_string(&e.url)
            }
            _ => serde_json::to_string(e),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let list = format!("[{}]", items.join(","));
    let build_id = dist::content_hash(list.as_bytes());
    let text = dist::fill_template(
        template,
        &[("precache", list), ("build_id", build_id.clone())],
    )
    .map_err(|e| anyhow!("public/sw.js: {e}"))?;
    Ok((text, build_id))
}

/// The cache name the worker uses for a build id when served from `base`
/// (as `PREFIX + id` in sw.js, where the prefix names the app's folder).
pub fn cache_name(base: &str, build_id: &str) -> String {
    format!("lantern-precache:{base}:{build_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> String {
        std::fs::read_to_string(crate::workspace_root().join("public/sw.js")).unwrap()
    }

    #[test]
    fn the_shell_data_and_page_are_precached_but_not_the_worker_or_extras() {
        for p in [
            "index.html",
            "manifest.webmanifest",
            "lantern-0123456789abcdef.js",
            "lantern_bg-0123456789abcdef.wasm",
            "data/report.en.0123456789abcdef.json",
            "snippets/x/inline0.js",
            "icons/lantern.svg",
            "icons/favicon-32.png",
        ] {
            assert!(is_precached(p), "{p}");
        }
        for p in [
            "sw.js",
            "build.json",
            "robots.txt",
            "index.html.br",
            "data/report.en.0123456789abcdef.json.gz",
            "icons/icon-512.png",
            "icons/maskable-192.png",
            "icons/apple-touch-icon.png",
            // Each address's own page: offline the app renders it.
            "read/introduction/index.html",
            "quiz/index.html",
        ] {
            assert!(!is_precached(p), "{p}");
        }
    }

    #[test]
    fn entries_are_sorted_and_revisioned_by_content() {
        let files: [(&str, &[u8]); 3] = [
            ("sw.js", b"worker"),
            ("index.html", b"<html>"),
            ("app-0123456789abcdef.js", b"js"),
        ];
        let e = entries(files);
        assert_eq!(
            e.iter().map(|e| e.url.as_str()).collect::<Vec<_>>(),
            ["./", "app-0123456789abcdef.js"]
        );
        assert_eq!(e[0].revision, dist::content_hash(b"<html>"));
    }

    #[test]
    fn the_template_fills_and_the_build_id_follows_the_list() {
        let a = entries([("index.html", &b"a"[..])]);
        let b = entries([("index.html", &b"b"[..])]);
        let (sw_a, id_a) = service_worker(&template(), &a).unwrap();
        let (sw_b, id_b) = service_worker(&template(), &b).unwrap();
        assert_ne!(id_a, id_b);
        assert!(!sw_a.contains("{{"), "every key is filled");
        assert!(sw_a.contains(&format!("const CACHE = PREFIX + '{id_a}'")));
        assert!(sw_a.contains(r#"{"url":"./","revision":"#));
        assert_eq!(
            cache_name("/lantern/", &id_a),
            format!("lantern-precache:/lantern/:{id_a}")
        );
        assert!(sw_b.contains(&id_b));
        // Same input, same worker: an unchanged deploy never prompts an update.
        assert_eq!(service_worker(&template(), &a).unwrap().0, sw_a);
    }

    #[test]
    fn the_worker_never_skips_waiting_on_its_own() {
        let t = template();
        let install = &t[t.find("addEventListener('install'").unwrap()..];
        let install = &install[..install.find("});").unwrap()];
        assert!(!install.contains("skipWaiting"));
        assert!(t.contains("type === 'SKIP_WAITING'"));
        assert!(t.contains("cache: 'reload'"));
    }
}
