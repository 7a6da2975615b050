use crate::components::quick_exit_button::QuickExitButton;
use crate::features::facilitate::team_badge::TeamMark;
use crate::features::live::host_lobby::spaced;
use crate::features::live::state::LiveHostState;
use crate::i18n::{t, tf, topic_label};
use crate::platform;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::live::Command;
use lantern_core::quiz::session::{letter, PresenterView};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Beside each letter, as on the single screen: the shape tells the
/// choices apart without their colour.
const SHAPES: [&str; 4] = ["▲", "◆", "●", "■"];

/// The question on the facilitator's screen of a live quiz: the words from
/// this device's bank, how many phones have answered (never who chose
/// what), the timer, and after Reveal how the room chose, each chosen
/// choice's feedback, the explanation and the discussion prompt.
#[component]
pub fn HostQuestion(
    /// The loaded question bank.
    bank: Arc<Bank>,
    /// The live quiz.
    host: LiveHostState,
) -> impl IntoView {
    let current: Memo<Option<PresenterView>> = {
        let bank = bank.clone();
        Memo::new(move |_| host.view.with(|v| v.as_ref()?.session.presenter(&bank)))
    };
    // The hub says the time left when something changes; in between this
    // screen counts it down.
    let received = StoredValue::new(platform::clock::now_ms());
    let now = RwSignal::new(platform::clock::now_ms());
    Effect::new(move |_| {
        host.view.track();
        received.set_value(platform::clock::now_ms());
        now.set(platform::clock::now_ms());
    });
    platform::timer::every(Duration::from_millis(500), move || {
        now.set(platform::clock::now_ms());
    });
    let nav = crate::nav::use_nav();

    let question = {
        let bank = bank.clone();
        move || {
            let v = current.get()?;
            let counts = host
                .view
                .with(|h| h.as_ref().and_then(|h| h.counts.clone()));
            let q = bank.get(&v.id);
            let order = host.view.with(|h| {
                h.as_ref()
                    .and_then(|h| h.session.current().map(|c| c.2.to_vec()))
                    .unwrap_or_default()
            });
            let right = v.revealed.as_ref().map(|r| r.right_choice);
            let choices = (v.choices.iter().enumerate())
                .map(|(i, c)| {
                    let n = counts.as_ref().and_then(|c| c.get(i).copied());
                    let is_right = right == Some(i);
                    // Why another choice is better, for a wrong one someone chose.
                    let why = (n.unwrap_or(0) > 0 && !is_right)
                        .then(|| {
                            let o = usize::from(*order.get(i)?);
                            q?.feedback.get(o).filter(|f| !f.is_empty()).cloned()
                        })
                        .flatten();
                    let class = format!(
                        "choice tile-{}{}",
                        c.letter.to_ascii_lowercase(),
                        if is_right { " is-right" } else { "" }
                    );
                    view! {
                        <li class=class data-letter=c.letter.to_string()>
                            <span class="choice-shape" aria-hidden="true">{SHAPES[i % 4]}</span>
                            <span class="choice-key" aria-hidden="true">{c.letter.to_string()}</span>
                            <span class="sr-only">{c.letter.to_string()}". "</span>
                            <span class="choice-text">{c.text.clone()}</span>
                            {n.map(|n| view! { <span class="choice-count">{tf(t().live_chose, &[("n", n.into())])}</span> })}
                            {why.map(|f| view! { <span class="tile-why">{f}</span> })}
                        </li>
                    }
                })
                .collect_view();
            let progress = tf(
                t().question_progress_topic,
                &[
                    ("number", v.number.into()),
                    ("total", v.total.into()),
                    ("topic", topic_label(v.topic).into()),
                ],
            );
            nav.name_page(progress.clone());
            let revealed = v.revealed.is_some();
            Some(view! {
                <p class="progress">{progress}</p>
                <h1 class="prompt">{v.prompt.clone()}</h1>
                <ol class=if revealed { "choices presenter-choices is-revealed" } else { "choices presenter-choices" }>{choices}</ol>
            })
        }
    };

    let answered = move || {
        let (n, total) = host
            .view
            .with(|v| v.as_ref().map_or((0, 0), |v| (v.answered, v.can_answer)));
        tf(
            t().live_answered,
            &[("n", n.into()), ("total", total.into())],
        )
    };

    let timer = move || {
        let v = current.get()?;
        let tv = host.view.with(|h| h.as_ref().and_then(|h| h.timer))?;
        if v.revealed.is_some() {
            return None;
        }
        let passed = if tv.running {
            now.get().saturating_sub(received.get_value()) / 1000
        } else {
            0
        };
        let left = tv.remaining_s.saturating_sub(passed);
        let label = if tv.time_up || left == 0 {
            t().fac_time_up.to_string()
        } else {
            format!("{}:{:02}", left / 60, left % 60)
        };
        Some(view! {
            <div class="timer-row">
                <progress class="countdown" max=tv.total_s.to_string() value=left.to_string() aria-hidden="true"></progress>
                <span class=if tv.time_up { "timer time-up" } else { "timer" } role="timer" aria-label=t().fac_timer_label>{label}</span>
                {(!tv.time_up).then(|| if tv.running {
                    view! { <button type="button" class="secondary" on:click=move |_| host.command(Command::PauseTimer)>{t().fac_pause}</button> }.into_any()
                } else {
                    view! { <button type="button" class="secondary" on:click=move |_| host.command(Command::ResumeTimer)>{t().fac_resume_timer}</button> }.into_any()
                })}
            </div>
        })
    };

    let reveal = move || {
        let r = current.get()?.revealed?;
        let (before, after) = t()
            .reveal_answer
            .split_once("{ $answer }")
            .unwrap_or((t().reveal_answer, ""));
        Some(view! {
            <div class="reveal">
                <p class="verdict">{before}<strong>{letter(r.right_choice).to_string()}</strong>{after}</p>
                <p class="explanation">{r.explanation.clone()}</p>
                {r.discuss.map(|d| view! {
                    <p class="discuss"><strong>{t().fac_discuss}": "</strong>{d}</p>
                })}
            </div>
        })
    };

    let teams = move || {
        let v = current.get()?;
        let members = host.view.with(|h| h.as_ref().map(|h| h.members.clone()))?;
        let items = (v.teams.iter())
            .map(|tv| {
                let n = members.get(tv.index).copied().unwrap_or(0);
                let points = tv.points.map(|p| tf(t().team_points, &[("n", p.into())]));
                view! {
                    <li class="live-team">
                        <TeamMark colour=tv.colour symbol=tv.symbol/>
                        <span class="team-name">{tv.name.clone()}</span>
                        <span class="team-state">{tf(t().live_team_members, &[("n", n.into())])}</span>
                        {points.map(|p| view! { <span class="team-points">{p}</span> })}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h2 class="sr-only">{t().fac_teams}</h2>
            <ul class="live-teams">{items}</ul>
        })
    };

    let actions = move || {
        let v = current.get()?;
        Some(if v.revealed.is_some() {
            let next = if v.is_last {
                t().fac_finish
            } else {
                t().next_question
            };
            view! {
                <div class="quiz-nav presenter-actions">
                    <button type="button" class="next" disabled=move || !host.link.ready.get() on:click=move |_| host.command(Command::Next)>{next}</button>
                    {(!v.is_last).then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| host.command(Command::EndEarly)>{t().fac_end_early}</button>
                    })}
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="quiz-nav presenter-actions">
                    <button type="button" class="reveal-button" disabled=move || !host.link.ready.get() on:click=move |_| host.command(Command::Reveal)>{t().fac_reveal}</button>
                </div>
            }
            .into_any()
        })
    };

    let code = move || host.view.with(|v| v.as_ref().map(|v| spaced(&v.code)));
    view! {
        <div class="presenter live-presenter">
            <div class="presenter-bar">
                <QuickExitButton/>
                {timer}
                <span class="live-code-small">{t().live_code}": "<strong data-code="">{code}</strong></span>
            </div>
            <div class="presenter-main">{question}</div>
            <div class="presenter-side">
                <p class="live-answered" aria-live="polite" data-answered="">{answered}</p>
                {actions}
                <div class="reveal-region" aria-live="polite">{reveal}</div>
                {teams}
            </div>
        </div>
    }
}
