use crate::components::link::Link;
use crate::components::quick_exit_button::QuickExitButton;
use crate::features::facilitate::state::use_facilitate;
use crate::features::facilitate::team_badge::TeamMark;
use crate::i18n::{t, tf, topic_label};
use crate::platform;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::{letter, Event, Outcome, PresenterView, TeamAnswer};
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Each answer's own colour (in the stylesheet) and shape, beside its
/// letter: the shape tells them apart in print and to colour-blind eyes.
const SHAPES: [&str; 4] = ["▲", "◆", "●", "■"];

fn clock_text(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn answer_text(a: TeamAnswer) -> String {
    match a {
        TeamAnswer::Waiting => t().fac_waiting.to_string(),
        TeamAnswer::Answered => t().fac_answered.to_string(),
        TeamAnswer::Chose(c) => tf(
            t().team_chose,
            &[("letter", (&letter(c).to_string()).into())],
        ),
        TeamAnswer::Skipped => t().fac_skipped.to_string(),
    }
}

/// The presenter view: the question in very large type, lettered choices,
/// the timer, each team's answer, Reveal and Next. Keyboard: Space or → next,
/// R reveal, 1–8 pick a team, A–D pick a choice.
#[component]
pub fn Presenter(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let fac = use_facilitate();
    let current: Memo<Option<PresenterView>> = {
        let bank = bank.clone();
        Memo::new(move |_| {
            fac.session
                .read()
                .0
                .as_ref()
                .and_then(|s| s.presenter(&bank))
        })
    };
    // A slide with more words gets smaller words, so nothing scrolls on a
    // projector: fitted again when the words on screen change, not each tick.
    let layout = Memo::new(move |_| {
        current.with(|v| {
            v.as_ref().map(|v| {
                let time_up = v.timer.is_some_and(|t| t.time_up);
                (v.index, v.revealed.is_some(), v.ready, time_up)
            })
        })
    });
    let fit = platform::page_life::keep_fitted(".presenter-main, .presenter-side");
    Effect::new(move |_| {
        // Read, not only tracked: a memo never read is never computed.
        layout.get();
        platform::dom::after_next_frame(fit);
    });
    let announce = RwSignal::new(String::new());
    let nav = crate::nav::use_nav();
    let send = {
        let bank = bank.clone();
        Callback::new(move |e: Event| {
            let name_of = |i: usize| {
                current
                    .with_untracked(|v| {
                        v.as_ref()
                            .and_then(|v| v.teams.get(i).map(|t| t.name.clone()))
                    })
                    .unwrap_or_default()
            };
            let chosen_by = match &e {
                Event::Choose(_) => current.with_untracked(|v| v.as_ref().and_then(|v| v.selected)),
                _ => None,
            };
            let outcome = fac.step(&bank, e.clone()).unwrap_or(Outcome::Ignored);
            let team = |i: usize| name_of(i);
            match (&outcome, &e) {
                (Outcome::Ignored, _) => {}
                (Outcome::Moved, _) => {
                    if let Some(v) = current.get_untracked() {
                        announce.set(tf(
                            t().question_progress,
                            &[("number", v.number.into()), ("total", v.total.into())],
                        ));
                    }
                }
                (Outcome::Revealed(r), _) => {
                    announce.set(tf(
                        t().announce_answer,
                        &[("letter", (&letter(r.right_choice).to_string()).into())],
                    ));
                }
                (Outcome::TimeUp, _) => announce.set(t().fac_time_up.to_string()),
                (_, Event::SelectTeam(i)) => announce.set(tf(
                    t().announce_team_choosing,
                    &[("team", (&team(*i)).into())],
                )),
                // Said without the choice: a screen reader may be heard by the room.
                (_, Event::Choose(_)) => {
                    if let Some(who) = chosen_by {
                        announce.set(tf(
                            t().announce_team_answered,
                            &[("team", (&team(who)).into())],
                        ));
                    }
                }
                (_, Event::Skip(i)) => announce.set(tf(
                    t().announce_team_passed,
                    &[("team", (&team(*i)).into())],
                )),
                (_, Event::PauseTimer) => announce.set(t().fac_timer_paused.to_string()),
                (_, Event::ResumeTimer) => announce.set(t().fac_timer_running.to_string()),
                _ => {}
            }
            outcome
        })
    };

    // The timer: a tick every second while this view is up and the page is
    // visible; hiding or leaving the page pauses it.
    let last = StoredValue::new(platform::clock::now_ms());
    platform::timer::every(Duration::from_secs(1), move || {
        let now = platform::clock::now_ms();
        let elapsed = now.saturating_sub(last.get_value());
        last.set_value(now);
        let running =
            current.with_untracked(|v| v.as_ref().and_then(|v| v.timer).is_some_and(|t| t.running));
        if running && !platform::page_life::is_hidden() {
            send.run(Event::Tick {
                elapsed_ms: elapsed,
            });
        }
    });
    platform::page_life::on_hide(move || {
        send.run(Event::Suspend);
    });
    // Resuming the timer restarts the measure, so a pause is not counted.
    let resume_timer = move || {
        last.set_value(platform::clock::now_ms());
        send.run(Event::ResumeTimer);
    };

    platform::keys::on_key(move |ev| {
        if ev.modified() || ev.typing() {
            return;
        }
        let Some(v) = current.get_untracked() else {
            return;
        };
        let revealed = v.revealed.is_some();
        let key = ev.key();
        let event = match key.as_str() {
            " " | "ArrowRight" if revealed => Some(Event::Next),
            "r" | "R" if !revealed => Some(Event::Reveal),
            k if k.len() == 1 => {
                let c = k.chars().next().unwrap_or(' ').to_ascii_uppercase();
                match c {
                    '1'..='8' => {
                        let i = usize::from(c as u8 - b'1');
                        (!revealed && i < v.teams.len()).then_some(Event::SelectTeam(i))
                    }
                    'A'..='D' => {
                        let i = usize::from(c as u8 - b'A');
                        (!revealed && i < v.choices.len()).then_some(Event::Choose(i))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(e) = event {
            ev.prevent_default();
            send.run(e);
        }
    });
    // Leaving the presenter (another page) pauses the timer too.
    on_cleanup(move || {
        send.run(Event::Suspend);
    });

    let question = move || {
        let v = current.get()?;
        let revealed = v.revealed.clone();
        let revealed_now = revealed.is_some();
        let can_choose = revealed.is_none() && v.selected.is_some();
        let choices = v
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (right, count, why) = match &revealed {
                    Some(r) => {
                        let n = r.counts.get(i).copied().unwrap_or(0);
                        let why = r.feedback.get(i).filter(|f| !f.is_empty()).cloned();
                        (i == r.right_choice, Some(tf(t().teams_answered, &[("n", n.into())])), why)
                    }
                    None => (false, None, None),
                };
                let class = format!(
                    "choice tile-{}{}",
                    c.letter.to_ascii_lowercase(),
                    if right { " is-right" } else { "" }
                );
                view! {
                    <li>
                        <button type="button" class=class disabled=!can_choose data-letter=c.letter.to_string()
                            on:click=move |_| { send.run(Event::Choose(i)); }>
                            <span class="choice-shape" aria-hidden="true">{SHAPES[i % 4]}</span>
                            <span class="choice-key" aria-hidden="true">{c.letter.to_string()}</span>
                            <span class="sr-only">{c.letter.to_string()}". "</span>
                            <span class="choice-text">{c.text.clone()}</span>
                            {count.map(|n| view! { <span class="choice-count">{n}</span> })}
                            // Why a choice a team picked is not the best, on its own tile.
                            {why.map(|f| view! { <span class="tile-why">{f}</span> })}
                        </button>
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
        Some(view! {
            <p class="progress">{progress}</p>
            <h1 class="prompt">{v.prompt.clone()}</h1>
            <ol class=if revealed_now { "choices presenter-choices is-revealed" } else { "choices presenter-choices" }>{choices}</ol>
        })
    };

    // Seen from the back of the room: the time left as a bar and large
    // digits, then "Time is up" in large type; gone once the answer shows.
    let timer = move || {
        let v = current.get()?;
        let tv = v.timer?;
        if v.revealed.is_some() {
            return None;
        }
        let running = tv.running;
        let can_control = !tv.time_up;
        let label = if tv.time_up {
            t().fac_time_up.to_string()
        } else {
            clock_text(tv.remaining_s)
        };
        let class = if tv.time_up { "timer time-up" } else { "timer" };
        Some(view! {
            <div class="timer-row">
                <progress class="countdown" max=tv.total_s.to_string() value=tv.remaining_s.to_string() aria-hidden="true"></progress>
                <span class=class role="timer" aria-label=t().fac_timer_label>{label}</span>
                {can_control.then(|| if running {
                    view! { <button type="button" class="secondary" on:click=move |_| { send.run(Event::PauseTimer); }>{t().fac_pause}</button> }.into_any()
                } else {
                    view! { <button type="button" class="secondary" on:click=move |_| resume_timer()>{t().fac_resume_timer}</button> }.into_any()
                })}
            </div>
        })
    };

    let teams = move || {
        let v = current.get()?;
        let revealed = v.revealed.is_some();
        let items = v
            .teams
            .iter()
            .map(|tv| {
                let i = tv.index;
                let answer = match (tv.answer, tv.right) {
                    (TeamAnswer::Waiting, Some(_)) => t().fac_no_answer.to_string(),
                    (a, _) => answer_text(a),
                };
                let state = match tv.right {
                    Some(true) => tf(t().team_result_right, &[("answer", (&answer).into())]),
                    Some(false) => tf(t().team_result_wrong, &[("answer", (&answer).into())]),
                    None => answer,
                };
                let points = tv.points.map(|p| tf(t().team_points, &[("n", p.into())]));
                let answered = if matches!(tv.answer, TeamAnswer::Waiting) { "team-button" } else { "team-button answered" };
                view! {
                    <li>
                        <button type="button" class=answered aria-pressed=if tv.selected { "true" } else { "false" }
                            disabled=revealed data-team=i.to_string()
                            on:click=move |_| { send.run(Event::SelectTeam(i)); }>
                            <span class="team-key" aria-hidden="true">{(i + 1).to_string()}</span>
                            <TeamMark colour=tv.colour symbol=tv.symbol/>
                            <span class="team-name">{tv.name.clone()}</span>
                            <span class="team-state">{state}</span>
                            {points.map(|p| view! { <span class="team-points">{p}</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let hint = if revealed {
            None
        } else {
            let ready = tf(
                t().fac_ready_count,
                &[("n", v.ready.into()), ("total", v.teams.len().into())],
            );
            let next = match v.selected.and_then(|s| v.teams.get(s)) {
                Some(team) => tf(t().now_choosing, &[("team", (&team.name).into())]),
                None => t().fac_all_answered.to_string(),
            };
            Some(format!("{ready} · {next}"))
        };
        Some(view! {
            <h2 class="sr-only">{t().fac_teams}</h2>
            <p class="team-hint">{hint}</p>
            <ul class="team-buttons">{items}</ul>
        })
    };

    // The tile with its tick shows the answer's words, so the verdict names
    // its letter alone and leaves the room to the explanation.
    let reveal = move || {
        let v = current.get()?;
        let r = v.revealed?;
        let (before, after) = t()
            .reveal_answer
            .split_once("{ $answer }")
            .unwrap_or((t().reveal_answer, ""));
        let passed = (r.passed > 0).then(|| {
            view! { <p class="hint">{tf(t().teams_passed, &[("n", r.passed.into())])}</p> }
        });
        Some(view! {
            <div class="reveal">
                <p class="verdict">{before}<strong>{letter(r.right_choice).to_string()}</strong>{after}</p>
                <p class="explanation">{r.explanation.clone()}</p>
                {passed}
                {r.discuss.map(|d| view! {
                    <p class="discuss"><strong>{t().fac_discuss}": "</strong>{d}</p>
                })}
            </div>
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
                    <button type="button" class="next" on:click=move |_| { send.run(Event::Next); }>{next}</button>
                    {(!v.is_last).then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| { send.run(Event::EndEarly); }>{t().fac_end_early}</button>
                    })}
                </div>
            }
            .into_any()
        } else {
            let skip = v.selected.map(|team| view! {
                <button type="button" class="secondary" on:click=move |_| { send.run(Event::Skip(team)); }>{t().fac_skip_team}</button>
            });
            view! {
                <div class="quiz-nav presenter-actions">
                    {skip}
                    <button type="button" class="reveal-button" on:click=move |_| { send.run(Event::Reveal); }>{t().fac_reveal}</button>
                </div>
            }
            .into_any()
        })
    };

    view! {
        <div class="presenter">
            <div class="presenter-bar">
                <QuickExitButton/>
                {timer}
                {platform::dom::can_fill_screen().then(|| view! {
                    <button type="button" class="secondary" on:click=|_| platform::dom::toggle_full_screen()>{t().fac_full_screen}</button>
                })}
                <Link href=Page::Facilitate.path() attr:class="button secondary">{t().fac_leave}</Link>
            </div>
            <div class="presenter-main">{question}</div>
            <div class="presenter-side">
                {actions}
                {teams}
                <div class="reveal-region" aria-live="polite">{reveal}</div>
                <p class="hint keyboard-hint">{t().fac_keyboard_hint}</p>
            </div>
            <p class="sr-only" aria-live="polite" data-announce="">{move || announce.get()}</p>
        </div>
    }
}
