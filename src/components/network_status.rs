use crate::i18n::t;
use crate::platform::pwa::PwaStatus;
use leptos::prelude::*;

/// A quiet line in the header: "Offline", or "Ready to use offline" only
/// while the service worker really holds everything the app needs, and what
/// happens while it fetches again what it lost. Empty otherwise. Short, so
/// it fits the room the header keeps for it; Settings says what comes next.
#[component]
pub fn NetworkStatus() -> impl IntoView {
    let pwa = expect_context::<PwaStatus>();
    let text = move || match (pwa.online.get(), pwa.offline_ready.get()) {
        (false, true) => t().net_offline_saved,
        (false, false) => t().net_offline,
        (true, true) => t().net_ready_offline,
        (true, false) if pwa.restoring.get() => t().net_restoring,
        (true, false) if pwa.restore_failed.get() => t().net_not_ready,
        (true, false) => "",
    };
    let state = move || match (pwa.online.get(), pwa.offline_ready.get()) {
        (false, _) => "offline",
        (true, true) => "ready",
        (true, false) if pwa.restoring.get() => "restoring",
        (true, false) => "online",
    };
    view! {
        <span class="hint net-status" role="status" data-net=state>{text}</span>
    }
}
