//! The live session through the real hub: real sockets on loopback, the
//! hub's own accept loop and limits, the session saved to a real folder.

use std::{fs, net::SocketAddr, path::PathBuf, time::Duration};

use futures_util::{SinkExt, StreamExt};
use lantern_core::quiz::{
    bank::{Audience, Bank, Kind, Question, Source, Topic},
    live::{
        Answered, Asking, ClientMsg, Command, Ending, LateJoin, LiveError, PlayerScreen,
        PlayerView, ServerMsg, MAX_FRAME_BYTES,
    },
    session::{Phase, SessionConfig, Team},
};
use lantern_hub::{
    live::{LiveHub, Reach},
    Limits,
};
use tokio::{net::TcpStream, sync::oneshot, task::JoinHandle};
use tokio_tungstenite::{tungstenite::Message, MaybeTlsStream, WebSocketStream};

const WAIT: Duration = Duration::from_secs(10);

/// 12 questions of four choices; the answer is the first choice written.
fn bank() -> Bank {
    Bank {
        questions: (0..12)
            .map(|i| Question {
                id: format!("q{i}"),
                topic: Topic::Grooming,
                audience: Audience::Child,
                kind: Kind::Single,
                prompt: format!("q{i}?"),
                choices: (0..4).map(|c| format!("q{i} choice {c}")).collect(),
                answer: 0,
                feedback: (0..4).map(|c| format!("q{i} feedback {c}")).collect(),
                explanation: format!("q{i} explained"),
                discuss: format!("q{i} discuss"),
                source: Source::Guidance,
            })
            .collect(),
    }
}

/// A built app folder with a bank, and a folder for the saved session.
struct Room {
    base: PathBuf,
    root: PathBuf,
    state: PathBuf,
}

impl Room {
    fn new(tag: &str) -> Room {
        let base = std::env::temp_dir().join(format!(
            "lantern-hub-live-{tag}-{}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        let root = base.join("dist");
        fs::create_dir_all(root.join("data")).unwrap();
        fs::write(
            root.join("index.html"),
            "<!doctype html><title>Lantern</title>",
        )
        .unwrap();
        fs::write(
            root.join("data/quiz.en.0123.json"),
            serde_json::to_string(&bank()).unwrap(),
        )
        .unwrap();
        fs::write(
            root.join("build.json"),
            r#"{"data":{"quiz.en":"data/quiz.en.0123.json"}}"#,
        )
        .unwrap();
        let state = base.join("state");
        Room { base, root, state }
    }

    fn saved(&self) -> Option<String> {
        fs::read_to_string(self.state.join("live.json")).ok()
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.base);
    }
}

/// The hub on 127.0.0.1, as `lantern-hub --lan` runs it, with room for a
/// class's sockets from this one address.
struct Hub {
    addr: SocketAddr,
    live: LiveHub,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
    clock: JoinHandle<()>,
}

impl Hub {
    async fn start(room: &Room, lan: bool) -> Hub {
        Self::start_with(room, lan, None).await
    }

    async fn start_with(room: &Room, lan: bool, abandon: Option<Duration>) -> Hub {
        let opts = lantern_hub::Options {
            root: room.root.clone(),
            port: 0,
            ..Default::default()
        };
        let listener = lantern_hub::bind(&opts).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let reach = Reach {
            lan,
            join: vec![format!("http://{addr}/join")],
        };
        let mut live = LiveHub::new(&room.root, room.state.clone(), reach);
        if let Some(after) = abandon {
            live = live.abandoning_after(after);
        }
        let clock = live.spawn_clock();
        let app = lantern_hub::router_with(&room.root, &[], &[], live.router());
        let limits = Limits {
            live_per_address: 100,
            ..Limits::default()
        };
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            lantern_hub::serve(listener, app, limits, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        Hub {
            addr,
            live,
            stop: Some(stop),
            task,
            clock,
        }
    }

    /// Stops as the binary does: the server, then the clock, then the disk.
    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = tokio::time::timeout(WAIT, &mut self.task).await;
        self.clock.abort();
        self.live.stop();
    }

    async fn client(&self) -> Client {
        let url = format!("ws://{}/live/socket", self.addr);
        let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        Client { ws }
    }

    /// A fresh socket sends `msg` and is refused with `error`.
    async fn refuses(&self, msg: ClientMsg, error: LiveError) {
        let mut socket = self.client().await;
        socket.send(&msg).await;
        socket.refused(error).await;
    }
}

struct Client {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Client {
    async fn send(&mut self, msg: &ClientMsg) {
        self.ws.send(Message::text(msg.to_json())).await.unwrap();
    }

    async fn raw(&mut self, message: Message) {
        let _ = self.ws.send(message).await;
    }

    /// The next message from the hub.
    async fn recv(&mut self) -> ServerMsg {
        loop {
            let next = tokio::time::timeout(WAIT, self.ws.next()).await;
            match next.expect("the hub answers in time") {
                Some(Ok(Message::Text(text))) => {
                    return serde_json::from_str(text.as_str()).expect("a server message")
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                other => panic!("the socket ended: {other:?}"),
            }
        }
    }

    /// Reads until a message passes `want`, and returns it.
    async fn until(&mut self, want: impl Fn(&ServerMsg) -> bool) -> ServerMsg {
        loop {
            let msg = self.recv().await;
            if want(&msg) {
                return msg;
            }
        }
    }

    /// Reads until the hub refuses something, and checks why.
    async fn refused(&mut self, error: LiveError) {
        let msg = self.until(|m| matches!(m, ServerMsg::Refused(_))).await;
        assert_eq!(msg, ServerMsg::Refused(error));
    }

    /// Whether the hub closes this socket within `within`.
    async fn closed_within(&mut self, within: Duration) -> bool {
        let end = tokio::time::Instant::now() + within;
        loop {
            match tokio::time::timeout_at(end, self.ws.next()).await {
                Err(_) => return false,
                Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) => return true,
                Ok(Some(Ok(_))) => continue,
            }
        }
    }
}

fn config(length: usize) -> SessionConfig {
    SessionConfig {
        length,
        teams: Team::defaults(2),
        ..SessionConfig::new(3)
    }
}

/// Opens a session; the host's key and the join code.
async fn open(host: &mut Client, length: usize) -> (String, String) {
    host.send(&ClientMsg::Open {
        config: config(length),
    })
    .await;
    match host.recv().await {
        ServerMsg::Opened(key, view) => {
            assert_eq!(view.code.len(), 6);
            (key, view.code)
        }
        other => panic!("{other:?}"),
    }
}

/// Joins as `nickname`; the token and the first view.
async fn join(phone: &mut Client, code: &str, nickname: &str) -> (String, PlayerView) {
    phone
        .send(&ClientMsg::Join {
            code: code.into(),
            nickname: nickname.into(),
            team: None,
        })
        .await;
    match phone.recv().await {
        ServerMsg::Welcome(token, view) => (token, view),
        other => panic!("{other:?}"),
    }
}

async fn command(host: &mut Client, command: Command) {
    host.send(&ClientMsg::Command { command }).await;
}

/// Waits for this phone's screen to pass `want`.
async fn screen(phone: &mut Client, want: impl Fn(&PlayerScreen) -> bool) -> PlayerView {
    match phone
        .until(|m| matches!(m, ServerMsg::Player(view) | ServerMsg::Welcome(_, view) if want(&view.screen)))
        .await
    {
        ServerMsg::Player(view) | ServerMsg::Welcome(_, view) => view,
        _ => unreachable!(),
    }
}

fn asking(index: usize) -> impl Fn(&PlayerScreen) -> bool {
    move |s| matches!(s, PlayerScreen::Question(Asking { question, .. }) if question.index == index)
}

fn revealed(index: usize) -> impl Fn(&PlayerScreen) -> bool {
    move |s| matches!(s, PlayerScreen::Revealed(Answered { question, .. }) if question.index == index)
}

/// The displayed position of the bank's answer (choice 0 as written).
fn right_of(view: &PlayerView) -> usize {
    match &view.screen {
        PlayerScreen::Question(Asking { question, .. })
        | PlayerScreen::Revealed(Answered { question, .. }) => {
            question.order.iter().position(|&o| o == 0).unwrap()
        }
        s => panic!("{s:?}"),
    }
}

async fn answer(phone: &mut Client, question: usize, choice: usize) {
    phone.send(&ClientMsg::Answer { question, choice }).await;
}

/// Waits for the host's count of answers to reach `n`.
/// Waits until the host sees `n` answers to `question`. The question too:
/// the host's earlier frames, still unread, can say `n` of the one before.
async fn host_count(host: &mut Client, question: usize, n: usize) {
    host.until(|m| {
        matches!(m, ServerMsg::Host(view)
            if view.answered == n && view.session.current().map(|(i, _, _)| i) == Some(question))
    })
    .await;
}

/// A session of 5 with Ana in it, who got question 1 right and now sees
/// question 2.
struct OnQuestionTwo {
    host: Client,
    phone: Client,
    key: String,
    code: String,
    token: String,
    view: PlayerView,
}

async fn ana_on_question_two(hub: &Hub) -> OnQuestionTwo {
    let mut host = hub.client().await;
    let (key, code) = open(&mut host, 5).await;
    let mut phone = hub.client().await;
    let (token, _) = join(&mut phone, &code, "Ana").await;
    command(&mut host, Command::Start).await;
    let view = screen(&mut phone, asking(0)).await;
    answer(&mut phone, 0, right_of(&view)).await;
    host_count(&mut host, 0, 1).await;
    command(&mut host, Command::Reveal).await;
    screen(&mut phone, revealed(0)).await;
    command(&mut host, Command::Next).await;
    let view = screen(&mut phone, asking(1)).await;
    OnQuestionTwo {
        host,
        phone,
        key,
        code,
        token,
        view,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_class_plays_a_session_to_the_end_and_is_then_forgotten() {
    let room = Room::new("class");
    let hub = Hub::start(&room, true).await;
    let mut host = hub.client().await;
    let (_, code) = open(&mut host, 5).await;

    let mut phones = Vec::new();
    for name in ["Ana", "Bo", "Cy"] {
        let mut phone = hub.client().await;
        phone.send(&ClientMsg::Look { code: code.clone() }).await;
        assert_eq!(phone.recv().await, ServerMsg::Room(Team::defaults(2)));
        let (_, view) = join(&mut phone, &code, name).await;
        assert_eq!(view.screen, PlayerScreen::Lobby);
        phones.push(phone);
    }
    host.until(|m| matches!(m, ServerMsg::Host(view) if view.players == 3))
        .await;
    command(&mut host, Command::Start).await;
    for q in 0..5 {
        for (i, phone) in phones.iter_mut().enumerate() {
            let view = screen(phone, asking(q)).await;
            // Ana is always right; the others only on the first question.
            let right = right_of(&view);
            let choice = if i == 0 || q == 0 {
                right
            } else {
                (right + 1) % 4
            };
            answer(phone, q, choice).await;
            screen(phone, |s| {
                matches!(s, PlayerScreen::Question(Asking { question, .. }) if question.chosen == Some(choice))
            })
            .await;
        }
        host_count(&mut host, q, 3).await;
        command(&mut host, Command::Reveal).await;
        let shown = host
            .until(|m| matches!(m, ServerMsg::Host(view) if view.counts.is_some()))
            .await;
        let ServerMsg::Host(view) = shown else {
            unreachable!()
        };
        assert_eq!(view.counts.unwrap().iter().sum::<usize>(), 3);
        for phone in phones.iter_mut() {
            screen(phone, revealed(q)).await;
        }
        command(&mut host, Command::Next).await;
    }
    let mut rights = Vec::new();
    for phone in phones.iter_mut() {
        let view = screen(phone, |s| {
            matches!(s, PlayerScreen::Finished(Ending { .. }))
        })
        .await;
        let PlayerScreen::Finished(Ending { right, asked, .. }) = view.screen else {
            unreachable!()
        };
        assert_eq!(asked, 5);
        rights.push(right);
    }
    assert_eq!(rights, [5, 1, 1]);
    host.until(|m| matches!(m, ServerMsg::Host(view) if view.session.phase() == Phase::Finished))
        .await;

    // The end is on every screen; the names and answers are gone.
    hub.live.flush();
    let saved = room
        .saved()
        .expect("the finished session stays for the host");
    for name in ["Ana", "Bo", "Cy", "token"] {
        assert!(!saved.contains(name), "{name} is still saved: {saved}");
    }
    command(&mut host, Command::Reveal).await;
    host.send(&ClientMsg::Close).await;
    assert_eq!(
        host.until(|m| *m == ServerMsg::Closed).await,
        ServerMsg::Closed
    );
    hub.live.flush();
    assert_eq!(room.saved(), None, "closing deletes the session");
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_that_drops_or_reloads_comes_back_with_its_token_and_points() {
    let room = Room::new("rejoin");
    let hub = Hub::start(&room, true).await;
    let OnQuestionTwo {
        mut host,
        phone,
        token,
        ..
    } = ana_on_question_two(&hub).await;

    // The screen sleeps: the socket is gone without a goodbye.
    drop(phone);
    let mut back = hub.client().await;
    back.send(&ClientMsg::Rejoin {
        token: token.clone(),
    })
    .await;
    let ServerMsg::Welcome(_, view) = back.recv().await else {
        panic!("not welcomed back")
    };
    assert_eq!((view.nickname.as_str(), view.points), ("Ana", Some(1)));
    assert!(asking(1)(&view.screen), "back at the current question");
    answer(&mut back, 1, 0).await;
    host_count(&mut host, 1, 1).await;
    // Answering again from a second tab of the same phone is refused.
    let mut tab = hub.client().await;
    tab.send(&ClientMsg::Rejoin { token }).await;
    tab.recv().await;
    answer(&mut tab, 1, 1).await;
    tab.refused(LiveError::AlreadyAnswered).await;
    // An unknown token is told so, and can join afresh.
    hub.refuses(
        ClientMsg::Rejoin {
            token: "f00d".into(),
        },
        LiveError::UnknownToken,
    )
    .await;
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_latecomer_joins_at_the_next_question() {
    let room = Room::new("late");
    let hub = Hub::start(&room, true).await;
    let mut host = hub.client().await;
    let (_, code) = open(&mut host, 5).await;
    command(&mut host, Command::Start).await;
    host.until(|m| matches!(m, ServerMsg::Host(view) if view.session.has_started()))
        .await;
    let mut late = hub.client().await;
    let (_, view) = join(&mut late, &code, "Late").await;
    assert_eq!(
        view.screen,
        PlayerScreen::Waiting(LateJoin {
            number: 2,
            total: 5
        })
    );
    answer(&mut late, 0, 0).await;
    late.refused(LiveError::NotNow).await;
    command(&mut host, Command::Reveal).await;
    command(&mut host, Command::Next).await;
    screen(&mut late, asking(1)).await;
    answer(&mut late, 1, 2).await;
    host_count(&mut host, 1, 1).await;
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_hub_resumes_the_session_with_everyones_points() {
    let room = Room::new("restart");
    let hub = Hub::start(&room, true).await;
    let OnQuestionTwo {
        mut host,
        mut phone,
        key,
        code,
        token,
        view,
    } = ana_on_question_two(&hub).await;
    answer(&mut phone, 1, right_of(&view)).await;
    host_count(&mut host, 1, 1).await;
    hub.stop().await;
    assert!(phone.closed_within(WAIT).await, "the hub went away");

    let hub = Hub::start(&room, true).await;
    let mut host = hub.client().await;
    host.send(&ClientMsg::Host {
        key: "not-the-key".into(),
    })
    .await;
    host.refused(LiveError::NotHost).await;
    host.send(&ClientMsg::Host { key }).await;
    let ServerMsg::Host(view) = host.recv().await else {
        panic!("the host is not back")
    };
    assert_eq!((view.players, view.answered, view.code), (1, 1, code));
    let mut phone = hub.client().await;
    phone.send(&ClientMsg::Rejoin { token }).await;
    let ServerMsg::Welcome(_, view) = phone.recv().await else {
        panic!("the phone is not back")
    };
    assert_eq!(view.points, Some(1));
    match view.screen {
        PlayerScreen::Question(Asking { question, .. }) => {
            assert_eq!((question.index, question.chosen.is_some()), (1, true))
        }
        s => panic!("{s:?}"),
    }
    command(&mut host, Command::Reveal).await;
    let view = screen(&mut phone, revealed(1)).await;
    assert_eq!(view.points, Some(2));
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_host_key_runs_the_session() {
    let room = Room::new("roles");
    let hub = Hub::start(&room, true).await;
    let mut host = hub.client().await;
    let (_, code) = open(&mut host, 5).await;
    let mut phone = hub.client().await;
    join(&mut phone, &code, "Ana").await;
    for msg in [
        ClientMsg::Command {
            command: Command::Start,
        },
        ClientMsg::Close,
    ] {
        phone.send(&msg).await;
        phone.refused(LiveError::NotHost).await;
    }
    // A second session cannot push the first one aside.
    hub.refuses(ClientMsg::Open { config: config(5) }, LiveError::Busy)
        .await;
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_lan_no_session_opens() {
    let room = Room::new("nolan");
    let hub = Hub::start(&room, false).await;
    hub.refuses(ClientMsg::Open { config: config(5) }, LiveError::NotLan)
        .await;
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_frames_get_an_error_and_never_stall_the_hub() {
    let room = Room::new("fuzz");
    let hub = Hub::start(&room, true).await;
    let mut host = hub.client().await;
    let (_, code) = open(&mut host, 5).await;
    let mut fuzz = hub.client().await;
    // Random frames from a fixed seed: text, binary, and JSON that is nearly a message.
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let near = [
        r#"{"t":"answer","question":"x","choice":1}"#,
        r#"{"t":"join","code":1}"#,
        r#"{"t":"command","command":{"do":"explode"}}"#,
        r#"{"t":"host"}"#,
        "[]",
        "\u{0}\u{1}",
    ];
    for i in 0..15 {
        let frame = match i % 3 {
            0 => {
                let len = (next() % 200) as usize;
                Message::text(
                    (0..len)
                        .map(|_| char::from_u32((next() % 0x3000) as u32).unwrap_or('?'))
                        .collect::<String>(),
                )
            }
            1 => Message::binary(
                (0..(next() % 64))
                    .map(|_| next() as u8)
                    .collect::<Vec<u8>>(),
            ),
            _ => Message::text(near[(next() % near.len() as u64) as usize]),
        };
        fuzz.raw(frame).await;
        assert_eq!(
            fuzz.recv().await,
            ServerMsg::Refused(LiveError::BadMessage),
            "frame {i}"
        );
    }
    // Too many, too fast: told so, and the socket is closed in the end.
    for _ in 0..120 {
        fuzz.raw(Message::text("{}")).await;
    }
    assert_eq!(
        fuzz.until(|m| *m == ServerMsg::Refused(LiveError::TooFast))
            .await,
        ServerMsg::Refused(LiveError::TooFast)
    );
    assert!(fuzz.closed_within(WAIT).await, "a flood ends its socket");
    // An oversized frame closes only its own socket.
    let mut big = hub.client().await;
    big.raw(Message::text("x".repeat(MAX_FRAME_BYTES + 1)))
        .await;
    assert!(big.closed_within(WAIT).await);

    // The room plays on.
    let mut phone = hub.client().await;
    join(&mut phone, &code, "Ana").await;
    command(&mut host, Command::Start).await;
    screen(&mut phone, asking(0)).await;
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_abandoned_session_is_deleted() {
    let room = Room::new("abandon");
    let hub = Hub::start_with(&room, true, Some(Duration::from_millis(600))).await;
    let mut host = hub.client().await;
    let (_, code) = open(&mut host, 5).await;
    let mut phone = hub.client().await;
    join(&mut phone, &code, "Ana").await;
    hub.live.flush();
    assert!(room.saved().unwrap().contains("Ana"));
    drop(host);
    assert_eq!(
        phone.until(|m| *m == ServerMsg::Closed).await,
        ServerMsg::Closed
    );
    hub.live.flush();
    assert_eq!(room.saved(), None);
    hub.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_says_where_phones_join_and_draws_its_code() {
    let room = Room::new("reach");
    let hub = Hub::start(&room, true).await;
    let get = |path: &str| {
        let url = format!("http://{}{path}", hub.addr);
        async move {
            let stream =
                TcpStream::connect(url.trim_start_matches("http://").split('/').next().unwrap())
                    .await
                    .unwrap();
            read_response(stream, &url).await
        }
    };
    let (head, body) = get("/live/hub.json").await;
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["lan"], true);
    assert_eq!(json["join"][0], format!("http://{}/join", hub.addr));
    let (head, body) = get("/live/qr.svg").await;
    assert!(head.contains("image/svg+xml"), "{head}");
    assert!(body.contains("<svg"), "{body:.80}");
    let (head, _) = get("/live/qr.svg?i=3").await;
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    hub.stop().await;
}

/// One GET over a fresh connection: the head and the body as text.
async fn read_response(mut stream: TcpStream, url: &str) -> (String, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let path = &url[url.find("/live").unwrap()..];
    let request = format!("GET {path} HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    (head.to_string(), body.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_saved_session_is_set_aside_and_the_hub_starts_clean() {
    let room = Room::new("damaged");
    fs::create_dir_all(&room.state).unwrap();
    fs::write(
        room.state.join("live.json"),
        "{\"code\":\"123456\",\"key\":",
    )
    .unwrap();
    let hub = Hub::start(&room, true).await;
    let kept = room.state.join("live.json.damaged");
    assert!(
        kept.is_file(),
        "the damaged file is kept aside for a person to read"
    );
    assert_eq!(room.saved(), None);
    // No quiz is running: a phone is told so, and a new one opens.
    hub.refuses(
        ClientMsg::Look {
            code: "123456".into(),
        },
        LiveError::WrongCode,
    )
    .await;
    let mut host = hub.client().await;
    open(&mut host, 5).await;
    hub.stop().await;
}
