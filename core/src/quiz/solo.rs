//! The solo quiz as a state machine: [`Quiz`] (the model) takes an [`Event`]
//! and changes state. It keeps question ids and choice orders, never text, so
//! the shell can save it after every answer; the bank is passed in to read.
//! Randomness and time come from the shell (a seed, timestamps).

use super::bank::{Audience, Bank, Kind, Question, Source, Topic};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The quiz lengths the app offers.
pub const LENGTHS: [usize; 3] = [5, 10, 20];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizConfig {
    /// `None` takes every audience.
    pub audience: Option<Audience>,
    /// Empty takes every topic.
    pub topics: Vec<Topic>,
    /// Capped by how many questions match.
    pub length: usize,
    pub seed: u64,
}

/// SplitMix64: tiny and well mixed, plenty for shuffling. Deterministic so a
/// seed always gives the same quiz (tests, and a facilitator's shared seed).
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` for `n > 0` (multiply-shift: no visible modulo bias).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartError {
    /// No question matches the audience and topics (or the length asked is 0).
    NoQuestions,
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no questions match this choice")
    }
}

impl std::error::Error for StartError {}

/// Why a saved quiz cannot continue against the bank now loaded; the shell
/// then starts fresh with a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// The bank no longer has this question.
    MissingQuestion(String),
    /// The question's choices changed, so the saved order no longer fits.
    ChoicesChanged(String),
    /// The saved state contradicts itself (hand-edited or damaged).
    Damaged(&'static str),
}

impl fmt::Display for ResumeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResumeError::MissingQuestion(id) => {
                write!(f, "question \"{id}\" is no longer in the bank")
            }
            ResumeError::ChoicesChanged(id) => {
                write!(f, "the choices of question \"{id}\" changed")
            }
            ResumeError::Damaged(why) => write!(f, "saved quiz is damaged: {why}"),
        }
    }
}

impl std::error::Error for ResumeError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Picks a choice by its displayed index. Only the first answer counts.
    Answer(usize),
    /// Moves on once the question is answered; on the last question, finishes.
    /// While reviewing an earlier question, steps forward again.
    Next,
    /// Steps back to review an earlier question (read-only).
    Back,
}

/// What an event did, so the shell knows what to save or announce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed (answering twice, Next before answering, after finishing…).
    Ignored,
    Answered(Feedback),
    Moved,
    /// The quiz is over; add the entry to the history.
    Finished(HistoryEntry),
}

/// What to show once a question is answered. Indices are as displayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub correct: bool,
    pub picked: usize,
    pub right_choice: usize,
    /// Why another choice is better than the one picked; "" when it was right.
    pub about_pick: String,
    pub explanation: String,
    pub discuss: String,
    /// For "read more": a report heading, or general guidance.
    pub source: Source,
}

/// One question as the shell renders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionView {
    /// 0-based position; `number` is 1-based, for "3 of 10".
    pub index: usize,
    pub number: usize,
    pub total: usize,
    pub id: String,
    pub topic: Topic,
    pub kind: Kind,
    pub prompt: String,
    /// In display order.
    pub choices: Vec<String>,
    /// Choices take a tap only here; otherwise the view is read-only.
    pub can_answer: bool,
    /// `Some` once answered.
    pub feedback: Option<Feedback>,
    /// Navigation, for the question at the cursor only.
    pub can_back: bool,
    pub can_next: bool,
    /// Next here finishes the quiz.
    pub is_last: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Question(QuestionView),
    Finished(Results),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub score: usize,
    pub total: usize,
    /// `(topic, right, total)`, in [`Topic::ALL`] order, topics asked only.
    pub by_topic: Vec<(Topic, usize, usize)>,
    /// Ids of questions answered wrongly, in quiz order.
    pub missed: Vec<String>,
}

/// Which kind line the results open with: never a verdict on the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreKind {
    AllRight,
    /// At least half right.
    Most,
    /// Fewer than half: every question still taught something.
    Some,
}

impl Results {
    pub fn kind(&self) -> ScoreKind {
        if self.missed.is_empty() {
            ScoreKind::AllRight
        } else if self.score * 2 >= self.total {
            ScoreKind::Most
        } else {
            ScoreKind::Some
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub finished_at_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    pub score: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Item {
    id: String,
    /// Displayed position → index into the question's `choices` in the bank.
    order: Vec<u8>,
    /// Displayed index of the answer given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    picked: Option<u8>,
}

/// A quiz in progress or finished. Invariants (checked by [`Quiz::validate`]
/// after loading): answered items form a prefix; the cursor never passes the
/// first unanswered item; a finished quiz has every item answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quiz {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    audience: Option<Audience>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    topics: Vec<Topic>,
    items: Vec<Item>,
    /// The question on screen; below the frontier it is a read-only review.
    #[serde(default)]
    cursor: usize,
    started_at_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    finished_at_ms: Option<u64>,
}

/// A question's displayed choice order: shuffled, except true-false, which
/// keeps True, False. Choices are at most 4 (checked at compile), so u8 holds them.
pub(crate) fn choice_order(q: &Question, rng: &mut SplitMix64) -> Vec<u8> {
    let mut order: Vec<u8> = (0..q.choices.len() as u8).collect();
    if q.kind != Kind::TrueFalse {
        rng.shuffle(&mut order);
    }
    order
}

/// Up to `length` questions matching the filters in a seeded order, each with
/// its choice order. The solo quiz and the facilitated session both pick this
/// way, so one seed gives the same questions in either.
pub(crate) fn pick_questions<'b>(
    bank: &'b Bank,
    audience: Option<Audience>,
    topics: &[Topic],
    length: usize,
    seed: u64,
) -> Vec<(&'b Question, Vec<u8>)> {
    let mut pool: Vec<&Question> = bank
        .questions
        .iter()
        .filter(|q| audience.is_none_or(|a| q.audience == a))
        .filter(|q| topics.is_empty() || topics.contains(&q.topic))
        .collect();
    let mut rng = SplitMix64::new(seed);
    rng.shuffle(&mut pool);
    pool.truncate(length);
    pool.into_iter()
        .map(|q| (q, choice_order(q, &mut rng)))
        .collect()
}

impl Quiz {
    /// Picks up to `config.length` matching questions in a seeded order, and
    /// shuffles each one's choices (true-false keeps True, False).
    pub fn start(bank: &Bank, config: QuizConfig, started_at_ms: u64) -> Result<Quiz, StartError> {
        let picked = pick_questions(
            bank,
            config.audience,
            &config.topics,
            config.length,
            config.seed,
        );
        if picked.is_empty() {
            return Err(StartError::NoQuestions);
        }
        let items = picked
            .into_iter()
            .map(|(q, order)| Item {
                id: q.id.clone(),
                order,
                picked: None,
            })
            .collect();
        Ok(Quiz::with_items(
            config.audience,
            config.topics,
            items,
            started_at_ms,
        ))
    }

    /// A new quiz of just the questions answered wrongly, reshuffled; `None`
    /// until finished or when nothing was missed.
    pub fn retry_missed(&self, bank: &Bank, seed: u64, started_at_ms: u64) -> Option<Quiz> {
        let missed = self.results(bank)?.missed;
        let mut pool: Vec<&Question> = missed.iter().filter_map(|id| bank.get(id)).collect();
        let mut rng = SplitMix64::new(seed);
        rng.shuffle(&mut pool);
        Self::from_questions(
            &pool,
            self.audience,
            self.topics.clone(),
            &mut rng,
            started_at_ms,
        )
        .ok()
    }

    fn from_questions(
        questions: &[&Question],
        audience: Option<Audience>,
        topics: Vec<Topic>,
        rng: &mut SplitMix64,
        started_at_ms: u64,
    ) -> Result<Quiz, StartError> {
        if questions.is_empty() {
            return Err(StartError::NoQuestions);
        }
        let items = questions
            .iter()
            .map(|q| Item {
                id: q.id.clone(),
                order: choice_order(q, rng),
                picked: None,
            })
            .collect();
        Ok(Quiz::with_items(audience, topics, items, started_at_ms))
    }

    fn with_items(
        audience: Option<Audience>,
        topics: Vec<Topic>,
        items: Vec<Item>,
        started_at_ms: u64,
    ) -> Quiz {
        Quiz {
            audience,
            topics,
            items,
            cursor: 0,
            started_at_ms,
            finished_at_ms: None,
        }
    }

    /// Checks a quiz loaded from storage against the bank now loaded. Every
    /// other method is safe without it, but may show a question as missing.
    pub fn validate(&self, bank: &Bank) -> Result<(), ResumeError> {
        if self.items.is_empty() {
            return Err(ResumeError::Damaged("no questions"));
        }
        for item in &self.items {
            let q = bank
                .get(&item.id)
                .ok_or_else(|| ResumeError::MissingQuestion(item.id.clone()))?;
            let n = q.choices.len();
            let mut seen = vec![false; n];
            let is_permutation = item.order.len() == n
                && item
                    .order
                    .iter()
                    .all(|&o| (o as usize) < n && !std::mem::replace(&mut seen[o as usize], true));
            if !is_permutation || usize::from(q.answer) >= n {
                return Err(ResumeError::ChoicesChanged(item.id.clone()));
            }
            if item.picked.is_some_and(|p| usize::from(p) >= n) {
                return Err(ResumeError::Damaged("an answer is out of range"));
            }
        }
        let answered = self.answered_count();
        if self.items[answered..].iter().any(|i| i.picked.is_some()) {
            return Err(ResumeError::Damaged("answers are out of order"));
        }
        if self.cursor > self.frontier() {
            return Err(ResumeError::Damaged(
                "position is past the questions answered",
            ));
        }
        if self.finished_at_ms.is_some() && answered != self.items.len() {
            return Err(ResumeError::Damaged("finished with questions unanswered"));
        }
        Ok(())
    }

    /// Applies one event. `now_ms` is only read when the quiz finishes.
    pub fn update(&mut self, bank: &Bank, event: Event, now_ms: u64) -> Outcome {
        if self.is_finished() || self.cursor >= self.items.len() {
            return Outcome::Ignored;
        }
        match event {
            Event::Answer(choice) => {
                let item = &mut self.items[self.cursor];
                if item.picked.is_some()
                    || choice >= item.order.len()
                    || bank.get(&item.id).is_none()
                {
                    return Outcome::Ignored;
                }
                item.picked = Some(choice as u8);
                match self.feedback(bank, self.cursor) {
                    Some(f) => Outcome::Answered(f),
                    None => Outcome::Ignored,
                }
            }
            Event::Next => {
                if self.cursor < self.frontier() {
                    self.cursor += 1;
                    return Outcome::Moved;
                }
                if self.items[self.cursor].picked.is_none() {
                    return Outcome::Ignored;
                }
                if self.cursor + 1 < self.items.len() {
                    self.cursor += 1;
                    return Outcome::Moved;
                }
                self.finished_at_ms = Some(now_ms);
                match self.history_entry(bank) {
                    Some(entry) => Outcome::Finished(entry),
                    None => Outcome::Moved,
                }
            }
            Event::Back => {
                if self.cursor == 0 {
                    return Outcome::Ignored;
                }
                self.cursor -= 1;
                Outcome::Moved
            }
        }
    }

    /// The screen to render now.
    pub fn screen(&self, bank: &Bank) -> Option<Screen> {
        match self.results(bank) {
            Some(r) => Some(Screen::Finished(r)),
            None => self.current(bank).map(Screen::Question),
        }
    }

    /// The question at the cursor.
    pub fn current(&self, bank: &Bank) -> Option<QuestionView> {
        self.view(bank, self.cursor)
    }

    /// Question `index` as the reader saw it: any question reached so far, or
    /// any at all once finished (for review). `None` beyond that, or if the
    /// bank lacks it.
    pub fn view(&self, bank: &Bank, index: usize) -> Option<QuestionView> {
        let reached = if self.is_finished() {
            self.items.len()
        } else {
            self.frontier() + 1
        };
        if index >= reached {
            return None;
        }
        let item = &self.items[index];
        let q = bank.get(&item.id)?;
        let choices = item
            .order
            .iter()
            .map(|&o| q.choices.get(usize::from(o)).cloned().unwrap_or_default())
            .collect();
        let at_cursor = !self.is_finished() && index == self.cursor;
        let answered = item.picked.is_some();
        Some(QuestionView {
            index,
            number: index + 1,
            total: self.items.len(),
            id: q.id.clone(),
            topic: q.topic,
            kind: q.kind,
            prompt: q.prompt.clone(),
            choices,
            can_answer: at_cursor && !answered,
            feedback: self.feedback(bank, index),
            can_back: at_cursor && index > 0,
            can_next: at_cursor && answered,
            is_last: index + 1 == self.items.len(),
        })
    }

    fn feedback(&self, bank: &Bank, index: usize) -> Option<Feedback> {
        let item = self.items.get(index)?;
        let picked = usize::from(item.picked?);
        let q = bank.get(&item.id)?;
        let right_choice = item.order.iter().position(|&o| o == q.answer).unwrap_or(0);
        let written = item
            .order
            .get(picked)
            .map_or(usize::MAX, |&o| usize::from(o));
        Some(Feedback {
            about_pick: q.feedback.get(written).cloned().unwrap_or_default(),
            correct: picked == right_choice,
            picked,
            right_choice,
            explanation: q.explanation.clone(),
            discuss: q.discuss.clone(),
            source: q.source.clone(),
        })
    }

    fn is_right(&self, bank: &Bank, item: &Item) -> bool {
        let Some(picked) = item.picked else {
            return false;
        };
        let Some(q) = bank.get(&item.id) else {
            return false;
        };
        item.order.get(usize::from(picked)) == Some(&q.answer)
    }

    /// `Some` once finished. A question the bank has lost counts as missed.
    pub fn results(&self, bank: &Bank) -> Option<Results> {
        self.finished_at_ms?;
        let mut by_topic: Vec<(Topic, usize, usize)> = Vec::new();
        let mut missed = Vec::new();
        for item in &self.items {
            let right = self.is_right(bank, item);
            if !right {
                missed.push(item.id.clone());
            }
            if let Some(q) = bank.get(&item.id) {
                match by_topic.iter_mut().find(|(t, _, _)| *t == q.topic) {
                    Some(row) => {
                        row.1 += usize::from(right);
                        row.2 += 1;
                    }
                    None => by_topic.push((q.topic, usize::from(right), 1)),
                }
            }
        }
        crate::few::sort_by_key(&mut by_topic, |(t, _, _)| {
            Topic::ALL.iter().position(|a| a == t)
        });
        let total = self.items.len();
        Some(Results {
            score: total - missed.len(),
            total,
            by_topic,
            missed,
        })
    }

    /// `Some` once finished: what the history keeps of this quiz.
    pub fn history_entry(&self, bank: &Bank) -> Option<HistoryEntry> {
        let r = self.results(bank)?;
        Some(HistoryEntry {
            finished_at_ms: self.finished_at_ms?,
            audience: self.audience,
            topics: self.topics.clone(),
            score: r.score,
            total: r.total,
        })
    }

    /// The first unanswered question, or the last one when all are answered.
    fn frontier(&self) -> usize {
        self.answered_count()
            .min(self.items.len().saturating_sub(1))
    }

    pub fn answered_count(&self) -> usize {
        self.items.iter().take_while(|i| i.picked.is_some()).count()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Never true for a quiz built by [`Quiz::start`]; a damaged record may be.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at_ms.is_some()
    }

    pub fn audience(&self) -> Option<Audience> {
        self.audience
    }

    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    pub fn started_at_ms(&self) -> u64 {
        self.started_at_ms
    }

    pub fn finished_at_ms(&self) -> Option<u64> {
        self.finished_at_ms
    }

    /// Question ids in quiz order.
    pub fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|i| i.id.as_str())
    }
}
