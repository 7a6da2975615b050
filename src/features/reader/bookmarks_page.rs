use crate::components::link::Link;
use crate::components::load_gate::with_report;
use crate::features::reader::state::use_reader;
use crate::i18n::t;
use crate::state::ReportData;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// Sections the reader bookmarked, newest first.
#[component]
pub fn BookmarksPage() -> impl IntoView {
    let reader = use_reader();
    view! {
        <h1>{t().bookmarks_title}</h1>
        {with_report(move |r: Arc<ReportData>| {
            let ids = reader.bookmarks.read().sections.clone();
            if ids.is_empty() {
                return view! { <p>{t().bookmarks_empty}</p> }.into_any();
            }
            let items = ids
                .iter()
                .filter_map(|id| r.resolve(id))
                .map(|i| {
                    let s = &r.sections[i];
                    let href = Page::Section(s.id.clone()).path();
                    let title = s.title.clone();
                    view! { <li><Link href=href>{title}</Link></li> }
                })
                .collect_view();
            view! { <ul class="bookmark-list">{items}</ul> }.into_any()
        })}
    }
}
