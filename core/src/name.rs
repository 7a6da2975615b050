//! One normaliser for every name a person types (team names, help contacts
//! and their notes): what cannot be seen is removed before anything else, so
//! a name that looks empty is empty, and two names that look the same are
//! the same.

/// Why a typed name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// Nothing is left once spaces and invisible characters are gone.
    Empty,
    /// Longer than the limit, in characters.
    TooLong,
}

/// Characters that control the terminal or the text's direction, or that
/// take no space at all. Zero-width joiners are judged apart: see [`clean`].
fn is_invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x00..=0x08
            | 0x0E..=0x1F
            | 0x7F..=0x84
            | 0x86..=0x9F
            | 0xAD // soft hyphen
            | 0x34F // combining grapheme joiner
            | 0x61C // Arabic letter mark
            | 0x115F | 0x1160 | 0x3164 | 0xFFA0 // Hangul fillers
            | 0x17B4 | 0x17B5 // Khmer inherent vowels, never meant to show
            | 0x180B..=0x180F // Mongolian free variation selectors and vowel separator
            | 0x200B // zero-width space
            | 0x200E | 0x200F // left-to-right and right-to-left marks
            | 0x202A..=0x202E // direction embeddings and overrides
            | 0x2060..=0x206F // word joiner, invisible operators, isolates
            | 0x2800 // braille blank
            | 0xFEFF // byte order mark
            | 0xFFF9..=0xFFFB // interlinear annotations
            | 0xE0000..=0xE007F // tags
    )
}

/// Spaces, and the line breaks and tabs that a one-line name turns into spaces.
fn is_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0D | 0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// ZWNJ and ZWJ shape Indic scripts (Nepali among them) and join emoji, so
/// they stay between two visible characters and go everywhere else.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Removes invisible characters (controls, zero-width spaces, direction
/// marks, stray joiners), then trims, and folds every run of spaces to one.
pub fn clean(raw: &str) -> String {
    let visible: Vec<char> = raw
        .chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| if is_space(c) { ' ' } else { c })
        .collect();
    let mut out = String::with_capacity(raw.len());
    for (i, &c) in visible.iter().enumerate() {
        if is_joiner(c) {
            let before = visible[..i]
                .last()
                .is_some_and(|&b| b != ' ' && !is_joiner(b));
            let after = visible[i + 1..].iter().find(|&&a| !is_joiner(a));
            if !(before && after.is_some_and(|&a| a != ' ')) {
                continue;
            }
        }
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The name as it will be kept, or why it cannot be.
pub fn normalise(raw: &str, max_chars: usize) -> Result<String, NameError> {
    let name = clean(raw);
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().count() > max_chars {
        return Err(NameError::TooLong);
    }
    Ok(name)
}

/// Whether two names would look the same to a room: compared cleaned, with
/// joiners left out, ignoring case.
pub fn same(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String { clean(s).chars().filter(|&c| !is_joiner(c)).collect() };
    crate::text::eq_ignoring_case(&key(a), &key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_go_before_the_name_is_trimmed() {
        assert_eq!(normalise("\u{1} Owls", 30), Ok("Owls".into()));
        assert_eq!(normalise(" \t Owls \u{7} ", 30), Ok("Owls".into()));
    }

    #[test]
    fn a_name_of_invisible_characters_is_empty() {
        for raw in [
            "\u{200B}",
            " \u{200B} ",
            "\u{202E}\u{200F}",
            "\u{3000}",
            "\u{2800}\u{FEFF}",
            "",
        ] {
            assert_eq!(normalise(raw, 30), Err(NameError::Empty), "{raw:?}");
        }
    }

    #[test]
    fn a_line_break_becomes_a_space() {
        assert_eq!(clean("Weekdays\nafter 4"), "Weekdays after 4");
    }

    #[test]
    fn runs_of_spaces_fold_to_one() {
        assert_eq!(
            clean("Lions \u{A0}\u{3000} and  Tigers"),
            "Lions and Tigers"
        );
    }

    #[test]
    fn names_that_look_the_same_are_the_same() {
        assert!(same("Ti\u{200B}gers", "Tigers"));
        assert!(same("tigers ", "TIGERS"));
        assert!(same("Tig\u{200D}ers", "Tigers"));
        assert!(!same("Tigers", "Lions"));
    }

    #[test]
    fn joiners_stay_inside_words_and_emoji() {
        // Nepali "क्‍ष" keeps its ZWJ; a family emoji keeps its joiners.
        assert_eq!(clean("क्\u{200D}ष"), "क्\u{200D}ष");
        assert_eq!(clean("👩\u{200D}👧"), "👩\u{200D}👧");
        assert_eq!(clean("\u{200D}Owls\u{200C} "), "Owls");
        assert_eq!(clean("Owls \u{200D} Bats"), "Owls Bats");
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        assert_eq!(
            normalise(&"ก".repeat(30), 30).map(|n| n.chars().count()),
            Ok(30)
        );
        assert_eq!(normalise(&"ก".repeat(31), 30), Err(NameError::TooLong));
    }
}
