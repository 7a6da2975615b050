use crate::components::audience_picker::AudiencePicker;
use crate::components::topic_picker::TopicPicker;
use crate::features::facilitate::safeguarding_check::SafeguardingCheck;
use crate::features::facilitate::state::use_facilitate;
use crate::features::facilitate::team_badge::TeamMark;
use crate::features::live::live_option::LiveOption;
use crate::i18n::{setup_error_text, t, tf};
use crate::nav::use_nav;
use crate::platform;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::{
    Event, Outcome, Scoring, SessionConfig, SetupError, Timer, MAX_LENGTH, MAX_NAME_CHARS,
    MIN_LENGTH,
};
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

fn timer_label(timer: Timer) -> String {
    match timer.seconds() {
        None => t().fac_timer_off.to_string(),
        Some(s) => tf(t().timer_seconds, &[("n", s.into())]),
    }
}

/// Setting up a facilitated session: who, which topics, how many questions,
/// the teams, the timer, scoring and discussion prompts. Every change is saved.
#[component]
pub fn SetupForm(
    /// The loaded question bank.
    bank: Arc<Bank>,
) -> impl IntoView {
    let fac = use_facilitate();
    let error = RwSignal::new(None::<SetupError>);
    let config = Memo::new(move |_| {
        fac.session
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
            let result = fac.step(&bank, e);
            error.set(result.as_ref().err().copied());
            result.ok()
        })
    };
    let nav = use_nav();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if matches!(send.run(Event::Start), Some(Outcome::Started)) {
            nav.go(&Page::FacilitateRun.path(), Default::default());
        }
    };
    // "Live on this network" starts nothing here: it checks the setup as
    // Start does, and the live page opens the quiz on the hub.
    let ready = Callback::new(move |()| {
        let dismissed = fac
            .session
            .with_untracked(|s| s.0.as_ref().is_some_and(|s| s.safeguarding_dismissed()));
        let unread = (!dismissed).then_some(SetupError::SafeguardingUnread);
        let checked = cfg().validate().and(unread.map_or(Ok(()), Err));
        error.set(checked.err());
        checked.is_ok()
    });
    let team_rows = move || {
        (0..team_count.get())
            .map(|i| {
                let name = move || cfg().teams.get(i).map(|t| t.name.clone()).unwrap_or_default();
                let look = move || cfg().teams.get(i).map(|t| (t.colour, t.symbol));
                let label = tf(t().team_name_label, &[("n", (i + 1).into())]);
                view! {
                    <li class="team-row">
                        {move || look().map(|(colour, symbol)| view! { <TeamMark colour symbol/> })}
                        <input type="text" class="team-input" aria-label=label maxlength=MAX_NAME_CHARS.to_string()
                            prop:value=name
                            // Said as it is typed; saved when the field is left.
                            on:input=move |ev| {
                                error.set(cfg().check_name(i, &platform::dom::value(&ev)).err());
                            }
                            on:change=move |ev| {
                                let name = platform::dom::value(&ev);
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
            <AudiencePicker name="fac-audience" legend=t().fac_who
                value=Signal::derive(move || config.read().as_ref().and_then(|c| c.audience))
                on_pick=Callback::new(move |a| { send.run(Event::SetAudience(a)); })/>
            <TopicPicker value=Signal::derive(move || config.read().as_ref().map(|c| c.topics.clone()).unwrap_or_default())
                on_change=Callback::new(move |v| { send.run(Event::SetTopics(v)); })/>
            <p class="field">
                <label for="fac-length">{t().fac_length}</label>
                <input id="fac-length" type="number" inputmode="numeric" min=MIN_LENGTH.to_string() max=MAX_LENGTH.to_string()
                    prop:value=move || cfg().length.to_string()
                    on:change=move |ev| {
                        let n = platform::dom::value(&ev).trim().parse::<usize>().unwrap_or(0);
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
                    on:change=move |ev| { send.run(Event::SetShowDiscussion(platform::dom::checked(&ev))); }/>
                {t().fac_show_discussion}
            </label>
            <SafeguardingCheck
                read=Signal::derive(move || fac.session.read().0.as_ref().is_some_and(|s| s.safeguarding_dismissed()))
                on_read=Callback::new(move |()| { send.run(Event::DismissSafeguarding); })/>
            <p class="form-error" role="alert">{move || error.get().map(setup_error_text)}</p>
            <button type="submit">{t().fac_start}</button>
            <LiveOption ready/>
        </form>
    }
}
