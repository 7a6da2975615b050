//! The facilitated session: a peer educator runs the quiz with a group on one
//! screen. [`Session`] (the model) takes an [`Event`] and changes state, like
//! the solo [`Quiz`](super::solo::Quiz): it keeps question ids, choice orders
//! and each team's marks, never question text, so the shell can save it after
//! every step and resume it exactly. The shell passes in the seed, the time
//! and the timer's ticks; nothing here reads a clock or makes up randomness.
//!
//! Phases: [`Phase::Setup`] → `Start` → [`Phase::Safeguarding`] (unless the
//! note was dismissed before) → [`Phase::Question`] (answering, then revealed)
//! for each question → [`Phase::Finished`].

use super::bank::{Audience, Bank, Kind, Question, Source, Topic};
use super::solo::{pick_questions, ResumeError};
use crate::json::{self, content, FromJson, ToJson, Value, Writer};
use crate::store::Record;
use std::fmt;

pub const MIN_TEAMS: usize = 2;
/// Also the number of distinct colour + symbol looks.
pub const MAX_TEAMS: usize = 8;
/// The fewest and most questions a facilitator can ask for.
pub const MIN_LENGTH: usize = 5;
pub const MAX_LENGTH: usize = 30;
/// In characters, after trimming.
pub const MAX_NAME_CHARS: usize = 30;

/// Enums with exactly [`MAX_TEAMS`] members and stable slugs (the shell maps
/// them to CSS classes and accessible names; the slug is the JSON form).
macro_rules! look_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        crate::json_slugs!($name { $($variant = $slug),+ });

        impl $name {
            /// Team `i` of [`Team::defaults`] takes `ALL[i]`.
            pub const ALL: [$name; MAX_TEAMS] = [$($name::$variant),+];
        }
    };
}

look_enum! {
    /// A team's colour; never the only cue, always paired with a [`TeamSymbol`].
    TeamColour {
        Blue = "blue",
        Orange = "orange",
        Green = "green",
        Purple = "purple",
        Pink = "pink",
        Yellow = "yellow",
        Teal = "teal",
        Brown = "brown",
    }
}

look_enum! {
    /// A team's symbol, shown next to its colour and name.
    TeamSymbol {
        Circle = "circle",
        Triangle = "triangle",
        Square = "square",
        Diamond = "diamond",
        Star = "star",
        Heart = "heart",
        Hexagon = "hexagon",
        Moon = "moon",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Team {
    pub name: String,
    pub colour: TeamColour,
    pub symbol: TeamSymbol,
}

impl Team {
    /// "Team 1" … "Team n" (at most [`MAX_TEAMS`]), each with its own colour
    /// and its own symbol. The shell may rename them into its language.
    pub fn defaults(n: usize) -> Vec<Team> {
        (0..n.min(MAX_TEAMS))
            .map(|i| Team {
                name: default_name(i + 1),
                colour: TeamColour::ALL[i],
                symbol: TeamSymbol::ALL[i],
            })
            .collect()
    }
}

fn default_name(n: usize) -> String {
    format!("Team {n}")
}

/// A per-question timer; it only ever counts down while it runs, and the
/// facilitator can pause it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Timer {
    #[default]
    Off,
    Secs30,
    Secs60,
    Secs90,
}

impl Timer {
    pub const ALL: [Timer; 4] = [Timer::Off, Timer::Secs30, Timer::Secs60, Timer::Secs90];

    pub fn seconds(self) -> Option<u32> {
        match self {
            Timer::Off => None,
            Timer::Secs30 => Some(30),
            Timer::Secs60 => Some(60),
            Timer::Secs90 => Some(90),
        }
    }

    fn millis(self) -> Option<u64> {
        self.seconds().map(|s| u64::from(s) * 1000)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Scoring {
    /// A point per right answer per team, and a scoreboard.
    #[default]
    Points,
    /// The group's result only; no team is ranked.
    NoScores,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionConfig {
    /// `None` takes every audience.
    pub audience: Option<Audience>,
    /// Empty takes every topic.
    pub topics: Vec<Topic>,
    /// [`MIN_LENGTH`]..=[`MAX_LENGTH`]; capped by how many questions match.
    pub length: usize,
    /// [`MIN_TEAMS`]..=[`MAX_TEAMS`], unique names, distinct colours and symbols.
    pub teams: Vec<Team>,
    pub timer: Timer,
    pub scoring: Scoring,
    pub show_discussion: bool,
    /// Picks and orders the questions and their choices.
    pub seed: u64,
}

impl SessionConfig {
    pub const DEFAULT_LENGTH: usize = 10;
    pub const DEFAULT_TEAMS: usize = 2;

    /// Every audience and topic, 10 questions, two teams, no timer, points,
    /// discussion prompts shown.
    pub fn new(seed: u64) -> SessionConfig {
        SessionConfig {
            audience: None,
            topics: Vec::new(),
            length: Self::DEFAULT_LENGTH,
            teams: Team::defaults(Self::DEFAULT_TEAMS),
            timer: Timer::Off,
            scoring: Scoring::Points,
            show_discussion: true,
            seed,
        }
    }

    pub fn validate(&self) -> Result<(), SetupError> {
        if self.teams.len() < MIN_TEAMS {
            return Err(SetupError::TooFewTeams);
        }
        if self.teams.len() > MAX_TEAMS {
            return Err(SetupError::TooManyTeams);
        }
        if !(MIN_LENGTH..=MAX_LENGTH).contains(&self.length) {
            return Err(SetupError::LengthOutOfRange);
        }
        for (i, team) in self.teams.iter().enumerate() {
            if clean_name(&team.name)? != team.name {
                return Err(SetupError::EmptyName);
            }
            let earlier = &self.teams[..i];
            if earlier.iter().any(|t| same_name(&t.name, &team.name)) {
                return Err(SetupError::DuplicateName);
            }
            if earlier
                .iter()
                .any(|t| t.colour == team.colour || t.symbol == team.symbol)
            {
                return Err(SetupError::SharedLook);
            }
        }
        Ok(())
    }

    /// A team can be added while there are fewer than [`MAX_TEAMS`].
    pub fn can_add_team(&self) -> bool {
        self.teams.len() < MAX_TEAMS
    }

    /// A team can be removed while there are more than [`MIN_TEAMS`].
    pub fn can_remove_team(&self) -> bool {
        self.teams.len() > MIN_TEAMS
    }
}

/// Trims, drops control characters, and checks the length.
fn clean_name(raw: &str) -> Result<String, SetupError> {
    let name: String = raw.trim().chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() {
        return Err(SetupError::EmptyName);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(SetupError::NameTooLong);
    }
    Ok(name)
}

/// "Tigers" and "tigers" are the same team to a room full of people.
fn same_name(a: &str, b: &str) -> bool {
    crate::text::eq_ignoring_case(a, b)
}

/// Why a setup change or `Start` was refused. The shell words it from its
/// catalogue; `Display` is for logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupError {
    TooFewTeams,
    TooManyTeams,
    NoSuchTeam,
    EmptyName,
    NameTooLong,
    DuplicateName,
    /// Two teams share a colour or a symbol.
    SharedLook,
    LengthOutOfRange,
    /// No question matches the audience and topics.
    NoQuestions,
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SetupError::TooFewTeams => "a session needs at least 2 teams",
            SetupError::TooManyTeams => "a session has at most 8 teams",
            SetupError::NoSuchTeam => "there is no such team",
            SetupError::EmptyName => "a team needs a name",
            SetupError::NameTooLong => "a team name has at most 30 characters",
            SetupError::DuplicateName => "another team has this name",
            SetupError::SharedLook => "two teams share a colour or symbol",
            SetupError::LengthOutOfRange => "a session has 5 to 30 questions",
            SetupError::NoQuestions => "no questions match this choice",
        })
    }
}

impl std::error::Error for SetupError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Teams' choices are being recorded.
    Answering,
    /// The answer is shown; choices are locked.
    Revealed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Setup,
    /// The facilitator's safeguarding note, before the first question.
    Safeguarding,
    /// `index` is 0-based.
    Question {
        index: usize,
        stage: Stage,
    },
    Finished,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    // Setup only.
    /// Adds "Team n" (the lowest n free) with the first free colour and symbol.
    AddTeam,
    RemoveTeam(usize),
    /// Trimmed; non-empty, at most [`MAX_NAME_CHARS`], unique ignoring case.
    RenameTeam {
        team: usize,
        name: String,
    },
    SetAudience(Option<Audience>),
    SetTopics(Vec<Topic>),
    SetLength(usize),
    SetTimer(Timer),
    /// Picks the questions; reads `now_ms` as the start time.
    Start,
    // Any time before the end.
    SetScoring(Scoring),
    SetShowDiscussion(bool),
    // The safeguarding note: dismissed for good (store [`FacilitatorPrefs`]).
    DismissSafeguarding,
    // While answering.
    /// Picks the team whose choice the next `Choose` records.
    SelectTeam(usize),
    /// Records the selected team's choice (display index), replacing any
    /// earlier one, and selects the next team still waiting.
    Choose(usize),
    /// Records a team's choice directly; the selection stays.
    Record {
        team: usize,
        choice: usize,
    },
    /// The team passes on this question.
    Skip(usize),
    /// The team is waiting again.
    ClearAnswer(usize),
    /// Locks the answers and shows the right one; stops the timer.
    Reveal,
    // Once revealed.
    /// On to the next question; after the last, finishes (reads `now_ms`).
    Next,
    /// Finishes now, keeping only the questions asked so far (reads `now_ms`).
    EndEarly,
    // The timer.
    /// Time passed in the shell; counts down only while running and answering.
    Tick {
        elapsed_ms: u64,
    },
    PauseTimer,
    ResumeTimer,
    /// The page is hidden or about to unload: pause the timer.
    Suspend,
}

/// What an event did, so the shell knows what to save, announce or store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed (wrong phase, same value, out of range…).
    Ignored,
    /// Something changed: save and re-render.
    Changed,
    /// Setup is over: the safeguarding note or the first question is up.
    Started,
    /// The first question is up; remember the dismissal ([`FacilitatorPrefs`]).
    SafeguardingDismissed,
    /// The timer reached zero (answers can still be recorded).
    TimeUp,
    Revealed(Reveal),
    /// The next question is up.
    Moved,
    /// The session is over; add the record to [`FinishedSessions`].
    Finished(SessionRecord),
}

/// One team's mark on one question, by displayed choice index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Choice(u8),
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamAnswer {
    Waiting,
    /// Display index of the choice.
    Chose(usize),
    Skipped,
}

impl From<Option<Mark>> for TeamAnswer {
    fn from(m: Option<Mark>) -> TeamAnswer {
        match m {
            None => TeamAnswer::Waiting,
            Some(Mark::Choice(c)) => TeamAnswer::Chose(usize::from(c)),
            Some(Mark::Skip) => TeamAnswer::Skipped,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    id: String,
    /// Displayed position → index into the question's `choices` in the bank.
    order: Vec<u8>,
    /// One per team, in team order.
    marks: Vec<Option<Mark>>,
}

/// The current question's countdown.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Countdown {
    remaining_ms: u64,
    /// Never saved: a session read back from storage is always paused.
    running: bool,
    time_up: bool,
}

/// A facilitated session, from setup to the end. Invariants (checked by
/// [`Session::validate`] after loading): the config is valid; questions are
/// picked once started; only questions up to the current one have marks;
/// there is a countdown exactly when a question is up and the timer is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    config: SessionConfig,
    safeguarding_dismissed: bool,
    phase: Phase,
    items: Vec<Item>,
    selected: Option<usize>,
    timer: Option<Countdown>,
    started_at_ms: Option<u64>,
    finished_at_ms: Option<u64>,
}

/// A choice as presented: lettered A–D in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceView {
    pub letter: char,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamView {
    pub index: usize,
    pub name: String,
    pub colour: TeamColour,
    pub symbol: TeamSymbol,
    pub answer: TeamAnswer,
    pub selected: bool,
    /// `Some` once revealed: whether this team chose the right answer.
    pub right: Option<bool>,
    /// Points over the questions revealed so far; `None` in no-scores mode.
    pub points: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimerView {
    /// Rounded up, so it reads 0 only once time is up.
    pub remaining_s: u64,
    pub running: bool,
    pub time_up: bool,
}

/// What Reveal shows. Indices are as displayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal {
    pub right_choice: usize,
    pub explanation: String,
    /// Only when the session shows discussion prompts.
    pub discuss: Option<String>,
    /// How many teams chose each choice, in display order.
    pub counts: Vec<usize>,
    /// Teams that skipped or gave no answer.
    pub passed: usize,
    /// For "read more": a report heading, or general guidance.
    pub source: Source,
}

/// The question on the presenter's screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenterView {
    /// 0-based; `number` is 1-based, for "3 of 10".
    pub index: usize,
    pub number: usize,
    pub total: usize,
    pub id: String,
    pub topic: Topic,
    pub kind: Kind,
    pub prompt: String,
    pub choices: Vec<ChoiceView>,
    pub teams: Vec<TeamView>,
    pub selected: Option<usize>,
    /// `None` when the timer is off.
    pub timer: Option<TimerView>,
    pub revealed: Option<Reveal>,
    /// Next here finishes the session.
    pub is_last: bool,
}

/// A team's place on the scoreboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// 1-based; tied teams share a rank (1, 1, 3).
    pub rank: usize,
    pub team: Team,
    pub points: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scoreboard {
    /// Most points first; ties keep team order.
    pub standings: Vec<Standing>,
    /// The most points a team could have (questions revealed).
    pub out_of: usize,
}

/// The session's result. In no-scores mode there is no per-team data to rank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndView {
    Ranked(Scoreboard),
    Group {
        /// Right answers, all teams together.
        right: usize,
        /// Choices given (not skipped), all teams together.
        answered: usize,
        /// Teams × questions.
        possible: usize,
    },
}

/// How the group did on one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopicShare {
    pub topic: Topic,
    /// Right answers, all teams together.
    pub right: usize,
    /// Teams × questions on the topic.
    pub out_of: usize,
}

/// A question most teams missed, for "What we learned".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missed {
    pub id: String,
    pub topic: Topic,
    pub prompt: String,
    /// The right choice's text.
    pub answer: String,
    pub explanation: String,
    pub source: Source,
    /// Teams that chose wrongly, skipped or gave no answer.
    pub missed_by: usize,
    pub teams: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learned {
    pub prompt: String,
    pub answer: String,
    pub explanation: String,
    pub source: Source,
}

/// The one-page summary to print or keep. It names teams, never children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// When the session started.
    pub date_ms: u64,
    pub audience: Option<Audience>,
    /// The topics asked, in [`Topic::ALL`] order.
    pub topics: Vec<Topic>,
    pub question_count: usize,
    pub results: EndView,
    pub learned: Vec<Learned>,
}

/// A finished session as [`FinishedSessions`] keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// The start time; unique on one device.
    pub id: u64,
    pub finished_at_ms: u64,
    pub summary: SessionSummary,
}

impl Session {
    /// A session in setup.
    pub fn new(config: SessionConfig, safeguarding_dismissed: bool) -> Result<Session, SetupError> {
        config.validate()?;
        Ok(Session {
            config,
            safeguarding_dismissed,
            phase: Phase::Setup,
            items: Vec::new(),
            selected: None,
            timer: None,
            started_at_ms: None,
            finished_at_ms: None,
        })
    }

    /// Applies one event. `now_ms` is read only by `Start` and on finishing.
    /// Errors come only from setup edits and `Start`; events that do not fit
    /// the phase are [`Outcome::Ignored`].
    pub fn update(
        &mut self,
        bank: &Bank,
        event: Event,
        now_ms: u64,
    ) -> Result<Outcome, SetupError> {
        let in_setup = self.phase == Phase::Setup;
        Ok(match event {
            Event::AddTeam if in_setup => {
                let teams = &self.config.teams;
                if teams.len() >= MAX_TEAMS {
                    return Err(SetupError::TooManyTeams);
                }
                let colour = TeamColour::ALL
                    .into_iter()
                    .find(|c| teams.iter().all(|t| t.colour != *c));
                let symbol = TeamSymbol::ALL
                    .into_iter()
                    .find(|s| teams.iter().all(|t| t.symbol != *s));
                let (Some(colour), Some(symbol)) = (colour, symbol) else {
                    return Err(SetupError::TooManyTeams);
                };
                let name = (1..)
                    .map(default_name)
                    .find(|n| teams.iter().all(|t| !same_name(&t.name, n)))
                    .unwrap_or_default();
                self.config.teams.push(Team {
                    name,
                    colour,
                    symbol,
                });
                Outcome::Changed
            }
            Event::RemoveTeam(team) if in_setup => {
                if team >= self.config.teams.len() {
                    return Err(SetupError::NoSuchTeam);
                }
                if !self.config.can_remove_team() {
                    return Err(SetupError::TooFewTeams);
                }
                self.config.teams.remove(team);
                Outcome::Changed
            }
            Event::RenameTeam { team, name } if in_setup => {
                if team >= self.config.teams.len() {
                    return Err(SetupError::NoSuchTeam);
                }
                let name = clean_name(&name)?;
                let teams = &self.config.teams;
                if (teams.iter().enumerate()).any(|(i, t)| i != team && same_name(&t.name, &name)) {
                    return Err(SetupError::DuplicateName);
                }
                let old = &mut self.config.teams[team].name;
                changed_if(std::mem::replace(old, name) != *old)
            }
            Event::SetAudience(audience) if in_setup => {
                changed_if(std::mem::replace(&mut self.config.audience, audience) != audience)
            }
            Event::SetTopics(topics) if in_setup => {
                let mut unique = Vec::with_capacity(topics.len());
                for t in topics {
                    if !unique.contains(&t) {
                        unique.push(t);
                    }
                }
                changed_if(std::mem::replace(&mut self.config.topics, unique) != self.config.topics)
            }
            Event::SetLength(length) if in_setup => {
                if !(MIN_LENGTH..=MAX_LENGTH).contains(&length) {
                    return Err(SetupError::LengthOutOfRange);
                }
                changed_if(std::mem::replace(&mut self.config.length, length) != length)
            }
            Event::SetTimer(timer) if in_setup => {
                changed_if(std::mem::replace(&mut self.config.timer, timer) != timer)
            }
            Event::Start if in_setup => {
                self.config.validate()?;
                self.items = pick(bank, &self.config);
                if self.items.is_empty() {
                    return Err(SetupError::NoQuestions);
                }
                self.started_at_ms = Some(now_ms);
                if self.safeguarding_dismissed {
                    self.enter_question(0);
                } else {
                    self.phase = Phase::Safeguarding;
                }
                Outcome::Started
            }
            Event::SetScoring(scoring) if !self.is_finished() => {
                changed_if(std::mem::replace(&mut self.config.scoring, scoring) != scoring)
            }
            Event::SetShowDiscussion(show) if !self.is_finished() => {
                changed_if(std::mem::replace(&mut self.config.show_discussion, show) != show)
            }
            Event::DismissSafeguarding if self.phase == Phase::Safeguarding => {
                self.safeguarding_dismissed = true;
                self.enter_question(0);
                Outcome::SafeguardingDismissed
            }
            Event::SelectTeam(team) => match self.answering() {
                Some(_) if team < self.team_count() && self.selected != Some(team) => {
                    self.selected = Some(team);
                    Outcome::Changed
                }
                _ => Outcome::Ignored,
            },
            Event::Choose(choice) => match self.selected {
                Some(team) => {
                    let outcome = self.mark(team, choice);
                    if outcome == Outcome::Changed {
                        self.select_next_waiting(team);
                    }
                    outcome
                }
                None => Outcome::Ignored,
            },
            Event::Record { team, choice } => self.mark(team, choice),
            Event::Skip(team) => match self.answering_item() {
                Some(item) if item.marks.get(team).is_some_and(|m| *m != Some(Mark::Skip)) => {
                    item.marks[team] = Some(Mark::Skip);
                    if self.selected == Some(team) {
                        self.select_next_waiting(team);
                    }
                    Outcome::Changed
                }
                _ => Outcome::Ignored,
            },
            Event::ClearAnswer(team) => match self.answering_item() {
                Some(item) if item.marks.get(team).is_some_and(Option::is_some) => {
                    item.marks[team] = None;
                    Outcome::Changed
                }
                _ => Outcome::Ignored,
            },
            Event::Reveal => match self.answering() {
                Some(index) => {
                    self.phase = Phase::Question {
                        index,
                        stage: Stage::Revealed,
                    };
                    self.selected = None;
                    if let Some(t) = &mut self.timer {
                        t.running = false;
                    }
                    match self.reveal(bank, index) {
                        Some(r) => Outcome::Revealed(r),
                        None => Outcome::Changed,
                    }
                }
                None => Outcome::Ignored,
            },
            Event::Next => match self.revealed() {
                Some(index) if index + 1 < self.items.len() => {
                    self.enter_question(index + 1);
                    Outcome::Moved
                }
                Some(_) => self.finish(bank, now_ms),
                None => Outcome::Ignored,
            },
            Event::EndEarly => match self.revealed() {
                Some(index) => {
                    self.items.truncate(index + 1);
                    self.finish(bank, now_ms)
                }
                None => Outcome::Ignored,
            },
            Event::Tick { elapsed_ms } => {
                let answering = self.answering().is_some();
                match &mut self.timer {
                    Some(t) if answering && t.running && elapsed_ms > 0 => {
                        t.remaining_ms = t.remaining_ms.saturating_sub(elapsed_ms);
                        if t.remaining_ms == 0 {
                            t.running = false;
                            t.time_up = true;
                            Outcome::TimeUp
                        } else {
                            Outcome::Changed
                        }
                    }
                    _ => Outcome::Ignored,
                }
            }
            Event::PauseTimer | Event::Suspend => match &mut self.timer {
                Some(t) if t.running => {
                    t.running = false;
                    Outcome::Changed
                }
                _ => Outcome::Ignored,
            },
            Event::ResumeTimer => {
                let answering = self.answering().is_some();
                match &mut self.timer {
                    Some(t) if answering && !t.running && !t.time_up => {
                        t.running = true;
                        Outcome::Changed
                    }
                    _ => Outcome::Ignored,
                }
            }
            _ => Outcome::Ignored,
        })
    }

    fn enter_question(&mut self, index: usize) {
        self.phase = Phase::Question {
            index,
            stage: Stage::Answering,
        };
        self.selected = Some(0);
        self.timer = self.config.timer.millis().map(|ms| Countdown {
            remaining_ms: ms,
            running: true,
            time_up: false,
        });
    }

    fn finish(&mut self, bank: &Bank, now_ms: u64) -> Outcome {
        self.phase = Phase::Finished;
        self.finished_at_ms = Some(now_ms);
        self.selected = None;
        self.timer = None;
        match self.record(bank) {
            Some(r) => Outcome::Finished(r),
            None => Outcome::Changed,
        }
    }

    /// The index of the question being answered, if any.
    fn answering(&self) -> Option<usize> {
        match self.phase {
            Phase::Question {
                index,
                stage: Stage::Answering,
            } => Some(index),
            _ => None,
        }
    }

    fn revealed(&self) -> Option<usize> {
        match self.phase {
            Phase::Question {
                index,
                stage: Stage::Revealed,
            } => Some(index),
            _ => None,
        }
    }

    fn answering_item(&mut self) -> Option<&mut Item> {
        let index = self.answering()?;
        self.items.get_mut(index)
    }

    fn mark(&mut self, team: usize, choice: usize) -> Outcome {
        let Some(item) = self.answering_item() else {
            return Outcome::Ignored;
        };
        if choice >= item.order.len() || team >= item.marks.len() {
            return Outcome::Ignored;
        }
        // Choices are at most 4 (checked at compile), so u8 holds them.
        let mark = Some(Mark::Choice(choice as u8));
        changed_if(std::mem::replace(&mut item.marks[team], mark) != mark)
    }

    /// Selects the first team after `team` (wrapping) still waiting, or none.
    fn select_next_waiting(&mut self, team: usize) {
        let Some(item) = self.answering().and_then(|i| self.items.get(i)) else {
            return;
        };
        let n = item.marks.len();
        self.selected = (1..n)
            .map(|k| (team + k) % n)
            .find(|&t| item.marks[t].is_none());
    }

    fn team_count(&self) -> usize {
        self.config.teams.len()
    }

    /// How many questions have had their answer shown.
    pub fn revealed_count(&self) -> usize {
        match self.phase {
            Phase::Setup | Phase::Safeguarding => 0,
            Phase::Question {
                index,
                stage: Stage::Answering,
            } => index,
            Phase::Question {
                index,
                stage: Stage::Revealed,
            } => index + 1,
            Phase::Finished => self.items.len(),
        }
        .min(self.items.len())
    }

    /// Revealed questions with their bank entries (questions the bank has
    /// lost are left out).
    fn scored<'b>(
        &self,
        bank: &'b Bank,
    ) -> impl Iterator<Item = (&Item, &'b Question)> + use<'_, 'b> {
        self.items[..self.revealed_count()]
            .iter()
            .filter_map(move |item| Some((item, bank.get(&item.id)?)))
    }

    fn is_right(item: &Item, q: &Question, team: usize) -> bool {
        match item.marks.get(team) {
            Some(Some(Mark::Choice(c))) => item.order.get(usize::from(*c)) == Some(&q.answer),
            _ => false,
        }
    }

    fn right_count(item: &Item, q: &Question) -> usize {
        (0..item.marks.len())
            .filter(|&t| Self::is_right(item, q, t))
            .count()
    }

    fn right_choice(item: &Item, q: &Question) -> usize {
        item.order.iter().position(|&o| o == q.answer).unwrap_or(0)
    }

    fn reveal(&self, bank: &Bank, index: usize) -> Option<Reveal> {
        let item = self.items.get(index)?;
        let q = bank.get(&item.id)?;
        let mut counts = vec![0; item.order.len()];
        let mut passed = 0;
        for mark in &item.marks {
            match mark {
                Some(Mark::Choice(c)) if usize::from(*c) < counts.len() => {
                    counts[usize::from(*c)] += 1
                }
                _ => passed += 1,
            }
        }
        Some(Reveal {
            right_choice: Self::right_choice(item, q),
            explanation: q.explanation.clone(),
            discuss: self.config.show_discussion.then(|| q.discuss.clone()),
            counts,
            passed,
            source: q.source.clone(),
        })
    }

    /// Points per team, in team order, over the questions revealed so far.
    pub fn points(&self, bank: &Bank) -> Vec<usize> {
        let mut points = vec![0; self.team_count()];
        for (item, q) in self.scored(bank) {
            for (t, p) in points.iter_mut().enumerate() {
                *p += usize::from(Self::is_right(item, q, t));
            }
        }
        points
    }

    /// The question on screen, while one is up.
    pub fn presenter(&self, bank: &Bank) -> Option<PresenterView> {
        let Phase::Question { index, stage } = self.phase else {
            return None;
        };
        let item = self.items.get(index)?;
        let q = bank.get(&item.id)?;
        let choices = (item.order.iter().enumerate())
            .map(|(i, &o)| ChoiceView {
                letter: char::from(b'A' + (i % 26) as u8),
                text: q.choices.get(usize::from(o)).cloned().unwrap_or_default(),
            })
            .collect();
        let revealed = stage == Stage::Revealed;
        let points = (self.config.scoring == Scoring::Points).then(|| self.points(bank));
        let teams = (self.config.teams.iter().enumerate())
            .map(|(i, team)| TeamView {
                index: i,
                name: team.name.clone(),
                colour: team.colour,
                symbol: team.symbol,
                answer: item.marks.get(i).copied().flatten().into(),
                selected: self.selected == Some(i),
                right: revealed.then(|| Self::is_right(item, q, i)),
                points: points.as_ref().map(|p| p[i]),
            })
            .collect();
        Some(PresenterView {
            index,
            number: index + 1,
            total: self.items.len(),
            id: q.id.clone(),
            topic: q.topic,
            kind: q.kind,
            prompt: q.prompt.clone(),
            choices,
            teams,
            selected: self.selected,
            timer: self.timer.as_ref().map(|t| TimerView {
                remaining_s: t.remaining_ms.div_ceil(1000),
                running: t.running,
                time_up: t.time_up,
            }),
            revealed: if revealed {
                self.reveal(bank, index)
            } else {
                None
            },
            is_last: index + 1 == self.items.len(),
        })
    }

    /// The result over the questions revealed so far (all of them once
    /// finished): a scoreboard, or in no-scores mode the group's total only.
    pub fn end_view(&self, bank: &Bank) -> EndView {
        let questions = self.scored(bank).count();
        match self.config.scoring {
            Scoring::Points => {
                let points = self.points(bank);
                let mut order: Vec<usize> = (0..points.len()).collect();
                crate::few::sort_by_key(&mut order, |&t| std::cmp::Reverse(points[t]));
                let mut standings: Vec<Standing> = Vec::with_capacity(order.len());
                for (place, &t) in order.iter().enumerate() {
                    let rank = match standings.last() {
                        Some(prev) if prev.points == points[t] => prev.rank,
                        _ => place + 1,
                    };
                    standings.push(Standing {
                        rank,
                        team: self.config.teams[t].clone(),
                        points: points[t],
                    });
                }
                EndView::Ranked(Scoreboard {
                    standings,
                    out_of: questions,
                })
            }
            Scoring::NoScores => {
                let mut right = 0;
                let mut answered = 0;
                for (item, q) in self.scored(bank) {
                    right += Self::right_count(item, q);
                    answered += (item.marks.iter())
                        .filter(|m| matches!(m, Some(Mark::Choice(_))))
                        .count();
                }
                EndView::Group {
                    right,
                    answered,
                    possible: questions * self.team_count(),
                }
            }
        }
    }

    /// Topics where the group missed something, hardest (lowest share of
    /// right answers across teams) first; ties in [`Topic::ALL`] order. Only
    /// topics asked and revealed appear.
    pub fn hardest_topics(&self, bank: &Bank) -> Vec<TopicShare> {
        let teams = self.team_count();
        let mut shares: Vec<TopicShare> = Vec::new();
        for (item, q) in self.scored(bank) {
            let right = Self::right_count(item, q);
            match shares.iter_mut().find(|s| s.topic == q.topic) {
                Some(s) => {
                    s.right += right;
                    s.out_of += teams;
                }
                None => shares.push(TopicShare {
                    topic: q.topic,
                    right,
                    out_of: teams,
                }),
            }
        }
        shares.retain(|s| s.right < s.out_of);
        crate::few::sort_by(&mut shares, |a, b| {
            // a.right / a.out_of vs b.right / b.out_of, without division.
            (a.right * b.out_of)
                .cmp(&(b.right * a.out_of))
                .then_with(|| topic_rank(a.topic).cmp(&topic_rank(b.topic)))
        });
        shares
    }

    /// Questions that more than half the teams missed (wrong, skipped or no
    /// answer), most missed first, then in session order.
    pub fn most_missed(&self, bank: &Bank) -> Vec<Missed> {
        let teams = self.team_count();
        let mut missed: Vec<Missed> = self
            .scored(bank)
            .filter_map(|(item, q)| {
                let missed_by = teams - Self::right_count(item, q).min(teams);
                (missed_by * 2 > teams).then(|| Missed {
                    id: q.id.clone(),
                    topic: q.topic,
                    prompt: q.prompt.clone(),
                    answer: q
                        .choices
                        .get(usize::from(q.answer))
                        .cloned()
                        .unwrap_or_default(),
                    explanation: q.explanation.clone(),
                    source: q.source.clone(),
                    missed_by,
                    teams,
                })
            })
            .collect();
        // Stable, so ties keep session order.
        crate::few::sort_by_key(&mut missed, |m| std::cmp::Reverse(m.missed_by));
        missed
    }

    /// `Some` once finished: the page to print, with team names and no one else's.
    pub fn summary(&self, bank: &Bank) -> Option<SessionSummary> {
        self.finished_at_ms?;
        let mut topics: Vec<Topic> = Vec::new();
        for (_, q) in self.scored(bank) {
            if !topics.contains(&q.topic) {
                topics.push(q.topic);
            }
        }
        crate::few::sort_by_key(&mut topics, |t| topic_rank(*t));
        Some(SessionSummary {
            date_ms: self.started_at_ms?,
            audience: self.config.audience,
            topics,
            question_count: self.items.len(),
            results: self.end_view(bank),
            learned: (self.most_missed(bank).into_iter())
                .map(|m| Learned {
                    prompt: m.prompt,
                    answer: m.answer,
                    explanation: m.explanation,
                    source: m.source,
                })
                .collect(),
        })
    }

    /// `Some` once finished: what [`FinishedSessions`] keeps.
    pub fn record(&self, bank: &Bank) -> Option<SessionRecord> {
        Some(SessionRecord {
            id: self.started_at_ms?,
            finished_at_ms: self.finished_at_ms?,
            summary: self.summary(bank)?,
        })
    }

    /// Checks a session loaded from storage against the bank now loaded.
    /// Every other method is safe without it, but may leave a question out.
    pub fn validate(&self, bank: &Bank) -> Result<(), ResumeError> {
        use ResumeError::Damaged;
        if self.config.validate().is_err() {
            return Err(Damaged("the setup is invalid"));
        }
        let teams = self.team_count();
        if self.selected.is_some_and(|t| t >= teams) {
            return Err(Damaged("the selected team does not exist"));
        }
        let started = self.started_at_ms.is_some();
        let finished = self.finished_at_ms.is_some();
        let has_items = !self.items.is_empty();
        // Questions after this one must have no marks yet.
        let marked_up_to = match self.phase {
            Phase::Setup if !started && !finished && !has_items => 0,
            Phase::Setup => return Err(Damaged("setup with questions already picked")),
            Phase::Safeguarding if started && !finished && has_items => 0,
            Phase::Question { index, .. } if started && !finished && index < self.items.len() => {
                index + 1
            }
            Phase::Finished if started && finished && has_items => self.items.len(),
            _ => return Err(Damaged("the step does not fit the questions")),
        };
        if self.items.len() > MAX_LENGTH {
            return Err(Damaged("too many questions"));
        }
        let countdown_expected = matches!(self.phase, Phase::Question { .. })
            .then(|| self.config.timer.millis())
            .flatten();
        match (&self.timer, countdown_expected) {
            (None, None) => {}
            (Some(t), Some(full))
                if t.remaining_ms <= full && (t.remaining_ms == 0) == t.time_up => {}
            _ => return Err(Damaged("the timer does not fit the setup")),
        }
        for (i, item) in self.items.iter().enumerate() {
            let q = bank
                .get(&item.id)
                .ok_or_else(|| ResumeError::MissingQuestion(item.id.clone()))?;
            let n = q.choices.len();
            let mut seen = vec![false; n];
            let is_permutation = item.order.len() == n
                && (item.order.iter()).all(|&o| {
                    usize::from(o) < n && !std::mem::replace(&mut seen[usize::from(o)], true)
                });
            if !is_permutation || usize::from(q.answer) >= n {
                return Err(ResumeError::ChoicesChanged(item.id.clone()));
            }
            if item.marks.len() != teams {
                return Err(Damaged("answers do not fit the teams"));
            }
            if (item.marks.iter())
                .any(|m| matches!(m, Some(Mark::Choice(c)) if usize::from(*c) >= n))
            {
                return Err(Damaged("an answer is out of range"));
            }
            if i >= marked_up_to && item.marks.iter().any(Option::is_some) {
                return Err(Damaged("answers to questions not yet asked"));
            }
        }
        Ok(())
    }

    pub fn config(&self) -> &SessionConfig {
        &self.config
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    pub fn safeguarding_dismissed(&self) -> bool {
        self.safeguarding_dismissed
    }

    /// Past setup: worth offering to resume.
    pub fn has_started(&self) -> bool {
        self.started_at_ms.is_some()
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at_ms.is_some()
    }

    pub fn started_at_ms(&self) -> Option<u64> {
        self.started_at_ms
    }

    pub fn finished_at_ms(&self) -> Option<u64> {
        self.finished_at_ms
    }

    /// Questions picked (0 in setup).
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Question ids in session order.
    pub fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|i| i.id.as_str())
    }
}

fn changed_if(yes: bool) -> Outcome {
    if yes {
        Outcome::Changed
    } else {
        Outcome::Ignored
    }
}

fn topic_rank(t: Topic) -> usize {
    Topic::ALL
        .iter()
        .position(|a| *a == t)
        .unwrap_or(usize::MAX)
}

/// Picks questions exactly as the solo quiz does for the same seed.
fn pick(bank: &Bank, config: &SessionConfig) -> Vec<Item> {
    pick_questions(
        bank,
        config.audience,
        &config.topics,
        config.length,
        config.seed,
    )
    .into_iter()
    .map(|(q, order)| Item {
        id: q.id.clone(),
        order,
        marks: vec![None; config.teams.len()],
    })
    .collect()
}

/// The session in progress (or just finished), saved after every step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CurrentSession(pub Option<Session>);

impl Record for CurrentSession {
    const KEY: &'static str = "facilitate.current";
    const VERSION: u32 = 1;
}

/// Finished sessions on this device, newest first, at most [`FinishedSessions::MAX`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FinishedSessions {
    entries: Vec<SessionRecord>,
}

impl FinishedSessions {
    pub const MAX: usize = 10;

    /// Adds a record as the newest; one with the same id is replaced, so
    /// pushing the same session twice keeps one.
    pub fn push(&mut self, record: SessionRecord) {
        self.entries.retain(|r| r.id != record.id);
        self.entries.insert(0, record);
        self.entries.truncate(Self::MAX);
    }

    /// Newest first.
    pub fn entries(&self) -> &[SessionRecord] {
        &self.entries
    }

    pub fn get(&self, id: u64) -> Option<&SessionRecord> {
        self.entries.iter().find(|r| r.id == id)
    }

    /// Deletes by position in [`FinishedSessions::entries`].
    pub fn remove(&mut self, index: usize) -> Option<SessionRecord> {
        (index < self.entries.len()).then(|| self.entries.remove(index))
    }

    pub fn remove_id(&mut self, id: u64) -> Option<SessionRecord> {
        let index = self.entries.iter().position(|r| r.id == id)?;
        self.remove(index)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Record for FinishedSessions {
    const KEY: &'static str = "facilitate.history";
    const VERSION: u32 = 1;
}

/// The facilitator's lasting choices on this device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacilitatorPrefs {
    /// Pass to [`Session::new`]; set on [`Outcome::SafeguardingDismissed`].
    pub safeguarding_dismissed: bool,
}

impl Record for FacilitatorPrefs {
    const KEY: &'static str = "facilitate.prefs";
    const VERSION: u32 = 1;
}

// The stored form. Empty and missing values are left out, as they always were.

crate::json_slugs!(Timer { Off = "off", Secs30 = "30s", Secs60 = "60s", Secs90 = "90s" });
crate::json_slugs!(Scoring { Points = "points", NoScores = "no-scores" });
crate::json_slugs!(Stage { Answering = "answering", Revealed = "revealed" });

crate::json_struct!(Team {
    name,
    colour,
    symbol
});

impl ToJson for SessionConfig {
    fn to_json(&self, w: &mut Writer) {
        w.begin_object();
        w.field_some("audience", &self.audience);
        w.field_nonempty("topics", &self.topics);
        w.field("length", &self.length);
        w.field("teams", &self.teams);
        w.field("timer", &self.timer);
        w.field("scoring", &self.scoring);
        w.field("show_discussion", &self.show_discussion);
        w.field("seed", &self.seed);
        w.end_object();
    }
}

impl FromJson for SessionConfig {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        let f = v.fields()?;
        Ok(SessionConfig {
            audience: f.opt("audience")?,
            topics: f.or_default("topics")?,
            length: f.req("length")?,
            teams: f.req("teams")?,
            timer: f.or_default("timer")?,
            scoring: f.or_default("scoring")?,
            show_discussion: f.req("show_discussion")?,
            seed: f.req("seed")?,
        })
    }
}

impl ToJson for Phase {
    fn to_json(&self, w: &mut Writer) {
        match self {
            Phase::Setup => w.str("setup"),
            Phase::Safeguarding => w.str("safeguarding"),
            Phase::Question { index, stage } => {
                w.begin_object();
                w.key("question");
                w.begin_object();
                w.field("index", index);
                w.field("stage", stage);
                w.end_object();
                w.end_object();
            }
            Phase::Finished => w.str("finished"),
        }
    }
}

impl FromJson for Phase {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        match v.variant()? {
            ("setup", None) => Ok(Phase::Setup),
            ("safeguarding", None) => Ok(Phase::Safeguarding),
            ("finished", None) => Ok(Phase::Finished),
            ("question", Some(c)) => {
                let f = c.fields()?;
                Ok(Phase::Question {
                    index: f.req("index")?,
                    stage: f.req("stage")?,
                })
            }
            _ => Err(json::Error("unknown phase")),
        }
    }
}

impl ToJson for Mark {
    fn to_json(&self, w: &mut Writer) {
        match self {
            Mark::Choice(c) => w.variant("choice", c),
            Mark::Skip => w.str("skip"),
        }
    }
}

impl FromJson for Mark {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        match v.variant()? {
            ("skip", None) => Ok(Mark::Skip),
            ("choice", Some(c)) => Ok(Mark::Choice(u8::from_json(c)?)),
            _ => Err(json::Error("unknown mark")),
        }
    }
}

crate::json_struct!(Item { id, order, marks });

impl ToJson for Countdown {
    fn to_json(&self, w: &mut Writer) {
        w.begin_object();
        w.field("remaining_ms", &self.remaining_ms);
        w.field("time_up", &self.time_up);
        w.end_object();
    }
}

impl FromJson for Countdown {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        let f = v.fields()?;
        Ok(Countdown {
            remaining_ms: f.req("remaining_ms")?,
            running: false,
            time_up: f.or_default("time_up")?,
        })
    }
}

impl ToJson for Session {
    fn to_json(&self, w: &mut Writer) {
        w.begin_object();
        w.field("config", &self.config);
        w.field("safeguarding_dismissed", &self.safeguarding_dismissed);
        w.field("phase", &self.phase);
        w.field_nonempty("items", &self.items);
        w.field_some("selected", &self.selected);
        w.field_some("timer", &self.timer);
        w.field_some("started_at_ms", &self.started_at_ms);
        w.field_some("finished_at_ms", &self.finished_at_ms);
        w.end_object();
    }
}

impl FromJson for Session {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        let f = v.fields()?;
        Ok(Session {
            config: f.req("config")?,
            safeguarding_dismissed: f.or_default("safeguarding_dismissed")?,
            phase: f.req("phase")?,
            items: f.or_default("items")?,
            selected: f.opt("selected")?,
            timer: f.opt("timer")?,
            started_at_ms: f.opt("started_at_ms")?,
            finished_at_ms: f.opt("finished_at_ms")?,
        })
    }
}

crate::json_struct!(Standing { rank, team, points });

crate::json_struct!(Scoreboard { standings, out_of });

impl ToJson for EndView {
    fn to_json(&self, w: &mut Writer) {
        match self {
            EndView::Ranked(board) => w.variant("ranked", board),
            EndView::Group {
                right,
                answered,
                possible,
            } => {
                w.begin_object();
                w.key("group");
                w.begin_object();
                w.field("right", right);
                w.field("answered", answered);
                w.field("possible", possible);
                w.end_object();
                w.end_object();
            }
        }
    }
}

impl FromJson for EndView {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        let (name, c) = v.variant()?;
        let c = content(c)?;
        match name {
            "ranked" => Ok(EndView::Ranked(Scoreboard::from_json(c)?)),
            "group" => {
                let f = c.fields()?;
                Ok(EndView::Group {
                    right: f.req("right")?,
                    answered: f.req("answered")?,
                    possible: f.req("possible")?,
                })
            }
            _ => Err(json::Error("unknown result")),
        }
    }
}

crate::json_struct!(Learned {
    prompt,
    answer,
    explanation,
    source
});

impl ToJson for SessionSummary {
    fn to_json(&self, w: &mut Writer) {
        w.begin_object();
        w.field("date_ms", &self.date_ms);
        w.field_some("audience", &self.audience);
        w.field("topics", &self.topics);
        w.field("question_count", &self.question_count);
        w.field("results", &self.results);
        w.field("learned", &self.learned);
        w.end_object();
    }
}

impl FromJson for SessionSummary {
    fn from_json(v: &Value<'_>) -> json::Result<Self> {
        let f = v.fields()?;
        Ok(SessionSummary {
            date_ms: f.req("date_ms")?,
            audience: f.opt("audience")?,
            topics: f.req("topics")?,
            question_count: f.req("question_count")?,
            results: f.req("results")?,
            learned: f.req("learned")?,
        })
    }
}

crate::json_struct!(SessionRecord {
    id,
    finished_at_ms,
    summary
});

crate::json_newtype!(CurrentSession);

crate::json_struct!(FinishedSessions default { entries });

crate::json_struct!(FacilitatorPrefs default { safeguarding_dismissed });
