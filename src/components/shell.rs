use crate::components::notice_banner::NoticeBanner;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// The frame around every page: skip link, header with navigation, main area.
#[component]
pub fn Shell(
    /// The routed page.
    children: Children,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{t().skip_to_content}</a>
        <header class="site-header">
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
                    <li><A href="/settings">{t().nav_settings}</A></li>
                </ul>
            </nav>
        </header>
        <NoticeBanner/>
        <main id="main" tabindex="-1">{children()}</main>
    }
}
