//! The bench's live classroom: a release hub with `--lan` on loopback, and
//! `hub/examples/live_load.rs` playing a host and 60 phones through a
//! 30-question session. Reports the time from an answer to the host's
//! count (p50, p95, max) and the hub's memory over the session.

use std::{path::Path, process::Command};

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use crate::{step, RunningHub};

pub const PLAYERS: usize = 60;
pub const QUESTIONS: usize = 30;
/// The target: an answer reaches the host's count within this, p95.
pub const P95_MS: f64 = 200.0;

/// The example's one `live:` line, as numbers by name.
pub fn parse(line: &str) -> Option<Value> {
    let rest = line.trim().strip_prefix("live:")?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut out = serde_json::Map::new();
    for pair in words.chunks(2) {
        let [name, value] = pair else { return None };
        out.insert((*name).to_string(), json!(value.parse::<f64>().ok()?));
    }
    out.contains_key("p95_ms").then_some(Value::Object(out))
}

pub fn measure(root: &Path, dist: &Path) -> Result<Value> {
    step(&format!(
        "live classroom: {PLAYERS} phones, {QUESTIONS} questions (release hub)"
    ));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let built = Command::new(&cargo)
        .current_dir(root)
        .args(["build", "--quiet", "--release", "-p", "lantern-hub"])
        .args(["--bin", "lantern-hub", "--example", "live_load"])
        .status()?;
    if !built.success() {
        bail!("the release hub or its load example failed to compile");
    }
    let release = root.join("target/release");
    let state = root.join("target/bench/live-state");
    let _ = std::fs::remove_dir_all(&state);
    let hub = RunningHub::start_with(
        &release.join("lantern-hub"),
        dist,
        &["--lan", "--host", "127.0.0.1", "--state"],
        Some(&state),
    )?;
    let out = Command::new(release.join("examples/live_load"))
        .arg(hub.addr()?.to_string())
        .arg(hub.pid().to_string())
        .args([PLAYERS.to_string(), QUESTIONS.to_string()])
        .output()
        .context("running live_load")?;
    drop(hub);
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!(
            "live_load failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    stdout
        .lines()
        .find_map(parse)
        .context("live_load printed no `live:` line")
}

pub fn section(r: &Result<Value>) -> String {
    let mut t = String::from("\nLive classroom (hub/examples/live_load.rs over loopback)\n");
    match r {
        Ok(v) => {
            let n = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
            let p95 = n("p95_ms");
            t += &format!(
                "  {} phones, {} questions, {} answers; all joined in {:.2} s\n",
                n("players"),
                n("questions"),
                n("answers"),
                n("joined_s")
            );
            t += &format!(
                "  answer to the host's count: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms  (target p95 <= {P95_MS} ms) {}\n",
                n("p50_ms"),
                p95,
                n("max_ms"),
                if p95 <= P95_MS { "ok" } else { "MISS" }
            );
            t += &format!(
                "  hub memory (VmRSS): {} KB at the start, {} KB after question 1, {} KB at the end, {} KB at most\n",
                n("rss_kb_start"),
                n("rss_kb_after_q1"),
                n("rss_kb_end"),
                n("rss_kb_max")
            );
        }
        Err(e) => t += &format!("  error: {e:#}  MISS\n"),
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_line_reads_as_numbers() {
        let v =
            parse("live: players 60 questions 30 answers 1800 p50_ms 0.8 p95_ms 1.5 max_ms 43.6")
                .unwrap();
        assert_eq!(v["p95_ms"], 1.5);
        assert_eq!(v["answers"], 1800.0);
        assert_eq!(parse("live: players sixty p95_ms 1"), None);
        assert_eq!(parse("search: p95 1"), None);
    }
}
