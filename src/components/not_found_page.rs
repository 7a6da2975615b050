use crate::components::did_you_mean::DidYouMean;
use crate::components::link::Link;
use crate::i18n::t;
use lantern_core::route::Page;
use leptos::prelude::*;

/// Shown for any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>{t().not_found_title}</h1>
        <p>{t().not_found_body}</p>
        <DidYouMean/>
        <p><Link href=Page::Home.path()>{t().back_home}</Link></p>
    }
}
