use crate::components::quiz_question::QuizQuestion;
use crate::components::quiz_results::QuizResults;
use crate::components::quiz_start::QuizStart;
use crate::i18n::t;
use crate::state::{use_app_data, Load};
use leptos::prelude::*;

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
    data.load_bank();
    let stage = Memo::new(move |_| match data.quiz.read().as_ref() {
        None => Stage::Start,
        Some(q) if q.is_finished() => Stage::Done,
        Some(_) => Stage::Asking,
    });
    // A saved quiz from an older bank cannot be resumed: start fresh with a notice.
    Effect::new(move |_| {
        if let Load::Ready(bank) = data.bank.get() {
            data.check_quiz_against(&bank);
        }
    });
    view! {
        <h1>{t().quiz_title}</h1>
        {move || match data.bank.get() {
            Load::Loading => view! { <p class="status" role="status">{t().loading_questions}</p> }.into_any(),
            Load::Failed(why) => view! {
                <div class="status status-error" role="alert">
                    <p>{t().questions_failed}</p>
                    <p class="detail">{why}</p>
                    <button type="button" on:click=move |_| data.load_bank()>{t().retry}</button>
                </div>
            }
            .into_any(),
            Load::Ready(bank) => {
                move || match stage.get() {
                    Stage::Start => view! { <p>{t().quiz_intro}</p><QuizStart bank=bank.clone()/> }.into_any(),
                    Stage::Asking => view! { <QuizQuestion bank=bank.clone()/> }.into_any(),
                    Stage::Done => view! { <QuizResults bank=bank.clone()/> }.into_any(),
                }
            }
            .into_any(),
        }}
    }
}
