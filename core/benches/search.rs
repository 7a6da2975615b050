//! Search benchmark: `cargo bench -p lantern-core --bench search`.
//!
//! Builds the index of the real report once, then times 100 varied queries
//! (single words, prefixes, two- and three-word queries, misses) and prints
//! p50/p95/max in microseconds. No bench framework: std::time::Instant only.

use lantern_core::markdown::parse_report;
use lantern_core::search::SearchIndex;
use std::hint::black_box;
use std::time::{Duration, Instant};

const REPORT: &str = include_str!("../../content/en/report.md");
/// Each query runs this many times; its fastest run counts.
const ROUNDS: usize = 5;

const SINGLE: &[&str] = &[
    "extortion",
    "grooming",
    "gaming",
    "children",
    "boys",
    "girls",
    "deepfakes",
    "tourism",
    "orphanages",
    "disabilities",
    "literacy",
    "survivors",
    "legislation",
    "implementation",
    "localisation",
    "decolonisation",
    "community",
    "partnerships",
    "samoa",
    "cambodia",
    "fiji",
    "nepal",
    "philippines",
    "thailand",
    "japan",
    "malaysia",
    "unicef",
    "trafficking",
    "payment",
    "stigma",
];
const PREFIX: &[&str] = &[
    "ex", "extort", "gro", "gam", "chi", "child", "dig", "tech", "sur", "leg", "loc", "com", "par",
    "vul", "mon", "tra", "deep", "onl", "prot", "sa", "ne", "ph", "pri", "edu", "co",
];
const MULTI: &[&str] = &[
    "sexual extortion",
    "online grooming",
    "gaming platforms",
    "boys victims",
    "digital literacy",
    "legal reform",
    "child participation",
    "care institutions",
    "faith sports",
    "mental health",
    "private sector",
    "civil society",
    "data sharing",
    "snake ladder",
    "board game",
    "sexual extortion boys",
    "online child protection",
    "legal frameworks implementation",
    "community based prevention",
    "children with disabilities",
    "ex gam",
    "chi pro",
    "sex ext boy",
    "tech comp",
    "deep fake",
    "samoa survivors",
    "fiji religious",
    "nepal children advisors",
    "thailand tourism",
    "japan csam",
];
const MISS: &[&str] = &[
    "zebra",
    "quantum",
    "blockchainz",
    "xylophone",
    "extortion zebra",
    "qq",
    "zz top",
    "nonexistent",
    "children zebra",
    "ünïcödé",
    "子供",
    "ไทย",
    "🧒🏽 zebra",
    "kryptonite",
    "grooming xylophone",
];

fn micros(d: Duration) -> f64 {
    d.as_nanos() as f64 / 1000.0
}

fn main() {
    let t = Instant::now();
    let report = parse_report("report.md", REPORT).expect("report.md compiles");
    let parse = t.elapsed();

    // Build a few times to show a steady figure; the first build is the one a browser pays.
    let mut builds = Vec::new();
    let mut index = SearchIndex::default();
    for _ in 0..5 {
        let t = Instant::now();
        index = black_box(SearchIndex::build(black_box(&report)));
        builds.push(t.elapsed());
    }

    let queries: Vec<&str> = SINGLE
        .iter()
        .chain(PREFIX)
        .chain(MULTI)
        .chain(MISS)
        .copied()
        .collect();
    assert_eq!(queries.len(), 100);

    // Warm up once, then time each query on its own, ROUNDS times, keeping
    // each query's fastest run: on a shared 2-core machine a single run is
    // often preempted by other work, which says nothing about the search.
    for q in &queries {
        black_box(index.query(&report, q, 20));
    }
    let mut times: Vec<(Duration, &str, usize)> =
        queries.iter().map(|q| (Duration::MAX, *q, 0)).collect();
    for _ in 0..ROUNDS {
        for t in times.iter_mut() {
            let start = Instant::now();
            let hits = black_box(index.query(black_box(&report), t.1, 20));
            t.0 = t.0.min(start.elapsed());
            t.2 = hits.len();
        }
    }
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p).ceil() as usize).saturating_sub(1)].0;
    let (max, max_q, _) = times[times.len() - 1];

    println!(
        "report: {} sections, {} bytes of Markdown, parsed in {:.0} µs",
        report.sections.len(),
        REPORT.len(),
        micros(parse)
    );
    println!(
        "index: {} terms, {} postings; build first {:.0} µs, min {:.0} µs",
        index.term_count(),
        index.posting_count(),
        micros(builds[0]),
        micros(*builds.iter().min().unwrap()),
    );
    println!(
        "queries: {} (limit 20, best of {ROUNDS} runs each): p50 {:.1} µs, p95 {:.1} µs, max {:.1} µs ({max_q:?})",
        times.len(),
        micros(pct(0.50)),
        micros(pct(0.95)),
        micros(max),
    );
    let misses = times.iter().filter(|t| t.2 == 0).count();
    println!("queries with no hit: {misses}");
    assert!(
        pct(0.95) < Duration::from_millis(10),
        "p95 over the 10 ms target"
    );
}
