//! Connections as a classroom's phones and a careless network treat them:
//! idle and slow clients, too many from one device, and a socket that
//! switches protocols for the live session. Timeouts are short here so the
//! tests are quick; every wait is bounded generously, never timed.

mod common;

use std::{
    io::Write,
    net::{IpAddr, Ipv4Addr, TcpStream},
    thread,
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    extract::Request,
    http::{header, StatusCode},
    response::Response,
    routing::get,
    Router,
};
use common::*;
use lantern_hub::Limits;

const LONG: Duration = Duration::from_secs(60);
/// How long a test waits for something that should happen within a second.
const PATIENCE: Duration = Duration::from_secs(20);

fn limits(header_timeout: Duration, idle_timeout: Duration) -> Limits {
    Limits {
        header_timeout,
        idle_timeout,
        ..Limits::default()
    }
}

fn get_keep_alive(stream: &mut TcpStream, target: &str) -> String {
    write!(stream, "GET {target} HTTP/1.1\r\nHost: hub\r\n\r\n").unwrap();
    read_one_response(stream)
}

#[test]
fn an_idle_keep_alive_connection_is_closed_after_the_idle_timeout() {
    let fx = Fixture::new();
    let server = TestServer::start_with(&fx.root, limits(LONG, Duration::from_secs(1)));
    let mut stream = TcpStream::connect(server.addr).unwrap();
    let head = get_keep_alive(&mut stream, "/");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // Still usable right after a response...
    let head = get_keep_alive(&mut stream, "/sw.js");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // ...and closed once left alone.
    assert!(closed_within(&mut stream, PATIENCE));
}

#[test]
fn a_connection_that_never_sends_a_request_is_closed_after_the_idle_timeout() {
    let fx = Fixture::new();
    let server = TestServer::start_with(&fx.root, limits(LONG, Duration::from_secs(1)));
    let mut stream = TcpStream::connect(server.addr).unwrap();
    assert!(closed_within(&mut stream, PATIENCE));
}

#[test]
fn a_request_whose_headers_dribble_in_is_dropped_after_the_header_timeout() {
    let fx = Fixture::new();
    // The idle timeout is long: only the header timeout can close it in time.
    let server = TestServer::start_with(&fx.root, limits(Duration::from_secs(1), LONG));
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: hub\r\n")
        .unwrap();
    let start = Instant::now();
    let mut closed = false;
    while start.elapsed() < PATIENCE {
        // A byte every tenth of a second: always some progress, never done.
        if stream.write_all(b"X").is_err() || closed_within(&mut stream, Duration::from_millis(100))
        {
            closed = true;
            break;
        }
    }
    assert!(closed, "still open after {PATIENCE:?} of dribbled headers");
}

#[cfg(target_os = "linux")]
#[test]
fn idle_connections_past_the_per_address_cap_leave_room_for_another_address() {
    let fx = Fixture::new();
    let server = TestServer::start_with(
        &fx.root,
        Limits {
            per_address: 4,
            ..limits(LONG, LONG)
        },
    );
    let greedy = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1));
    let mut held: Vec<TcpStream> = (0..10).map(|_| connect_from(greedy, server.addr)).collect();

    // Accepted after all ten (the backlog is one queue), and answered.
    let other = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
    let r = request_on(
        connect_from(other, server.addr),
        server.addr,
        "GET",
        "/",
        &[],
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.body, fx.file("index.html"));

    let closed = held
        .iter_mut()
        .filter_map(|s| closed_within(s, Duration::from_secs(1)).then_some(()))
        .count();
    assert_eq!(closed, 6, "four kept, the rest closed at once");

    // The greedy device gets nothing more until it lets go of one.
    assert!(closed_within(
        &mut connect_from(greedy, server.addr),
        PATIENCE
    ));
    // Once it lets go (and the hub has seen the sockets close), it gets in.
    held.clear();
    let start = Instant::now();
    while !answered(connect_from(greedy, server.addr)) {
        assert!(start.elapsed() < PATIENCE, "still refused after letting go");
        thread::sleep(Duration::from_millis(50));
    }
}

/// Whether a GET on `stream` gets a 200, rather than the socket closed.
fn answered(mut stream: TcpStream) -> bool {
    let mut reply = Vec::new();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n\r\n")
        .is_ok()
        && std::io::Read::read_to_end(&mut stream, &mut reply).is_ok()
        && reply.starts_with(b"HTTP/1.1 200")
}

#[test]
fn new_connections_wait_while_every_slot_is_taken_and_get_in_when_one_frees() {
    let fx = Fixture::new();
    let server = TestServer::start_with(
        &fx.root,
        Limits {
            connections: Some(2),
            ..limits(LONG, LONG)
        },
    );
    let mut first = TcpStream::connect(server.addr).unwrap();
    let mut second = TcpStream::connect(server.addr).unwrap();
    assert!(get_keep_alive(&mut first, "/").starts_with("HTTP/1.1 200"));
    assert!(get_keep_alive(&mut second, "/").starts_with("HTTP/1.1 200"));

    let addr = server.addr;
    let waiting = thread::spawn(move || request(addr, "GET", "/sw.js", &[]));
    thread::sleep(Duration::from_millis(300));
    assert!(!waiting.is_finished(), "served past the cap");
    drop(first);
    let r = waiting.join().unwrap();
    assert_eq!(r.status, 200);
    assert!(!closed_within(&mut second, Duration::from_millis(100)));
}

/// A stand-in for the live session: `/live` switches protocols and keeps
/// the socket for a minute.
fn live_router() -> Router {
    async fn live(mut req: Request) -> Response {
        let upgrade = hyper::upgrade::on(&mut req);
        tokio::spawn(async move {
            if let Ok(socket) = upgrade.await {
                tokio::time::sleep(LONG).await;
                drop(socket);
            }
        });
        Response::builder()
            .status(StatusCode::SWITCHING_PROTOCOLS)
            .header(header::CONNECTION, "upgrade")
            .header(header::UPGRADE, "lantern-test")
            .body(Body::empty())
            .unwrap()
    }
    Router::new()
        .route("/live", get(live))
        .route("/", get(|| async { "home" }))
}

fn ask_to_go_live(stream: &mut TcpStream) -> String {
    write!(
        stream,
        "GET /live HTTP/1.1\r\nHost: hub\r\nConnection: upgrade\r\nUpgrade: lantern-test\r\n\r\n"
    )
    .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        assert_eq!(std::io::Read::read(stream, &mut byte).unwrap(), 1);
        head.push(byte[0]);
    }
    String::from_utf8(head).unwrap()
}

#[test]
fn a_socket_that_goes_live_leaves_the_http_cap_and_has_its_own() {
    let fx = Fixture::new();
    let server = TestServer::start_router(
        &fx.root,
        Limits {
            per_address: 2,
            live_per_address: 1,
            ..limits(LONG, Duration::from_secs(1))
        },
        live_router(),
    );
    let mut live = TcpStream::connect(server.addr).unwrap();
    let head = ask_to_go_live(&mut live);
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");

    // Its place under the per-address cap is free again: two more fit.
    let mut a = TcpStream::connect(server.addr).unwrap();
    let mut b = TcpStream::connect(server.addr).unwrap();
    assert!(get_keep_alive(&mut a, "/").starts_with("HTTP/1.1 200"));
    assert!(get_keep_alive(&mut b, "/").starts_with("HTTP/1.1 200"));

    // A second live socket from the same device is one too many.
    let head = ask_to_go_live(&mut a);
    assert!(head.starts_with("HTTP/1.1 503"), "{head}");

    // The idle timeout closes the HTTP connections but not the live one.
    assert!(closed_within(&mut b, PATIENCE));
    assert!(!closed_within(&mut live, Duration::from_secs(2)));
}
