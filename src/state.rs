//! App-wide state the pages read through signals. Loading goes through `platform`.

use crate::platform;
use lantern_core::content::Report;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct AppData {
    pub report: RwSignal<Load<Arc<Report>>>,
}

impl AppData {
    pub fn new() -> Self {
        AppData {
            report: RwSignal::new(Load::Loading),
        }
    }

    /// Fetches the report asset named in the page and parses it.
    pub fn load(self) {
        self.report.set(Load::Loading);
        leptos::task::spawn_local(async move {
            let result = platform::data::load_report().await;
            self.report.set(match result {
                Ok(r) => Load::Ready(Arc::new(r)),
                Err(e) => Load::Failed(e),
            });
        });
    }
}

impl Default for AppData {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_app_data() -> AppData {
    expect_context::<AppData>()
}
