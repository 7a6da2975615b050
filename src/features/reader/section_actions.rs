use crate::features::reader::state::use_reader;
use crate::i18n::t;
use crate::platform;
use leptos::prelude::*;

/// Bookmark toggle and "share this section" under a section's title.
#[component]
pub fn SectionActions(
    /// The section's id.
    id: String,
    /// The section's title, for the share sheet.
    title: String,
) -> impl IntoView {
    let reader = use_reader();
    let marked = {
        let id = id.clone();
        Memo::new(move |_| reader.bookmarks.read().contains(&id))
    };
    let shared = RwSignal::new(None::<&'static str>);
    let toggle = {
        let id = id.clone();
        move |_| reader.set_bookmark(&id, !marked.get_untracked())
    };
    let share = move |_| {
        let title = title.clone();
        leptos::task::spawn_local(async move {
            let msg = match platform::share::share_current_page(&title).await {
                platform::share::Shared::Sheet => None,
                platform::share::Shared::Copied => Some(t().link_copied),
                platform::share::Shared::Failed => Some(t().share_failed),
            };
            shared.set(msg);
        });
    };
    view! {
        <div class="section-actions">
            <button type="button" class="secondary" aria-pressed=move || marked.get().to_string() on:click=toggle>
                <span aria-hidden="true">{move || if marked.get() { "★ " } else { "☆ " }}</span>
                {move || if marked.get() { t().bookmark_remove } else { t().bookmark_add }}
            </button>
            <button type="button" class="secondary" on:click=share>{t().share_section}</button>
            <p class="share-status" role="status">{move || shared.get()}</p>
        </div>
    }
}
