use crate::components::link::Link;
use crate::components::load_gate::with_report;
use crate::i18n::t;
use crate::state::use_app_data;
use crate::state::ReportData;
use leptos::prelude::*;
use std::sync::Arc;

/// Sections the reader bookmarked, newest first.
#[component]
pub fn BookmarksPage() -> impl IntoView {
    let data = use_app_data();
    view! {
        <h1>{t().bookmarks_title}</h1>
        {with_report(move |r: Arc<ReportData>| {
            let ids = data.bookmarks.read().sections.clone();
            if ids.is_empty() {
                return view! { <p>{t().bookmarks_empty}</p> }.into_any();
            }
            let items = ids
                .iter()
                .filter_map(|id| r.resolve(id))
                .map(|i| {
                    let s = &r.sections[i];
                    let href = format!("/read/{}", s.id);
                    let title = s.title.clone();
                    view! { <li><Link href=href>{title}</Link></li> }
                })
                .collect_view();
            view! { <ul class="bookmark-list">{items}</ul> }.into_any()
        })}
    }
}
