use leptos::prelude::*;

/// The pictures beside the main places' names, drawn here (never fetched):
/// a child who reads slowly can find a place by its picture, and the name
/// is always shown beside it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Home,
    Read,
    Quiz,
    Help,
    More,
    Search,
    Group,
    Settings,
    Bookmark,
    Globe,
    Info,
    Language,
}

impl Icon {
    /// 24 × 24 strokes in the text's colour.
    fn path(self) -> &'static str {
        match self {
            Icon::Home => "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10",
            Icon::Read => "M12 6c-2-1.5-5-2-8-1.5V19c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5V4.5c-3-.5-6 0-8 1.5zM12 6v14.5",
            Icon::Quiz => "M12 21a9 9 0 110-18 9 9 0 010 18zM9.5 9.5a2.5 2.5 0 115 0c0 2-2.5 2-2.5 4M12 17v.5",
            Icon::Help => "M12 20s-7.5-4.6-7.5-10A4 4 0 0112 7.6 4 4 0 0119.5 10c0 5.4-7.5 10-7.5 10z",
            Icon::More => "M5 12h.5M12 12h.5M19 12h.5",
            Icon::Search => "M10.5 17a6.5 6.5 0 110-13 6.5 6.5 0 010 13zM15.5 15.5L20 20",
            Icon::Group => "M8 11a3 3 0 100-6 3 3 0 000 6zM16 11a3 3 0 100-6 3 3 0 000 6zM2.5 20c.5-3 2.8-5 5.5-5s5 2 5.5 5M13.5 16c.8-.6 1.6-1 2.5-1 2.7 0 5 2 5.5 5",
            Icon::Settings => "M4 7h10M18 7h2M4 17h2M10 17h10M16 4.5v5M8 14.5v5",
            Icon::Bookmark => "M6.5 3.5h11v17l-5.5-4-5.5 4z",
            Icon::Globe => "M12 21a9 9 0 110-18 9 9 0 010 18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9M12 3C9.5 5.5 8.5 8.5 8.5 12s1 6.5 3.5 9",
            Icon::Info => "M12 21a9 9 0 110-18 9 9 0 010 18zM12 11v6M12 7.5v.5",
            // Two scripts side by side: a letter and a character.
            Icon::Language => "M3 5h8M7 3v2M5 5c.5 3 2.5 5.5 5 7M9 5c-.5 3-2.5 5.5-5 7M13 21l4-10 4 10M14.5 17.5h5",
        }
    }
}

/// An icon beside its label; hidden from screen readers, which read the label.
#[component]
pub fn IconMark(
    /// Which picture.
    icon: Icon,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=icon.path()/>
        </svg>
    }
}
