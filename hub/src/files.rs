//! The router: static files from `dist/`, each address's own page where the
//! build wrote one, other deep links to `index.html`, real
//! 404s for missing assets, and the header policy on top.

use std::{io, path::Path, sync::Arc};

use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, request::Parts, HeaderMap, HeaderName, HeaderValue, Method, StatusCode},
    middleware,
    response::Response,
    Router,
};
use percent_encoding::percent_decode_str;
use tower_http::services::{fs::ServeFileSystemResponseBody, ServeDir, ServeFile};

use crate::{log, policy};

/// The longest request path looked up on disk: an app route or file name is a
/// few dozen bytes, and with the folder's own path in front, a longer one
/// could pass the system's path limit (4,096 bytes on Linux).
pub const MAX_PATH_BYTES: usize = 2048;

/// The longest file name the file systems we run on allow, in bytes.
pub const MAX_NAME_BYTES: usize = 255;

/// Unreadable files: one line a minute, however often they are asked for.
static READ_ERRORS: log::Throttle = log::Throttle::new();

#[derive(Clone)]
struct Files {
    dir: ServeDir,
    index: ServeFile,
}

/// Router serving `root` with the given extra CSP hashes (see
/// [`crate::read_csp_hashes`]).
pub fn router_with_hashes(
    root: &Path,
    style_hashes: &[String],
    script_hashes: &[String],
) -> Router {
    router_with(root, style_hashes, script_hashes, Router::new())
}

/// [`router_with_hashes`] with `routes` (the live session's) ahead of the
/// files, under the same security headers.
pub fn router_with(
    root: &Path,
    style_hashes: &[String],
    script_hashes: &[String],
    routes: Router,
) -> Router {
    let files = Files {
        // Directories are not listed or auto-indexed: an extension-less path
        // that is not a file is an app route and gets index.html below.
        dir: ServeDir::new(root)
            .append_index_html_on_directories(false)
            .precompressed_br()
            .precompressed_gzip(),
        index: ServeFile::new(root.join("index.html"))
            .precompressed_br()
            .precompressed_gzip(),
    };
    let document: HeaderMap = policy::document_headers(style_hashes, script_hashes)
        .into_iter()
        .map(|(name, value)| {
            let value = HeaderValue::try_from(value)
                .expect("policy header values are built from printable ASCII only");
            (HeaderName::from_static(name), value)
        })
        .collect();
    routes
        .fallback_service(Router::new().fallback(serve_files).with_state(files))
        // A layer on the whole router, so 404/405/400 responses get them too.
        .layer(middleware::map_response_with_state(
            Arc::new(document),
            add_security_headers,
        ))
}

/// Marks a response a browser runs as a document or a worker (see
/// [`policy::is_document_or_worker`]).
#[derive(Clone, Copy)]
struct RunAsDocument;

/// `nosniff` on every response; the document-level headers only where they
/// take effect, on pages and the worker script.
async fn add_security_headers(
    State(document): State<Arc<HeaderMap>>,
    mut res: Response,
) -> Response {
    let (name, value) = policy::NOSNIFF;
    res.headers_mut().insert(
        HeaderName::from_static(name),
        HeaderValue::from_static(value),
    );
    if res.extensions().get::<RunAsDocument>().is_some() {
        for (name, value) in document.iter() {
            res.headers_mut().insert(name.clone(), value.clone());
        }
    }
    res
}

async fn serve_files(State(files): State<Files>, req: Request) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut res = plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
        res.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return res;
    }
    // Paths no file can have are answered here; the file system would call
    // them errors.
    if req.uri().path().len() > MAX_PATH_BYTES {
        return plain(StatusCode::URI_TOO_LONG, "414 request path too long\n");
    }
    let Some(name) = file_name(req.uri().path()) else {
        return plain(StatusCode::BAD_REQUEST, "bad request path\n");
    };
    if has_overlong_segment(req.uri().path()) {
        return plain(StatusCode::NOT_FOUND, "404 not found\n");
    }
    let (mut parts, _body) = req.into_parts();
    keep_only_byte_ranges(&mut parts);
    let Files { mut dir, mut index } = files;

    let path = parts.uri.path();
    if let Some(res) = from_dir(&mut dir, without_body(&parts), &name, path).await {
        return res;
    }
    let dotted = name.contains('.');
    // An address with a page of its own: the build writes it as a folder's
    // index.html (`read/introduction/index.html`), served here with no
    // redirect to a trailing slash, which would cost a slow line a round trip.
    if !dotted {
        let mut page = without_body(&parts);
        let file = format!("{}/index.html", path.trim_end_matches('/'));
        if let Ok(uri) = axum::http::Uri::try_from(file) {
            *page.uri_mut() = uri;
            if let Some(res) = from_dir(&mut dir, page, "index.html", path).await {
                return res;
            }
        }
    }

    // A missing asset must stay a 404: answering index.html for `/app.js`
    // would hand the browser HTML where it expects a script. A person who
    // opens a dotted address (`/read/introduction.` from the end of a
    // sentence, `/help.html`) gets the app's own not-found page instead,
    // with a 404 status; hashed assets never do.
    if dotted && (!is_navigation(&parts) || crate::is_hashed_name(parts.uri.path())) {
        return plain(StatusCode::NOT_FOUND, "404 not found\n");
    }
    let page = match index.try_call(without_body(&parts)).await {
        Ok(res) if res.status() != StatusCode::NOT_FOUND => file_response(res, "index.html"),
        Ok(_) => {
            return plain(
                StatusCode::NOT_FOUND,
                "404 not found (index.html is missing)\n",
            )
        }
        Err(err) if is_not_found(&err) => {
            return plain(
                StatusCode::NOT_FOUND,
                "404 not found (index.html is missing)\n",
            )
        }
        Err(err) => return read_failed(&err, "index.html"),
    };
    if dotted {
        let (mut head, body) = page.into_parts();
        head.status = StatusCode::NOT_FOUND;
        return Response::from_parts(head, body);
    }
    page
}

/// `dir`'s answer for `req`, served as `name`: the file, or an error
/// reading it; `None` where there is no such file.
async fn from_dir(
    dir: &mut ServeDir,
    req: axum::http::Request<()>,
    name: &str,
    path: &str,
) -> Option<Response> {
    match dir.try_call(req).await {
        Ok(res) if res.status() != StatusCode::NOT_FOUND => Some(file_response(res, name)),
        Ok(_) => None,
        Err(err) if is_not_found(&err) => None,
        Err(err) => Some(read_failed(&err, path)),
    }
}

/// A person opening an address, not a page fetching a file: browsers say so
/// with `Sec-Fetch-Dest: document`, older ones by asking for HTML first.
fn is_navigation(parts: &Parts) -> bool {
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    match header("sec-fetch-dest") {
        "" => header("accept").starts_with("text/html"),
        dest => dest == "document",
    }
}

/// The percent-decoded last segment of a request path (empty for `/` or a
/// trailing slash), or `None` for paths no browser sends: `..` segments,
/// encoded slashes or NULs, invalid UTF-8. ServeDir rejects these as well;
/// refusing them here keeps them away from the deep-link fallback too.
fn file_name(path: &str) -> Option<String> {
    let mut last = String::new();
    for raw in path.split('/') {
        let seg = percent_decode_str(raw).decode_utf8().ok()?;
        if seg == ".." || seg.contains(['/', '\\', '\0']) {
            return None;
        }
        last = seg.into_owned();
    }
    Some(last)
}

/// True when a percent-decoded segment is longer than a file name can be.
fn has_overlong_segment(path: &str) -> bool {
    path.split('/')
        .any(|raw| percent_decode_str(raw).count() > MAX_NAME_BYTES)
}

/// RFC 9110, 14.2: a Range of a unit we do not know (anything but `bytes`,
/// compared without case), or on anything but GET, is ignored: the whole
/// file is sent.
fn keep_only_byte_ranges(parts: &mut Parts) {
    let Some(value) = parts.headers.get(header::RANGE) else {
        return;
    };
    let bytes = value
        .to_str()
        .ok()
        .and_then(|v| v.split_once('='))
        .filter(|(unit, _)| unit.trim().eq_ignore_ascii_case("bytes"))
        .map(|(_, ranges)| format!("bytes={ranges}"))
        .and_then(|v| HeaderValue::try_from(v).ok());
    match bytes {
        Some(v) if parts.method == Method::GET => {
            parts.headers.insert(header::RANGE, v);
        }
        _ => {
            parts.headers.remove(header::RANGE);
        }
    }
}

fn without_body(parts: &Parts) -> axum::http::Request<()> {
    let mut req = axum::http::Request::new(());
    *req.method_mut() = parts.method.clone();
    *req.uri_mut() = parts.uri.clone();
    *req.headers_mut() = parts.headers.clone();
    req
}

fn is_not_found(err: &io::Error) -> bool {
    // ENOTDIR (20): `/index.html/x` walks "through" a file. InvalidFilename
    // (ENAMETOOLONG): a name that no file can have, such as a long one with
    // `.br` added.
    matches!(
        err.kind(),
        io::ErrorKind::NotFound | io::ErrorKind::PermissionDenied | io::ErrorKind::InvalidFilename
    ) || (cfg!(unix) && err.raw_os_error() == Some(20))
}

fn file_response(res: Response<ServeFileSystemResponseBody>, name: &str) -> Response {
    let mut res = res.map(Body::new);
    let status = res.status();
    let headers = res.headers_mut();
    // Set even on identity responses: a cache must not hand a brotli body to a
    // client that did not ask for one (or the other way round).
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    let cache = if status.is_success() || status == StatusCode::NOT_MODIFIED {
        policy::cache_control_for(name)
    } else {
        policy::CACHE_NEVER
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if status.is_success() {
        if let Some(ty) = policy::content_type_for(name) {
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(ty));
        }
    }
    // A hashed name is never revalidated (its bytes never change under it),
    // so the validators are bytes on the wire for nothing.
    if cache == policy::CACHE_IMMUTABLE {
        headers.remove(header::ETAG);
        headers.remove(header::LAST_MODIFIED);
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if policy::is_document_or_worker(name, content_type) {
        res.extensions_mut().insert(RunAsDocument);
    }
    res
}

fn read_failed(err: &io::Error, what: &str) -> Response {
    READ_ERRORS.line(|| format!("cannot read {}: {err}", log::short_path(what)));
    plain(
        StatusCode::INTERNAL_SERVER_ERROR,
        "500 internal error: the file could not be read\n",
    )
}

fn plain(status: StatusCode, body: &'static str) -> Response {
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = status;
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(policy::CACHE_NEVER),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_name_is_the_decoded_last_segment() {
        assert_eq!(file_name("/").as_deref(), Some(""));
        assert_eq!(file_name("/read/ch-1").as_deref(), Some("ch-1"));
        assert_eq!(file_name("/read/").as_deref(), Some(""));
        assert_eq!(file_name("/a%2Eb").as_deref(), Some("a.b"));
        assert_eq!(file_name("/x/./y.js").as_deref(), Some("y.js"));
    }

    #[test]
    fn file_name_refuses_traversal_and_odd_encodings() {
        for path in [
            "/../Cargo.toml",
            "/a/../../b",
            "/%2e%2e/Cargo.toml",
            "/..%2fCargo.toml",
            "/a%5c..%5cb",
            "/a%00.js",
            "/%ff",
        ] {
            assert_eq!(file_name(path), None, "{path}");
        }
    }
}
