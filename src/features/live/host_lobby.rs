use crate::components::confirm_button::ConfirmButton;
use crate::features::facilitate::team_badge::TeamMark;
use crate::features::live::state::LiveHostState;
use crate::i18n::{t, tf};
use crate::platform::socket::qr_src;
use lantern_core::quiz::live::Command;
use leptos::prelude::*;

/// "123 456": a code read aloud in two halves is easier to type.
pub fn spaced(code: &str) -> String {
    let mid = code.len() / 2;
    match (code.get(..mid), code.get(mid..)) {
        (Some(a), Some(b)) if code.len() >= 6 => format!("{a} {b}"),
        _ => code.to_string(),
    }
}

/// The address, join code and QR code that bring phones in, and who has
/// joined, team by team, until the facilitator starts.
#[component]
pub fn HostLobby(
    /// The live quiz.
    host: LiveHostState,
) -> impl IntoView {
    let address = move || {
        host.hub
            .with(|h| h.as_ref().and_then(|h| h.join.first().cloned()))
    };
    let teams = move || {
        host.view.with(|v| {
            let v = v.as_ref()?;
            let teams = &v.session.config().teams;
            Some(
                (teams.iter().zip(&v.members))
                    .map(|(team, &n)| {
                        view! {
                            <li>
                                <TeamMark colour=team.colour symbol=team.symbol/>
                                <span class="team-name">{team.name.clone()}</span>
                                " · "
                                <span>{tf(t().live_team_members, &[("n", n.into())])}</span>
                            </li>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    let joined = move || {
        let n = host.view.with(|v| v.as_ref().map_or(0, |v| v.players));
        tf(t().live_joined, &[("n", n.into())])
    };
    let code = move || host.view.with(|v| v.as_ref().map(|v| spaced(&v.code)));
    view! {
        <h1>{t().live_host_title}</h1>
        <div class="live-join">
            <div>
                <p>{t().live_join_at}</p>
                <p class="live-address">{address}</p>
                <p>{t().live_code}": "<strong class="live-code" data-code="">{code}</strong></p>
            </div>
            {move || address().map(|a| view! {
                <figure class="live-qr">
                    <img src=qr_src(0) alt=tf(t().live_qr_alt, &[("address", (&a).into())]) width="200" height="200"/>
                    <figcaption class="hint">{t().live_scan}</figcaption>
                </figure>
            })}
        </div>
        <p aria-live="polite" data-joined="">{joined}</p>
        <ul class="live-teams">{teams}</ul>
        <p>
            <button type="button" disabled=move || !host.link.ready.get() on:click=move |_| host.command(Command::Start)>{t().live_start}</button>
        </p>
        <p class="hint">{t().live_late_note}</p>
        <ConfirmButton label=t().live_end question=t().live_end_confirm yes=t().live_end_yes
            on_yes=Callback::new(move |()| host.close())/>
    }
}
