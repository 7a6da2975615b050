use crate::components::back_button::BackButton;
use crate::components::icon::{Icon, IconMark};
use crate::components::language_link::LanguageLink;
use crate::components::link::Link;
use crate::components::network_status::NetworkStatus;
use crate::components::notice_banner::NoticeBanner;
use crate::components::quick_exit_button::QuickExitButton;
use crate::components::update_prompt::UpdatePrompt;
use crate::i18n::t;
use crate::nav::use_nav;
use crate::platform;
use lantern_core::route::Page;
use leptos::prelude::*;

/// A main place: its picture and its name, always both.
fn place(page: Page, icon: Icon, label: &'static str) -> impl IntoView {
    view! {
        <li><Link href=page.path()><IconMark icon/><span>{label}</span></Link></li>
    }
}

/// The frame around every page: skip link, a slim header that stays on
/// screen with quick exit, the main places with their pictures (a tab bar at
/// the bottom of a phone's screen), and the main area.
#[component]
pub fn Shell(
    /// The routed page.
    children: Children,
) -> impl IntoView {
    // The service worker and the network state, for the status line, the
    // update prompt and the settings page.
    provide_context(platform::pwa::start());
    let t = t();
    // The "More" places close once one is opened.
    let nav = use_nav();
    let more_open = RwSignal::new(false);
    Effect::new(move |_| {
        nav.address.track();
        more_open.set(false);
    });
    // Every page has its own title, so tabs, history and screen readers tell them apart.
    Effect::new(move |_| platform::dom::set_title(&nav.title()));
    view! {
        // `<base href>` would turn "#main" into a link to the home page; focus instead.
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            platform::dom::focus_main();
        }>{t.skip_to_content}</a>
        <header class="site-header">
            <QuickExitButton/>
            <BackButton/>
            <Link href=Page::Home.path() attr:class="brand" attr:aria-label=t.app_name>
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                <span class="brand-name">{t.app_name}</span>
            </Link>
            <LanguageLink/>
            <NetworkStatus/>
        </header>
        <nav class="main-nav" aria-label=t.nav_label>
            <ul class="places">
                {place(Page::Home, Icon::Home, t.nav_home)}
                {place(Page::Contents, Icon::Read, t.nav_read)}
                {place(Page::Quiz, Icon::Quiz, t.nav_quiz)}
                {place(Page::Help, Icon::Help, t.nav_help)}
                <li class="more">
                    <details class="more-places" prop:open=more_open
                        on:toggle=move |ev| more_open.set(platform::dom::is_open(&ev))>
                        <summary><IconMark icon=Icon::More/><span>{t.nav_more}</span></summary>
                        <ul>
                            {place(Page::Search, Icon::Search, t.nav_search)}
                            {place(Page::Facilitate, Icon::Group, t.nav_facilitate)}
                            {place(Page::Bookmarks, Icon::Bookmark, t.nav_bookmarks)}
                            {place(Page::Countries, Icon::Globe, t.nav_countries)}
                            {place(Page::Settings, Icon::Settings, t.nav_settings)}
                            {place(Page::About, Icon::Info, t.nav_about)}
                        </ul>
                    </details>
                </li>
            </ul>
        </nav>
        <NoticeBanner/>
        <UpdatePrompt/>
        <main id="main" tabindex="-1">{children()}</main>
    }
}
