//! Live classroom sessions: the facilitator's page and the children's phones
//! meet here over WebSockets, and the core's [`Live`] machine runs the
//! session. One session at a time (one hub serves one room).
//!
//! * Every change is written to disk (see [`store`]), so a hub that stops
//!   resumes the session where it was.
//! * Each message is handled under one short lock, with no waiting inside;
//!   the screens it changed are sent through each socket's own queue.
//! * Nothing about the players outlives the session: their names and answers
//!   go when it ends, when the host closes it, or when it is abandoned.

mod socket;
pub mod store;

use std::{
    collections::HashMap,
    net::SocketAddr,
    path::PathBuf,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use axum::{
    extract::{Query, State, WebSocketUpgrade},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use lantern_core::quiz::{
    bank::Bank,
    live::{
        ClientMsg, Live, LiveError, LiveOutcome, ServerMsg, CODE_DIGITS, HUB_INFO_PATH, QR_PATH,
        SOCKET_PATH,
    },
};
use tokio::{sync::mpsc, time::Instant};

use crate::lan;
use lantern_core::route::Page;

/// A session with no host connected and no message from anyone for this
/// long is abandoned: it is deleted with everything in it.
pub const ABANDONED_AFTER: Duration = Duration::from_secs(30 * 60);
/// How often the timer and the abandonment are checked.
pub const TICK: Duration = Duration::from_millis(250);
/// Frames queued for one socket; a phone that falls this far behind is
/// dropped, and comes back with its token.
pub const QUEUE: usize = 64;

/// Where the hub is reached, for the facilitator's screen.
#[derive(Debug, Clone, Default)]
pub struct Reach {
    /// Live sessions are offered only with `--lan`.
    pub lan: bool,
    /// `http://IP:PORT/join` for each LAN address, the best first.
    pub join: Vec<String>,
}

impl Reach {
    pub fn for_addr(addr: SocketAddr, lan: bool) -> Reach {
        let port = addr.port();
        let ips: Vec<SocketAddr> = if addr.ip().is_unspecified() {
            (lan::lan_ipv4_addrs().into_iter())
                .map(|ip| SocketAddr::new(ip.into(), port))
                .collect()
        } else {
            vec![addr]
        };
        Reach {
            lan,
            join: ips
                .into_iter()
                .map(|a| format!("{}{}", lan::url(a), &Page::Join.path()[1..]))
                .collect(),
        }
    }
}

/// The hub's live side, shared by every socket.
#[derive(Clone)]
pub struct LiveHub {
    inner: Arc<Mutex<Inner>>,
    reach: Arc<Reach>,
    abandon: Duration,
}

struct Inner {
    /// The English bank from `dist/`: ids, choice counts and answers are
    /// the same in every language's.
    bank: Option<Arc<Bank>>,
    live: Option<Live>,
    sockets: HashMap<u64, Socket>,
    next_socket: u64,
    last_heard: Instant,
    store: store::Store,
}

struct Socket {
    role: Role,
    tx: mpsc::Sender<Arc<str>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    None,
    Host,
    /// By token, so two tabs of one phone both follow.
    Player(String),
}

impl LiveHub {
    /// Reads the bank from `root` and any session left on disk in `state`.
    pub fn new(root: &std::path::Path, state: PathBuf, reach: Reach) -> LiveHub {
        let bank = store::read_bank(root).map(Arc::new);
        let store = store::Store::new(state);
        let live = match (&bank, store.load()) {
            (Some(bank), Some(live)) if live.validate(bank).is_ok() => Some(live),
            (_, Some(_)) => {
                store.set_aside("it does not fit this build's questions");
                None
            }
            _ => None,
        };
        LiveHub {
            inner: Arc::new(Mutex::new(Inner {
                bank,
                live,
                sockets: HashMap::new(),
                next_socket: 0,
                last_heard: Instant::now(),
                store,
            })),
            reach: Arc::new(reach),
            abandon: ABANDONED_AFTER,
        }
    }

    /// The same hub, abandoning a session after `after` (tests).
    pub fn abandoning_after(mut self, after: Duration) -> LiveHub {
        self.abandon = after;
        self
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere must not take the room down with it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The routes under `/live/`.
    pub fn router(&self) -> Router {
        Router::new()
            .route(SOCKET_PATH, get(upgrade))
            .route(HUB_INFO_PATH, get(hub_json))
            .route(QR_PATH, get(qr_svg))
            .with_state(self.clone())
    }

    /// Runs the timer and forgets an abandoned session, until the hub stops.
    pub fn spawn_clock(&self) -> tokio::task::JoinHandle<()> {
        let hub = self.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(TICK);
            let mut last = Instant::now();
            loop {
                every.tick().await;
                let now = Instant::now();
                hub.tick(now - last);
                last = now;
            }
        })
    }

    fn tick(&self, elapsed: Duration) {
        let mut inner = self.lock();
        let host_here = inner.sockets.values().any(|s| s.role == Role::Host);
        if host_here {
            inner.last_heard = Instant::now();
        }
        if inner.live.is_some() && inner.last_heard.elapsed() >= self.abandon {
            inner.close();
            return;
        }
        let Some(bank) = inner.bank.clone() else {
            return;
        };
        let ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
        let outcome = match &mut inner.live {
            Some(live) => live.tick(&bank, ms),
            None => return,
        };
        inner.after(&bank, outcome, None);
    }

    fn attach(&self, tx: mpsc::Sender<Arc<str>>) -> u64 {
        let mut inner = self.lock();
        let id = inner.next_socket;
        inner.next_socket += 1;
        inner.sockets.insert(
            id,
            Socket {
                role: Role::None,
                tx,
            },
        );
        id
    }

    fn detach(&self, id: u64) {
        self.lock().sockets.remove(&id);
    }

    /// Handles one message from socket `id`; the answer to it, if any, goes
    /// back on that socket's queue like every other frame.
    fn handle(&self, id: u64, msg: Result<ClientMsg, LiveError>, now_ms: u64) {
        let mut inner = self.lock();
        inner.last_heard = Instant::now();
        let reply = match msg {
            Ok(msg) => inner.handle(id, msg, now_ms, &self.reach),
            Err(e) => Some(ServerMsg::Refused(e)),
        };
        if let Some(reply) = reply {
            inner.send(id, &reply);
        }
    }

    /// Refuses a message without looking at it (too fast, or unreadable).
    fn refuse(&self, id: u64, error: LiveError) {
        self.lock().send(id, &ServerMsg::Refused(error));
    }

    /// Waits until the session as it is now is on disk.
    pub fn flush(&self) {
        self.lock().store.flush();
    }

    /// When the hub stops: every socket closes (the phones will rejoin the
    /// next hub), and the session is on disk.
    pub fn stop(&self) {
        let mut inner = self.lock();
        // Dropping a socket's queue ends its task, which closes it.
        inner.sockets.clear();
        inner.store.flush();
    }
}

impl Inner {
    fn handle(&mut self, id: u64, msg: ClientMsg, now_ms: u64, reach: &Reach) -> Option<ServerMsg> {
        let refuse = |error| Some(ServerMsg::Refused(error));
        let Some(bank) = self.bank.clone() else {
            return refuse(LiveError::NoSession);
        };
        let role = self.sockets.get(&id).map(|s| s.role.clone())?;
        match msg {
            ClientMsg::Ping => Some(ServerMsg::Pong),
            ClientMsg::Open { config } => {
                if !reach.lan {
                    return refuse(LiveError::NotLan);
                }
                if self
                    .live
                    .as_ref()
                    .is_some_and(|l| !l.session().is_finished())
                {
                    return refuse(LiveError::Busy);
                }
                let code = random_code();
                let key = random_token();
                let live = match Live::new(config, code, key.clone()) {
                    Ok(live) => live,
                    Err(_) => return refuse(LiveError::BadSetup),
                };
                // A finished session before it had its players forgotten already.
                self.live = Some(live);
                self.set_role(id, Role::Host);
                self.changed();
                let view = self.live.as_ref()?.host_view(&bank);
                Some(ServerMsg::Opened(key, view))
            }
            ClientMsg::Host { key } => {
                let live = self.live.as_ref().filter(|l| l.is_host(&key));
                let Some(live) = live else {
                    return refuse(match self.live {
                        Some(_) => LiveError::NotHost,
                        None => LiveError::NoSession,
                    });
                };
                let view = live.host_view(&bank);
                self.set_role(id, Role::Host);
                Some(ServerMsg::Host(view))
            }
            ClientMsg::Command { command } => {
                if role != Role::Host {
                    return refuse(LiveError::NotHost);
                }
                let Some(live) = &mut self.live else {
                    return refuse(LiveError::NoSession);
                };
                match live.command(&bank, command, now_ms) {
                    Ok(outcome) => {
                        self.after(&bank, outcome, None);
                        None
                    }
                    Err(e) => refuse(e),
                }
            }
            ClientMsg::Close => {
                if role != Role::Host {
                    return refuse(LiveError::NotHost);
                }
                self.close();
                None
            }
            ClientMsg::Look { code } => match &self.live {
                Some(l) if l.code_matches(&code) && !l.session().is_finished() => {
                    Some(ServerMsg::Room(l.session().config().teams.clone()))
                }
                _ => refuse(LiveError::WrongCode),
            },
            ClientMsg::Join {
                code,
                nickname,
                team,
            } => {
                let live = match &mut self.live {
                    Some(l) if l.code_matches(&code) => l,
                    _ => return refuse(LiveError::WrongCode),
                };
                let token = random_token();
                match live.join(&nickname, team, token.clone()) {
                    Ok(player) => {
                        let view = live.player_view(&bank, player)?;
                        self.set_role(id, Role::Player(token.clone()));
                        self.after(&bank, LiveOutcome::Player(player), Some(id));
                        Some(ServerMsg::Welcome(token, view))
                    }
                    Err(e) => refuse(e),
                }
            }
            ClientMsg::Rejoin { token } => {
                let live = self.live.as_ref();
                let Some((live, player)) = live.and_then(|l| Some((l, l.player(&token)?))) else {
                    return refuse(LiveError::UnknownToken);
                };
                let view = live.player_view(&bank, player)?;
                self.set_role(id, Role::Player(token.clone()));
                Some(ServerMsg::Welcome(token, view))
            }
            ClientMsg::Answer { question, choice } => {
                let Role::Player(token) = role else {
                    return refuse(LiveError::UnknownToken);
                };
                let Some(live) = &mut self.live else {
                    return refuse(LiveError::NoSession);
                };
                let Some(player) = live.player(&token) else {
                    return refuse(LiveError::UnknownToken);
                };
                match live.answer(&bank, player, question, choice) {
                    Ok(outcome) => {
                        self.after(&bank, outcome, None);
                        None
                    }
                    Err(e) => refuse(e),
                }
            }
        }
    }

    fn set_role(&mut self, id: u64, role: Role) {
        if let Some(s) = self.sockets.get_mut(&id) {
            s.role = role;
        }
    }

    /// Saves, and sends each screen the change touched (but not to `skip`,
    /// which gets its own answer).
    fn after(&mut self, bank: &Bank, outcome: LiveOutcome, skip: Option<u64>) {
        if outcome == LiveOutcome::Ignored {
            return;
        }
        self.changed();
        let Some(live) = &self.live else {
            return;
        };
        let host = Arc::<str>::from(ServerMsg::Host(live.host_view(bank)).to_json());
        let mut frames: Vec<(u64, Arc<str>)> = Vec::new();
        let mut by_token: HashMap<&str, Arc<str>> = HashMap::new();
        for (&id, socket) in &self.sockets {
            if Some(id) == skip {
                continue;
            }
            match &socket.role {
                Role::Host => frames.push((id, Arc::clone(&host))),
                Role::Player(token) => {
                    let Some(player) = live.player(token) else {
                        continue;
                    };
                    let wanted = match outcome {
                        LiveOutcome::Player(p) => p == player,
                        _ => true,
                    };
                    if !wanted {
                        continue;
                    }
                    let frame = by_token.entry(token.as_str()).or_insert_with(|| {
                        let view = live.player_view(bank, player);
                        let msg = view.map(ServerMsg::Player);
                        Arc::from(msg.map(|m| m.to_json()).unwrap_or_default())
                    });
                    frames.push((id, Arc::clone(frame)));
                }
                Role::None => {}
            }
        }
        for (id, frame) in frames {
            self.push(id, frame);
        }
        // The end is on every screen: now the players can be forgotten.
        if let Some(live) = &mut self.live {
            if live.session().is_finished() && live.player_count() > 0 {
                live.forget_players();
                for s in self.sockets.values_mut() {
                    if matches!(s.role, Role::Player(_)) {
                        s.role = Role::None;
                    }
                }
                self.changed();
            }
        }
    }

    /// Ends the session for everyone and deletes it.
    fn close(&mut self) {
        self.live = None;
        self.changed();
        let closed: Arc<str> = ServerMsg::Closed.to_json().into();
        let ids: Vec<u64> = self.sockets.keys().copied().collect();
        for id in ids {
            if let Some(s) = self.sockets.get_mut(&id) {
                if s.role != Role::None {
                    s.role = Role::None;
                    self.push(id, Arc::clone(&closed));
                }
            }
        }
    }

    fn changed(&self) {
        self.store.save(self.live.as_ref());
    }

    fn send(&mut self, id: u64, msg: &ServerMsg) {
        self.push(id, msg.to_json().into());
    }

    /// Queues a frame; a socket whose queue is full is dropped (its task
    /// sees the channel close) rather than holding up the room.
    fn push(&mut self, id: u64, frame: Arc<str>) {
        let full = match self.sockets.get(&id) {
            Some(s) => s.tx.try_send(frame).is_err(),
            None => false,
        };
        if full {
            self.sockets.remove(&id);
        }
    }
}

/// `CODE_DIGITS` digits, never starting with 0 (so it reads as a number).
fn random_code() -> String {
    let mut bytes = [0u8; 8];
    fill(&mut bytes);
    let span = 9 * 10u64.pow(CODE_DIGITS as u32 - 1);
    let n = u64::from_le_bytes(bytes) % span + 10u64.pow(CODE_DIGITS as u32 - 1);
    n.to_string()
}

/// 128 random bits in hex: a host key or a rejoin token.
fn random_token() -> String {
    let mut bytes = [0u8; 16];
    fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn fill(bytes: &mut [u8]) {
    // Without the OS's randomness there is no safe token: stop loudly.
    getrandom::fill(bytes).expect("the operating system's random source is unavailable");
}

async fn upgrade(State(hub): State<LiveHub>, ws: WebSocketUpgrade) -> Response {
    socket::upgrade(hub, ws)
}

async fn hub_json(State(hub): State<LiveHub>) -> Response {
    let body = serde_json::json!({ "lan": hub.reach.lan, "join": hub.reach.join }).to_string();
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

#[derive(serde::Deserialize)]
struct Which {
    #[serde(default)]
    i: usize,
}

/// The QR code of join address `i`, as SVG for the facilitator's screen.
async fn qr_svg(State(hub): State<LiveHub>, Query(which): Query<Which>) -> Response {
    let Some(url) = hub.reach.join.get(which.i).filter(|_| hub.reach.lan) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        svg,
    )
        .into_response()
}
