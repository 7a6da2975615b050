use crate::components::link::Link;
use crate::i18n::{audience_label, t, topic_label};
use crate::platform;
use crate::state::use_app_data;
use lantern_core::quiz::bank::{Audience, Bank, Topic};
use lantern_core::quiz::solo::{QuizConfig, LENGTHS};
use leptos::prelude::*;
use std::sync::Arc;

/// Choosing who the quiz is for, its topics and length; or a one-tap quick quiz.
#[component]
pub fn QuizStart(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let data = use_app_data();
    let audience = RwSignal::new(None::<Audience>);
    let topics = RwSignal::new(Vec::<Topic>::new());
    let length = RwSignal::new(10usize);
    let failed = RwSignal::new(false);
    let start = {
        let bank = bank.clone();
        move |len: usize| {
            let config = QuizConfig {
                audience: audience.get_untracked(),
                topics: topics.get_untracked(),
                length: len,
                seed: platform::clock::seed(),
            };
            failed.set(!data.start_quiz(&bank, config));
        }
    };
    let start_chosen = {
        let start = start.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            start(length.get_untracked());
        }
    };
    let audiences: Vec<Option<Audience>> = std::iter::once(None)
        .chain(Audience::ALL.iter().copied().map(Some))
        .collect();
    view! {
        <form class="quiz-start" on:submit=start_chosen>
            <fieldset class="choice-group">
                <legend>{t().quiz_who}</legend>
                {audiences
                    .into_iter()
                    .map(|a| {
                        view! {
                            <label>
                                <input type="radio" name="audience" prop:checked=move || audience.get() == a
                                    on:change=move |_| audience.set(a)/>
                                {audience_label(a)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <button type="button" class="quick" on:click=move |_| start(5)>{t().quick_quiz}</button>
            <fieldset class="choice-group topics">
                <legend>{t().quiz_topics}</legend>
                <p class="hint">{t().quiz_topics_hint}</p>
                {Topic::ALL
                    .iter()
                    .copied()
                    .map(|topic| {
                        view! {
                            <label>
                                <input type="checkbox" prop:checked=move || topics.read().contains(&topic)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        topics.update(|v| {
                                            v.retain(|x| *x != topic);
                                            if on {
                                                v.push(topic);
                                            }
                                        });
                                    }/>
                                {topic_label(topic)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="choice-group">
                <legend>{t().quiz_length}</legend>
                {LENGTHS
                    .iter()
                    .copied()
                    .map(|n| {
                        view! {
                            <label>
                                <input type="radio" name="length" prop:checked=move || length.get() == n
                                    on:change=move |_| length.set(n)/>
                                {n.to_string()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p role="alert">{move || failed.get().then_some(t().quiz_no_questions)}</p>
            <button type="submit">{t().quiz_start}</button>
        </form>
        <p><Link href="/quiz/history">{t().history_link}</Link></p>
    }
}
