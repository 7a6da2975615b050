use crate::components::link::Link;
use crate::i18n::{t, topic_label};
use crate::state::use_app_data;
use lantern_core::quiz::bank::{Bank, Source};
use leptos::prelude::*;
use std::sync::Arc;

/// Score, per-topic breakdown, the missed questions explained, and what next.
#[component]
pub fn QuizResults(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let data = use_app_data();
    let results = {
        let bank = bank.clone();
        move || data.quiz.read().0.as_ref().and_then(|q| q.results(&bank))
    };
    let retry_bank = bank.clone();
    move || {
        let r = results()?;
        let score = format!("{} {} {}", r.score, t().out_of, r.total);
        let topics = r
            .by_topic
            .iter()
            .map(|(topic, right, total)| {
                view! { <li>{topic_label(*topic)}": "{format!("{right} {} {total}", t().out_of)}</li> }
            })
            .collect_view();
        let missed = r
            .missed
            .iter()
            .filter_map(|id| bank.get(id))
            .map(|q| {
                let right = q
                    .choices
                    .get(q.answer as usize)
                    .cloned()
                    .unwrap_or_default();
                let more = match &q.source {
                    Source::Section(id) => Some(
                        view! { <Link href=format!("/read/{id}?from=quiz")>{t().read_more}</Link> },
                    ),
                    Source::Guidance => None,
                };
                view! {
                    <li class="missed">
                        <p class="missed-prompt">{q.prompt.clone()}</p>
                        <p>{t().right_answer_is}" "<strong>{right}</strong></p>
                        <p>{q.explanation.clone()}</p>
                        {more}
                    </li>
                }
            })
            .collect_view();
        let any_missed = !r.missed.is_empty();
        let retry_bank = retry_bank.clone();
        Some(view! {
            <h2 tabindex="-1" class="results-title">{t().quiz_results}</h2>
            <p class="score" role="status">{score}</p>
            {(!any_missed).then(|| view! { <p>{t().all_right}</p> })}
            <h3>{t().by_topic}</h3>
            <ul class="by-topic">{topics}</ul>
            {any_missed.then(|| view! { <h3>{t().missed_title}</h3><ol class="missed-list">{missed}</ol> })}
            <div class="quiz-nav">
                {any_missed.then(|| {
                    let bank = retry_bank.clone();
                    view! { <button type="button" on:click=move |_| data.retry_missed(&bank)>{t().retry_missed}</button> }
                })}
                <button type="button" class="secondary" on:click=move |_| data.leave_quiz()>{t().another_quiz}</button>
            </div>
            <p><Link href="/quiz/history">{t().history_link}</Link></p>
        })
    }
}
