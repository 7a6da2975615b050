use crate::components::block_list::spans_view;
use crate::i18n::t;
use crate::state::{use_app_data, Load};
use lantern_core::content::Report;
use leptos::prelude::*;
use leptos_router::components::A;

fn continue_link(report: &Report, id: &str) -> Option<impl IntoView> {
    let s = &report.sections[report.resolve(id)?];
    let href = format!("/read/{}", s.id);
    let title = s.title.clone();
    Some(view! {
        <p class="continue">
            <A href=href attr:class="button">{t().continue_reading}": "{title}</A>
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
                        <A href=href>{t().read_in_context}</A>
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
                <li><A href="/read">{t().nav_read}</A></li>
                <li><A href="/quiz">{t().nav_quiz}</A></li>
                <li><A href="/facilitate">{t().nav_facilitate}</A></li>
                <li><A href="/help">{t().nav_help}</A></li>
                <li><A href="/countries">{t().nav_countries}</A></li>
                <li><A href="/search">{t().nav_search}</A></li>
                <li><A href="/bookmarks">{t().nav_bookmarks}</A></li>
                <li><A href="/about">{t().nav_about}</A></li>
                <li><A href="/settings">{t().nav_settings}</A></li>
            </ul>
        </section>
        <section aria-labelledby="trends">
            <h2 id="trends">{t().trends_title}</h2>
            <p>{t().trends_intro}</p>
            {move || ready().map(|r| view! { <ol class="trend-cards">{trend_cards(&r)}</ol> })}
        </section>
    }
}
