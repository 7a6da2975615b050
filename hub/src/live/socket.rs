//! One WebSocket: frames in are read, bounded and rate-limited, then handed
//! to the hub; frames out come from this socket's queue.

use std::{sync::Arc, time::Duration};

use axum::{
    extract::ws::{Message, WebSocket, WebSocketUpgrade},
    response::Response,
};
use lantern_core::quiz::live::{ClientMsg, LiveError, MAX_FRAME_BYTES};
use tokio::{sync::mpsc, time::Instant};

use super::{LiveHub, QUEUE};

/// A socket that says nothing for this long is gone (the page pings every
/// 20 s while it is open).
pub const SILENT_AFTER: Duration = Duration::from_secs(75);
/// Messages a socket may send at once, and per second after that. A child
/// tapping fast stays well inside; a script flooding the hub does not.
pub const BURST: f64 = 20.0;
pub const PER_SECOND: f64 = 5.0;
/// Refused messages in a row before the socket is closed.
pub const STRIKES: u32 = 50;

pub fn upgrade(hub: LiveHub, ws: WebSocketUpgrade) -> Response {
    ws.max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| run(hub, socket))
}

/// A token bucket: `BURST` tokens, refilled at `PER_SECOND`.
struct Rate {
    tokens: f64,
    at: Instant,
}

impl Rate {
    fn new() -> Rate {
        Rate {
            tokens: BURST,
            at: Instant::now(),
        }
    }

    fn allow(&mut self) -> bool {
        let now = Instant::now();
        let refill = now.duration_since(self.at).as_secs_f64() * PER_SECOND;
        self.tokens = (self.tokens + refill).min(BURST);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

async fn run(hub: LiveHub, mut socket: WebSocket) {
    let (tx, mut rx) = mpsc::channel::<Arc<str>>(QUEUE);
    let id = hub.attach(tx);
    let mut rate = Rate::new();
    let mut strikes = 0u32;
    loop {
        tokio::select! {
            out = rx.recv() => {
                // `None`: the hub dropped this socket (its queue overflowed).
                let Some(frame) = out else { break };
                if socket.send(Message::Text(frame.as_ref().into())).await.is_err() {
                    break;
                }
            }
            incoming = tokio::time::timeout(SILENT_AFTER, socket.recv()) => {
                // Silent too long, closed, or a frame over the size limit.
                let Ok(Some(Ok(message))) = incoming else { break };
                let text = match message {
                    Message::Text(text) => text,
                    Message::Close(_) => break,
                    // Answered by the WebSocket layer itself.
                    Message::Ping(_) | Message::Pong(_) => continue,
                    Message::Binary(_) => {
                        strikes += 1;
                        hub.refuse(id, LiveError::BadMessage);
                        if strikes >= STRIKES { break }
                        continue;
                    }
                };
                if !rate.allow() {
                    strikes += 1;
                    hub.refuse(id, LiveError::TooFast);
                    if strikes >= STRIKES { break }
                    continue;
                }
                let msg = ClientMsg::parse(text.as_str());
                strikes = if msg.is_ok() { 0 } else { strikes + 1 };
                hub.handle(id, msg, now_ms());
                if strikes >= STRIKES { break }
            }
        }
    }
    hub.detach(id);
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}
