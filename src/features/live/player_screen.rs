use crate::components::link::Link;
use crate::features::facilitate::team_badge::TeamMark;
use crate::features::live::state::PlayerState;
use crate::i18n::{t, tf};
use lantern_core::quiz::bank::{Bank, Question};
use lantern_core::quiz::live::{
    Answered, Asking, Ending, LateJoin, LiveQuestion, PlayerScreen, PlayerView,
};
use lantern_core::quiz::session::letter;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

const SHAPES: [&str; 4] = ["▲", "◆", "●", "■"];

/// The words of a choice as displayed, from this phone's own bank.
fn choice_text(q: &Question, order: &[u8], i: usize) -> String {
    order
        .get(i)
        .and_then(|&o| q.choices.get(usize::from(o)))
        .cloned()
        .unwrap_or_default()
}

/// A phone's screen in a live quiz: its nickname, team and points, then
/// the lobby, the question to answer, the answer, or the end. The words
/// come from this phone's bank, in its own language.
#[component]
pub fn PlayerScreenView(
    /// The loaded question bank.
    bank: Arc<Bank>,
    /// The phone's live quiz.
    player: PlayerState,
) -> impl IntoView {
    let head = move || {
        let v: PlayerView = player.view.get()?;
        Some(view! {
            <div class="player-head">
                <p class="player-name">{tf(t().join_welcome, &[("name", (&v.nickname).into())])}</p>
                <p>
                    <TeamMark colour=v.team.colour symbol=v.team.symbol/>
                    " "{tf(t().join_your_team, &[("team", (&v.team.name).into())])}
                    {v.points.map(|p| view! { " · "<span class="player-points">{tf(t().team_points, &[("n", p.into())])}</span> })}
                </p>
            </div>
        })
    };
    let body = move || {
        let v = player.view.get()?;
        Some(match v.screen {
            PlayerScreen::Lobby => view! { <p class="player-wait">{t().join_wait_start}</p> }.into_any(),
            PlayerScreen::Waiting(LateJoin { number, .. }) => view! {
                <p class="player-wait">{tf(t().join_wait_late, &[("number", number.into())])}</p>
            }
            .into_any(),
            PlayerScreen::Question(Asking {
                question, time_up, ..
            }) => asking(&bank, player, question, time_up).into_any(),
            PlayerScreen::Revealed(Answered {
                question,
                right_choice,
                counts,
                discuss,
                ..
            }) => answered(&bank, question, right_choice, counts, discuss).into_any(),
            PlayerScreen::Finished(Ending {
                right,
                asked,
                team_rank,
                ..
            }) => view! {
                <h2>{t().join_thanks}</h2>
                <p class="player-result">{tf(t().join_result, &[("n", right.into()), ("total", asked.into())])}</p>
                {team_rank.map(|r| view! { <p>{tf(t().join_team_place, &[("rank", r.into())])}</p> })}
            }
            .into_any(),
        })
    };
    view! {
        {head}
        <div class="player-screen" aria-live="polite">{body}</div>
    }
}

/// The question: one big button per choice, until one is chosen.
fn asking(bank: &Bank, player: PlayerState, q: LiveQuestion, time_up: bool) -> impl IntoView {
    let Some(question) = bank.get(&q.id) else {
        return view! { <p>{t().join_err_other}</p> }.into_any();
    };
    let progress = tf(
        t().question_progress,
        &[("number", q.number.into()), ("total", q.total.into())],
    );
    let locked = q.chosen.is_some() || time_up;
    let choices = (0..q.order.len())
        .map(|i| {
            let text = choice_text(question, &q.order, i);
            let picked = q.chosen == Some(i);
            let class = format!(
                "choice tile-{}{}",
                letter(i).to_ascii_lowercase(),
                if picked { " is-picked" } else { "" }
            );
            let index = q.index;
            view! {
                <li>
                    <button type="button" class=class disabled=move || locked || !player.link.ready.get() aria-pressed=if picked { "true" } else { "false" }
                        on:click=move |_| player.answer(index, i)>
                        <span class="choice-shape" aria-hidden="true">{SHAPES[i % 4]}</span>
                        <span class="choice-key" aria-hidden="true">{letter(i).to_string()}</span>
                        <span class="sr-only">{letter(i).to_string()}". "</span>
                        <span class="choice-text">{text}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let note = if time_up && q.chosen.is_none() {
        Some(t().join_time_up)
    } else if q.chosen.is_some() {
        Some(t().join_sent)
    } else {
        None
    };
    view! {
        <p class="progress">{progress}</p>
        <h2 class="prompt">{question.prompt.clone()}</h2>
        <ol class="choices presenter-choices player-choices">{choices}</ol>
        {note.map(|n| view! { <p class="player-note" role="status">{n}</p> })}
    }
    .into_any()
}

/// The answer: which was right, what this phone chose and why another is
/// better, how the room chose, and the question to talk about.
fn answered(
    bank: &Bank,
    q: LiveQuestion,
    right: usize,
    counts: Vec<usize>,
    discuss: bool,
) -> impl IntoView {
    let Some(question) = bank.get(&q.id) else {
        return view! { <p>{t().join_err_other}</p> }.into_any();
    };
    let total: usize = counts.iter().sum::<usize>().max(1);
    let mine = match q.chosen {
        None => t().join_no_answer.to_string(),
        Some(c) if c == right => t().join_right.to_string(),
        Some(c) => tf(
            t().join_you_chose,
            &[("letter", (&letter(c).to_string()).into())],
        ),
    };
    let why = q
        .chosen
        .filter(|&c| c != right)
        .and_then(|c| q.order.get(c))
        .and_then(|&o| question.feedback.get(usize::from(o)))
        .filter(|f| !f.is_empty())
        .cloned();
    let (before, after) = t()
        .reveal_answer
        .split_once("{ $answer }")
        .unwrap_or((t().reveal_answer, ""));
    let bars = (0..q.order.len())
        .map(|i| {
            let n = counts.get(i).copied().unwrap_or(0);
            let class = if i == right { "live-bar is-right" } else { "live-bar" };
            view! {
                <li class=class>
                    <span class="choice-key" aria-hidden="true">{letter(i).to_string()}</span>
                    <span class="sr-only">{letter(i).to_string()}": "</span>
                    <meter min="0" max=total.to_string() value=n.to_string() aria-hidden="true"></meter>
                    <span>{tf(t().live_chose, &[("n", n.into())])}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="progress">{tf(t().question_progress, &[("number", q.number.into()), ("total", q.total.into())])}</p>
        <h2 class="prompt">{question.prompt.clone()}</h2>
        <p class="verdict">{before}<strong>{letter(right).to_string()}". "{choice_text(question, &q.order, right)}</strong>{after}</p>
        <p class="player-mine">{mine}</p>
        {why.map(|w| view! { <p class="tile-why">{w}</p> })}
        <p class="explanation">{question.explanation.clone()}</p>
        <ul class="live-bars">{bars}</ul>
        {discuss.then(|| view! { <p class="discuss"><strong>{t().fac_discuss}": "</strong>{question.discuss.clone()}</p> })}
        <p class="hint">{t().join_wait_next}</p>
    }
    .into_any()
}

/// Where a child finds help, on every screen of the quiz.
#[component]
pub fn JoinHelp() -> impl IntoView {
    view! {
        <p class="join-help">{t().join_help}" "<Link href=Page::Help.path()>{t().join_help_link}</Link></p>
    }
}
