use crate::features::live::state::hub_runs_live;
use crate::i18n::t;
use crate::nav::{use_nav, Go};
use lantern_core::route::LiveQuery;
use leptos::prelude::*;

/// "Live on this network", in the facilitator's setup: where a classroom
/// hub serves Lantern, it opens a live quiz with this setup; elsewhere it
/// says what that needs.
#[component]
pub fn LiveOption(
    /// Checks the setup as Start would, and says what is wrong; `true`
    /// when it can start.
    ready: Callback<(), bool>,
) -> impl IntoView {
    let checking = RwSignal::new(false);
    let needs_hub = RwSignal::new(false);
    let nav = use_nav();
    let on_click = move |_| {
        needs_hub.set(false);
        if !ready.run(()) {
            return;
        }
        checking.set(true);
        leptos::task::spawn_local(async move {
            let live = hub_runs_live().await;
            checking.set(false);
            if live {
                nav.go(&LiveQuery { open: true }.href(), Go::default());
            } else {
                needs_hub.set(true);
            }
        });
    };
    view! {
        <div class="live-option">
            <button type="button" class="secondary" data-live="" disabled=move || checking.get() on:click=on_click>
                {t().live_option}
            </button>
            <p class="hint">{t().live_option_hint}</p>
            <p class="live-needs" role="status">
                {move || checking.get().then(|| t().live_checking)}
                {move || needs_hub.get().then(|| t().live_needs_hub)}
            </p>
        </div>
    }
}
