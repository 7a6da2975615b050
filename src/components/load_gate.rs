use crate::i18n::t;
use crate::state::ReportData;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::bank::Bank;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `page` once the report is loaded; a message and a retry button otherwise.
pub fn with_report<F, V>(page: F) -> impl IntoView
where
    F: Fn(Arc<ReportData>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = use_app_data();
    move || match data.report.get() {
        Load::Loading => view! { <p class="status" role="status">{t().loading}</p> }.into_any(),
        Load::Failed(why) => view! {
            <div class="status status-error" role="alert">
                <p>{t().load_failed}</p>
                <p class="detail">{why}</p>
                <button type="button" on:click=move |_| data.load()>{t().retry}</button>
            </div>
        }
        .into_any(),
        Load::Ready(report) => page(report).into_any(),
    }
}

/// Renders `page` once the question bank is loaded (fetching it on first use);
/// a message and a retry button otherwise.
pub fn with_bank<F, V>(page: F) -> impl IntoView
where
    F: Fn(Arc<Bank>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = use_app_data();
    data.load_bank();
    move || match data.bank.get() {
        Load::Loading => {
            view! { <p class="status" role="status">{t().loading_questions}</p> }.into_any()
        }
        Load::Failed(why) => view! {
            <div class="status status-error" role="alert">
                <p>{t().questions_failed}</p>
                <p class="detail">{why}</p>
                <button type="button" on:click=move |_| data.load_bank()>{t().retry}</button>
            </div>
        }
        .into_any(),
        Load::Ready(bank) => page(bank).into_any(),
    }
}
