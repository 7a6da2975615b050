use crate::i18n::{self, t, tf};
use crate::platform;
use crate::state::language;
use crate::state::use_app_data;
use lantern_core::lang::{Lang, Status};
use leptos::prelude::*;

/// Every language Lantern ships, each named in itself; picking one downloads
/// what it needs, then Lantern starts again in it. A draft translation says
/// so once, plainly.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let data = use_app_data();
    let current = i18n::lang();
    // The one line said about it: getting it ready, or why it could not be.
    let said = RwSignal::new(String::new());
    let pick = move |l: Lang, name: String| {
        // One download at a time: the radios keep showing the one fetched.
        if let Some(busy) = FETCHING.get() {
            platform::dom::check(&radio_id(busy));
            return;
        }
        if l == current {
            return;
        }
        FETCHING.set(Some(l));
        said.set(tf(t().language_downloading, &[("name", (&name).into())]));
        leptos::task::spawn_local(async move {
            if language::switch(data, l).await.is_err() {
                FETCHING.set(None);
                platform::dom::check(&radio_id(current));
                said.set(tf(
                    t().language_needs_connection,
                    &[("name", (&name).into())],
                ));
            }
        });
    };
    let options = language::shipped()
        .into_iter()
        .map(|s| {
            let l = s.lang;
            let name = s.name.clone();
            let draft = (s.status == Status::Draft)
                .then(|| view! { <span class="draft-mark">{t().language_draft_mark}</span> });
            view! {
                <label>
                    <input type="radio" name="language" id=radio_id(l) checked=l == current
                        on:change=move |_| pick(l, name.clone())/>
                    <span lang=l.tag()>{s.name}</span>
                    {draft}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choice-group language-picker" id="language">
            <legend>{t().language_title}</legend>
            {options}
        </fieldset>
        {language::draft_note().map(|note| view! { <p class="hint">{note}</p> })}
        <p role="status" class="language-status">{move || said.get()}</p>
    }
}

thread_local! {
    /// The language being downloaded, while one is (the page reloads into
    /// it once it is kept).
    static FETCHING: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

fn radio_id(l: Lang) -> String {
    format!("language-{}", l.tag())
}
