use crate::components::link::Link;
use crate::components::load_gate::with_report;
use crate::i18n::t;
use crate::state::ReportData;
use lantern_core::content::Report;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

fn entry(id: &str, title: &str) -> impl IntoView {
    let href = Page::Section(id.to_string()).path();
    let title = title.to_string();
    view! { <Link href=href>{title}</Link> }
}

fn contents(report: &Report) -> impl IntoView {
    let parts = report
        .parts
        .iter()
        .enumerate()
        .map(|(p, part)| {
            let chapters = report
                .chapters
                .iter()
                .enumerate()
                .filter(|(_, c)| c.part == p)
                .map(|(ci, c)| {
                    let sections: Vec<_> = report
                        .sections
                        .iter()
                        .filter(|s| s.chapter == ci && s.id != c.id)
                        .map(|s| view! { <li>{entry(&s.id, &s.title)}</li> })
                        .collect();
                    let inner = (!sections.is_empty()).then(|| view! { <ul>{sections}</ul> });
                    // A part's lead chapter repeats the part's title; the part link covers it.
                    let own = (c.id != part.id).then(|| entry(&c.id, &c.title));
                    view! { <li>{own}{inner}</li> }
                })
                .collect_view();
            view! { <li class="part">{entry(&part.id, &part.title)}<ul>{chapters}</ul></li> }
        })
        .collect_view();
    view! { <nav aria-label=t().contents_title><ul class="contents">{parts}</ul></nav> }
}

/// Parts, chapters and sections of the report.
#[component]
pub fn ContentsPage() -> impl IntoView {
    view! {
        <h1>{t().contents_title}</h1>
        {with_report(|report: Arc<ReportData>| contents(&report))}
    }
}
