use crate::components::link::Link;
use crate::components::quick_exit_button::QuickExitButton;
use crate::features::facilitate::session_summary::SessionSummaryView;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::t;
use crate::platform;
use lantern_core::quiz::bank::Bank;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// The end screen: results, hardest topics, what we learned, and printing.
#[component]
pub fn SessionEnd(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let fac = use_facilitate();
    crate::nav::use_nav().name_page(t().fac_end_title.into());
    let parts = fac.session.with_untracked(|s| {
        s.0.as_ref()
            .and_then(|s| Some((s.summary(&bank)?, s.hardest_topics(&bank))))
    });
    // On a projector the results and what we learned share one screen,
    // each column's words as large as its room allows.
    // The words stay as they are: fitted when drawn and on resize only.
    let _ = platform::page_life::keep_fitted(".summary-results, .summary-learned");
    view! {
        <div class="session-end">
            <div class="presenter-bar no-print">
                <QuickExitButton/>
                <button type="button" class="secondary" on:click=|_| platform::print::print()>{t().fac_print_summary}</button>
                <Link href=Page::Facilitate.path() attr:class="button">{t().fac_new_session}</Link>
            </div>
            <h1 class="no-print">{t().fac_end_title}</h1>
            <p class="no-print">{t().fac_end_thanks}</p>
            {parts.map(|(summary, hardest)| view! { <SessionSummaryView summary hardest/> })}
        </div>
    }
}
