use crate::components::link::Link;
use crate::features::reader::block_list::spans_view;
use crate::features::reader::state::use_reader;
use crate::i18n::t;
use crate::i18n::tf;
use crate::state::{use_app_data, Load};
use lantern_core::content::Report;
use lantern_core::route::Page;
use leptos::prelude::*;

fn continue_link(report: &Report, id: &str) -> Option<impl IntoView> {
    let s = &report.sections[report.resolve(id)?];
    let href = Page::Section(s.id.clone()).path();
    let label = tf(t().continue_reading, &[("title", (&s.title).into())]);
    Some(view! {
        <p class="continue">
            <Link href=href attr:class="button">{label}</Link>
        </p>
    })
}

fn trend_cards(report: &Report) -> impl IntoView {
    report
        .trends()
        .map(|(section, tr)| {
            let href =
                Page::Section(report.sections[section].id.clone()).at(&format!("trend-{}", tr.n));
            let title = tf(
                t().trend_title,
                &[("n", tr.n.into()), ("title", (&tr.title).into())],
            );
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
    let reader = use_reader();
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
                let last = reader.reading.read().last_section.clone()?;
                continue_link(&report, &last)
            }}
        </section>
        <section aria-labelledby="explore">
            <h2 id="explore">{t().explore_title}</h2>
            <ul class="tiles">
                {[
                    (Page::Contents, t().nav_read),
                    (Page::Quiz, t().nav_quiz),
                    (Page::Facilitate, t().nav_facilitate),
                    (Page::Help, t().nav_help),
                    (Page::Countries, t().nav_countries),
                    (Page::Search, t().nav_search),
                    (Page::Bookmarks, t().nav_bookmarks),
                    (Page::About, t().nav_about),
                    (Page::Settings, t().nav_settings),
                ]
                    .into_iter()
                    .map(|(page, label)| view! { <li><Link href=page.path()>{label}</Link></li> })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="trends">
            <h2 id="trends">{t().trends_title}</h2>
            <p>{t().trends_intro}</p>
            {move || ready().map(|r| view! { <ol class="trend-cards">{trend_cards(&r)}</ol> })}
        </section>
    }
}
