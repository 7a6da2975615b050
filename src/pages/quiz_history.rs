use crate::components::confirm_button::ConfirmButton;
use crate::components::link::Link;
use crate::i18n::{audience_label, t};
use crate::platform;
use crate::state::use_app_data;
use leptos::prelude::*;

/// Past attempts with date, audience and score; can be cleared after a confirmation.
#[component]
pub fn QuizHistoryPage() -> impl IntoView {
    let data = use_app_data();
    view! {
        <h1>{t().history_title}</h1>
        {move || {
            let h = data.history.get();
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
                            <td>{format!("{} {} {}", e.score, t().out_of, e.total)}</td>
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
                    on_yes=Callback::new(move |()| data.clear_history())
                />
            }
            .into_any()
        }}
        <p><Link href="/quiz">{t().nav_quiz}</Link></p>
    }
}
