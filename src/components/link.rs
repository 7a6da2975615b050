use crate::nav::use_nav;
use lantern_core::route::is_current;
use leptos::prelude::*;

/// A link to a page of the app: a plain `<a>` under the hosting base, marked
/// `aria-current="page"` while that page (or one beneath it) is showing.
#[component]
pub fn Link(
    /// App-relative address, e.g. `/read/introduction`.
    #[prop(into)]
    href: String,
    children: Children,
) -> impl IntoView {
    let nav = use_nav();
    let full = nav.href(&href);
    let current = move || is_current(&href, &nav.address.read().path).then_some("page");
    view! { <a href=full aria-current=current>{children()}</a> }
}
