use crate::components::back_button::BackButton;
use crate::components::link::Link;
use crate::components::network_status::NetworkStatus;
use crate::components::notice_banner::NoticeBanner;
use crate::components::quick_exit_button::QuickExitButton;
use crate::components::update_prompt::UpdatePrompt;
use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;

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
            <BackButton/>
            <Link href="/" attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                {t().app_name}
            </Link>
            <nav aria-label=t().nav_label>
                <ul class="nav-list">
                    <li><Link href="/">{t().nav_home}</Link></li>
                    <li><Link href="/read">{t().nav_read}</Link></li>
                    <li><Link href="/search">{t().nav_search}</Link></li>
                    <li><Link href="/quiz">{t().nav_quiz}</Link></li>
                    <li><Link href="/facilitate">{t().nav_facilitate}</Link></li>
                    <li><Link href="/help">{t().nav_help}</Link></li>
                    <li><Link href="/settings">{t().nav_settings}</Link></li>
                </ul>
            </nav>
            <NetworkStatus/>
        </header>
        <NoticeBanner/>
        <UpdatePrompt/>
        <main id="main" tabindex="-1">{children()}</main>
    }
}
