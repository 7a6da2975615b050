use crate::components::link::Link;
use crate::i18n::{audience_label, t};
use crate::platform;
use crate::state::use_app_data;
use leptos::prelude::*;

/// Past attempts with date, audience and score; can be cleared after a confirmation.
#[component]
pub fn QuizHistoryPage() -> impl IntoView {
    let data = use_app_data();
    let confirming = RwSignal::new(false);
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
                    <thead><tr><th scope="col">"Date"</th><th scope="col">{t().quiz_who}</th><th scope="col">{t().quiz_results}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                {move || if confirming.get() {
                    view! {
                        <div class="confirm" role="alertdialog" aria-label=t().history_confirm>
                            <p>{t().history_confirm}</p>
                            <button type="button" on:click=move |_| { data.clear_history(); confirming.set(false); }>{t().yes_clear}</button>
                            " "
                            <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{t().cancel}</button>
                        </div>
                    }.into_any()
                } else {
                    view! { <button type="button" class="secondary" on:click=move |_| confirming.set(true)>{t().history_clear}</button> }.into_any()
                }}
            }
            .into_any()
        }}
        <p><Link href="/quiz">{t().nav_quiz}</Link></p>
    }
}
