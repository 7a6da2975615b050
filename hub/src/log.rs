//! Lines for the person at the terminal, bounded so that a careless or
//! hostile client cannot fill it: a path is cut short, and trouble that
//! repeats is one line a minute with a count, not one line per request.

use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

/// The most of a request path a log line carries.
pub const PATH_CHARS: usize = 200;

/// The least time between two lines about the same trouble.
pub const EVERY: Duration = Duration::from_secs(60);

/// Writes one line to stderr.
pub fn line(text: &str) {
    eprintln!("lantern-hub: {text}");
}

/// The first [`PATH_CHARS`] characters of `path`, saying how long the rest was.
pub fn short_path(path: &str) -> String {
    match path.char_indices().nth(PATH_CHARS) {
        None => path.to_string(),
        Some((cut, _)) => format!("{}… ({} bytes in all)", &path[..cut], path.len()),
    }
}

/// Lets one line of a kind through per [`EVERY`], counting those held back.
#[derive(Debug)]
pub struct Throttle {
    state: Mutex<Quiet>,
}

#[derive(Debug)]
struct Quiet {
    last: Option<Instant>,
    held_back: u64,
}

impl Throttle {
    pub const fn new() -> Self {
        Throttle {
            state: Mutex::new(Quiet {
                last: None,
                held_back: 0,
            }),
        }
    }

    /// `Some(n)` when a line may be written at `now` (`n` lines were held
    /// back since the last one), `None` when this one is to be held back.
    pub fn check(&self, now: Instant) -> Option<u64> {
        let mut q = self.state.lock().unwrap_or_else(|e| e.into_inner());
        match q.last {
            Some(last) if now.saturating_duration_since(last) < EVERY => {
                q.held_back += 1;
                None
            }
            _ => {
                q.last = Some(now);
                Some(std::mem::take(&mut q.held_back))
            }
        }
    }

    /// Writes `text` if the throttle lets it through, with the count of
    /// lines held back since the last one.
    pub fn line(&self, text: impl FnOnce() -> String) {
        if let Some(held_back) = self.check(Instant::now()) {
            line(&format!("{}{}", text(), held_back_note(held_back)));
        }
    }
}

impl Default for Throttle {
    fn default() -> Self {
        Self::new()
    }
}

fn held_back_note(n: u64) -> String {
    match n {
        0 => String::new(),
        1 => " (1 more like it in the last minute was not logged)".into(),
        n => format!(" ({n} more like it in the last minute were not logged)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_path_is_cut_to_200_characters() {
        assert_eq!(short_path("/read/intro"), "/read/intro");
        let exact = "a".repeat(PATH_CHARS);
        assert_eq!(short_path(&exact), exact);
        let long = format!("/{}", "é".repeat(5000));
        let cut = short_path(&long);
        assert!(cut.starts_with(&long.chars().take(PATH_CHARS).collect::<String>()));
        assert_eq!(cut.chars().filter(|&c| c == 'é').count(), PATH_CHARS - 1);
        assert!(
            cut.ends_with(&format!("… ({} bytes in all)", long.len())),
            "{cut}"
        );
    }

    #[test]
    fn a_throttle_lets_one_line_a_minute_through_and_counts_the_rest() {
        let t = Throttle::new();
        let start = Instant::now();
        assert_eq!(t.check(start), Some(0));
        for s in 1..60 {
            assert_eq!(t.check(start + Duration::from_secs(s)), None);
        }
        assert_eq!(t.check(start + EVERY), Some(59));
        assert_eq!(t.check(start + EVERY), None);
        assert_eq!(t.check(start + EVERY * 3), Some(1));
    }

    #[test]
    fn the_held_back_note_counts_in_words() {
        assert_eq!(held_back_note(0), "");
        assert!(held_back_note(1).contains("1 more like it"));
        assert!(held_back_note(7).contains("7 more like it"));
    }
}
