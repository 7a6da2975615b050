use crate::i18n::audience_label;
use lantern_core::quiz::bank::Audience;
use leptos::prelude::*;

/// Who a quiz is for: everyone, or one audience. The quiz, the facilitator's
/// setup and the printed sheets all ask this the same way.
#[component]
pub fn AudiencePicker(
    /// The radio group's name, unique on the page.
    name: &'static str,
    /// What the group asks.
    legend: &'static str,
    /// The audience chosen now (`None` is everyone).
    #[prop(into)]
    value: Signal<Option<Audience>>,
    /// Called with the audience picked.
    on_pick: Callback<Option<Audience>>,
) -> impl IntoView {
    let all = std::iter::once(None).chain(Audience::ALL.iter().copied().map(Some));
    view! {
        <fieldset class="choice-group">
            <legend>{legend}</legend>
            {all.map(|a| view! {
                <label>
                    <input type="radio" name=name prop:checked=move || value.get() == a
                        on:change=move |_| on_pick.run(a)/>
                    {audience_label(a)}
                </label>
            }).collect_view()}
        </fieldset>
    }
}
