//! What each screen of a live session shows. Views carry question ids and
//! choice orders, never question text: each phone reads the words from the
//! bank in its own language, and the frames stay small.

use super::*;
use crate::quiz::session::{EndView, Team, TimerView};

crate::positional! {
    /// The facilitator's screen.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct HostView {
        pub code: String,
        /// The session, with the open question's team answers taken out (see
        /// [`Session::masked`]): the room learns how many answered, never what.
        pub session: Session,
        pub players: usize,
        /// Players per team, in team order.
        pub members: Vec<usize>,
        /// Players who may answer the open question (latecomers wait), and how
        /// many of them have.
        pub can_answer: usize,
        pub answered: usize,
        pub timer: Option<TimerView>,
        /// Once revealed: how many players chose each choice, as displayed.
        pub counts: Option<Vec<usize>>,
    }
}

crate::positional! {
    /// One phone's screen.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct PlayerView {
        pub nickname: String,
        pub team: Team,
        /// Right answers so far; `None` in no-scores mode.
        pub points: Option<usize>,
        pub screen: PlayerScreen,
    }
}

crate::positional! {
    /// A question as a phone shows it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct LiveQuestion {
        /// 0-based, as answers name it; `number` is 1-based, for "3 of 10".
        pub index: usize,
        pub number: usize,
        pub total: usize,
        pub id: String,
        /// Displayed position → the bank's choice.
        pub order: Vec<u8>,
        /// This player's choice, as displayed.
        pub chosen: Option<usize>,
    }
}

/// A phone's screen. Each with values holds a struct read as an array (see
/// [`crate::positional!`]): serde's reader for named fields reads objects
/// and arrays both, and weighs twice as much in the wasm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlayerScreen {
    /// Joined; the host has not started.
    Lobby,
    /// Joined during a question: in from the next one.
    Waiting(LateJoin),
    Question(Asking),
    Revealed(Answered),
    /// The end: this player's own result, and their team's place when
    /// scored.
    Finished(Ending),
}

crate::positional! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct LateJoin {
        /// The first question this phone answers, 1-based.
        pub number: usize,
        pub total: usize,
    }
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Asking {
        pub question: LiveQuestion,
        /// Time left, when the timer is on.
        pub remaining_ms: Option<u64>,
        pub running: bool,
        pub time_up: bool,
    }
}

crate::positional! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Answered {
        pub question: LiveQuestion,
        pub right_choice: usize,
        /// How many players chose each choice, as displayed.
        pub counts: Vec<usize>,
        pub discuss: bool,
        pub is_last: bool,
    }
}

crate::positional! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Ending {
        pub right: usize,
        pub asked: usize,
        pub team_rank: Option<usize>,
        pub teams: usize,
    }
}

impl Live {
    fn counts(&self) -> Vec<usize> {
        let n = self.session.current().map_or(0, |(_, _, o)| o.len());
        let mut counts = vec![0; n];
        for a in &self.answers {
            if let Some(c) = counts.get_mut(usize::from(a.choice)) {
                *c += 1;
            }
        }
        counts
    }

    fn revealed(&self) -> bool {
        matches!(self.session.phase(), Phase::Question { stage, .. } if stage == Stage::Revealed)
    }

    pub fn host_view(&self, bank: &Bank) -> HostView {
        let teams = self.session.config().teams.len();
        let mut members = vec![0; teams];
        for p in &self.players {
            members[p.team] += 1;
        }
        let index = self.session.current().map(|(i, _, _)| i);
        let can_answer = index.map_or(0, |i| self.players.iter().filter(|p| p.from <= i).count());
        HostView {
            code: self.code.clone(),
            session: self.session.masked(),
            players: self.players.len().max(self.ended_with),
            members,
            can_answer,
            answered: self.answers.len(),
            timer: self.session.presenter(bank).and_then(|p| p.timer),
            counts: self.revealed().then(|| self.counts()),
        }
    }

    /// The screen of player `player` (from [`Live::player`]).
    pub fn player_view(&self, bank: &Bank, player: usize) -> Option<PlayerView> {
        let p = self.players.get(player)?;
        let config = self.session.config();
        let team = config.teams.get(p.team)?.clone();
        let total = self.session.len();
        let question = |index: usize, id: &str, order: &[u8]| LiveQuestion {
            index,
            number: index + 1,
            total,
            id: id.to_string(),
            order: order.to_vec(),
            chosen: (self.answers.iter())
                .find(|a| a.player == player)
                .map(|a| usize::from(a.choice)),
        };
        let screen = match (self.session.phase(), self.session.current()) {
            (Phase::Setup | Phase::Safeguarding, _) => PlayerScreen::Lobby,
            (Phase::Question { index, .. }, _) if p.from > index => {
                PlayerScreen::Waiting(LateJoin {
                    number: p.from + 1,
                    total,
                })
            }
            (Phase::Question { stage, .. }, Some((index, id, order))) => {
                let question = question(index, id, order);
                match stage {
                    Stage::Answering => {
                        let timer = self.session.presenter(bank).and_then(|v| v.timer);
                        PlayerScreen::Question(Asking {
                            question,
                            remaining_ms: self.session.remaining_ms(),
                            running: timer.is_some_and(|t| t.running),
                            time_up: self.session.time_up(),
                        })
                    }
                    Stage::Revealed => PlayerScreen::Revealed(Answered {
                        right_choice: bank
                            .get(id)
                            .and_then(|q| order.iter().position(|&o| o == q.answer))
                            .unwrap_or(0),
                        counts: self.counts(),
                        discuss: config.show_discussion,
                        is_last: index + 1 == total,
                        question,
                    }),
                }
            }
            (Phase::Question { .. }, None) => PlayerScreen::Lobby,
            (Phase::Finished, _) => PlayerScreen::Finished(Ending {
                right: p.right,
                asked: total.saturating_sub(p.from),
                team_rank: match self.session.end_view(bank) {
                    EndView::Ranked(board) => board
                        .standings
                        .iter()
                        .find(|s| s.team == team)
                        .map(|s| s.rank),
                    EndView::Group { .. } => None,
                },
                teams: config.teams.len(),
            }),
        };
        Some(PlayerView {
            nickname: p.nickname.clone(),
            team,
            points: (config.scoring == Scoring::Points).then_some(p.right),
            screen,
        })
    }

    /// Every player's screen, in player order.
    pub fn player_views(&self, bank: &Bank) -> Vec<PlayerView> {
        (0..self.players.len())
            .filter_map(|i| self.player_view(bank, i))
            .collect()
    }
}
