use crate::components::link::Link;
use crate::components::load_gate::with_report;
use crate::i18n::{t, tf};
use crate::state::ReportData;
use lantern_core::content::Report;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

fn index(report: &Report) -> impl IntoView {
    report
        .country_index()
        .into_iter()
        .map(|(c, n)| {
            let href = Page::Country(c.slug.clone()).path();
            let name = c.shown().to_string();
            let count = tf(t().country_examples, &[("n", n.into())]);
            view! { <li><Link href=href>{name}</Link>" — "<span class="count">{count}</span></li> }
        })
        .collect_view()
}

/// Every country the report gives examples from, with how many.
#[component]
pub fn CountriesPage() -> impl IntoView {
    view! {
        <h1>{t().countries_title}</h1>
        <p>{t().countries_intro}</p>
        {with_report(|r: Arc<ReportData>| view! { <ul class="country-list">{index(&r)}</ul> })}
    }
}
