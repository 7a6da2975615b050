//! Pure header policy: which names are content-hashed, which Content-Type a
//! file gets, and which security headers a response carries.

/// Cache-Control for content-hashed assets: their bytes never change under
/// that name, so browsers may keep them for a year without revalidating.
pub const CACHE_IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Cache-Control for everything else: may be stored, but must be revalidated
/// (cheap thanks to ETag/Last-Modified) so a new build is picked up at once.
pub const CACHE_REVALIDATE: &str = "no-cache";

/// Cache-Control for error responses: a 404 during a deploy must not stick.
pub const CACHE_NEVER: &str = "no-store";

/// `Permissions-Policy`: the app needs none of these powerful features.
pub const PERMISSIONS_POLICY: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

/// True when the file name (last path segment) carries a content hash: a run
/// of exactly 16 lowercase hex digits with `-` or `.` before it and `.` after
/// it, e.g. `lantern-0123456789abcdef.js` or `report.en.0123456789abcdef.json`.
///
/// The delimiters on both sides are what make the run "exactly 16": a longer
/// hex run would have a hex digit, not a delimiter, at one of the ends.
pub fn is_hashed_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).as_bytes();
    name.windows(18).any(|w| {
        matches!(w[0], b'-' | b'.')
            && w[17] == b'.'
            && w[1..17]
                .iter()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// Cache-Control value for a successfully served file.
pub fn cache_control_for(path: &str) -> &'static str {
    if is_hashed_name(path) {
        CACHE_IMMUTABLE
    } else {
        CACHE_REVALIDATE
    }
}

/// Content-Type for the file types a Lantern build contains. `None` leaves the
/// file server's own guess in place.
///
/// Spelled out here rather than trusting a MIME table because browsers refuse
/// to stream-compile wasm or load module scripts with the wrong type.
pub fn content_type_for(path: &str) -> Option<&'static str> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let (_, ext) = name.rsplit_once('.')?;
    let ty = match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        _ => return None,
    };
    Some(ty)
}

/// Normalises one CSP hash source (`sha256-…`, with or without the single
/// quotes CSP needs) to its quoted form, or `None` if it is not a well-formed
/// hash source. Strict on purpose: the value ends up in a response header.
pub fn style_hash_source(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let inner = raw
        .strip_prefix('\'')
        .and_then(|s| s.strip_suffix('\''))
        .unwrap_or(raw);
    let digest = ["sha256-", "sha384-", "sha512-"]
        .iter()
        .find_map(|alg| inner.strip_prefix(alg))?;
    let base64 = |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '-' | '_');
    if digest.is_empty() || !digest.chars().all(base64) {
        return None;
    }
    Some(format!("'{inner}'"))
}

/// `base` followed by each valid hash source of `hashes`.
fn with_hashes(base: &str, hashes: &[String]) -> String {
    let mut out = String::from(base);
    for source in hashes.iter().filter_map(|h| style_hash_source(h)) {
        out.push(' ');
        out.push_str(&source);
    }
    out
}

/// The Content-Security-Policy for the app. The build's hashes (from
/// `build.json`'s `csp_style_hashes` and `csp_script_hashes`, the page's one
/// inline script) are added to `style-src` and `script-src`; entries that are
/// not valid hash sources are dropped so they can never break the header.
pub fn content_security_policy(style_hashes: &[String], script_hashes: &[String]) -> String {
    let style_src = with_hashes("'self'", style_hashes);
    let script_src = with_hashes("'self' 'wasm-unsafe-eval'", script_hashes);
    format!(
        "default-src 'self'; script-src {script_src}; style-src {style_src}; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// The service worker's script: a browser runs it under the CSP of its own
/// response, so it carries the document-level headers like a page.
pub const WORKER_SCRIPT: &str = "sw.js";

/// Whether a response is run as a document or a worker: a page (HTML, the
/// app's not-found page included) or the worker script. Only there do the
/// document-level headers take effect; anywhere else they are ~700 bytes
/// on the wire for nothing.
pub fn is_document_or_worker(name: &str, content_type: Option<&str>) -> bool {
    // By name too: a 304 carries no Content-Type.
    name == WORKER_SCRIPT
        || name.ends_with(".html")
        || content_type.is_some_and(|t| t.starts_with("text/html"))
}

/// Every response carries this: no browser may guess a type.
pub const NOSNIFF: (&str, &str) = ("x-content-type-options", "nosniff");

/// The document-level headers, for pages and the worker script, as (name,
/// value) pairs in the order they are sent, after [`NOSNIFF`].
pub fn document_headers(
    style_hashes: &[String],
    script_hashes: &[String],
) -> Vec<(&'static str, String)> {
    vec![
        (
            "content-security-policy",
            content_security_policy(style_hashes, script_hashes),
        ),
        ("referrer-policy", "no-referrer".into()),
        ("permissions-policy", PERMISSIONS_POLICY.into()),
        ("cross-origin-opener-policy", "same-origin".into()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_from_the_build_are_recognised() {
        assert!(is_hashed_name("lantern-0123456789abcdef.js"));
        assert!(is_hashed_name("lantern_bg-0123456789abcdef.wasm"));
        assert!(is_hashed_name("data/report.en.0123456789abcdef.json"));
        assert!(is_hashed_name("/assets/style-fedcba9876543210.css"));
        assert!(is_hashed_name("lantern-0123456789abcdef.js.br"));
    }

    #[test]
    fn plain_names_are_not_hashed() {
        for name in [
            "index.html",
            "sw.js",
            "manifest.webmanifest",
            "build.json",
            "icons/icon-192.png",
            "",
            "/",
        ] {
            assert!(!is_hashed_name(name), "{name}");
        }
    }

    #[test]
    fn hash_must_be_exactly_16_lowercase_hex_with_delimiters() {
        // 15 and 17 digits
        assert!(!is_hashed_name("app-0123456789abcde.js"));
        assert!(!is_hashed_name("app-0123456789abcdef0.js"));
        // uppercase, non-hex
        assert!(!is_hashed_name("app-0123456789ABCDEF.js"));
        assert!(!is_hashed_name("app-0123456789abcdeg.js"));
        // wrong or missing left delimiter
        assert!(!is_hashed_name("app_0123456789abcdef.js"));
        assert!(!is_hashed_name("0123456789abcdef.js"));
        // no `.` on the right
        assert!(!is_hashed_name("app-0123456789abcdef"));
        assert!(!is_hashed_name("app-0123456789abcdef-x.js"));
        // only the file name counts, not directories
        assert!(!is_hashed_name("v-0123456789abcdef.d/index.html"));
    }

    #[test]
    fn cache_control_is_immutable_only_for_hashed_names() {
        assert_eq!(
            cache_control_for("lantern-0123456789abcdef.js"),
            CACHE_IMMUTABLE
        );
        assert_eq!(cache_control_for("index.html"), "no-cache");
        assert_eq!(cache_control_for("sw.js"), "no-cache");
    }

    #[test]
    fn content_types_cover_the_build_output() {
        assert_eq!(content_type_for("a.wasm"), Some("application/wasm"));
        assert_eq!(
            content_type_for("manifest.webmanifest"),
            Some("application/manifest+json")
        );
        assert_eq!(
            content_type_for("x/app-0123456789abcdef.js"),
            Some("text/javascript; charset=utf-8")
        );
        assert_eq!(
            content_type_for("index.HTML"),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(content_type_for("build.json"), Some("application/json"));
        assert_eq!(content_type_for("s.css"), Some("text/css; charset=utf-8"));
        assert_eq!(content_type_for("i.svg"), Some("image/svg+xml"));
        assert_eq!(content_type_for("i.png"), Some("image/png"));
        assert_eq!(content_type_for("LICENSE"), None);
        assert_eq!(content_type_for("x.unknownext"), None);
    }

    #[test]
    fn csp_without_extras_is_the_documented_policy() {
        assert_eq!(
            content_security_policy(&[], &[]),
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
             worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
             frame-ancestors 'none'"
        );
    }

    #[test]
    fn csp_adds_style_hashes_quoted_and_drops_garbage() {
        let csp = content_security_policy(
            &[
                "sha256-abc+/=".into(),
                "'sha384-XYZ_-'".into(),
                "unsafe-inline".into(),
                "sha256-x; script-src *".into(),
            ],
            &[],
        );
        assert!(
            csp.contains("style-src 'self' 'sha256-abc+/=' 'sha384-XYZ_-';"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert!(!csp.contains("script-src *"));
    }

    #[test]
    fn csp_allows_the_inline_script_by_its_hash_alone() {
        let csp = content_security_policy(&[], &["'sha256-abc='".into(), "'unsafe-inline'".into()]);
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=';"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
    }

    #[test]
    fn style_hash_source_rejects_non_hashes() {
        assert_eq!(style_hash_source("sha256-"), None);
        assert_eq!(style_hash_source("md5-abc"), None);
        assert_eq!(style_hash_source("'self'"), None);
        assert_eq!(style_hash_source("sha512-a\nb"), None);
        assert_eq!(
            style_hash_source(" sha512-ab ").as_deref(),
            Some("'sha512-ab'")
        );
    }

    #[test]
    fn document_headers_are_complete() {
        let names: Vec<_> = document_headers(&[], &[])
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(
            names,
            [
                "content-security-policy",
                "referrer-policy",
                "permissions-policy",
                "cross-origin-opener-policy"
            ]
        );
    }

    #[test]
    fn only_pages_and_the_worker_script_are_documents() {
        let html = Some("text/html; charset=utf-8");
        assert!(is_document_or_worker("index.html", html));
        assert!(is_document_or_worker("introduction", html));
        assert!(is_document_or_worker("sw.js", content_type_for("sw.js")));
        for name in [
            "lantern-0123456789abcdef.js",
            "boot-0123456789abcdef.js",
            "lantern_bg-0123456789abcdef.wasm",
            "report.en.0123456789abcdef.json",
            "manifest.webmanifest",
            "favicon-32.png",
            "lantern-0123456789abcdef.css",
        ] {
            assert!(
                !is_document_or_worker(name, content_type_for(name)),
                "{name}"
            );
        }
        assert!(!is_document_or_worker(
            "",
            Some("text/plain; charset=utf-8")
        ));
    }
}
