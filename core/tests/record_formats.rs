//! The exact JSON of every stored record and data asset. Readers' phones
//! keep what earlier versions of Lantern wrote, so each fixture here is a
//! record as it sits on a device: it must decode to the value below and
//! encode back to the same bytes. A change that breaks one needs a new record
//! version and a migration (and a fixture of the old form that the migration
//! reads), never an edited fixture.

mod common;

use common::{bank, bank_with_feedback};
use lantern_core::content::Report;
use lantern_core::quiz::bank::{Audience, Bank, Topic};
use lantern_core::quiz::session::{
    Event as SessionEvent, Scoring, Session, SessionConfig, SessionRecord, Team, Timer,
};
use lantern_core::quiz::solo::{Event, Quiz, QuizConfig};
use lantern_core::store::{
    decode, encode, Bookmarks, Cached, CachedQuiz, CachedReport, Contact, Contacts, CurrentQuiz,
    CurrentSession, Decoded, FacilitatorPrefs, FinishedSessions, History, LiveHost, LiveSeat,
    Reading, Record, Settings, Theme,
};
use std::fmt::Debug;
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    read_fixture("records", name)
}

fn read_fixture(folder: &str, name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder)
        .join(format!("{name}.json"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .trim_end()
        .to_string()
}

/// The stored bytes are the fixture's, and they read back as `value`.
fn holds<T: Record + PartialEq + Debug + Clone>(name: &str, value: T) {
    let stored = fixture(name);
    assert_eq!(encode(&value), stored, "{name}: the stored form changed");
    assert_eq!(
        decode::<T>(Some(&stored)),
        Decoded::Current(value),
        "{name}: the stored form no longer reads back"
    );
}

/// A record in an older form reads as `value`, which is then stored as the
/// fixture `current`.
fn migrates<T: Record + PartialEq + Debug + Clone>(old: &str, current: &str, value: T) {
    assert_eq!(
        decode::<T>(Some(&fixture(old))),
        Decoded::Migrated(value.clone()),
        "{old}: the old form no longer migrates"
    );
    holds(current, value);
}

fn quiz_config() -> QuizConfig {
    QuizConfig {
        audience: Some(Audience::Child),
        topics: vec![Topic::Grooming, Topic::Privacy],
        length: 4,
        seed: 7,
    }
}

fn session_config() -> SessionConfig {
    SessionConfig {
        audience: Some(Audience::Child),
        topics: vec![Topic::Grooming, Topic::Privacy],
        length: 5,
        teams: Team::defaults(3),
        timer: Timer::Secs60,
        scoring: Scoring::Points,
        show_discussion: false,
        seed: 11,
    }
}

fn go(s: &mut Session, event: SessionEvent, now_ms: u64) {
    s.update(&bank(), event, now_ms).expect("a valid step");
}

/// Started, past the note, with the first question answered by two teams.
fn answering() -> Session {
    let mut s = Session::new(session_config(), true).unwrap();
    go(&mut s, SessionEvent::Start, 1_700_000_000_000);
    go(&mut s, SessionEvent::Record { team: 0, choice: 2 }, 0);
    go(&mut s, SessionEvent::Skip(1), 0);
    go(&mut s, SessionEvent::SelectTeam(2), 0);
    go(&mut s, SessionEvent::Tick { elapsed_ms: 12_500 }, 0);
    // A running timer is never stored: a session reads back paused.
    go(&mut s, SessionEvent::Suspend, 0);
    s
}

fn finished(scoring: Scoring, id_ms: u64) -> (Session, SessionRecord) {
    let mut config = session_config();
    config.scoring = scoring;
    config.timer = Timer::Off;
    let mut s = Session::new(config, true).unwrap();
    go(&mut s, SessionEvent::Start, id_ms);
    let mut record = None;
    while !s.is_finished() {
        go(&mut s, SessionEvent::Record { team: 0, choice: 0 }, 0);
        go(&mut s, SessionEvent::Record { team: 1, choice: 1 }, 0);
        go(&mut s, SessionEvent::Reveal, 0);
        if let Ok(lantern_core::quiz::session::Outcome::Finished(r)) =
            s.update(&bank(), SessionEvent::Next, id_ms + 600_000)
        {
            record = Some(r);
        }
    }
    (s, record.expect("the last Next finishes"))
}

#[test]
fn settings() {
    holds("settings", Settings::default());
    holds(
        "settings-high-contrast",
        Settings {
            text_size: 4,
            theme: Theme::HighContrast,
            reduce_motion: true,
            hide_from_back: true,
            lang: None,
        },
    );
    // A picked language (issue 18): one more field, only once picked.
    holds(
        "settings-lang",
        Settings {
            lang: Some("th".into()),
            ..Settings::default()
        },
    );
    for (name, theme) in [("light", Theme::Light), ("dark", Theme::Dark)] {
        holds(
            &format!("settings-{name}"),
            Settings {
                text_size: 0,
                theme,
                reduce_motion: false,
                hide_from_back: true,
                lang: None,
            },
        );
    }
}

#[test]
fn bookmarks_and_reading() {
    holds(
        "bookmarks",
        Bookmarks {
            sections: vec!["at-a-glance".into(), "introduction".into()],
        },
    );
    holds("reading-none", Reading::default());
    holds(
        "reading",
        Reading {
            last_section: Some("sexual-extortion".into()),
        },
    );
}

#[test]
fn contacts() {
    // As typed by an earlier version, which kept a line break in a note.
    let mut list = Contacts::default();
    let mali = Contact {
        id: 0,
        name: "Aunt \"Mali\" — school".into(),
        phone: "+66 (0) 2-123.4567".into(),
        note: "Weekdays\nafter 4".into(),
    };
    list.add(mali, 1);
    list.add(Contact::new("Counsellor", "1234", "").unwrap(), 2);
    // Version 1 had no ids: they are given in order.
    migrates("contacts", "contacts-v2", list);
}

fn mini_report() -> Report {
    let md = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini.md"),
    )
    .unwrap();
    lantern_core::markdown::parse_report("mini.md", &md).unwrap()
}

#[test]
fn cached_data() {
    let report = CachedReport(Cached {
        name: "data/report.en.0123456789abcdef.json".into(),
        data: mini_report(),
    });
    holds("cached-report-v4", report);
    holds(
        "cached-quiz-v3",
        CachedQuiz(Cached {
            name: "data/quiz.en.fedcba9876543210.json".into(),
            data: bank_with_feedback(),
        }),
    );
    // Copies older builds kept: version 1 held the asset as an escaped
    // string, version 2 as objects naming each field (and, from one build,
    // as arrays), version 3 countries with no name in the reader's
    // language. None is read, none is damage: each is left for the page's
    // asset to replace, with no notice.
    for old in [
        "cached-report",
        "cached-report-v1-mini",
        "cached-report-v2",
        "cached-report-v2-themes",
        "cached-report-v3",
    ] {
        assert_eq!(
            decode::<CachedReport>(Some(&fixture(old))),
            Decoded::Migrated(CachedReport::default()),
            "{old}"
        );
    }
    for old in [
        "cached-quiz",
        "cached-quiz-v2",
        "cached-quiz-v2-bank",
        "cached-quiz-v2-feedback",
    ] {
        assert_eq!(
            decode::<CachedQuiz>(Some(&fixture(old))),
            Decoded::Migrated(CachedQuiz::default()),
            "{old}"
        );
    }
    // A copy of this version that is not whole is damage, set aside.
    let cut = &fixture("cached-quiz-v3")[..300];
    assert!(matches!(
        decode::<CachedQuiz>(Some(cut)),
        Decoded::Corrupt(_)
    ));
}

#[test]
fn solo_quiz() {
    let b = bank();
    holds("quiz-none", CurrentQuiz(None));
    let mut q = Quiz::start(&b, quiz_config(), 1_700_000_000_000).unwrap();
    q.update(&b, Event::Answer(1), 0);
    q.update(&b, Event::Next, 0);
    q.update(&b, Event::Answer(0), 0);
    q.update(&b, Event::Back, 0);
    holds("quiz-in-progress", CurrentQuiz(Some(q.clone())));
    let mut all = Quiz::start(
        &b,
        QuizConfig {
            audience: None,
            topics: vec![],
            length: 3,
            seed: 3,
        },
        1_700_000_000_000,
    )
    .unwrap();
    let mut history = History::default();
    for _ in 0..3 {
        all.update(&b, Event::Answer(0), 0);
        if let lantern_core::quiz::solo::Outcome::Finished(entry) =
            all.update(&b, Event::Next, 1_700_000_123_456)
        {
            history.push(entry);
        }
    }
    assert!(all.is_finished());
    holds("quiz-finished", CurrentQuiz(Some(all)));
    while !q.is_finished() {
        q.update(&b, Event::Answer(2), 0);
        if let lantern_core::quiz::solo::Outcome::Finished(entry) =
            q.update(&b, Event::Next, 1_700_000_999_000)
        {
            history.push(entry);
        }
    }
    assert_eq!(history.entries().len(), 2);
    holds("quiz-history", history);
    holds("quiz-history-empty", History::default());
}

#[test]
fn facilitated_sessions() {
    holds("session-none", CurrentSession(None));
    let mut setup = Session::new(session_config(), false).unwrap();
    go(
        &mut setup,
        SessionEvent::RenameTeam {
            team: 1,
            name: "Ngā \"Tigers\" 🐯".into(),
        },
        0,
    );
    go(&mut setup, SessionEvent::SetScoring(Scoring::NoScores), 0);
    holds("session-setup", CurrentSession(Some(setup.clone())));
    // Earlier builds stored sessions at the note, after Start; one reads
    // back as the setup it came from, where the note is read now.
    assert_eq!(
        decode::<CurrentSession>(Some(&fixture("session-safeguarding"))),
        Decoded::Current(CurrentSession(Some(setup)))
    );
    let mut s = answering();
    holds("session-answering", CurrentSession(Some(s.clone())));
    go(&mut s, SessionEvent::Tick { elapsed_ms: 60_000 }, 0);
    go(&mut s, SessionEvent::Reveal, 0);
    holds("session-revealed", CurrentSession(Some(s)));
    let (ranked, ranked_record) = finished(Scoring::Points, 1_700_000_000_000);
    holds("session-finished", CurrentSession(Some(ranked)));
    let (_, group_record) = finished(Scoring::NoScores, 1_700_100_000_000);
    let mut all = FinishedSessions::default();
    all.push(ranked_record);
    all.push(group_record);
    holds("sessions-finished", all);
    holds("sessions-finished-empty", FinishedSessions::default());
    holds(
        "facilitator-prefs",
        FacilitatorPrefs {
            safeguarding_dismissed: true,
        },
    );
}

#[test]
fn live_quiz_records_keep_their_bytes() {
    holds(
        "live-seat",
        LiveSeat {
            token: Some("0f1e2d3c4b5a69788796a5b4c3d2e1f0".into()),
        },
    );
    holds("live-seat-none", LiveSeat::default());
    holds(
        "live-host",
        LiveHost {
            key: Some("00112233445566778899aabbccddeeff".into()),
        },
    );
}

/// What the build writes: each struct as an array of its fields, the bank
/// as its list of questions.
#[test]
fn data_assets_keep_their_bytes() {
    let report = read_fixture("data", "mini-report-v4");
    assert_eq!(serde_json::to_string(&mini_report()).unwrap(), report);
    assert_eq!(
        serde_json::from_str::<Report>(&report).unwrap(),
        mini_report()
    );
    let bank = read_fixture("data", "bank-v3");
    assert_eq!(serde_json::to_string(&bank_with_feedback()).unwrap(), bank);
    assert_eq!(
        serde_json::from_str::<Bank>(&bank).unwrap(),
        bank_with_feedback()
    );
}

/// Assets older builds wrote (objects naming fields; then arrays that left
/// out empty lists; then countries without a local name) are refused, never
/// read as something else. Their stored copies are of older record versions
/// and are not read at all.
#[test]
fn data_assets_of_earlier_builds_are_refused() {
    for old in ["mini-report", "mini-report-positional", "mini-report-v3"] {
        assert!(
            serde_json::from_str::<Report>(&read_fixture("data", old)).is_err(),
            "{old}"
        );
    }
    for old in ["bank", "bank-feedback", "bank-positional"] {
        assert!(
            serde_json::from_str::<Bank>(&read_fixture("data", old)).is_err(),
            "{old}"
        );
    }
}
