//! How the build writes the report and the question bank: each struct as
//! an array of its fields in order, not an object naming them. Serde reads
//! either form, so the app is unchanged; a first visit downloads the names
//! of 148 questions' 11 fields no more (-0.6 KB brotli for the English bank).

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

/// `value` as JSON with every struct of two or more fields as an array.
/// The text is read back and compared, so a field out of place (one left
/// out in the middle, say) fails the build instead of a reader's phone.
pub fn to_json<T>(value: &T) -> Result<String, String>
where
    T: Serialize + DeserializeOwned + PartialEq,
{
    let tree = serde_json::to_value(value).map_err(|e| e.to_string())?;
    let json = serde_json::to_string(&positional(tree)).map_err(|e| e.to_string())?;
    match serde_json::from_str::<T>(&json) {
        Ok(back) if back == *value => Ok(json),
        Ok(_) => Err("its positional form reads back as something else".into()),
        Err(e) => Err(format!("its positional form does not read back ({e})")),
    }
}

fn positional(value: Value) -> Value {
    match value {
        // The fields in their declared order (serde_json's `preserve_order`).
        Value::Object(fields) if fields.len() > 1 => {
            Value::Array(fields.into_iter().map(|(_, v)| positional(v)).collect())
        }
        // One key: an enum's variant, kept by name (a struct of one field
        // reads either way).
        Value::Object(one) => {
            Value::Object(one.into_iter().map(|(k, v)| (k, positional(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(positional).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::to_json;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    enum Block {
        #[serde(rename = "para")]
        Para(String),
        #[serde(rename = "pair")]
        Pair(Pair),
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Pair {
        a: String,
        b: u8,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Doc {
        title: String,
        blocks: Vec<Block>,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Skips {
        a: u8,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        middle: Vec<u8>,
        z: String,
    }

    #[test]
    fn structs_become_arrays_in_field_order_and_variants_keep_their_names() {
        let doc = Doc {
            title: "T".into(),
            blocks: vec![
                Block::Para("p".into()),
                Block::Pair(Pair {
                    a: "x".into(),
                    b: 2,
                }),
            ],
        };
        assert_eq!(
            to_json(&doc).unwrap(),
            r#"["T",[{"para":"p"},{"pair":["x",2]}]]"#
        );
    }

    #[test]
    fn a_field_left_out_in_the_middle_fails_instead_of_shifting_the_rest() {
        let s = Skips {
            a: 1,
            middle: vec![],
            z: "z".into(),
        };
        assert!(to_json(&s).is_err());
        let full = Skips {
            a: 1,
            middle: vec![3],
            z: "z".into(),
        };
        assert_eq!(to_json(&full).unwrap(), r#"[1,[3],"z"]"#);
    }
}
