use crate::components::load_gate::with_report;
use crate::i18n::t;
use crate::state::ReportData;
use leptos::prelude::*;
use std::sync::Arc;

/// The source, its citation and permission, and what Lantern is not.
#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <h1>{t().about_title}</h1>
        <p class="independent"><strong>{t().about_independent}</strong></p>
        {with_report(|r: Arc<ReportData>| {
            let m = r.meta.clone();
            view! {
                <p><cite>{m.title}</cite>" — "{m.subtitle}</p>
                <h2>{t().about_citation}</h2>
                <p class="citation">{m.citation}</p>
                <h2>{t().about_permission}</h2>
                <p>{m.permission}" "{m.copyright}</p>
            }
        })}
        <p>{t().about_offline}</p>
    }
}
