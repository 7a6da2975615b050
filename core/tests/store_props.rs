//! Whatever a browser's storage hands back, decoding never panics.

use lantern_core::store::{
    decode, encode, Bookmarks, CachedQuiz, CachedReport, Contacts, CurrentQuiz, CurrentSession,
    Decoded, FacilitatorPrefs, FinishedSessions, History, Reading, Record, Settings,
};
use proptest::prelude::*;

fn decode_all(raw: &str) {
    let _ = decode::<Settings>(Some(raw));
    let _ = decode::<Bookmarks>(Some(raw));
    let _ = decode::<Reading>(Some(raw));
    let _ = decode::<Contacts>(Some(raw));
    let _ = decode::<CachedReport>(Some(raw));
    let _ = decode::<CachedQuiz>(Some(raw));
    let _ = decode::<CurrentQuiz>(Some(raw));
    let _ = decode::<History>(Some(raw));
    let _ = decode::<CurrentSession>(Some(raw));
    let _ = decode::<FinishedSessions>(Some(raw));
    let _ = decode::<FacilitatorPrefs>(Some(raw));
}

/// JSON-ish strings reach deeper into the decoders than random bytes do.
fn jsonish() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        "[a-z\\-\"\\\\]{0,12}".prop_map(|s| format!("{s:?}")),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec(("[a-z_]{1,12}", inner), 0..5).prop_map(|kv| {
                let body: Vec<String> = kv.into_iter().map(|(k, v)| format!("{k:?}:{v}")).collect();
                format!("{{{}}}", body.join(","))
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_string_decodes_without_panicking(raw in any::<String>()) {
        decode_all(&raw);
    }

    #[test]
    fn any_jsonish_data_in_an_envelope_decodes_without_panicking(data in jsonish(), v in 0u32..4) {
        decode_all(&format!("{{\"v\":{v},\"data\":{data}}}"));
        decode_all(&data);
    }

    #[test]
    fn a_truncated_record_is_corrupt_never_a_panic(cut in 0usize..200) {
        let full = encode(&Settings::default());
        let raw: String = full.chars().take(cut.min(full.chars().count().saturating_sub(1))).collect();
        prop_assert!(matches!(decode::<Settings>(Some(&raw)), Decoded::Corrupt(_)));
    }
}

#[test]
fn every_record_has_its_own_key() {
    let mut keys = vec![
        Settings::KEY,
        Bookmarks::KEY,
        Reading::KEY,
        Contacts::KEY,
        CachedReport::KEY,
        CachedQuiz::KEY,
        CurrentQuiz::KEY,
        History::KEY,
        CurrentSession::KEY,
        FinishedSessions::KEY,
        FacilitatorPrefs::KEY,
    ];
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "two records share a storage key");
}
