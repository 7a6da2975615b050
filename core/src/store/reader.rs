//! The reader's own marks: bookmarks and where they stopped reading.

use super::Record;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bookmarks {
    /// Section ids, newest first.
    pub sections: Vec<String>,
}

impl Bookmarks {
    pub fn contains(&self, id: &str) -> bool {
        self.sections.iter().any(|s| s == id)
    }

    /// Bookmarks `id` (as the newest) or removes it. Saying what it should be,
    /// rather than toggling, keeps a window from undoing another's change.
    pub fn set(&mut self, id: &str, on: bool) {
        let at = self.sections.iter().position(|s| s == id);
        match (at, on) {
            (None, true) => self.sections.insert(0, id.to_string()),
            (Some(i), false) => {
                self.sections.remove(i);
            }
            _ => {}
        }
    }
}

impl Record for Bookmarks {
    const KEY: &'static str = "bookmarks";
    const VERSION: u32 = 1;
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reading {
    /// The section last opened, for "Continue reading".
    pub last_section: Option<String>,
}

impl Record for Reading {
    const KEY: &'static str = "reading";
    const VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bookmark_is_added_newest_first_and_removed() {
        let mut b = Bookmarks::default();
        b.set("a", true);
        b.set("b", true);
        assert_eq!(b.sections, ["b", "a"]);
        b.set("a", false);
        assert_eq!(b.sections, ["b"]);
    }

    #[test]
    fn setting_a_bookmark_twice_keeps_one() {
        let mut b = Bookmarks::default();
        b.set("a", true);
        b.set("a", true);
        assert_eq!(b.sections, ["a"]);
        b.set("z", false);
        assert_eq!(b.sections, ["a"]);
    }
}
