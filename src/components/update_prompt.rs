use crate::i18n::t;
use crate::platform::pwa::{self, PwaStatus};
use leptos::prelude::*;

/// "A new version is ready — Reload", shown while a new service worker waits.
/// Nothing changes until the user agrees; their saved data is kept either way.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let pwa = expect_context::<PwaStatus>();
    move || {
        pwa.update_ready.get().then(|| {
            view! {
                <div class="notice update-prompt" role="status">
                    <p>{t().update_ready}</p>
                    <button type="button" on:click=move |_| pwa::apply_update()>
                        {t().update_reload}
                    </button>
                </div>
            }
        })
    }
}
