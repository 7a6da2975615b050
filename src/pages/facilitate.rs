use crate::components::confirm_button::ConfirmButton;
use crate::components::facilitate_setup::FacilitateSetup;
use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::i18n::{audience_label, t, topic_label};
use crate::platform;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::{EndView, Phase};
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
    let data = use_app_data();
    let mode = Memo::new(move |_| {
        let unfinished =
            (data.session.read().0.as_ref()).is_some_and(|s| s.has_started() && !s.is_finished());
        if unfinished {
            Mode::Unfinished
        } else {
            Mode::Setup
        }
    });
    Effect::new(move |_| {
        if let Load::Ready(bank) = data.bank.get() {
            data.check_session_against(&bank);
        }
    });
    // No session, or a finished one: set up a new one.
    Effect::new(move |_| {
        let needed = (data.session.read().0.as_ref()).is_none_or(|s| s.is_finished());
        if needed {
            data.ensure_session_setup();
        }
    });
    view! {
        <h1>{t().fac_title}</h1>
        <p>{t().fac_intro}</p>
        {with_bank(move |bank: Arc<Bank>| {
                move || match mode.get() {
                    Mode::Setup => view! { <FacilitateSetup bank=bank.clone()/> }.into_any(),
                    Mode::Unfinished => view! { <ResumeOffer/> }.into_any(),
                }
            }
            .into_any())}
        <p class="fac-print-link"><Link href="/facilitate/print">{t().fac_print_link}</Link></p>
        <SessionHistory/>
    }
}

/// An unfinished session: carry on where it stopped, or throw it away.
#[component]
fn ResumeOffer() -> impl IntoView {
    let data = use_app_data();
    let where_ = move || {
        let s = data.session.read();
        let s = s.0.as_ref()?;
        let date = s
            .started_at_ms()
            .map(platform::clock::format_date)
            .unwrap_or_default();
        let step = match s.phase() {
            Phase::Question { index, .. } => {
                format!(
                    "{} {} {} {}",
                    t().question_word,
                    index + 1,
                    t().of_word,
                    s.len()
                )
            }
            _ => t().fac_before_first.to_string(),
        };
        Some(format!("{} {date} · {step}", t().fac_started_on))
    };
    view! {
        <section class="resume-offer" aria-labelledby="resume-title">
            <h2 id="resume-title">{t().fac_unfinished}</h2>
            <p>{where_}</p>
            <div class="quiz-nav">
                <Link href="/facilitate/run" attr:class="button">{t().fac_resume}</Link>
                <ConfirmButton
                    label=t().fac_discard
                    question=t().fac_discard_confirm
                    yes=t().fac_discard_yes
                    on_yes=Callback::new(move |()| data.discard_session())
                />
            </div>
        </section>
    }
}

/// The last finished sessions, each printable and deletable.
#[component]
fn SessionHistory() -> impl IntoView {
    let data = use_app_data();
    view! {
        <section class="fac-history" aria-labelledby="fac-history-title">
            <h2 id="fac-history-title">{t().fac_history_title}</h2>
            {move || {
                let all = data.sessions.get();
                if all.is_empty() {
                    return view! { <p>{t().fac_history_empty}</p> }.into_any();
                }
                let rows = all
                    .entries()
                    .iter()
                    .map(|r| {
                        let id = r.id;
                        let s = &r.summary;
                        let topics = s.topics.iter().map(|t| topic_label(*t)).collect::<Vec<_>>().join(", ");
                        let result = match &s.results {
                            EndView::Ranked(b) => format!("{} {}", b.standings.len(), t().fac_teams_word),
                            EndView::Group { right, possible, .. } => {
                                format!("{right} {} {possible}", t().out_of)
                            }
                        };
                        let title = format!(
                            "{} · {} · {} {}",
                            platform::clock::format_date(r.finished_at_ms),
                            audience_label(s.audience),
                            s.question_count,
                            t().fac_questions_word
                        );
                        view! {
                            <li class="fac-history-item" data-session=id.to_string()>
                                <p class="fac-history-title">{title}</p>
                                <p class="hint">{topics}" · "{result}</p>
                                <div class="section-actions">
                                    <Link href=format!("/facilitate/summary/{id}")>{t().fac_open_summary}</Link>
                                    <ConfirmButton
                                        label=t().fac_delete
                                        question=t().fac_delete_confirm
                                        yes=t().fac_delete_yes
                                        on_yes=Callback::new(move |()| data.delete_finished_session(id))
                                    />
                                </div>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ol class="fac-history-list">{rows}</ol> }.into_any()
            }}
        </section>
    }
}
