use crate::components::confirm_button::ConfirmButton;
use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;

/// "Delete everything Lantern stored on this device", behind a confirmation.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    let delete = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            platform::storage::clear_all();
            platform::storage::clear_caches_and_worker().await;
            platform::dom::reload_home();
        });
    });
    view! {
        <section class="danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">{t().delete_title}</h2>
            <p>{t().delete_body}</p>
            <ConfirmButton
                label=t().delete_button
                question=t().delete_confirm
                yes=t().delete_yes
                on_yes=delete
            />
        </section>
    }
}
