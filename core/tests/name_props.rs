//! Whatever a person types, the name normaliser gives a name that is valid,
//! or refuses it with a reason; it never panics.

use lantern_core::name::{clean, normalise, same, NameError};
use proptest::prelude::*;

/// Text that mixes what people type with what hides in pasted text.
fn typed() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z ]{0,6}",
        Just("\u{200B}".to_string()),
        Just("\u{200D}".to_string()),
        Just("\u{200C}".to_string()),
        Just("\u{202E}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("\u{3000}".to_string()),
        Just("\u{A0}".to_string()),
        Just("\t\n".to_string()),
        Just("\u{1}".to_string()),
        Just("ไทย".to_string()),
        Just("क्ष".to_string()),
        Just("🐯".to_string()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}' | '\u{202E}' | '\u{FEFF}' | '\u{3000}' | '\u{A0}'
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_a_valid_name_or_a_reason(raw in typed(), max in 1usize..40) {
        match normalise(&raw, max) {
            Ok(name) => {
                prop_assert!(!name.is_empty());
                prop_assert!(name.chars().count() <= max);
                prop_assert!(!name.starts_with(' ') && !name.ends_with(' '));
                prop_assert!(!name.contains("  "));
                prop_assert!(!name.chars().any(is_hidden), "{name:?}");
                let joiners = ['\u{200C}', '\u{200D}'];
                prop_assert!(!name.starts_with(joiners), "{:?}", name);
                prop_assert!(!name.ends_with(joiners), "{:?}", name);
                // Normalising again changes nothing.
                prop_assert_eq!(normalise(&name, max), Ok(name.clone()));
                prop_assert!(same(&name, &raw));
            }
            Err(NameError::Empty) => prop_assert!(clean(&raw).is_empty()),
            Err(NameError::TooLong) => prop_assert!(clean(&raw).chars().count() > max),
        }
    }

    #[test]
    fn hidden_characters_never_make_two_names(name in "[a-zA-Z]{1,8}", at in 0usize..8, hidden in prop_oneof![Just('\u{200B}'), Just('\u{200D}'), Just('\u{2060}'), Just('\u{FEFF}')]) {
        let mut chars: Vec<char> = name.chars().collect();
        chars.insert(at.min(chars.len()), hidden);
        let sneaky: String = chars.into_iter().collect();
        prop_assert!(same(&sneaky, &name));
    }
}
