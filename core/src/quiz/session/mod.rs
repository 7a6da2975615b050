//! The facilitated session: a peer educator runs the quiz with a group on one
//! screen. [`Session`] (the model) takes an [`Event`] and changes state, like
//! the solo [`Quiz`](super::solo::Quiz): it keeps question ids, choice orders
//! and each team's marks, never question text, so the shell can save it after
//! every step and resume it exactly. The shell passes in the seed, the time
//! and the timer's ticks; nothing here reads a clock or makes up randomness.
//!
//! Phases: [`Phase::Setup`] (where the safeguarding note is read, once for
//! good) → `Start` → [`Phase::Question`] (answering, then revealed) for each
//! question → [`Phase::Finished`].

mod update;
mod view;

pub use view::*;

use super::bank::{Audience, Bank, Topic};
use super::solo::{pick_questions, ResumeError};
use serde::{Deserialize, Serialize};
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
        crate::slug_enum! {
            $(#[$m])*
            #[derive(Debug)]
            pub enum $name { $($variant = $slug),+ }
        }

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

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

crate::slug_enum! {
    /// A per-question timer; it only ever counts down while it runs, and the
    /// facilitator can pause it.
    #[derive(Debug, Default)]
    pub enum Timer {
        #[default]
        Off = "off",
        Secs30 = "30s",
        Secs60 = "60s",
        Secs90 = "90s",
    }
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

crate::slug_enum! {
    #[derive(Debug, Default)]
    pub enum Scoring {
        /// A point per right answer per team, and a scoreboard.
        #[default]
        Points = "points",
        /// The group's result only; no team is ranked.
        NoScores = "no-scores",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionConfig {
    /// `None` takes every audience.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// Empty takes every topic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// [`MIN_LENGTH`]..=[`MAX_LENGTH`]; capped by how many questions match.
    pub length: usize,
    /// [`MIN_TEAMS`]..=[`MAX_TEAMS`], unique names, distinct colours and symbols.
    pub teams: Vec<Team>,
    #[serde(default)]
    pub timer: Timer,
    #[serde(default)]
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

    /// The name `raw` would give team `team`, or why it cannot: the shell
    /// asks as the name is typed, to say at once what is wrong.
    pub fn check_name(&self, team: usize, raw: &str) -> Result<String, SetupError> {
        if team >= self.teams.len() {
            return Err(SetupError::NoSuchTeam);
        }
        let name = clean_name(raw)?;
        let taken =
            (self.teams.iter().enumerate()).any(|(i, t)| i != team && same_name(&t.name, &name));
        if taken {
            return Err(SetupError::DuplicateName);
        }
        Ok(name)
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

/// A team name as it will be kept (see [`crate::name`]), or why not.
fn clean_name(raw: &str) -> Result<String, SetupError> {
    crate::name::normalise(raw, MAX_NAME_CHARS).map_err(|e| match e {
        crate::name::NameError::Empty => SetupError::EmptyName,
        crate::name::NameError::TooLong => SetupError::NameTooLong,
    })
}

/// "Tigers", "tigers" and "Ti\u{200B}gers" are the same team to a room.
fn same_name(a: &str, b: &str) -> bool {
    crate::name::same(a, b)
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
    /// `Start` before the safeguarding note was read.
    SafeguardingUnread,
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
            SetupError::SafeguardingUnread => "the safeguarding note is not read yet",
        })
    }
}

impl std::error::Error for SetupError {}

crate::slug_enum! {
    #[derive(Debug)]
    pub enum Stage {
        /// Teams' choices are being recorded.
        Answering = "answering",
        /// The answer is shown; choices are locked.
        Revealed = "revealed",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Setup,
    /// The safeguarding note after `Start`, where earlier builds showed it.
    /// A session stored there is read back in setup (see [`Session::sanitised`]).
    Safeguarding,
    /// `index` is 0-based.
    Question {
        index: usize,
        stage: Stage,
    },
    Finished,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// In setup: the safeguarding note is read, for good (store
    /// [`FacilitatorPrefs`](crate::store::FacilitatorPrefs)).
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
    /// Setup is over: the first question is up.
    Started,
    /// The note was read in setup; remember it ([`FacilitatorPrefs`](crate::store::FacilitatorPrefs)).
    SafeguardingRead,
    /// The timer reached zero (answers can still be recorded).
    TimeUp,
    Revealed(Reveal),
    /// The next question is up.
    Moved,
    /// The session is over; add the record to [`FinishedSessions`](crate::store::FinishedSessions).
    Finished(SessionRecord),
}

/// One team's mark on one question, by displayed choice index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Mark {
    Choice(u8),
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TeamAnswer {
    Waiting,
    /// Chose, but which is not shown until the reveal: the room sees how
    /// many have answered, never what, so no team copies another.
    Answered,
    /// Display index of the choice (once revealed).
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Item {
    id: String,
    /// Displayed position → index into the question's `choices` in the bank.
    order: Vec<u8>,
    /// One per team, in team order.
    marks: Vec<Option<Mark>>,
}

/// The current question's countdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Countdown {
    remaining_ms: u64,
    /// Never saved: a session read back from storage is always paused.
    #[serde(skip)]
    running: bool,
    #[serde(default)]
    time_up: bool,
}

/// A facilitated session, from setup to the end. Invariants (checked by
/// [`Session::validate`] after loading): the config is valid; questions are
/// picked once started; only questions up to the current one have marks;
/// there is a countdown exactly when a question is up and the timer is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    config: SessionConfig,
    #[serde(default)]
    safeguarding_dismissed: bool,
    phase: Phase,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    items: Vec<Item>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    selected: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    timer: Option<Countdown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    started_at_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    finished_at_ms: Option<u64>,
}

impl Session {
    fn team_count(&self) -> usize {
        self.config.teams.len()
    }

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

    /// A session an earlier build stored at the safeguarding note, after
    /// `Start`, goes back to setup, where the note is read now: no answer
    /// was given yet, so nothing is lost. Any other is as it was.
    pub fn sanitised(mut self) -> Session {
        if self.phase == Phase::Safeguarding {
            self.phase = Phase::Setup;
            self.items.clear();
            self.selected = None;
            self.timer = None;
            self.started_at_ms = None;
        }
        self
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

    /// The question up (answering or revealed): its index, id and choice
    /// order (displayed position → the bank's choice).
    pub fn current(&self) -> Option<(usize, &str, &[u8])> {
        let Phase::Question { index, .. } = self.phase else {
            return None;
        };
        let item = self.items.get(index)?;
        Some((index, item.id.as_str(), item.order.as_slice()))
    }

    /// The countdown reached zero on the question being answered.
    pub fn time_up(&self) -> bool {
        self.timer.as_ref().is_some_and(|t| t.time_up)
    }

    /// The countdown's time left, while a question with a timer is up.
    pub fn remaining_ms(&self) -> Option<u64> {
        self.timer.as_ref().map(|t| t.remaining_ms)
    }

    /// A copy with the open question's answers taken out, for a screen
    /// that may count answers but must not see them before the reveal.
    pub fn masked(&self) -> Session {
        let mut copy = self.clone();
        if let Phase::Question {
            index,
            stage: Stage::Answering,
        } = self.phase
        {
            if let Some(item) = copy.items.get_mut(index) {
                item.marks.iter_mut().for_each(|m| *m = None);
            }
        }
        copy
    }
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
