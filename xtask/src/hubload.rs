//! The hub section of `cargo xtask bench`: a few hundred idle sockets held
//! open against the running hub, as phones that went to sleep leave them,
//! while the latency of `/` is measured from another address. Bounded in
//! sockets, requests and time, and it stops by itself.

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::io::{ErrorKind, Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// Idle sockets held while measuring.
pub const IDLE_SOCKETS: usize = 300;
/// Requests for `/`, one after another, each on a new connection.
pub const REQUESTS: usize = 500;
/// Idle sockets per source address: under the hub's cap of 64 per device,
/// so that they stand for several phones.
const SOCKETS_PER_ADDRESS: usize = 50;
/// The whole measure stops after this, done or not.
const TIME_LIMIT: Duration = Duration::from_secs(60);
const SOCKET_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HubLoad {
    pub idle_opened: usize,
    /// Idle sockets the hub still had open when the requests were done.
    pub idle_held: usize,
    pub requests: usize,
    pub failed: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// The hub's resident memory (Linux): before, with the sockets held and
    /// the requests done, and after the sockets were closed.
    pub rss_kb: [Option<u64>; 3],
}

/// Runs the measure against the hub at `addr` (process `pid`).
pub fn measure(addr: SocketAddr, pid: u32) -> Result<HubLoad> {
    let end = Instant::now() + TIME_LIMIT;
    let mut out = HubLoad {
        rss_kb: [rss_kb(pid), None, None],
        ..Default::default()
    };

    let mut idle = Vec::with_capacity(IDLE_SOCKETS);
    for i in 0..IDLE_SOCKETS {
        if Instant::now() > end {
            break;
        }
        match connect(idle_source(i), addr) {
            Ok(s) => idle.push(s),
            Err(e) if i == 0 => return Err(e).context("opening the first idle socket"),
            Err(_) => break,
        }
    }
    out.idle_opened = idle.len();

    let mut times = Vec::with_capacity(REQUESTS);
    for _ in 0..REQUESTS {
        if Instant::now() > end {
            break;
        }
        out.requests += 1;
        let start = Instant::now();
        match get_root(addr) {
            Ok(()) => times.push(start.elapsed().as_secs_f64() * 1000.0),
            Err(_) => out.failed += 1,
        }
    }
    out.idle_held = idle.iter().filter(|s| still_open(s)).count();
    out.rss_kb[1] = rss_kb(pid);
    drop(idle);
    // Give the hub a moment to see them close.
    std::thread::sleep(Duration::from_millis(500));
    out.rss_kb[2] = rss_kb(pid);

    if times.is_empty() {
        bail!("no request for / succeeded ({} failed)", out.failed);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    out.p50_ms = percentile(&times, 50.0);
    out.p95_ms = percentile(&times, 95.0);
    out.p99_ms = percentile(&times, 99.0);
    out.max_ms = times[times.len() - 1];
    Ok(out)
}

/// Nearest-rank percentile of sorted times.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Idle socket `i`'s source: 127.0.0.2, .3, … in turns of
/// [`SOCKETS_PER_ADDRESS`] where all of 127/8 is this machine (Linux);
/// elsewhere 127.0.0.1, where the hub's per-device cap then shows.
fn idle_source(i: usize) -> Ipv4Addr {
    if cfg!(target_os = "linux") {
        Ipv4Addr::new(127, 0, 0, 2 + (i / SOCKETS_PER_ADDRESS) as u8)
    } else {
        Ipv4Addr::LOCALHOST
    }
}

fn connect(from: Ipv4Addr, addr: SocketAddr) -> Result<TcpStream> {
    let sock = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
    sock.bind(&SocketAddr::new(IpAddr::V4(from), 0).into())?;
    sock.connect_timeout(&addr.into(), SOCKET_TIMEOUT)?;
    Ok(sock.into())
}

fn get_root(addr: SocketAddr) -> Result<()> {
    let mut s = TcpStream::connect_timeout(&addr, SOCKET_TIMEOUT)?;
    s.set_read_timeout(Some(SOCKET_TIMEOUT))?;
    s.write_all(b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")?;
    let mut reply = Vec::new();
    s.read_to_end(&mut reply)?;
    if !reply.starts_with(b"HTTP/1.1 200") {
        bail!("not a 200");
    }
    Ok(())
}

fn still_open(s: &TcpStream) -> bool {
    let mut b = [0u8; 1];
    if s.set_nonblocking(true).is_err() {
        return false;
    }
    matches!(s.peek(&mut b), Err(e) if e.kind() == ErrorKind::WouldBlock)
}

fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The table's section.
pub fn section(r: &Result<HubLoad>) -> String {
    let mut t = format!(
        "\nHub under idle sockets ({IDLE_SOCKETS} idle sockets held, {REQUESTS} requests for /)\n"
    );
    match r {
        Ok(r) => {
            t += &format!(
                "  idle sockets  {} opened, {} still held at the end\n",
                r.idle_opened, r.idle_held
            );
            t += &format!(
                "  GET /         p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} of {} ok)\n",
                r.p50_ms,
                r.p95_ms,
                r.p99_ms,
                r.max_ms,
                r.requests - r.failed,
                r.requests
            );
            if let [Some(before), Some(held), Some(after)] = r.rss_kb {
                t += &format!(
                    "  hub memory    {:.1} MB before, {:.1} MB with the sockets held, {:.1} MB after\n",
                    before as f64 / 1024.0,
                    held as f64 / 1024.0,
                    after as f64 / 1024.0
                );
            }
        }
        Err(e) => t += &format!("  error: {e:#}\n"),
    }
    t
}

/// The report's `hub` entry.
pub fn to_json(r: &Result<HubLoad>) -> Value {
    match r {
        Ok(r) => json!({
            "idle_sockets_opened": r.idle_opened,
            "idle_sockets_held": r.idle_held,
            "requests": r.requests,
            "failed": r.failed,
            "p50_ms": r.p50_ms, "p95_ms": r.p95_ms, "p99_ms": r.p99_ms, "max_ms": r.max_ms,
            "rss_kb": { "before": r.rss_kb[0], "held": r.rss_kb[1], "after": r.rss_kb[2] },
        }),
        Err(e) => json!({ "error": format!("{e:#}") }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let xs: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&xs, 50.0), 50.0);
        assert_eq!(percentile(&xs, 95.0), 95.0);
        assert_eq!(percentile(&xs, 99.0), 99.0);
        assert_eq!(percentile(&[3.0], 99.0), 3.0);
    }

    #[test]
    fn idle_sockets_stay_under_the_hubs_per_device_cap() {
        let mut per_source = std::collections::HashMap::new();
        for i in 0..IDLE_SOCKETS {
            *per_source.entry(idle_source(i)).or_insert(0) += 1;
        }
        if cfg!(target_os = "linux") {
            assert!(per_source.values().all(|&n| n <= SOCKETS_PER_ADDRESS));
            assert!(!per_source.contains_key(&Ipv4Addr::LOCALHOST));
        }
    }
}
