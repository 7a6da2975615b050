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
        Notice::QuizMovedOn => t().notice_quiz_moved_on,
        Notice::SessionMovedOn => t().notice_session_moved_on,
        Notice::DeletedElsewhere => t().notice_deleted_elsewhere,
    }
}

/// Storage problems the user should know about, each dismissable.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let data = use_app_data();
    let notices = data.notices;
    move || {
        notices
            .list
            .get()
            .into_iter()
            .map(|n| {
                // What was set aside, for whoever helps the user or reports a bug.
                let details = (n == Notice::RecordSetAside).then(|| {
                    view! {
                        <p class="detail">{t().notice_details}": "{move || notices.set_aside.get().join("; ")}</p>
                    }
                });
                view! {
                    <div class="notice" role="status" data-notice=n.name()>
                        <p>{text(n)}</p>
                        {details}
                        <button type="button" class="link-button" on:click=move |_| notices.dismiss(n)>
                            {t().dismiss}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}
