//! The JSON parser and writer held against serde_json, on inputs no one
//! would write by hand.

use lantern_core::json::{self, Value};
use proptest::prelude::*;

/// Text drawn from JSON's own alphabet, so most inputs get deep into the parser.
fn jsonish() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just(" ".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("true".to_string()),
        Just("null".to_string()),
        "[a-z]{1,3}",
        "-?[0-9]{1,3}(\\.[0-9]{0,2})?([eE][+-]?[0-9]{0,2})?",
        "\\\\u[0-9a-fA-F]{0,4}",
        "[\\x00-\\x1f\u{e9}\u{1f42f}]",
    ];
    prop::collection::vec(atom, 0..24).prop_map(|parts| parts.concat())
}

/// Strings of every kind: quotes, backslashes, control characters, non-ASCII.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"\\\\\\x00-\\x1f\\x7f a-z\u{e9}\u{2028}\u{1f42f}]{0,16}"
    ]
}

/// Any JSON document, as serde_json writes it (compact or pretty).
fn document() -> impl Strategy<Value = (serde_json::Value, bool)> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e300f64..1e300).prop_map(serde_json::Value::from),
        any_text().prop_map(serde_json::Value::String),
    ];
    let tree = leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(any_text(), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    (tree, any::<bool>())
}

fn same_tree(ours: &Value<'_>, theirs: &serde_json::Value) -> bool {
    match (ours, theirs) {
        (Value::Null, serde_json::Value::Null) => true,
        (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
        // Kept as text here; the same number to within f64 rounding.
        (Value::Number(a), serde_json::Value::Number(b)) => match (a.parse::<f64>(), b.as_f64()) {
            (Ok(x), Some(y)) => x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
            _ => false,
        },
        (Value::String(a), serde_json::Value::String(b)) => a == b,
        (Value::Array(a), serde_json::Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_tree(x, y))
        }
        (Value::Object(a), serde_json::Value::Object(b)) => {
            let mut keys: Vec<&str> = a.iter().map(|(k, _)| &**k).collect();
            keys.sort_unstable();
            keys.dedup();
            if keys.len() < a.len() {
                // serde_json's map keeps the last of a repeated key, ours the first.
                return keys.len() == b.len();
            }
            a.len() == b.len()
                && a.iter()
                    .all(|(k, v)| b.get(&**k).is_some_and(|w| same_tree(v, w)))
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn the_parser_accepts_exactly_what_serde_json_accepts(text in jsonish()) {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        // serde_json also refuses numbers too large for an f64, which we keep as text.
        let huge = theirs.as_ref().err().is_some_and(|e| e.to_string().contains("out of range"));
        if !huge {
            prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?}", text, ours);
        }
        if let (Ok(a), Ok(b)) = (&ours, &theirs) {
            prop_assert!(same_tree(a, b), "{:?}", text);
        }
    }

    #[test]
    fn every_document_serde_json_writes_parses_to_the_same_tree((doc, pretty) in document()) {
        let text = if pretty {
            serde_json::to_string_pretty(&doc).unwrap()
        } else {
            serde_json::to_string(&doc).unwrap()
        };
        let ours = json::parse(&text);
        prop_assert!(ours.as_ref().is_ok_and(|v| same_tree(v, &doc)), "{:?}: {:?}", text, ours);
    }

    #[test]
    fn strings_are_written_byte_for_byte_as_serde_json_writes_them(s in any_text()) {
        prop_assert_eq!(json::to_string(&s), serde_json::to_string(&s).unwrap());
    }

    #[test]
    fn every_string_reads_back_as_written(s in any_text()) {
        prop_assert_eq!(json::from_str::<String>(&json::to_string(&s)), Ok(s.clone()));
        // Every character as `\uXXXX` escapes (surrogate pairs above U+FFFF) reads the same.
        let escaped: String = s.encode_utf16().map(|u| format!("\\u{u:04X}")).collect();
        prop_assert_eq!(json::from_str::<String>(&format!("\"{escaped}\"")), Ok(s));
    }

    #[test]
    fn whole_numbers_read_back_as_written(n in any::<u64>()) {
        prop_assert_eq!(json::to_string(&n), n.to_string());
        prop_assert_eq!(json::from_str::<u64>(&n.to_string()), Ok(n));
    }

    #[test]
    fn any_text_parses_or_fails_without_panicking(text in any::<String>()) {
        let _ = json::parse(&text);
    }
}
