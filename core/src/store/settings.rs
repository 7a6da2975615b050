//! How the app looks: text size, theme, motion.

use super::Record;
use serde::{Deserialize, Serialize};

crate::slug_enum! {
    #[derive(Debug, Default)]
    pub enum Theme {
        #[default]
        System = "system",
        Light = "light",
        Dark = "dark",
        HighContrast = "high-contrast",
    }
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
    ];

    /// The value of `<html data-theme>` the stylesheet reads for this theme.
    pub fn attr(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "contrast",
        }
    }
}

/// Text size steps; the app maps them to CSS sizes.
pub const TEXT_SIZES: u8 = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// 0 = smallest; 1 = the default.
    pub text_size: u8,
    pub theme: Theme,
    /// Reduce motion even if the system does not ask for it.
    pub reduce_motion: bool,
    /// Lantern keeps to one entry in the browser's history (with its own
    /// Back button), so after a quick exit, Back never shows a Lantern page.
    /// On unless turned off; left out of the stored form while on, so records
    /// written before it existed keep their bytes.
    #[serde(skip_serializing_if = "is_on")]
    pub hide_from_back: bool,
    /// The language the user picked (a BCP 47 tag); none until they pick
    /// one, when the device's language is used. Kept as text, so a tag from
    /// a newer Lantern never damages the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

fn is_on(b: &bool) -> bool {
    *b
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_size: 1,
            theme: Theme::System,
            reduce_motion: false,
            hide_from_back: true,
            lang: None,
        }
    }
}

/// One setting changed; applied to the latest stored settings, so a change
/// made in another window to a different setting is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsChange {
    TextSize(u8),
    Theme(Theme),
    ReduceMotion(bool),
    HideFromBack(bool),
    Lang(crate::lang::Lang),
}

impl Settings {
    /// Out-of-range values from a hand-edited or damaged record are clamped.
    pub fn sanitised(mut self) -> Self {
        self.text_size = self.text_size.min(TEXT_SIZES - 1);
        self
    }

    pub fn change(&mut self, change: SettingsChange) {
        match change {
            SettingsChange::TextSize(n) => self.text_size = n.min(TEXT_SIZES - 1),
            SettingsChange::Theme(t) => self.theme = t,
            SettingsChange::ReduceMotion(on) => self.reduce_motion = on,
            SettingsChange::HideFromBack(on) => self.hide_from_back = on,
            SettingsChange::Lang(l) => self.lang = Some(l.tag().to_string()),
        }
    }
}

/// Version 1 stored `large_text: bool`; its theme may be unknown.
#[derive(Deserialize)]
struct V1 {
    large_text: bool,
    /// Kept raw: `serde_json::Value` would add ~30 KB to the app.
    #[serde(default)]
    theme: Option<Box<serde_json::value::RawValue>>,
}

impl Record for Settings {
    const KEY: &'static str = "settings";
    const VERSION: u32 = 2;
    fn migrate(from: u32, data: &str) -> Result<Self, String> {
        if from != 1 {
            return Err(format!("version {from} cannot be upgraded"));
        }
        let old: V1 = serde_json::from_str(data).map_err(|e| format!("version 1 ({e})"))?;
        // An unknown theme falls back to the default rather than losing the text size.
        let theme = (old.theme)
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
            .unwrap_or_default();
        Ok(Settings {
            text_size: if old.large_text { 3 } else { 1 },
            theme,
            reduce_motion: false,
            hide_from_back: true,
            lang: None,
        })
    }
    fn sanitised(self) -> Self {
        Settings::sanitised(self)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{decode, encode, Decoded};
    use super::*;

    #[test]
    fn a_picked_language_is_kept_and_an_unknown_one_never_damages_the_record() {
        let mut s = Settings::default();
        s.change(SettingsChange::Lang(crate::lang::Lang::Th));
        let text = encode(&s);
        assert!(text.contains(r#""lang":"th""#), "{text}");
        match decode::<Settings>(Some(&text)) {
            Decoded::Current(back) => assert_eq!(back, s),
            other => panic!("{other:?}"),
        }
        // From a newer Lantern: read as written; the app falls back itself.
        let newer = r#"{"v":2,"data":{"text_size":1,"theme":"system","reduce_motion":false,"lang":"xx-Future"}}"#;
        match decode::<Settings>(Some(newer)) {
            Decoded::Current(back) => assert_eq!(back.lang.as_deref(), Some("xx-Future")),
            other => panic!("{other:?}"),
        }
        // Not picked: not written, so older records keep their bytes.
        assert!(!encode(&Settings::default()).contains("lang"));
    }

    #[test]
    fn settings_round_trip_through_their_envelope() {
        let s = Settings {
            text_size: 3,
            theme: Theme::HighContrast,
            reduce_motion: true,
            hide_from_back: false,
            lang: None,
        };
        assert_eq!(decode::<Settings>(Some(&encode(&s))), Decoded::Current(s));
    }

    #[test]
    fn missing_fields_take_their_defaults_but_wrong_ones_are_corrupt() {
        let d = decode::<Settings>(Some("{\"v\":2,\"data\":{\"theme\":\"dark\"}}"));
        assert_eq!(
            d,
            Decoded::Current(Settings {
                theme: Theme::Dark,
                ..Settings::default()
            })
        );
        for bad in [
            "{\"v\":2,\"data\":{\"text_size\":null}}",
            "{\"v\":2,\"data\":{\"theme\":\"sepia\"}}",
            "{\"v\":2,\"data\":{\"reduce_motion\":1}}",
        ] {
            assert!(
                matches!(decode::<Settings>(Some(bad)), Decoded::Corrupt(_)),
                "{bad}"
            );
        }
    }

    #[test]
    fn version_one_settings_are_migrated() {
        let d = decode::<Settings>(Some(
            "{\"v\":1,\"data\":{\"large_text\":true,\"theme\":\"dark\"}}",
        ));
        assert_eq!(
            d,
            Decoded::Migrated(Settings {
                text_size: 3,
                theme: Theme::Dark,
                reduce_motion: false,
                hide_from_back: true,
                lang: None,
            })
        );
    }

    #[test]
    fn version_one_settings_with_an_unknown_theme_keep_their_text_size() {
        let d = decode::<Settings>(Some(
            "{\"v\":1,\"data\":{\"large_text\":true,\"theme\":[\"sepia\"]}}",
        ));
        assert_eq!(
            d,
            Decoded::Migrated(Settings {
                text_size: 3,
                theme: Theme::System,
                reduce_motion: false,
                hide_from_back: true,
                lang: None,
            })
        );
    }

    #[test]
    fn an_old_record_that_cannot_be_upgraded_is_corrupt() {
        assert!(matches!(
            decode::<Settings>(Some("{\"v\":1,\"data\":{}}")),
            Decoded::Corrupt(_)
        ));
    }

    #[test]
    fn stored_settings_out_of_range_are_clamped_when_read() {
        let d = decode::<Settings>(Some("{\"v\":2,\"data\":{\"text_size\":200}}"));
        assert_eq!(d.value().text_size, TEXT_SIZES - 1);
    }

    #[test]
    fn settings_out_of_range_are_clamped() {
        let s = Settings {
            text_size: 200,
            ..Settings::default()
        }
        .sanitised();
        assert_eq!(s.text_size, TEXT_SIZES - 1);
    }

    #[test]
    fn lantern_hides_from_back_unless_told_not_to() {
        assert!(Settings::default().hide_from_back);
        let off = Settings {
            hide_from_back: false,
            ..Settings::default()
        };
        assert!(encode(&off).contains("\"hide_from_back\":false"));
        assert!(!encode(&Settings::default()).contains("hide_from_back"));
        assert_eq!(
            decode::<Settings>(Some(&encode(&off))),
            Decoded::Current(off)
        );
    }

    #[test]
    fn one_change_leaves_the_other_settings_as_they_are() {
        let mut s = Settings {
            text_size: 4,
            ..Settings::default()
        };
        s.change(SettingsChange::Theme(Theme::Dark));
        assert_eq!((s.text_size, s.theme), (4, Theme::Dark));
        s.change(SettingsChange::TextSize(99));
        assert_eq!(s.text_size, TEXT_SIZES - 1);
    }
}
