use crate::components::confirm_button::ConfirmButton;
use crate::components::link::Link;
use crate::components::quick_exit_button::QuickExitButton;
use crate::features::facilitate::session_summary::SessionSummaryView;
use crate::features::live::state::LiveHostState;
use crate::i18n::t;
use crate::platform;
use lantern_core::quiz::bank::Bank;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// The end of a live quiz on the facilitator's screen: the same summary as
/// a single-screen session (kept with this device's past sessions), and the
/// way to end it on the hub, which deletes every nickname and answer.
#[component]
pub fn HostEnd(
    /// The loaded question bank.
    bank: Arc<Bank>,
    /// The live quiz.
    host: LiveHostState,
) -> impl IntoView {
    crate::nav::use_nav().name_page(t().fac_end_title.into());
    host.keep_record(&bank);
    let parts = host.view.with_untracked(|v| {
        let s = &v.as_ref()?.session;
        Some((s.summary(&bank)?, s.hardest_topics(&bank)))
    });
    view! {
        <div class="session-end">
            <div class="presenter-bar no-print">
                <QuickExitButton/>
                <button type="button" class="secondary" on:click=|_| platform::print::print()>{t().fac_print_summary}</button>
                <Link href=Page::Facilitate.path() attr:class="button">{t().fac_new_session}</Link>
            </div>
            <h1 class="no-print">{t().fac_end_title}</h1>
            <p class="no-print">{t().fac_end_thanks}</p>
            <div class="no-print">
                <ConfirmButton label=t().live_end question=t().live_end_confirm yes=t().live_end_yes
                    on_yes=Callback::new(move |()| host.close())/>
            </div>
            {parts.map(|(summary, hardest)| view! { <SessionSummaryView summary hardest/> })}
        </div>
    }
}
