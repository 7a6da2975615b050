use crate::i18n::t;
use crate::nav::use_nav;
use leptos::prelude::*;

/// The app's own Back, while Lantern keeps to one entry in the browser's
/// history (so that quick exit leaves nothing behind for Back to show).
#[component]
pub fn BackButton() -> impl IntoView {
    let nav = use_nav();
    move || {
        nav.can_go_back().then(|| {
            view! {
                <button type="button" class="secondary back-button" on:click=move |_| nav.back()>
                    <span aria-hidden="true">"← "</span>{t().back}
                </button>
            }
        })
    }
}
