use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::features::facilitate::state::use_facilitate;
use crate::features::live::host_end::HostEnd;
use crate::features::live::host_lobby::HostLobby;
use crate::features::live::host_question::HostQuestion;
use crate::features::live::link_status::LinkStatusLine;
use crate::features::live::state::LiveHostState;
use crate::i18n::{live_error_text, t};
use crate::nav::{use_nav, Go};
use crate::platform;
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::Phase;
use lantern_core::route::{LiveQuery, Page};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Waiting,
    Lobby,
    Question,
    Finished,
    Ended,
}

/// The facilitator's screen of a live quiz: it opens the quiz with this
/// device's setup (from "Live on this network"), or comes back to the one
/// it runs after a reload; then the lobby, each question and the end.
#[component]
pub fn FacilitateLivePage() -> impl IntoView {
    let fac = use_facilitate();
    let nav = use_nav();
    let open = LiveQuery::read(&nav.address.read_untracked()).open;
    let config = open
        .then(|| {
            fac.session.with_untracked(|s| {
                (s.0.as_ref())
                    .filter(|s| !s.has_started())
                    .map(|s| s.config().clone())
            })
        })
        .flatten();
    let host = LiveHostState::start(config);
    let step = Memo::new(move |_| {
        if host.ended.get() {
            return Step::Ended;
        }
        host.view
            .with(|v| match v.as_ref().map(|v| v.session.phase()) {
                None => Step::Waiting,
                Some(Phase::Setup | Phase::Safeguarding) => Step::Lobby,
                Some(Phase::Question { .. }) => Step::Question,
                Some(Phase::Finished) => Step::Finished,
            })
    });
    // Once open, a reload comes back to this quiz rather than opening another.
    Effect::new(move |_| {
        if open && step.get() != Step::Waiting {
            let how = Go {
                replace: true,
                keep_scroll: true,
            };
            nav.go(&LiveQuery::default().href(), how);
        }
    });
    Effect::new(move |_| {
        platform::dom::set_presenting(matches!(step.get(), Step::Question | Step::Finished))
    });
    on_cleanup(|| platform::dom::set_presenting(false));
    let status = view! {
        <LinkStatusLine status=host.link.status connecting=t().live_connecting lost=t().live_reconnecting/>
    };
    let error = move || {
        host.error
            .get()
            .map(|e| view! { <p class="form-error" role="alert">{live_error_text(e)}</p> })
    };
    let page = with_bank(move |bank: Arc<Bank>| {
        move || {
            match step.get() {
            Step::Waiting => view! {
                <h1>{t().live_host_title}</h1>
                {move || {
                    let no_hub = host.checked.get() && !host.hub.with(|h| h.as_ref().is_some_and(|h| h.lan));
                    match (host.error.get(), no_hub) {
                        (None, false) => view! { <p>{t().live_opening}</p> }.into_any(),
                        (error, no_hub) => view! {
                            {(no_hub && error.is_none()).then(|| view! { <p role="status">{t().live_needs_hub}</p> })}
                            <p><Link href=Page::Facilitate.path() attr:class="button">{t().fac_set_up}</Link></p>
                        }
                        .into_any(),
                    }
                }}
            }
            .into_any(),
            Step::Lobby => view! { <HostLobby host/> }.into_any(),
            Step::Question => view! { <HostQuestion bank=bank.clone() host/> }.into_any(),
            Step::Finished => view! { <HostEnd bank=bank.clone() host/> }.into_any(),
            Step::Ended => view! {
                <h1>{t().live_host_title}</h1>
                <p role="status">{t().live_ended}</p>
                <p><Link href=Page::Facilitate.path() attr:class="button">{t().fac_new_session}</Link></p>
            }
            .into_any(),
        }
        }
    });
    view! { {status}{error}{page} }
}
