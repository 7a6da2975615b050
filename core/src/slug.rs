//! Enums named by a fixed list of slugs: the slug is the serde form, and what
//! the shell maps to words and CSS classes.

/// Declares the enum with serde renames, `slug()` and `from_slug()`, all from
/// one list, so the three can never disagree.
#[macro_export]
macro_rules! slug_enum {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        $vis enum $name {
            $($(#[$vm])* #[serde(rename = $slug)] $variant),+
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
