//! The live classroom session, driven as the hub drives it: players join,
//! answer on their phones, drop and come back; the host starts, reveals and
//! moves on.

mod common;

use common::{bank, bank_with_feedback};
use lantern_core::quiz::bank::{Bank, Topic};
use lantern_core::quiz::live::{
    check_nickname, Answered, Asking, ClientMsg, Command, Ending, LateJoin, Live, LiveError,
    LiveOutcome, PlayerScreen, ServerMsg, MAX_FRAME_BYTES, MAX_NICKNAME_CHARS, MAX_PLAYERS,
};
use lantern_core::quiz::session::{Phase, Scoring, SessionConfig, Stage, Team, TeamAnswer, Timer};
use proptest::prelude::*;

fn config(teams: usize, length: usize) -> SessionConfig {
    SessionConfig {
        length,
        teams: Team::defaults(teams),
        // Grooming only: every question has four choices.
        topics: vec![Topic::Grooming],
        ..SessionConfig::new(7)
    }
}

fn lobby(teams: usize) -> Live {
    Live::new(config(teams, 5), "123456".into(), "host-key".into()).unwrap()
}

fn join(live: &mut Live, name: &str) -> usize {
    live.join(name, None, format!("token-{name}")).unwrap()
}

fn command(live: &mut Live, b: &Bank, c: Command) -> LiveOutcome {
    live.command(b, c, 1_000).unwrap()
}

/// The right choice (as displayed) and a wrong one, for the open question.
fn right_and_wrong(live: &Live, b: &Bank) -> (usize, usize) {
    let (_, id, order) = live.session().current().expect("a question is up");
    let answer = b.get(id).unwrap().answer;
    let right = order.iter().position(|&o| o == answer).unwrap();
    (right, (right + 1) % order.len())
}

fn index(live: &Live) -> usize {
    live.session().current().unwrap().0
}

fn points(live: &Live, b: &Bank, player: usize) -> Option<usize> {
    live.player_view(b, player).unwrap().points
}

#[test]
fn players_who_join_in_the_lobby_are_spread_over_the_teams() {
    let b = bank();
    let mut live = lobby(3);
    let teams: Vec<usize> = ["Ana", "Bo", "Cy", "Di"]
        .iter()
        .map(|n| {
            let p = join(&mut live, n);
            let view = live.player_view(&b, p).unwrap();
            assert_eq!(view.screen, PlayerScreen::Lobby);
            live.session()
                .config()
                .teams
                .iter()
                .position(|t| *t == view.team)
                .unwrap()
        })
        .collect();
    assert_eq!(teams, [0, 1, 2, 0]);
    let chosen = live.join("Ed", Some(2), "token-Ed".into()).unwrap();
    assert_eq!(live.player_view(&b, chosen).unwrap().team.name, "Team 3");
    assert_eq!(live.host_view(&b).members, [2, 1, 2]);
    assert_eq!(
        live.join("Fe", Some(3), "t".into()),
        Err(LiveError::NoSuchTeam)
    );
}

#[test]
fn a_nickname_with_markup_or_control_characters_is_refused() {
    for raw in [
        "<b>Ana</b>",
        "Ana\u{7}",
        "Ana\nBo",
        "a&b",
        "\"Ana\"",
        "Ana\u{0}",
    ] {
        assert_eq!(
            check_nickname(raw),
            Err(LiveError::NicknameRefused),
            "{raw:?}"
        );
    }
    assert_eq!(check_nickname("  \u{200B} "), Err(LiveError::NicknameEmpty));
    let long = "a".repeat(MAX_NICKNAME_CHARS + 1);
    assert_eq!(check_nickname(&long), Err(LiveError::NicknameTooLong));
    assert_eq!(check_nickname("  Mali  Dara "), Ok("Mali Dara".into()));
    assert_eq!(check_nickname("นกฮูก"), Ok("นกฮูก".into()));
}

#[test]
fn a_nickname_already_in_the_room_is_refused_ignoring_case() {
    let mut live = lobby(2);
    join(&mut live, "Owl");
    assert_eq!(
        live.join("owl", None, "x".into()),
        Err(LiveError::NicknameTaken)
    );
    assert_eq!(
        live.join(" OWL ", None, "y".into()),
        Err(LiveError::NicknameTaken)
    );
}

#[test]
fn the_room_is_full_at_its_cap() {
    let mut live = lobby(2);
    for i in 0..MAX_PLAYERS {
        live.join(&format!("p{i}"), None, format!("t{i}")).unwrap();
    }
    assert_eq!(
        live.join("late", None, "t".into()),
        Err(LiveError::RoomFull)
    );
}

#[test]
fn the_host_counts_answers_but_sees_none_before_the_reveal() {
    let b = bank_with_feedback();
    let mut live = lobby(2);
    let (ana, bo, cy) = (
        join(&mut live, "Ana"),
        join(&mut live, "Bo"),
        join(&mut live, "Cy"),
    );
    command(&mut live, &b, Command::Start);
    let (right, wrong) = right_and_wrong(&live, &b);
    assert_eq!(live.answer(&b, ana, 0, right), Ok(LiveOutcome::Player(ana)));
    live.answer(&b, bo, 0, wrong).unwrap();

    let host = live.host_view(&b);
    assert_eq!((host.answered, host.can_answer, host.players), (2, 3, 3));
    assert_eq!(host.counts, None);
    let presenter = host.session.presenter(&b).unwrap();
    assert!(presenter
        .teams
        .iter()
        .all(|t| t.answer == TeamAnswer::Waiting));
    let json = serde_json::to_string(&host).unwrap();
    assert!(!json.contains("choice"), "no mark reaches the host: {json}");

    // A phone sees its own choice, and nobody else's.
    match live.player_view(&b, cy).unwrap().screen {
        PlayerScreen::Question(Asking { question, .. }) => assert_eq!(question.chosen, None),
        s => panic!("{s:?}"),
    }

    command(&mut live, &b, Command::Reveal);
    let mut counts = vec![0; 4];
    counts[right] = 1;
    counts[wrong] = 1;
    assert_eq!(live.host_view(&b).counts, Some(counts.clone()));
    match live.player_view(&b, cy).unwrap().screen {
        PlayerScreen::Revealed(Answered {
            counts: seen,
            right_choice,
            question,
            ..
        }) => {
            assert_eq!((seen, right_choice, question.chosen), (counts, right, None));
        }
        s => panic!("{s:?}"),
    }
}

#[test]
fn a_player_answers_once_and_only_the_open_question() {
    let b = bank();
    let mut live = lobby(2);
    let ana = join(&mut live, "Ana");
    assert_eq!(live.answer(&b, ana, 0, 0), Err(LiveError::NotNow));
    command(&mut live, &b, Command::Start);
    assert_eq!(live.answer(&b, ana, 1, 0), Err(LiveError::NotNow));
    assert_eq!(live.answer(&b, ana, 0, 4), Err(LiveError::BadMessage));
    assert_eq!(live.answer(&b, 9, 0, 0), Err(LiveError::UnknownToken));
    live.answer(&b, ana, 0, 1).unwrap();
    assert_eq!(live.answer(&b, ana, 0, 2), Err(LiveError::AlreadyAnswered));
    command(&mut live, &b, Command::Reveal);
    assert_eq!(live.answer(&b, ana, 0, 2), Err(LiveError::NotNow));
}

#[test]
fn a_team_answers_with_what_most_of_its_players_chose() {
    let b = bank();
    let mut live = lobby(2);
    // Team 1: Ana, Cy, Ed; team 2: Bo, Di.
    let [ana, bo, cy, di, ed] = ["Ana", "Bo", "Cy", "Di", "Ed"].map(|n| join(&mut live, n));
    command(&mut live, &b, Command::Start);
    let (right, wrong) = right_and_wrong(&live, &b);
    live.answer(&b, ana, 0, wrong).unwrap();
    live.answer(&b, cy, 0, right).unwrap();
    live.answer(&b, ed, 0, right).unwrap();
    // A tie goes to the choice reached first.
    live.answer(&b, bo, 0, wrong).unwrap();
    live.answer(&b, di, 0, right).unwrap();
    command(&mut live, &b, Command::Reveal);
    let presenter = live.host_view(&b).session.presenter(&b).unwrap();
    assert_eq!(presenter.teams[0].answer, TeamAnswer::Chose(right));
    assert_eq!(presenter.teams[1].answer, TeamAnswer::Chose(wrong));
    assert_eq!(presenter.teams[0].points, Some(1));
    assert_eq!(presenter.teams[1].points, Some(0));
}

#[test]
fn a_right_answer_is_a_point_for_its_player_at_the_reveal() {
    let b = bank();
    let mut live = lobby(2);
    let (ana, bo) = (join(&mut live, "Ana"), join(&mut live, "Bo"));
    command(&mut live, &b, Command::Start);
    let (right, wrong) = right_and_wrong(&live, &b);
    live.answer(&b, ana, 0, right).unwrap();
    live.answer(&b, bo, 0, wrong).unwrap();
    assert_eq!(points(&live, &b, ana), Some(0), "not before the reveal");
    command(&mut live, &b, Command::Reveal);
    assert_eq!(
        (points(&live, &b, ana), points(&live, &b, bo)),
        (Some(1), Some(0))
    );
    command(&mut live, &b, Command::SetScoring(Scoring::NoScores));
    assert_eq!(points(&live, &b, ana), None, "no scores shown");
}

#[test]
fn a_latecomer_joins_at_the_next_question() {
    let b = bank();
    let mut live = lobby(2);
    join(&mut live, "Ana");
    command(&mut live, &b, Command::Start);
    let late = join(&mut live, "Late");
    let screen = live.player_view(&b, late).unwrap().screen;
    assert_eq!(
        screen,
        PlayerScreen::Waiting(LateJoin {
            number: 2,
            total: 5
        })
    );
    assert_eq!(live.answer(&b, late, 0, 0), Err(LiveError::NotNow));
    assert_eq!(live.host_view(&b).can_answer, 1);
    command(&mut live, &b, Command::Reveal);
    command(&mut live, &b, Command::Next);
    assert!(matches!(
        live.player_view(&b, late).unwrap().screen,
        PlayerScreen::Question(Asking { .. })
    ));
    assert_eq!(live.answer(&b, late, 1, 0), Ok(LiveOutcome::Player(late)));
    assert_eq!(live.host_view(&b).can_answer, 2);
}

#[test]
fn answers_stop_when_time_is_up() {
    let b = bank();
    let mut c = config(2, 5);
    c.timer = Timer::Secs30;
    let mut live = Live::new(c, "123456".into(), "k".into()).unwrap();
    let ana = join(&mut live, "Ana");
    command(&mut live, &b, Command::Start);
    assert_eq!(live.tick(&b, 10_000), LiveOutcome::Ignored);
    match live.player_view(&b, ana).unwrap().screen {
        PlayerScreen::Question(Asking {
            remaining_ms,
            running,
            ..
        }) => assert_eq!((remaining_ms, running), (Some(20_000), true)),
        s => panic!("{s:?}"),
    }
    assert_eq!(live.tick(&b, 20_000), LiveOutcome::Everyone);
    assert_eq!(live.answer(&b, ana, 0, 0), Err(LiveError::TimeUp));
}

#[test]
fn a_player_comes_back_by_token_with_their_points_mid_question() {
    let b = bank();
    let mut live = lobby(2);
    let ana = join(&mut live, "Ana");
    command(&mut live, &b, Command::Start);
    let (right, _) = right_and_wrong(&live, &b);
    live.answer(&b, ana, 0, right).unwrap();
    command(&mut live, &b, Command::Reveal);
    command(&mut live, &b, Command::Next);
    live.answer(&b, ana, 1, 0).unwrap();

    // The hub stops and starts: the session comes back from its JSON.
    let saved = serde_json::to_string(&live).unwrap();
    let back: Live = serde_json::from_str(&saved).unwrap();
    assert_eq!(back.validate(&b), Ok(()));
    let again = back.player("token-Ana").expect("the token still names Ana");
    let view = back.player_view(&b, again).unwrap();
    assert_eq!((view.nickname.as_str(), view.points), ("Ana", Some(1)));
    match view.screen {
        PlayerScreen::Question(Asking { question, .. }) => {
            assert_eq!((question.index, question.chosen), (1, Some(0)));
        }
        s => panic!("{s:?}"),
    }
    assert_eq!(back.player("token-Nobody"), None);
}

#[test]
fn a_damaged_saved_session_is_refused() {
    let b = bank();
    let mut live = lobby(2);
    join(&mut live, "Ana");
    command(&mut live, &b, Command::Start);
    let good: serde_json::Value = serde_json::to_value(&live).unwrap();
    let damage: [fn(&mut serde_json::Value); 4] = [
        |v| v["players"][0]["team"] = 9.into(),
        |v| v["players"][0]["nickname"] = "<i>x</i>".into(),
        |v| v["answers"] = serde_json::json!([{"player": 3, "choice": 0}]),
        |v| {
            v["answers"] =
                serde_json::json!([{"player": 0, "choice": 0}, {"player": 0, "choice": 1}])
        },
    ];
    for (i, d) in damage.iter().enumerate() {
        let mut v = good.clone();
        d(&mut v);
        let live: Live = serde_json::from_value(v).unwrap();
        assert!(live.validate(&b).is_err(), "damage {i}");
    }
}

#[test]
fn at_the_end_every_player_is_forgotten() {
    let b = bank();
    let mut live = lobby(2);
    let ana = join(&mut live, "Ana");
    join(&mut live, "Bo");
    command(&mut live, &b, Command::Start);
    let (right, _) = right_and_wrong(&live, &b);
    live.answer(&b, ana, 0, right).unwrap();
    command(&mut live, &b, Command::Reveal);
    command(&mut live, &b, Command::EndEarly);
    assert_eq!(live.session().phase(), Phase::Finished);
    match live.player_view(&b, ana).unwrap().screen {
        PlayerScreen::Finished(Ending {
            right,
            asked,
            team_rank,
            teams,
        }) => assert_eq!((right, asked, team_rank, teams), (1, 1, Some(1), 2)),
        s => panic!("{s:?}"),
    }
    live.forget_players();
    assert_eq!(live.player("token-Ana"), None);
    let json = serde_json::to_string(&live).unwrap();
    assert!(!json.contains("Ana") && !json.contains("token-"), "{json}");
    assert_eq!(live.host_view(&b).players, 2);
    assert_eq!(live.join("Cy", None, "t".into()), Err(LiveError::NoSession));
}

#[test]
fn only_the_exact_key_is_the_host() {
    let live = lobby(2);
    assert!(live.is_host("host-key"));
    for wrong in ["", "host-ke", "host-key ", "HOST-KEY", "host-kex"] {
        assert!(!live.is_host(wrong), "{wrong:?}");
    }
    assert!(live.code_matches("123 456"));
    assert!(!live.code_matches("123457"));
}

#[test]
fn a_whole_session_runs_to_its_end_with_points_kept() {
    let b = bank();
    let mut live = lobby(2);
    let players: Vec<usize> = ["Ana", "Bo", "Cy"]
        .iter()
        .map(|n| join(&mut live, n))
        .collect();
    command(&mut live, &b, Command::Start);
    for q in 0..live.session().len() {
        let (right, wrong) = right_and_wrong(&live, &b);
        for &p in &players {
            // Ana is always right, Bo never, Cy on even questions.
            let choice = match p {
                0 => right,
                1 => wrong,
                _ if q % 2 == 0 => right,
                _ => wrong,
            };
            live.answer(&b, p, index(&live), choice).unwrap();
        }
        command(&mut live, &b, Command::Reveal);
        assert_eq!(
            live.session().phase(),
            Phase::Question {
                index: q,
                stage: Stage::Revealed
            }
        );
        command(&mut live, &b, Command::Next);
    }
    let rights: Vec<usize> = (players.iter())
        .map(|&p| match live.player_view(&b, p).unwrap().screen {
            PlayerScreen::Finished(Ending { right, .. }) => right,
            s => panic!("{s:?}"),
        })
        .collect();
    assert_eq!(rights, [5, 0, 3]);
}

#[test]
fn every_message_reads_back_as_itself() {
    let b = bank();
    let mut live = lobby(2);
    let ana = join(&mut live, "Ana");
    let client = [
        ClientMsg::Open {
            config: config(3, 10),
        },
        ClientMsg::Host { key: "k".into() },
        ClientMsg::Command {
            command: Command::SetScoring(Scoring::NoScores),
        },
        ClientMsg::Command {
            command: Command::Reveal,
        },
        ClientMsg::Close,
        ClientMsg::Look {
            code: "123456".into(),
        },
        ClientMsg::Join {
            code: "1".into(),
            nickname: "Ana".into(),
            team: Some(1),
        },
        ClientMsg::Rejoin { token: "t".into() },
        ClientMsg::Answer {
            question: 2,
            choice: 1,
        },
        ClientMsg::Ping,
    ];
    for m in client {
        assert_eq!(ClientMsg::parse(&m.to_json()), Ok(m));
    }
    let server = [
        ServerMsg::Opened("k".into(), live.host_view(&b)),
        ServerMsg::Welcome("t".into(), live.player_view(&b, ana).unwrap()),
        ServerMsg::Room(Team::defaults(2)),
        ServerMsg::Refused(LiveError::TooFast),
        ServerMsg::Closed,
        ServerMsg::Pong,
    ];
    for m in server {
        assert_eq!(serde_json::from_str::<ServerMsg>(&m.to_json()).unwrap(), m);
    }
}

#[test]
fn a_frame_that_is_not_a_message_is_refused() {
    let big = format!(r#"{{"t":"look","code":"{}"}}"#, "1".repeat(MAX_FRAME_BYTES));
    for frame in [
        "",
        "{}",
        "null",
        r#"{"t":"fly"}"#,
        r#"{"t":"answer","question":-1,"choice":0}"#,
        &big,
    ] {
        assert_eq!(
            ClientMsg::parse(frame),
            Err(LiveError::BadMessage),
            "{frame:.40}"
        );
    }
}

proptest! {
    #[test]
    fn any_frame_parses_or_is_refused_without_a_panic(frame in ".{0,300}") {
        let _ = ClientMsg::parse(&frame);
    }

    #[test]
    fn any_nickname_is_kept_clean_or_refused(raw in ".{0,40}") {
        if let Ok(name) = check_nickname(&raw) {
            prop_assert!(!name.is_empty() && name.chars().count() <= MAX_NICKNAME_CHARS);
            prop_assert!(!name.contains(['<', '>', '&']));
            prop_assert!(!name.chars().any(char::is_control));
        }
    }
}
