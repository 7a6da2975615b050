//! App-wide state the pages read through signals. Storage and the network
//! are reached only through `platform`.

mod assets;
pub mod language;
mod stored;

pub use stored::Stored;

use crate::features::facilitate::state::FacilitateState;
use crate::features::help::state::HelpState;
use crate::features::quiz::state::QuizState;
use crate::features::reader::state::ReaderState;
use crate::platform::{self, storage};
use lantern_core::content::Report;
use lantern_core::quiz::bank::Bank;
use lantern_core::search::SearchIndex;
use lantern_core::store::{
    self, Bookmarks, Contacts, CurrentQuiz, CurrentSession, FacilitatorPrefs, FinishedSessions,
    History, Reading, Settings, SettingsChange,
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
    /// Each feature's records, read from storage when first needed.
    pub reader: ReaderState,
    pub quiz: QuizState,
    pub facilitate: FacilitateState,
    pub help: HelpState,
}

impl AppData {
    /// Reads only the settings (the first screen's look); every other record
    /// is read when its feature first needs it. (Deliberately not `Default`:
    /// it reads storage.)
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
            settings: Stored::new(notices, None).ensure(),
            reader: ReaderState::new(notices),
            quiz: QuizState::new(notices),
            facilitate: FacilitateState::new(notices),
            help: HelpState::new(notices),
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
            Bookmarks::KEY => self.reader.bookmarks.follow_storage(),
            Reading::KEY => self.reader.reading.follow_storage(),
            CurrentQuiz::KEY => self.quiz.quiz.follow_storage(),
            History::KEY => self.quiz.history.follow_storage(),
            Contacts::KEY => self.help.contacts.follow_storage(),
            CurrentSession::KEY => self.facilitate.session.follow_storage(),
            FinishedSessions::KEY => self.facilitate.sessions.follow_storage(),
            FacilitatorPrefs::KEY => self.facilitate.prefs.follow_storage(),
            // The data caches: this window keeps the copy it runs on.
            _ => {}
        }
    }

    /// Every record back to its default: everything was deleted.
    pub fn forget_everything(self) {
        self.settings.forget();
        self.reader.bookmarks.forget();
        self.reader.reading.forget();
        self.quiz.quiz.forget();
        self.quiz.history.forget();
        self.help.contacts.forget();
        self.facilitate.session.forget();
        self.facilitate.sessions.forget();
        self.facilitate.prefs.forget();
    }

    pub fn notify(self, n: Notice) {
        self.notices.notify(n);
    }

    /// Deletes every key Lantern wrote, its caches and its service worker,
    /// then opens the home page afresh.
    pub fn delete_everything(self) {
        leptos::task::spawn_local(async move {
            storage::clear_all();
            storage::clear_caches_and_worker().await;
            platform::dom::reload_home();
        });
    }

    /// Bytes Lantern's saved records take.
    pub fn saved_bytes(self) -> u64 {
        storage::usage_bytes()
    }

    /// Bytes this site stores on the device (caches included), if the browser says.
    pub async fn stored_bytes(self) -> Option<u64> {
        platform::pwa::storage_estimate().await
    }

    pub fn change_setting(self, change: SettingsChange) {
        self.settings.update(|s| s.change(change));
    }

    /// Renders from the stored copy at once when there is one; fetches only when
    /// the page names a newer asset, and keeps the old copy if that fails.
    pub fn load(self) {
        assets::load::<store::CachedReport, _>(
            self,
            assets::Names::of::<store::CachedReport>(crate::i18n::lang()),
            self.report,
            |r| Arc::new(ReportData::new(r)),
        );
    }

    /// The question bank, loaded the same way, on first use.
    pub fn load_bank(self) {
        if matches!(self.bank.get_untracked(), Load::Ready(_)) {
            return;
        }
        let names = assets::Names::of::<store::CachedQuiz>(crate::i18n::lang());
        assets::load::<store::CachedQuiz, _>(self, names, self.bank, Arc::new);
    }
}

pub fn use_app_data() -> AppData {
    expect_context::<AppData>()
}
