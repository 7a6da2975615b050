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
        {crate::state::language::draft_note().map(|note| view! { <p class="draft-note">{note}</p> })}
        {with_report(|r: Arc<ReportData>| {
            let m = r.meta.clone();
            // The report's own words stay as it wrote them, in its language.
            let lang = m.lang.clone();
            view! {
                <p lang=lang.clone()><cite>{m.title}</cite>" — "{m.subtitle}</p>
                <h2>{t().about_citation}</h2>
                <p class="citation" lang=lang.clone()>{m.citation}</p>
                <h2>{t().about_permission}</h2>
                <p lang=lang>{m.permission}" "{m.copyright}</p>
            }
        })}
        <p>{t().about_offline}</p>
    }
}
