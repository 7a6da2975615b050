//! Letters and case for matching text, without std's Unicode tables (they
//! cost the app ~20 KB of wasm). Covers the cased scripts a reader here may
//! type — Latin with every diacritic Vietnamese and pinyin use, Greek,
//! Cyrillic (Mongolian too), fullwidth Latin — and treats the caseless
//! scripts of the region (Thai, Lao, Khmer, Myanmar, Chinese, Japanese,
//! Korean…) as letters. Tests hold both functions against std on those
//! ranges; the African and IPA letters of Latin Extended-B and the scripts
//! of other regions keep their case.

/// Lower case of one character (simple mapping: one character to one).
pub fn lower(c: char) -> char {
    let n = c as u32;
    let even = n.is_multiple_of(2);
    let m = match n {
        0x41..=0x5A => n + 0x20,
        0xC0..=0xDE if n != 0xD7 => n + 0x20,
        // Latin Extended-A: pairs, upper case first (İ lowers to a plain i).
        0x130 => 0x69,
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 if even => n + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => n + 1,
        // Latin Extended-B: Vietnamese horn letters, pinyin tone letters and
        // the regular pairs (not the African and IPA letters around 0x181).
        0x1A0 | 0x1AF | 0x1F4 => n + 1,
        0x1CD..=0x1DB if !even => n + 1,
        0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 | 0x246..=0x24F if even => n + 1,
        // Greek.
        0x370 | 0x372 | 0x376 | 0x3F7 | 0x3FA => n + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 63,
        0x391..=0x3AB if n != 0x3A2 => n + 0x20,
        0x3D8..=0x3EF if even => n + 1,
        // Cyrillic, with the letters Mongolian and Kazakh add.
        0x400..=0x40F => n + 0x50,
        0x410..=0x42F => n + 0x20,
        0x4C0 => 0x4CF,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => n + 1,
        0x4C1..=0x4CE if !even => n + 1,
        // Latin Extended Additional: Vietnamese tone letters.
        0x1E9E => 0xDF,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => n + 1,
        // Fullwidth Latin, as CJK keyboards type it.
        0xFF21..=0xFF3A => n + 0x20,
        _ => n,
    };
    char::from_u32(m).unwrap_or(c)
}

/// Whether a character belongs to a word (a letter or digit of any script),
/// rather than separating words (space, punctuation, symbols, emoji).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let n = c as u32;
    let separator = matches!(
        n,
        // C1 controls, Latin-1 punctuation and symbols (ª µ º ² ³ ¹ ¼ ½ ¾ stay letters)
        0x80..=0xA9
            | 0xAB..=0xB1
            | 0xB4
            | 0xB6..=0xB8
            | 0xBB
            | 0xBF
            | 0xD7
            | 0xF7
            // Greek and Cyrillic punctuation
            | 0x375
            | 0x37E
            | 0x384..=0x385
            | 0x387
            | 0x3F6
            | 0x482
            // spaces, dashes, quotes, bullets, ellipsis, format characters
            | 0x2000..=0x206F
            // currency, arrows, maths, technical, box drawing, shapes, dingbats
            | 0x20A0..=0x20CF
            | 0x2190..=0x2775
            | 0x2794..=0x2BFF
            // CJK punctuation (々 〆 〇 stay letters)
            | 0x3000..=0x3004
            | 0x3008..=0x3020
            | 0x302A..=0x3030
            | 0x3036..=0x3037
            | 0x303D..=0x303F
            | 0xFE10..=0xFE19
            | 0xFE30..=0xFE6F
            | 0xFEFF
            // fullwidth punctuation
            | 0xFF01..=0xFF0F
            | 0xFF1A..=0xFF20
            | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65
            | 0xFFF9..=0xFFFD
            // emoji and pictographs
            | 0x1F000..=0x1FAFF
    );
    !separator && !is_combining_mark(c) && !c.is_whitespace()
}

/// Combining diacritics: part of the letter before them, dropped when folding.
pub fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// `s` in lower case, character by character.
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// Equal ignoring case ("Tigers" and "tigers" name the same team).
pub fn eq_ignoring_case(a: &str, b: &str) -> bool {
    a.chars().map(lower).eq(b.chars().map(lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std_lower(c: char) -> Option<char> {
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        }
    }

    fn chars(ranges: &[std::ops::RangeInclusive<u32>]) -> impl Iterator<Item = char> + '_ {
        ranges
            .iter()
            .flat_map(|r| r.clone())
            .filter_map(char::from_u32)
    }

    #[test]
    fn lower_agrees_with_std_on_the_scripts_it_covers() {
        let covered = [
            0x0..=0x180,
            0x1A0..=0x1A1,
            0x1AF..=0x1B0,
            0x1CD..=0x1DC,
            0x1DE..=0x1EF,
            0x1F4..=0x1F5,
            0x1F8..=0x21F,
            0x222..=0x233,
            0x246..=0x24F,
            0x370..=0x373,
            0x376..=0x377,
            0x386..=0x3CE,
            0x3D8..=0x3EF,
            0x400..=0x52F,
            0x1E00..=0x1EFF,
            0xFF00..=0xFF65,
        ];
        let bad: Vec<String> = chars(&covered)
            .filter(|&c| std_lower(c).is_some_and(|l| lower(c) != l))
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(lower('İ'), 'i');
    }

    #[test]
    fn lower_never_changes_a_character_std_leaves_alone() {
        for c in chars(&[0x0..=0x2FFFF]) {
            if lower(c) != c {
                assert_eq!(Some(lower(c)), std_lower(c).or(Some('i')), "{c:?}");
            }
        }
    }

    #[test]
    fn word_characters_agree_with_std_where_they_matter() {
        let ranges = [
            0x80..=0x24F,
            0x370..=0x3FF,
            0x400..=0x482,
            0x48A..=0x52F,
            0x0E01..=0x0E3A,
            0x1E00..=0x1EFF,
            0x2000..=0x2064,
            0x3000..=0x303F,
            0xFF01..=0xFF65,
        ];
        // Code points Unicode has not assigned yet (std calls them not letters).
        let unassigned = [
            0x378, 0x379, 0x380, 0x381, 0x382, 0x383, 0x38B, 0x38D, 0x3A2,
        ];
        let bad: Vec<String> = chars(&ranges)
            .filter(|c| !unassigned.contains(&(*c as u32)))
            .filter(|&c| is_word_char(c) != c.is_alphanumeric())
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
        for c in [
            '“', '”', '‘', '’', '–', '—', '…', '•', '©', '🐯', '、', '。', '「', '！', '\u{a0}',
        ] {
            assert!(!is_word_char(c), "{c:?}");
        }
        for c in [
            'é', 'ệ', 'ơ', 'Ω', 'Ж', 'ө', 'ก', 'ລ', 'ក', 'က', '中', 'あ', '한', '々',
        ] {
            assert!(is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn case_is_ignored_across_scripts() {
        assert!(eq_ignoring_case("Tigers", "tIGERS"));
        assert!(eq_ignoring_case("ĐỘI HỔ", "đội hổ"));
        assert!(eq_ignoring_case("ТИГРЫ", "тигры"));
        assert!(eq_ignoring_case("ӨНГӨ", "өнгө"));
        assert!(!eq_ignoring_case("Tigers", "Tiger"));
        assert_eq!(lowercase("Lao PDR"), "lao pdr");
    }
}
