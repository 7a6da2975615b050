//! The live quiz's slice of the state: one link to the classroom hub, kept
//! open through sleeps and drops, and what this device is in the quiz: the
//! facilitator's key, or a phone's seat. Only the key and the seat token are
//! stored; the hub holds everything else.

use crate::platform::socket::Socket;
use crate::platform::{self, page_life, timer};
use crate::state::{use_app_data, Stored};
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::live::{
    ClientMsg, Command, Ending, HostView, LiveError, PlayerScreen, PlayerView, ServerMsg,
};
use lantern_core::quiz::session::{SessionConfig, Team};
use lantern_core::store::{LiveHost, LiveSeat};
use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

/// Quiet sockets are pinged this often, inside the hub's 75 s.
const PING: Duration = Duration::from_secs(20);
/// The longest wait before trying the hub again.
const MAX_RETRY: Duration = Duration::from_secs(8);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStatus {
    Connecting,
    Open,
    /// Dropped: trying again, sooner when the page comes back or the
    /// device is online again.
    Lost,
}

/// The socket to the hub, for as long as the page that started it is up.
#[derive(Clone, Copy)]
pub struct Link {
    pub status: RwSignal<LinkStatus>,
    /// The hub knows who this socket is (welcomed back as a player or as
    /// the host): until then nothing is sent in their name.
    pub ready: RwSignal<bool>,
    socket: StoredValue<Option<Socket>, LocalStorage>,
    retries: StoredValue<u32>,
    stopped: StoredValue<bool>,
    /// Said on every (re)connection: who this device is.
    hello: StoredValue<Rc<dyn Fn() -> Option<ClientMsg>>, LocalStorage>,
    on_msg: StoredValue<Rc<dyn Fn(ServerMsg)>, LocalStorage>,
}

impl Link {
    /// `ready` is set by whoever reads the hub's answers; the link clears
    /// it whenever the socket changes.
    fn start(
        hello: impl Fn() -> Option<ClientMsg> + 'static,
        on_msg: impl Fn(ServerMsg) + 'static,
        ready: RwSignal<bool>,
    ) -> Link {
        let link = Link {
            status: RwSignal::new(LinkStatus::Connecting),
            ready,
            socket: StoredValue::new_local(None),
            retries: StoredValue::new(0),
            stopped: StoredValue::new(false),
            hello: StoredValue::new_local(Rc::new(hello)),
            on_msg: StoredValue::new_local(Rc::new(on_msg)),
        };
        link.open();
        timer::every(PING, move || {
            link.send(&ClientMsg::Ping);
        });
        page_life::on_return(move || {
            if link.status.get_untracked() == LinkStatus::Lost {
                link.open();
            }
        });
        // A socket can look open long after the Wi-Fi went: the device's
        // word is taken at once, and it comes back when the device does.
        page_life::on_offline(move || {
            link.socket.set_value(None);
            link.lost();
        });
        on_cleanup(move || {
            link.stopped.set_value(true);
            link.socket.set_value(None);
        });
        link
    }

    fn open(self) {
        if self.stopped.get_value() {
            return;
        }
        self.status.set(LinkStatus::Connecting);
        self.ready.set(false);
        let on_open = move || {
            self.retries.set_value(0);
            self.status.set(LinkStatus::Open);
            if let Some(hello) = (self.hello.get_value())() {
                self.send(&hello);
            }
        };
        let on_text = move |text: String| {
            // A frame this build cannot read is left alone: the next view
            // replaces what it would have said.
            if let Ok(msg) = serde_json::from_str::<ServerMsg>(&text) {
                (self.on_msg.get_value())(msg);
            }
        };
        let socket = Socket::open(on_open, on_text, move || self.lost());
        let opened = socket.is_some();
        // Replaces (and closes) the last one, never from inside its handler.
        self.socket.set_value(socket);
        if !opened {
            self.lost();
        }
    }

    /// Tries again after 1, 2, 4, then 8 seconds at most.
    fn lost(self) {
        if self.stopped.get_value() {
            return;
        }
        self.status.set(LinkStatus::Lost);
        self.ready.set(false);
        let n = self.retries.get_value();
        self.retries.set_value(n.saturating_add(1));
        let wait = Duration::from_secs(1 << n.min(3)).min(MAX_RETRY);
        timer::after(wait, move || {
            if self.status.get_untracked() == LinkStatus::Lost {
                self.open();
            }
        });
    }

    fn send(self, msg: &ClientMsg) -> bool {
        let text = msg.to_json();
        self.socket
            .with_value(|s| s.as_ref().is_some_and(|s| s.send(&text)))
    }
}

/// What the facilitator's screen of a live quiz reads and does.
#[derive(Clone, Copy)]
pub struct LiveHostState {
    pub link: Link,
    pub view: RwSignal<Option<HostView>>,
    pub error: RwSignal<Option<LiveError>>,
    /// The quiz was ended (here or by the hub): nothing more will come.
    pub ended: RwSignal<bool>,
    /// Where phones join, and whether this hub runs live quizzes.
    pub hub: RwSignal<Option<platform::socket::HubInfo>>,
    /// The hub has been asked (and `hub` is `None` where none answered).
    pub checked: RwSignal<bool>,
}

impl LiveHostState {
    /// Comes back to the quiz this device runs, or opens one with `config`.
    pub fn start(config: Option<SessionConfig>) -> LiveHostState {
        let data = use_app_data();
        let key: Stored<LiveHost> = Stored::new(data.notices, None);
        let view = RwSignal::new(None::<HostView>);
        let error = RwSignal::new(None);
        let ended = RwSignal::new(false);
        let pending = StoredValue::new(config);
        let hello = move || match key.with_untracked(|k| k.key.clone()) {
            Some(key) => Some(ClientMsg::Host { key }),
            None => pending.get_value().map(|config| ClientMsg::Open { config }),
        };
        let ready = RwSignal::new(false);
        let on_msg = move |msg: ServerMsg| match msg {
            ServerMsg::Opened(k, v) => {
                ready.set(true);
                key.replace(LiveHost { key: Some(k) });
                pending.set_value(None);
                view.set(Some(v));
                error.set(None);
            }
            ServerMsg::Host(v) => {
                ready.set(true);
                view.set(Some(v));
                error.set(None);
            }
            ServerMsg::Closed => {
                key.replace(LiveHost::default());
                view.set(None);
                ended.set(true);
            }
            ServerMsg::Refused(e @ (LiveError::NotHost | LiveError::NoSession)) => {
                // The key names no quiz the hub runs now.
                key.replace(LiveHost::default());
                pending.set_value(None);
                view.set(None);
                error.set(Some(e));
            }
            ServerMsg::Refused(e) => {
                if matches!(e, LiveError::Busy | LiveError::NotLan | LiveError::BadSetup) {
                    pending.set_value(None);
                }
                error.set(Some(e));
            }
            _ => {}
        };
        let hub = RwSignal::new(None);
        let checked = RwSignal::new(false);
        leptos::task::spawn_local(async move {
            hub.set(platform::socket::hub_info().await);
            checked.set(true);
        });
        LiveHostState {
            link: Link::start(hello, on_msg, ready),
            view,
            error,
            ended,
            hub,
            checked,
        }
    }

    pub fn command(self, command: Command) {
        if self.link.ready.get_untracked() {
            self.link.send(&ClientMsg::Command { command });
        }
    }

    /// Ends the quiz for everyone; the hub deletes it.
    pub fn close(self) {
        self.link.send(&ClientMsg::Close);
    }

    /// Keeps a finished quiz's summary with this device's other sessions.
    pub fn keep_record(self, bank: &Bank) {
        let record = self
            .view
            .with_untracked(|v| v.as_ref().and_then(|v| v.session.record(bank)));
        if let Some(record) = record {
            let sessions = use_app_data().facilitate.sessions;
            if sessions.with_untracked(|s| s.get(record.id).is_none()) {
                sessions.update(|all| all.push(record));
            }
        }
    }
}

/// Whether a classroom hub serves this page and runs live quizzes.
pub async fn hub_runs_live() -> bool {
    platform::socket::hub_info().await.is_some_and(|h| h.lan)
}

/// What a phone in a live quiz reads and does.
#[derive(Clone, Copy)]
pub struct PlayerState {
    pub link: Link,
    pub view: RwSignal<Option<PlayerView>>,
    /// The code typed and the teams it opens, once the hub knows the code.
    pub room: RwSignal<Option<(String, Vec<Team>)>>,
    pub error: RwSignal<Option<LiveError>>,
    /// The quiz this phone was in has ended.
    pub ended: RwSignal<bool>,
    /// No classroom hub serves this page: there is no quiz to join here.
    pub no_hub: RwSignal<bool>,
    /// The code last typed.
    code: StoredValue<String>,
}

impl PlayerState {
    /// Comes back to this phone's seat, if it has one.
    pub fn start() -> PlayerState {
        let data = use_app_data();
        let seat: Stored<LiveSeat> = Stored::new(data.notices, None);
        let view = RwSignal::new(None::<PlayerView>);
        let room = RwSignal::new(None::<(String, Vec<Team>)>);
        let error = RwSignal::new(None);
        let ended = RwSignal::new(false);
        let code = StoredValue::new(String::new());
        let ready = RwSignal::new(false);
        let hello = move || {
            (seat.with_untracked(|s| s.token.clone())).map(|token| ClientMsg::Rejoin { token })
        };
        let on_msg = move |msg: ServerMsg| match msg {
            ServerMsg::Room(teams) => {
                room.set(Some((code.get_value(), teams)));
                error.set(None);
            }
            ServerMsg::Welcome(token, v) => {
                ready.set(true);
                seat.replace(LiveSeat { token: Some(token) });
                arrive(seat, view, v);
                error.set(None);
                ended.set(false);
            }
            ServerMsg::Player(v) => arrive(seat, view, v),
            ServerMsg::Closed | ServerMsg::Refused(LiveError::UnknownToken) => {
                seat.replace(LiveSeat::default());
                // The end screen stays until the phone leaves it.
                let at_end = view.with_untracked(|v| {
                    v.as_ref()
                        .is_some_and(|v| matches!(v.screen, PlayerScreen::Finished(Ending { .. })))
                });
                if !at_end {
                    ended.set(view.with_untracked(Option::is_some) || ended.get_untracked());
                    view.set(None);
                    room.set(None);
                }
            }
            ServerMsg::Refused(e) => error.set(Some(e)),
            _ => {}
        };
        let no_hub = RwSignal::new(false);
        leptos::task::spawn_local(async move {
            no_hub.set(!hub_runs_live().await);
        });
        PlayerState {
            link: Link::start(hello, on_msg, ready),
            view,
            room,
            error,
            ended,
            no_hub,
            code,
        }
    }

    /// Asks which teams the code opens.
    pub fn look(self, typed: String) {
        let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        self.code.set_value(typed.clone());
        self.error.set(None);
        self.link.send(&ClientMsg::Look { code: typed });
    }

    pub fn join(self, nickname: String, team: Option<usize>) {
        let Some(code) = self
            .room
            .with_untracked(|r| r.as_ref().map(|r| r.0.clone()))
        else {
            return;
        };
        self.error.set(None);
        self.link.send(&ClientMsg::Join {
            code,
            nickname,
            team,
        });
    }

    pub fn answer(self, question: usize, choice: usize) {
        if self.link.ready.get_untracked() {
            self.link.send(&ClientMsg::Answer { question, choice });
        }
    }

    /// Back to the code, after the end or to try another.
    pub fn reset(self) {
        self.view.set(None);
        self.room.set(None);
        self.error.set(None);
    }
}

/// A view from the hub; once the end is on screen, there is no seat to
/// come back to.
fn arrive(seat: Stored<LiveSeat>, view: RwSignal<Option<PlayerView>>, v: PlayerView) {
    if matches!(v.screen, PlayerScreen::Finished(Ending { .. })) {
        seat.replace(LiveSeat::default());
    }
    view.set(Some(v));
}
