use crate::components::confirm_button::ConfirmButton;
use crate::components::link::Link;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::{t, tf};
use crate::platform;
use lantern_core::quiz::session::Phase;
use lantern_core::route::Page;
use leptos::prelude::*;

/// An unfinished session: carry on where it stopped, or throw it away.
#[component]
pub fn ResumeOffer() -> impl IntoView {
    let fac = use_facilitate();
    let where_ = move || {
        let s = fac.session.read();
        let s = s.0.as_ref()?;
        let date = s
            .started_at_ms()
            .map(platform::clock::format_date)
            .unwrap_or_default();
        Some(match s.phase() {
            Phase::Question { index, .. } => tf(
                t().fac_started_at_question,
                &[
                    ("date", (&date).into()),
                    ("number", (index + 1).into()),
                    ("total", s.len().into()),
                ],
            ),
            _ => tf(t().fac_started_before_first, &[("date", (&date).into())]),
        })
    };
    view! {
        <section class="resume-offer" aria-labelledby="resume-title">
            <h2 id="resume-title">{t().fac_unfinished}</h2>
            <p>{where_}</p>
            <div class="quiz-nav">
                <Link href=Page::FacilitateRun.path() attr:class="button">{t().fac_resume}</Link>
                <ConfirmButton
                    label=t().fac_discard
                    question=t().fac_discard_confirm
                    yes=t().fac_discard_yes
                    on_yes=Callback::new(move |()| {
                        fac.discard();
                        // The new setup takes focus, as a new page would.
                        platform::dom::focus_heading_soon("main h1");
                    })
                />
            </div>
        </section>
    }
}
