use crate::components::confirm_button::ConfirmButton;
use crate::i18n::t;
use crate::state::use_app_data;
use leptos::prelude::*;

/// "Delete everything Lantern stored on this device", behind a confirmation.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    // Offline, deleting the stored copy means Lantern cannot open again until
    // there is a connection: say so before the button is pressed.
    let online = use_context::<crate::platform::pwa::PwaStatus>().map(|p| p.online);
    let data = use_app_data();
    let delete = Callback::new(move |()| data.delete_everything());
    view! {
        <section class="danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">{t().delete_title}</h2>
            <p>{t().delete_body}</p>
            {move || online.is_some_and(|o| !o.get()).then(|| view! {
                <p class="warning" data-warning="offline">{t().delete_offline_warning}</p>
            })}
            <ConfirmButton
                label=t().delete_button
                question=t().delete_confirm
                yes=t().delete_yes
                on_yes=delete
            />
        </section>
    }
}
