//! The data assets' form: each struct of the report and the question bank
//! is written and read as an array of its fields in order, not an object
//! naming them. A first visit downloads no field names (-0.6 KB brotli for
//! the English bank), and the app carries one reader for each struct, where
//! serde's derived one reads objects too: that second path weighed 3.4 KB of
//! brotli in the wasm for the report and the bank.

/// Declares a struct whose serde form is the tuple of its fields, in the
/// order they are declared. Serde's own tuple impls do the work, so a
/// missing, extra or mistyped field is a serde error like any other.
#[macro_export]
macro_rules! positional {
    ($(#[$m:meta])* pub struct $name:ident {
        $($(#[$fm:meta])* pub $field:ident: $ty:ty),+ $(,)?
    }) => {
        $(#[$m])*
        pub struct $name {
            $($(#[$fm])* pub $field: $ty),+
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(&($(&self.$field,)+), s)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let ($($field,)+) = <($($ty,)+) as ::serde::Deserialize>::deserialize(d)?;
                Ok($name { $($field),+ })
            }
        }
    };
}

/// `value` as the JSON a data asset holds, read back and compared, so a
/// value the form cannot carry fails the build instead of a reader's phone.
#[cfg(feature = "compile")]
pub fn to_json<T>(value: &T) -> Result<String, String>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq,
{
    let json = serde_json::to_string(value).map_err(|e| e.to_string())?;
    match serde_json::from_str::<T>(&json) {
        Ok(back) if back == *value => Ok(json),
        Ok(_) => Err("its JSON reads back as something else".into()),
        Err(e) => Err(format!("its JSON does not read back ({e})")),
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    crate::positional! {
        #[derive(Debug, PartialEq)]
        pub struct Pair {
            /// Docs and attributes on a field are kept.
            pub a: String,
            pub b: u8,
        }
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Block {
        Para(String),
        Pair(Pair),
    }

    #[test]
    fn a_struct_is_an_array_of_its_fields_in_order_and_a_variant_keeps_its_name() {
        let blocks = vec![
            Block::Para("p".into()),
            Block::Pair(Pair {
                a: "x".into(),
                b: 2,
            }),
        ];
        let json = serde_json::to_string(&blocks).unwrap();
        assert_eq!(json, r#"[{"para":"p"},{"pair":["x",2]}]"#);
        assert_eq!(serde_json::from_str::<Vec<Block>>(&json).unwrap(), blocks);
    }

    #[test]
    fn an_object_a_short_or_long_array_or_a_wrong_type_is_refused() {
        for bad in [
            r#"{"a":"x","b":2}"#,
            r#"["x"]"#,
            r#"["x",2,3]"#,
            r#"[2,"x"]"#,
            r#""x""#,
        ] {
            assert!(serde_json::from_str::<Pair>(bad).is_err(), "{bad}");
        }
    }
}
