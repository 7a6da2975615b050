use crate::features::live::state::PlayerState;
use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;

/// The join code, as the facilitator's screen shows it.
#[component]
pub fn CodeForm(
    /// The phone's live quiz.
    player: PlayerState,
) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        player.look(code.get_untracked());
    };
    view! {
        <form class="join-form" on:submit=on_submit>
            <p>{t().join_intro}</p>
            <p class="field">
                <label for="join-code">{t().join_code}</label>
                <input id="join-code" type="text" inputmode="numeric" autocomplete="off" maxlength="12"
                    class="join-code-input"
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(platform::dom::value(&ev))/>
            </p>
            <button type="submit">{t().join_next}</button>
        </form>
    }
}
