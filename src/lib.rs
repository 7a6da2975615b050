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
    contents::ContentsPage, home::HomePage, not_found::NotFoundPage, section::SectionPage,
};

/// Replaces the static loading shell with the app.
pub fn start() {
    let mount = platform::dom::take_mount_point();
    leptos::mount::mount_to(mount, App).forget();
}

#[component]
pub fn App() -> impl IntoView {
    let data = state::AppData::new();
    provide_context(data);
    data.load();
    view! {
        <Router base=platform::dom::router_base()>
            <Shell>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/read") view=ContentsPage/>
                    <Route path=path!("/read/:id") view=SectionPage/>
                </Routes>
            </Shell>
        </Router>
    }
}
