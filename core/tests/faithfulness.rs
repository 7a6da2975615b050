//! Holds the compiled `content/en/report.md` against the verbatim source text
//! (`content/source/000_2058c5c270a837be.txt`; its quirks are described in
//! the shared report README). Every test prints what it finds wrong before
//! it asserts, so a failure says what to fix in report.md.

use lantern_core::content::{spans_text, Report};
use lantern_core::markdown::parse_report;
use std::collections::BTreeMap;

const SOURCE: &str = include_str!("../../content/source/000_2058c5c270a837be.txt");
const REPORT: &str = include_str!("../../content/en/report.md");

/// A sentence of at least this many words is "substantive".
const MIN_WORDS: usize = 8;

/// Country names of the region as the source writes them in example
/// headings ("THE" and a trailing "(PNG)" dropped). Independent of the
/// compiled front matter, so a country missing there is caught.
const COUNTRY_NAMES: &[&str] = &[
    "AUSTRALIA",
    "BANGLADESH",
    "BHUTAN",
    "BRUNEI",
    "CAMBODIA",
    "CHINA",
    "FIJI",
    "HONG KONG",
    "INDIA",
    "INDONESIA",
    "JAPAN",
    "KIRIBATI",
    "KOREA",
    "LAO PDR",
    "LAOS",
    "MALAYSIA",
    "MALDIVES",
    "MARSHALL ISLANDS",
    "MONGOLIA",
    "MYANMAR",
    "NAURU",
    "NEPAL",
    "NEW ZEALAND",
    "PAKISTAN",
    "PALAU",
    "PAPUA NEW GUINEA",
    "PHILIPPINES",
    "SAMOA",
    "SINGAPORE",
    "SOLOMON ISLANDS",
    "SOUTH KOREA",
    "SRI LANKA",
    "TAIWAN",
    "THAILAND",
    "TIMOR-LESTE",
    "TONGA",
    "TUVALU",
    "VANUATU",
    "VIETNAM",
];

fn report() -> Report {
    parse_report("content/en/report.md", REPORT).unwrap_or_else(|e| panic!("{e}"))
}

/// Lower case, curly quotes made straight, every other character that is
/// not a letter or digit made a space, whitespace collapsed.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
            c => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(s: &str) -> usize {
    norm(s).split(' ').filter(|w| !w.is_empty()).count()
}

/// `[text](target)` → `text`.
fn unlink(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// One source line without its furniture: `<b>` tags, link syntax, emoji
/// bullets, escapes, emphasis, heading and list markers.
fn clean(line: &str) -> String {
    let s = unlink(&line.replace("<b>", "").replace("</b>", ""));
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '👉' | '✦' | '»' | '*' | '\\'))
        .collect();
    let s = s.trim();
    let s = s.trim_start_matches('#').trim_start();
    let s = s.strip_prefix("- ").unwrap_or(s);
    s.trim().to_string()
}

/// Lines of the source's table of contents.
fn toc_lines() -> Vec<&'static str> {
    SOURCE
        .lines()
        .skip_while(|l| l.trim() != "# TABLE OF CONTENTS")
        .skip(1)
        .take_while(|l| l.trim() != "# INTRODUCTION")
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// The source's body: from the acknowledgements (after the cover lines) to
/// the end, without the table of contents.
fn body_lines() -> Vec<&'static str> {
    let mut in_toc = false;
    SOURCE
        .lines()
        .skip_while(|l| l.trim() != "## **Acknowledgements**")
        .filter(|l| {
            match l.trim() {
                "# TABLE OF CONTENTS" => in_toc = true,
                "# INTRODUCTION" => in_toc = false,
                _ => {}
            }
            !in_toc
        })
        .collect()
}

fn ends_a_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '?', '!', ':'])
}

/// The source body as units of running text: each heading and list item is
/// one unit; paragraphs the PDF broke across a page (a blank line inside a
/// sentence) are joined again.
fn source_units() -> Vec<String> {
    #[derive(PartialEq)]
    enum Kind {
        None,
        Para,
        Item,
    }
    let mut units = Vec::new();
    let mut cur = String::new();
    let mut kind = Kind::None;
    let mut blank_before = false;
    let flush = |cur: &mut String, kind: &mut Kind, units: &mut Vec<String>| {
        if !cur.trim().is_empty() {
            units.push(std::mem::take(cur));
        }
        cur.clear();
        *kind = Kind::None;
    };
    for raw in body_lines() {
        let line = raw.trim();
        if line.is_empty() {
            if kind == Kind::Item || ends_a_sentence(&cur) {
                flush(&mut cur, &mut kind, &mut units);
            }
            blank_before = true;
            continue;
        }
        if line.starts_with('#') {
            flush(&mut cur, &mut kind, &mut units);
            units.push(clean(line));
        } else if line.starts_with("- ") {
            flush(&mut cur, &mut kind, &mut units);
            cur = clean(line);
            kind = Kind::Item;
        } else {
            if kind == Kind::Item && blank_before {
                flush(&mut cur, &mut kind, &mut units);
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(&clean(line));
            if kind == Kind::None {
                kind = Kind::Para;
            }
        }
        blank_before = false;
    }
    flush(&mut cur, &mut kind, &mut units);
    units
}

/// Splits running text after `.`, `?` or `!` (and any closing quote or
/// bracket) followed by a space.
fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut i = 0;
    while i < chars.len() {
        cur.push(chars[i]);
        if matches!(chars[i], '.' | '?' | '!') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '"' | '\'' | '”' | '’' | ')') {
                cur.push(chars[j]);
                j += 1;
            }
            if j >= chars.len() || chars[j].is_whitespace() {
                out.push(std::mem::take(&mut cur).trim().to_string());
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// Normalised text padded with spaces, so a sentence only matches whole words.
fn haystack<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    let joined: Vec<&str> = pieces.into_iter().collect();
    format!(" {} ", norm(&joined.join("\n")))
}

fn contains_sentence(hay: &str, sentence: &str) -> bool {
    hay.contains(&format!(" {} ", norm(sentence)))
}

/// Everything the compiled report shows as text: sections (with their
/// titles), part and chapter titles, and the meta statements.
fn compiled_text(r: &Report) -> Vec<String> {
    let mut out = vec![r.plain_text()];
    out.extend(r.parts.iter().map(|p| p.title.clone()));
    out.extend(r.chapters.iter().map(|c| c.title.clone()));
    out.extend([
        r.meta.citation.clone(),
        r.meta.permission.clone(),
        r.meta.copyright.clone(),
    ]);
    out
}

/// The country named by an example heading such as `### **CAMBODIA:**`,
/// `#### NEPAL:`, `### PAPUA NEW GUINEA (PNG):` or `### THE PHILIPPINES:`.
fn heading_name(line: &str) -> Option<String> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if !(3..=4).contains(&level) {
        return None;
    }
    let text = clean(line);
    let name = text.strip_suffix(':')?.trim();
    let name = name.strip_prefix("THE ").unwrap_or(name);
    let name = match name.find(" (") {
        Some(i) if name.ends_with(')') => &name[..i],
        _ => name,
    };
    Some(name.trim().to_string())
}

fn slug(name: &str) -> String {
    name.to_lowercase().replace(' ', "-")
}

/// The source's country examples, in reading order, as slugs.
fn source_examples() -> Vec<String> {
    body_lines()
        .into_iter()
        .filter_map(heading_name)
        .filter(|n| COUNTRY_NAMES.contains(&n.as_str()))
        .map(|n| slug(&n))
        .collect()
}

#[test]
fn report_compiles_with_at_least_sixty_sections() {
    let r = parse_report("content/en/report.md", REPORT);
    let r = r.unwrap_or_else(|e| panic!("report.md does not compile: {e}"));
    assert!(r.sections.len() >= 60, "only {} sections", r.sections.len());
}

#[test]
fn every_table_of_contents_title_has_a_part_chapter_or_section() {
    let r = report();
    let titles: Vec<String> = r
        .parts
        .iter()
        .map(|p| &p.title)
        .chain(r.chapters.iter().map(|c| &c.title))
        .chain(r.sections.iter().map(|s| &s.title))
        .map(|t| norm(t))
        .collect();
    let toc = toc_lines();
    assert!(toc.len() >= 30, "table of contents not found: {toc:?}");
    let missing: Vec<String> = toc
        .iter()
        .map(|l| {
            let t = l.replace("<b>", "").replace("</b>", "");
            let t = t.split('\t').next().unwrap_or("");
            t.trim()
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .trim()
                .to_string()
        })
        .filter(|t| !titles.contains(&norm(t)))
        .collect();
    for t in &missing {
        println!("table of contents title not in report.md: {t}");
    }
    assert!(missing.is_empty(), "{} titles missing", missing.len());
}

#[test]
fn all_eighteen_trends_are_present_in_order_with_the_source_titles() {
    let lines: Vec<&str> = SOURCE.lines().collect();
    let mut source = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(rest) = l.trim().strip_prefix("- ") else {
            continue;
        };
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let Some(title) = rest[digits..].strip_prefix(". ") else {
            continue;
        };
        let Some(title) = title.trim_end().strip_suffix(":**") else {
            continue;
        };
        let n: u32 = rest[..digits].parse().unwrap();
        let text = lines[i + 1..]
            .iter()
            .find(|l| !l.trim().is_empty())
            .unwrap();
        source.push((n, title.trim().to_string(), text.trim().to_string()));
    }
    let r = report();
    let compiled: Vec<(u32, String, String)> = r
        .trends()
        .map(|(_, t)| (t.n, t.title.clone(), spans_text(&t.text)))
        .collect();
    for (s, c) in source.iter().zip(&compiled) {
        if s != c {
            println!("source:   {s:?}\ncompiled: {c:?}");
        }
    }
    assert_eq!(source.len(), 18, "the source has 18 numbered trends");
    assert_eq!(
        source.iter().map(|t| t.0).collect::<Vec<_>>(),
        (1..=18).collect::<Vec<_>>()
    );
    assert_eq!(compiled, source);
    let (section, _) = r.trends().next().unwrap();
    assert_eq!(r.sections[section].id, "at-a-glance");
}

#[test]
fn each_country_has_as_many_examples_as_the_source_has_headed_examples() {
    let r = report();
    let source = source_examples();
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    for s in &source {
        *expected.entry(s.clone()).or_default() += 1;
    }
    let unknown: Vec<&String> = expected.keys().filter(|s| r.country(s).is_none()).collect();
    for s in &unknown {
        println!("source has examples for `{s}`, which report.md does not list as a country");
    }
    assert!(unknown.is_empty());
    let mut wrong = Vec::new();
    for (c, n) in r.country_index() {
        let want = expected.get(&c.slug).copied().unwrap_or(0);
        if n != want {
            println!("{}: report.md has {n} examples, the source {want}", c.slug);
            wrong.push(c.slug.clone());
        }
    }
    assert!(wrong.is_empty(), "example counts differ for {wrong:?}");
    assert_eq!(source.len(), r.examples().len());
    // Mongolia is named in the text but has no headed example of its own.
    assert!(
        r.country("mongolia").is_some(),
        "Mongolia must be listed as a country"
    );
    assert_eq!(r.examples_of("mongolia").len(), 0);
    assert!(SOURCE.contains("Mongolia"));
}

#[test]
fn country_examples_follow_the_source_order() {
    let r = report();
    let compiled: Vec<String> = r
        .examples()
        .iter()
        .map(|e| e.example.country.clone())
        .collect();
    assert_eq!(compiled, source_examples());
}

#[test]
fn short_colon_headings_are_countries_or_known_labels() {
    // Guards the country list above: a new country heading in the source
    // must not slip past the example count as an unknown label.
    const LABELS: &[&str] = &[
        "FINDINGS",
        "RECOMMENDATIONS",
        "ABOUT SAFE ONLINE",
        "ABOUT ECPAT INTERNATIONAL",
        "ABOUT KINDERNOTHILFE",
    ];
    let odd: Vec<String> = body_lines()
        .into_iter()
        .filter_map(heading_name)
        .filter(|n| n.split_whitespace().count() <= 3)
        .filter(|n| !COUNTRY_NAMES.contains(&n.as_str()) && !LABELS.contains(&n.as_str()))
        .collect();
    assert!(odd.is_empty(), "unclassified headings: {odd:?}");
}

#[test]
fn source_sentences_are_in_the_compiled_report() {
    let r = report();
    let compiled = compiled_text(&r);
    let hay = haystack(compiled.iter().map(String::as_str));
    let all: Vec<String> = source_units()
        .iter()
        .flat_map(|u| sentences(u))
        .filter(|s| words(s) >= MIN_WORDS)
        .collect();
    let missing: Vec<&String> = all.iter().filter(|s| !contains_sentence(&hay, s)).collect();
    let pct = 100.0 * (all.len() - missing.len()) as f64 / all.len() as f64;
    for s in &missing {
        println!("missing from report.md: {s}");
    }
    println!(
        "{} of {} source sentences of {MIN_WORDS}+ words are in report.md ({pct:.2}%)",
        all.len() - missing.len(),
        all.len()
    );
    assert!(
        all.len() > 300,
        "too few source sentences found: {}",
        all.len()
    );
    assert!(
        pct >= 97.0,
        "only {pct:.2}% of the source's sentences are in report.md"
    );
}

#[test]
fn compiled_sentences_all_come_from_the_source() {
    let r = report();
    let source: Vec<String> = SOURCE.lines().map(clean).collect();
    let hay = haystack(source.iter().map(String::as_str));
    let mut checked = 0;
    let mut invented = Vec::new();
    for text in compiled_text(&r) {
        for line in text.lines() {
            for s in sentences(line) {
                if words(&s) < MIN_WORDS {
                    continue;
                }
                checked += 1;
                if !contains_sentence(&hay, &s) {
                    invented.push(s);
                }
            }
        }
    }
    for s in &invented {
        println!("not in the source: {s}");
    }
    println!("{checked} compiled sentences of {MIN_WORDS}+ words checked");
    assert!(checked > 300, "too few compiled sentences: {checked}");
    assert!(
        invented.is_empty(),
        "{} sentences are not in the source",
        invented.len()
    );
}

#[test]
fn citation_permission_and_copyright_equal_the_source() {
    let r = report();
    let line = |prefix: &str| {
        SOURCE
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no source line starts with {prefix:?}"))
    };
    let citation = line("Suggested citation:")
        .trim_start_matches("Suggested citation:")
        .trim();
    assert_eq!(r.meta.citation, citation);
    assert_eq!(r.meta.permission, line("Reproduction is authorised"));
    assert_eq!(r.meta.copyright, line("©"));
}

#[test]
fn sentence_tools_handle_the_source_quirks() {
    assert_eq!(
        clean("- 👉 **Bold:** text [link](#) and US\\$100"),
        "Bold: text link and US$100"
    );
    assert_eq!(
        clean("<b>Recommendations</b> for X\t21"),
        "Recommendations for X\t21"
    );
    assert_eq!(norm("Children’s “rights” —  4-7"), "children s rights 4 7");
    assert_eq!(
        sentences("It ends.\" Next one? Yes. No. 11930 stays"),
        ["It ends.\"", "Next one?", "Yes.", "No.", "11930 stays"]
    );
    assert_eq!(
        heading_name("### PAPUA NEW GUINEA (PNG):").as_deref(),
        Some("PAPUA NEW GUINEA")
    );
    assert_eq!(
        heading_name("#### **SOUTH KOREA:**").as_deref(),
        Some("SOUTH KOREA")
    );
    assert_eq!(
        heading_name("### THE PHILIPPINES:").as_deref(),
        Some("PHILIPPINES")
    );
    assert_eq!(heading_name("## CONCLUSION"), None);
}
