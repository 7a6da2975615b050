use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::features::facilitate::resume_offer::ResumeOffer;
use crate::features::facilitate::session_history::SessionHistory;
use crate::features::facilitate::setup_form::SetupForm;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::t;
use lantern_core::quiz::bank::Bank;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Setup,
    /// Started and not finished: resume or discard.
    Unfinished,
}

/// Peer-educator mode: set up a session (or resume an unfinished one), and
/// the last finished sessions.
#[component]
pub fn FacilitatePage() -> impl IntoView {
    let fac = use_facilitate();
    let mode = Memo::new(move |_| {
        let unfinished =
            (fac.session.read().0.as_ref()).is_some_and(|s| s.has_started() && !s.is_finished());
        if unfinished {
            Mode::Unfinished
        } else {
            Mode::Setup
        }
    });
    fac.check_when_bank_loads();
    // No session, or a finished one: set up a new one.
    Effect::new(move |_| {
        let needed = (fac.session.read().0.as_ref()).is_none_or(|s| s.is_finished());
        if needed {
            fac.ensure_setup();
        }
    });
    view! {
        <h1>{t().fac_title}</h1>
        <p>{t().fac_intro}</p>
        {with_bank(move |bank: Arc<Bank>| {
                move || match mode.get() {
                    Mode::Setup => view! { <SetupForm bank=bank.clone()/> }.into_any(),
                    Mode::Unfinished => view! { <ResumeOffer/> }.into_any(),
                }
            }
            .into_any())}
        <p class="fac-print-link"><Link href=Page::FacilitatePrint.path()>{t().fac_print_link}</Link></p>
        <SessionHistory/>
    }
}
