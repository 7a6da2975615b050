use crate::components::load_gate::with_bank;
use crate::features::quiz::quiz_question::QuizQuestion;
use crate::features::quiz::quiz_results::QuizResults;
use crate::features::quiz::quiz_start::QuizStart;
use crate::features::quiz::state::use_quiz;
use crate::i18n::t;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::bank::Bank;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Start,
    Asking,
    Done,
}

/// The solo quiz: start, questions with feedback, results. Every step is saved,
/// so a reload lands on the same question.
#[component]
pub fn QuizPage() -> impl IntoView {
    let data = use_app_data();
    let quiz = use_quiz();
    let stage = Memo::new(move |_| match quiz.quiz.read().0.as_ref() {
        None => Stage::Start,
        Some(q) if q.is_finished() => Stage::Done,
        Some(_) => Stage::Asking,
    });
    // A saved quiz from an older bank cannot be resumed: start fresh with a notice.
    Effect::new(move |_| {
        if let Load::Ready(bank) = data.bank.get() {
            quiz.check_against(&bank);
        }
    });
    view! {
        <h1>{t().quiz_title}</h1>
        {with_bank(move |bank: Arc<Bank>| {
                move || match stage.get() {
                    Stage::Start => view! { <p>{t().quiz_intro}</p><QuizStart bank=bank.clone()/> }.into_any(),
                    Stage::Asking => view! { <QuizQuestion bank=bank.clone()/> }.into_any(),
                    Stage::Done => view! { <QuizResults bank=bank.clone()/> }.into_any(),
                }
            }
            .into_any())}
    }
}
