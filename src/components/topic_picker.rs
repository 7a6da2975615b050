use crate::i18n::{t, topic_label};
use crate::platform;
use lantern_core::quiz::bank::Topic;
use leptos::prelude::*;

/// Which topics a quiz covers (none: a mix of all), asked the same way by
/// the quiz and the facilitator's setup.
#[component]
pub fn TopicPicker(
    /// The topics chosen now.
    #[prop(into)]
    value: Signal<Vec<Topic>>,
    /// Called with the topics once one is ticked or unticked.
    on_change: Callback<Vec<Topic>>,
) -> impl IntoView {
    view! {
        <fieldset class="choice-group topics">
            <legend>{t().quiz_topics}</legend>
            <p class="hint">{t().quiz_topics_hint}</p>
            {Topic::ALL.iter().copied().map(|topic| view! {
                <label>
                    <input type="checkbox" prop:checked=move || value.read().contains(&topic)
                        on:change=move |ev| {
                            let on = platform::dom::checked(&ev);
                            let mut v = value.get_untracked();
                            v.retain(|x| *x != topic);
                            if on {
                                v.push(topic);
                            }
                            on_change.run(v);
                        }/>
                    {topic_label(topic)}
                </label>
            }).collect_view()}
        </fieldset>
    }
}
