use crate::components::link::Link;
use crate::features::quiz::state::use_quiz;
use crate::i18n::{t, tf, topic_label};
use lantern_core::quiz::bank::{Bank, Source};
use lantern_core::quiz::solo::ScoreKind;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// Score, per-topic breakdown, the missed questions explained, and what next.
#[component]
pub fn QuizResults(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let state = use_quiz();
    crate::nav::use_nav().name_page(t().quiz_results.into());
    // The last question's page was scrolled; the results start at the top.
    crate::platform::dom::arrive_at_top_soon(".results-title");
    let results = {
        let bank = bank.clone();
        move || state.quiz.read().0.as_ref().and_then(|q| q.results(&bank))
    };
    let retry_bank = bank.clone();
    move || {
        let r = results()?;
        let score = tf(
            t().score_out_of,
            &[("score", r.score.into()), ("total", r.total.into())],
        );
        let topics = r
            .by_topic
            .iter()
            .map(|(topic, right, total)| {
                let line = tf(
                    t().topic_score,
                    &[
                        ("topic", topic_label(*topic).into()),
                        ("right", (*right).into()),
                        ("total", (*total).into()),
                    ],
                );
                view! { <li>{line}</li> }
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
                let (before, after) = t()
                    .right_answer_is
                    .split_once("{ $answer }")
                    .unwrap_or((t().right_answer_is, ""));
                let more = match &q.source {
                    Source::Section(id) => Some(
                        view! { <Link href=Page::section_from_quiz(id)>{t().read_more}</Link> },
                    ),
                    Source::Guidance => None,
                };
                view! {
                    <li class="missed">
                        <p class="missed-prompt">{q.prompt.clone()}</p>
                        <p>{before}<strong>{right}</strong>{after}</p>
                        <p>{q.explanation.clone()}</p>
                        {more}
                    </li>
                }
            })
            .collect_view();
        let any_missed = !r.missed.is_empty();
        let (help_before, help_after) = t()
            .results_help
            .split_once("{ $link }")
            .unwrap_or((t().results_help, ""));
        let retry_bank = retry_bank.clone();
        Some(view! {
            <h2 tabindex="-1" class="results-title">{t().quiz_results}</h2>
            <p class="score" role="status">{score}</p>
            <p class="score-kind">{match r.kind() {
                ScoreKind::AllRight => t().all_right,
                ScoreKind::Most => t().score_kind_most,
                ScoreKind::Some => t().score_kind_some,
            }}</p>
            <h3>{t().by_topic}</h3>
            <ul class="by-topic">{topics}</ul>
            {any_missed.then(|| view! { <h3>{t().missed_title}</h3><ol class="missed-list">{missed}</ol> })}
            <div class="quiz-nav">
                {any_missed.then(|| {
                    let bank = retry_bank.clone();
                    view! { <button type="button" on:click=move |_| state.retry_missed(&bank)>{t().retry_missed}</button> }
                })}
                <button type="button" class="secondary" on:click=move |_| state.leave()>{t().another_quiz}</button>
            </div>
            <p><Link href=Page::QuizHistory.path()>{t().history_link}</Link></p>
            <p class="results-help">{help_before}<Link href=Page::Help.path()>{t().fac_safe_help_link}</Link>{help_after}</p>
        })
    }
}
