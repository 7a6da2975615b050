use crate::components::link::Link;
use crate::i18n::t;
use crate::nav::use_nav;
use leptos::prelude::*;

/// On a page that found nothing: the address that was probably meant, when
/// a link ended a sentence (`/read/introduction.`) or asked for a file.
#[component]
pub fn DidYouMean() -> impl IntoView {
    let nav = use_nav();
    let meant = lantern_core::route::suggest(&nav.address.read_untracked().path);
    meant.map(|href| {
        view! {
            <p class="did-you-mean">{t().did_you_mean}" "<Link href=href.clone()>{href}</Link></p>
        }
    })
}
