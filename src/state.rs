//! App-wide state the pages read through signals. Storage and the network
//! are reached only through `platform`.

use crate::platform::{self, storage, storage::Loaded};
use lantern_core::content::Report;
use lantern_core::store::{Bookmarks, CachedAsset, CachedReport, Reading, Record, Settings};
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
}

#[derive(Clone, Copy)]
pub struct AppData {
    pub report: RwSignal<Load<Arc<Report>>>,
    pub settings: RwSignal<Settings>,
    pub bookmarks: RwSignal<Bookmarks>,
    pub reading: RwSignal<Reading>,
    pub notices: RwSignal<Vec<Notice>>,
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
        AppData {
            report: RwSignal::new(Load::Loading),
            settings: RwSignal::new(settings.sanitised()),
            bookmarks: RwSignal::new(bookmarks),
            reading: RwSignal::new(reading),
            notices: RwSignal::new(notices),
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
        let Some(name) = platform::dom::meta("lantern:report.en") else {
            self.report
                .set(Load::Failed("the page names no report".into()));
            return;
        };
        let now = platform::clock::now_ms();
        let cached = match storage::load::<CachedReport>(now) {
            Loaded::Fine(c) => c.0,
            Loaded::SetAside(c) => {
                self.notify(Notice::RecordSetAside);
                c.0
            }
        };
        let mut have_copy = false;
        if !cached.json.is_empty() {
            match serde_json::from_str::<Report>(&cached.json) {
                Ok(r) => {
                    self.report.set(Load::Ready(Arc::new(r)));
                    have_copy = true;
                }
                // Parsable envelope, damaged payload: drop it and fetch afresh.
                Err(_) => storage::remove(&lantern_core::store::full_key::<CachedReport>()),
            }
        }
        if have_copy && cached.name == name {
            return;
        }
        if !have_copy {
            self.report.set(Load::Loading);
        }
        leptos::task::spawn_local(async move {
            match platform::data::fetch_report(&name).await {
                Ok((json, report)) => {
                    self.report.set(Load::Ready(Arc::new(report)));
                    self.persist(&CachedReport(CachedAsset { name, json }));
                }
                Err(e) if !have_copy => self.report.set(Load::Failed(e)),
                Err(_) => {} // keep reading the stored copy
            }
        });
    }
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
