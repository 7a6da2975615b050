use crate::components::audience_picker::AudiencePicker;
use crate::components::link::Link;
use crate::components::topic_picker::TopicPicker;
use crate::features::quiz::state::use_quiz;
use crate::i18n::t;
use crate::platform;
use lantern_core::quiz::bank::{Audience, Bank, Topic};
use lantern_core::quiz::solo::{QuizConfig, LENGTHS};
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// Choosing who the quiz is for, its topics and length; or a one-tap quick quiz.
#[component]
pub fn QuizStart(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let state = use_quiz();
    // A new quiz's page names no step (a finished one's results did).
    crate::nav::use_nav().name_page(String::new());
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
            let started = state.start(&bank, config);
            failed.set(!started);
            // The first question takes focus, as the later ones do.
            if started {
                platform::dom::focus_heading_soon("main .prompt");
            }
        }
    };
    let start_chosen = {
        let start = start.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            start(length.get_untracked());
        }
    };
    view! {
        <form class="quiz-start" on:submit=start_chosen>
            <AudiencePicker name="audience" legend=t().quiz_who value=audience on_pick=Callback::new(move |a| audience.set(a))/>
            <button type="button" class="quick" on:click=move |_| start(5)>{t().quick_quiz}</button>
            <TopicPicker value=topics on_change=Callback::new(move |v| topics.set(v))/>
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
        <p><Link href=Page::QuizHistory.path()>{t().history_link}</Link></p>
    }
}
