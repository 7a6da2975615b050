use crate::features::live::state::LinkStatus;
use leptos::prelude::*;

/// The connection to the hub, said only when it is not simply open.
#[component]
pub fn LinkStatusLine(
    /// The link's state.
    status: RwSignal<LinkStatus>,
    /// Said while connecting.
    connecting: &'static str,
    /// Said while the link is lost and tried again.
    lost: &'static str,
) -> impl IntoView {
    view! {
        <p class="link-status" role="status">
            {move || match status.get() {
                LinkStatus::Connecting => connecting,
                LinkStatus::Lost => lost,
                LinkStatus::Open => "",
            }}
        </p>
    }
}
