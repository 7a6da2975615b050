//! The data assets (report, question bank): from the stored copy at once,
//! then from the network only when the page names a newer version.

use super::{AppData, Load};
use crate::platform::{self, storage, storage::Loaded};
use lantern_core::store::CachedRecord;
use leptos::prelude::*;

/// Where the page names an asset (`<meta name="lantern:report.en">`), and
/// the performance measure of its load (`cargo xtask bench` reads it).
pub(super) struct Names {
    pub meta: String,
    pub measure: String,
    /// Where the stored copy is kept (one per language).
    pub key: String,
}

impl Names {
    /// The names of asset `kind` (`report`, `quiz`, `ui`) in `lang`.
    pub fn of<C: lantern_core::store::CachedRecord>(lang: lantern_core::lang::Lang) -> Names {
        Names::of_kind(C::KIND, lang)
    }

    /// Not generic: one copy for every kind of asset.
    pub fn of_kind(kind: &str, lang: lantern_core::lang::Lang) -> Names {
        let asset = format!("{kind}.{}", lang.tag());
        Names {
            meta: format!("lantern:{asset}"),
            measure: format!("lantern:parse:{asset}"),
            key: format!("{}data.{asset}", lantern_core::store::PREFIX),
        }
    }
}

/// Loads the asset the page names in its `<meta>`:
/// the stored copy renders at once; a newer one is fetched, checked, shown
/// and stored; a failed fetch keeps the stored copy. `make` turns the data
/// into what the pages read.
pub(super) fn load<C, V>(
    app: AppData,
    names: Names,
    target: RwSignal<Load<V>>,
    make: fn(C::Data) -> V,
) where
    C: CachedRecord + 'static,
    V: Clone + Send + Sync + 'static,
{
    let Some(name) = platform::dom::meta(&names.meta) else {
        target.set(Load::Failed("the page names no data".into()));
        return;
    };
    // Timed from reading storage to the model in memory.
    let timer = platform::perf::Span::start(&names.measure);
    let cached = match storage::load_at::<C>(&names.key, platform::clock::now_ms()) {
        Loaded::Fine(c) => c.into_cached(),
        Loaded::SetAside(c, why) => {
            app.notices.set_aside(why);
            c.into_cached()
        }
    };
    let have_copy = !cached.name.is_empty();
    let stored_name = cached.name;
    if have_copy {
        target.set(Load::Ready(make(cached.data)));
        timer.end();
    }
    if have_copy && stored_name == name {
        return;
    }
    if !have_copy {
        target.set(Load::Loading);
    }
    // Parsing is per asset; the download around it is one function for all.
    let show: Show = Box::new(
        move |got| match got.and_then(platform::data::parse::<C::Data>) {
            Ok(value) => {
                target.set(Load::Ready(make(value)));
                Ok(())
            }
            Err(e) => {
                if !have_copy {
                    target.set(Load::Failed(e.clone()));
                }
                Err(e)
            }
        },
    );
    refresh(app, name, show, names.key, storage::save_cached::<C>);
}

/// Parses a downloaded asset (or takes its failure) and shows it; `Err`
/// when there is nothing new to keep.
type Show = Box<dyn Fn(Result<&str, String>) -> Result<(), String>>;

/// Downloads a newer asset, hands it to `show`, and stores its text once
/// it has shown; a failed download or parse keeps whatever is stored.
fn refresh(
    app: AppData,
    name: String,
    show: Show,
    key: String,
    save: fn(&str, &str, &str) -> Result<(), storage::WriteError>,
) {
    leptos::task::spawn_local(async move {
        let got = platform::data::fetch_checked(&name).await;
        let shown = show(got.as_deref().map_err(|e| e.clone()));
        if let (Ok(text), Ok(())) = (got, shown) {
            // Storing ~100 KB is a task of its own, after the page has drawn.
            platform::timer::after(std::time::Duration::ZERO, move || {
                app.notices.saved(save(&key, &name, &text));
            });
        }
    });
}
