use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::features::facilitate::printed_sheet::PrintedSheet;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::t;
use crate::nav::{use_nav, Go};
use crate::platform;
use crate::state::use_app_data;
use lantern_core::quiz::bank::Bank;
use lantern_core::route::{Page, PrintQuery};
use leptos::prelude::*;
use std::sync::Arc;

/// Printing for groups without devices: the session's own questions, in the
/// order it asks them, as a sheet to hand out or an answer key. What is on
/// screen is the preview; the print stylesheet keeps the sheet alone.
#[component]
pub fn FacilitatePrintPage() -> impl IntoView {
    let data = use_app_data();
    let fac = use_facilitate();
    let nav = use_nav();
    let choice = RwSignal::new(PrintQuery::read(&nav.address.get_untracked()));
    // Keep the address in step with the choice, so a reload prints the same.
    Effect::new(move |_| {
        let href = choice.get().href();
        let go = Go {
            replace: true,
            keep_scroll: true,
        };
        nav.go(&href, go);
    });
    fac.check_when_bank_loads();
    // The session being set up, run or just finished; a new one if none.
    Effect::new(move |_| {
        if fac.session.read().0.is_none() {
            fac.ensure_session();
        }
    });
    let which = move || {
        let s = fac.session.read();
        let s = s.0.as_ref()?;
        Some(if s.is_finished() {
            t().fac_print_done
        } else if s.has_started() {
            t().fac_print_running
        } else {
            t().fac_print_planned
        })
    };
    let radio = move |key: bool, label: &'static str| {
        view! {
            <label>
                <input type="radio" name="print-sheet" prop:checked=move || choice.get().key == key
                    on:change=move |_| choice.set(PrintQuery { key })/>
                {label}
            </label>
        }
    };
    let sheet = move |bank: Arc<Bank>| {
        move || {
            // The key names each source by its report title: drawn again
            // once the report has loaded, if it came after the bank.
            data.report.track();
            let questions = (fac.session.read().0.as_ref()).map(|s| s.sheet(&bank));
            match questions {
                Some(q) if !q.is_empty() => {
                    view! { <PrintedSheet questions=q key=choice.get().key/> }.into_any()
                }
                Some(_) => view! { <p>{t().quiz_no_questions}</p> }.into_any(),
                None => ().into_any(),
            }
        }
    };
    view! {
        <h1 class="no-print">{t().fac_print_title}</h1>
        <p class="no-print">{t().fac_print_intro}</p>
        <form class="print-chooser no-print" on:submit=|ev| { ev.prevent_default(); platform::print::print(); }>
            <p class="fac-print-which">{which}</p>
            <fieldset class="choice-group">
                <legend>{t().fac_print_what}</legend>
                {radio(false, t().fac_sheet)}
                {radio(true, t().fac_key)}
            </fieldset>
            <button type="submit">{t().fac_print_button}</button>
        </form>
        {with_bank(move |bank: Arc<Bank>| sheet(bank).into_any())}
        <p class="no-print"><Link href=Page::Facilitate.path()>{t().fac_back}</Link></p>
    }
}
