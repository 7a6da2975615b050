//! The facilitated session state machine, driven through events as the
//! presenter screen would.

mod common;

use common::{bank, bank_with_feedback};
use lantern_core::quiz::bank::{Audience, Bank, Kind, Topic};
use lantern_core::quiz::session::{
    EndView, Event, Outcome, Phase, PresenterView, Scoring, Session, SessionConfig, SessionRecord,
    SetupError, SheetChoice, SheetQuestion, Stage, Team, TeamAnswer, TeamColour, TeamSymbol, Timer,
    HARDEST_SHOWN, MAX_TEAMS,
};
use lantern_core::quiz::solo::{self, Quiz, QuizConfig, ResumeError};
use lantern_core::store::{
    decode, encode, guard, CurrentSession, Decoded, FacilitatorPrefs, FinishedSessions, Guarded,
};
use std::collections::HashSet;

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("serialises")
}

fn config(teams: usize, length: usize, seed: u64) -> SessionConfig {
    SessionConfig {
        length,
        teams: Team::defaults(teams),
        ..SessionConfig::new(seed)
    }
}

fn ok(s: &mut Session, b: &Bank, event: Event) -> Outcome {
    s.update(b, event, 0).unwrap()
}

/// Started, past the safeguarding note, on question 1.
fn started(config: SessionConfig) -> Session {
    let b = bank();
    let mut s = Session::new(config, true).unwrap();
    assert_eq!(s.update(&b, Event::Start, 1_000), Ok(Outcome::Started));
    s
}

/// A session an earlier build stored at the safeguarding note, after
/// `Start` (the note is read in setup now): the stored form, with `timer`.
fn at_the_note(timer: Timer) -> Session {
    let b = bank();
    let mut c = config(2, 5, 1);
    c.timer = timer;
    let mut s = Session::new(c, true).unwrap();
    ok(&mut s, &b, Event::Start);
    // As stored then: the note up, its question not yet, no countdown.
    let mut v: serde_json::Value = serde_json::from_str(&to_json(&s)).unwrap();
    v["safeguarding_dismissed"] = false.into();
    v["phase"] = "safeguarding".into();
    v.as_object_mut().unwrap().remove("selected");
    v.as_object_mut().unwrap().remove("timer");
    let s: Session = serde_json::from_value(v).unwrap();
    assert_eq!(s.validate(&b), Ok(()));
    s
}

/// Each team's answer as the reveal will show it: a copy is revealed, since
/// until then the screen hides which choice a team made.
fn chosen(s: &Session, b: &Bank) -> Vec<TeamAnswer> {
    let mut shown = s.clone();
    shown.update(b, Event::Reveal, 0).unwrap();
    view(&shown, b).teams.iter().map(|t| t.answer).collect()
}

/// Grooming questions only: all of them have four choices.
fn four_choices(teams: usize) -> Session {
    let mut c = config(teams, 5, 1);
    c.topics = vec![Topic::Grooming];
    started(c)
}

fn view(s: &Session, b: &Bank) -> PresenterView {
    s.presenter(b).expect("a question is up")
}

/// The displayed index of the right answer to the question on screen.
fn right(s: &Session, b: &Bank) -> usize {
    let v = view(s, b);
    let q = b.get(&v.id).unwrap();
    let text = &q.choices[q.answer as usize];
    v.choices.iter().position(|c| &c.text == text).unwrap()
}

fn wrong(s: &Session, b: &Bank) -> usize {
    (right(s, b) + 1) % view(s, b).choices.len()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum A {
    Right,
    Wrong,
    Skip,
    Blank,
}

/// Records each team's answer to the question on screen and reveals it.
fn answer(s: &mut Session, b: &Bank, answers: &[A]) -> Outcome {
    for (team, a) in answers.iter().enumerate() {
        let event = match a {
            A::Right => Event::Record {
                team,
                choice: right(s, b),
            },
            A::Wrong => Event::Record {
                team,
                choice: wrong(s, b),
            },
            A::Skip => Event::Skip(team),
            A::Blank => continue,
        };
        assert_eq!(ok(s, b, event), Outcome::Changed);
    }
    ok(s, b, Event::Reveal)
}

/// Plays to the end: `pick(question, team)` decides each answer. Returns the
/// last outcome (the finish).
fn play(s: &mut Session, b: &Bank, pick: impl Fn(&PresenterView, usize) -> A) -> Outcome {
    let mut last = Outcome::Ignored;
    while !s.is_finished() {
        let v = view(s, b);
        let answers: Vec<A> = (0..v.teams.len()).map(|t| pick(&v, t)).collect();
        assert!(matches!(answer(s, b, &answers), Outcome::Revealed(_)));
        last = s.update(b, Event::Next, 99_000).unwrap();
    }
    last
}

fn finished_record(outcome: Outcome) -> SessionRecord {
    match outcome {
        Outcome::Finished(r) => r,
        other => panic!("not finished: {other:?}"),
    }
}

// Teams.

#[test]
fn default_teams_each_have_their_own_colour_and_symbol() {
    let teams = Team::defaults(MAX_TEAMS);
    assert_eq!(teams.len(), 8);
    assert_eq!(teams[0].name, "Team 1");
    assert_eq!(teams[7].name, "Team 8");
    let colours: HashSet<TeamColour> = teams.iter().map(|t| t.colour).collect();
    let symbols: HashSet<TeamSymbol> = teams.iter().map(|t| t.symbol).collect();
    assert_eq!((colours.len(), symbols.len()), (8, 8));
    assert_eq!(Team::defaults(20).len(), MAX_TEAMS);
}

#[test]
fn the_default_config_is_valid() {
    let c = SessionConfig::new(7);
    assert_eq!(c.validate(), Ok(()));
    assert_eq!(c.teams.len(), 2);
    assert_eq!((c.timer, c.scoring), (Timer::Off, Scoring::Points));
}

#[test]
fn adding_a_team_takes_the_lowest_free_name_and_a_free_colour_and_symbol() {
    let b = bank();
    let mut s = Session::new(config(3, 10, 1), false).unwrap();
    ok(&mut s, &b, Event::RemoveTeam(1));
    assert_eq!(ok(&mut s, &b, Event::AddTeam), Outcome::Changed);
    let teams = &s.config().teams;
    assert_eq!(teams.len(), 3);
    assert_eq!(teams[2].name, "Team 2");
    assert_eq!(teams[2].colour, TeamColour::ALL[1]);
    assert_eq!(teams[2].symbol, TeamSymbol::ALL[1]);
    assert_eq!(s.config().validate(), Ok(()));
}

#[test]
fn there_can_be_at_most_eight_teams() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), false).unwrap();
    for _ in 2..8 {
        assert_eq!(ok(&mut s, &b, Event::AddTeam), Outcome::Changed);
    }
    assert!(!s.config().can_add_team());
    assert_eq!(
        s.update(&b, Event::AddTeam, 0),
        Err(SetupError::TooManyTeams)
    );
    assert_eq!(s.config().teams.len(), 8);
    assert_eq!(s.config().validate(), Ok(()));
}

#[test]
fn there_must_be_at_least_two_teams() {
    let b = bank();
    let mut s = Session::new(config(3, 10, 1), false).unwrap();
    assert_eq!(ok(&mut s, &b, Event::RemoveTeam(0)), Outcome::Changed);
    assert_eq!(s.config().teams[0].name, "Team 2");
    assert!(!s.config().can_remove_team());
    assert_eq!(
        s.update(&b, Event::RemoveTeam(0), 0),
        Err(SetupError::TooFewTeams)
    );
    assert_eq!(
        s.update(&b, Event::RemoveTeam(5), 0),
        Err(SetupError::NoSuchTeam)
    );
}

#[test]
fn a_config_with_too_few_or_too_many_teams_is_rejected() {
    let mut one = config(2, 10, 1);
    one.teams.pop();
    assert_eq!(Session::new(one, false), Err(SetupError::TooFewTeams));
    let mut nine = config(8, 10, 1);
    nine.teams.push(Team {
        name: "Team 9".into(),
        colour: TeamColour::Blue,
        symbol: TeamSymbol::Circle,
    });
    assert_eq!(Session::new(nine, false), Err(SetupError::TooManyTeams));
}

#[test]
fn a_config_where_two_teams_share_a_colour_or_symbol_is_rejected() {
    let mut c = config(3, 10, 1);
    c.teams[2].colour = c.teams[0].colour;
    assert_eq!(c.validate(), Err(SetupError::SharedLook));
    let mut c = config(3, 10, 1);
    c.teams[2].symbol = c.teams[1].symbol;
    assert_eq!(Session::new(c, false), Err(SetupError::SharedLook));
}

#[test]
fn renaming_a_team_trims_the_name() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), false).unwrap();
    let rename = Event::RenameTeam {
        team: 1,
        name: "  Tigers \n".into(),
    };
    assert_eq!(ok(&mut s, &b, rename), Outcome::Changed);
    assert_eq!(s.config().teams[1].name, "Tigers");
    let same = Event::RenameTeam {
        team: 1,
        name: "Tigers".into(),
    };
    assert_eq!(ok(&mut s, &b, same), Outcome::Ignored);
}

#[test]
fn a_blank_team_name_is_rejected() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), false).unwrap();
    for name in ["", "   ", "\t\n"] {
        let e = Event::RenameTeam {
            team: 0,
            name: name.into(),
        };
        assert_eq!(s.update(&b, e, 0), Err(SetupError::EmptyName), "{name:?}");
    }
    assert_eq!(s.config().teams[0].name, "Team 1");
}

#[test]
fn a_team_name_may_have_thirty_characters_and_no_more() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), false).unwrap();
    let thirty = "é".repeat(30);
    let e = Event::RenameTeam {
        team: 0,
        name: thirty.clone(),
    };
    assert_eq!(ok(&mut s, &b, e), Outcome::Changed);
    let e = Event::RenameTeam {
        team: 0,
        name: "x".repeat(31),
    };
    assert_eq!(s.update(&b, e, 0), Err(SetupError::NameTooLong));
    assert_eq!(s.config().teams[0].name, thirty);
}

#[test]
fn team_names_are_unique_ignoring_case() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), false).unwrap();
    let e = Event::RenameTeam {
        team: 1,
        name: "team 1".into(),
    };
    assert_eq!(s.update(&b, e, 0), Err(SetupError::DuplicateName));
    let e = Event::RenameTeam {
        team: 7,
        name: "Owls".into(),
    };
    assert_eq!(s.update(&b, e, 0), Err(SetupError::NoSuchTeam));
}

#[test]
fn a_control_character_never_leaves_a_name_that_start_refuses() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), true).unwrap();
    let e = Event::RenameTeam {
        team: 0,
        name: "\u{1} Owls".into(),
    };
    s.update(&b, e, 0).unwrap();
    assert_eq!(s.config().teams[0].name, "Owls");
    assert_eq!(s.update(&b, Event::Start, 0), Ok(Outcome::Started));
}

#[test]
fn names_that_only_differ_by_invisible_characters_are_one_team() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), false).unwrap();
    let rename = |team, name: &str| Event::RenameTeam {
        team,
        name: name.into(),
    };
    s.update(&b, rename(0, "Tigers"), 0).unwrap();
    assert_eq!(
        s.update(&b, rename(1, "Ti\u{200B}gers"), 0),
        Err(SetupError::DuplicateName)
    );
    assert_eq!(
        s.update(&b, rename(1, "\u{200B}\u{202E}"), 0),
        Err(SetupError::EmptyName)
    );
}

#[test]
fn length_must_be_between_five_and_thirty() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), false).unwrap();
    for bad in [0, 4, 31] {
        assert_eq!(
            s.update(&b, Event::SetLength(bad), 0),
            Err(SetupError::LengthOutOfRange)
        );
    }
    assert_eq!(ok(&mut s, &b, Event::SetLength(5)), Outcome::Changed);
    assert_eq!(ok(&mut s, &b, Event::SetLength(30)), Outcome::Changed);
    assert_eq!(s.config().length, 30);
    assert_eq!(
        Session::new(config(2, 31, 1), false),
        Err(SetupError::LengthOutOfRange)
    );
}

#[test]
fn setup_edits_are_ignored_once_started() {
    let b = bank();
    let mut s = started(config(2, 5, 1));
    let before = s.config().clone();
    for e in [
        Event::AddTeam,
        Event::RemoveTeam(0),
        Event::RenameTeam {
            team: 0,
            name: "Owls".into(),
        },
        Event::SetAudience(Some(Audience::Teen)),
        Event::SetTopics(vec![Topic::Privacy]),
        Event::SetLength(20),
        Event::SetTimer(Timer::Secs60),
        Event::Start,
    ] {
        assert_eq!(ok(&mut s, &b, e.clone()), Outcome::Ignored, "{e:?}");
    }
    assert_eq!(s.config(), &before);
}

#[test]
fn scoring_and_discussion_can_change_during_the_session() {
    let b = bank();
    let mut s = started(config(2, 5, 1));
    assert_eq!(
        ok(&mut s, &b, Event::SetScoring(Scoring::NoScores)),
        Outcome::Changed
    );
    assert_eq!(
        ok(&mut s, &b, Event::SetShowDiscussion(false)),
        Outcome::Changed
    );
    assert!(view(&s, &b).teams.iter().all(|t| t.points.is_none()));
}

// Starting.

#[test]
fn starting_picks_the_same_questions_and_orders_as_a_solo_quiz_with_the_same_seed() {
    let b = bank();
    for seed in [1, 2, 99] {
        let mut s = started(config(2, 8, seed));
        assert_eq!(s.len(), 8);
        assert_eq!(s.started_at_ms(), Some(1_000));
        let solo_config = QuizConfig {
            audience: None,
            topics: vec![],
            length: 8,
            seed,
        };
        let mut quiz = Quiz::start(&b, solo_config, 0).unwrap();
        assert!(s.question_ids().eq(quiz.question_ids()));
        while !s.is_finished() {
            let mine: Vec<String> = view(&s, &b).choices.into_iter().map(|c| c.text).collect();
            assert_eq!(mine, quiz.current(&b).unwrap().choices);
            answer(&mut s, &b, &[A::Blank, A::Blank]);
            ok(&mut s, &b, Event::Next);
            quiz.update(&b, solo::Event::Answer(0), 0);
            quiz.update(&b, solo::Event::Next, 0);
        }
    }
}

#[test]
fn audience_and_topics_filter_the_questions_and_length_is_capped() {
    let mut c = config(2, 30, 3);
    c.audience = Some(Audience::Child);
    c.topics = vec![Topic::Privacy];
    let s = started(c);
    assert_eq!(s.len(), 3);
    assert!(s.question_ids().all(|id| id.starts_with("c-priv")));
}

#[test]
fn starting_with_no_matching_questions_is_an_error() {
    let b = bank();
    let mut s = Session::new(config(2, 10, 1), true).unwrap();
    ok(&mut s, &b, Event::SetAudience(Some(Audience::Educator)));
    assert_eq!(s.update(&b, Event::Start, 0), Err(SetupError::NoQuestions));
    assert_eq!(s.phase(), Phase::Setup);
    assert!(!s.has_started());
}

#[test]
fn true_false_choices_keep_their_order() {
    let b = bank();
    let mut c = config(2, 5, 1);
    c.topics = vec![Topic::SexualExtortion, Topic::Privacy];
    for seed in 0..20 {
        c.seed = seed;
        let mut s = started(c.clone());
        while !s.is_finished() {
            let v = view(&s, &b);
            if v.kind == Kind::TrueFalse {
                let texts: Vec<&str> = v.choices.iter().map(|c| c.text.as_str()).collect();
                assert_eq!(texts, ["True", "False"]);
            }
            answer(&mut s, &b, &[A::Blank, A::Blank]);
            ok(&mut s, &b, Event::Next);
        }
    }
}

// Safeguarding.

#[test]
fn the_safeguarding_note_is_read_in_setup_before_the_room_sees_anything() {
    let b = bank();
    let mut s = Session::new(config(2, 5, 1), false).unwrap();
    assert_eq!(
        s.update(&b, Event::Start, 5),
        Err(SetupError::SafeguardingUnread)
    );
    assert_eq!(s.phase(), Phase::Setup);
    assert!(!s.has_started() && s.is_empty());
    assert_eq!(
        ok(&mut s, &b, Event::DismissSafeguarding),
        Outcome::SafeguardingRead
    );
    assert!(s.safeguarding_dismissed());
    assert_eq!(ok(&mut s, &b, Event::DismissSafeguarding), Outcome::Ignored);
    // Still setup: the facilitator goes on choosing.
    assert_eq!(s.phase(), Phase::Setup);
    assert_eq!(ok(&mut s, &b, Event::SetLength(6)), Outcome::Changed);
    assert_eq!(s.update(&b, Event::Start, 5), Ok(Outcome::Started));
    assert_eq!(
        s.phase(),
        Phase::Question {
            index: 0,
            stage: Stage::Answering
        }
    );
}

#[test]
fn the_safeguarding_note_read_once_is_read_for_good() {
    let b = bank();
    let mut prefs = FacilitatorPrefs::default();
    let mut first = Session::new(config(2, 5, 1), prefs.safeguarding_dismissed).unwrap();
    if ok(&mut first, &b, Event::DismissSafeguarding) == Outcome::SafeguardingRead {
        prefs.safeguarding_dismissed = true;
    }
    let prefs = decode::<FacilitatorPrefs>(Some(&encode(&prefs))).value();

    let mut second = Session::new(config(2, 5, 2), prefs.safeguarding_dismissed).unwrap();
    ok(&mut second, &b, Event::Start);
    assert!(matches!(second.phase(), Phase::Question { index: 0, .. }));
}

/// An earlier build put the note after `Start`; a session it stored there
/// reads back in setup, where the note is read now.
#[test]
fn a_session_stored_at_the_note_reads_back_in_setup_where_the_note_is_read() {
    let b = bank();
    let stored = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/records/session-safeguarding.json"),
    )
    .unwrap();
    let Decoded::Current(CurrentSession(Some(mut s))) =
        decode::<CurrentSession>(Some(stored.trim_end()))
    else {
        panic!("the stored session reads");
    };
    assert_eq!(s.phase(), Phase::Setup);
    assert!(!s.has_started() && s.is_empty() && !s.safeguarding_dismissed());
    assert_eq!(s.validate(&b), Ok(()));
    // Its setup is kept.
    assert_eq!(s.config().scoring, Scoring::NoScores);
    assert_eq!(s.config().teams[1].name, "Ngā \"Tigers\" 🐯");
    assert_eq!(
        s.update(&b, Event::Start, 9),
        Err(SetupError::SafeguardingUnread)
    );
    assert_eq!(
        ok(&mut s, &b, Event::DismissSafeguarding),
        Outcome::SafeguardingRead
    );
    assert_eq!(s.update(&b, Event::Start, 9), Ok(Outcome::Started));
    // Any other stored session is as it was.
    let on = at_the_note(Timer::Secs30).sanitised();
    assert_eq!(on.phase(), Phase::Setup);
    let running = started(config(2, 5, 1));
    assert_eq!(running.clone().sanitised(), running);
}

#[test]
fn choices_are_lettered_in_display_order() {
    let b = bank();
    let s = started(config(2, 5, 4));
    let v = view(&s, &b);
    let letters: String = v.choices.iter().map(|c| c.letter).collect();
    assert_eq!(letters, &"ABCD"[..v.choices.len()]);
    assert_eq!((v.number, v.total, v.is_last), (1, 5, false));
    assert_eq!(v.prompt, format!("{} prompt", v.id));
}

#[test]
fn each_question_starts_with_the_first_team_selected_and_all_waiting() {
    let b = bank();
    let s = started(config(3, 5, 1));
    let v = view(&s, &b);
    assert_eq!(v.selected, Some(0));
    assert!(v.teams[0].selected);
    assert!(v.teams.iter().all(|t| t.answer == TeamAnswer::Waiting));
    assert!(v.revealed.is_none());
}

#[test]
fn choosing_records_the_selected_teams_choice_and_selects_the_next_waiting_team() {
    let b = bank();
    let mut s = four_choices(3);
    assert_eq!(ok(&mut s, &b, Event::Choose(2)), Outcome::Changed);
    let v = view(&s, &b);
    assert_eq!(v.teams[0].answer, TeamAnswer::Answered);
    assert_eq!(chosen(&s, &b)[0], TeamAnswer::Chose(2));
    assert_eq!(v.selected, Some(1));

    ok(&mut s, &b, Event::SelectTeam(2));
    ok(&mut s, &b, Event::Choose(1));
    // Wraps round to the team still waiting.
    assert_eq!(s.selected(), Some(1));
    ok(&mut s, &b, Event::Choose(0));
    // Everyone has answered: nothing is selected.
    assert_eq!(s.selected(), None);
    assert_eq!(ok(&mut s, &b, Event::Choose(3)), Outcome::Ignored);
}

#[test]
fn until_the_reveal_the_screen_shows_how_many_answered_never_which_choice() {
    let b = bank();
    let mut s = four_choices(3);
    ok(&mut s, &b, Event::Record { team: 0, choice: 2 });
    ok(&mut s, &b, Event::Skip(1));
    let v = view(&s, &b);
    assert_eq!(v.ready, 2);
    assert_eq!(
        v.teams.iter().map(|t| t.answer).collect::<Vec<_>>(),
        [
            TeamAnswer::Answered,
            TeamAnswer::Skipped,
            TeamAnswer::Waiting
        ]
    );
    // Nothing in the view names the choice: not the teams, not a count.
    assert!(v.revealed.is_none());
    assert!(!to_json(&v).contains("chose"));
    ok(&mut s, &b, Event::Reveal);
    let v = view(&s, &b);
    assert_eq!(v.teams[0].answer, TeamAnswer::Chose(2));
    assert_eq!(v.revealed.map(|r| r.counts[2]), Some(1));
}

#[test]
fn changing_a_choice_before_reveal_replaces_it() {
    let b = bank();
    let mut s = four_choices(2);
    ok(&mut s, &b, Event::Choose(0));
    ok(&mut s, &b, Event::SelectTeam(0));
    assert_eq!(ok(&mut s, &b, Event::Choose(3)), Outcome::Changed);
    assert_eq!(view(&s, &b).teams[0].answer, TeamAnswer::Answered);
    assert_eq!(chosen(&s, &b)[0], TeamAnswer::Chose(3));
    let record = Event::Record { team: 0, choice: 1 };
    assert_eq!(ok(&mut s, &b, record.clone()), Outcome::Changed);
    assert_eq!(ok(&mut s, &b, record), Outcome::Ignored);
    let Outcome::Revealed(r) = ok(&mut s, &b, Event::Reveal) else {
        panic!()
    };
    assert_eq!(r.counts.iter().sum::<usize>(), 1);
    assert_eq!(r.counts[1], 1);
}

#[test]
fn record_sets_a_teams_choice_directly_and_keeps_the_selection() {
    let b = bank();
    let mut s = four_choices(3);
    ok(&mut s, &b, Event::Record { team: 2, choice: 1 });
    let v = view(&s, &b);
    assert_eq!(v.teams[2].answer, TeamAnswer::Answered);
    assert_eq!(chosen(&s, &b)[2], TeamAnswer::Chose(1));
    assert_eq!(v.selected, Some(0));
}

#[test]
fn a_choice_or_team_that_does_not_exist_is_ignored() {
    let b = bank();
    let mut s = started(config(2, 5, 1));
    let n = view(&s, &b).choices.len();
    assert_eq!(ok(&mut s, &b, Event::Choose(n)), Outcome::Ignored);
    let e = Event::Record { team: 2, choice: 0 };
    assert_eq!(ok(&mut s, &b, e), Outcome::Ignored);
    assert_eq!(ok(&mut s, &b, Event::SelectTeam(2)), Outcome::Ignored);
    assert_eq!(ok(&mut s, &b, Event::Skip(2)), Outcome::Ignored);
    assert!(view(&s, &b)
        .teams
        .iter()
        .all(|t| t.answer == TeamAnswer::Waiting));
}

#[test]
fn skipping_marks_a_team_as_passing_and_moves_the_selection_on() {
    let b = bank();
    let mut s = four_choices(3);
    ok(&mut s, &b, Event::Choose(1));
    assert_eq!(ok(&mut s, &b, Event::Skip(1)), Outcome::Changed);
    assert_eq!(ok(&mut s, &b, Event::Skip(1)), Outcome::Ignored);
    let v = view(&s, &b);
    assert_eq!(v.teams[1].answer, TeamAnswer::Skipped);
    assert_eq!(v.selected, Some(2));
    let Outcome::Revealed(r) = ok(&mut s, &b, Event::Reveal) else {
        panic!()
    };
    // One skipped and one who never answered.
    assert_eq!(r.passed, 2);
}

#[test]
fn clearing_an_answer_makes_the_team_wait_again() {
    let b = bank();
    let mut s = four_choices(2);
    ok(&mut s, &b, Event::Record { team: 1, choice: 2 });
    assert_eq!(ok(&mut s, &b, Event::ClearAnswer(1)), Outcome::Changed);
    assert_eq!(view(&s, &b).teams[1].answer, TeamAnswer::Waiting);
    assert_eq!(ok(&mut s, &b, Event::ClearAnswer(1)), Outcome::Ignored);
}

#[test]
fn answers_cannot_change_after_reveal() {
    let b = bank();
    let mut s = started(config(2, 5, 1));
    ok(&mut s, &b, Event::Record { team: 0, choice: 0 });
    ok(&mut s, &b, Event::Reveal);
    let before = s.clone();
    for e in [
        Event::SelectTeam(1),
        Event::Choose(1),
        Event::Record { team: 0, choice: 1 },
        Event::Record { team: 1, choice: 1 },
        Event::Skip(0),
        Event::ClearAnswer(0),
        Event::Reveal,
    ] {
        assert_eq!(ok(&mut s, &b, e.clone()), Outcome::Ignored, "{e:?}");
    }
    assert_eq!(s, before);
}

#[test]
fn reveal_shows_the_right_choice_explanation_source_and_counts_per_choice() {
    let b = bank();
    let mut s = started(config(4, 5, 6));
    let r_idx = right(&s, &b);
    let w_idx = wrong(&s, &b);
    let id = view(&s, &b).id;
    let Outcome::Revealed(r) = answer(&mut s, &b, &[A::Right, A::Wrong, A::Right, A::Skip]) else {
        panic!()
    };
    let q = b.get(&id).unwrap();
    assert_eq!(r.right_choice, r_idx);
    assert_eq!(r.explanation, q.explanation);
    assert_eq!(r.source, q.source);
    assert_eq!(r.discuss.as_deref(), Some(q.discuss.as_str()));
    assert_eq!(r.counts[r_idx], 2);
    assert_eq!(r.counts[w_idx], 1);
    assert_eq!(r.counts.iter().sum::<usize>(), 3);
    assert_eq!(r.passed, 1);

    let v = view(&s, &b);
    assert_eq!(v.revealed, Some(r));
    let right: Vec<Option<bool>> = v.teams.iter().map(|t| t.right).collect();
    assert_eq!(right, [Some(true), Some(false), Some(true), Some(false)]);
    assert_eq!(v.selected, None);
}

#[test]
fn the_discussion_prompt_is_shown_only_when_chosen() {
    let b = bank();
    let mut c = config(2, 5, 1);
    c.show_discussion = false;
    let mut s = started(c);
    let Outcome::Revealed(r) = ok(&mut s, &b, Event::Reveal) else {
        panic!()
    };
    assert_eq!(r.discuss, None);
}

#[test]
fn next_before_reveal_is_ignored() {
    let b = bank();
    let mut s = started(config(2, 5, 1));
    ok(&mut s, &b, Event::Choose(0));
    assert_eq!(ok(&mut s, &b, Event::Next), Outcome::Ignored);
    assert_eq!(ok(&mut s, &b, Event::EndEarly), Outcome::Ignored);
    assert_eq!(view(&s, &b).index, 0);
    ok(&mut s, &b, Event::Reveal);
    assert_eq!(ok(&mut s, &b, Event::Next), Outcome::Moved);
    let v = view(&s, &b);
    assert_eq!((v.index, v.selected), (1, Some(0)));
    assert!(v.teams.iter().all(|t| t.answer == TeamAnswer::Waiting));
}

// Scoring.

#[test]
fn a_team_scores_a_point_per_right_answer_counted_only_after_reveal() {
    let b = bank();
    let mut s = started(config(3, 5, 1));
    let pick = right(&s, &b);
    ok(
        &mut s,
        &b,
        Event::Record {
            team: 0,
            choice: pick,
        },
    );
    // Not before the reveal: points must not give the answer away.
    assert_eq!(s.points(&b), [0, 0, 0]);
    assert!(view(&s, &b).teams.iter().all(|t| t.points == Some(0)));
    ok(&mut s, &b, Event::Reveal);
    assert_eq!(s.points(&b), [1, 0, 0]);
    ok(&mut s, &b, Event::Next);
    answer(&mut s, &b, &[A::Right, A::Right, A::Wrong]);
    assert_eq!(s.points(&b), [2, 1, 0]);
    let points: Vec<Option<usize>> = view(&s, &b).teams.iter().map(|t| t.points).collect();
    assert_eq!(points, [Some(2), Some(1), Some(0)]);
}

#[test]
fn the_scoreboard_is_sorted_by_points_and_tied_teams_share_a_rank() {
    let b = bank();
    let mut s = started(config(4, 5, 2));
    // Team points: 1, 3, 3, 0 → order Team 2, Team 3 (tied), Team 1, Team 4.
    let outcome = play(&mut s, &b, |v, team| match (team, v.index) {
        (0, 0) => A::Right,
        (1 | 2, 0..=2) => A::Right,
        (3, _) => A::Skip,
        _ => A::Wrong,
    });
    let record = finished_record(outcome);
    let EndView::Ranked(board) = s.end_view(&b) else {
        panic!("points mode ranks")
    };
    assert_eq!(board.out_of, 5);
    let rows: Vec<(usize, &str, usize)> = board
        .standings
        .iter()
        .map(|r| (r.rank, r.team.name.as_str(), r.points))
        .collect();
    assert_eq!(
        rows,
        [
            (1, "Team 2", 3),
            (1, "Team 3", 3),
            (3, "Team 1", 1),
            (4, "Team 4", 0)
        ]
    );
    assert_eq!(record.summary.results, EndView::Ranked(board));
}

#[test]
fn no_scores_mode_gives_the_group_total_and_no_ranking() {
    let b = bank();
    let mut c = config(3, 5, 2);
    c.scoring = Scoring::NoScores;
    let mut s = started(c);
    assert!(view(&s, &b).teams.iter().all(|t| t.points.is_none()));
    let record = finished_record(play(&mut s, &b, |v, team| match team {
        0 => A::Right,
        1 if v.index < 2 => A::Right,
        1 => A::Skip,
        _ => A::Wrong,
    }));
    let group = EndView::Group {
        right: 5 + 2,
        answered: 5 + 2 + 5,
        possible: 15,
    };
    assert_eq!(s.end_view(&b), group);
    assert_eq!(record.summary.results, group);
    let json = to_json(&record);
    assert!(!json.contains("rank") && !json.contains("Team 1"), "{json}");
}

// The timer.

fn timed(timer: Timer) -> Session {
    let mut c = config(2, 5, 1);
    c.timer = timer;
    started(c)
}

fn timer_of(s: &Session, b: &Bank) -> (u64, bool, bool) {
    let t = view(s, b).timer.expect("the timer is on");
    assert_eq!(Some(t.total_s as u32), s.config().timer.seconds());
    (t.remaining_s, t.running, t.time_up)
}

#[test]
fn the_timer_is_off_unless_chosen() {
    let b = bank();
    let mut s = timed(Timer::Off);
    assert_eq!(view(&s, &b).timer, None);
    assert_eq!(
        ok(&mut s, &b, Event::Tick { elapsed_ms: 1_000 }),
        Outcome::Ignored
    );
    assert_eq!(ok(&mut s, &b, Event::PauseTimer), Outcome::Ignored);
    assert_eq!(Timer::Secs90.seconds(), Some(90));
}

#[test]
fn the_timer_counts_down_with_ticks_while_answering() {
    let b = bank();
    let mut s = timed(Timer::Secs30);
    assert_eq!(timer_of(&s, &b), (30, true, false));
    ok(&mut s, &b, Event::Tick { elapsed_ms: 1_000 });
    assert_eq!(timer_of(&s, &b), (29, true, false));
    // Part seconds round up, so 0 shows only when time is up.
    ok(&mut s, &b, Event::Tick { elapsed_ms: 28_500 });
    assert_eq!(timer_of(&s, &b), (1, true, false));
    assert_eq!(
        ok(&mut s, &b, Event::Tick { elapsed_ms: 0 }),
        Outcome::Ignored
    );
}

#[test]
fn the_timer_pauses_and_resumes() {
    let b = bank();
    let mut s = timed(Timer::Secs60);
    ok(&mut s, &b, Event::Tick { elapsed_ms: 10_000 });
    assert_eq!(ok(&mut s, &b, Event::PauseTimer), Outcome::Changed);
    assert_eq!(ok(&mut s, &b, Event::PauseTimer), Outcome::Ignored);
    assert_eq!(
        ok(&mut s, &b, Event::Tick { elapsed_ms: 5_000 }),
        Outcome::Ignored
    );
    assert_eq!(timer_of(&s, &b), (50, false, false));
    assert_eq!(ok(&mut s, &b, Event::ResumeTimer), Outcome::Changed);
    ok(&mut s, &b, Event::Tick { elapsed_ms: 5_000 });
    assert_eq!(timer_of(&s, &b), (45, true, false));
}

#[test]
fn the_timer_stops_at_zero_and_marks_time_up() {
    let b = bank();
    let mut s = timed(Timer::Secs30);
    ok(&mut s, &b, Event::Tick { elapsed_ms: 29_000 });
    assert_eq!(
        ok(&mut s, &b, Event::Tick { elapsed_ms: 5_000 }),
        Outcome::TimeUp
    );
    assert_eq!(timer_of(&s, &b), (0, false, true));
    assert_eq!(
        ok(&mut s, &b, Event::Tick { elapsed_ms: 1_000 }),
        Outcome::Ignored
    );
    assert_eq!(ok(&mut s, &b, Event::ResumeTimer), Outcome::Ignored);
    assert_eq!(timer_of(&s, &b), (0, false, true));
    // No pressure: nothing is revealed for the facilitator.
    assert_eq!(
        s.phase(),
        Phase::Question {
            index: 0,
            stage: Stage::Answering
        }
    );
}

#[test]
fn answers_can_still_be_recorded_after_time_up() {
    let b = bank();
    let mut s = timed(Timer::Secs30);
    ok(&mut s, &b, Event::Tick { elapsed_ms: 30_000 });
    assert_eq!(ok(&mut s, &b, Event::Choose(1)), Outcome::Changed);
    assert_eq!(view(&s, &b).teams[0].answer, TeamAnswer::Answered);
    assert_eq!(chosen(&s, &b)[0], TeamAnswer::Chose(1));
}

#[test]
fn the_timer_stops_at_reveal_and_restarts_for_the_next_question() {
    let b = bank();
    let mut s = timed(Timer::Secs90);
    ok(&mut s, &b, Event::Tick { elapsed_ms: 80_000 });
    ok(&mut s, &b, Event::Reveal);
    assert_eq!(timer_of(&s, &b), (10, false, false));
    for e in [Event::Tick { elapsed_ms: 1_000 }, Event::ResumeTimer] {
        assert_eq!(ok(&mut s, &b, e), Outcome::Ignored);
    }
    ok(&mut s, &b, Event::Next);
    assert_eq!(timer_of(&s, &b), (90, true, false));
}

#[test]
fn suspend_pauses_the_timer() {
    let b = bank();
    let mut s = timed(Timer::Secs30);
    assert_eq!(ok(&mut s, &b, Event::Suspend), Outcome::Changed);
    assert_eq!(timer_of(&s, &b), (30, false, false));
    assert_eq!(
        ok(&mut s, &b, Event::Tick { elapsed_ms: 1_000 }),
        Outcome::Ignored
    );
}

#[test]
fn a_running_timer_is_not_mistaken_for_progress_made_in_another_window() {
    let b = bank();
    let mut s = timed(Timer::Secs60);
    ok(&mut s, &b, Event::Tick { elapsed_ms: 12_000 });
    let mine = CurrentSession(Some(s));
    // What this window saved reads back paused, yet it is the same session.
    let stored = decode::<CurrentSession>(Some(&encode(&mine)));
    assert_eq!(guard(stored, &mine), Guarded::Proceed(None));
    // A step taken elsewhere is noticed.
    let mut theirs = mine.clone();
    if let Some(s) = &mut theirs.0 {
        ok(s, &b, Event::Tick { elapsed_ms: 1_000 });
    }
    let stored = decode::<CurrentSession>(Some(&encode(&theirs)));
    assert!(matches!(guard(stored, &mine), Guarded::MovedOn(_)));
}

#[test]
fn a_reloaded_session_always_comes_back_paused() {
    let b = bank();
    let mut s = timed(Timer::Secs60);
    ok(&mut s, &b, Event::Tick { elapsed_ms: 12_000 });
    assert_eq!(timer_of(&s, &b), (48, true, false));
    // Saved while running; the tab is then killed without a Suspend.
    let raw = encode(&CurrentSession(Some(s)));
    let Decoded::Current(CurrentSession(Some(mut back))) = decode::<CurrentSession>(Some(&raw))
    else {
        panic!()
    };
    assert_eq!(back.validate(&b), Ok(()));
    assert_eq!(timer_of(&back, &b), (48, false, false));
    ok(&mut back, &b, Event::ResumeTimer);
    ok(&mut back, &b, Event::Tick { elapsed_ms: 8_000 });
    assert_eq!(timer_of(&back, &b), (40, true, false));
}

// Finishing.

#[test]
fn finishing_after_the_last_question_records_the_time_and_a_history_record() {
    let b = bank();
    let mut s = started(config(2, 5, 3));
    for i in 0..4 {
        answer(&mut s, &b, &[A::Right, A::Wrong]);
        assert_eq!(
            s.update(&b, Event::Next, 50).unwrap(),
            Outcome::Moved,
            "{i}"
        );
    }
    assert!(view(&s, &b).is_last);
    answer(&mut s, &b, &[A::Right, A::Right]);
    let record = finished_record(s.update(&b, Event::Next, 77_000).unwrap());
    assert_eq!(s.phase(), Phase::Finished);
    assert_eq!(s.finished_at_ms(), Some(77_000));
    assert_eq!(s.presenter(&b), None);
    assert_eq!(record.id, 1_000);
    assert_eq!(record.finished_at_ms, 77_000);
    assert_eq!(record.summary.date_ms, 1_000);
    assert_eq!(record.summary.question_count, 5);
    assert_eq!(s.points(&b), [5, 1]);
    assert_eq!(Some(record), s.record(&b));
}

#[test]
fn every_event_after_finishing_is_ignored() {
    let b = bank();
    let mut s = started(config(2, 5, 3));
    play(&mut s, &b, |_, _| A::Right);
    let before = s.clone();
    for e in [
        Event::Next,
        Event::Reveal,
        Event::Choose(0),
        Event::Record { team: 0, choice: 0 },
        Event::Skip(0),
        Event::SelectTeam(1),
        Event::Tick { elapsed_ms: 1_000 },
        Event::ResumeTimer,
        Event::Suspend,
        Event::SetScoring(Scoring::NoScores),
        Event::AddTeam,
        Event::Start,
        Event::EndEarly,
    ] {
        assert_eq!(ok(&mut s, &b, e.clone()), Outcome::Ignored, "{e:?}");
    }
    assert_eq!(s, before);
}

#[test]
fn ending_early_keeps_only_the_questions_asked() {
    let b = bank();
    let mut s = started(config(2, 10, 3));
    answer(&mut s, &b, &[A::Right, A::Wrong]);
    ok(&mut s, &b, Event::Next);
    answer(&mut s, &b, &[A::Right, A::Right]);
    let record = finished_record(s.update(&b, Event::EndEarly, 9).unwrap());
    assert_eq!(s.len(), 2);
    assert_eq!(record.summary.question_count, 2);
    let EndView::Ranked(board) = record.summary.results else {
        panic!()
    };
    assert_eq!(board.out_of, 2);
    assert_eq!(s.points(&b), [2, 1]);
    assert_eq!(s.validate(&b), Ok(()));
}

// What the group found hard.

/// Child grooming and privacy questions (3 each), 5 of them asked.
fn two_topics(teams: usize, seed: u64) -> Session {
    let mut c = config(teams, 5, seed);
    c.audience = Some(Audience::Child);
    c.topics = vec![Topic::Privacy, Topic::Grooming];
    started(c)
}

#[test]
fn hardest_topics_are_those_with_the_lowest_share_right() {
    let b = bank();
    let mut s = two_topics(3, 11);
    play(&mut s, &b, |v, team| match (v.topic, team) {
        (Topic::Grooming, 0) => A::Right,
        (Topic::Privacy, 0 | 1) => A::Right,
        _ => A::Wrong,
    });
    let hardest = s.hardest_topics(&b);
    let topics: Vec<Topic> = hardest.iter().map(|t| t.topic).collect();
    assert_eq!(topics, [Topic::Grooming, Topic::Privacy]);
    let asked = |t: Topic| {
        s.question_ids()
            .filter(|id| b.get(id).unwrap().topic == t)
            .count()
    };
    assert_eq!(hardest[0].right, asked(Topic::Grooming));
    assert_eq!(hardest[0].out_of, 3 * asked(Topic::Grooming));
    assert_eq!(hardest[1].right, 2 * asked(Topic::Privacy));
}

#[test]
fn hardest_topics_tie_in_topic_order_and_leave_out_topics_all_got_right() {
    let b = bank();
    let mut s = two_topics(2, 11);
    play(
        &mut s,
        &b,
        |_, team| if team == 0 { A::Right } else { A::Skip },
    );
    let topics: Vec<Topic> = s.hardest_topics(&b).iter().map(|t| t.topic).collect();
    // Grooming comes before Privacy in Topic::ALL, whatever order they were asked.
    assert_eq!(topics, [Topic::Grooming, Topic::Privacy]);

    let mut s = two_topics(2, 11);
    play(&mut s, &b, |v, _| {
        if v.topic == Topic::Privacy {
            A::Blank
        } else {
            A::Right
        }
    });
    let topics: Vec<Topic> = s.hardest_topics(&b).iter().map(|t| t.topic).collect();
    assert_eq!(topics, [Topic::Privacy]);
}

#[test]
fn hardest_topics_name_at_most_three_when_more_were_missed() {
    let b = bank();
    // Every question in the bank, four topics, and every team wrong.
    let mut s = started(config(2, b.questions.len(), 5));
    play(&mut s, &b, |_, _| A::Wrong);
    let asked: HashSet<Topic> = (s.question_ids())
        .map(|id| b.get(id).unwrap().topic)
        .collect();
    assert_eq!(asked.len(), 4);
    let hardest = s.hardest_topics(&b);
    assert_eq!(hardest.len(), HARDEST_SHOWN);
    assert!(hardest.iter().all(|h| h.right == 0));
}

#[test]
fn most_missed_lists_questions_most_teams_missed_with_explanation_and_source() {
    let b = bank();
    let mut s = started(config(4, 5, 21));
    let ids: Vec<String> = s.question_ids().map(String::from).collect();
    // Q1: 4 missed; Q2: 2 missed (not most); Q3: 3 missed; Q4: 4 missed; Q5: none.
    play(&mut s, &b, |v, team| {
        let missed = [4, 2, 3, 4, 0][v.index];
        if team < 4 - missed {
            A::Right
        } else if team % 2 == 0 {
            A::Wrong
        } else {
            A::Skip
        }
    });
    let missed = s.most_missed(&b);
    let order: Vec<(&str, usize)> = missed
        .iter()
        .map(|m| (m.id.as_str(), m.missed_by))
        .collect();
    assert_eq!(
        order,
        [
            (ids[0].as_str(), 4),
            (ids[3].as_str(), 4),
            (ids[2].as_str(), 3)
        ]
    );
    let first = b.get(&ids[0]).unwrap();
    assert_eq!(missed[0].explanation, first.explanation);
    assert_eq!(missed[0].source, first.source);
    assert_eq!(missed[0].answer, first.choices[first.answer as usize]);
    assert_eq!(missed[0].teams, 4);

    let learned = s.summary(&b).unwrap().learned;
    let prompts: Vec<&str> = learned.iter().map(|l| l.prompt.as_str()).collect();
    assert_eq!(
        prompts,
        missed.iter().map(|m| m.prompt.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(learned[0].explanation, first.explanation);
}

#[test]
fn the_summary_names_no_one_but_the_teams() {
    let b = bank();
    let mut s = Session::new(config(3, 5, 8), true).unwrap();
    for (team, name) in ["Owls", "Tigers", "Rivers"].into_iter().enumerate() {
        let e = Event::RenameTeam {
            team,
            name: name.into(),
        };
        ok(&mut s, &b, e);
    }
    ok(&mut s, &b, Event::SetAudience(Some(Audience::Child)));
    ok(&mut s, &b, Event::Start);
    play(&mut s, &b, |v, team| {
        if (v.index + team) % 2 == 0 {
            A::Right
        } else {
            A::Wrong
        }
    });
    let summary = s.summary(&b).unwrap();
    assert_eq!(summary.audience, Some(Audience::Child));
    assert_eq!(summary.topics, [Topic::Grooming, Topic::Privacy]);
    let value = serde_json::from_str::<serde_json::Value>(&to_json(&summary)).unwrap();

    let mut allowed: HashSet<String> = ["Owls", "Tigers", "Rivers", "child", "grooming", "privacy"]
        .map(String::from)
        .into();
    allowed.extend(TeamColour::ALL.map(|c| c.slug().to_string()));
    allowed.extend(TeamSymbol::ALL.map(|c| c.slug().to_string()));
    for q in &b.questions {
        allowed.extend([
            q.prompt.clone(),
            q.explanation.clone(),
            q.source.as_str().into(),
        ]);
        allowed.extend(q.choices.iter().cloned());
    }
    let mut keys = HashSet::new();
    walk(&value, "", &mut keys, &allowed);
    let expected: HashSet<&str> = [
        "date_ms",
        "audience",
        "topics",
        "question_count",
        "results",
        "ranked",
        "standings",
        "rank",
        "team",
        "name",
        "colour",
        "symbol",
        "points",
        "out_of",
        "learned",
        "prompt",
        "answer",
        "explanation",
        "source",
    ]
    .into();
    assert_eq!(
        keys.iter().map(String::as_str).collect::<HashSet<_>>(),
        expected
    );
}

/// Collects object keys; every string must be allowed, and a `name` belongs
/// to a team.
fn walk(
    v: &serde_json::Value,
    parent: &str,
    keys: &mut HashSet<String>,
    allowed: &HashSet<String>,
) {
    match v {
        serde_json::Value::String(s) => assert!(allowed.contains(s), "unexpected text {s:?}"),
        serde_json::Value::Array(items) => {
            items.iter().for_each(|i| walk(i, parent, keys, allowed))
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k == "name" {
                    assert_eq!(parent, "team");
                }
                keys.insert(k.clone());
                walk(v, k, keys, allowed);
            }
        }
        _ => {}
    }
}

// Saving and resuming.

/// A session mid-way: two questions done, the third with some answers and
/// the timer part run.
fn mid_session(b: &Bank) -> Session {
    let mut c = config(3, 8, 1234);
    c.timer = Timer::Secs60;
    let mut s = started(c);
    for _ in 0..2 {
        answer(&mut s, b, &[A::Right, A::Wrong, A::Skip]);
        ok(&mut s, b, Event::Next);
    }
    ok(&mut s, b, Event::Choose(1));
    ok(&mut s, b, Event::Record { team: 2, choice: 0 });
    ok(&mut s, b, Event::Tick { elapsed_ms: 7_500 });
    ok(&mut s, b, Event::Suspend);
    s
}

/// Finishes from wherever the session stands, the same way every time.
fn play_on(s: &mut Session, b: &Bank) -> Vec<Outcome> {
    let mut out = vec![ok(s, b, Event::ResumeTimer)];
    while !s.is_finished() {
        out.push(ok(s, b, Event::Tick { elapsed_ms: 2_000 }));
        out.push(ok(s, b, Event::Choose(0)));
        out.push(ok(s, b, Event::Skip(2)));
        out.push(ok(s, b, Event::Reveal));
        out.push(s.update(b, Event::Next, 123_456).unwrap());
    }
    out
}

#[test]
fn a_session_resumed_from_storage_continues_identically() {
    let b = bank();
    let mut s = mid_session(&b);
    let raw = encode(&CurrentSession(Some(s.clone())));
    let Decoded::Current(CurrentSession(Some(mut back))) = decode::<CurrentSession>(Some(&raw))
    else {
        panic!("{raw}")
    };
    assert_eq!(back, s);
    assert_eq!(back.validate(&b), Ok(()));
    assert_eq!(back.presenter(&b), s.presenter(&b));
    let v = view(&back, &b);
    assert_eq!(v.index, 2);
    assert_eq!(v.teams[0].answer, TeamAnswer::Answered);
    assert_eq!(chosen(&back, &b)[0], TeamAnswer::Chose(1));
    assert_eq!(v.teams[2].answer, TeamAnswer::Answered);
    assert_eq!(chosen(&back, &b)[2], TeamAnswer::Chose(0));
    assert_eq!(v.selected, Some(1));
    assert_eq!(
        v.timer.map(|t| (t.remaining_s, t.running)),
        Some((53, false))
    );

    assert_eq!(play_on(&mut s, &b), play_on(&mut back, &b));
    assert_eq!(back, s);
    assert_eq!(back.summary(&b), s.summary(&b));
}

#[test]
fn a_session_in_setup_resumes_too() {
    let b = bank();
    let mut s = Session::new(config(4, 6, 5), false).unwrap();
    ok(&mut s, &b, Event::SetTimer(Timer::Secs30));
    ok(&mut s, &b, Event::DismissSafeguarding);
    let back: Session = serde_json::from_str(&to_json(&s)).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.validate(&b), Ok(()));
    assert!(CurrentSession::default().0.is_none());
}

#[test]
fn the_saved_session_holds_ids_and_orders_not_question_text() {
    let b = bank();
    let s = mid_session(&b);
    let json = to_json(&s);
    assert!(s.question_ids().all(|id| json.contains(id)));
    for q in &b.questions {
        assert!(
            !json.contains(&q.prompt) && !json.contains(&q.explanation),
            "{json}"
        );
    }
    assert!(json.len() < 1_200, "{} bytes: {json}", json.len());
}

type Edit = Box<dyn Fn(&mut serde_json::Value)>;

fn damaged(b: &Bank, edit: impl Fn(&mut serde_json::Value)) -> Result<(), ResumeError> {
    let mut value = serde_json::from_str::<serde_json::Value>(&to_json(&mid_session(b))).unwrap();
    edit(&mut value);
    let s: Session = serde_json::from_str(&value.to_string()).unwrap();
    s.validate(b)
}

#[test]
fn resuming_against_a_bank_without_the_question_is_an_error_not_a_panic() {
    let mut b = bank();
    let s = mid_session(&b);
    let gone = view(&s, &b).id;
    b.questions.retain(|q| q.id != gone);
    assert_eq!(s.validate(&b), Err(ResumeError::MissingQuestion(gone)));
    // Nothing panics even if the shell skips validation.
    let mut s = s.clone();
    assert_eq!(s.presenter(&b), None);
    for e in [
        Event::Choose(0),
        Event::Reveal,
        Event::Next,
        Event::EndEarly,
    ] {
        let _ = s.update(&b, e, 0);
    }
    s.end_view(&b);
    s.hardest_topics(&b);
    s.most_missed(&b);
}

#[test]
fn resuming_against_changed_choices_is_an_error() {
    let mut b = bank();
    let s = mid_session(&b);
    let id = s
        .question_ids()
        .find(|id| b.get(id).unwrap().kind != Kind::TrueFalse)
        .unwrap()
        .to_string();
    b.questions
        .iter_mut()
        .find(|q| q.id == id)
        .unwrap()
        .choices
        .pop();
    assert_eq!(s.validate(&b), Err(ResumeError::ChoicesChanged(id)));
}

#[test]
fn a_damaged_saved_session_is_rejected() {
    use serde_json::json;
    let b = bank();
    assert_eq!(damaged(&b, |_| {}), Ok(()));
    let cases: Vec<(&str, Edit)> = vec![
        (
            "past the end",
            Box::new(|v| v["phase"]["question"]["index"] = 8.into()),
        ),
        (
            "answers ahead",
            Box::new(|v| v["items"][5]["marks"][0] = json!("skip")),
        ),
        (
            "marks per team",
            Box::new(|v| v["items"][0]["marks"] = json!([null])),
        ),
        (
            "choice range",
            Box::new(|v| v["items"][2]["marks"][0] = json!({"choice": 9})),
        ),
        ("selection", Box::new(|v| v["selected"] = 3.into())),
        (
            "timer",
            Box::new(|v| v["timer"]["remaining_ms"] = 61_000.into()),
        ),
        (
            "no timer",
            Box::new(|v| v["timer"] = serde_json::Value::Null),
        ),
        (
            "one team",
            Box::new(|v| v["config"]["teams"] = json!([v["config"]["teams"][0]])),
        ),
        ("setup", Box::new(|v| v["phase"] = "setup".into())),
        ("finished", Box::new(|v| v["phase"] = "finished".into())),
    ];
    for (why, edit) in cases {
        assert!(
            matches!(damaged(&b, edit), Err(ResumeError::Damaged(_))),
            "{why}"
        );
    }
    assert!(matches!(
        damaged(&b, |v| v["items"][0]["order"] = json!([0, 0, 1, 2])),
        Err(ResumeError::ChoicesChanged(_))
    ));
}

// History.

fn record(id: u64) -> SessionRecord {
    let b = bank();
    let mut s = Session::new(config(2, 5, id), true).unwrap();
    s.update(&b, Event::Start, id).unwrap();
    let mut r = finished_record(play(&mut s, &b, |_, _| A::Right));
    r.finished_at_ms = id + 1;
    r
}

#[test]
fn history_keeps_the_newest_ten_newest_first() {
    let mut h = FinishedSessions::default();
    for id in 0..12 {
        h.push(record(id));
    }
    assert_eq!(h.len(), FinishedSessions::MAX);
    let ids: Vec<u64> = h.entries().iter().map(|r| r.id).collect();
    assert_eq!(ids, (2..12).rev().collect::<Vec<_>>());
}

#[test]
fn history_deletes_by_index_and_by_id() {
    let mut h = FinishedSessions::default();
    for id in 1..=4 {
        h.push(record(id));
    }
    assert_eq!(h.remove(0).map(|r| r.id), Some(4));
    assert_eq!(h.remove(9), None);
    assert_eq!(h.remove_id(2).map(|r| r.id), Some(2));
    assert_eq!(h.remove_id(2), None);
    assert!(h.get(3).is_some());
    let ids: Vec<u64> = h.entries().iter().map(|r| r.id).collect();
    assert_eq!(ids, [3, 1]);
    h.clear();
    assert!(h.is_empty());
}

#[test]
fn pushing_the_same_session_twice_keeps_one_entry() {
    let mut h = FinishedSessions::default();
    h.push(record(5));
    h.push(record(6));
    h.push(record(5));
    let ids: Vec<u64> = h.entries().iter().map(|r| r.id).collect();
    assert_eq!(ids, [5, 6]);
}

#[test]
fn history_round_trips_through_the_store() {
    let mut h = FinishedSessions::default();
    h.push(record(1));
    h.push(record(2));
    assert_eq!(
        decode::<FinishedSessions>(Some(&encode(&h))),
        Decoded::Current(h)
    );
}

#[test]
fn the_reveal_says_why_another_choice_is_better_for_each_wrong_choice_a_team_picked() {
    let b = bank_with_feedback();
    let mut s = four_choices(3);
    let v = view(&s, &b);
    let (r, w) = (right(&s, &b), wrong(&s, &b));
    let written = (b.get(&v.id).unwrap().choices.iter())
        .position(|c| *c == v.choices[w].text)
        .unwrap();
    let Outcome::Revealed(reveal) = answer(&mut s, &b, &[A::Right, A::Wrong, A::Wrong]) else {
        panic!("not revealed")
    };
    assert_eq!(reveal.feedback.len(), 4);
    for (d, line) in reveal.feedback.iter().enumerate() {
        if d == w {
            assert_eq!(line, &format!("{} feedback {written}", v.id));
        } else {
            // The right answer has its explanation; unpicked choices say nothing.
            assert_eq!(line, "", "choice {d} (right is {r})");
        }
    }
}

#[test]
fn the_end_of_a_session_is_kept_and_its_screen_takes_focus() {
    use lantern_core::effect::{after_session, Effect};
    let b = bank();
    let mut s = four_choices(2);
    let last = play(&mut s, &b, |_, _| A::Right);
    assert!(matches!(
        after_session(&Ok(last)).as_slice(),
        [Effect::RecordSession(_), Effect::FocusQuestion]
    ));
}

// The printed sheet.

/// The texts of a sheet's choices, in their printed order.
fn sheet_texts(q: &SheetQuestion) -> Vec<&str> {
    q.choices.iter().map(|c| c.text.as_str()).collect()
}

#[test]
fn a_sheet_in_setup_lists_the_questions_start_will_ask_in_their_order() {
    let b = bank();
    for seed in [1, 2, 77] {
        let mut s = Session::new(config(2, 8, seed), true).unwrap();
        let planned = s.sheet(&b);
        assert_eq!(planned.len(), 8);
        assert_eq!(ok(&mut s, &b, Event::Start), Outcome::Started);
        assert_eq!(s.sheet(&b), planned, "picking again must not change it");
        // Each question goes up with the prompt and choice order printed.
        for (i, printed) in planned.iter().enumerate() {
            let v = view(&s, &b);
            assert_eq!(printed.number, i + 1);
            assert_eq!((&printed.id, &printed.prompt), (&v.id, &v.prompt));
            let shown: Vec<&str> = v.choices.iter().map(|c| c.text.as_str()).collect();
            assert_eq!(sheet_texts(printed), shown);
            ok(&mut s, &b, Event::Reveal);
            ok(&mut s, &b, Event::Next);
        }
        assert!(s.is_finished());
        assert_eq!(s.sheet(&b), planned);
    }
}

#[test]
fn a_sheet_follows_setup_changes_before_the_start() {
    let b = bank();
    let mut s = Session::new(config(2, 5, 3), true).unwrap();
    ok(&mut s, &b, Event::SetTopics(vec![Topic::Privacy]));
    ok(&mut s, &b, Event::SetAudience(Some(Audience::Child)));
    let sheet = s.sheet(&b);
    // The bank has 3 child privacy questions: fewer than asked for.
    assert_eq!(sheet.len(), 3);
    assert!(sheet
        .iter()
        .all(|q| b.get(&q.id).unwrap().topic == Topic::Privacy));
}

#[test]
fn the_key_marks_the_right_choice_where_the_projector_shows_it_and_why_not_for_the_rest() {
    let b = bank_with_feedback();
    let mut s = Session::new(config(2, 6, 9), true).unwrap();
    let sheet = s.sheet(&b);
    s.update(&b, Event::Start, 1).unwrap();
    for printed in &sheet {
        let q = b.get(&printed.id).unwrap();
        let right: Vec<&SheetChoice> = printed.choices.iter().filter(|c| c.right).collect();
        assert_eq!(right.len(), 1);
        assert_eq!(right[0].text, q.choices[usize::from(q.answer)]);
        assert_eq!(right[0].feedback, "");
        let Outcome::Revealed(reveal) = ok(&mut s, &b, Event::Reveal) else {
            panic!("not revealed");
        };
        let letters: Vec<char> = printed.choices.iter().map(|c| c.letter).collect();
        assert_eq!(&letters, &['A', 'B', 'C', 'D'][..letters.len()]);
        assert_eq!(printed.choices[reveal.right_choice].letter, right[0].letter);
        for c in printed.choices.iter().filter(|c| !c.right) {
            let written = q.choices.iter().position(|t| *t == c.text).unwrap();
            assert_eq!(c.feedback, format!("{} feedback {written}", q.id));
        }
        assert_eq!(printed.discuss, q.discuss);
        assert_eq!(printed.explanation, q.explanation);
        ok(&mut s, &b, Event::Next);
    }
}

#[test]
fn a_sheet_after_an_early_end_lists_the_questions_asked() {
    let b = bank();
    let mut s = started(config(2, 10, 4));
    let planned = s.sheet(&b);
    for _ in 0..3 {
        ok(&mut s, &b, Event::Reveal);
        ok(&mut s, &b, Event::Next);
    }
    ok(&mut s, &b, Event::Reveal);
    assert!(matches!(
        ok(&mut s, &b, Event::EndEarly),
        Outcome::Finished(_)
    ));
    assert_eq!(s.sheet(&b), planned[..4]);
}
