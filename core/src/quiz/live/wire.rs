//! The messages of a live session's WebSocket, one JSON value per text
//! frame, in both directions: serde's default, externally tagged form
//! (`"ping"`, `{"answer":{"question":2,"choice":1}}`), whose reader is a
//! fraction of the size of an internally tagged one in the wasm. The hub and the browser share these types, so
//! neither can send what the other cannot read.

use super::*;
use crate::quiz::session::Team;

/// The hub's live addresses, at the root of its host: the socket, what the
/// hub says about itself (JSON: `lan`, `join`), and the QR code of join
/// address `?i=N`.
pub const SOCKET_PATH: &str = "/live/socket";
pub const HUB_INFO_PATH: &str = "/live/hub.json";
pub const QR_PATH: &str = "/live/qr.svg";

/// The largest frame either side sends: a setup with 8 teams and every
/// topic, or a host view of 30 questions, fits with room to spare.
pub const MAX_FRAME_BYTES: usize = 16 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientMsg {
    /// The facilitator opens a session with their setup, in its lobby.
    Open {
        config: SessionConfig,
    },
    /// The facilitator's page comes back (a reload, a dropped connection).
    Host {
        key: String,
    },
    /// Only after `Open` or `Host` on this connection.
    Command {
        command: Command,
    },
    /// The facilitator ends the session: everything about it is deleted.
    Close,
    /// A phone asks which teams it can join, with the code typed.
    Look {
        code: String,
    },
    Join {
        code: String,
        nickname: String,
        /// `None`: the hub places the player.
        team: Option<usize>,
    },
    /// A phone comes back with the token it was given.
    Rejoin {
        token: String,
    },
    Answer {
        question: usize,
        choice: usize,
    },
    /// Keeps a quiet connection open through phones' and routers' timeouts.
    Ping,
}

/// What the hub sends. Variants with more than one value are tuples, read
/// as arrays: serde's reader for a variant with named fields reads objects
/// and arrays both, and weighs twice as much in the wasm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServerMsg {
    /// To the facilitator, once, when the session opens: the host key, to
    /// come back as its host, and the screen.
    Opened(String, HostView),
    Host(HostView),
    /// The teams a phone may join.
    Room(Vec<Team>),
    /// To a phone, when it joins or rejoins: the token, to come back, and
    /// its screen.
    Welcome(String, PlayerView),
    Player(PlayerView),
    /// The session ended and its players are forgotten.
    Closed,
    Refused(LiveError),
    Pong,
}

impl ServerMsg {
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl ClientMsg {
    /// A frame from the socket, or why it is refused.
    pub fn parse(frame: &str) -> Result<ClientMsg, LiveError> {
        if frame.len() > MAX_FRAME_BYTES {
            return Err(LiveError::BadMessage);
        }
        serde_json::from_str(frame).map_err(|_| LiveError::BadMessage)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
