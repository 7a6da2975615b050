//! UI text. Components take every word from here, so a new language is a
//! new catalogue (content), never a change to a component. English is
//! compiled in from `content/en/ui.ftl` (build.rs); another language's
//! catalogue is installed once at start, before the view, and a message it
//! lacks stays English.

use lantern_core::catalogue::Catalogue;
use lantern_core::lang::Lang;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/ui_en.rs"));

/// The language in use and its words, set once per page load: changing
/// language reloads the page, so no view ever mixes two.
static CURRENT: OnceLock<(Lang, Text)> = OnceLock::new();

/// English, split from its text on first use.
static ENGLISH: OnceLock<Text> = OnceLock::new();

fn english() -> &'static Text {
    ENGLISH.get_or_init(english_text)
}

/// The active catalogue. Out of line: it is called from hundreds of places,
/// and one call is smaller than the check each would otherwise carry.
#[inline(never)]
pub fn t() -> &'static Text {
    CURRENT.get().map_or_else(english, |(_, text)| text)
}

/// The language the catalogue is in.
pub fn lang() -> Lang {
    CURRENT.get().map_or(Lang::En, |(lang, _)| *lang)
}

/// Makes `catalogue` the page's words; English is kept for any message it
/// lacks. False, and nothing changes, for a catalogue of another layout (an
/// older build's) or language. Once per page load.
pub fn install(lang: Lang, catalogue: Catalogue) -> bool {
    if catalogue.layout != LAYOUT || catalogue.lang != lang.tag() {
        return false;
    }
    // Kept for the page's life, as the compiled English is.
    let cat: &'static Catalogue = Box::leak(Box::new(catalogue));
    let mut list = english().to_list();
    let mut missing = Vec::new();
    for (slot, words) in list.iter_mut().zip(&cat.messages) {
        if words.is_empty() {
            missing.push(*slot);
        } else {
            *slot = words.as_str();
        }
    }
    let _ = IN_ENGLISH.set(missing);
    CURRENT.set((lang, Text::from_list(list))).is_ok()
}

/// The English messages shown for those the language in use lacks (none
/// for a complete one), to be marked `lang="en"` where they show.
static IN_ENGLISH: OnceLock<Vec<&'static str>> = OnceLock::new();

pub fn in_english() -> &'static [&'static str] {
    IN_ENGLISH.get().map_or(&[], Vec::as_slice)
}

/// One whole sentence from a message and its values (see
/// `lantern_core::i18n`): no sentence is glued from pieces in code, and
/// plurals come from the message.
pub fn tf(msg: &str, args: &[(&str, Arg<'_>)]) -> String {
    lantern_core::i18n::format(lang().tag(), msg, args)
}

pub use lantern_core::i18n::Arg;

/// The words of the pages' titles: each page's own heading.
pub fn title_words() -> lantern_core::route::TitleWords<'static> {
    let t = t();
    lantern_core::route::TitleWords {
        app: t.app_name,
        home: t.title_home,
        contents: t.contents_title,
        search: t.search_title,
        help: t.help_title,
        quiz: t.quiz_title,
        quiz_history: t.history_title,
        facilitate: t.fac_title,
        print: t.fac_print_title,
        summary: t.fac_summary_title,
        live: t.live_host_title,
        join: t.join_title,
        countries: t.countries_title,
        bookmarks: t.bookmarks_title,
        about: t.about_title,
        settings: t.settings_title,
        not_found: t.not_found_title,
    }
}

use lantern_core::quiz::bank::{Audience, Topic};

pub fn topic_label(topic: Topic) -> &'static str {
    let t = t();
    match topic {
        Topic::SexualExtortion => t.topic_sexual_extortion,
        Topic::Grooming => t.topic_grooming,
        Topic::SharingImages => t.topic_sharing_images,
        Topic::DeepfakesAi => t.topic_deepfakes_ai,
        Topic::Privacy => t.topic_privacy,
        Topic::MoneyTricks => t.topic_money_tricks,
        Topic::GettingHelp => t.topic_getting_help,
        Topic::BoysAndGirls => t.topic_boys_and_girls,
        Topic::TrustedPlaces => t.topic_trusted_places,
        Topic::CaregiverLiteracy => t.topic_caregiver_literacy,
        Topic::GreaterRisk => t.topic_greater_risk,
    }
}

pub fn audience_label(audience: Option<Audience>) -> &'static str {
    let t = t();
    match audience {
        None => t.audience_all,
        Some(Audience::Child) => t.audience_child,
        Some(Audience::Teen) => t.audience_teen,
        Some(Audience::Caregiver) => t.audience_caregiver,
        Some(Audience::Educator) => t.audience_educator,
    }
}

use lantern_core::quiz::session::SetupError;

/// Why the hub refused a live quiz's message, said kindly: to the child on
/// a phone, or to the facilitator.
pub fn live_error_text(e: lantern_core::quiz::live::LiveError) -> &'static str {
    use lantern_core::quiz::live::LiveError as E;
    let t = t();
    match e {
        E::WrongCode => t.join_err_code,
        E::NicknameEmpty => t.join_err_nickname_empty,
        E::NicknameTooLong => t.join_err_nickname_long,
        E::NicknameRefused => t.join_err_nickname_refused,
        E::NicknameTaken => t.join_err_nickname_taken,
        E::RoomFull => t.join_err_full,
        E::Busy => t.live_err_busy,
        E::NotHost | E::NoSession | E::UnknownToken => t.live_err_gone,
        E::NotLan => t.live_err_not_lan,
        E::BadSetup => t.live_err_setup,
        E::TimeUp => t.join_time_up,
        E::NoSuchTeam | E::NotNow | E::AlreadyAnswered | E::BadMessage | E::TooFast => {
            t.join_err_other
        }
    }
}

/// A setup problem, said kindly.
pub fn setup_error_text(e: SetupError) -> &'static str {
    let t = t();
    match e {
        SetupError::TooFewTeams => t.fac_err_too_few,
        SetupError::TooManyTeams => t.fac_err_too_many,
        SetupError::NoSuchTeam => t.fac_err_no_team,
        SetupError::EmptyName => t.fac_err_empty_name,
        SetupError::NameTooLong => t.fac_err_long_name,
        SetupError::DuplicateName => t.fac_err_duplicate,
        SetupError::SharedLook => t.fac_err_shared_look,
        SetupError::LengthOutOfRange => t.fac_err_length,
        SetupError::NoQuestions => t.fac_err_no_questions,
        SetupError::SafeguardingUnread => t.fac_err_safe_unread,
    }
}
