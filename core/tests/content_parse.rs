use lantern_core::content::{Block, Span};
use lantern_core::markdown::{parse_inline, parse_report};

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("serialises")
}

const MINI: &str = include_str!("fixtures/mini.md");

fn with_body(body: &str) -> String {
    format!(
        "---\ntitle: T\ncitation: C\npermission: P\nlang: en\ncountry: fiji = Fiji\n---\n{body}"
    )
}

fn error_of(body: &str) -> String {
    parse_report("r.md", &with_body(body))
        .unwrap_err()
        .to_string()
}

#[test]
fn fixture_parses_into_parts_chapters_and_sections() {
    let r = parse_report("mini.md", MINI).unwrap();
    assert_eq!(r.meta.title, "A Small Report");
    assert_eq!(r.meta.permission, "Reproduction is authorised.");
    let ids: Vec<_> = r.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "introduction",
            "at-a-glance",
            "community-work",
            "second-look"
        ]
    );
    let parts: Vec<_> = r.parts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(parts, ["introduction", "trends"]);
    assert_eq!(r.part_of(2).id, "trends");
    assert_eq!(r.chapter_of(2).id, "in-detail");
}

#[test]
fn paragraph_lines_join_and_emphasis_becomes_spans() {
    let r = parse_report("mini.md", MINI).unwrap();
    let Block::Para(spans) = &r.sections[0].blocks[0] else {
        panic!("not a paragraph")
    };
    assert_eq!(
        spans,
        &vec![
            Span::Text("The first paragraph runs over two lines with ".into()),
            Span::Strong("strong words".into()),
            Span::Text(" and ".into()),
            Span::Em("emphasis".into()),
            Span::Text(".".into()),
        ]
    );
}

#[test]
fn trends_keep_number_title_and_text() {
    let r = parse_report("mini.md", MINI).unwrap();
    let trends: Vec<_> = r.trends().map(|(_, t)| (t.n, t.title.clone())).collect();
    assert_eq!(
        trends,
        [
            (1, "Online risk".to_string()),
            (2, "Sexual extortion".to_string())
        ]
    );
    let (_, second) = r.trends().nth(1).unwrap();
    assert_eq!(
        second.text,
        vec![Span::Text("It is rising, and boys are targeted.".into())]
    );
}

#[test]
fn examples_belong_to_section_and_country_in_reading_order() {
    let r = parse_report("mini.md", MINI).unwrap();
    let fiji = r.examples_of("fiji");
    assert_eq!(fiji.len(), 2);
    assert_eq!(fiji[0].example.id, "fiji-1");
    assert_eq!(r.sections[fiji[0].section].id, "community-work");
    assert_eq!(r.sections[fiji[1].section].id, "second-look");
    let index: Vec<_> = r
        .country_index()
        .into_iter()
        .map(|(c, n)| (c.name.as_str(), n))
        .collect();
    assert_eq!(index, [("Fiji", 2), ("Lao PDR", 1)]);
}

#[test]
fn section_inherits_chapter_themes_unless_it_has_its_own() {
    let r = parse_report("mini.md", MINI).unwrap();
    assert_eq!(r.sections[1].themes, ["technology"]);
    assert_eq!(r.sections[2].themes, ["community"]);
}

#[test]
fn escaped_star_is_literal_text() {
    let r = parse_report("mini.md", MINI).unwrap();
    assert!(r.sections[2].plain_text().contains("Escaped *star."));
}

#[test]
fn resolve_maps_chapter_and_part_ids_to_their_first_section() {
    let r = parse_report("mini.md", MINI).unwrap();
    assert_eq!(r.resolve("in-detail"), Some(2));
    assert_eq!(r.resolve("trends"), Some(1));
    assert_eq!(r.resolve("second-look"), Some(3));
    assert_eq!(r.resolve("nowhere"), None);
    let pos = r.position(0).unwrap();
    assert_eq!((pos.prev, pos.next), (None, Some(1)));
    assert_eq!(r.position(3).unwrap().next, None);
}

#[test]
fn duplicate_id_names_both_lines() {
    let e = error_of("# A {#a}\n\nText.\n\n# B {#a}\n\nMore.\n");
    assert_eq!(e, "r.md:12: duplicate id `a` (first used on line 8)");
}

#[test]
fn unknown_country_is_an_error_with_line() {
    let e = error_of("# A {#a}\n\n::: example atlantis\nText.\n:::\n");
    assert!(e.starts_with("r.md:10: unknown country `atlantis`"), "{e}");
}

#[test]
fn empty_section_is_an_error_with_line() {
    let e = error_of("# A {#a}\n\n## B {#b}\n\n### C {#c}\n\n### D {#d}\n\nText.\n");
    assert_eq!(e, "r.md:12: section `c` is empty");
}

#[test]
fn empty_part_is_an_error() {
    let e = error_of("# A {#a}\n\n# B {#b}\n\nText.\n");
    assert_eq!(e, "r.md:8: this part is empty: give it text or a chapter");
}

#[test]
fn unknown_theme_is_an_error() {
    let e = error_of("# A {#a themes=cooking}\n\nText.\n");
    assert!(e.starts_with("r.md:8: unknown theme `cooking`"), "{e}");
}

#[test]
fn heading_without_id_is_an_error() {
    assert_eq!(
        error_of("# A\n\nText.\n"),
        "r.md:8: this heading needs an id, e.g. `{#my-id}`"
    );
}

#[test]
fn unclosed_fence_is_an_error() {
    let e = error_of("# A {#a}\n\n::: example fiji\nText.\n");
    assert_eq!(e, "r.md:10: fence `:::` is never closed");
}

#[test]
fn trends_out_of_order_are_an_error() {
    let e = error_of("# A {#a}\n\n::: trends\n1. **X:** y\n3. **Z:** w\n:::\n");
    assert_eq!(e, "r.md:12: trend number 3 is out of order");
}

#[test]
fn missing_front_matter_is_an_error() {
    let e = parse_report("r.md", "# A {#a}\n").unwrap_err().to_string();
    assert_eq!(e, "r.md:1: the file must start with `---` front matter");
}

#[test]
fn unclosed_emphasis_is_an_error() {
    assert!(parse_inline("a **b").is_err());
    assert!(parse_inline("a *b").is_err());
    assert_eq!(
        parse_inline("a \\* b").unwrap(),
        vec![Span::Text("a * b".into())]
    );
}

#[test]
fn compiled_report_round_trips_through_json() {
    let r = parse_report("mini.md", MINI).unwrap();
    let json = to_json(&r);
    let back: lantern_core::content::Report = serde_json::from_str(&json).unwrap();
    assert_eq!(r, back);
}

#[test]
fn sections_naming_a_country_are_found_in_any_case() {
    let r = parse_report("mini.md", MINI).unwrap();
    let ids = |name: &str| -> Vec<String> {
        r.sections_naming(name)
            .into_iter()
            .map(|i| r.sections[i].id.clone())
            .collect()
    };
    assert_eq!(ids("Fiji"), ["community-work", "second-look"]);
    assert_eq!(ids("LAO pdr"), ["community-work"]);
    assert!(ids("Mongolia").is_empty());
}
