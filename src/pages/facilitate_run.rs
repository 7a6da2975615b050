use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::components::presenter::Presenter;
use crate::components::session_summary::SessionSummaryView;
use crate::i18n::t;
use crate::platform;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::{Event, Phase};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    NotStarted,
    Safeguarding,
    Question,
    Finished,
}

/// The facilitated session on one screen: the safeguarding note, the
/// presenter view, then the end screen. A reload returns to the same step.
#[component]
pub fn FacilitateRunPage() -> impl IntoView {
    let data = use_app_data();
    let step = Memo::new(
        move |_| match data.session.read().0.as_ref().map(|s| s.phase()) {
            None | Some(Phase::Setup) => Step::NotStarted,
            Some(Phase::Safeguarding) => Step::Safeguarding,
            Some(Phase::Question { .. }) => Step::Question,
            Some(Phase::Finished) => Step::Finished,
        },
    );
    Effect::new(move |_| {
        if let Load::Ready(bank) = data.bank.get() {
            data.check_session_against(&bank);
        }
    });
    with_bank(move |bank: Arc<Bank>| {
        {
            move || match step.get() {
                Step::NotStarted => view! {
                    <h1>{t().fac_title}</h1>
                    <p>{t().fac_no_session}</p>
                    <p><Link href="/facilitate" attr:class="button">{t().fac_set_up}</Link></p>
                }
                .into_any(),
                Step::Safeguarding => view! { <SafeguardingNote bank=bank.clone()/> }.into_any(),
                Step::Question => view! { <Presenter bank=bank.clone()/> }.into_any(),
                Step::Finished => view! { <SessionEnd bank=bank.clone()/> }.into_any(),
            }
        }
        .into_any()
    })
}

/// What to do if a child tells you about abuse; shown before the first question.
#[component]
fn SafeguardingNote(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let data = use_app_data();
    view! {
        <section class="safeguarding" aria-labelledby="safeguarding-title">
            <h1 id="safeguarding-title">{t().fac_safe_title}</h1>
            <p>{t().fac_safe_intro}</p>
            <ul class="help-steps">
                <li>{t().fac_safe_listen}</li>
                <li>{t().fac_safe_believe}</li>
                <li>{t().fac_safe_secret}</li>
                <li>{t().fac_safe_refer}</li>
            </ul>
            <p>{t().fac_safe_help}" "<Link href="/help">{t().fac_safe_help_link}</Link></p>
            <button type="button" on:click=move |_| { let _ = data.session_event(&bank, Event::DismissSafeguarding); }>
                {t().fac_safe_dismiss}
            </button>
        </section>
    }
}

/// The end screen: results, hardest topics, what we learned, and printing.
#[component]
fn SessionEnd(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let data = use_app_data();
    let parts = data.session.with_untracked(|s| {
        s.0.as_ref()
            .and_then(|s| Some((s.summary(&bank)?, s.hardest_topics(&bank))))
    });
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            platform::dom::focus(&h);
        }
    });
    view! {
        <h1 tabindex="-1" node_ref=heading class="no-print">{t().fac_end_title}</h1>
        <p class="no-print">{t().fac_end_thanks}</p>
        {parts.map(|(summary, hardest)| view! { <SessionSummaryView summary hardest/> })}
        <div class="quiz-nav no-print">
            <button type="button" on:click=|_| platform::print::print()>{t().fac_print_summary}</button>
            <Link href="/facilitate" attr:class="button">{t().fac_new_session}</Link>
        </div>
    }
}
