//! Enums named by a fixed list of slugs: the slug is the serde form, and what
//! the shell maps to words and CSS classes.

/// Declares the enum with serde renames, `slug()` and `from_slug()`, all from
/// one list, so the three can never disagree.
#[macro_export]
macro_rules! slug_enum {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize)]
        $vis enum $name {
            $($(#[$vm])* #[serde(rename = $slug)] $variant),+
        }

        // Read through `from_slug`: serde's derived reader for an enum
        // weighs ~1 KB of wasm for each, where this shares one string read.
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = ::std::string::String::deserialize(d)?;
                $name::from_slug(&s).ok_or_else(|| {
                    <D::Error as ::serde::de::Error>::unknown_variant(&s, &[$($slug),+])
                })
            }
        }

        impl $name {
            /// The stable name: the JSON form, and what the shell maps to words and classes.
            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug),+
                }
            }

            pub fn from_slug(s: &str) -> Option<$name> {
                match s {
                    $($slug => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}
