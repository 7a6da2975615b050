//! App-wide state the pages read through signals. Storage and the network
//! are reached only through `platform`.

use crate::platform::{self, storage, storage::Loaded};
use lantern_core::content::Report;
use lantern_core::json::FromJson;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::{
    self as facilitated, CurrentSession, FacilitatorPrefs, FinishedSessions, Session,
    SessionConfig, SetupError,
};
use lantern_core::quiz::solo::{Event, History, Outcome, Quiz, QuizConfig};
use lantern_core::store::{
    Bookmarks, CachedAsset, CachedQuiz, CachedReport, Contact, Contacts, CurrentQuiz, Reading,
    Record, Settings,
};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(String),
}

/// Something the user should know about storage; shown once in a banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    StorageFull,
    RecordSetAside,
    /// The saved quiz no longer fits the question bank; a new one starts.
    QuizReset,
    /// The saved facilitated session no longer fits the question bank.
    SessionReset,
}

impl Notice {
    /// A stable name for the page (`data-notice`), for styles and tests.
    pub fn name(self) -> &'static str {
        match self {
            Notice::StorageUnavailable => "StorageUnavailable",
            Notice::StorageFull => "StorageFull",
            Notice::RecordSetAside => "RecordSetAside",
            Notice::QuizReset => "QuizReset",
            Notice::SessionReset => "SessionReset",
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppData {
    pub report: RwSignal<Load<Arc<Report>>>,
    pub settings: RwSignal<Settings>,
    pub bookmarks: RwSignal<Bookmarks>,
    pub reading: RwSignal<Reading>,
    pub notices: RwSignal<Vec<Notice>>,
    pub bank: RwSignal<Load<Arc<Bank>>>,
    /// The solo quiz in progress or just finished.
    pub quiz: RwSignal<Option<Quiz>>,
    pub history: RwSignal<History>,
    pub contacts: RwSignal<Contacts>,
    /// The facilitated session being set up, run, or just finished.
    pub session: RwSignal<Option<Session>>,
    /// Finished facilitated sessions, newest first.
    pub sessions: RwSignal<FinishedSessions>,
    pub facilitator: RwSignal<FacilitatorPrefs>,
}

impl AppData {
    /// Reads every stored record; damaged ones are set aside with a notice.
    /// (Deliberately not `Default`: it reads storage.)
    pub fn from_storage() -> Self {
        let now = platform::clock::now_ms();
        let mut notices = Vec::new();
        if !storage::available() {
            notices.push(Notice::StorageUnavailable);
        }
        let settings: Settings = take(storage::load(now), &mut notices);
        let bookmarks: Bookmarks = take(storage::load(now), &mut notices);
        let reading: Reading = take(storage::load(now), &mut notices);
        let current: CurrentQuiz = take(storage::load(now), &mut notices);
        let history: History = take(storage::load(now), &mut notices);
        let contacts: Contacts = take(storage::load(now), &mut notices);
        let session: CurrentSession = take(storage::load(now), &mut notices);
        let sessions: FinishedSessions = take(storage::load(now), &mut notices);
        let facilitator: FacilitatorPrefs = take(storage::load(now), &mut notices);
        AppData {
            report: RwSignal::new(Load::Loading),
            settings: RwSignal::new(settings.sanitised()),
            bookmarks: RwSignal::new(bookmarks),
            reading: RwSignal::new(reading),
            notices: RwSignal::new(notices),
            bank: RwSignal::new(Load::Loading),
            quiz: RwSignal::new(current.0),
            history: RwSignal::new(history),
            contacts: RwSignal::new(contacts),
            session: RwSignal::new(session.0),
            sessions: RwSignal::new(sessions),
            facilitator: RwSignal::new(facilitator),
        }
    }

    pub fn notify(self, n: Notice) {
        if !self.notices.read_untracked().contains(&n) {
            self.notices.update(|v| v.push(n));
        }
    }

    /// Saves a record; a failure keeps the app working in memory and says so once.
    pub fn persist<T: Record>(self, value: &T) {
        match storage::save(value) {
            Ok(()) => {}
            Err(storage::WriteError::Full) => self.notify(Notice::StorageFull),
            Err(storage::WriteError::Unavailable) => self.notify(Notice::StorageUnavailable),
        }
    }

    pub fn set_settings(self, s: Settings) {
        let s = s.sanitised();
        self.persist(&s);
        self.settings.set(s);
    }

    pub fn toggle_bookmark(self, id: &str) {
        let mut b = self.bookmarks.get_untracked();
        b.toggle(id);
        self.persist(&b);
        self.bookmarks.set(b);
    }

    pub fn remember_position(self, id: &str) {
        if self.reading.read_untracked().last_section.as_deref() == Some(id) {
            return;
        }
        let r = Reading {
            last_section: Some(id.to_string()),
        };
        self.persist(&r);
        self.reading.set(r);
    }

    /// Renders from the stored copy at once when there is one; fetches only when
    /// the page names a newer asset, and keeps the old copy if that fails.
    pub fn load(self) {
        load_asset::<CachedReport, Report>(
            self,
            "lantern:report.en",
            self.report,
            CachedReport,
            |c| c.0,
        );
    }

    /// The question bank, loaded the same way, on first use.
    pub fn load_bank(self) {
        if matches!(self.bank.get_untracked(), Load::Ready(_)) {
            return;
        }
        load_asset::<CachedQuiz, Bank>(self, "lantern:quiz.en", self.bank, CachedQuiz, |c| c.0);
    }

    fn save_quiz(self) {
        let q = self.quiz.get_untracked();
        self.persist(&CurrentQuiz(q));
    }

    /// Drops a saved quiz that no longer fits the bank (an update changed it).
    pub fn check_quiz_against(self, bank: &Bank) {
        let bad = self
            .quiz
            .read_untracked()
            .as_ref()
            .is_some_and(|q| q.validate(bank).is_err());
        if bad {
            self.quiz.set(None);
            self.save_quiz();
            self.notify(Notice::QuizReset);
        }
    }

    pub fn start_quiz(self, bank: &Bank, config: QuizConfig) -> bool {
        match Quiz::start(bank, config, platform::clock::now_ms()) {
            Ok(q) => {
                self.quiz.set(Some(q));
                self.save_quiz();
                true
            }
            Err(_) => false,
        }
    }

    pub fn retry_missed(self, bank: &Bank) {
        let next =
            self.quiz.read_untracked().as_ref().and_then(|q| {
                q.retry_missed(bank, platform::clock::seed(), platform::clock::now_ms())
            });
        if let Some(q) = next {
            self.quiz.set(Some(q));
            self.save_quiz();
        }
    }

    pub fn quiz_event(self, bank: &Bank, event: Event) -> Outcome {
        let mut outcome = Outcome::Ignored;
        self.quiz.update(|q| {
            if let Some(q) = q {
                outcome = q.update(bank, event, platform::clock::now_ms());
            }
        });
        if outcome != Outcome::Ignored {
            self.save_quiz();
        }
        if let Outcome::Finished(entry) = &outcome {
            let mut h = self.history.get_untracked();
            h.push(entry.clone());
            self.persist(&h);
            self.history.set(h);
        }
        outcome
    }

    pub fn leave_quiz(self) {
        self.quiz.set(None);
        self.save_quiz();
    }

    /// Adds a contact, or replaces the one at `index`.
    pub fn save_contact(self, index: Option<usize>, c: Contact) {
        let mut all = self.contacts.get_untracked();
        match index.filter(|&i| i < all.list.len()) {
            Some(i) => all.list[i] = c,
            None => all.list.push(c),
        }
        self.persist(&all);
        self.contacts.set(all);
    }

    pub fn delete_contact(self, index: usize) {
        let mut all = self.contacts.get_untracked();
        if index < all.list.len() {
            all.list.remove(index);
            self.persist(&all);
            self.contacts.set(all);
        }
    }

    fn save_session(self) {
        let s = self.session.get_untracked();
        self.persist(&CurrentSession(s));
    }

    /// Drops a saved session that no longer fits the bank (an update changed it).
    pub fn check_session_against(self, bank: &Bank) {
        let bad =
            (self.session.read_untracked().as_ref()).is_some_and(|s| s.validate(bank).is_err());
        if bad {
            self.session.set(None);
            self.save_session();
            self.notify(Notice::SessionReset);
        }
    }

    /// A fresh session in setup, unless one is being set up or run already.
    pub fn ensure_session_setup(self) {
        let needed = (self.session.read_untracked().as_ref()).is_none_or(|s| s.is_finished());
        if !needed {
            return;
        }
        let dismissed = self.facilitator.read_untracked().safeguarding_dismissed;
        if let Ok(s) = Session::new(SessionConfig::new(platform::clock::seed()), dismissed) {
            self.session.set(Some(s));
            self.save_session();
        }
    }

    /// Applies a facilitator's step and saves it at once; remembers the
    /// safeguarding note's dismissal and keeps finished sessions.
    pub fn session_event(
        self,
        bank: &Bank,
        event: facilitated::Event,
    ) -> Result<facilitated::Outcome, SetupError> {
        use facilitated::Outcome;
        let mut result = Ok(Outcome::Ignored);
        self.session.maybe_update(|s| match s {
            Some(s) => {
                result = s.update(bank, event, platform::clock::now_ms());
                matches!(&result, Ok(o) if *o != Outcome::Ignored)
            }
            None => false,
        });
        match &result {
            Ok(Outcome::Ignored) | Err(_) => return result,
            Ok(Outcome::SafeguardingDismissed) => {
                let prefs = FacilitatorPrefs {
                    safeguarding_dismissed: true,
                };
                self.persist(&prefs);
                self.facilitator.set(prefs);
            }
            Ok(Outcome::Finished(record)) => {
                let mut all = self.sessions.get_untracked();
                all.push(record.clone());
                self.persist(&all);
                self.sessions.set(all);
            }
            Ok(_) => {}
        }
        self.save_session();
        result
    }

    pub fn discard_session(self) {
        self.session.set(None);
        self.save_session();
    }

    pub fn delete_finished_session(self, id: u64) {
        let mut all = self.sessions.get_untracked();
        if all.remove_id(id).is_some() {
            self.persist(&all);
            self.sessions.set(all);
        }
    }

    pub fn clear_history(self) {
        let h = History::default();
        self.persist(&h);
        self.history.set(h);
    }
}

fn load_asset<C, T>(
    data: AppData,
    meta: &'static str,
    target: RwSignal<Load<Arc<T>>>,
    wrap: fn(CachedAsset) -> C,
    unwrap: fn(C) -> CachedAsset,
) where
    C: Record + 'static,
    T: FromJson + Send + Sync + 'static,
{
    let Some(name) = platform::dom::meta(meta) else {
        target.set(Load::Failed("the page names no data".into()));
        return;
    };
    let cached = match storage::load::<C>(platform::clock::now_ms()) {
        Loaded::Fine(c) => unwrap(c),
        Loaded::SetAside(c) => {
            data.notify(Notice::RecordSetAside);
            unwrap(c)
        }
    };
    let mut have_copy = false;
    if !cached.json.is_empty() {
        let logical = meta.trim_start_matches("lantern:");
        match platform::data::parse_json::<T>(logical, &cached.json) {
            Ok(v) => {
                target.set(Load::Ready(Arc::new(v)));
                have_copy = true;
            }
            // A readable envelope around a damaged payload: drop it and fetch afresh.
            Err(_) => storage::remove(&lantern_core::store::full_key::<C>()),
        }
    }
    if have_copy && cached.name == name {
        return;
    }
    if !have_copy {
        target.set(Load::Loading);
    }
    leptos::task::spawn_local(async move {
        match platform::data::fetch_json::<T>(&name).await {
            Ok((json, value)) => {
                target.set(Load::Ready(Arc::new(value)));
                // Storing ~100 KB is a task of its own, after the page has drawn.
                set_timeout(
                    move || data.persist(&wrap(CachedAsset { name, json })),
                    std::time::Duration::ZERO,
                );
            }
            Err(e) if !have_copy => target.set(Load::Failed(e)),
            Err(_) => {} // keep using the stored copy
        }
    });
}

fn take<T>(l: Loaded<T>, notices: &mut Vec<Notice>) -> T {
    match l {
        Loaded::Fine(v) => v,
        Loaded::SetAside(v) => {
            if !notices.contains(&Notice::RecordSetAside) {
                notices.push(Notice::RecordSetAside);
            }
            v
        }
    }
}

pub fn use_app_data() -> AppData {
    expect_context::<AppData>()
}
