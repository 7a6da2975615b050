use lantern_core::quiz::session::{TeamColour, TeamSymbol};
use leptos::prelude::*;

/// The glyph drawn for a team's symbol, so colour is never the only cue.
pub fn symbol_glyph(s: TeamSymbol) -> &'static str {
    match s {
        TeamSymbol::Circle => "●",
        TeamSymbol::Triangle => "▲",
        TeamSymbol::Square => "■",
        TeamSymbol::Diamond => "◆",
        TeamSymbol::Star => "★",
        TeamSymbol::Heart => "♥",
        TeamSymbol::Hexagon => "⬢",
        TeamSymbol::Moon => "☾",
    }
}

/// A team's colour chip with its symbol, then its name.
#[component]
pub fn TeamBadge(
    /// The team's name, shown next to the mark.
    name: String,
    /// The chip's colour.
    colour: TeamColour,
    /// The glyph in the chip.
    symbol: TeamSymbol,
) -> impl IntoView {
    view! {
        <span class="team-badge">
            <TeamMark colour symbol/>
            <span class="team-name">{name}</span>
        </span>
    }
}

/// Only the colour chip with its symbol (for rows that show the name elsewhere).
#[component]
pub fn TeamMark(
    /// The chip's colour.
    colour: TeamColour,
    /// The glyph in the chip.
    symbol: TeamSymbol,
) -> impl IntoView {
    view! {
        <span class=format!("team-mark team-{}", colour.slug()) data-symbol=symbol.slug() aria-hidden="true">
            {symbol_glyph(symbol)}
        </span>
    }
}
