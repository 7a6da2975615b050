use crate::components::team_badge::TeamMark;
use crate::i18n::{audience_label, setup_error_text, t, topic_label};
use crate::nav::use_nav;
use crate::state::use_app_data;
use lantern_core::quiz::bank::{Audience, Bank, Topic};
use lantern_core::quiz::session::{
    Event, Outcome, Scoring, SessionConfig, SetupError, Timer, MAX_LENGTH, MAX_NAME_CHARS,
    MIN_LENGTH,
};
use leptos::prelude::*;
use std::sync::Arc;

fn timer_label(timer: Timer) -> String {
    match timer.seconds() {
        None => t().fac_timer_off.to_string(),
        Some(s) => format!("{s} {}", t().fac_seconds),
    }
}

/// Setting up a facilitated session: who, which topics, how many questions,
/// the teams, the timer, scoring and discussion prompts. Every change is saved.
#[component]
pub fn FacilitateSetup(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let data = use_app_data();
    let error = RwSignal::new(None::<SetupError>);
    let config = Memo::new(move |_| {
        data.session
            .read()
            .0
            .as_ref()
            .filter(|s| !s.has_started())
            .map(|s| s.config().clone())
    });
    let cfg = move || config.get().unwrap_or_else(|| SessionConfig::new(0));
    let team_count = Memo::new(move |_| config.read().as_ref().map_or(0, |c| c.teams.len()));
    let send = {
        let bank = bank.clone();
        Callback::new(move |e: Event| {
            let result = data.session_event(&bank, e);
            error.set(result.as_ref().err().copied());
            result.ok()
        })
    };
    let nav = use_nav();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if send.run(Event::Start) == Some(Outcome::Started) {
            nav.go("/facilitate/run", Default::default());
        }
    };
    let audiences: Vec<Option<Audience>> = std::iter::once(None)
        .chain(Audience::ALL.iter().copied().map(Some))
        .collect();
    let team_rows = move || {
        (0..team_count.get())
            .map(|i| {
                let name = move || cfg().teams.get(i).map(|t| t.name.clone()).unwrap_or_default();
                let look = move || cfg().teams.get(i).map(|t| (t.colour, t.symbol));
                let label = format!("{} {}", t().fac_team_name, i + 1);
                view! {
                    <li class="team-row">
                        {move || look().map(|(colour, symbol)| view! { <TeamMark colour symbol/> })}
                        <input type="text" class="team-input" aria-label=label maxlength=MAX_NAME_CHARS.to_string()
                            prop:value=name
                            // Said as it is typed; saved when the field is left.
                            on:input=move |ev| {
                                error.set(cfg().check_name(i, &event_target_value(&ev)).err());
                            }
                            on:change=move |ev| {
                                let name = event_target_value(&ev);
                                send.run(Event::RenameTeam { team: i, name });
                            }/>
                        <button type="button" class="secondary" disabled=move || !cfg().can_remove_team()
                            on:click=move |_| { send.run(Event::RemoveTeam(i)); }>
                            {t().fac_remove_team}<span class="sr-only">" "{name}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <form class="facilitate-setup" on:submit=on_submit>
            <fieldset class="choice-group">
                <legend>{t().fac_who}</legend>
                {audiences
                    .into_iter()
                    .map(|a| view! {
                        <label>
                            <input type="radio" name="fac-audience" prop:checked=move || cfg().audience == a
                                on:change=move |_| { send.run(Event::SetAudience(a)); }/>
                            {audience_label(a)}
                        </label>
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="choice-group topics">
                <legend>{t().quiz_topics}</legend>
                <p class="hint">{t().quiz_topics_hint}</p>
                {Topic::ALL
                    .iter()
                    .copied()
                    .map(|topic| view! {
                        <label>
                            <input type="checkbox" prop:checked=move || cfg().topics.contains(&topic)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let mut v = cfg().topics;
                                    v.retain(|x| *x != topic);
                                    if on {
                                        v.push(topic);
                                    }
                                    send.run(Event::SetTopics(v));
                                }/>
                            {topic_label(topic)}
                        </label>
                    })
                    .collect_view()}
            </fieldset>
            <p class="field">
                <label for="fac-length">{t().fac_length}</label>
                <input id="fac-length" type="number" inputmode="numeric" min=MIN_LENGTH.to_string() max=MAX_LENGTH.to_string()
                    prop:value=move || cfg().length.to_string()
                    on:change=move |ev| {
                        let n = event_target_value(&ev).trim().parse::<usize>().unwrap_or(0);
                        send.run(Event::SetLength(n));
                    }/>
                <span class="hint">" "{t().fac_length_hint}</span>
            </p>
            <fieldset class="teams-setup">
                <legend>{t().fac_teams}</legend>
                <p class="hint">{t().fac_teams_hint}</p>
                <ul class="team-rows">{team_rows}</ul>
                <button type="button" class="secondary" disabled=move || !cfg().can_add_team()
                    on:click=move |_| { send.run(Event::AddTeam); }>{t().fac_add_team}</button>
            </fieldset>
            <fieldset class="choice-group">
                <legend>{t().fac_timer}</legend>
                {Timer::ALL
                    .iter()
                    .copied()
                    .map(|timer| view! {
                        <label>
                            <input type="radio" name="fac-timer" prop:checked=move || cfg().timer == timer
                                on:change=move |_| { send.run(Event::SetTimer(timer)); }/>
                            {timer_label(timer)}
                        </label>
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="choice-group">
                <legend>{t().fac_scoring}</legend>
                <label>
                    <input type="radio" name="fac-scoring" prop:checked=move || cfg().scoring == Scoring::Points
                        on:change=move |_| { send.run(Event::SetScoring(Scoring::Points)); }/>
                    {t().fac_scoring_points}
                </label>
                <label>
                    <input type="radio" name="fac-scoring" prop:checked=move || cfg().scoring == Scoring::NoScores
                        on:change=move |_| { send.run(Event::SetScoring(Scoring::NoScores)); }/>
                    {t().fac_scoring_none}
                </label>
            </fieldset>
            <label class="toggle">
                <input type="checkbox" prop:checked=move || cfg().show_discussion
                    on:change=move |ev| { send.run(Event::SetShowDiscussion(event_target_checked(&ev))); }/>
                {t().fac_show_discussion}
            </label>
            <p class="form-error" role="alert">{move || error.get().map(setup_error_text)}</p>
            <button type="submit">{t().fac_start}</button>
        </form>
    }
}
