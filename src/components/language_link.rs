use crate::components::icon::{Icon, IconMark};
use crate::components::link::Link;
use crate::i18n::{self, t};
use crate::state::language;
use lantern_core::route::Page;
use leptos::prelude::*;

/// The language in use, named in itself, in the header: the way to the
/// picker for someone who cannot read the language Lantern opened in.
#[component]
pub fn LanguageLink() -> impl IntoView {
    let lang = i18n::lang();
    let name = language::shipped()
        .into_iter()
        .find(|s| s.lang == lang)
        .map_or_else(|| lang.tag().to_string(), |s| s.name);
    view! {
        <Link href=Page::Settings.path() attr:class="lang-link">
            <IconMark icon=Icon::Language/>
            <span class="sr-only">{t().language_title}</span>
            <span class="sr-only">": "</span>
            // Shown where there is room; a phone shows the picture alone,
            // and a screen reader still reads the name (style/app.css).
            <span class="lang-name" lang=lang.tag()>{name}</span>
        </Link>
    }
}
