//! App-wide state the pages read through signals. Storage and the network
//! are reached only through `platform`.

mod assets;
mod stored;

pub use stored::Stored;

use crate::platform::{self, storage};
use lantern_core::content::Report;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::{self as facilitated, Session, SessionConfig, SetupError};
use lantern_core::quiz::solo::{Event, Outcome, Quiz, QuizConfig};
use lantern_core::search::SearchIndex;
use lantern_core::store::{
    self, Bookmarks, Contact, Contacts, CurrentQuiz, CurrentSession, FacilitatorPrefs,
    FinishedSessions, History, Reading, Settings, SettingsChange,
};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(String),
}

/// Something the user should know about; shown once in a banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    StorageFull,
    RecordSetAside,
    /// The saved quiz no longer fits the question bank; a new one starts.
    QuizReset,
    /// The saved facilitated session no longer fits the question bank.
    SessionReset,
    /// Another window moved the quiz on; this one now shows where it is.
    QuizMovedOn,
    /// Another window moved the session on; this one now shows where it is.
    SessionMovedOn,
    /// "Delete everything" was used in another window.
    DeletedElsewhere,
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
            Notice::QuizMovedOn => "QuizMovedOn",
            Notice::SessionMovedOn => "SessionMovedOn",
            Notice::DeletedElsewhere => "DeletedElsewhere",
        }
    }
}

/// The notices on screen, and what was set aside (the details a damaged
/// record's notice shows).
#[derive(Clone, Copy)]
pub struct Notices {
    pub list: RwSignal<Vec<Notice>>,
    pub set_aside: RwSignal<Vec<String>>,
}

impl Notices {
    pub fn notify(self, n: Notice) {
        if !self.list.read_untracked().contains(&n) {
            self.list.update(|v| v.push(n));
        }
    }

    pub fn dismiss(self, n: Notice) {
        self.list.update(|v| v.retain(|x| *x != n));
        if n == Notice::RecordSetAside {
            self.set_aside.update(Vec::clear);
        }
    }

    /// A damaged record was kept under a backup key; `why` names it.
    pub fn set_aside(self, why: String) {
        platform::log::warn("Lantern set a damaged record aside:", &why);
        self.set_aside.update(|v| v.push(why));
        self.notify(Notice::RecordSetAside);
    }

    /// A failed save keeps the app working in memory and says so once.
    pub fn saved(self, result: Result<(), storage::WriteError>) {
        match result {
            Ok(()) => {}
            Err(storage::WriteError::Full) => self.notify(Notice::StorageFull),
            Err(storage::WriteError::Unavailable) => self.notify(Notice::StorageUnavailable),
        }
    }
}

/// The report as loaded, with its search index built on first search: a
/// newer report arriving later brings its own index.
pub struct ReportData {
    pub report: Report,
    index: std::sync::OnceLock<SearchIndex>,
}

impl ReportData {
    pub fn new(report: Report) -> Self {
        ReportData {
            report,
            index: std::sync::OnceLock::new(),
        }
    }

    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::build(&self.report))
    }
}

impl std::ops::Deref for ReportData {
    type Target = Report;
    fn deref(&self) -> &Report {
        &self.report
    }
}

#[derive(Clone, Copy)]
pub struct AppData {
    pub report: RwSignal<Load<Arc<ReportData>>>,
    pub bank: RwSignal<Load<Arc<Bank>>>,
    pub notices: Notices,
    pub settings: Stored<Settings>,
    pub bookmarks: Stored<Bookmarks>,
    pub reading: Stored<Reading>,
    /// The solo quiz in progress or just finished.
    pub quiz: Stored<CurrentQuiz>,
    pub history: Stored<History>,
    pub contacts: Stored<Contacts>,
    /// The facilitated session being set up, run, or just finished.
    pub session: Stored<CurrentSession>,
    /// Finished facilitated sessions, newest first.
    pub sessions: Stored<FinishedSessions>,
    pub facilitator: Stored<FacilitatorPrefs>,
}

impl AppData {
    /// Reads every stored record; damaged ones are set aside with a notice.
    /// (Deliberately not `Default`: it reads storage.)
    pub fn from_storage() -> Self {
        let notices = Notices {
            list: RwSignal::new(Vec::new()),
            set_aside: RwSignal::new(Vec::new()),
        };
        if !storage::available() {
            notices.notify(Notice::StorageUnavailable);
        }
        let data = AppData {
            report: RwSignal::new(Load::Loading),
            bank: RwSignal::new(Load::Loading),
            notices,
            settings: Stored::open(notices, None),
            bookmarks: Stored::open(notices, None),
            reading: Stored::open(notices, None),
            quiz: Stored::open(notices, Some(Notice::QuizMovedOn)),
            history: Stored::open(notices, None),
            contacts: Stored::open(notices, None),
            session: Stored::open(notices, Some(Notice::SessionMovedOn)),
            sessions: Stored::open(notices, None),
            facilitator: Stored::open(notices, None),
        };
        storage::on_change_elsewhere(move |change| data.follow(change));
        data
    }

    /// Shows what another window changed.
    fn follow(self, change: storage::Change) {
        use lantern_core::store::Record;
        let key = match change {
            storage::Change::Key(key) => key,
            storage::Change::DeletedEverything => {
                self.forget_everything();
                self.notices.notify(Notice::DeletedElsewhere);
                return;
            }
        };
        match key.as_str() {
            Settings::KEY => self.settings.follow_storage(),
            Bookmarks::KEY => self.bookmarks.follow_storage(),
            Reading::KEY => self.reading.follow_storage(),
            CurrentQuiz::KEY => self.quiz.follow_storage(),
            History::KEY => self.history.follow_storage(),
            Contacts::KEY => self.contacts.follow_storage(),
            CurrentSession::KEY => self.session.follow_storage(),
            FinishedSessions::KEY => self.sessions.follow_storage(),
            FacilitatorPrefs::KEY => self.facilitator.follow_storage(),
            // The data caches: this window keeps the copy it runs on.
            _ => {}
        }
    }

    /// Every record back to its default: everything was deleted.
    pub fn forget_everything(self) {
        self.settings.forget();
        self.bookmarks.forget();
        self.reading.forget();
        self.quiz.forget();
        self.history.forget();
        self.contacts.forget();
        self.session.forget();
        self.sessions.forget();
        self.facilitator.forget();
    }

    pub fn notify(self, n: Notice) {
        self.notices.notify(n);
    }

    pub fn change_setting(self, change: SettingsChange) {
        self.settings.update(|s| s.change(change));
    }

    pub fn set_bookmark(self, id: &str, on: bool) {
        self.bookmarks.update(|b| b.set(id, on));
    }

    pub fn remember_position(self, id: &str) {
        if self
            .reading
            .with_untracked(|r| r.last_section.as_deref() == Some(id))
        {
            return;
        }
        let id = id.to_string();
        self.reading.update(|r| r.last_section = Some(id));
    }

    /// Renders from the stored copy at once when there is one; fetches only when
    /// the page names a newer asset, and keeps the old copy if that fails.
    pub fn load(self) {
        assets::load::<store::CachedReport, _>(
            self,
            assets::Names {
                meta: "lantern:report.en",
                measure: "lantern:parse:report.en",
            },
            self.report,
            |r| Arc::new(ReportData::new(r)),
        );
    }

    /// The question bank, loaded the same way, on first use.
    pub fn load_bank(self) {
        if matches!(self.bank.get_untracked(), Load::Ready(_)) {
            return;
        }
        let names = assets::Names {
            meta: "lantern:quiz.en",
            measure: "lantern:parse:quiz.en",
        };
        assets::load::<store::CachedQuiz, _>(self, names, self.bank, Arc::new);
    }

    /// Sets aside a saved quiz that no longer fits the bank (an update
    /// changed it, or it is damaged), and says so.
    pub fn check_quiz_against(self, bank: &Bank) {
        let bad = self
            .quiz
            .with_untracked(|q| q.0.as_ref().is_some_and(|q| q.validate(bank).is_err()));
        if bad {
            self.quiz.set_aside_unusable();
            self.notify(Notice::QuizReset);
        }
    }

    pub fn start_quiz(self, bank: &Bank, config: QuizConfig) -> bool {
        match Quiz::start(bank, config, platform::clock::now_ms()) {
            Ok(q) => {
                self.quiz.replace(CurrentQuiz(Some(q)));
                true
            }
            Err(_) => false,
        }
    }

    pub fn retry_missed(self, bank: &Bank) {
        let next = self.quiz.with_untracked(|q| {
            q.0.as_ref().and_then(|q| {
                q.retry_missed(bank, platform::clock::seed(), platform::clock::now_ms())
            })
        });
        if let Some(q) = next {
            self.quiz.replace(CurrentQuiz(Some(q)));
        }
    }

    pub fn quiz_event(self, bank: &Bank, event: Event) -> Outcome {
        let now = platform::clock::now_ms();
        let outcome = self
            .quiz
            .update_guarded(|q| match &mut q.0 {
                Some(q) => q.update(bank, event, now),
                None => Outcome::Ignored,
            })
            .unwrap_or(Outcome::Ignored);
        if let Outcome::Finished(entry) = &outcome {
            let entry = entry.clone();
            self.history.update(|h| h.push(entry));
        }
        outcome
    }

    pub fn leave_quiz(self) {
        self.quiz.replace(CurrentQuiz(None));
    }

    /// Adds a contact, or replaces the one with `id`.
    pub fn save_contact(self, id: Option<u64>, c: Contact) {
        let hint = platform::clock::seed();
        self.contacts.update(|all| match id {
            Some(id) => {
                // Deleted in another window meanwhile: keep what was typed.
                if !all.edit(id, c.clone()) {
                    all.add(c, hint);
                }
            }
            None => {
                all.add(c, hint);
            }
        });
    }

    /// Asks the browser to keep Lantern's storage (see `platform::pwa`).
    pub fn keep_storage(self) {
        platform::pwa::keep_storage();
    }

    pub fn delete_contact(self, id: u64) {
        self.contacts.update(|all| all.remove(id));
    }

    /// Sets aside a saved session that no longer fits the bank (an update
    /// changed it, or it is damaged), and says so.
    pub fn check_session_against(self, bank: &Bank) {
        let bad = (self.session)
            .with_untracked(|s| s.0.as_ref().is_some_and(|s| s.validate(bank).is_err()));
        if bad {
            self.session.set_aside_unusable();
            self.notify(Notice::SessionReset);
        }
    }

    /// A fresh session in setup, unless one is being set up or run already.
    pub fn ensure_session_setup(self) {
        let needed =
            (self.session).with_untracked(|s| s.0.as_ref().is_none_or(|s| s.is_finished()));
        if !needed {
            return;
        }
        let dismissed = self
            .facilitator
            .with_untracked(|f| f.safeguarding_dismissed);
        if let Ok(s) = Session::new(SessionConfig::new(platform::clock::seed()), dismissed) {
            self.session.replace(CurrentSession(Some(s)));
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
        let now = platform::clock::now_ms();
        let result = self
            .session
            .update_guarded(|s| match &mut s.0 {
                Some(s) => s.update(bank, event, now),
                None => Ok(Outcome::Ignored),
            })
            .unwrap_or(Ok(Outcome::Ignored));
        match &result {
            Ok(Outcome::SafeguardingDismissed) => {
                self.facilitator.update(|p| p.safeguarding_dismissed = true);
            }
            Ok(Outcome::Finished(record)) => {
                let record = record.clone();
                self.sessions.update(|all| all.push(record));
            }
            _ => {}
        }
        result
    }

    pub fn discard_session(self) {
        self.session.replace(CurrentSession(None));
    }

    pub fn delete_finished_session(self, id: u64) {
        self.sessions.update(|all| {
            all.remove_id(id);
        });
    }

    pub fn clear_history(self) {
        self.history.update(History::clear);
    }
}

pub fn use_app_data() -> AppData {
    expect_context::<AppData>()
}
