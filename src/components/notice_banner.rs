use crate::i18n::t;
use crate::state::{use_app_data, Notice};
use leptos::prelude::*;

fn text(n: Notice) -> &'static str {
    match n {
        Notice::StorageUnavailable => t().notice_storage_unavailable,
        Notice::StorageFull => t().notice_storage_full,
        Notice::RecordSetAside => t().notice_record_set_aside,
        Notice::QuizReset => t().notice_quiz_reset,
        Notice::SessionReset => t().notice_session_reset,
    }
}

/// Storage problems the user should know about, each dismissable.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let data = use_app_data();
    move || {
        data.notices
            .get()
            .into_iter()
            .map(|n| {
                view! {
                    <div class="notice" role="status" data-notice=n.name()>
                        <p>{text(n)}</p>
                        <button type="button" class="link-button" on:click=move |_| data.notices.update(|v| v.retain(|x| *x != n))>
                            {t().dismiss}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}
