use crate::components::block_list::spans_view;
use crate::components::link::Link;
use crate::i18n::t;
use crate::state::{use_app_data, Load};
use lantern_core::content::Report;
use leptos::prelude::*;

fn continue_link(report: &Report, id: &str) -> Option<impl IntoView> {
    let s = &report.sections[report.resolve(id)?];
    let href = format!("/read/{}", s.id);
    let title = s.title.clone();
    Some(view! {
        <p class="continue">
            <Link href=href attr:class="button">{t().continue_reading}": "{title}</Link>
        </p>
    })
}

fn trend_cards(report: &Report) -> impl IntoView {
    report
        .trends()
        .map(|(section, tr)| {
            let href = format!("/read/{}#trend-{}", report.sections[section].id, tr.n);
            let title = format!("{}. {}", tr.n, tr.title);
            let text = spans_view(&tr.text);
            view! {
                <li>
                    <details class="trend-card">
                        <summary>{title}</summary>
                        <p>{text}</p>
                        <Link href=href>{t().read_in_context}</Link>
                    </details>
                </li>
            }
        })
        .collect_view()
}

/// The landing screen: what Lantern is, where you were, the 18 trends, and the ways in.
#[component]
pub fn HomePage() -> impl IntoView {
    let data = use_app_data();
    let ready = move || match data.report.get() {
        Load::Ready(r) => Some(r),
        _ => None,
    };
    view! {
        <section class="hero">
            <h1>{t().app_name}</h1>
            <p class="tagline">{t().tagline}</p>
            <p>{t().home_intro}</p>
            {move || {
                let report = ready()?;
                let last = data.reading.read().last_section.clone()?;
                continue_link(&report, &last)
            }}
        </section>
        <section aria-labelledby="explore">
            <h2 id="explore">{t().explore_title}</h2>
            <ul class="tiles">
                <li><Link href="/read">{t().nav_read}</Link></li>
                <li><Link href="/quiz">{t().nav_quiz}</Link></li>
                <li><Link href="/facilitate">{t().nav_facilitate}</Link></li>
                <li><Link href="/help">{t().nav_help}</Link></li>
                <li><Link href="/countries">{t().nav_countries}</Link></li>
                <li><Link href="/search">{t().nav_search}</Link></li>
                <li><Link href="/bookmarks">{t().nav_bookmarks}</Link></li>
                <li><Link href="/about">{t().nav_about}</Link></li>
                <li><Link href="/settings">{t().nav_settings}</Link></li>
            </ul>
        </section>
        <section aria-labelledby="trends">
            <h2 id="trends">{t().trends_title}</h2>
            <p>{t().trends_intro}</p>
            {move || ready().map(|r| view! { <ol class="trend-cards">{trend_cards(&r)}</ol> })}
        </section>
    }
}
