//! `lantern-hub`: serves the built Lantern app (`dist/`) over HTTP, on this
//! computer or to phones and laptops on the local network.
//!
//! * precompressed `.br`/`.gz` siblings are served by Accept-Encoding
//!   (brotli preferred), always with `Vary: Accept-Encoding`;
//! * content-hashed names are cached for a year, everything else revalidates;
//! * extension-less paths that are not files are app routes and get
//!   `index.html`; missing assets get a real 404;
//! * every response carries a strict CSP and the other security headers;
//! * connections are timed out, capped in all and per device, and use TCP
//!   keepalive (see [`limits`]).

use std::{
    fmt, fs,
    future::Future,
    io::{self, Write},
    net::{IpAddr, Ipv4Addr, SocketAddr},
    path::{Path, PathBuf},
    time::Duration,
};

use tokio::net::TcpListener;

pub mod cli;
mod files;
pub mod lan;
pub mod limits;
pub mod live;
mod log;
pub mod pack;
pub mod policy;
mod server;

pub use files::{router_with, router_with_hashes};
pub use limits::Limits;
pub use policy::{content_security_policy, is_hashed_name};
pub use server::serve;

/// Port used when none is given.
pub const DEFAULT_PORT: u16 = 8080;

/// How long open connections may finish after Ctrl-C/SIGTERM before they are
/// dropped; a stuck download must not keep the process alive.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// What to serve and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The built app folder (contains `index.html`).
    pub root: PathBuf,
    /// TCP port; 0 picks a free one.
    pub port: u16,
    /// Listen on every interface and show LAN URLs and a QR code.
    pub lan: bool,
    /// Explicit address to listen on; overrides the `lan` default.
    pub host: Option<IpAddr>,
    /// Timeouts and connection caps.
    pub limits: Limits,
    /// Where a live session is saved; `None`: a folder for this port in
    /// the system's temporary folder.
    pub state: Option<PathBuf>,
    /// The folder was named on the command line (else a hub that carries
    /// the app serves its own copy).
    pub root_given: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            root: PathBuf::from("dist"),
            port: DEFAULT_PORT,
            lan: false,
            host: None,
            limits: Limits::default(),
            state: None,
            root_given: false,
        }
    }
}

impl Options {
    /// The address [`bind`] listens on: `--host`, else all interfaces with
    /// `--lan`, else loopback only (nothing is exposed unless asked for).
    pub fn bind_addr(&self) -> SocketAddr {
        let ip = self.host.unwrap_or(if self.lan {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        });
        SocketAddr::new(ip, self.port)
    }
}

/// Why the hub could not start (or stopped). `Display` is written for the
/// person at the terminal: what went wrong and what to do about it.
#[derive(Debug)]
#[non_exhaustive]
pub enum HubError {
    /// The app folder does not exist.
    RootMissing { path: PathBuf },
    /// The app folder path is a file.
    RootNotDir { path: PathBuf },
    /// The app folder has no `index.html`.
    IndexMissing { path: PathBuf },
    /// `build.json` exists but cannot be used.
    BuildJson { path: PathBuf, reason: String },
    /// Another process listens on the port.
    PortInUse { port: u16, ip: IpAddr },
    /// `--host` is not an address of this machine.
    AddrNotAvailable { addr: SocketAddr },
    /// The OS refused the port (e.g. below 1024 without privileges).
    PermissionDenied { addr: SocketAddr },
    /// Any other failure to listen.
    Bind { addr: SocketAddr, source: io::Error },
    /// Ctrl-C/SIGTERM handlers could not be installed.
    Signal(io::Error),
    /// The server failed while running.
    Serve(io::Error),
}

impl HubError {
    /// Process exit code for the binary: 2 for setup problems the user can
    /// fix (port, folder, address), 1 for failures at run time.
    pub fn exit_code(&self) -> u8 {
        match self {
            HubError::Signal(_) | HubError::Serve(_) => 1,
            _ => 2,
        }
    }
}

impl fmt::Display for HubError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HubError::RootMissing { path } => write!(
                f,
                "app folder {} does not exist — build the app first with `cargo xtask build`, \
                 or pass the folder to serve: lantern-hub DIR",
                path.display()
            ),
            HubError::RootNotDir { path } => write!(
                f,
                "{} is not a folder — pass the built app folder (default: dist), \
                 made by `cargo xtask build`",
                path.display()
            ),
            HubError::IndexMissing { path } => write!(
                f,
                "{} is missing, so this is not a built Lantern app — run `cargo xtask build` first",
                path.display()
            ),
            HubError::BuildJson { path, reason } => write!(
                f,
                "cannot use {}: {reason} — rebuild the app with `cargo xtask build`",
                path.display()
            ),
            HubError::PortInUse { port, ip } => write!(
                f,
                "port {port} is already in use on {ip} — stop the other server or pick another \
                 with --port N"
            ),
            HubError::AddrNotAvailable { addr } => write!(
                f,
                "cannot listen on {addr}: {} is not an address of this computer — check --host",
                addr.ip()
            ),
            HubError::PermissionDenied { addr } => write!(
                f,
                "not allowed to listen on {addr} — ports below 1024 need extra privileges; \
                 pick another with --port N"
            ),
            HubError::Bind { addr, source } => write!(f, "cannot listen on {addr}: {source}"),
            HubError::Signal(e) => write!(f, "cannot watch for Ctrl-C/SIGTERM: {e}"),
            HubError::Serve(e) => write!(f, "the server stopped with an error: {e}"),
        }
    }
}

impl std::error::Error for HubError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            HubError::Bind { source, .. } => Some(source),
            HubError::Signal(e) | HubError::Serve(e) => Some(e),
            _ => None,
        }
    }
}

/// Checks that `root` looks like a built app: a folder with `index.html`.
pub fn check_root(root: &Path) -> Result<(), HubError> {
    match fs::metadata(root) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(HubError::RootNotDir {
                path: root.to_path_buf(),
            })
        }
        Err(_) => {
            return Err(HubError::RootMissing {
                path: root.to_path_buf(),
            })
        }
    }
    let index = root.join("index.html");
    if !index.is_file() {
        return Err(HubError::IndexMissing { path: index });
    }
    Ok(())
}

/// Reads the optional `csp_style_hashes` (array of `sha256-…` strings, quoted
/// or not) from `root/build.json`. A missing file or field means none; a
/// present but malformed one is an error, since it means a broken build.
/// Returned sources are normalised to their quoted CSP form.
pub fn read_style_hashes(root: &Path) -> Result<Vec<String>, HubError> {
    read_csp_hashes(root, "csp_style_hashes")
}

/// The hashes of `field` (`csp_style_hashes`, `csp_script_hashes`) in
/// `root/build.json`, as [`read_style_hashes`] reads them.
pub fn read_csp_hashes(root: &Path, field: &str) -> Result<Vec<String>, HubError> {
    let path = root.join("build.json");
    let fail = |reason: String| HubError::BuildJson {
        path: path.clone(),
        reason,
    };
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(fail(e.to_string())),
    };
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| fail(format!("invalid JSON ({e})")))?;
    let list = match json.get(field) {
        None | Some(serde_json::Value::Null) => return Ok(Vec::new()),
        Some(serde_json::Value::Array(list)) => list,
        Some(_) => return Err(fail(format!("{field} must be an array of strings"))),
    };
    list.iter()
        .map(|v| {
            v.as_str()
                .and_then(policy::style_hash_source)
                .ok_or_else(|| fail(format!("{field} has a bad entry: {v}")))
        })
        .collect()
}

/// Router serving `root`, with the CSP hashes from its `build.json`.
/// Infallible for convenience: an unusable `build.json` is reported on
/// stderr and ignored here (the binary refuses to start on it instead).
pub fn router(root: &Path) -> axum::Router {
    let read = |field| {
        read_csp_hashes(root, field).unwrap_or_else(|e| {
            eprintln!("lantern-hub: warning: {e}");
            Vec::new()
        })
    };
    router_with_hashes(root, &read("csp_style_hashes"), &read("csp_script_hashes"))
}

/// Opens the listening socket described by `opts`, mapping the usual
/// failures to errors that say what to do.
pub async fn bind(opts: &Options) -> Result<TcpListener, HubError> {
    let addr = opts.bind_addr();
    TcpListener::bind(addr)
        .await
        .map_err(|source| match source.kind() {
            io::ErrorKind::AddrInUse => HubError::PortInUse {
                port: addr.port(),
                ip: addr.ip(),
            },
            io::ErrorKind::AddrNotAvailable => HubError::AddrNotAvailable { addr },
            io::ErrorKind::PermissionDenied => HubError::PermissionDenied { addr },
            _ => HubError::Bind { addr, source },
        })
}

/// Resolves with the signal's name on Ctrl-C or SIGTERM. The handlers are
/// installed when this is called, not when first polled, so a supervisor
/// that signals right after reading the "listening on" line is honoured.
pub fn shutdown_signal() -> io::Result<impl Future<Output = &'static str> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt())?;
        let mut terminate = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => "Ctrl-C",
                _ = terminate.recv() => "SIGTERM",
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            match tokio::signal::ctrl_c().await {
                Ok(()) => "Ctrl-C",
                // Without a handler, never stop on our own.
                Err(_) => std::future::pending().await,
            }
        })
    }
}

/// The machine-readable line other tools wait for on stdout.
pub fn listening_line(addr: SocketAddr) -> String {
    format!("listening on http://{addr}/")
}

/// Everything the binary does: check the folder, bind, announce, serve until
/// Ctrl-C/SIGTERM.
pub async fn run(opts: &Options) -> Result<(), HubError> {
    let carried;
    let opts = match carried_app(opts) {
        Some(root) => {
            carried = Options {
                root,
                ..opts.clone()
            };
            &carried
        }
        None => opts,
    };
    check_root(&opts.root)?;
    let files = limits::raise_open_file_limit();
    let style = read_style_hashes(&opts.root)?;
    let script = read_csp_hashes(&opts.root, "csp_script_hashes")?;
    let stop = shutdown_signal().map_err(HubError::Signal)?;
    let listener = bind(opts).await?;
    let addr = listener.local_addr().map_err(|source| HubError::Bind {
        addr: opts.bind_addr(),
        source,
    })?;
    let state = (opts.state.clone()).unwrap_or_else(|| live::store::default_dir(addr.port()));
    let live = live::LiveHub::new(&opts.root, state, live::Reach::for_addr(addr, opts.lan));
    let clock = live.spawn_clock();
    let app = router_with(&opts.root, &style, &script, live.router());
    if let (Some((soft, hard)), None) = (files, opts.limits.connections) {
        let total = opts.limits.total();
        if total < limits::MAX_CONNECTIONS {
            log::line(&format!(
                "the open-file limit is {soft} (hard limit {hard}), so the hub takes {total} \
                 connections at once; `ulimit -n` raises it before starting"
            ));
        }
    }
    say(&format!(
        "{}{}",
        lan::banner(addr, opts.lan),
        listening_line(addr)
    ));
    let served = serve(listener, app, opts.limits, async move {
        let why = stop.await;
        say(&format!("{why} received, stopping Lantern hub"));
    })
    .await;
    clock.abort();
    live.stop();
    served
}

/// The app this binary carries, unpacked once into a folder named for its
/// contents, unless a folder was named on the command line.
#[cfg(feature = "embed")]
fn carried_app(opts: &Options) -> Option<PathBuf> {
    static APP: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/app.pack"));
    if opts.root_given {
        return None;
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in APP {
        hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    let dir = std::env::temp_dir().join(format!("lantern-app-{hash:016x}"));
    let done = dir.join(".unpacked");
    if !done.is_file() {
        if let Err(e) = pack::unpack(APP, &dir).and_then(|_| fs::write(&done, b"")) {
            log::line(&format!(
                "cannot unpack the app into {}: {e}",
                dir.display()
            ));
            return None;
        }
    }
    Some(dir)
}

#[cfg(not(feature = "embed"))]
fn carried_app(_: &Options) -> Option<PathBuf> {
    None
}

/// Prints a block to stdout and flushes it at once (stdout is a pipe when
/// another tool runs us). Write errors are ignored: a reader that went away
/// must not crash the server.
fn say(text: &str) {
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "lantern-hub-unit-{tag}-{}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
        ));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn default_options_serve_dist_on_loopback_8080() {
        let opts = Options::default();
        assert_eq!(opts.root, PathBuf::from("dist"));
        assert_eq!(opts.bind_addr(), "127.0.0.1:8080".parse().unwrap());
        let lan = Options {
            lan: true,
            ..Options::default()
        };
        assert_eq!(lan.bind_addr(), "0.0.0.0:8080".parse().unwrap());
        let host = Options {
            lan: true,
            host: Some("::1".parse().unwrap()),
            port: 0,
            ..Options::default()
        };
        assert_eq!(host.bind_addr(), "[::1]:0".parse().unwrap());
    }

    #[test]
    fn missing_root_and_index_errors_name_the_path_and_the_fix() {
        let dir = temp_dir("root");
        let gone = dir.join("nope");
        let msg = check_root(&gone).unwrap_err().to_string();
        assert!(msg.contains(&gone.display().to_string()), "{msg}");
        assert!(msg.contains("cargo xtask build"), "{msg}");

        let msg = check_root(&dir).unwrap_err().to_string();
        assert!(
            msg.contains(&dir.join("index.html").display().to_string()),
            "{msg}"
        );
        assert!(msg.contains("cargo xtask build"), "{msg}");

        fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
        check_root(&dir).unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn style_hashes_come_from_build_json_when_present() {
        let dir = temp_dir("hashes");
        assert_eq!(read_style_hashes(&dir).unwrap(), Vec::<String>::new());

        fs::write(dir.join("build.json"), r#"{"version":"1"}"#).unwrap();
        assert!(read_style_hashes(&dir).unwrap().is_empty());

        fs::write(
            dir.join("build.json"),
            r#"{"csp_style_hashes":["sha256-AAA=","'sha384-BBB'"]}"#,
        )
        .unwrap();
        assert_eq!(
            read_style_hashes(&dir).unwrap(),
            ["'sha256-AAA='", "'sha384-BBB'"]
        );

        fs::write(dir.join("build.json"), r#"{"csp_style_hashes":["*"]}"#).unwrap();
        let msg = read_style_hashes(&dir).unwrap_err().to_string();
        assert!(
            msg.contains("build.json") && msg.contains("bad entry"),
            "{msg}"
        );

        fs::write(dir.join("build.json"), "{").unwrap();
        assert!(read_style_hashes(&dir)
            .unwrap_err()
            .to_string()
            .contains("invalid JSON"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn port_in_use_message_names_port_address_and_remedy() {
        let e = HubError::PortInUse {
            port: 8080,
            ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
        };
        assert_eq!(
            e.to_string(),
            "port 8080 is already in use on 127.0.0.1 — stop the other server or pick another \
             with --port N"
        );
        assert_eq!(e.exit_code(), 2);
    }
}
