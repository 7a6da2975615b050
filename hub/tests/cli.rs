//! The real `lantern-hub` binary: exit codes, messages, the machine-readable
//! line, and a clean stop on SIGTERM.

mod common;

use std::{
    io::{BufRead, BufReader, Read},
    net::{SocketAddr, TcpListener},
    process::{Child, Command, Output, Stdio},
    thread,
    time::{Duration, Instant},
};

use common::*;

const BIN: &str = env!("CARGO_BIN_EXE_lantern-hub");

/// Runs the binary to completion, killing it if it hangs.
fn run(args: &[&str]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_or_kill(&mut child, Duration::from_secs(20));
    child.wait_with_output().unwrap()
}

fn wait_or_kill(child: &mut Child, limit: Duration) {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("lantern-hub did not exit within {limit:?}");
        }
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn busy_port_exits_with_code_2_and_names_the_port() {
    let fx = Fixture::new();
    let holder = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = holder.local_addr().unwrap().port().to_string();
    let out = run(&["--port", &port, fx.root.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.contains(&format!("port {port} is already in use on 127.0.0.1")),
        "{stderr}"
    );
    assert!(stderr.contains("--port N"), "{stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"));
    drop(holder);
}

#[test]
fn missing_dist_exits_with_code_2_and_suggests_xtask_build() {
    let fx = Fixture::new();
    let gone = fx.base.join("no-such-dist");
    let out = run(&["--port", "0", gone.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(gone.to_str().unwrap()), "{stderr}");
    assert!(stderr.contains("cargo xtask build"), "{stderr}");
}

#[test]
fn folder_without_index_html_exits_with_code_2_naming_it() {
    let fx = Fixture::new();
    std::fs::remove_file(fx.root.join("index.html")).unwrap();
    let out = run(&["--port", "0", fx.root.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("index.html"), "{stderr}");
    assert!(stderr.contains("cargo xtask build"), "{stderr}");
}

#[test]
fn bad_arguments_exit_with_code_2_and_usage() {
    let out = run(&["--frobnicate"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("unknown option --frobnicate"), "{stderr}");
    assert!(stderr.contains("Usage: lantern-hub"), "{stderr}");
}

#[test]
fn help_prints_usage_and_exits_0() {
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("Usage: lantern-hub [--lan] [--port N] [--host IP] [--state DIR] [DIR]")
    );
    assert!(stdout.contains("--live-per-device N"));
}

#[cfg(unix)]
#[test]
fn port_zero_prints_listening_line_serves_and_stops_cleanly_on_sigterm() {
    let fx = Fixture::new();
    let mut child = Command::new(BIN)
        .args(["--port", "0", fx.root.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());

    // Read up to the machine-readable line, as other tools do.
    let mut seen = String::new();
    let addr: SocketAddr = loop {
        let mut line = String::new();
        if stdout.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            panic!("stdout closed before the listening line: {seen}");
        }
        seen.push_str(&line);
        if let Some(rest) = line.trim_end().strip_prefix("listening on http://") {
            break rest.trim_end_matches('/').parse().unwrap();
        }
    };
    assert!(addr.ip().is_loopback() && addr.port() != 0);
    assert!(
        seen.contains(&format!(
            "Lantern is being served at http://127.0.0.1:{}/",
            addr.port()
        )),
        "{seen}"
    );

    let r = request(addr, "GET", "/read/anything", &[("Accept-Encoding", "br")]);
    assert_eq!(r.status, 200);
    assert_eq!(unbrotli(&r.body), fx.file("index.html"));

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    wait_or_kill(&mut child, Duration::from_secs(15));
    let status = child.wait().unwrap();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(status.code(), Some(0), "stdout after stop: {rest}");
    assert!(rest.contains("SIGTERM received, stopping"), "{rest}");
}

#[cfg(unix)]
#[test]
fn reaching_the_per_address_cap_writes_one_log_line() {
    let fx = Fixture::new();
    let mut child = Command::new(BIN)
        .args(["--port", "0", fx.root.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let addr: SocketAddr = loop {
        let mut line = String::new();
        if stdout.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            panic!("stdout closed before the listening line");
        }
        if let Some(rest) = line.trim_end().strip_prefix("listening on http://") {
            break rest.trim_end_matches('/').parse().unwrap();
        }
    };

    // Twice the cap from one address: every one past it is refused.
    let cap = lantern_hub::limits::PER_ADDRESS;
    let mut sockets: Vec<std::net::TcpStream> = (0..cap * 2)
        .map(|_| std::net::TcpStream::connect(addr).unwrap())
        .collect();
    // The last one closed means the hub has been through them all.
    assert!(closed_within(
        sockets.last_mut().unwrap(),
        Duration::from_secs(20)
    ));
    drop(sockets);

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    wait_or_kill(&mut child, Duration::from_secs(15));
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("the most one device may have"))
        .collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with(&format!(
            "lantern-hub: 127.0.0.1 has {cap} connections open"
        )),
        "{stderr}"
    );
}
