//! The hub over real HTTP: a server on port 0 in this process, a fixture
//! `dist/` with real `.br`/`.gz` siblings, and a raw HTTP/1.1 client.

mod common;

use common::*;

/// Only where a browser runs the response as a page or a worker.
const DOCUMENT_HEADERS: [&str; 4] = [
    "content-security-policy",
    "referrer-policy",
    "permissions-policy",
    "cross-origin-opener-policy",
];

/// A page or the worker script: every security header, once.
fn assert_security_headers(reply: &Reply, what: &str) {
    for name in DOCUMENT_HEADERS.iter().chain(&["x-content-type-options"]) {
        assert_eq!(
            reply.count(name),
            1,
            "{what}: {name} in {:?}",
            reply.headers
        );
    }
    let csp = reply.header("content-security-policy").unwrap();
    assert!(csp.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"));
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"));
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(
        reply.header("permissions-policy"),
        Some("camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()")
    );
    assert_eq!(
        reply.header("cross-origin-opener-policy"),
        Some("same-origin")
    );
}

/// An asset or an error: `nosniff`, and none of the document's headers,
/// which take no effect there.
fn assert_nosniff_only(reply: &Reply, what: &str) {
    assert_eq!(reply.count("x-content-type-options"), 1, "{what}");
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    for name in DOCUMENT_HEADERS {
        assert_eq!(
            reply.count(name),
            0,
            "{what}: {name} in {:?}",
            reply.headers
        );
    }
}

fn assert_vary(reply: &Reply) {
    assert_eq!(reply.count("vary"), 1, "{:?}", reply.headers);
    assert!(reply
        .header("vary")
        .unwrap()
        .eq_ignore_ascii_case("accept-encoding"));
}

#[test]
fn brotli_sibling_is_served_and_decompresses_to_the_original() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for name in [JS, WASM] {
        let r = server.get(&format!("/{name}"), &[("Accept-Encoding", "br")]);
        assert_eq!(r.status, 200, "{name}");
        assert_eq!(r.header("content-encoding"), Some("br"), "{name}");
        // Byte for byte the file on disk, not compressed on the fly.
        assert_eq!(r.body, fx.file(&format!("{name}.br")), "{name}");
        assert_eq!(unbrotli(&r.body), fx.file(name), "{name}");
        assert_vary(&r);
    }
}

#[test]
fn gzip_sibling_is_served_when_only_gzip_is_accepted() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for name in [JS, WASM] {
        let r = server.get(&format!("/{name}"), &[("Accept-Encoding", "gzip")]);
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-encoding"), Some("gzip"));
        assert_eq!(ungzip(&r.body), fx.file(name));
        assert_vary(&r);
    }
}

#[test]
fn brotli_is_preferred_when_the_browser_accepts_both() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for accept in ["gzip, deflate, br, zstd", "gzip, br", "br, gzip"] {
        let r = server.get(&format!("/{JS}"), &[("Accept-Encoding", accept)]);
        assert_eq!(r.header("content-encoding"), Some("br"), "{accept}");
        assert_eq!(unbrotli(&r.body), fx.file(JS));
    }
    // ...unless the client says it does not want brotli.
    let r = server.get(&format!("/{JS}"), &[("Accept-Encoding", "br;q=0, gzip")]);
    assert_eq!(r.header("content-encoding"), Some("gzip"));
}

#[test]
fn identity_is_served_without_accept_encoding_and_still_varies() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for name in [JS, WASM, "index.html"] {
        let r = server.get(&format!("/{name}"), &[]);
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-encoding"), None);
        assert_eq!(r.body, fx.file(name));
        assert_vary(&r);
    }
    let r = server.get(&format!("/{JS}"), &[("Accept-Encoding", "identity")]);
    assert_eq!(r.header("content-encoding"), None);
    assert_eq!(r.body, fx.file(JS));
}

#[test]
fn missing_sibling_falls_back_to_the_next_encoding_or_identity() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    let r = server.get(&format!("/{CSS}"), &[("Accept-Encoding", "br, gzip")]);
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    assert_eq!(ungzip(&r.body), fx.file(CSS));

    let r = server.get("/sw.js", &[("Accept-Encoding", "br, gzip")]);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-encoding"), None);
    assert_eq!(r.body, fx.file("sw.js"));
    assert_vary(&r);
}

#[test]
fn content_type_matches_the_file_kind_even_when_compressed() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    let cases = [
        (WASM, "application/wasm"),
        (JS, "text/javascript; charset=utf-8"),
        ("sw.js", "text/javascript; charset=utf-8"),
        ("manifest.webmanifest", "application/manifest+json"),
        (REPORT, "application/json"),
        ("build.json", "application/json"),
        (CSS, "text/css; charset=utf-8"),
        ("icons/icon.svg", "image/svg+xml"),
        ("icons/icon-192.png", "image/png"),
        ("index.html", "text/html; charset=utf-8"),
    ];
    for (name, ty) in cases {
        for accept in ["", "br", "gzip"] {
            let r = server.get(&format!("/{name}"), &[("Accept-Encoding", accept)]);
            assert_eq!(r.status, 200, "{name}");
            assert_eq!(r.header("content-type"), Some(ty), "{name} with {accept:?}");
            assert_vary(&r);
        }
    }
}

#[test]
fn hashed_assets_are_cached_for_a_year_as_immutable() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for name in [JS, WASM, REPORT, CSS] {
        for accept in ["", "br"] {
            let r = server.get(&format!("/{name}"), &[("Accept-Encoding", accept)]);
            assert_eq!(
                r.header("cache-control"),
                Some("public, max-age=31536000, immutable"),
                "{name}"
            );
        }
    }
}

#[test]
fn unhashed_files_must_revalidate() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for target in [
        "/",
        "/index.html",
        "/sw.js",
        "/manifest.webmanifest",
        "/build.json",
        "/icons/icon-192.png",
    ] {
        let r = server.get(target, &[("Accept-Encoding", "br")]);
        assert_eq!(r.status, 200, "{target}");
        assert_eq!(r.header("cache-control"), Some("no-cache"), "{target}");
    }
}

#[test]
fn deep_link_gets_index_html_compressed_and_uncached() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for target in ["/read/anything", "/quiz", "/read/chapter-2/", "/data", "/"] {
        let r = server.get(target, &[]);
        assert_eq!(r.status, 200, "{target}");
        assert_eq!(r.body, fx.file("index.html"), "{target}");
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(r.header("cache-control"), Some("no-cache"));
        assert_vary(&r);
    }
    let r = server.get("/read/anything", &[("Accept-Encoding", "gzip, br")]);
    assert_eq!(r.header("content-encoding"), Some("br"));
    assert_eq!(unbrotli(&r.body), fx.file("index.html"));
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
}

#[test]
fn an_address_with_a_page_of_its_own_gets_that_page_with_no_redirect() {
    let fx = Fixture::new();
    let page = b"<!doctype html><title>Introduction</title><h1>Introduction</h1>".to_vec();
    std::fs::create_dir_all(fx.root.join("read/introduction")).unwrap();
    std::fs::write(fx.root.join("read/introduction/index.html"), &page).unwrap();
    std::fs::write(
        fx.root.join("read/introduction/index.html.br"),
        brotli(&page),
    )
    .unwrap();
    let server = TestServer::start(&fx.root);
    for target in [
        "/read/introduction",
        "/read/introduction/",
        "/read/introduction?from=quiz",
    ] {
        let r = server.get(target, &[]);
        assert_eq!(r.status, 200, "{target}");
        assert_eq!(r.body, page, "{target}");
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(r.header("cache-control"), Some("no-cache"));
        assert_security_headers(&r, target);
        assert_vary(&r);
    }
    let r = server.get("/read/introduction", &[("Accept-Encoding", "br")]);
    assert_eq!(r.header("content-encoding"), Some("br"));
    assert_eq!(unbrotli(&r.body), page);
    // Addresses without one still get index.html; the folder is never listed.
    for target in ["/read/other", "/read", "/read/introduction/more"] {
        let r = server.get(target, &[]);
        assert_eq!(r.status, 200, "{target}");
        assert_eq!(r.body, fx.file("index.html"), "{target}");
    }
}

#[test]
fn head_on_a_deep_link_has_headers_but_no_body() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    let r = request(server.addr, "HEAD", "/read/anything", &[]);
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    let len = fx.file("index.html").len().to_string();
    assert_eq!(r.header("content-length"), Some(len.as_str()));
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    assert_security_headers(&r, "HEAD deep link");
}

#[test]
fn missing_file_with_an_extension_is_a_real_404() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for target in [
        "/app-123.js",
        "/lantern-0000000000000000.js",
        "/data/missing.json",
        "/read/chapter.2",
    ] {
        let r = server.get(target, &[("Accept-Encoding", "br, gzip")]);
        assert_eq!(r.status, 404, "{target}");
        assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
        assert!(!r.body.is_empty() && r.body.len() < 200, "{target}");
        assert!(!r.text().contains("<html"), "{target}");
        assert_eq!(r.header("cache-control"), Some("no-store"));
    }
}

#[test]
fn a_person_opening_a_dotted_address_gets_the_apps_not_found_page() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for target in ["/read/introduction.", "/help.html", "/read/chapter.2"] {
        for headers in [
            [("Sec-Fetch-Dest", "document"), ("Accept", "*/*")],
            [("Sec-Fetch-Dest", ""), ("Accept", "text/html,*/*;q=0.8")],
        ] {
            let r = server.get(target, &headers);
            assert_eq!(r.status, 404, "{target}");
            assert_eq!(r.body, fx.file("index.html"), "{target}");
            assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
        }
    }
    // A missing hashed asset stays a real 404, even opened as a page.
    let r = server.get(
        "/lantern-0000000000000000.js",
        &[("Sec-Fetch-Dest", "document")],
    );
    assert_eq!(r.status, 404);
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
}

#[test]
fn pages_and_the_worker_script_carry_every_security_header() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    assert_security_headers(&server.get("/", &[]), "index");
    assert_security_headers(
        &server.get("/index.html", &[("Accept-Encoding", "br")]),
        "br index",
    );
    assert_security_headers(&server.get("/read/anything", &[]), "deep link");
    let not_found = server.get("/help.html", &[("Sec-Fetch-Dest", "document")]);
    assert_eq!(not_found.status, 404);
    assert_security_headers(&not_found, "the app's not-found page");
    assert_security_headers(&server.get("/sw.js", &[]), "worker script");
}

#[test]
fn assets_and_errors_carry_nosniff_and_no_document_headers() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    assert_nosniff_only(&server.get(&format!("/{WASM}"), &[]), "asset");
    assert_nosniff_only(
        &server.get(&format!("/{JS}"), &[("Accept-Encoding", "br")]),
        "br asset",
    );
    assert_nosniff_only(&server.get(&format!("/{CSS}"), &[]), "stylesheet");
    assert_nosniff_only(&server.get("/app-123.js", &[]), "404");
    assert_nosniff_only(&server.get("/../Cargo.toml", &[]), "traversal");
    assert_nosniff_only(&request(server.addr, "POST", "/", &[]), "405");
}

#[test]
fn hashed_assets_carry_no_validators_and_plain_files_keep_them() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for name in [JS, WASM, CSS] {
        let r = server.get(&format!("/{name}"), &[("Accept-Encoding", "br, gzip")]);
        assert_eq!(r.status, 200, "{name}");
        assert_eq!(
            r.header("cache-control"),
            Some("public, max-age=31536000, immutable")
        );
        assert_eq!(
            (r.count("etag"), r.count("last-modified")),
            (0, 0),
            "{name}: {:?}",
            r.headers
        );
    }
    for name in ["sw.js", "index.html"] {
        let r = server.get(&format!("/{name}"), &[]);
        assert_eq!(r.header("cache-control"), Some("no-cache"), "{name}");
        assert_eq!(r.count("etag"), 1, "{name}");
    }
}

#[test]
fn csp_carries_style_hashes_from_build_json() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    let r = server.get("/", &[]);
    let csp = r.header("content-security-policy").unwrap();
    assert!(
        csp.contains(&format!("style-src 'self' '{STYLE_HASH}';")),
        "{csp}"
    );
}

#[test]
fn directory_traversal_never_reaches_files_outside_dist() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for target in [
        "/../Cargo.toml",
        "/../secret",
        "/data/../../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/..%2fCargo.toml",
        "/%2e%2e%2fsecret",
        "/data/..%2f..%2fsecret",
        "/..%5csecret",
        "/data%2f..%2f..%2fCargo.toml",
    ] {
        let r = server.get(target, &[]);
        assert!(
            r.status == 400 || r.status == 404,
            "{target} gave {}",
            r.status
        );
        assert!(!r.text().contains(SECRET), "{target} leaked the file");
    }
}

#[test]
fn revalidation_of_unhashed_files_gets_304() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    let first = server.get("/sw.js", &[]);
    let etag = first.header("etag").expect("an ETag").to_string();
    let again = server.get("/sw.js", &[("If-None-Match", &etag)]);
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("cache-control"), Some("no-cache"));
    assert_vary(&again);
    assert_security_headers(&again, "304");
}

#[test]
fn methods_other_than_get_and_head_are_refused() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for method in ["POST", "PUT", "DELETE"] {
        let r = request(
            server.addr,
            method,
            "/index.html",
            &[("Content-Length", "0")],
        );
        assert_eq!(r.status, 405, "{method}");
        assert_eq!(r.header("allow"), Some("GET, HEAD"));
    }
}

#[test]
fn binding_a_port_held_by_another_listener_names_the_port() {
    let fx = Fixture::new();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let holder = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = holder.local_addr().unwrap().port();
        let opts = lantern_hub::Options {
            root: fx.root.clone(),
            port,
            ..Default::default()
        };
        let err = lantern_hub::bind(&opts).await.unwrap_err();
        assert!(
            matches!(err, lantern_hub::HubError::PortInUse { port: p, .. } if p == port),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!(
                "port {port} is already in use on 127.0.0.1 — stop the other server or pick \
                 another with --port N"
            )
        );
        assert_eq!(err.exit_code(), 2);
    });
}

#[test]
fn port_zero_binds_a_free_port_on_loopback() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let opts = lantern_hub::Options {
            port: 0,
            ..Default::default()
        };
        let listener = lantern_hub::bind(&opts).await.unwrap();
        let addr = listener.local_addr().unwrap();
        assert!(addr.ip().is_loopback());
        assert_ne!(addr.port(), 0);
        assert_eq!(
            lantern_hub::listening_line(addr),
            format!("listening on http://127.0.0.1:{}/", addr.port())
        );
    });
}

#[test]
fn a_path_segment_too_long_for_a_file_name_is_a_404() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    let long = "a".repeat(300);
    let encoded = "%61".repeat(256);
    for target in [
        format!("/{long}"),
        format!("/{long}.js"),
        format!("/read/{long}"),
        format!("/data/{long}/x.json"),
        format!("/{encoded}"),
    ] {
        for accept in ["", "br, gzip"] {
            let r = server.get(&target, &[("Accept-Encoding", accept)]);
            assert_eq!(r.status, 404, "{} bytes with {accept:?}", target.len());
            assert_eq!(r.header("cache-control"), Some("no-store"));
        }
    }
    // A name just short enough stays an ordinary deep link or missing file.
    let fits = "a".repeat(250);
    assert_eq!(server.get(&format!("/{fits}"), &[]).status, 200);
    assert_eq!(server.get(&format!("/{fits}.js"), &[]).status, 404);
}

#[test]
fn a_path_too_long_for_the_file_system_is_a_414() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    let segments = |n: usize, len: usize| format!("/{}", vec!["b".repeat(len); n].join("/"));
    for target in [
        segments(30, 200), // ~6 KB of names that each fit
        segments(2500, 1), // ~5 KB of one-letter folders
        format!("{}.js", segments(25, 200)),
    ] {
        let r = server.get(&target, &[("Accept-Encoding", "br")]);
        assert_eq!(r.status, 414, "{} bytes", target.len());
        assert_eq!(r.header("cache-control"), Some("no-store"));
        assert_nosniff_only(&r, "414");
    }
}

#[test]
fn an_unknown_range_unit_is_ignored() {
    let fx = Fixture::new();
    let server = TestServer::start(&fx.root);
    for range in ["potatoes=1-2", "items=0-1", "=0-1", "bytes"] {
        let r = server.get("/sw.js", &[("Range", range)]);
        assert_eq!(r.status, 200, "{range}");
        assert_eq!(r.body, fx.file("sw.js"), "{range}");
    }
    // A range of bytes still works, whatever the unit's case.
    for range in ["bytes=0-3", "Bytes=0-3"] {
        let r = server.get("/sw.js", &[("Range", range)]);
        assert_eq!(r.status, 206, "{range}");
        assert_eq!(r.body, &fx.file("sw.js")[..4], "{range}");
    }
    // Only GET has ranges (RFC 9110, 14.2).
    let r = request(server.addr, "HEAD", "/sw.js", &[("Range", "bytes=0-3")]);
    assert_eq!(r.status, 200);
}
