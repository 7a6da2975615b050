//! Lantern's browser shell: Leptos UI over `lantern-core`.
//! Pages read state through signals; only `platform/` touches browser APIs.

pub mod components;
pub mod i18n;
pub mod pages;
pub mod platform;
pub mod state;

use components::shell::Shell;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::facilitate::FacilitatePage;
use pages::facilitate_print::{FacilitatePrintPage, FacilitateSummaryPage};
use pages::facilitate_run::FacilitateRunPage;
use pages::{
    about::AboutPage, bookmarks::BookmarksPage, contents::ContentsPage, countries::CountriesPage,
    country::CountryPage, help::HelpPage, home::HomePage, not_found::NotFoundPage, quiz::QuizPage,
    quiz_history::QuizHistoryPage, search::SearchPage, section::SectionPage,
    settings::SettingsPage,
};

/// Replaces the static loading shell with the app.
pub fn start() {
    platform::quick_exit::listen_for_triple_shift();
    let mount = platform::dom::take_mount_point();
    leptos::mount::mount_to(mount, App).forget();
}

#[component]
pub fn App() -> impl IntoView {
    let data = state::AppData::from_storage();
    provide_context(data);
    data.load();
    Effect::new(move || platform::dom::apply_settings(&data.settings.read()));
    // Effects run after the view is in the DOM: mark when the report's content is.
    Effect::new(move || {
        if matches!(*data.report.read(), state::Load::Ready(_)) {
            platform::dom::mark_first_content();
        }
    });
    view! {
        <Router base=platform::dom::router_base()>
            <Shell>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/read") view=ContentsPage/>
                    <Route path=path!("/read/:id") view=SectionPage/>
                    <Route path=path!("/search") view=SearchPage/>
                    <Route path=path!("/help") view=HelpPage/>
                    <Route path=path!("/quiz") view=QuizPage/>
                    <Route path=path!("/quiz/history") view=QuizHistoryPage/>
                    <Route path=path!("/facilitate") view=FacilitatePage/>
                    <Route path=path!("/facilitate/run") view=FacilitateRunPage/>
                    <Route path=path!("/facilitate/print") view=FacilitatePrintPage/>
                    <Route path=path!("/facilitate/summary/:id") view=FacilitateSummaryPage/>
                    <Route path=path!("/countries") view=CountriesPage/>
                    <Route path=path!("/country/:slug") view=CountryPage/>
                    <Route path=path!("/bookmarks") view=BookmarksPage/>
                    <Route path=path!("/about") view=AboutPage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                </Routes>
            </Shell>
        </Router>
    }
}
