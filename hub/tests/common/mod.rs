//! Shared test fixtures: a throw-away `dist/` with real precompressed
//! siblings, an in-process server on port 0, and a tiny HTTP/1.1 client over
//! a plain TcpStream (enough for status, headers and body; no extra deps).

#![allow(dead_code)] // each test binary uses a different subset

use std::{
    fs,
    io::{self, Read, Write},
    net::{IpAddr, SocketAddr, TcpStream},
    path::{Path, PathBuf},
    sync::atomic::{AtomicUsize, Ordering},
    thread,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

pub const JS: &str = "lantern-0123456789abcdef.js";
pub const WASM: &str = "lantern_bg-0123456789abcdef.wasm";
pub const REPORT: &str = "data/report.en.0123456789abcdef.json";
/// Has only a `.gz` sibling, to test falling back from brotli to gzip.
pub const CSS: &str = "style-fedcba9876543210.css";
pub const SECRET: &str = "SECRET-OUTSIDE-DIST";
pub const STYLE_HASH: &str = "sha256-4Su6mBWzEIFnH4pAGMOuaeBrstwJN4Z3pq/s1Kn4/KQ=";

pub fn index_html() -> Vec<u8> {
    let mut s = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lantern</title>\
         <link rel=\"manifest\" href=\"/manifest.webmanifest\"></head><body>",
    );
    for i in 0..50 {
        s.push_str(&format!("<p>paragraph {i} of the offline reader</p>"));
    }
    s.push_str("</body></html>\n");
    s.into_bytes()
}

pub fn js_source() -> Vec<u8> {
    (0..400)
        .map(|i| format!("export function f{i}(x) {{ return x * {i} + 1; }}\n"))
        .collect::<String>()
        .into_bytes()
}

pub fn wasm_bytes() -> Vec<u8> {
    let mut v = b"\0asm\x01\0\0\0".to_vec();
    v.extend((0..8000u32).map(|i| (i % 7 * 31 % 251) as u8));
    v
}

pub fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
        w.write_all(data).unwrap();
    }
    out
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(data).unwrap();
    w.finish().unwrap()
}

pub fn unbrotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(data, 4096)
        .read_to_end(&mut out)
        .unwrap();
    out
}

pub fn ungzip(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(data)
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// `base/dist` laid out like a real build, plus `base/Cargo.toml` outside it
/// that traversal attempts must never reach. Removed on drop.
pub struct Fixture {
    pub base: PathBuf,
    pub root: PathBuf,
}

impl Fixture {
    pub fn new() -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let base = std::env::temp_dir().join(format!(
            "lantern-hub-test-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let root = base.join("dist");
        fs::create_dir_all(root.join("data")).unwrap();
        fs::create_dir_all(root.join("icons")).unwrap();
        fs::write(base.join("Cargo.toml"), SECRET).unwrap();
        fs::write(base.join("secret"), SECRET).unwrap();

        let with_siblings = |name: &str, data: &[u8]| {
            fs::write(root.join(name), data).unwrap();
            fs::write(root.join(format!("{name}.br")), brotli(data)).unwrap();
            fs::write(root.join(format!("{name}.gz")), gzip(data)).unwrap();
        };
        with_siblings("index.html", &index_html());
        with_siblings(JS, &js_source());
        with_siblings(WASM, &wasm_bytes());
        with_siblings(
            REPORT,
            b"{\"title\":\"Report\",\"chapters\":[1,2,3,4,5,6,7,8,9]}",
        );

        let css = b"body{margin:0}p{color:#222}".repeat(20);
        fs::write(root.join(CSS), &css).unwrap();
        fs::write(root.join(format!("{CSS}.gz")), gzip(&css)).unwrap();

        fs::write(
            root.join("sw.js"),
            "self.addEventListener('fetch', () => {});\n",
        )
        .unwrap();
        fs::write(
            root.join("manifest.webmanifest"),
            "{\"name\":\"Lantern\",\"start_url\":\"/\"}",
        )
        .unwrap();
        fs::write(
            root.join("build.json"),
            format!("{{\"version\":\"0.1.0\",\"csp_style_hashes\":[\"{STYLE_HASH}\"]}}"),
        )
        .unwrap();
        fs::write(root.join("icons/icon-192.png"), b"\x89PNG\r\n\x1a\nfake").unwrap();
        fs::write(
            root.join("icons/icon.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .unwrap();
        Fixture { base, root }
    }

    pub fn file(&self, name: &str) -> Vec<u8> {
        fs::read(self.root.join(name)).unwrap()
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.base);
    }
}

/// The real router and `serve` on 127.0.0.1:0, on a runtime in its own
/// thread so tests can use a plain blocking client. Stops on drop.
pub struct TestServer {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl TestServer {
    pub fn start(root: &Path) -> Self {
        Self::start_with(root, lantern_hub::Limits::default())
    }

    /// [`TestServer::start`] with other timeouts or caps.
    pub fn start_with(root: &Path, limits: lantern_hub::Limits) -> Self {
        let app = lantern_hub::router(root);
        Self::start_router(root, limits, app)
    }

    /// Any router, under the hub's own accept loop.
    pub fn start_router(root: &Path, limits: lantern_hub::Limits, app: axum::Router) -> Self {
        let root = root.to_path_buf();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let opts = lantern_hub::Options {
                    root,
                    port: 0,
                    ..Default::default()
                };
                let listener = lantern_hub::bind(&opts).await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                lantern_hub::serve(listener, app, limits, async {
                    let _ = stop_rx.await;
                })
                .await
                .unwrap();
            });
        });
        let addr = addr_rx.recv_timeout(Duration::from_secs(10)).unwrap();
        TestServer {
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    pub fn get(&self, target: &str, headers: &[(&str, &str)]) -> Reply {
        request(self.addr, "GET", target, headers)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// First value of a header (names compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn count(&self, name: &str) -> usize {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .count()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends one request with `Connection: close` and reads the whole reply.
/// `target` goes on the wire verbatim, so `..` and odd escapes reach the
/// server exactly as an attacker would send them.
pub fn request(addr: SocketAddr, method: &str, target: &str, headers: &[(&str, &str)]) -> Reply {
    request_on(
        TcpStream::connect(addr).unwrap(),
        addr,
        method,
        target,
        headers,
    )
}

/// [`request`] on a socket the caller opened (from another address, say).
pub fn request_on(
    mut stream: TcpStream,
    addr: SocketAddr,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
) -> Reply {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();

    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete header block");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

/// A connection to `addr` from the local address `from` (on Linux, any of
/// 127.0.0.0/8 is this machine, so each stands for another device).
pub fn connect_from(from: IpAddr, addr: SocketAddr) -> TcpStream {
    let sock = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    sock.bind(&SocketAddr::new(from, 0).into()).unwrap();
    sock.connect(&addr.into()).unwrap();
    sock.into()
}

/// Whether the server closed `stream` within `limit` (generous: this only
/// bounds the wait). Reads and drops anything the server still sends.
pub fn closed_within(stream: &mut TcpStream, limit: Duration) -> bool {
    let end = std::time::Instant::now() + limit;
    let mut buf = [0u8; 4096];
    loop {
        let left = end.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return false;
        }
        stream.set_read_timeout(Some(left)).unwrap();
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return false
            }
            Err(_) => return true,
        }
    }
}

/// Reads one response to a request on a kept-alive connection: its head,
/// and as many body bytes as its Content-Length says. Returns the head.
pub fn read_one_response(stream: &mut TcpStream) -> String {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        assert_eq!(
            stream.read(&mut byte).unwrap(),
            1,
            "the connection closed early"
        );
        raw.push(byte[0]);
    }
    let head = String::from_utf8(raw).unwrap();
    let len: usize = head
        .lines()
        .find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().unwrap())
        })
        .expect("a Content-Length");
    let mut body = vec![0u8; len];
    stream.read_exact(&mut body).unwrap();
    head
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let eol = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size_field = std::str::from_utf8(&data[..eol]).unwrap();
        let size_hex = size_field.split(';').next().unwrap().trim();
        let size = usize::from_str_radix(size_hex, 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[eol + 2..eol + 2 + size]);
        data = &data[eol + 2 + size + 2..];
    }
}
