use crate::features::facilitate::team_badge::TeamMark;
use crate::features::live::state::PlayerState;
use crate::i18n::t;
use crate::platform;
use lantern_core::quiz::live::MAX_NICKNAME_CHARS;
use lantern_core::quiz::session::Team;
use leptos::prelude::*;

/// A nickname (with a gentle word about real names) and a team, or a
/// place in one.
#[component]
pub fn SeatForm(
    /// The phone's live quiz.
    player: PlayerState,
    /// The teams the code opened.
    teams: Vec<Team>,
) -> impl IntoView {
    let nickname = RwSignal::new(String::new());
    let team = RwSignal::new(None::<usize>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        player.join(nickname.get_untracked(), team.get_untracked());
    };
    let choices = (teams.into_iter().enumerate())
        .map(|(i, tm)| {
            view! {
                <label>
                    <input type="radio" name="join-team" prop:checked=move || team.get() == Some(i)
                        on:change=move |_| team.set(Some(i))/>
                    <TeamMark colour=tm.colour symbol=tm.symbol/>
                    " "{tm.name}
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="join-form" on:submit=on_submit>
            <p class="field">
                <label for="join-nickname">{t().join_nickname}</label>
                <input id="join-nickname" type="text" autocomplete="off" maxlength=MAX_NICKNAME_CHARS.to_string()
                    aria-describedby="join-nickname-hint"
                    prop:value=move || nickname.get()
                    on:input=move |ev| nickname.set(platform::dom::value(&ev))/>
                <span id="join-nickname-hint" class="hint">{t().join_nickname_hint}</span>
            </p>
            <fieldset class="choice-group">
                <legend>{t().join_team}</legend>
                <label>
                    <input type="radio" name="join-team" prop:checked=move || team.get().is_none()
                        on:change=move |_| team.set(None)/>
                    {t().join_team_any}
                </label>
                {choices}
            </fieldset>
            <button type="submit">{t().join_play}</button>
        </form>
    }
}
