//! How a session changes: [`Session::update`] and its helpers.

use super::*;
use crate::quiz::bank::Bank;

impl Session {
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
                let name = self.config.check_name(team, &name)?;
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
                // Read on the facilitator's own screen, before the room sees anything.
                if !self.safeguarding_dismissed {
                    return Err(SetupError::SafeguardingUnread);
                }
                self.items = pick(bank, &self.config);
                if self.items.is_empty() {
                    return Err(SetupError::NoQuestions);
                }
                self.started_at_ms = Some(now_ms);
                self.enter_question(0);
                Outcome::Started
            }
            Event::SetScoring(scoring) if !self.is_finished() => {
                changed_if(std::mem::replace(&mut self.config.scoring, scoring) != scoring)
            }
            Event::SetShowDiscussion(show) if !self.is_finished() => {
                changed_if(std::mem::replace(&mut self.config.show_discussion, show) != show)
            }
            Event::DismissSafeguarding if in_setup && !self.safeguarding_dismissed => {
                self.safeguarding_dismissed = true;
                Outcome::SafeguardingRead
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
}

fn changed_if(yes: bool) -> Outcome {
    if yes {
        Outcome::Changed
    } else {
        Outcome::Ignored
    }
}
