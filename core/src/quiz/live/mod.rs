//! The live classroom session: the facilitated [`Session`] run by the hub,
//! with each child answering on their own phone. [`Live`] wraps the session
//! machine (it still picks the questions, runs the timer and scores the
//! teams) and adds the players: a nickname, a team, a rejoin token and their
//! own points. A team's answer is what most of its players chose (on a tie,
//! the choice reached first), so the presenter's reveal, the scoreboard and
//! the summary are today's, unchanged.
//!
//! Nothing here reads a clock or makes up a token: the hub passes in the
//! time, the join code, the host key and each player's token.

mod view;
mod wire;

pub use view::*;
pub use wire::*;

use super::bank::Bank;
use super::session::{Event, Outcome, Phase, Scoring, Session, SessionConfig, SetupError, Stage};
use serde::{Deserialize, Serialize};

/// In characters, after cleaning: long enough for a nickname, too short for
/// a full name and an address.
pub const MAX_NICKNAME_CHARS: usize = 20;
/// A class, with room to spare; the hub's live sockets are capped above it.
pub const MAX_PLAYERS: usize = 100;
/// The join code's digits: short to type, long enough not to be guessed by
/// a passer-by on the same network.
pub const CODE_DIGITS: usize = 6;

crate::slug_enum! {
    /// Why the hub refused a message. The phone words it from its catalogue.
    #[derive(Debug)]
    pub enum LiveError {
        /// No session has this join code.
        WrongCode = "wrong-code",
        NicknameEmpty = "nickname-empty",
        NicknameTooLong = "nickname-too-long",
        /// Control characters or markup.
        NicknameRefused = "nickname-refused",
        NicknameTaken = "nickname-taken",
        NoSuchTeam = "no-such-team",
        RoomFull = "room-full",
        /// The token is not one of this session's players (it ended, or the
        /// hub forgot it).
        UnknownToken = "unknown-token",
        /// Not the question being answered now, or not a time for answers.
        NotNow = "not-now",
        AlreadyAnswered = "already-answered",
        TimeUp = "time-up",
        /// A command from a connection without the host key.
        NotHost = "not-host",
        /// The frame is not a message the hub knows.
        BadMessage = "bad-message",
        TooFast = "too-fast",
        /// There is no live session on this hub now.
        NoSession = "no-session",
        /// A session is already running; the host ends it first.
        Busy = "busy",
        /// The setup sent to start a session is not valid.
        BadSetup = "bad-setup",
        /// The hub does not serve live sessions (it runs without `--lan`).
        NotLan = "not-lan",
    }
}

/// What the facilitator's device may do, once it holds the host key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Command {
    Start,
    Reveal,
    Next,
    EndEarly,
    PauseTimer,
    ResumeTimer,
    SetScoring(Scoring),
    SetShowDiscussion(bool),
}

/// Whose screens a change touched, so the hub sends only what changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveOutcome {
    Ignored,
    /// The host's screen and this player's.
    Player(usize),
    /// Every screen.
    Everyone,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Player {
    token: String,
    nickname: String,
    team: usize,
    /// Right answers over the questions revealed.
    right: usize,
    /// The first question this player may answer: a latecomer joins at the
    /// next question, never halfway through one.
    from: usize,
}

/// One player's answer to the open question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Answer {
    player: usize,
    /// As displayed.
    choice: u8,
}

/// A live session, from the lobby to the end. It serialises whole, so the
/// hub can write it to disk after every change and resume it after a stop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Live {
    code: String,
    key: String,
    session: Session,
    players: Vec<Player>,
    /// The open question's answers, in the order they came.
    answers: Vec<Answer>,
    /// Players when the session ended; their names and answers are gone.
    #[serde(default)]
    ended_with: usize,
}

impl Live {
    /// A session in its lobby: players join until the host starts it. The
    /// setup is the facilitator's, and its safeguarding note was read there.
    pub fn new(config: SessionConfig, code: String, key: String) -> Result<Live, SetupError> {
        Ok(Live {
            code,
            key,
            session: Session::new(config, true)?,
            players: Vec::new(),
            answers: Vec::new(),
            ended_with: 0,
        })
    }

    /// Checks a session read back from disk against the bank.
    pub fn validate(&self, bank: &Bank) -> Result<(), &'static str> {
        self.session.validate(bank).map_err(|_| "the session")?;
        let teams = self.session.config().teams.len();
        let asked = self.session.len();
        if self.players.len() > MAX_PLAYERS {
            return Err("too many players");
        }
        for (i, p) in self.players.iter().enumerate() {
            if p.team >= teams || p.right > asked || p.from > asked {
                return Err("a player does not fit the session");
            }
            if check_nickname(&p.nickname).as_deref() != Ok(p.nickname.as_str())
                || self.players[..i].iter().any(|q| q.token == p.token)
            {
                return Err("a player's name or token");
            }
        }
        let choices = self.session.current().map_or(0, |(_, _, o)| o.len());
        let mut seen = vec![false; self.players.len()];
        for a in &self.answers {
            let fresh = a.player < seen.len() && !std::mem::replace(&mut seen[a.player], true);
            if !fresh || usize::from(a.choice) >= choices {
                return Err("an answer does not fit the question");
            }
        }
        Ok(())
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    /// Whether `key` is this session's host key. Compared in full every
    /// time, so the time taken says nothing about how much was right.
    pub fn is_host(&self, key: &str) -> bool {
        let (a, b) = (self.key.as_bytes(), key.as_bytes());
        let mut diff = a.len() ^ b.len();
        for (i, x) in a.iter().enumerate() {
            diff |= usize::from(x ^ b.get(i).copied().unwrap_or(0));
        }
        diff == 0
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn player_count(&self) -> usize {
        self.players.len()
    }

    /// The player holding `token`.
    pub fn player(&self, token: &str) -> Option<usize> {
        self.players.iter().position(|p| p.token == token)
    }

    /// Whether `code` is this session's join code, typed with or without
    /// spaces.
    pub fn code_matches(&self, code: &str) -> bool {
        let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        typed == self.code
    }

    /// Adds a player under `token` (new to this session), in `team`, or in
    /// the team with the fewest players.
    pub fn join(
        &mut self,
        nickname: &str,
        team: Option<usize>,
        token: String,
    ) -> Result<usize, LiveError> {
        if self.session.is_finished() {
            return Err(LiveError::NoSession);
        }
        let nickname = check_nickname(nickname)?;
        if self.players.len() >= MAX_PLAYERS {
            return Err(LiveError::RoomFull);
        }
        if (self.players.iter()).any(|p| crate::name::same(&p.nickname, &nickname)) {
            return Err(LiveError::NicknameTaken);
        }
        let teams = self.session.config().teams.len();
        let team = match team {
            Some(t) if t < teams => t,
            Some(_) => return Err(LiveError::NoSuchTeam),
            None => (0..teams)
                .min_by_key(|&t| self.players.iter().filter(|p| p.team == t).count())
                .unwrap_or(0),
        };
        let from = match self.session.phase() {
            Phase::Question { index, .. } => index + 1,
            _ => 0,
        };
        debug_assert!(self.player(&token).is_none(), "tokens are fresh");
        self.players.push(Player {
            token,
            nickname,
            team,
            right: 0,
            from,
        });
        Ok(self.players.len() - 1)
    }

    /// Records `player`'s choice (as displayed) on question `question`:
    /// once, while it is open and before time is up.
    pub fn answer(
        &mut self,
        bank: &Bank,
        player: usize,
        question: usize,
        choice: usize,
    ) -> Result<LiveOutcome, LiveError> {
        let Some(p) = self.players.get(player) else {
            return Err(LiveError::UnknownToken);
        };
        let Some((index, _, order)) = self.session.current() else {
            return Err(LiveError::NotNow);
        };
        let answering = matches!(self.session.phase(), Phase::Question { stage, .. } if stage == Stage::Answering);
        if !answering || index != question || p.from > index {
            return Err(LiveError::NotNow);
        }
        if choice >= order.len() {
            return Err(LiveError::BadMessage);
        }
        if self.session.time_up() {
            return Err(LiveError::TimeUp);
        }
        if self.answers.iter().any(|a| a.player == player) {
            return Err(LiveError::AlreadyAnswered);
        }
        let team = p.team;
        // At most 4 choices (checked when the bank is compiled).
        self.answers.push(Answer {
            player,
            choice: choice as u8,
        });
        if let Some(pick) = self.team_pick(team) {
            let record = Event::Record { team, choice: pick };
            let _ = self.session.update(bank, record, 0);
        }
        Ok(LiveOutcome::Player(player))
    }

    /// The choice most of `team`'s players made; on a tie, the one chosen
    /// first.
    fn team_pick(&self, team: usize) -> Option<usize> {
        let mut tally: Vec<(usize, usize)> = Vec::new(); // (choice, count), first-chosen first
        for a in &self.answers {
            if self.players[a.player].team != team {
                continue;
            }
            let c = usize::from(a.choice);
            match tally.iter_mut().find(|(choice, _)| *choice == c) {
                Some((_, n)) => *n += 1,
                None => tally.push((c, 1)),
            }
        }
        let most = tally.iter().map(|&(_, n)| n).max()?;
        tally.iter().find(|&&(_, n)| n == most).map(|&(c, _)| c)
    }

    /// Applies the host's command. `now_ms` is read by `Start` and at the end.
    pub fn command(
        &mut self,
        bank: &Bank,
        command: Command,
        now_ms: u64,
    ) -> Result<LiveOutcome, LiveError> {
        let event = match command {
            Command::Start => Event::Start,
            Command::Reveal => Event::Reveal,
            Command::Next => Event::Next,
            Command::EndEarly => Event::EndEarly,
            Command::PauseTimer => Event::PauseTimer,
            Command::ResumeTimer => Event::ResumeTimer,
            Command::SetScoring(s) => Event::SetScoring(s),
            Command::SetShowDiscussion(d) => Event::SetShowDiscussion(d),
        };
        let outcome = self
            .session
            .update(bank, event, now_ms)
            .map_err(|_| LiveError::BadSetup)?;
        Ok(match outcome {
            Outcome::Ignored => LiveOutcome::Ignored,
            Outcome::Revealed(_) => {
                self.score(bank);
                LiveOutcome::Everyone
            }
            Outcome::Moved | Outcome::Started => {
                self.answers.clear();
                LiveOutcome::Everyone
            }
            Outcome::Finished(_) => {
                self.answers.clear();
                LiveOutcome::Everyone
            }
            _ => LiveOutcome::Everyone,
        })
    }

    /// A point to each player whose answer to the question just revealed
    /// was right.
    fn score(&mut self, bank: &Bank) {
        let Some((_, id, order)) = self.session.current() else {
            return;
        };
        let Some(q) = bank.get(id) else {
            return;
        };
        let right = order.iter().position(|&o| o == q.answer);
        for a in &self.answers {
            if Some(usize::from(a.choice)) == right {
                self.players[a.player].right += 1;
            }
        }
    }

    /// Time passed on the hub. Everyone's screen changes only when time is up.
    pub fn tick(&mut self, bank: &Bank, elapsed_ms: u64) -> LiveOutcome {
        match self.session.update(bank, Event::Tick { elapsed_ms }, 0) {
            Ok(Outcome::TimeUp) => LiveOutcome::Everyone,
            _ => LiveOutcome::Ignored,
        }
    }

    /// Once the end is shown to everyone: every nickname, token and answer
    /// goes. The teams' results stay for the host's end screen.
    pub fn forget_players(&mut self) {
        if self.session.is_finished() && !self.players.is_empty() {
            self.ended_with = self.players.len();
            self.players.clear();
            self.answers.clear();
        }
    }
}

/// A nickname as it will be shown, or why not: control characters and
/// markup are refused outright, not quietly removed, so what a child typed
/// is what the room sees.
pub fn check_nickname(raw: &str) -> Result<String, LiveError> {
    let refused = |c: char| {
        (c.is_control() && c != ' ') || matches!(c, '<' | '>' | '&' | '"' | '\'' | '`' | '\\')
    };
    if raw.chars().any(refused) {
        return Err(LiveError::NicknameRefused);
    }
    crate::name::normalise(raw, MAX_NICKNAME_CHARS).map_err(|e| match e {
        crate::name::NameError::Empty => LiveError::NicknameEmpty,
        crate::name::NameError::TooLong => LiveError::NicknameTooLong,
    })
}
