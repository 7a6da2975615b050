use crate::components::link::Link;
use crate::components::load_gate::with_report;
use crate::i18n::{t, tf};
use crate::nav::{use_nav, Go};
use crate::platform;
use crate::state::ReportData;
use lantern_core::route::{Page, SearchQuery};
use lantern_core::search::SnippetPart;
use leptos::prelude::*;
use std::sync::Arc;

fn results(report: &ReportData, q: &str) -> AnyView {
    if q.trim().chars().count() < 2 {
        return view! { <p class="hint">{t().search_hint}</p> }.into_any();
    }
    // The index belongs to this copy of the report: a newer one brings its own.
    let hits = report.index().query(report, q, 30);
    if hits.is_empty() {
        return view! { <p role="status">{t().search_none}</p> }.into_any();
    }
    let count = tf(t().search_count, &[("n", hits.len().into())]);
    let items = hits
        .into_iter()
        .map(|h| {
            let s = &report.sections[h.section];
            let href = Page::Section(s.id.clone()).path();
            let title = s.title.clone();
            let chapter = report.chapter_of(h.section).title.clone();
            let snippet = h
                .snippet
                .into_iter()
                .map(|p| match p {
                    SnippetPart::Text(x) => x.into_any(),
                    SnippetPart::Mark(x) => view! { <mark>{x}</mark> }.into_any(),
                })
                .collect_view();
            view! {
                <li class="hit">
                    <Link href=href>{title}</Link>
                    <span class="hit-chapter">{chapter}</span>
                    <p class="snippet">{snippet}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p role="status">{count}</p>
        <ol class="hits">{items}</ol>
    }
    .into_any()
}

/// Offline full-text search; the query lives in the address (`/search?q=`).
#[component]
pub fn SearchPage() -> impl IntoView {
    let nav = use_nav();
    let q = move || SearchQuery::read(&nav.address.read()).q;
    // What is typed, kept as it is typed.
    let typed = RwSignal::new(q());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = typed.get_untracked();
        nav.go(
            &SearchQuery { q: value }.href(),
            Go {
                replace: true,
                keep_scroll: false,
            },
        );
    };
    view! {
        <h1>{t().search_title}</h1>
        <form role="search" class="search-form" on:submit=submit>
            <label for="search-input">{t().search_label}</label>
            <div class="search-row">
                <input id="search-input" type="search" prop:value=q autocomplete="off"
                    on:input=move |ev| typed.set(platform::dom::value(&ev))/>
                <button type="submit">{t().search_button}</button>
            </div>
        </form>
        {with_report(move |r: Arc<ReportData>| results(&r, &q()))}
    }
}
