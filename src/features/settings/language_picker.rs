use crate::i18n::{self, t, tf};
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
    // What the radios show: the language in use, or the one being fetched.
    let chosen = RwSignal::new(current);
    // The one line said about it: getting it ready, or why it could not be.
    let said = RwSignal::new(String::new());
    let pick = move |l: Lang, name: String| {
        if l == current || chosen.get_untracked() != current {
            return;
        }
        chosen.set(l);
        said.set(tf(t().language_downloading, &[("name", (&name).into())]));
        leptos::task::spawn_local(async move {
            if language::switch(data, l).await.is_err() {
                chosen.set(current);
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
                    <input type="radio" name="language" value=l.tag()
                        prop:checked=move || chosen.get() == l
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
