//! `cargo xtask bench`: builds the release app into `target/bench/dist/`,
//! serves it with lantern-hub and measures what a reader on a cheap phone
//! pays: bytes, Lighthouse on two throttled profiles, first visits through
//! three shaped lines (`bench/first-visit.mjs`), an offline repeat
//! start at 4× CPU, search latency, data parse time, and the hub's latency
//! while a few hundred idle sockets are held against it. Prints a table and
//! writes `target/bench/report.json`. A missed target is reported, never an
//! error: the timed numbers depend on the machine.
//!
//! Also home of the size budget (`bench/budget.toml`) that `cargo xtask test`
//! holds `dist/build.json` against.

use crate::build::{self, kb};
use crate::dist::BuildRecord;
use crate::{build_hub, hubload, liveload, setup, step, RunningHub};
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

/// The report's verbatim text: the floor for carrying it.
pub const SOURCE_TEXT: &str = "content/source/000_2058c5c270a837be.txt";
pub const BUDGET_FILE: &str = "bench/budget.toml";

const LIGHTHOUSE_CHROME_FLAGS: &str = "--chrome-flags=--headless=new --no-sandbox --disable-gpu \
     --disable-dev-shm-usage --disable-background-networking --disable-component-update \
     --disable-sync --disable-quic";

// ---------------------------------------------------------------- targets

/// The issue's targets (never test assertions).
pub mod target {
    pub const FIRST_VISIT_BROTLI: u64 = 150_000;
    pub const LH_PERFORMANCE: f64 = 98.0;
    pub const LH_OTHER: f64 = 100.0;
    pub const LCP_MS: f64 = 2000.0;
    pub const OFFLINE_START_MS: f64 = 1000.0;
    pub const SEARCH_P95_MS: f64 = 10.0;
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "PASS"
    } else {
        "MISS"
    }
}

// ---------------------------------------------------------------- budget

/// `bench/budget.toml`: brotli bytes, a total and a ceiling per asset class.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub first_visit: TotalBudget,
    /// The first visit in each other language (the worker precaches only
    /// the language in use); English's is `first_visit`.
    #[serde(default)]
    pub first_visit_lang: BTreeMap<String, u64>,
    /// Class → the largest brotli size any one asset of that class may have.
    pub per_asset: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TotalBudget {
    pub brotli: u64,
}

impl Budget {
    pub fn parse(text: &str) -> Result<Budget> {
        toml::from_str(text).map_err(|e| anyhow::anyhow!("{BUDGET_FILE}: {e}"))
    }

    pub fn load(root: &Path) -> Result<Budget> {
        let text = fs::read_to_string(root.join(BUDGET_FILE))
            .with_context(|| format!("reading {BUDGET_FILE}"))?;
        Budget::parse(&text)
    }
}

/// The budget class of a file under `dist/`, or `None` for a kind of file
/// the budget does not know yet (which is itself a failure: every shipped
/// byte has a budget).
pub fn asset_class(path: &str) -> Option<String> {
    let file = path.rsplit('/').next().unwrap_or(path);
    let ext = file.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    // A language's data has its own lines (`data/quiz.th`); English's keep
    // the names they always had (`data/quiz`).
    if let (Some(lang), Some(rest)) = (crate::pwa::data_lang(path), path.strip_prefix("data/")) {
        let kind = rest.split('.').next().unwrap_or(rest);
        return Some(if lang == "en" {
            format!("data/{kind}")
        } else {
            format!("data/{kind}.{lang}")
        });
    }
    let class = if path == crate::pwa::SW_PATH {
        "sw"
    } else if path.ends_with("/index.html") {
        // An address's own page (`read/introduction/index.html`); the root
        // `index.html`, the one a first visit to `/` downloads, is `html`.
        "page"
    } else if path.starts_with("icons/") {
        "icons"
    } else {
        match ext {
            "wasm" => "wasm",
            "js" => "js",
            "css" => "css",
            "html" => "html",
            "webmanifest" => "manifest",
            "txt" => "text",
            _ => return None,
        }
    };
    Some(class.to_string())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    FirstVisit {
        brotli: u64,
        budget: u64,
    },
    /// A language's first visit over its line, or with no line.
    FirstVisitIn {
        lang: String,
        brotli: u64,
        budget: Option<u64>,
    },
    Asset {
        path: String,
        class: String,
        brotli: u64,
        budget: u64,
    },
    /// A file whose class has no line in the budget (or that has no class).
    Unbudgeted {
        path: String,
        class: Option<String>,
    },
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Violation::FirstVisit { brotli, budget } => write!(
                f,
                "the first visit downloads {brotli} bytes brotli ({}), over the budget of {budget} bytes ([first_visit] brotli in {BUDGET_FILE})",
                kb(*brotli)
            ),
            Violation::FirstVisitIn { lang, brotli, budget: Some(budget) } => write!(
                f,
                "a first visit in {lang} downloads {brotli} bytes brotli ({}), over the budget of {budget} bytes ([first_visit_lang] {lang:?} in {BUDGET_FILE})",
                kb(*brotli)
            ),
            Violation::FirstVisitIn { lang, brotli, budget: None } => write!(
                f,
                "a first visit in {lang} ({brotli} bytes brotli) has no budget: add `{lang:?} = <brotli bytes>` under [first_visit_lang] in {BUDGET_FILE}"
            ),
            Violation::Asset {
                path,
                class,
                brotli,
                budget,
            } => write!(
                f,
                "dist/{path} is {brotli} bytes brotli ({}), over the budget of {budget} bytes for a `{class}` asset ([per_asset] {class:?} in {BUDGET_FILE})",
                kb(*brotli)
            ),
            Violation::Unbudgeted {
                path,
                class: Some(class),
            } => write!(
                f,
                "dist/{path} is a `{class}` asset, which has no budget: add `\"{class}\" = <brotli bytes>` under [per_asset] in {BUDGET_FILE}"
            ),
            Violation::Unbudgeted { path, class: None } => write!(
                f,
                "dist/{path} is a kind of file the size budget does not know: give it a class in xtask/src/bench.rs (asset_class) and a line in {BUDGET_FILE}"
            ),
        }
    }
}

/// Holds a build record against the budget; an empty list means within it.
pub fn check_budget(record: &BuildRecord, budget: &Budget) -> Vec<Violation> {
    let mut out = Vec::new();
    if record.first_visit.brotli > budget.first_visit.brotli {
        out.push(Violation::FirstVisit {
            brotli: record.first_visit.brotli,
            budget: budget.first_visit.brotli,
        });
    }
    for (lang, sizes) in record
        .first_visit_by_lang
        .iter()
        .filter(|(l, _)| *l != "en")
    {
        let line = budget.first_visit_lang.get(lang).copied();
        if line.is_none_or(|b| sizes.brotli > b) {
            out.push(Violation::FirstVisitIn {
                lang: lang.clone(),
                brotli: sizes.brotli,
                budget: line,
            });
        }
    }
    for a in &record.assets {
        let class = asset_class(&a.path);
        let limit = class
            .as_ref()
            .and_then(|c| budget.per_asset.get(c).copied());
        match (class, limit) {
            (Some(class), Some(limit)) if a.sizes.brotli > limit => out.push(Violation::Asset {
                path: a.path.clone(),
                class,
                brotli: a.sizes.brotli,
                budget: limit,
            }),
            (Some(_), Some(_)) => {}
            (class, _) => out.push(Violation::Unbudgeted {
                path: a.path.clone(),
                class,
            }),
        }
    }
    out
}

/// The size guard of `cargo xtask test`: `dist/build.json` against the budget.
/// Returns a one-line summary when within budget, an error naming every
/// offending asset otherwise.
pub fn guard(root: &Path, dist: &Path) -> Result<String> {
    let budget = Budget::load(root)?;
    let text = fs::read_to_string(dist.join("build.json"))
        .with_context(|| format!("reading {}/build.json", dist.display()))?;
    let record: BuildRecord = serde_json::from_str(&text).context("reading build.json")?;
    let violations = check_budget(&record, &budget);
    if violations.is_empty() {
        return Ok(format!(
            "size budget: within {BUDGET_FILE} (first visit {} of {} brotli)",
            kb(record.first_visit.brotli),
            kb(budget.first_visit.brotli)
        ));
    }
    let list: Vec<String> = violations.iter().map(|v| format!("  - {v}")).collect();
    bail!(
        "size budget exceeded:\n{}\nShrink the asset; raise {BUDGET_FILE} only as a reviewed change.",
        list.join("\n")
    )
}

// ---------------------------------------------------------------- parsing tool output

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchTimes {
    pub p50_us: f64,
    pub p95_us: f64,
    pub max_us: f64,
    pub index_build_us: Option<f64>,
}

/// Reads the search bench's lines:
/// `queries: 100 (…): p50 1.2 µs, p95 3.4 µs, max 5.6 µs ("x")` and
/// `index: … build first 812 µs, min 700 µs`.
pub fn parse_search_output(out: &str) -> Option<SearchTimes> {
    let after = |line: &str, key: &str| -> Option<f64> {
        let rest = &line[line.find(key)? + key.len()..];
        rest.trim_start()
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .next()?
            .parse()
            .ok()
    };
    let q = out.lines().find(|l| l.starts_with("queries:"))?;
    let index_build_us = out
        .lines()
        .find(|l| l.starts_with("index:"))
        .and_then(|l| after(l, "build first"));
    Some(SearchTimes {
        p50_us: after(q, "p50")?,
        p95_us: after(q, "p95")?,
        max_us: after(q, "max").unwrap_or(f64::NAN),
        index_build_us,
    })
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct LighthouseResult {
    pub performance: Option<f64>,
    pub accessibility: Option<f64>,
    pub best_practices: Option<f64>,
    pub seo: Option<f64>,
    pub fcp_ms: Option<f64>,
    pub lcp_ms: Option<f64>,
    pub tbt_ms: Option<f64>,
    pub cls: Option<f64>,
    pub error: Option<String>,
}

/// The scores (0–100) and metrics out of a Lighthouse JSON report.
pub fn parse_lighthouse(v: &Value) -> LighthouseResult {
    let score = |cat: &str| {
        v["categories"][cat]["score"]
            .as_f64()
            .map(|s| (s * 100.0).round())
    };
    let metric = |audit: &str| v["audits"][audit]["numericValue"].as_f64();
    LighthouseResult {
        performance: score("performance"),
        accessibility: score("accessibility"),
        best_practices: score("best-practices"),
        seo: score("seo"),
        fcp_ms: metric("first-contentful-paint"),
        lcp_ms: metric("largest-contentful-paint"),
        tbt_ms: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
        error: v["runtimeError"]["message"].as_str().map(str::to_string),
    }
}

/// The run to report out of several: the median by performance score
/// (Lighthouse varies from run to run, most of all on a busy machine).
/// Failed runs only count when there is nothing else.
pub fn median_run(runs: &[LighthouseResult]) -> Option<usize> {
    let mut scored: Vec<(usize, f64)> = runs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((i, r.performance?)))
        .collect();
    if scored.is_empty() {
        return (!runs.is_empty()).then_some(0);
    }
    scored.sort_by(|a, b| a.1.total_cmp(&b.1));
    Some(scored[(scored.len() - 1) / 2].0)
}

/// Median and worst of a list of times.
pub fn median_and_worst(xs: &[f64]) -> Option<(f64, f64)> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    Some((median, v[n - 1]))
}

// ---------------------------------------------------------------- the command

struct Options {
    build: bool,
    lighthouse: bool,
    lighthouse_runs: usize,
    runs: usize,
    /// `--only hub`: only the hub section, against a tiny folder of its own.
    only_hub: bool,
    /// `--only live`: only the live classroom, against the last bench build.
    only_live: bool,
}

fn options(args: &[String]) -> Result<Options> {
    let mut o = Options {
        build: true,
        lighthouse: true,
        lighthouse_runs: 3,
        runs: 5,
        only_hub: false,
        only_live: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--no-build" => o.build = false,
            "--no-lighthouse" => o.lighthouse = false,
            "--lighthouse-runs" => {
                o.lighthouse_runs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .context("--lighthouse-runs needs a positive number")?
            }
            "--runs" => {
                o.runs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .context("--runs needs a positive number")?
            }
            "--only" => match it.next().map(String::as_str) {
                Some("hub") => o.only_hub = true,
                Some("live") => o.only_live = true,
                _ => bail!(
                    "--only takes `hub` (the hub under idle sockets, no app build) or `live` \
                     (the live classroom, on the bench's build, made if missing)"
                ),
            },
            other => bail!(
                "unknown bench option `{other}` (known: --no-build, --no-lighthouse, --lighthouse-runs N, --runs N, --only hub|live)"
            ),
        }
    }
    Ok(o)
}

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let o = options(args)?;
    let bench_dir = root.join("target/bench");
    fs::create_dir_all(&bench_dir)?;
    if o.only_hub {
        return run_hub_only(root, &bench_dir);
    }
    if o.only_live {
        let dist = bench_dir.join("dist");
        if !dist.join("build.json").is_file() {
            // A fresh clone: the bench's own build, as the full bench makes it.
            setup::ensure_wasm_target()?;
            if let Err(e) = setup::ensure_node_modules(root) {
                step(&format!("building without wasm-opt: {e:#}"));
            }
            let mut opts = build::BuildOptions::new(root);
            opts.out = dist.clone();
            build::build(root, &opts)?;
        }
        let live = liveload::measure(root, &dist);
        println!("{}", liveload::section(&live));
        let path = bench_dir.join("live.json");
        let report = json!({ "live": live.as_ref().ok() });
        fs::write(&path, serde_json::to_string_pretty(&report)? + "\n")?;
        step(&format!("wrote {}", path.display()));
        return live.map(drop);
    }
    setup::ensure_wasm_target()?;
    setup::ensure_node_modules(root)?;
    setup::ensure_chromium()?;

    // Its own dist/, so a bench never disturbs `cargo xtask serve` or `test`.
    let mut opts = build::BuildOptions::new(root);
    opts.out = bench_dir.join("dist");
    let record = if o.build {
        build::build(root, &opts)?
    } else {
        let text = fs::read_to_string(opts.out.join("build.json"))
            .context("--no-build needs an earlier `cargo xtask bench` (target/bench/dist)")?;
        serde_json::from_str(&text)?
    };

    // Sizes.
    let source =
        fs::read(root.join(SOURCE_TEXT)).with_context(|| format!("reading {SOURCE_TEXT}"))?;
    let text_brotli = crate::dist::brotli(&source).len() as u64;
    let budget = Budget::load(root).ok();

    let hub_bin = build_hub(root)?;
    let hub = RunningHub::start(&hub_bin, &opts.out)?;
    step(&format!("serving the bench build at {}", hub.url));

    let mut lighthouse = BTreeMap::new();
    let mut lighthouse_scores: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    if o.lighthouse {
        let slow: &[&str] = &[
            "--throttling-method=simulate",
            "--throttling.rttMs=300",
            "--throttling.throughputKbps=700",
            "--throttling.cpuSlowdownMultiplier=4",
        ];
        // Lighthouse's own model of the mobile profile, then the same
        // profile applied to the browser: the model counts every request
        // started before the largest paint (the app's preloads too), while
        // the applied run measures what was painted.
        let applied: &[&str] = &["--throttling-method=devtools"];
        for (name, extra) in [("mobile", &[][..]), ("slow", slow), ("applied", applied)] {
            let mut runs = Vec::new();
            for i in 1..=o.lighthouse_runs {
                step(&format!(
                    "Lighthouse 12 ({name} profile, run {i} of {})",
                    o.lighthouse_runs
                ));
                let file = format!("lighthouse-{name}-{i}.json");
                runs.push(
                    run_lighthouse(root, &hub.url, &bench_dir.join(file), extra).unwrap_or_else(
                        |e| LighthouseResult {
                            error: Some(format!("{e:#}")),
                            ..Default::default()
                        },
                    ),
                );
            }
            lighthouse_scores.insert(name, runs.iter().filter_map(|r| r.performance).collect());
            if let Some(i) = median_run(&runs) {
                lighthouse.insert(name, runs.swap_remove(i));
            }
        }
    }

    step(&format!(
        "offline repeat start ({} reloads, offline, 4× CPU)",
        o.runs
    ));
    let offline = run_offline_start(root, &hub.url, o.runs)
        .unwrap_or_else(|e| json!({ "errors": [format!("{e:#}")] }));

    step(&format!(
        "first visits on three shaped lines ({} each, 4× CPU)",
        o.runs
    ));
    let first_visits = run_first_visits(root, &hub.url, &opts.out, o.runs);

    let hub_load = measure_hub(&hub);
    drop(hub);
    let live = liveload::measure(root, &opts.out);

    step("search (cargo bench -p lantern-core --bench search)");
    let search = run_search(root);

    // ---- report
    let first_content: Vec<f64> = floats(&offline["first_content_ms"]);
    let start = median_and_worst(&first_content);
    let parse_report = median_and_worst(&floats(&offline["parse_ms"]["report.en"]));
    let parse_quiz = median_and_worst(&floats(&offline["parse_ms"]["quiz.en"]));
    let js_report = median_and_worst(&floats(&offline["json_parse_ms"]["report.en"]));
    let js_quiz = median_and_worst(&floats(&offline["json_parse_ms"]["quiz.en"]));

    let mut t = String::new();
    use std::fmt::Write;
    let fv = record.first_visit.brotli;
    let _ = writeln!(t, "\nSizes (dist/, bytes)");
    let _ = writeln!(
        t,
        "  {:<44} {:>9} {:>9} {:>9}  first visit",
        "asset", "raw", "gzip", "brotli"
    );
    for a in &record.assets {
        let _ = writeln!(
            t,
            "  {:<44} {:>9} {:>9} {:>9}  {}",
            a.path,
            a.sizes.raw,
            a.sizes.gzip,
            a.sizes.brotli,
            if a.first_visit { "yes" } else { "" }
        );
    }
    let _ = writeln!(
        t,
        "  {:<44} {:>9} {:>9} {:>9}",
        "first visit total", record.first_visit.raw, record.first_visit.gzip, fv
    );
    let _ = writeln!(
        t,
        "  first visit: {} brotli (target ≤ {})  {}",
        kb(fv),
        kb(target::FIRST_VISIT_BROTLI),
        verdict(fv <= target::FIRST_VISIT_BROTLI)
    );
    // The worker precaches only the language in use: each language's own.
    // Its own data: the UI, the bank and the report (titles and trends laid
    // over the English body), which no other language downloads.
    for (lang, sizes) in &record.first_visit_by_lang {
        let own: u64 = (record.assets.iter())
            .filter(|a| crate::pwa::data_lang(&a.path) == Some(lang.as_str()))
            .map(|a| a.sizes.brotli)
            .sum();
        let _ = writeln!(
            t,
            "  first visit in {lang}: {} brotli ({} raw); its own data {}",
            kb(sizes.brotli),
            kb(sizes.raw),
            kb(own)
        );
    }
    if let Some(b) = &budget {
        let _ = writeln!(
            t,
            "  budget ({BUDGET_FILE}): {}",
            match check_budget(&record, b).len() {
                0 => "within".to_string(),
                n => format!("{n} over"),
            }
        );
    }
    let ratio = fv as f64 / text_brotli as f64;
    let _ = writeln!(
        t,
        "  report plain text ({SOURCE_TEXT}): {} raw, {} brotli q11; first visit / text = {ratio:.2}×",
        kb(source.len() as u64),
        kb(text_brotli)
    );

    let fmt_opt = |v: Option<f64>, unit: &str| match v {
        Some(v) if unit == "ms" => format!("{v:.0} ms"),
        Some(v) if unit.is_empty() => format!("{v:.3}"),
        Some(v) => format!("{v:.0}{unit}"),
        None => "—".into(),
    };
    for (name, r) in &lighthouse {
        let _ = writeln!(
            t,
            "\nLighthouse 12.2.3, {name} profile{}",
            match *name {
                "mobile" => " (simulated 150 ms RTT, 1.6 Mbps, 4× CPU)",
                "slow" => " (simulated 300 ms RTT, 700 Kbps, 4× CPU)",
                _ => " (applied in the browser: 562.5 ms request latency, 1.47 Mbps, 4× CPU; measured, not modelled)",
            }
        );
        if let Some(e) = &r.error {
            let _ = writeln!(t, "  error: {e}");
        }
        if let Some(scores) = lighthouse_scores.get(name).filter(|s| s.len() > 1) {
            let list: Vec<String> = scores.iter().map(|v| format!("{v:.0}")).collect();
            let _ = writeln!(
                t,
                "  median of {} runs by performance (scores: {})",
                scores.len(),
                list.join(", ")
            );
        }
        let mobile = *name == "mobile";
        let check = |v: Option<f64>, ok: fn(f64) -> bool| match v {
            Some(v) if mobile => verdict(ok(v)),
            _ => "",
        };
        let rows: [(&str, Option<f64>, &str, &str); 8] = [
            (
                "performance",
                r.performance,
                "",
                check(r.performance, |v| v >= target::LH_PERFORMANCE),
            ),
            (
                "accessibility",
                r.accessibility,
                "",
                check(r.accessibility, |v| v >= target::LH_OTHER),
            ),
            (
                "best practices",
                r.best_practices,
                "",
                check(r.best_practices, |v| v >= target::LH_OTHER),
            ),
            ("SEO", r.seo, "", check(r.seo, |v| v >= target::LH_OTHER)),
            ("FCP", r.fcp_ms, "ms", ""),
            (
                "LCP",
                r.lcp_ms,
                "ms",
                check(r.lcp_ms, |v| v <= target::LCP_MS),
            ),
            ("TBT", r.tbt_ms, "ms", ""),
            ("CLS", r.cls, "", ""),
        ];
        for (label, v, unit, pass) in rows {
            let shown = match (v, unit) {
                (Some(v), "") if label != "CLS" => format!("{v:.0}"),
                _ => fmt_opt(v, unit),
            };
            let _ = writeln!(t, "  {label:<16} {shown:>10}  {pass}");
        }
    }

    let _ = writeln!(
        t,
        "\nOffline repeat start (network off, 4× CPU, {} reloads; service worker: {}, controlling: {})",
        o.runs,
        offline["service_worker"].as_bool().unwrap_or(false),
        offline["controlled"].as_bool().unwrap_or(false)
    );
    match start {
        Some((m, w)) => {
            let _ = writeln!(
                t,
                "  first content  median {m:.0} ms, worst {w:.0} ms ({} of {} runs)  {}",
                first_content.len(),
                o.runs,
                verdict(w <= target::OFFLINE_START_MS && first_content.len() == o.runs)
            );
        }
        None => {
            let _ = writeln!(t, "  first content  — (no run reached it)  MISS");
        }
    }
    for e in offline["errors"].as_array().into_iter().flatten() {
        let _ = writeln!(t, "  error: {}", e.as_str().unwrap_or_default());
    }

    let _ = writeln!(t, "{first_visits}");

    let _ = writeln!(
        t,
        "\nStored data to the model in the browser (4× CPU: read storage and parse; median / worst)"
    );
    let mw = |x: Option<(f64, f64)>| match x {
        Some((m, w)) => format!("{m:.1} / {w:.1} ms"),
        None => "—".into(),
    };
    let _ = writeln!(
        t,
        "  report  app (serde_json in wasm) {:>18}   JSON.parse {:>18}",
        mw(parse_report),
        mw(js_report)
    );
    let _ = writeln!(
        t,
        "  quiz    app (serde_json in wasm) {:>18}   JSON.parse {:>18}",
        mw(parse_quiz),
        mw(js_quiz)
    );

    let _ = writeln!(t, "\nSearch (native, 100 queries, best of 5 each)");
    match &search {
        Ok(s) => {
            let _ = writeln!(
                t,
                "  p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms; index build {}  {}",
                s.p50_us / 1000.0,
                s.p95_us / 1000.0,
                s.max_us / 1000.0,
                s.index_build_us
                    .map(|u| format!("{:.1} ms", u / 1000.0))
                    .unwrap_or("—".into()),
                verdict(s.p95_us / 1000.0 <= target::SEARCH_P95_MS)
            );
        }
        Err(e) => {
            let _ = writeln!(t, "  error: {e:#}  MISS");
        }
    }
    t += &hubload::section(&hub_load);
    t += &liveload::section(&live);
    println!("{t}");

    let lh_json: BTreeMap<&str, Value> = lighthouse
        .iter()
        .map(|(k, r)| {
            (
                *k,
                json!({
                    "performance": r.performance, "accessibility": r.accessibility,
                    "best_practices": r.best_practices, "seo": r.seo,
                    "fcp_ms": r.fcp_ms, "lcp_ms": r.lcp_ms, "tbt_ms": r.tbt_ms, "cls": r.cls,
                    "error": r.error,
                    "performance_runs": lighthouse_scores.get(k),
                }),
            )
        })
        .collect();
    let pair = |x: Option<(f64, f64)>| x.map(|(m, w)| json!({ "median": m, "worst": w }));
    let mobile = lighthouse.get("mobile");
    let report = json!({
        "build": record,
        "sizes": {
            "first_visit_brotli": fv,
            "report_text_brotli": text_brotli,
            "report_text_raw": source.len(),
            "first_visit_over_text": ratio,
            "budget_violations": budget.as_ref().map(|b| check_budget(&record, b).iter().map(|v| v.to_string()).collect::<Vec<_>>()),
        },
        "lighthouse": lh_json,
        "offline_start": offline,
        "offline_start_ms": pair(start),
        "parse_ms": {
            "report.en": pair(parse_report), "quiz.en": pair(parse_quiz),
            "report.en_json_parse": pair(js_report), "quiz.en_json_parse": pair(js_quiz),
        },
        "hub": hubload::to_json(&hub_load),
        "live": live.as_ref().ok(),
        "search": search.as_ref().ok().map(|s| json!({
            "p50_ms": s.p50_us / 1000.0, "p95_ms": s.p95_us / 1000.0, "max_ms": s.max_us / 1000.0,
            "index_build_ms": s.index_build_us.map(|u| u / 1000.0),
        })),
        "targets": {
            "first_visit_brotli": { "target": target::FIRST_VISIT_BROTLI, "pass": fv <= target::FIRST_VISIT_BROTLI },
            "lighthouse_mobile_performance": { "target": target::LH_PERFORMANCE, "pass": mobile.and_then(|r| r.performance).map(|v| v >= target::LH_PERFORMANCE) },
            "lighthouse_mobile_others": { "target": target::LH_OTHER, "pass": mobile.map(|r| [r.accessibility, r.best_practices, r.seo].iter().all(|v| v.is_some_and(|v| v >= target::LH_OTHER))) },
            "lcp_ms": { "target": target::LCP_MS, "pass": mobile.and_then(|r| r.lcp_ms).map(|v| v <= target::LCP_MS) },
            "offline_start_ms": { "target": target::OFFLINE_START_MS, "pass": start.map(|(_, w)| w <= target::OFFLINE_START_MS && first_content.len() == o.runs) },
            "live_answer_p95_ms": { "target": liveload::P95_MS, "pass": live.as_ref().ok().and_then(|v| v["p95_ms"].as_f64()).map(|p| p <= liveload::P95_MS) },
            "search_p95_ms": { "target": target::SEARCH_P95_MS, "pass": search.as_ref().ok().map(|s| s.p95_us / 1000.0 <= target::SEARCH_P95_MS) },
        },
    });
    let path = bench_dir.join("report.json");
    fs::write(&path, serde_json::to_string_pretty(&report)? + "\n")?;
    step(&format!("wrote {}", path.display()));
    Ok(())
}

fn measure_hub(hub: &RunningHub) -> Result<hubload::HubLoad> {
    step(&format!(
        "hub under {} idle sockets ({} requests for /)",
        hubload::IDLE_SOCKETS,
        hubload::REQUESTS
    ));
    hubload::measure(hub.addr()?, hub.pid())
}

/// `--only hub`: the hub section alone, serving a one-page folder, so it
/// needs neither the wasm build nor a browser. Writes `hub.json`.
fn run_hub_only(root: &Path, bench_dir: &Path) -> Result<()> {
    let dist = bench_dir.join("hub-dist");
    fs::create_dir_all(&dist)?;
    fs::write(
        dist.join("index.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Lantern</title></head><body><p>hub bench</p></body></html>\n",
    )?;
    let hub_bin = build_hub(root)?;
    let hub = RunningHub::start(&hub_bin, &dist)?;
    let load = measure_hub(&hub);
    drop(hub);
    println!("{}", hubload::section(&load));
    let path = bench_dir.join("hub.json");
    let report = json!({ "hub": hubload::to_json(&load) });
    fs::write(&path, serde_json::to_string_pretty(&report)? + "\n")?;
    step(&format!("wrote {}", path.display()));
    load.map(drop)
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default()
}

fn run_lighthouse(root: &Path, url: &str, out: &Path, extra: &[&str]) -> Result<LighthouseResult> {
    let bin = root.join("node_modules/.bin/lighthouse");
    if !bin.exists() {
        bail!("node_modules/.bin/lighthouse is missing (npm ci installs the pinned lighthouse)");
    }
    let _ = fs::remove_file(out);
    let status = Command::new(&bin)
        .current_dir(root)
        .arg(format!("{url}/"))
        .args(["--output=json", "--quiet", LIGHTHOUSE_CHROME_FLAGS])
        .arg(format!("--output-path={}", out.display()))
        .args(extra)
        .env("CHROME_PATH", setup::chromium_path())
        .status()
        .context("running lighthouse")?;
    let text = fs::read_to_string(out);
    if !status.success() && text.is_err() {
        bail!("lighthouse failed ({status})");
    }
    let v: Value = serde_json::from_str(&text?).context("reading Lighthouse's JSON")?;
    Ok(parse_lighthouse(&v))
}

fn run_offline_start(root: &Path, url: &str, runs: usize) -> Result<Value> {
    let out = Command::new("node")
        .current_dir(root)
        .arg("bench/offline-start.mjs")
        .arg(format!("{url}/"))
        .arg(runs.to_string())
        .env("CHROMIUM_PATH", setup::chromium_path())
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("running node bench/offline-start.mjs")?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .rev()
        .find(|l| l.starts_with('{'))
        .context("bench/offline-start.mjs printed no result")?;
    Ok(serde_json::from_str(line)?)
}

/// `bench/first-visit.mjs`: its table, or why it could not run.
fn run_first_visits(root: &Path, url: &str, dist: &Path, runs: usize) -> String {
    let out = Command::new("node")
        .current_dir(root)
        .arg("bench/first-visit.mjs")
        .arg(format!("{url}/"))
        .arg(dist)
        .arg(runs.to_string())
        .env("CHROMIUM_PATH", setup::chromium_path())
        .stderr(std::process::Stdio::inherit())
        .output();
    match out {
        Ok(out) if out.status.success() => {
            let stdout = String::from_utf8_lossy(&out.stdout);
            // The table; the JSON line after it is for other tools.
            (stdout.lines())
                .filter(|l| !l.starts_with('{'))
                .collect::<Vec<_>>()
                .join("\n")
        }
        Ok(out) => format!(
            "\nFirst visits: bench/first-visit.mjs failed ({})\n",
            out.status
        ),
        Err(e) => format!("\nFirst visits: could not run node ({e})\n"),
    }
}

fn run_search(root: &Path) -> Result<SearchTimes> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(root)
        .args([
            "bench",
            "--quiet",
            "-p",
            "lantern-core",
            "--bench",
            "search",
        ])
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("running cargo bench")?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    parse_search_output(&stdout).context("the search bench printed no `queries:` line")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dist::{Asset, Precache, Sizes};

    fn scored(p: Option<f64>) -> LighthouseResult {
        LighthouseResult {
            performance: p,
            ..Default::default()
        }
    }

    #[test]
    fn the_median_lighthouse_run_is_reported() {
        let runs = [scored(Some(78.0)), scored(Some(94.0)), scored(Some(91.0))];
        assert_eq!(median_run(&runs), Some(2));
        // Of an even number, the lower middle: never flatter than the data.
        let runs = [scored(Some(90.0)), scored(Some(80.0))];
        assert_eq!(median_run(&runs), Some(1));
    }

    #[test]
    fn failed_lighthouse_runs_are_reported_only_when_nothing_else_is() {
        assert_eq!(median_run(&[scored(None), scored(Some(88.0))]), Some(1));
        assert_eq!(median_run(&[scored(None)]), Some(0));
        assert_eq!(median_run(&[]), None);
    }

    fn asset(path: &str, brotli: u64) -> Asset {
        Asset {
            path: path.into(),
            sha256: String::new(),
            hash: None,
            sizes: Sizes {
                raw: brotli * 3,
                gzip: brotli + 1,
                brotli,
            },
            first_visit: true,
        }
    }

    fn record(assets: Vec<Asset>) -> BuildRecord {
        let mut total = Sizes::default();
        for a in &assets {
            total.add(&a.sizes);
        }
        BuildRecord {
            app_version: "0".into(),
            profile: "release".into(),
            base: "/".into(),
            wasm_opt: None,
            data: BTreeMap::new(),
            assets,
            first_visit: total.clone(),
            first_visit_by_lang: Default::default(),
            csp_script_hashes: Vec::new(),
            ui_ids: Vec::new(),
            precache: Precache {
                cache: "x".into(),
                entries: 0,
                sizes: total,
            },
        }
    }

    fn budget() -> Budget {
        Budget::parse(
            r#"
            # comment
            [first_visit]
            brotli = 1000
            [per_asset]
            wasm = 600
            js = 100
            "data/report" = 300
            "#,
        )
        .unwrap()
    }

    #[test]
    fn a_build_within_budget_passes() {
        let r = record(vec![
            asset("lantern_bg-0123456789abcdef.wasm", 600),
            asset("boot-0123456789abcdef.js", 50),
            asset("data/report.en.0123456789abcdef.json", 300),
        ]);
        assert_eq!(check_budget(&r, &budget()), vec![]);
    }

    #[test]
    fn an_asset_over_its_class_budget_is_named_with_size_and_budget() {
        let r = record(vec![asset("lantern_bg-0123456789abcdef.wasm", 601)]);
        let v = check_budget(&r, &budget());
        assert_eq!(
            v,
            vec![Violation::Asset {
                path: "lantern_bg-0123456789abcdef.wasm".into(),
                class: "wasm".into(),
                brotli: 601,
                budget: 600
            }]
        );
        let msg = v[0].to_string();
        assert!(
            msg.contains("dist/lantern_bg-0123456789abcdef.wasm"),
            "{msg}"
        );
        assert!(
            msg.contains("601 bytes") && msg.contains("600 bytes"),
            "{msg}"
        );
    }

    #[test]
    fn a_first_visit_over_the_total_budget_fails() {
        let r = record(vec![
            asset("lantern_bg-0123456789abcdef.wasm", 600),
            asset("data/report.en.0123456789abcdef.json", 300),
            asset("a-0123456789abcdef.js", 100),
            asset("b-0123456789abcdef.js", 100),
        ]);
        let v = check_budget(&r, &budget());
        assert_eq!(
            v,
            vec![Violation::FirstVisit {
                brotli: 1100,
                budget: 1000
            }]
        );
        assert!(v[0].to_string().contains("1100 bytes"));
    }

    #[test]
    fn another_language_has_its_own_first_visit_line() {
        let mut r = record(vec![]);
        let sizes = |brotli| Sizes {
            raw: brotli * 4,
            gzip: brotli,
            brotli,
        };
        r.first_visit_by_lang.insert("en".into(), sizes(0));
        r.first_visit_by_lang.insert("th".into(), sizes(2000));
        r.first_visit_by_lang.insert("id".into(), sizes(900));
        let mut b = budget();
        b.first_visit_lang.insert("th".into(), 1500);
        let v = check_budget(&r, &b);
        assert_eq!(
            v,
            vec![
                Violation::FirstVisitIn {
                    lang: "id".into(),
                    brotli: 900,
                    budget: None
                },
                Violation::FirstVisitIn {
                    lang: "th".into(),
                    brotli: 2000,
                    budget: Some(1500)
                },
            ]
        );
        assert!(v[0].to_string().contains("[first_visit_lang]"));
    }

    #[test]
    fn an_asset_of_an_unknown_class_fails() {
        let r = record(vec![asset("fonts/inter.woff2", 10)]);
        assert_eq!(asset_class("fonts/inter.woff2"), None);
        let v = check_budget(&r, &budget());
        assert_eq!(
            v,
            vec![Violation::Unbudgeted {
                path: "fonts/inter.woff2".into(),
                class: None
            }]
        );
        assert!(v[0].to_string().contains("asset_class"));
    }

    #[test]
    fn an_asset_whose_class_has_no_budget_line_fails() {
        let r = record(vec![asset("lantern-0123456789abcdef.css", 10)]);
        let v = check_budget(&r, &budget());
        assert_eq!(
            v,
            vec![Violation::Unbudgeted {
                path: "lantern-0123456789abcdef.css".into(),
                class: Some("css".into())
            }]
        );
        assert!(v[0].to_string().contains("[per_asset]"));
    }

    #[test]
    fn assets_are_classed_by_kind() {
        for (path, class) in [
            ("lantern_bg-0123456789abcdef.wasm", "wasm"),
            ("lantern-0123456789abcdef.js", "js"),
            ("boot-0123456789abcdef.js", "js"),
            ("snippets/x/inline0.js", "js"),
            ("sw.js", "sw"),
            ("lantern-0123456789abcdef.css", "css"),
            ("index.html", "html"),
            ("read/introduction/index.html", "page"),
            ("th/index.html", "page"),
            ("data/report.en.0123456789abcdef.json", "data/report"),
            ("data/quiz.en.0123456789abcdef.json", "data/quiz"),
            ("data/quiz.th.0123456789abcdef.json", "data/quiz.th"),
            ("data/ui.zh-Hant.0123456789abcdef.json", "data/ui.zh-Hant"),
            ("icons/lantern.svg", "icons"),
            ("icons/icon-512.png", "icons"),
            ("manifest.webmanifest", "manifest"),
            ("robots.txt", "text"),
        ] {
            assert_eq!(asset_class(path).as_deref(), Some(class), "{path}");
        }
    }

    #[test]
    fn a_budget_file_with_an_unknown_key_is_rejected() {
        assert!(Budget::parse("[first_visit]\nbrotli = 1\nraw = 2\n[per_asset]\n").is_err());
        assert!(Budget::parse("[per_asset]\nwasm = 1\n").is_err());
    }

    #[test]
    fn the_budget_in_the_repository_reads_and_covers_every_class() {
        let b = Budget::load(&crate::workspace_root()).unwrap();
        for class in [
            "wasm",
            "js",
            "sw",
            "css",
            "html",
            "page",
            "data/report",
            "data/quiz",
            "icons",
            "manifest",
            "text",
        ] {
            assert!(b.per_asset.contains_key(class), "{class} has no budget");
        }
    }

    #[test]
    fn search_bench_output_is_read() {
        let out = "report: 120 sections, 99 bytes of Markdown, parsed in 900 µs\n\
                   index: 5000 terms, 20000 postings; build first 1812 µs, min 1700 µs\n\
                   queries: 100 (limit 20, best of 5 runs each): p50 12.5 µs, p95 140.0 µs, max 300.2 µs (\"ex\")\n";
        let s = parse_search_output(out).unwrap();
        assert_eq!(s.p50_us, 12.5);
        assert_eq!(s.p95_us, 140.0);
        assert_eq!(s.max_us, 300.2);
        assert_eq!(s.index_build_us, Some(1812.0));
        assert_eq!(parse_search_output("nothing"), None);
    }

    #[test]
    fn lighthouse_json_is_read() {
        let v = json!({
            "categories": {
                "performance": { "score": 0.97 },
                "accessibility": { "score": 1 },
                "best-practices": { "score": 1.0 },
                "seo": { "score": null },
            },
            "audits": {
                "first-contentful-paint": { "numericValue": 900.5 },
                "largest-contentful-paint": { "numericValue": 1900.0 },
                "total-blocking-time": { "numericValue": 0 },
                "cumulative-layout-shift": { "numericValue": 0.01 },
            },
        });
        let r = parse_lighthouse(&v);
        assert_eq!(r.performance, Some(97.0));
        assert_eq!(r.accessibility, Some(100.0));
        assert_eq!(r.seo, None);
        assert_eq!(r.lcp_ms, Some(1900.0));
        assert_eq!(r.tbt_ms, Some(0.0));
        assert_eq!(r.error, None);
    }

    #[test]
    fn median_and_worst_of_times() {
        assert_eq!(median_and_worst(&[]), None);
        assert_eq!(median_and_worst(&[3.0, 1.0, 2.0]), Some((2.0, 3.0)));
        assert_eq!(median_and_worst(&[4.0, 1.0, 2.0, 3.0]), Some((2.5, 4.0)));
    }
}
