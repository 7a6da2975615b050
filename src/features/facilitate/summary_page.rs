use crate::components::link::Link;
use crate::features::facilitate::session_summary::SessionSummaryView;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::t;
use crate::platform;
use lantern_core::route::Page;
use leptos::prelude::*;

/// A finished session's one-page summary, from the device's history.
#[component]
pub fn FacilitateSummaryPage(
    /// The session's id from the address.
    id: String,
) -> impl IntoView {
    let fac = use_facilitate();
    let id = id.parse::<u64>().ok();
    let record = move || {
        let id = id?;
        fac.sessions.read().get(id).cloned()
    };
    view! {
        {move || match record() {
            Some(r) => view! {
                <SessionSummaryView summary=r.summary/>
                <div class="quiz-nav no-print">
                    <button type="button" on:click=|_| platform::print::print()>{t().fac_print_summary}</button>
                </div>
            }
            .into_any(),
            None => view! { <h1>{t().fac_summary_title}</h1><p>{t().fac_summary_missing}</p> }.into_any(),
        }}
        <p class="no-print"><Link href=Page::Facilitate.path()>{t().fac_back}</Link></p>
    }
}
