use crate::features::settings::app_info::AppInfo;
use crate::features::settings::delete_everything::DeleteEverything;
use crate::features::settings::language_picker::LanguagePicker;
use crate::i18n::{t, tf};
use crate::platform;
use crate::state::use_app_data;
use lantern_core::store::{SettingsChange, Theme, TEXT_SIZES};
use leptos::prelude::*;

/// Language, text size, theme and motion; every change is saved at once.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let data = use_app_data();
    // One setting at a time, so a change made in another window to another
    // setting is kept.
    let update = move |c: SettingsChange| data.change_setting(c);
    let themes = [
        (Theme::System, t().theme_system),
        (Theme::Light, t().theme_light),
        (Theme::Dark, t().theme_dark),
        (Theme::HighContrast, t().theme_contrast),
    ];
    view! {
        <h1>{t().settings_title}</h1>
        <LanguagePicker/>
        <fieldset class="choice-group">
            <legend>{t().text_size_label}</legend>
            {(0..TEXT_SIZES)
                .map(|size| {
                    view! {
                        <label class=format!("size-option size-{size}")>
                            <input type="radio" name="text-size" value=size.to_string()
                                prop:checked=move || data.settings.read().text_size == size
                                on:change=move |_| update(SettingsChange::TextSize(size))/>
                            <span aria-hidden="true">"A"</span>
                            <span class="sr-only">{tf(t().text_size_option, &[("n", (usize::from(size) + 1).into())])}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <fieldset class="choice-group">
            <legend>{t().theme}</legend>
            {themes
                .into_iter()
                .map(|(theme, label)| {
                    view! {
                        <label>
                            <input type="radio" name="theme"
                                prop:checked=move || data.settings.read().theme == theme
                                on:change=move |_| update(SettingsChange::Theme(theme))/>
                            {label}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <label class="toggle">
            <input type="checkbox"
                prop:checked=move || data.settings.read().reduce_motion
                on:change=move |ev| {
                    update(SettingsChange::ReduceMotion(platform::dom::checked(&ev)))
                }/>
            {t().reduce_motion}
        </label>
        <p class="hint">{t().reduce_motion_hint}</p>
        <label class="toggle">
            <input type="checkbox"
                prop:checked=move || data.settings.read().hide_from_back
                on:change=move |ev| update(SettingsChange::HideFromBack(platform::dom::checked(&ev)))/>
            {t().hide_from_back}
        </label>
        <p class="hint">{t().hide_from_back_hint}</p>
        <DeleteEverything/>
        <AppInfo/>
    }
}
