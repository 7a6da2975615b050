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
use pages::{
    about::AboutPage, bookmarks::BookmarksPage, contents::ContentsPage, countries::CountriesPage,
    country::CountryPage, home::HomePage, not_found::NotFoundPage, quiz::QuizPage,
    quiz_history::QuizHistoryPage, search::SearchPage, section::SectionPage,
    settings::SettingsPage,
};

/// Replaces the static loading shell with the app.
pub fn start() {
    let mount = platform::dom::take_mount_point();
    leptos::mount::mount_to(mount, App).forget();
}

#[component]
pub fn App() -> impl IntoView {
    let data = state::AppData::from_storage();
    provide_context(data);
    data.load();
    Effect::new(move || platform::dom::apply_settings(&data.settings.read()));
    view! {
        <Router base=platform::dom::router_base()>
            <Shell>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/read") view=ContentsPage/>
                    <Route path=path!("/read/:id") view=SectionPage/>
                    <Route path=path!("/search") view=SearchPage/>
                    <Route path=path!("/quiz") view=QuizPage/>
                    <Route path=path!("/quiz/history") view=QuizHistoryPage/>
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
