//! The accept loop and each connection: hyper's HTTP/1 driven by hand (not
//! through `axum::serve`) so that every socket gets TCP keepalive, a place
//! under the caps, and the header and idle timeouts.
//!
//! The two timeouts are kept apart, as a phone needs them to be: a
//! connection may wait [`Limits::idle_timeout`] for its next request (the
//! browser may have nothing to ask yet), but once a request's first byte has
//! come, its headers must be complete within [`Limits::header_timeout`].
//! hyper has one clock for both, started when the connection goes idle, so
//! it is set to their sum, as a backstop, and [`TimedIo`] runs the two.

use std::{
    convert::Infallible,
    future::Future,
    io,
    net::SocketAddr,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering},
        Arc, Mutex,
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{
    body::Body,
    http::{header, HeaderValue, Request, Response, StatusCode},
    Router,
};
use hyper::{body::Incoming, server::conn::http1};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::watch,
    task::JoinSet,
    time::{Instant, Sleep},
};
use tower_service::Service;

use crate::{
    limits::{self, Gate, Limits, Ticket},
    log::Throttle,
    HubError, SHUTDOWN_GRACE,
};

/// Serves `router` on `listener` under `limits` until `shutdown` completes,
/// then lets open requests finish for at most [`SHUTDOWN_GRACE`].
pub async fn serve<F>(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: F,
) -> Result<(), HubError>
where
    F: Future<Output = ()> + Send + 'static,
{
    let gate = Gate::new(limits);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .keep_alive(true)
        .header_read_timeout(limits.idle_timeout + limits.header_timeout);
    let accept_log = Throttle::new();
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut conns = JoinSet::new();
    tokio::pin!(shutdown);

    loop {
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            // Reaps finished connections so the set stays the size of the open ones.
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            (stream, peer, slot) = accept(&listener, &gate, &accept_log) => {
                let Some(ticket) = gate.admit(peer.ip(), slot) else {
                    continue;
                };
                set_tcp_keepalive(&stream);
                let conn = Arc::new(ConnState::new(ticket));
                let io = TimedIo::new(stream, Arc::clone(&conn), gate.limits());
                let service = HubService { router: router.clone(), conn };
                let connection = http
                    .serve_connection(TokioIo::new(io), service)
                    // Keeps HTTP/1 upgrades (WebSockets) possible.
                    .with_upgrades();
                conns.spawn(run_connection(connection, stop_rx.clone()));
            }
        }
    }

    drop(listener);
    let _ = stop_tx.send(true);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while conns.join_next().await.is_some() {}
    })
    .await;
    // Dropping the set aborts whatever is still open.
    Ok(())
}

/// The next admitted socket: a free slot first, then `accept`. Never fails:
/// a connection that went away while queued is skipped, and running out of
/// open files is logged and waited out.
async fn accept(
    listener: &TcpListener,
    gate: &Gate,
    log: &Throttle,
) -> (TcpStream, SocketAddr, tokio::sync::OwnedSemaphorePermit) {
    let slot = gate.slot().await;
    loop {
        match listener.accept().await {
            Ok((stream, peer)) => return (stream, peer, slot),
            Err(e) if is_connection_error(&e) => {}
            Err(e) => {
                log.line(|| format!("cannot accept a connection: {e}"));
                // EMFILE and the like: give open connections time to close.
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

fn is_connection_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

/// Best effort: a socket without keepalive still works.
fn set_tcp_keepalive(stream: &TcpStream) {
    let sock = socket2::SockRef::from(stream);
    let keepalive = socket2::TcpKeepalive::new().with_time(limits::TCP_KEEPALIVE_IDLE);
    #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
    let keepalive = keepalive.with_interval(limits::TCP_KEEPALIVE_INTERVAL);
    #[cfg(any(target_os = "linux", target_os = "macos"))]
    let keepalive = keepalive.with_retries(limits::TCP_KEEPALIVE_PROBES);
    let _ = sock.set_tcp_keepalive(&keepalive);
    #[cfg(target_os = "linux")]
    let _ = sock.set_tcp_user_timeout(Some(limits::TCP_USER_TIMEOUT));
}

type Connection = http1::UpgradeableConnection<TokioIo<TimedIo>, HubService>;

async fn run_connection(connection: Connection, mut stop: watch::Receiver<bool>) {
    tokio::pin!(connection);
    tokio::select! {
        // Errors (a client gone, a timeout) end only their own connection.
        _ = connection.as_mut() => return,
        // Idle connections close at once; busy ones finish their response.
        _ = stop.wait_for(|stop| *stop) => connection.as_mut().graceful_shutdown(),
    }
    let _ = connection.await;
}

/// What a connection's socket, its service and its response bodies share.
#[derive(Debug)]
struct ConnState {
    ticket: Ticket,
    /// Requests started on this connection.
    started: AtomicU64,
    /// Requests whose response body has not yet been sent (or dropped).
    busy: AtomicUsize,
    /// When the last response ended (or the connection opened).
    idle_since: Mutex<Instant>,
    /// Switched protocols: the timeouts no longer apply.
    live: AtomicBool,
}

impl ConnState {
    fn new(ticket: Ticket) -> Self {
        ConnState {
            ticket,
            started: AtomicU64::new(0),
            busy: AtomicUsize::new(0),
            idle_since: Mutex::new(Instant::now()),
            live: AtomicBool::new(false),
        }
    }

    fn idle_since(&self) -> Instant {
        *self.idle_since.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Marks a request busy from its start until its response body is done.
#[derive(Debug)]
struct Busy(Arc<ConnState>);

impl Busy {
    fn start(conn: Arc<ConnState>) -> Busy {
        conn.started.fetch_add(1, Ordering::AcqRel);
        conn.busy.fetch_add(1, Ordering::AcqRel);
        Busy(conn)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        *self.0.idle_since.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
        self.0.busy.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The router as hyper's service, tracking each request's life and moving a
/// connection that switches protocols into the live pool.
struct HubService {
    router: Router,
    conn: Arc<ConnState>,
}

impl hyper::service::Service<Request<Incoming>> for HubService {
    type Response = Response<TrackedBody>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        let busy = Busy::start(Arc::clone(&self.conn));
        let mut router = self.router.clone();
        let conn = Arc::clone(&self.conn);
        Box::pin(async move {
            // The router is always ready: no poll_ready needed.
            let Ok(mut res) = router.call(req).await;
            if res.status() == StatusCode::SWITCHING_PROTOCOLS {
                if conn.ticket.go_live() {
                    conn.live.store(true, Ordering::Release);
                } else {
                    res = live_pool_full();
                }
            }
            Ok(res.map(|body| TrackedBody { body, _busy: busy }))
        })
    }
}

fn live_pool_full() -> Response<Body> {
    let mut res = Response::new(Body::from("503 no room for another live connection\n"));
    *res.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    res
}

/// A response body that ends its request's busy time when hyper is done
/// with it (sent in full, or dropped with the connection).
struct TrackedBody {
    body: Body,
    _busy: Busy,
}

impl http_body::Body for TrackedBody {
    type Data = <Body as http_body::Body>::Data;
    type Error = <Body as http_body::Body>::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

/// The socket, closing itself (a read error hyper ends the connection on)
/// when a request's headers are late or the connection has been idle too
/// long. Only reads are timed: hyper reads whenever it waits for a request.
struct TimedIo {
    stream: TcpStream,
    conn: Arc<ConnState>,
    header_timeout: Duration,
    idle_timeout: Duration,
    deadline: Pin<Box<Sleep>>,
    /// `started` when the current idle time began.
    seen: u64,
    /// Some of the next request has come: the header deadline runs.
    in_head: bool,
}

impl TimedIo {
    fn new(stream: TcpStream, conn: Arc<ConnState>, limits: &Limits) -> Self {
        let deadline = Box::pin(tokio::time::sleep_until(
            conn.idle_since() + limits.idle_timeout,
        ));
        TimedIo {
            stream,
            conn,
            header_timeout: limits.header_timeout,
            idle_timeout: limits.idle_timeout,
            deadline,
            seen: 0,
            in_head: false,
        }
    }
}

impl AsyncRead for TimedIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let res = Pin::new(&mut this.stream).poll_read(cx, buf);
        let conn = &this.conn;
        if conn.live.load(Ordering::Acquire) || conn.busy.load(Ordering::Acquire) > 0 {
            return res;
        }
        let started = conn.started.load(Ordering::Acquire);
        if started != this.seen {
            // A response has ended since the last read: idle again.
            this.seen = started;
            this.in_head = false;
            let deadline = conn.idle_since() + this.idle_timeout;
            this.deadline.as_mut().reset(deadline);
        }
        let got_bytes = buf.filled().len() > before;
        if got_bytes && !this.in_head {
            this.in_head = true;
            let deadline = Instant::now() + this.header_timeout;
            this.deadline.as_mut().reset(deadline);
        }
        if res.is_pending() && this.deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Err(io::ErrorKind::TimedOut.into()));
        }
        res
    }
}

impl AsyncWrite for TimedIo {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}
