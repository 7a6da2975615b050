use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;

/// Always-visible way out: blanks the page and replaces the location.
#[component]
pub fn QuickExitButton() -> impl IntoView {
    view! {
        <button type="button" class="quick-exit" title=t().quick_exit_hint on:click=|_| platform::quick_exit::exit_now()>
            {t().quick_exit}
        </button>
    }
}
