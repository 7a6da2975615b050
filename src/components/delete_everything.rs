use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;

/// "Delete everything Lantern stored on this device", behind a confirmation.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        leptos::task::spawn_local(async move {
            platform::storage::clear_all();
            platform::storage::clear_caches_and_worker().await;
            platform::dom::reload_home();
        });
    };
    view! {
        <section class="danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">{t().delete_title}</h2>
            <p>{t().delete_body}</p>
            {move || if confirming.get() {
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="delete-confirm">
                        <p id="delete-confirm">{t().delete_confirm}</p>
                        <button type="button" on:click=delete>{t().delete_yes}</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{t().cancel}</button>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="secondary" on:click=move |_| confirming.set(true)>{t().delete_button}</button> }.into_any()
            }}
        </section>
    }
}
