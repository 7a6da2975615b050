//! `cargo xtask test`: native tests, a release build, then the browser tests
//! against that build served by lantern-hub. Ends with the runners' summaries
//! and one combined line.

use crate::{bench, build, build_hub, setup, step, RunningHub};
use anyhow::{bail, Context, Result};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub passed: u64,
    pub failed: u64,
    pub skipped: u64,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.passed += o.passed;
        self.failed += o.failed;
        self.skipped += o.skipped;
    }
}

/// Reads `test result: ok. 18 passed; 0 failed; 2 ignored; …` lines.
pub fn cargo_tally(line: &str) -> Option<Tally> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let num = |word: &str| -> u64 {
        rest.split(';')
            .find_map(|part| {
                part.trim()
                    .trim_start_matches("ok.")
                    .trim_start_matches("FAILED.")
                    .trim()
                    .strip_suffix(word)
            })
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    };
    Some(Tally {
        passed: num("passed"),
        failed: num("failed"),
        skipped: num("ignored"),
    })
}

/// Reads Playwright's closing lines: `  12 passed (31.2s)`, `  1 failed`, `  2 skipped`, `  1 flaky`.
pub fn playwright_tally(line: &str, t: &mut Tally) {
    let mut words = line.split_whitespace();
    let (Some(n), Some(kind)) = (words.next(), words.next()) else {
        return;
    };
    let Ok(n) = n.parse::<u64>() else { return };
    match kind {
        "passed" => t.passed += n,
        "failed" | "flaky" | "interrupted" => t.failed += n,
        "skipped" | "did" => t.skipped += n,
        _ => {}
    }
}

/// Runs a command, echoing its stdout while scanning each line.
fn run_scanning(cmd: &mut Command, mut scan: impl FnMut(&str)) -> Result<bool> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .context("starting a test runner")?;
    let stdout = child.stdout.take().expect("piped");
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        println!("{line}");
        scan(&line);
    }
    Ok(child.wait()?.success())
}

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    if let Some(a) = args.first() {
        bail!("`cargo xtask test` takes no options (got `{a}`)");
    }
    let started = std::time::Instant::now();
    setup::ensure_wasm_target()?;
    setup::ensure_node_modules(root)?;
    setup::ensure_chromium()?;

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // The style rules are tests too: formatting, and clippy with no warnings,
    // natively and for the app's wasm target.
    let mut native = Tally::default();
    let lints: [(&str, &[&str]); 3] = [
        ("cargo fmt --check", &["fmt", "--all", "--", "--check"]),
        (
            "cargo clippy -D warnings",
            &[
                "clippy",
                "--workspace",
                "--exclude",
                "lantern",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
        (
            "cargo clippy -D warnings (the app, wasm32)",
            &[
                "clippy",
                "-p",
                "lantern",
                "--target",
                "wasm32-unknown-unknown",
                "--",
                "-D",
                "warnings",
            ],
        ),
    ];
    for (name, args) in lints {
        step(name);
        let ok = Command::new(&cargo)
            .current_dir(root)
            .args(args)
            .status()
            .with_context(|| format!("running {name}"))?
            .success();
        if ok {
            native.passed += 1;
        } else {
            println!("{name}: FAILED");
            native.failed += 1;
        }
    }

    step("native tests (cargo test)");
    let native_ok = run_scanning(
        Command::new(&cargo).current_dir(root).args([
            "test",
            "--workspace",
            "--exclude",
            "lantern",
        ]),
        |l| {
            if let Some(t) = cargo_tally(l) {
                native.add(t);
            }
        },
    )?;

    let opts = build::BuildOptions::new(root);
    build::build(root, &opts)?;
    // The size guard: dist/build.json against bench/budget.toml. A failure is
    // reported now and fails the run at the end, after the browser tests.
    step("size budget (bench/budget.toml)");
    let budget = bench::guard(root, &opts.out);
    match &budget {
        Ok(line) => println!("{line}"),
        Err(e) => println!("{e:#}"),
    }
    let pwa = prepare_pwa_builds(root)?;
    let hub_bin = build_hub(root)?;
    let hub = RunningHub::start(&hub_bin, &opts.out)?;
    step(&format!(
        "browser tests (Playwright, Chromium) against {}",
        hub.url
    ));

    let mut browser = Tally::default();
    let npx = root.join("node_modules/.bin/playwright");
    let browser_ok = run_scanning(
        Command::new(npx)
            .current_dir(root)
            .args(["test", "--reporter=list"])
            .env("LANTERN_URL", &hub.url)
            .env("LANTERN_HUB", &hub_bin)
            .env("LANTERN_DIST", &opts.out)
            .env("LANTERN_DIST_B", &pwa.dist_b)
            .env("LANTERN_DIST_BROKEN", &pwa.dist_broken)
            .env("LANTERN_B_MARKER", B_MARKER)
            .env("CHROMIUM_PATH", setup::chromium_path()),
        |l| playwright_tally(l, &mut browser),
    )?;
    drop(hub);

    println!();
    println!(
        "cargo test: {} passed, {} failed, {} skipped",
        native.passed, native.failed, native.skipped
    );
    println!(
        "playwright: {} passed, {} failed, {} skipped",
        browser.passed, browser.failed, browser.skipped
    );
    match &budget {
        Ok(line) => println!("{line}"),
        Err(e) => println!("{e:#}"),
    }
    let mut all = native;
    all.add(browser);
    step(&format!(
        "finished in {:.0}s",
        started.elapsed().as_secs_f64()
    ));
    println!("total: {} passed, {} failed", all.passed, all.failed);
    if !native_ok || !browser_ok || all.failed > 0 {
        bail!("some tests failed");
    }
    if budget.is_err() {
        bail!("the build is over its size budget (bench/budget.toml; see above)");
    }
    if browser.passed == 0 || native.passed == 0 {
        bail!("a test runner ran no tests");
    }
    Ok(())
}

/// The sentence build B adds to the conclusion, so a test can tell B is running.
pub const B_MARKER: &str = "This copy of the report comes from test build B.";

/// Where the service-worker tests find their extra deploys.
pub struct PwaBuilds {
    pub dist_b: PathBuf,
    pub dist_broken: PathBuf,
}

/// Build B (the same app from a copy of `content/` with one sentence added:
/// new data, new index.html, new sw.js, but no recompiled wasm) and a broken
/// deploy of B (one precached file deleted), for the update tests.
pub fn prepare_pwa_builds(root: &Path) -> Result<PwaBuilds> {
    step("preparing build B and a broken deploy for the service-worker tests");
    let e2e = root.join("target/e2e");
    let content_b = e2e.join("content-b");
    let _ = fs::remove_dir_all(&content_b);
    copy_tree(&root.join("content"), &content_b)?;
    let report = content_b.join("en/report.md");
    let text = fs::read_to_string(&report)?;
    let heading = "# Conclusion {#conclusion}\n";
    if !text.contains(heading) {
        bail!(
            "content/en/report.md has no `{}` line for build B to change",
            heading.trim()
        );
    }
    let text = text.replacen(heading, &format!("{heading}\n{B_MARKER}\n"), 1);
    fs::write(&report, text)?;

    let mut b = build::BuildOptions::new(root);
    b.content = content_b;
    b.out = e2e.join("dist-b");
    let record = build::build(root, &b)?;

    let broken = e2e.join("dist-broken");
    let _ = fs::remove_dir_all(&broken);
    copy_tree(&b.out, &broken)?;
    let missing = record
        .data
        .get("report.en")
        .context("build B has no report.en")?;
    for suffix in ["", ".br", ".gz"] {
        fs::remove_file(broken.join(format!("{missing}{suffix}")))?;
    }
    Ok(PwaBuilds {
        dist_b: b.out,
        dist_broken: broken,
    })
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_summary_line_is_tallied() {
        let t = cargo_tally("test result: ok. 18 passed; 0 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.00s");
        assert_eq!(
            t,
            Some(Tally {
                passed: 18,
                failed: 0,
                skipped: 2
            })
        );
        let t = cargo_tally(
            "test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out",
        );
        assert_eq!(
            t,
            Some(Tally {
                passed: 3,
                failed: 1,
                skipped: 0
            })
        );
        assert_eq!(cargo_tally("running 3 tests"), None);
    }

    #[test]
    fn playwright_closing_lines_are_tallied() {
        let mut t = Tally::default();
        for l in [
            "  1 failed",
            "    [chromium] › a.spec.ts:3:1 › x",
            "  2 skipped",
            "  12 passed (31.2s)",
            "  1 flaky",
        ] {
            playwright_tally(l, &mut t);
        }
        assert_eq!(
            t,
            Tally {
                passed: 12,
                failed: 2,
                skipped: 2
            }
        );
    }

    #[test]
    fn wasm_bindgen_cli_support_is_pinned_to_the_wasm_bindgen_in_the_lockfile() {
        let root = crate::workspace_root();
        let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
        let version_of = |name: &str| -> String {
            let marker = format!("name = \"{name}\"\nversion = \"");
            let start = lock
                .find(&marker)
                .unwrap_or_else(|| panic!("{name} not in Cargo.lock"))
                + marker.len();
            lock[start..].split('"').next().unwrap().to_string()
        };
        let lib = version_of("wasm-bindgen");
        assert_eq!(
            version_of("wasm-bindgen-cli-support"),
            lib,
            "wasm-bindgen-cli-support must match wasm-bindgen"
        );
        let manifest = std::fs::read_to_string(root.join("xtask/Cargo.toml")).unwrap();
        assert!(
            manifest.contains(&format!("wasm-bindgen-cli-support = \"={lib}\"")),
            "xtask must pin `={lib}`"
        );
        let app = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
        assert!(
            app.contains(&format!("wasm-bindgen = \"={lib}\"")),
            "the app must pin wasm-bindgen `={lib}`"
        );
    }
}
