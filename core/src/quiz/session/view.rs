//! What a session shows: the presenter's screen, the reveal, the end and the
//! summary kept afterwards. Read-only views of [`Session`].

use super::*;
use crate::quiz::bank::{Bank, Kind, Question, Source, Topic};
use serde::{Deserialize, Serialize};

/// How many of the hardest topics the end screen names.
pub const HARDEST_SHOWN: usize = 3;

/// How many of "what we learned" (most missed first) a projected end screen
/// shows, to talk about; the printed summary keeps them all.
pub const LEARNED_PROJECTED: usize = 3;

/// A choice as presented: lettered A–D in display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceView {
    pub letter: char,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

crate::positional! {
    /// As an array on the wire, in a live quiz's host view.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct TimerView {
        /// Rounded up, so it reads 0 only once time is up.
        pub remaining_s: u64,
        /// The whole time for a question, for the countdown's bar.
        pub total_s: u64,
        pub running: bool,
        pub time_up: bool,
    }
}

/// What Reveal shows. Indices are as displayed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// In display order: why another choice is better, for each wrong
    /// choice a team picked; "" for the rest.
    #[serde(default)]
    pub feedback: Vec<String>,
}

/// The question on the presenter's screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Teams that have chosen or passed.
    pub ready: usize,
    pub selected: Option<usize>,
    /// `None` when the timer is off.
    pub timer: Option<TimerView>,
    pub revealed: Option<Reveal>,
    /// Next here finishes the session.
    pub is_last: bool,
}

/// A question as the session asks it, for the printed sheet and its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetQuestion {
    /// 1-based: its place in the session.
    pub number: usize,
    pub id: String,
    pub prompt: String,
    /// In display order, lettered as on the projector.
    pub choices: Vec<SheetChoice>,
    pub explanation: String,
    pub discuss: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetChoice {
    pub letter: char,
    pub text: String,
    pub right: bool,
    /// Why another choice is better; "" for the right one.
    pub feedback: String,
}

/// A team's place on the scoreboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    /// 1-based; tied teams share a rank (1, 1, 3).
    pub rank: usize,
    pub team: Team,
    pub points: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scoreboard {
    /// Most points first; ties keep team order.
    pub standings: Vec<Standing>,
    /// The most points a team could have (questions revealed).
    pub out_of: usize,
}

/// The session's result. In no-scores mode there is no per-team data to rank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicShare {
    pub topic: Topic,
    /// Right answers, all teams together.
    pub right: usize,
    /// Teams × questions on the topic.
    pub out_of: usize,
}

/// A question most teams missed, for "What we learned".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learned {
    pub prompt: String,
    pub answer: String,
    pub explanation: String,
    pub source: Source,
}

/// The one-page summary to print or keep. It names teams, never children.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// When the session started.
    pub date_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// The topics asked, in [`Topic::ALL`] order.
    pub topics: Vec<Topic>,
    pub question_count: usize,
    pub results: EndView,
    pub learned: Vec<Learned>,
}

/// A finished session as [`FinishedSessions`](crate::store::FinishedSessions) keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// The start time; unique on one device.
    pub id: u64,
    pub finished_at_ms: u64,
    pub summary: SessionSummary,
}

impl Session {
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

    pub(super) fn reveal(&self, bank: &Bank, index: usize) -> Option<Reveal> {
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
        let feedback = (item.order.iter().zip(&counts))
            .map(|(&o, &n)| match n {
                0 => String::new(),
                _ => q.feedback.get(usize::from(o)).cloned().unwrap_or_default(),
            })
            .collect();
        Some(Reveal {
            feedback,
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
                letter: letter(i),
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
                answer: match item.marks.get(i).copied().flatten().into() {
                    TeamAnswer::Chose(_) if !revealed => TeamAnswer::Answered,
                    a => a,
                },
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
            ready: item.marks.iter().filter(|m| m.is_some()).count(),
            selected: self.selected,
            timer: self.timer.as_ref().map(|t| TimerView {
                remaining_s: t.remaining_ms.div_ceil(1000),
                total_s: self.config.timer.seconds().map_or(0, u64::from),
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

    /// The questions this session asks, in its order and with its choice
    /// orders, so a printed sheet matches the projector: once started, those
    /// picked; in setup, those `Start` will pick from the same seed.
    pub fn sheet(&self, bank: &Bank) -> Vec<SheetQuestion> {
        let planned;
        let items = if self.items.is_empty() {
            planned = pick(bank, &self.config);
            &planned
        } else {
            &self.items
        };
        (items.iter().enumerate())
            .filter_map(|(i, item)| {
                let q = bank.get(&item.id)?;
                let choices = (item.order.iter().enumerate())
                    .map(|(d, &o)| SheetChoice {
                        letter: letter(d),
                        text: q.choices.get(usize::from(o)).cloned().unwrap_or_default(),
                        right: o == q.answer,
                        feedback: match o == q.answer {
                            true => String::new(),
                            false => q.feedback.get(usize::from(o)).cloned().unwrap_or_default(),
                        },
                    })
                    .collect();
                Some(SheetQuestion {
                    number: i + 1,
                    id: q.id.clone(),
                    prompt: q.prompt.clone(),
                    choices,
                    explanation: q.explanation.clone(),
                    discuss: q.discuss.clone(),
                    source: q.source.clone(),
                })
            })
            .collect()
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
    /// topics asked and revealed appear, and at most [`HARDEST_SHOWN`]:
    /// enough to talk about, not a list.
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
        shares.truncate(HARDEST_SHOWN);
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

    /// `Some` once finished: what [`FinishedSessions`](crate::store::FinishedSessions) keeps.
    pub fn record(&self, bank: &Bank) -> Option<SessionRecord> {
        Some(SessionRecord {
            id: self.started_at_ms?,
            finished_at_ms: self.finished_at_ms?,
            summary: self.summary(bank)?,
        })
    }
}

/// A, B, C… for a displayed position, as the presenter, the reveal and the
/// printed sheet all name it.
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

fn topic_rank(t: Topic) -> usize {
    Topic::ALL
        .iter()
        .position(|a| *a == t)
        .unwrap_or(usize::MAX)
}
