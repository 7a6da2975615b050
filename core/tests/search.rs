use lantern_core::content::Report;
use lantern_core::markdown::parse_report;
use lantern_core::search::{fold, Hit, SearchIndex, SnippetPart, SNIPPET_CHARS};

const REPORT: &str = include_str!("../../content/en/report.md");

fn real() -> (Report, SearchIndex) {
    let r = parse_report("report.md", REPORT).expect("report.md compiles");
    let i = SearchIndex::build(&r);
    (r, i)
}

/// A small report from a Markdown body, with Fiji and Lao PDR as countries.
fn fixture(body: &str) -> (Report, SearchIndex) {
    let src = format!(
        "---\ntitle: T\ncitation: C\npermission: P\nlang: en\n\
         country: fiji = Fiji\ncountry: lao-pdr = Lao PDR\n---\n{body}"
    );
    let r = parse_report("fixture.md", &src).expect("fixture compiles");
    let i = SearchIndex::build(&r);
    (r, i)
}

fn ids<'a>(r: &'a Report, hits: &[Hit]) -> Vec<&'a str> {
    hits.iter()
        .map(|h| r.sections[h.section].id.as_str())
        .collect()
}

fn marks(hit: &Hit) -> Vec<&str> {
    hit.snippet
        .iter()
        .filter_map(|p| match p {
            SnippetPart::Mark(m) => Some(m.as_str()),
            SnippetPart::Text(_) => None,
        })
        .collect()
}

fn snippet_text(hit: &Hit) -> String {
    hit.snippet
        .iter()
        .map(|p| match p {
            SnippetPart::Mark(s) | SnippetPart::Text(s) => s.as_str(),
        })
        .collect()
}

#[test]
fn extortion_reaches_the_trend_and_the_sections_on_it() {
    let (r, i) = real();
    let hits = i.query(&r, "extortion", 50);
    let found = ids(&r, &hits);
    assert!(found.contains(&"at-a-glance"), "{found:?}");
    assert!(found.contains(&"technological-exploitation"), "{found:?}");
    // The section with extortion in its title comes first.
    assert_eq!(found[0], "technological-exploitation", "{found:?}");
}

#[test]
fn a_prefix_finds_what_the_whole_word_finds() {
    let (r, i) = real();
    let whole = ids(&r, &i.query(&r, "extortion", 100));
    let prefix = ids(&r, &i.query(&r, "extort", 100));
    let mut a = whole.clone();
    let mut b = prefix.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert!(prefix.contains(&"at-a-glance") && prefix.contains(&"technological-exploitation"));
}

#[test]
fn case_and_diacritics_do_not_matter() {
    let (r, i) = real();
    let plain = i.query(&r, "extortion", 100);
    for q in [
        "EXTORTION",
        "extörtion",
        "Éxtortión",
        "ExTorTion ",
        "exto\u{308}rtion",
    ] {
        assert_eq!(i.query(&r, q, 100), plain, "query {q:?}");
    }
}

#[test]
fn accented_text_is_found_by_plain_ascii() {
    let (r, i) = fixture(
        "# A {#a}\n\nThe Conexión network met in Hà Nội with Nguyễn and Søren.\n\n\
         # B {#b}\n\nNothing accented here.\n",
    );
    for q in ["conexion", "ha noi", "nguyen", "soren", "CONEXIÓN"] {
        let hits = i.query(&r, q, 10);
        assert_eq!(ids(&r, &hits), ["a"], "query {q:?}");
    }
    let hits = i.query(&r, "nguyen", 10);
    assert_eq!(marks(&hits[0]), ["Nguyễn"]);
}

#[test]
fn a_title_hit_outranks_a_body_only_hit() {
    let (r, i) = fixture(
        "# Part {#p}\n\n## Chapter {#c}\n\n\
         ### Body only {#body-only}\n\nGrooming online, grooming in games, grooming again.\n\n\
         ### Grooming {#grooming}\n\nA short section.\n",
    );
    let hits = i.query(&r, "grooming", 10);
    assert_eq!(ids(&r, &hits), ["grooming", "body-only"]);
    assert!(hits[0].score > hits[1].score);
}

#[test]
fn an_exact_word_outranks_a_longer_word_it_begins() {
    let (r, i) = fixture("# Risky {#risky}\n\nRisky play.\n\n# Risk {#risk}\n\nRisk and play.\n");
    let hits = i.query(&r, "risk", 10);
    assert_eq!(ids(&r, &hits), ["risk", "risky"]);
}

#[test]
fn more_occurrences_rank_higher_with_diminishing_returns() {
    let (r, i) = fixture(
        "# One {#one}\n\nTrust.\n\n# Four {#four}\n\nTrust, trust, trust, trust.\n\n\
         # Two {#two}\n\nTrust and trust.\n",
    );
    let hits = i.query(&r, "trust", 10);
    assert_eq!(ids(&r, &hits), ["four", "two", "one"]);
    let score = |id: &str| {
        hits.iter()
            .find(|h| r.sections[h.section].id == id)
            .unwrap()
            .score
    };
    // Four times the words is less than four times the score.
    assert!(score("four") < 4 * score("one"));
    // Each extra occurrence adds less than the one before.
    assert!(score("four") - score("two") < 2 * (score("two") - score("one")));
}

#[test]
fn every_term_must_match() {
    let (r, i) = fixture(
        "# Both {#both}\n\nGrooming happens in games.\n\n\
         # Games {#games}\n\nGames are fun.\n\n# Grooming {#grooming}\n\nGrooming is a risk.\n",
    );
    assert_eq!(ids(&r, &i.query(&r, "grooming games", 10)), ["both"]);
    assert_eq!(ids(&r, &i.query(&r, "gam groom", 10)), ["both"]);
    assert!(i.query(&r, "grooming zebras", 10).is_empty());

    let (r, i) = real();
    let hits = i.query(&r, "boys extortion", 50);
    assert!(!hits.is_empty());
    for h in &hits {
        let text = fold(&format!(
            "{} {}",
            r.sections[h.section].title,
            r.sections[h.section].plain_text()
        ));
        assert!(
            text.contains("boys") && text.contains("extort"),
            "{}",
            r.sections[h.section].id
        );
    }
}

#[test]
fn a_country_example_counts_for_its_section() {
    let (r, i) = fixture(
        "# Part {#p}\n\nIntro text.\n\n## Chapter {#c}\n\n### Section {#s}\n\nPlain words.\n\n\
         ::: example fiji\nThe talanoa circle meets weekly.\n:::\n",
    );
    assert_eq!(ids(&r, &i.query(&r, "talanoa", 10)), ["s"]);
    // The example's country label finds it too.
    assert_eq!(ids(&r, &i.query(&r, "fiji", 10)), ["s"]);

    // Found by the label alone, the snippet shows the example's text.
    let filler = "Plain words of a long section. ".repeat(20);
    let (r, i) = fixture(&format!(
        "# Part {{#p}}\n\n{filler}\n\n::: example lao-pdr\nThe border project works.\n:::\n"
    ));
    let hits = i.query(&r, "lao", 10);
    let text = snippet_text(&hits[0]);
    assert!(text.contains("The border project works."), "{text}");

    let (r, i) = real();
    let tapang = ids(&r, &i.query(&r, "Tapang", 10));
    assert!(tapang.contains(&"community-engagement"), "{tapang:?}");
    let cambodia = ids(&r, &i.query(&r, "cambodia", 50));
    assert!(cambodia.contains(&"community-engagement"), "{cambodia:?}");
}

#[test]
fn snippets_mark_every_matched_word() {
    let (r, i) = real();
    let hits = i.query(&r, "extort", 50);
    assert!(!hits.is_empty());
    for h in &hits {
        let m = marks(h);
        assert!(!m.is_empty(), "no mark for {}", r.sections[h.section].id);
        assert!(m.iter().all(|m| fold(m).starts_with("extort")), "{m:?}");
    }
    let glance = hits
        .iter()
        .find(|h| r.sections[h.section].id == "at-a-glance")
        .unwrap();
    assert!(marks(glance).contains(&"Extortion"), "{:?}", glance.snippet);

    let (r, i) = fixture("# A {#a}\n\nGames and grooming: grooming in games.\n");
    let hits = i.query(&r, "grooming games", 10);
    assert_eq!(marks(&hits[0]), ["Games", "grooming", "grooming", "games"]);
    assert_eq!(
        hits[0].snippet,
        vec![
            SnippetPart::Mark("Games".into()),
            SnippetPart::Text(" and ".into()),
            SnippetPart::Mark("grooming".into()),
            SnippetPart::Text(": ".into()),
            SnippetPart::Mark("grooming".into()),
            SnippetPart::Text(" in ".into()),
            SnippetPart::Mark("games".into()),
            SnippetPart::Text(".".into()),
        ]
    );
}

#[test]
fn snippets_are_cut_on_word_boundaries_around_the_first_match() {
    let (r, i) = real();
    for q in [
        "extortion",
        "deepfakes",
        "snake ladder",
        "children",
        "conexion",
        "orphanages",
    ] {
        for h in i.query(&r, q, 20) {
            let text = snippet_text(&h);
            let n = text.chars().count();
            assert!(n <= SNIPPET_CHARS + 45, "{q:?}: {n} chars: {text}");
            let body = r.sections[h.section]
                .plain_text()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let inner = text.trim_start_matches('…').trim_end_matches('…');
            let at = body
                .find(inner)
                .unwrap_or_else(|| panic!("{q:?}: not in body: {inner}"));
            let end = at + inner.len();
            if text.starts_with('…') {
                assert!(
                    body[..at].ends_with(' '),
                    "{q:?}: cut mid-word at start: {text}"
                );
            } else {
                assert_eq!(at, 0);
            }
            if text.ends_with('…') {
                assert!(
                    body[end..].starts_with(' '),
                    "{q:?}: cut mid-word at end: {text}"
                );
            } else {
                assert_eq!(end, body.len());
            }
        }
    }
}

#[test]
fn a_match_deep_in_a_long_section_gets_a_cut_snippet() {
    let filler = "Words before the match. ".repeat(40);
    let after = "More words after it. ".repeat(40);
    let (r, i) = fixture(&format!(
        "# A {{#a}}\n\n{filler}Here is sextortion at last. {after}\n"
    ));
    let hits = i.query(&r, "sextortion", 10);
    let text = snippet_text(&hits[0]);
    assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
    assert_eq!(marks(&hits[0]), ["sextortion"]);
    let lead = text.find("sextortion").unwrap();
    assert!(text[..lead].chars().count() < SNIPPET_CHARS / 2, "{text}");
}

#[test]
fn snippets_of_multibyte_text_stay_on_char_boundaries() {
    // Every character here is two to four bytes long, at every offset.
    let unit = "Ñandú 子供の安全 ẞtraße 🧒🏽 ē\u{301}vé ";
    for pad in 0..12 {
        let before = unit.repeat(pad + 3);
        let after = unit.repeat(12 - pad);
        let body = format!("{before}ŝafety ŜAFETY über{after}");
        let (r, i) = fixture(&format!("# A {{#a}}\n\n{body}\n"));
        for q in [
            "safety", "ŝäfety", "uber", "ÜBER", "nandu", "子供", "ēve", "ẞtra", "sstr",
        ] {
            let hits = i.query(&r, q, 5);
            assert_eq!(hits.len(), 1, "pad {pad}, query {q:?}");
            let m = marks(&hits[0]);
            assert!(
                !m.is_empty(),
                "pad {pad}, query {q:?}: {:?}",
                hits[0].snippet
            );
            let folded_q = fold(q);
            assert!(m.iter().all(|m| fold(m).starts_with(&folded_q)), "{m:?}");
        }
    }
}

#[test]
fn empty_short_or_punctuation_queries_find_nothing() {
    let (r, i) = real();
    for q in [
        "", " ", "\t\n", "e", "É", "a ", "!!", "...", "— –", "' \" ’", "?!?!", "a b c", "🧒", "#",
    ] {
        assert!(i.query(&r, q, 10).is_empty(), "query {q:?} found something");
    }
    assert!(i.query(&r, "children", 0).is_empty());
}

#[test]
fn odd_unicode_queries_never_panic() {
    let (r, i) = real();
    let (fr, fi) = fixture(
        "# A {#a}\n\nÑandú 子供の安全 ẞtraße 🧒🏽 ē\u{301}vé e\u{301}\u{302}x ‘quoted’ text.\n",
    );
    let odd = [
        "\u{301}",
        "\u{301}\u{301}ex",
        "e\u{301}",
        "\u{200d}\u{200d}",
        "👨‍👩‍👧",
        "🧒🏽🧒🏽",
        "\u{0}\u{0}",
        "\u{feff}ch",
        "\u{fffd}\u{fffd}",
        "İstanbul",
        "ǅungla",
        "ﬁsh",
        "ŉ",
        "ΣΊΣΥΦΟΣ",
        "кириллица",
        "مرحبا بالعالم",
        "שלום",
        "子供",
        "子",
        "ไทย",
        "\u{10ffff}\u{10ffff}",
        "a\u{301}\u{301}\u{301}\u{301}",
        "ẞ",
        "ß",
        "ﬀ",
        "Ⅻ",
        "²³",
        "x\u{20dd}y",
        "'s",
        "’s",
        "--",
        "chi*ld",
        "child*",
        "\"children\"",
        "(child)",
        "[x](#)",
        "<mark>child</mark>",
        "&amp;",
    ];
    let long = "extortion ".repeat(500) + &"é".repeat(5000);
    for q in odd.iter().copied().chain([long.as_str()]) {
        for (r, i) in [(&r, &i), (&fr, &fi)] {
            for h in i.query(r, q, 20) {
                assert!(h.section < r.sections.len());
                let _ = snippet_text(&h);
            }
        }
    }
}

#[test]
fn results_are_best_first_and_limited() {
    let (r, i) = real();
    let all = i.query(&r, "children", 1000);
    assert!(all.len() > 20, "{}", all.len());
    assert!(all.windows(2).all(|w| w[0].score >= w[1].score));
    let top = i.query(&r, "children", 5);
    assert_eq!(top.len(), 5);
    assert_eq!(top, all[..5]);
}

#[test]
fn the_index_is_compact_and_deterministic() {
    let (r, i) = real();
    assert!(
        i.term_count() > 1000 && i.term_count() < 10_000,
        "{}",
        i.term_count()
    );
    assert!(i.posting_count() < 40_000, "{}", i.posting_count());
    assert_eq!(SearchIndex::build(&r), i);
    let empty = SearchIndex::default();
    assert!(empty.query(&r, "children", 10).is_empty());
}

#[test]
fn a_word_inside_a_run_of_thai_is_found_and_marked() {
    // Thai writes no spaces between words: "trends, broad and specific".
    let (r, i) = fixture(
        "# แนวโน้มที่กว้างและเฉพาะเจาะจง {#trends}\n\nการแสวงประโยชน์ทางเพศจากเด็กทางออนไลน์\n\n\
         # อื่น {#other}\n\nข้อความอื่น\n",
    );
    // Inside the title's run, and inside the body's.
    assert_eq!(ids(&r, &i.query(&r, "กว้าง", 10)), ["trends"]);
    let hits = i.query(&r, "ออนไลน์", 10);
    assert_eq!(ids(&r, &hits), ["trends"]);
    assert_eq!(marks(&hits[0]), ["การแสวงประโยชน์ทางเพศจากเด็กทางออนไลน์"]);
    // Every term must still be found.
    assert!(i.query(&r, "กว้าง ญี่ปุ่น", 10).is_empty());
    // Latin terms keep to the start of a word.
    let (r, i) = fixture("# Online {#on}\n\nNonline.\n");
    assert!(i.query(&r, "nline", 10).is_empty());
}
