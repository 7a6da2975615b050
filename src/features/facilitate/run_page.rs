use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::features::facilitate::presenter::Presenter;
use crate::features::facilitate::session_end::SessionEnd;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::t;
use crate::platform;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::Phase;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    NotStarted,
    Question,
    Finished,
}

/// The facilitated session on one screen: the presenter view, then the
/// end screen. A reload returns to the same step.
#[component]
pub fn FacilitateRunPage() -> impl IntoView {
    let fac = use_facilitate();
    let step = Memo::new(
        move |_| match fac.session.read().0.as_ref().map(|s| s.phase()) {
            // A session stored at the note reads back in setup.
            None | Some(Phase::Setup | Phase::Safeguarding) => Step::NotStarted,
            Some(Phase::Question { .. }) => Step::Question,
            Some(Phase::Finished) => Step::Finished,
        },
    );
    // The projected screens, questions and end, are the session alone: no
    // site header or menu. Set here, so no step between them shows the frame.
    Effect::new(move |_| platform::dom::set_presenting(step.get() != Step::NotStarted));
    on_cleanup(|| platform::dom::set_presenting(false));
    fac.check_when_bank_loads();
    with_bank(move |bank: Arc<Bank>| {
        {
            move || match step.get() {
                Step::NotStarted => view! {
                    <h1>{t().fac_title}</h1>
                    <p>{t().fac_no_session}</p>
                    <p><Link href=Page::Facilitate.path() attr:class="button">{t().fac_set_up}</Link></p>
                }
                .into_any(),
                Step::Question => view! { <Presenter bank=bank.clone()/> }.into_any(),
                Step::Finished => view! { <SessionEnd bank=bank.clone()/> }.into_any(),
            }
        }
        .into_any()
    })
}
