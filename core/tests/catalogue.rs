//! The UI catalogues: Fluent files compiled and checked against English.
#![cfg(feature = "compile")]

use lantern_core::catalogue::{check_against, compile_ftl, placeholders};
use lantern_core::i18n::format;
use lantern_core::lang::Lang;

fn english() -> Vec<lantern_core::catalogue::Message> {
    let src = include_str!("../../content/en/ui.ftl");
    compile_ftl("content/en/ui.ftl", src, Lang::En).expect("English compiles")
}

fn errors(src: &str, lang: Lang) -> Vec<String> {
    compile_ftl("content/xx/ui.ftl", src, lang).expect_err("should not compile")
}

#[test]
fn english_compiles_to_the_sentences_the_app_formats() {
    let en = english();
    assert!(en.len() > 300, "{} messages", en.len());
    let get = |id: &str| &en.iter().find(|m| m.id == id).unwrap().pattern;
    assert_eq!(
        get("teams-answered"),
        "{ $n -> [one] 1 team *[other] { $n } teams }"
    );
    assert_eq!(
        format(
            "en",
            get("fac-history-entry"),
            &[
                ("date", "3 Dec".into()),
                ("audience", "Everyone".into()),
                ("n", 1usize.into())
            ]
        ),
        "3 Dec · Everyone · 1 question"
    );
    assert_eq!(
        format("en", get("country-examples"), &[("n", 0usize.into())]),
        "mentioned in the text"
    );
    assert_eq!(get("quick-exit"), "Quick exit");
}

#[test]
fn a_broken_file_names_its_file_and_line() {
    let e = errors("ok = Fine\nbroken = { $n\n", Lang::En);
    assert!(
        e.iter().any(|e| e.starts_with("content/xx/ui.ftl:2:")),
        "{e:?}"
    );
}

#[test]
fn a_plural_category_the_language_lacks_is_an_error() {
    let src = "n =\n    { $n ->\n        [one] 1 item\n       *[other] { $n } items\n    }\n";
    assert!(compile_ftl("x.ftl", src, Lang::En).is_ok());
    let e = errors(src, Lang::Th);
    assert!(
        e[0].contains("content/xx/ui.ftl:1: n: [one] is not a plural category of th"),
        "{e:?}"
    );
    // An exact number is always allowed.
    let exact = "n =\n    { $n ->\n        [0] none\n       *[other] { $n }\n    }\n";
    assert!(compile_ftl("x.ftl", exact, Lang::Th).is_ok());
}

#[test]
fn terms_functions_and_references_are_refused_with_their_line() {
    let e = errors("a = One\nb = { a } and { NUMBER($n) }\n", Lang::En);
    assert!(e[0].starts_with("content/xx/ui.ftl:2: b:"), "{e:?}");
    let e = errors("-brand = Lantern\n", Lang::En);
    assert!(e[0].contains(":1: -brand: terms are not used"), "{e:?}");
}

#[test]
fn a_translation_is_held_to_english_placeholders_and_ids() {
    let en = english();
    let tr = compile_ftl(
        "content/th/ui.ftl",
        "quick-exit = ออกด่วน\n\ncall-name = โทร { $nam }\nno-such-message = ?\n",
        Lang::Th,
    )
    .unwrap();
    let c = check_against("content/th/ui.ftl", &en, &tr);
    assert_eq!(c.errors.len(), 2, "{:?}", c.errors);
    assert!(c.errors[0].starts_with(
        "content/th/ui.ftl:3: call-name: placeholders { $nam } differ from English { $name }"
    ));
    assert!(c.errors[1].starts_with("content/th/ui.ftl:4: no-such-message: no such message"));
    assert_eq!(c.missing.len(), en.len() - 2);
    assert!(!c.missing.contains(&"quick-exit".to_string()));
}

#[test]
fn braces_in_text_survive_as_text() {
    let m = compile_ftl("x.ftl", "a = { \"{\" }x{ \"}\" } { $n }\n", Lang::En).unwrap();
    assert_eq!(
        format("en", &m[0].pattern, &[("n", 2usize.into())]),
        "{x} 2"
    );
    assert_eq!(placeholders(&m[0].pattern), vec!["n"]);
}
