use crate::features::facilitate::team_badge::TeamBadge;
use crate::i18n::{audience_label, t, tf, topic_label};
use crate::platform;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::session::{EndView, SessionSummary, TopicShare, LEARNED_PROJECTED};
use leptos::prelude::*;

/// The report's citation, from the loaded report when there is one.
pub fn citation() -> String {
    let data = use_app_data();
    match data.report.get() {
        Load::Ready(r) if !r.meta.citation.is_empty() => r.meta.citation.clone(),
        _ => t().fac_citation.to_string(),
    }
}

/// How the group did: a gentle scoreboard, or the group's total only.
pub fn results_view(results: &EndView) -> AnyView {
    match results {
        EndView::Ranked(board) => {
            let out_of = board.out_of;
            let rows = board
                .standings
                .iter()
                .map(|s| {
                    let points = tf(t().score_out_of, &[("score", s.points.into()), ("total", out_of.into())]);
                    // A tie is said as one: teams share a place.
                    let shared = board.standings.iter().filter(|o| o.rank == s.rank).count() > 1;
                    let place = tf(
                        if shared { t().fac_place_shared } else { t().fac_place },
                        &[("rank", s.rank.into())],
                    );
                    view! {
                        <li>
                            <span class="team-place">{place}</span>
                            <TeamBadge name=s.team.name.clone() colour=s.team.colour symbol=s.team.symbol/>
                            <span class="team-points">{points}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="hint">{t().fac_points_note}</p>
                <ol class="scoreboard">{rows}</ol>
            }
            .into_any()
        }
        EndView::Group {
            right, possible, ..
        } => {
            let text = tf(
                t().group_total,
                &[("right", (*right).into()), ("possible", (*possible).into())],
            );
            view! { <p class="group-total">{text}</p> }.into_any()
        }
    }
}

/// The one-page session summary: date, who, topics, results, what we
/// learned and the report's citation. It names teams, never children.
#[component]
pub fn SessionSummaryView(
    /// The finished session's summary.
    summary: SessionSummary,
    /// The topics the group found hardest, when known.
    #[prop(optional)]
    hardest: Vec<TopicShare>,
) -> impl IntoView {
    let topics = (summary.topics.iter())
        .map(|t| topic_label(*t))
        .collect::<Vec<_>>()
        .join(", ");
    let hardest = (!hardest.is_empty()).then(|| {
        let items = hardest
            .iter()
            .map(|h| {
                let share = tf(
                    t().topic_score,
                    &[
                        ("topic", topic_label(h.topic).into()),
                        ("right", h.right.into()),
                        ("total", h.out_of.into()),
                    ],
                );
                view! { <li>{share}</li> }
            })
            .collect_view();
        view! {
            <h3>{t().fac_hardest}</h3>
            <ul class="hardest-topics">{items}</ul>
        }
    });
    let learned = if summary.learned.is_empty() {
        view! { <p>{t().fac_learned_none}</p> }.into_any()
    } else {
        let items = summary
            .learned
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let rest = i >= LEARNED_PROJECTED;
                let (before, after) = t()
                    .right_answer_is
                    .split_once("{ $answer }")
                    .unwrap_or((t().right_answer_is, ""));
                view! {
                    <li class=if rest { "learned learned-rest" } else { "learned" }>
                        <p class="missed-prompt">{l.prompt.clone()}</p>
                        <p>{before}<strong>{l.answer.clone()}</strong>{after}</p>
                        <p class="learned-why">{l.explanation.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        // A projector shows the three most missed and their answers, to talk
        // about (each reveal explained them); the printed summary keeps all.
        let more = summary.learned.len().saturating_sub(LEARNED_PROJECTED);
        view! {
            <ol class="learned-list">{items}</ol>
            {(more > 0).then(|| view! { <p class="learned-more">{tf(t().fac_learned_more, &[("n", more.into())])}</p> })}
        }
        .into_any()
    };
    view! {
        <article class="printable session-summary">
            <h2>{t().fac_summary_title}</h2>
            <dl class="summary-facts">
                <dt>{t().fac_date}</dt>
                <dd>{platform::clock::format_date(summary.date_ms)}</dd>
                <dt>{t().quiz_who}</dt>
                <dd>{audience_label(summary.audience)}</dd>
                <dt>{t().quiz_topics}</dt>
                <dd>{topics}</dd>
                <dt>{t().fac_questions_asked}</dt>
                <dd>{summary.question_count.to_string()}</dd>
            </dl>
            <section class="summary-results">
                <h3>{t().fac_results}</h3>
                {results_view(&summary.results)}
                {hardest}
            </section>
            <section class="summary-learned">
                <h3>{t().fac_learned}</h3>
                {learned}
            </section>
            <p class="citation">{tf(t().fac_source_line, &[("citation", (&citation()).into())])}</p>
        </article>
    }
}
