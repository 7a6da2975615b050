use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// The landing screen: what Lantern is, and where to start.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <section class="hero">
            <h1>{t().app_name}</h1>
            <p class="tagline">{t().tagline}</p>
            <p>{t().home_intro}</p>
            <p><A href="/read" attr:class="button">{t().home_start_reading}</A></p>
        </section>
    }
}
