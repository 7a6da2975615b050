use crate::components::link::Link;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::t;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::Event;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// What to do if a child tells you about abuse; shown before the first question.
#[component]
pub fn SafeguardingNote(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let fac = use_facilitate();
    crate::nav::use_nav().name_page(t().fac_safe_title.into());
    // The link to the Help page sits inside the sentence.
    let (before, after) = t()
        .fac_safe_help
        .split_once("{ $link }")
        .unwrap_or((t().fac_safe_help, ""));
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
            <p>{before}<Link href=Page::Help.path()>{t().fac_safe_help_link}</Link>{after}</p>
            <button type="button" on:click=move |_| { let _ = fac.step(&bank, Event::DismissSafeguarding); }>
                {t().fac_safe_dismiss}
            </button>
        </section>
    }
}
