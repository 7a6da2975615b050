use crate::i18n::t;
use crate::state::{use_app_data, Load};
use lantern_core::content::Report;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `page` once the report is loaded; a message and a retry button otherwise.
pub fn with_report<F, V>(page: F) -> impl IntoView
where
    F: Fn(Arc<Report>) -> V + Send + Sync + 'static,
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
