use crate::components::load_gate::with_bank;
use crate::features::live::code_form::CodeForm;
use crate::features::live::link_status::LinkStatusLine;
use crate::features::live::player_screen::{JoinHelp, PlayerScreenView};
use crate::features::live::seat_form::SeatForm;
use crate::features::live::state::PlayerState;
use crate::i18n::{live_error_text, t};
use lantern_core::quiz::bank::Bank;
use leptos::prelude::*;
use std::sync::Arc;

/// A phone joins a live quiz: the code, then a nickname and a team, then
/// the quiz itself. A phone that sleeps, reloads or drops comes back to its
/// seat by itself.
#[component]
pub fn JoinPage() -> impl IntoView {
    let player = PlayerState::start();
    let seated = Memo::new(move |_| player.view.with(Option::is_some));
    let error = move || {
        player
            .error
            .get()
            .map(|e| view! { <p class="form-error" role="alert">{live_error_text(e)}</p> })
    };
    let form = move || {
        if seated.get() {
            return None;
        }
        Some(match player.room.get() {
            Some((_, teams)) => view! { <SeatForm player teams/> }.into_any(),
            None => view! { <CodeForm player/> }.into_any(),
        })
    };
    let screen = with_bank(move |bank: Arc<Bank>| {
        move || {
            seated
                .get()
                .then(|| view! { <PlayerScreenView bank=bank.clone() player/> })
        }
    });
    view! {
        <div class="join-page">
            <h1>{t().join_title}</h1>
            <LinkStatusLine status=player.link.status connecting=t().join_connecting lost=t().join_reconnecting/>
            {move || player.ended.get().then(|| view! { <p role="status">{t().join_ended}</p> })}
            {move || player.no_hub.get().then(|| view! { <p class="live-needs" role="status">{t().join_needs_hub}</p> })}
            {error}
            {form}
            {screen}
            <JoinHelp/>
        </div>
    }
}
