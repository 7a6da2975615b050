use crate::components::network_status::NetworkStatus;
use crate::components::notice_banner::NoticeBanner;
use crate::components::quick_exit_button::QuickExitButton;
use crate::components::update_prompt::UpdatePrompt;
use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;
use leptos_router::components::A;

/// The frame around every page: skip link, header with navigation, main area.
#[component]
pub fn Shell(
    /// The routed page.
    children: Children,
) -> impl IntoView {
    // The service worker and the network state, for the status line, the
    // update prompt and the settings page.
    provide_context(platform::pwa::start());
    view! {
        // `<base href>` would turn "#main" into a link to the home page; focus instead.
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            platform::dom::focus_main();
        }>{t().skip_to_content}</a>
        <header class="site-header">
            <QuickExitButton/>
            <A href="/" attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                {t().app_name}
            </A>
            <nav aria-label=t().nav_label>
                <ul class="nav-list">
                    <li><A href="/">{t().nav_home}</A></li>
                    <li><A href="/read">{t().nav_read}</A></li>
                    <li><A href="/search">{t().nav_search}</A></li>
                    <li><A href="/quiz">{t().nav_quiz}</A></li>
                    <li><A href="/facilitate">{t().nav_facilitate}</A></li>
                    <li><A href="/help">{t().nav_help}</A></li>
                    <li><A href="/settings">{t().nav_settings}</A></li>
                </ul>
            </nav>
            <NetworkStatus/>
        </header>
        <NoticeBanner/>
        <UpdatePrompt/>
        <main id="main" tabindex="-1">{children()}</main>
    }
}
