use crate::i18n::t;
use leptos::prelude::*;

/// A button for something that cannot be undone: it first asks `question`,
/// and only "yes" runs `on_yes`; "Cancel" puts the button back.
#[component]
pub fn ConfirmButton(
    /// The button's own words, e.g. "Clear history".
    label: &'static str,
    /// What the user is asked before anything happens.
    question: &'static str,
    /// The words that agree, e.g. "Yes, clear them".
    yes: &'static str,
    on_yes: Callback<()>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    move || {
        if confirming.get() {
            view! {
                <div class="confirm" role="alertdialog" aria-label=question>
                    <p>{question}</p>
                    <button type="button" on:click=move |_| { confirming.set(false); on_yes.run(()); }>{yes}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{t().cancel}</button>
                </div>
            }
            .into_any()
        } else {
            view! { <button type="button" class="secondary" on:click=move |_| confirming.set(true)>{label}</button> }
                .into_any()
        }
    }
}
