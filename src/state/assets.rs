//! The data assets (report, question bank): from the stored copy at once,
//! then from the network only when the page names a newer version.

use super::{AppData, Load};
use crate::platform::{self, storage, storage::Loaded};
use lantern_core::store::CachedRecord;
use leptos::prelude::*;

/// Where the page names an asset (`<meta name="lantern:report.en">`), and
/// the performance measure of its load (`cargo xtask bench` reads it).
pub(super) struct Names {
    pub meta: &'static str,
    pub measure: &'static str,
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
    let Some(name) = platform::dom::meta(names.meta) else {
        target.set(Load::Failed("the page names no data".into()));
        return;
    };
    // Timed from reading storage to the model in memory.
    let timer = platform::perf::Span::start(names.measure);
    let cached = match storage::load::<C>(platform::clock::now_ms()) {
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
    leptos::task::spawn_local(async move {
        match platform::data::fetch_json::<C::Data>(&name).await {
            Ok((value, text)) => {
                target.set(Load::Ready(make(value)));
                // Storing ~100 KB is a task of its own, after the page has drawn.
                set_timeout(
                    move || {
                        let saved = storage::save_cached::<C>(&name, &text);
                        app.notices.saved(saved);
                    },
                    std::time::Duration::ZERO,
                );
            }
            Err(e) if !have_copy => target.set(Load::Failed(e)),
            Err(_) => {} // keep using the stored copy
        }
    });
}
