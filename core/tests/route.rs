use lantern_core::route::{
    decode, encode, from_quiz, is_current, page_for, suggest, Address, LiveQuery, Page, PrintQuery,
    SearchQuery, TitleWords,
};

#[test]
fn every_page_has_its_address() {
    let cases = [
        ("/", Page::Home),
        ("/read", Page::Contents),
        (
            "/read/community-engagement",
            Page::Section("community-engagement".into()),
        ),
        ("/search", Page::Search),
        ("/help", Page::Help),
        ("/quiz", Page::Quiz),
        ("/quiz/history", Page::QuizHistory),
        ("/facilitate", Page::Facilitate),
        ("/facilitate/run", Page::FacilitateRun),
        ("/facilitate/print", Page::FacilitatePrint),
        (
            "/facilitate/summary/17",
            Page::FacilitateSummary("17".into()),
        ),
        ("/facilitate/live", Page::FacilitateLive),
        ("/join", Page::Join),
        ("/countries", Page::Countries),
        ("/country/fiji", Page::Country("fiji".into())),
        ("/bookmarks", Page::Bookmarks),
        ("/about", Page::About),
        ("/settings", Page::Settings),
    ];
    for (path, page) in cases {
        assert_eq!(page_for(path), page, "{path}");
    }
}

#[test]
fn a_trailing_slash_is_forgiven() {
    assert_eq!(page_for("/read/"), Page::Contents);
    assert_eq!(page_for("/quiz/history/"), Page::QuizHistory);
    assert_eq!(page_for(""), Page::Home);
    assert_eq!(page_for("/index.html"), Page::Home);
}

#[test]
fn unknown_or_incomplete_addresses_are_not_found() {
    for path in [
        "/nope",
        "/read/a/b",
        "/country",
        "/facilitate/summary",
        "/quiz/x",
    ] {
        assert_eq!(page_for(path), Page::NotFound, "{path}");
    }
}

#[test]
fn path_parts_are_decoded() {
    assert_eq!(
        page_for("/country/timor%2Dleste"),
        Page::Country("timor-leste".into())
    );
}

#[test]
fn the_query_and_fragment_are_split_from_the_path() {
    let a = Address::parse("/read/introduction?from=quiz#trend-3");
    assert_eq!(a.path, "/read/introduction");
    assert_eq!(a.query, "from=quiz");
    assert_eq!(a.page(), Page::Section("introduction".into()));
    assert_eq!(Address::parse("search").path, "/search");
}

#[test]
fn query_values_are_found_and_decoded() {
    let a = Address::parse("/search?x=1&q=caf%C3%A9+online&q=second&flag");
    assert_eq!(a.query_value("q").as_deref(), Some("café online"));
    assert_eq!(a.query_value("x").as_deref(), Some("1"));
    assert_eq!(a.query_value("flag").as_deref(), Some(""));
    assert_eq!(a.query_value("missing"), None);
}

#[test]
fn broken_escapes_never_fail() {
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("%FF"), "\u{FFFD}");
}

#[test]
fn encoding_round_trips_through_decoding() {
    for s in ["grooming & trust", "a+b=c?", "ẞ 你好 #1", "", "100% / 50%"] {
        assert_eq!(decode(&encode(s)), s);
    }
    assert_eq!(encode("a b&c"), "a%20b%26c");
}

#[test]
fn links_mark_their_page_and_the_pages_beneath_it() {
    assert!(is_current("/", "/"));
    assert!(!is_current("/", "/read"));
    assert!(is_current("/read", "/read"));
    assert!(is_current("/read", "/read/introduction"));
    assert!(!is_current("/read", "/reader"));
    assert!(is_current("/quiz", "/quiz/history"));
    assert!(is_current("/search?q=x", "/search"));
}

#[test]
fn a_country_is_found_whatever_the_case() {
    assert_eq!(page_for("/country/FIJI"), Page::Country("fiji".into()));
    assert_eq!(
        page_for("/country/Lao-PDR"),
        Page::Country("lao-pdr".into())
    );
}

#[test]
fn an_address_that_ended_a_sentence_suggests_the_page_meant() {
    assert_eq!(
        suggest("/read/introduction."),
        Some("/read/introduction".into())
    );
    assert_eq!(suggest("/help.html"), Some("/help".into()));
    assert_eq!(suggest("/help."), Some("/help".into()));
    assert_eq!(suggest("/settings),"), Some("/settings".into()));
    assert_eq!(suggest("/help"), None);
    assert_eq!(suggest("/no-such-page.html"), None);
}

#[test]
fn every_page_gives_the_path_that_names_it() {
    let pages = [
        Page::Home,
        Page::Contents,
        Page::Section("community-engagement".into()),
        Page::Search,
        Page::Help,
        Page::Quiz,
        Page::QuizHistory,
        Page::Facilitate,
        Page::FacilitateRun,
        Page::FacilitatePrint,
        Page::FacilitateSummary("1700000000000".into()),
        Page::FacilitateLive,
        Page::Join,
        Page::Countries,
        Page::Country("lao-pdr".into()),
        Page::Bookmarks,
        Page::About,
        Page::Settings,
        Page::NotFound,
    ];
    for page in pages {
        assert_eq!(page_for(&page.path()), page, "{}", page.path());
    }
}

#[test]
fn an_odd_id_survives_the_round_trip() {
    let page = Page::Section("a b/ç".into());
    assert_eq!(page_for(&page.path()), page);
}

#[test]
fn a_search_query_is_carried_in_the_address() {
    let q = SearchQuery {
        q: "sexual extortion & boys".into(),
    };
    assert_eq!(SearchQuery::read(&Address::parse(&q.href())), q);
    assert_eq!(SearchQuery::default().href(), "/search");
}

#[test]
fn read_more_from_a_quiz_offers_the_way_back() {
    let href = Page::section_from_quiz("introduction");
    assert_eq!(
        page_for(&Address::parse(&href).path),
        Page::Section("introduction".into())
    );
    assert!(from_quiz(&Address::parse(&href)));
    assert!(!from_quiz(&Address::parse("/read/introduction")));
}

#[test]
fn a_print_choice_is_carried_in_the_address() {
    for key in [true, false] {
        let q = PrintQuery { key };
        assert_eq!(PrintQuery::read(&Address::parse(&q.href())), q);
    }
    assert_eq!(
        PrintQuery { key: true }.href(),
        "/facilitate/print?show=key"
    );
    // An address from an earlier build, which chose its own questions,
    // still opens: the session's questions, as the key it asked for.
    let old = Address::parse("/facilitate/print?show=key&audience=teen&topics=privacy&n=12");
    assert_eq!(PrintQuery::read(&old), PrintQuery { key: true });
    assert_eq!(
        PrintQuery::read(&Address::parse("/facilitate/print?show=nonsense")),
        PrintQuery::default()
    );
}

const WORDS: TitleWords = TitleWords {
    app: "Lantern",
    home: "the report and online safety",
    contents: "Contents",
    search: "Search the report",
    help: "Get help",
    quiz: "Online safety quiz",
    quiz_history: "Past quizzes",
    facilitate: "Run the quiz with a group",
    print: "Print for a group",
    summary: "Session summary",
    live: "Live quiz",
    join: "Join a live quiz",
    countries: "Countries",
    bookmarks: "Bookmarks",
    about: "About",
    settings: "Settings",
    not_found: "Page not found",
};

#[test]
fn a_title_names_the_page_first_and_lantern_last() {
    let title = Page::Contents.title(&WORDS, "");
    assert_eq!(title, "Contents — Lantern");
    assert_eq!(
        Page::Section("introduction".into()).title(&WORDS, "Introduction"),
        "Introduction — Lantern"
    );
    assert_eq!(
        Page::Country("fiji".into()).title(&WORDS, "Fiji"),
        "Fiji — Lantern"
    );
    assert_eq!(Page::NotFound.title(&WORDS, ""), "Page not found — Lantern");
}

#[test]
fn a_section_not_yet_loaded_is_titled_by_its_list() {
    let section = Page::Section("introduction".into()).title(&WORDS, "");
    assert_eq!(section, "Contents — Lantern");
    let country = Page::Country("fiji".into()).title(&WORDS, "");
    assert_eq!(country, "Countries — Lantern");
}

#[test]
fn the_home_title_says_what_lantern_is() {
    assert_eq!(
        Page::Home.title(&WORDS, ""),
        "Lantern — the report and online safety"
    );
}

#[test]
fn a_step_comes_before_its_page() {
    assert_eq!(
        Page::Quiz.title(&WORDS, "Question 3 of 10"),
        "Question 3 of 10 — Online safety quiz — Lantern"
    );
    assert_eq!(
        Page::FacilitateRun.title(&WORDS, "Session complete"),
        "Session complete — Run the quiz with a group — Lantern"
    );
}

#[test]
fn every_fixed_page_has_its_own_title() {
    let pages = [
        "/",
        "/read",
        "/search",
        "/help",
        "/quiz",
        "/quiz/history",
        "/facilitate",
        "/facilitate/print",
        "/facilitate/summary/x",
        "/countries",
        "/bookmarks",
        "/about",
        "/settings",
        "/nowhere",
    ];
    let titles: std::collections::HashSet<String> = pages
        .iter()
        .map(|p| page_for(p).title(&WORDS, ""))
        .collect();
    assert_eq!(titles.len(), pages.len());
    assert!(titles
        .iter()
        .all(|t| t.ends_with("Lantern") || t.starts_with("Lantern — ")));
}

#[test]
fn a_language_prefix_names_the_same_page_as_the_bare_address() {
    use lantern_core::lang::Lang;
    use lantern_core::route::{lang_prefix, without_lang};
    for (url, page) in [
        (
            "/th/read/introduction",
            Page::Section("introduction".into()),
        ),
        ("/th", Page::Home),
        ("/th/", Page::Home),
        ("/id/help", Page::Help),
        ("/zh-Hant/country/fiji", Page::Country("fiji".into())),
        ("/th?from=x", Page::Home),
    ] {
        assert_eq!(Address::parse(url).page(), page, "{url}");
    }
    assert_eq!(
        without_lang("/th/read/x?from=quiz#trend-2"),
        (Lang::Th, "/read/x?from=quiz#trend-2")
    );
    assert_eq!(without_lang("/read/x"), (Lang::En, "/read/x"));
    // Only a whole first segment is a language: these are English addresses.
    for url in ["/thailand", "/identity/x", "/en/read/x", "/read/th"] {
        assert_eq!(without_lang(url), (Lang::En, url), "{url}");
    }
    assert_eq!(Address::parse("/thailand").page(), Page::NotFound);
    assert_eq!(lang_prefix(Lang::En), "");
    assert_eq!(lang_prefix(Lang::Th), "/th");
    assert_eq!(lang_prefix(Lang::ZhHant), "/zh-Hant");
}

#[test]
fn the_live_page_opens_a_quiz_only_when_asked() {
    let open = LiveQuery { open: true };
    assert_eq!(open.href(), "/facilitate/live?open=1");
    let address = Address::parse(&open.href());
    assert_eq!(address.page(), Page::FacilitateLive);
    assert_eq!(LiveQuery::read(&address), open);
    assert_eq!(LiveQuery::default().href(), "/facilitate/live");
    let back = Address::parse("/facilitate/live?open=0");
    assert_eq!(LiveQuery::read(&back), LiveQuery::default());
}
