//! The live session under a class: a host and N phones over loopback, each
//! phone from its own address (127.0.0.2, 127.0.0.3, …) so the hub's
//! per-device caps apply as in a classroom. Run by `cargo xtask bench`
//! against a release hub started with `--lan --host 127.0.0.1`:
//!
//! `live_load ADDR HUB_PID [PLAYERS] [QUESTIONS]`
//!
//! Each question, every phone answers at a random moment within 1.5 s. The
//! k-th answer sent is timed to the moment the host's screen first counts k
//! answers. The hub's memory (VmRSS) is read after each question. Bounded:
//! it gives up after 5 minutes, and it always ends the session it opened.

use std::{
    net::{Ipv4Addr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

use futures_util::{SinkExt, StreamExt};
use lantern_core::quiz::{
    live::{Asking, ClientMsg, Command, Ending, PlayerScreen, ServerMsg},
    session::{Phase, SessionConfig, Team},
};
use tokio::{net::TcpStream, time::Instant};
use tokio_tungstenite::{tungstenite::Message, WebSocketStream};

type Socket = WebSocketStream<TcpStream>;

const LIMIT: Duration = Duration::from_secs(300);

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let addr: SocketAddr = args.first().and_then(|a| a.parse().ok()).expect("ADDR");
    let pid: u32 = args.get(1).and_then(|a| a.parse().ok()).expect("HUB_PID");
    let players: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(60);
    let questions: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(30);
    match tokio::time::timeout(LIMIT, run(addr, pid, players, questions)).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            eprintln!("live_load: {e}");
            std::process::exit(1);
        }
        Err(_) => {
            eprintln!("live_load: gave up after {} s", LIMIT.as_secs());
            std::process::exit(1);
        }
    }
}

async fn connect(addr: SocketAddr, from: Ipv4Addr) -> Result<Socket, String> {
    let socket = tokio::net::TcpSocket::new_v4().map_err(|e| e.to_string())?;
    socket
        .bind(SocketAddr::new(from.into(), 0))
        .map_err(|e| format!("bind {from}: {e}"))?;
    let stream = socket.connect(addr).await.map_err(|e| e.to_string())?;
    let url = format!("ws://{addr}/live/socket");
    let (ws, _) = tokio_tungstenite::client_async(url, stream)
        .await
        .map_err(|e| format!("{from}: {e}"))?;
    Ok(ws)
}

async fn send(ws: &mut Socket, msg: &ClientMsg) -> Result<(), String> {
    ws.send(Message::text(msg.to_json()))
        .await
        .map_err(|e| e.to_string())
}

async fn recv(ws: &mut Socket) -> Result<ServerMsg, String> {
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(t))) => {
                return serde_json::from_str(t.as_str()).map_err(|e| e.to_string())
            }
            Some(Ok(_)) => continue,
            other => return Err(format!("socket ended: {other:?}")),
        }
    }
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// xorshift: the same class every run.
fn rng(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

async fn run(addr: SocketAddr, pid: u32, players: usize, questions: usize) -> Result<(), String> {
    let mut host = connect(addr, Ipv4Addr::LOCALHOST).await?;
    let config = SessionConfig {
        length: questions,
        teams: Team::defaults(4),
        ..SessionConfig::new(11)
    };
    send(&mut host, &ClientMsg::Open { config }).await?;
    let code = match recv(&mut host).await? {
        ServerMsg::Opened(_, view) => view.code,
        other => return Err(format!("not opened: {other:?}")),
    };
    // Every answer's send time, by question.
    let sent: Arc<Mutex<Vec<Vec<Instant>>>> = Arc::new(Mutex::new(vec![Vec::new(); questions]));
    let joined_at = Instant::now();
    let mut phones = Vec::new();
    for i in 0..players {
        let from = Ipv4Addr::new(127, 0, (2 + i / 250) as u8, (2 + i % 250) as u8);
        let mut ws = connect(addr, from).await?;
        let join = ClientMsg::Join {
            code: code.clone(),
            nickname: format!("Phone {}", i + 1),
            team: None,
        };
        send(&mut ws, &join).await?;
        let sent = Arc::clone(&sent);
        phones.push(tokio::spawn(async move {
            let mut seed = 0x2545_F491_4F6C_DD1D ^ (i as u64 + 1);
            let mut answered = None;
            loop {
                let view = match recv(&mut ws).await? {
                    ServerMsg::Welcome(_, view) | ServerMsg::Player(view) => view,
                    ServerMsg::Closed => return Ok::<(), String>(()),
                    _ => continue,
                };
                match view.screen {
                    PlayerScreen::Question(Asking { question, .. })
                        if answered != Some(question.index) =>
                    {
                        answered = Some(question.index);
                        let wait = rng(&mut seed) % 1500;
                        tokio::time::sleep(Duration::from_millis(wait)).await;
                        let choice = (rng(&mut seed) % question.order.len() as u64) as usize;
                        let msg = ClientMsg::Answer {
                            question: question.index,
                            choice,
                        };
                        sent.lock().unwrap()[question.index].push(Instant::now());
                        send(&mut ws, &msg).await?;
                    }
                    PlayerScreen::Finished(Ending { .. }) => return Ok(()),
                    _ => {}
                }
            }
        }));
    }
    // The host's count reaches every phone.
    loop {
        if let ServerMsg::Host(view) = recv(&mut host).await? {
            if view.players == players {
                break;
            }
        }
    }
    let join_s = joined_at.elapsed().as_secs_f64();
    let mut latencies: Vec<f64> = Vec::new();
    let mut rss = vec![rss_kb(pid)];
    send(&mut host, &command(Command::Start)).await?;
    for q in 0..questions {
        // When the host first counted k answers, for k = 1..=players.
        let mut seen: Vec<Instant> = Vec::with_capacity(players);
        while seen.len() < players {
            if let ServerMsg::Host(view) = recv(&mut host).await? {
                if view.session.current().map(|c| c.0) == Some(q) {
                    while seen.len() < view.answered {
                        seen.push(Instant::now());
                    }
                }
            }
        }
        let mut sends = sent.lock().unwrap()[q].clone();
        sends.sort();
        for (k, at) in seen.iter().enumerate() {
            let from = sends.get(k).copied().unwrap_or(*at);
            latencies.push(at.saturating_duration_since(from).as_secs_f64() * 1000.0);
        }
        send(&mut host, &command(Command::Reveal)).await?;
        send(&mut host, &command(Command::Next)).await?;
        rss.push(rss_kb(pid));
    }
    loop {
        if let ServerMsg::Host(view) = recv(&mut host).await? {
            if view.session.phase() == Phase::Finished {
                break;
            }
        }
    }
    for phone in phones {
        phone.await.map_err(|e| e.to_string())??;
    }
    send(&mut host, &ClientMsg::Close).await?;
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        let rank = ((p / 100.0) * latencies.len() as f64).ceil() as usize;
        latencies[rank.clamp(1, latencies.len()) - 1]
    };
    let after_first = rss.get(1).copied().unwrap_or(0);
    println!(
        "live: players {players} questions {questions} answers {} joined_s {join_s:.2} \
         p50_ms {:.1} p95_ms {:.1} max_ms {:.1} rss_kb_start {} rss_kb_after_q1 {after_first} \
         rss_kb_end {} rss_kb_max {}",
        latencies.len(),
        pct(50.0),
        pct(95.0),
        pct(100.0),
        rss[0],
        rss.last().copied().unwrap_or(0),
        rss.iter().max().copied().unwrap_or(0),
    );
    Ok(())
}

fn command(command: Command) -> ClientMsg {
    ClientMsg::Command { command }
}
