use crate::components::confirm_button::ConfirmButton;
use crate::components::link::Link;
use crate::features::quiz::state::use_quiz;
use crate::i18n::{audience_label, t, tf};
use crate::platform;
use lantern_core::route::Page;
use leptos::prelude::*;

/// Past attempts with date, audience and score; can be cleared after a confirmation.
#[component]
pub fn QuizHistoryPage() -> impl IntoView {
    let state = use_quiz();
    view! {
        <h1>{t().history_title}</h1>
        {move || {
            let h = state.history.get();
            if h.is_empty() {
                return view! { <p>{t().history_empty}</p> }.into_any();
            }
            let rows = h
                .entries()
                .iter()
                .map(|e| {
                    view! {
                        <tr>
                            <td>{platform::clock::format_date(e.finished_at_ms)}</td>
                            <td>{audience_label(e.audience)}</td>
                            <td>{tf(t().score_out_of, &[("score", e.score.into()), ("total", e.total.into())])}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="history">
                    <thead><tr><th scope="col">{t().history_date}</th><th scope="col">{t().quiz_who}</th><th scope="col">{t().quiz_results}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <ConfirmButton
                    label=t().history_clear
                    question=t().history_confirm
                    yes=t().yes_clear
                    on_yes=Callback::new(move |()| state.clear_history())
                />
            }
            .into_any()
        }}
        <p><Link href=Page::Quiz.path()>{t().nav_quiz}</Link></p>
    }
}
