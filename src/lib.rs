//! Lantern's browser shell: Leptos UI over `lantern-core`.
//! Pages read state through signals; only `platform/` touches browser APIs.

pub mod components;
pub mod features;
pub mod i18n;
pub mod nav;
pub mod platform;
pub mod state;

use components::not_found_page::NotFoundPage;
use components::shell::Shell;
use features::facilitate::{
    facilitate_page::FacilitatePage, print_page::FacilitatePrintPage, run_page::FacilitateRunPage,
    summary_page::FacilitateSummaryPage,
};
use features::help::help_page::HelpPage;
use features::live::{join_page::JoinPage, live_host_page::FacilitateLivePage};
use features::quiz::{history_page::QuizHistoryPage, quiz_page::QuizPage};
use features::reader::{
    about_page::AboutPage, bookmarks_page::BookmarksPage, contents_page::ContentsPage,
    countries_page::CountriesPage, country_page::CountryPage, home_page::HomePage,
    search_page::SearchPage, section_page::SectionPage,
};
use features::settings::settings_page::SettingsPage;
use lantern_core::route::Page;
use leptos::prelude::*;

/// Starts the app in two tasks, so a slow phone's main thread is never held
/// long: first the user's data, the address and the listeners, then the
/// view, built off the document and swapped in for the static shell at once.
/// The boot script calls it once the wasm is compiled.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start() {
    platform::quick_exit::listen_for_triple_shift();
    platform::keys::watch_keyboard();
    platform::start_executor();
    // The root of the reactive system; it lives as long as the page.
    let root = Owner::new();
    let data = root.with(prepare);
    platform::timer::after(std::time::Duration::ZERO, move || {
        // The words come first: with a stored catalogue at once, else after
        // its download, while the static shell stays on screen.
        leptos::task::spawn_local(async move {
            let want = state::language::choose(&data.settings.read_untracked());
            platform::dom::set_html_lang(want.tag());
            let lang = state::language::start_in(data, want).await;
            platform::dom::set_html_lang(lang.tag());
            // The device's language, once in use, is kept as the choice: the
            // static shell of the next visit follows it from the first paint.
            if lang != lantern_core::lang::Lang::En && data.settings.read_untracked().lang.is_none()
            {
                data.change_setting(lantern_core::store::SettingsChange::Lang(lang));
            }
            root.with(|| {
                nav::use_nav().speak();
                data.load();
                let stage = platform::dom::stage();
                leptos::mount::mount_to(stage.clone(), App).forget();
                // A page of the report's words stays on screen until the
                // app has them too, so the takeover never shows "Loading" in
                // their place; then the report's content is on screen, the
                // mark `cargo xtask bench` reads.
                let page = nav::use_nav().address.read_untracked().page();
                Effect::new(move |shown: Option<bool>| {
                    let report = data.report.get();
                    let ready = !page.reads_report() || !matches!(report, state::Load::Loading);
                    let loaded = matches!(report, state::Load::Ready(_));
                    if ready && shown != Some(true) {
                        // A task of its own: building the view and laying
                        // out the page are never one long task.
                        let stage = stage.clone();
                        platform::timer::after(std::time::Duration::ZERO, move || {
                            platform::dom::show_stage(&stage);
                            platform::dom::mark_english(i18n::in_english());
                            if loaded {
                                platform::dom::mark_first_content();
                            }
                        });
                    } else if loaded {
                        platform::dom::mark_first_content();
                    }
                    ready || shown == Some(true)
                });
            });
            std::mem::forget(root);
        });
    });
}

/// The app's state and its effects, before any view.
fn prepare() -> state::AppData {
    let data = state::AppData::from_storage();
    provide_context(data);
    let nav = nav::Nav::start(data.settings);
    provide_context(nav);
    Effect::new(move || platform::dom::apply_settings(&data.settings.read()));
    data
}

#[component]
pub fn App() -> impl IntoView {
    let nav = nav::use_nav();
    // A new query on the same page (a search, a print choice) keeps the page.
    let page = Memo::new(move |_| nav.address.read().page());
    // Untracked: what a page reads while it is built must not rebuild the page.
    view! { <Shell>{move || { let p = page.get(); untrack(move || page_view(p)) }}</Shell> }
}

fn page_view(page: Page) -> AnyView {
    match page {
        Page::Home => view! { <HomePage/> }.into_any(),
        Page::Contents => view! { <ContentsPage/> }.into_any(),
        Page::Section(id) => view! { <SectionPage id/> }.into_any(),
        Page::Search => view! { <SearchPage/> }.into_any(),
        Page::Help => view! { <HelpPage/> }.into_any(),
        Page::Quiz => view! { <QuizPage/> }.into_any(),
        Page::QuizHistory => view! { <QuizHistoryPage/> }.into_any(),
        Page::Facilitate => view! { <FacilitatePage/> }.into_any(),
        Page::FacilitateRun => view! { <FacilitateRunPage/> }.into_any(),
        Page::FacilitatePrint => view! { <FacilitatePrintPage/> }.into_any(),
        Page::FacilitateSummary(id) => view! { <FacilitateSummaryPage id/> }.into_any(),
        Page::FacilitateLive => view! { <FacilitateLivePage/> }.into_any(),
        Page::Join => view! { <JoinPage/> }.into_any(),
        Page::Countries => view! { <CountriesPage/> }.into_any(),
        Page::Country(slug) => view! { <CountryPage slug/> }.into_any(),
        Page::Bookmarks => view! { <BookmarksPage/> }.into_any(),
        Page::About => view! { <AboutPage/> }.into_any(),
        Page::Settings => view! { <SettingsPage/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}
