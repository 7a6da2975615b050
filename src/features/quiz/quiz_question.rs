use crate::components::link::Link;
use crate::features::quiz::state::use_quiz;
use crate::i18n::{t, tf, topic_label};
use crate::platform;
use lantern_core::effect::Effect as After;
use lantern_core::quiz::bank::{Bank, Source};
use lantern_core::quiz::solo::{Event, QuestionView};
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

const LETTERS: [&str; 4] = ["1", "2", "3", "4"];

fn feedback_view(v: &QuestionView) -> Option<AnyView> {
    let f = v.feedback.clone()?;
    let right = v.choices.get(f.right_choice).cloned().unwrap_or_default();
    let more = match &f.source {
        Source::Section(id) => {
            let href = Page::section_from_quiz(id);
            view! { <p><Link href=href>{t().read_more}</Link></p> }.into_any()
        }
        Source::Guidance => view! { <p class="hint">{t().general_advice}</p> }.into_any(),
    };
    Some(
        view! {
            <div class=if f.correct { "feedback right" } else { "feedback wrong" }>
                <p class="verdict">
                    <span aria-hidden="true">{if f.correct { "✓ " } else { "○ " }}</span>
                    {if f.correct { t().feedback_right } else { t().feedback_wrong }}
                </p>
                {(!f.correct).then(|| {
                    let (before, after) = t().right_answer_is.split_once("{ $answer }").unwrap_or((t().right_answer_is, ""));
                    // Why the pick is not the best, then the better choice.
                    let why = (!f.about_pick.is_empty()).then(|| view! { <p class="about-pick">{f.about_pick}</p> });
                    view! { {why}<p>{before}<strong>{right}</strong>{after}</p> }
                })}
                <p>{f.explanation}</p>
                {more}
            </div>
        }
        .into_any(),
    )
}

/// One question: choices as large buttons, then kind feedback and a way on.
#[component]
pub fn QuizQuestion(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let state = use_quiz();
    let nav = crate::nav::use_nav();
    let current = {
        let bank = bank.clone();
        Memo::new(move |_| {
            state
                .quiz
                .read()
                .0
                .as_ref()
                .and_then(|q| q.view(&bank, q.cursor()))
        })
    };
    let next_ref = NodeRef::<leptos::html::Button>::new();
    let heading_ref = NodeRef::<leptos::html::H2>::new();
    let send = {
        let bank = bank.clone();
        move |e: Event| {
            for effect in state.step(&bank, e) {
                if effect == After::FocusQuestion {
                    platform::dom::focus_after_render(move || {
                        heading_ref.get_untracked().map(Into::into)
                    });
                }
            }
        }
    };
    // Once answered, focus goes to "Next" so Enter moves on.
    Effect::new(move |_| {
        let answered = current
            .read()
            .as_ref()
            .is_some_and(|v| v.feedback.is_some() && !v.can_answer);
        // After the frame: the answer's own update can redraw the button.
        if answered && next_ref.get().is_some() {
            platform::dom::focus_after_render(move || next_ref.get_untracked().map(Into::into));
        }
    });
    {
        let send = send.clone();
        platform::keys::on_key(move |ev| {
            if ev.modified() {
                return;
            }
            let Some(v) = current.get_untracked() else {
                return;
            };
            let key = ev.key();
            if v.can_answer
                && matches!(
                    key.as_str(),
                    "ArrowDown" | "ArrowUp" | "ArrowRight" | "ArrowLeft"
                )
            {
                ev.prevent_default();
                platform::dom::move_focus(
                    ".choices button",
                    matches!(key.as_str(), "ArrowDown" | "ArrowRight"),
                );
                return;
            }
            if let Some(i) = LETTERS.iter().position(|l| *l == key) {
                if v.can_answer && i < v.choices.len() {
                    ev.prevent_default();
                    send(Event::Answer(i));
                }
            }
        });
    }
    let send_choice = send.clone();
    let send_nav = send.clone();
    let send_back = send;
    view! {
        {move || {
            let Some(v) = current.get() else { return ().into_any() };
            let send = send_choice.clone();
            let choices = v
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let send = send.clone();
                    let state = v.feedback.as_ref().map(|f| {
                        if i == f.right_choice {
                            "choice is-right"
                        } else if i == f.picked {
                            "choice is-picked"
                        } else {
                            "choice"
                        }
                    });
                    // The pick is said in words and a mark, not by colour alone:
                    // a cross on a wrong one (the right one has its tick).
                    let mark = v.feedback.as_ref().filter(|f| i == f.picked).map(|f| {
                        let cross = if f.correct { "" } else { "✗ " };
                        view! { <span class="pick-mark">{cross}{t().your_answer}</span> }
                    });
                    view! {
                        <li>
                            <button type="button" class=state.unwrap_or("choice") disabled=!v.can_answer
                                on:click=move |_| send(Event::Answer(i))>
                                <span class="choice-key" aria-hidden="true">{LETTERS[i]}</span>
                                <span>{c.clone()}</span>
                                {mark}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            let progress = tf(t().question_progress_topic, &[("number", v.number.into()), ("total", v.total.into()), ("topic", topic_label(v.topic).into())]);
            // The step names the title: "Question 2 of 10 · Privacy — Online safety quiz — Lantern".
            nav.name_page(progress.clone());
            view! {
                <p class="progress" aria-live="polite">{progress}</p>
                <h2 class="prompt" tabindex="-1" node_ref=heading_ref>{v.prompt.clone()}</h2>
                <ol class="choices">{choices}</ol>
                <p class="hint keyboard-hint">{t().quiz_keyboard_hint}</p>
            }
            .into_any()
        }}
        <div class="feedback-region" aria-live="polite">
            {move || current.get().and_then(|v| feedback_view(&v))}
        </div>
        <div class="quiz-nav">
            {move || {
                let v = current.get()?;
                let send = send_back.clone();
                v.can_back.then(|| {
                    view! { <button type="button" class="secondary" on:click=move |_| send(Event::Back)>{t().previous_question}</button> }
                })
            }}
            {move || {
                let v = current.get()?;
                let send = send_nav.clone();
                let label = if v.is_last { t().see_results } else { t().next_question };
                v.can_next.then(|| {
                    view! { <button type="button" node_ref=next_ref on:click=move |_| send(Event::Next)>{label}</button> }
                })
            }}
        </div>
    }
}
