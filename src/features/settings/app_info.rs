use crate::i18n::{t, tf};
use crate::platform::{self, pwa::PwaStatus};
use crate::state::use_app_data;
use leptos::prelude::*;

/// The content hash in a data asset's name (`data/report.en.<hash>.json`).
fn version_in(name: Option<String>) -> String {
    name.as_deref()
        .and_then(|n| n.rsplit('.').nth(1))
        .filter(|h| h.len() == 16)
        .map(|h| h[..8].to_string())
        .unwrap_or_else(|| t().not_known.to_string())
}

/// Integer tenths: float formatting would add ~10 KB of code to the wasm.
fn kb(bytes: u64) -> String {
    let tenths = (bytes + 50) / 100;
    tf(
        t().size_kb,
        &[
            ("whole", (tenths / 10).into()),
            ("tenth", (tenths % 10).into()),
        ],
    )
}

/// Settings' "This copy of Lantern": app and data versions, storage used, and
/// whether the app is ready to use offline.
#[component]
pub fn AppInfo() -> impl IntoView {
    let app = platform::dom::meta("lantern:version").unwrap_or_else(|| t().not_known.into());
    let report = version_in(platform::dom::meta("lantern:report.en"));
    let quiz = version_in(platform::dom::meta("lantern:quiz.en"));
    let data = use_app_data();
    let saved = kb(data.saved_bytes());
    // A plain signal filled once: a resource would bring async machinery
    // into the wasm for one number.
    let total = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let _ = total.try_set(data.stored_bytes().await);
    });
    let pwa = use_context::<PwaStatus>();
    let ready = pwa.map(|p| p.offline_ready);
    let failed = pwa.map(|p| p.restore_failed);
    let persistent = pwa.map(|p| p.persistent);
    view! {
        <section class="app-info" aria-labelledby="app-info-title">
            <h2 id="app-info-title">{t().this_copy_title}</h2>
            <dl>
                <dt>{t().app_version}</dt>
                <dd data-info="app">{app}</dd>
                <dt>{t().data_version}</dt>
                <dd data-info="report">{report}</dd>
                <dt>{t().quiz_data_version}</dt>
                <dd data-info="quiz">{quiz}</dd>
                <dt>{t().storage_saved}</dt>
                <dd data-info="saved">{saved}</dd>
                <dt>{t().storage_total}</dt>
                <dd data-info="total">
                    {move || match total.get() {
                        Some(bytes) => kb(bytes),
                        None => t().not_known.to_string(),
                    }}
                </dd>
            </dl>
            <p data-info="persistent">
                {move || match persistent.and_then(|p| p.get()) {
                    Some(true) => t().storage_kept,
                    Some(false) => t().storage_not_kept,
                    None => t().storage_kept_unknown,
                }}
            </p>
            {move || (persistent.and_then(|p| p.get()) == Some(false)).then(|| view! {
                <button type="button" class="secondary" on:click=|_| platform::pwa::keep_storage()>
                    {t().storage_keep_button}
                </button>
            })}
            <p class="hint" data-info="offline">
                {move || match (ready.map(|r| r.get()), failed.map(|f| f.get())) {
                    (Some(true), _) => t().net_ready_offline,
                    (_, Some(true)) => t().net_restore_failed,
                    _ => "",
                }}
            </p>
        </section>
    }
}
