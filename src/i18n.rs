//! UI text, one catalogue per language. Components take every word from here,
//! so adding a language means adding a catalogue, not editing components.

pub struct Text {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_read: &'static str,
    pub home_intro: &'static str,
    pub home_start_reading: &'static str,
    pub contents_title: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub pager_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub in_chapter: &'static str,
    pub example_from: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub section_missing: &'static str,
    pub back_home: &'static str,
}

pub const EN: Text = Text {
    app_name: "Lantern",
    tagline: "The Collective Action report, and online safety, in your pocket",
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_home: "Home",
    nav_read: "Read",
    home_intro: "Lantern carries the report “Collective Action to End Child Sexual Exploitation and Abuse” (ECPAT International, 2024) so you can read it anywhere, even with no connection.",
    home_start_reading: "Start reading",
    contents_title: "Contents",
    loading: "Loading the report…",
    load_failed: "The report could not be loaded. Check your connection and try again.",
    retry: "Try again",
    pager_label: "Previous and next sections",
    previous: "Previous",
    next: "Next",
    in_chapter: "Chapter",
    example_from: "Example:",
    not_found_title: "Page not found",
    not_found_body: "There is nothing at this address. It may have moved.",
    section_missing: "This part of the report could not be found.",
    back_home: "Go to the home page",
};

/// The active catalogue.
pub fn t() -> &'static Text {
    &EN
}
