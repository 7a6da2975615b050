//! The language Lantern speaks: chosen at start (the user's pick, else the
//! device's), its catalogue installed before the view is built, and a switch
//! that downloads a language's data before reloading into it, so a language
//! once picked works offline.

use super::assets::Names;
use super::AppData;
use crate::i18n;
use crate::platform::{self, data, storage};
use lantern_core::catalogue::Catalogue;
use lantern_core::lang::{self, Lang, Shipped};
use lantern_core::store::{
    self as store, CachedQuiz, CachedRecord, CachedReport, CachedUi, Record, Settings,
    SettingsChange,
};

/// The languages this build ships, as the page lists them.
pub fn shipped() -> Vec<Shipped> {
    lang::parse_shipped(&platform::dom::meta("lantern:langs").unwrap_or_default())
}

/// The plain word that the language in use is a draft translation, or none.
pub fn draft_note() -> Option<String> {
    let current = i18n::lang();
    shipped()
        .into_iter()
        .find(|s| s.lang == current && s.status == lang::Status::Draft)
        .map(|s| i18n::tf(i18n::t().language_draft, &[("name", (&s.name).into())]))
}

/// The stored pick while this build ships it, else the device's language.
pub fn choose(settings: &Settings) -> Lang {
    let shipped: Vec<Lang> = shipped().iter().map(|s| s.lang).collect();
    let device = platform::dom::device_languages();
    lang::choose(
        settings.lang.as_deref(),
        device.iter().map(String::as_str),
        &shipped,
    )
}

/// Installs `want`'s words: the stored catalogue at once, else downloaded
/// and kept. Returns the language now in use: English when the catalogue
/// cannot be had (a first visit that lost its connection).
pub async fn start_in(app: AppData, want: Lang) -> Lang {
    if want == Lang::En {
        return Lang::En;
    }
    let names = Names::of::<CachedUi>(want);
    let Some(name) = platform::dom::meta(&names.meta) else {
        return Lang::En;
    };
    if let Some(raw) = storage::text(&names.key) {
        // The copy is read as written (store::cached_text_v): only its words
        // need a parser, so the app carries no reader for its envelope.
        match store::stored_asset(&raw, CachedUi::VERSION)
            .and_then(|(stored, data)| Some((stored, data::parse::<Catalogue>(data).ok()?)))
        {
            // One of an older build's layout is not installed: fetched below.
            Some((stored, words)) => {
                if i18n::install(want, words) {
                    if stored != name {
                        // A new build's words: kept now, shown from the next start.
                        leptos::task::spawn_local(async move {
                            let _ = keep(app, CachedUi::KIND, CachedUi::VERSION, want).await;
                        });
                    }
                    return want;
                }
            }
            // Damaged: set aside, and downloaded again below.
            None => {
                storage::set_aside(&names.key, Some(raw), platform::clock::now_ms());
                app.notices
                    .set_aside(format!("{}: a damaged copy of its words", names.key));
            }
        }
    }
    let Ok(text) = data::fetch_checked(&name).await else {
        return Lang::En;
    };
    if !data::parse::<Catalogue>(&text).is_ok_and(|words| i18n::install(want, words)) {
        return Lang::En;
    }
    app.notices.saved(storage::save_cached_v(
        &names.key,
        CachedUi::VERSION,
        &name,
        &text,
    ));
    want
}

/// Why a language could not be switched to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchError {
    /// Its data is not on this device and could not be downloaded.
    NeedsConnection,
}

/// Downloads what `to` needs that this device lacks (its words, report and
/// questions), then saves the pick and reloads into it. On failure nothing
/// changes: the language in use keeps working.
pub async fn switch(app: AppData, to: Lang) -> Result<(), SwitchError> {
    if to != Lang::En {
        // One at a time, in a loop: one wait in the code, not three.
        for (kind, version) in [
            (CachedUi::KIND, CachedUi::VERSION),
            (CachedReport::KIND, CachedReport::VERSION),
            (CachedQuiz::KIND, CachedQuiz::VERSION),
        ] {
            keep(app, kind, version, to).await?;
        }
    }
    app.change_setting(SettingsChange::Lang(to));
    platform::dom::reload();
    Ok(())
}

/// Makes sure the copy of asset `kind` (its record at `version`) in `lang`
/// is the one the page names. Not generic: one copy for every kind.
async fn keep(app: AppData, kind: &str, version: u32, lang: Lang) -> Result<(), SwitchError> {
    let names = Names::of_kind(kind, lang);
    let name = platform::dom::meta(&names.meta).ok_or(SwitchError::NeedsConnection)?;
    if storage::holds_asset(&names.key, version, &name) {
        return Ok(());
    }
    // The hash in the name checks every byte, so a damaged download is never kept.
    let text = data::fetch_checked(&name)
        .await
        .map_err(|_| SwitchError::NeedsConnection)?;
    app.notices
        .saved(storage::save_cached_v(&names.key, version, &name, &text));
    Ok(())
}
