use crate::i18n::{t, tf};
use lantern_core::content::{Block, Span};
use leptos::prelude::*;

/// Inline spans as text nodes, `<strong>` and `<em>` elements; never parsed as HTML.
pub fn spans_view(spans: &[Span]) -> impl IntoView {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(x) => x.clone().into_any(),
            Span::Strong(x) => view! { <strong>{x.clone()}</strong> }.into_any(),
            Span::Em(x) => view! { <em>{x.clone()}</em> }.into_any(),
        })
        .collect_view()
}

fn block_view(block: &Block, country_name: &dyn Fn(&str) -> String) -> AnyView {
    match block {
        Block::Para(s) => view! { <p>{spans_view(s)}</p> }.into_any(),
        Block::Heading(s) => view! { <h3 class="minor-heading">{spans_view(s)}</h3> }.into_any(),
        Block::Bullets(items) => view! {
            <ul>{items.iter().map(|i| view! { <li>{spans_view(i)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Numbered(items) => view! {
            <ol>{items.iter().map(|i| view! { <li>{spans_view(i)}</li> }).collect_view()}</ol>
        }
        .into_any(),
        Block::Example(ex) => {
            let name = country_name(&ex.country);
            let label = tf(t().example_from_country, &[("country", (&name).into())]);
            let (before, after) = t()
                .example_from_country
                .split_once("{ $country }")
                .unwrap_or(("", ""));
            let inner = ex
                .blocks
                .iter()
                .map(|b| block_view(b, country_name))
                .collect_view();
            view! {
                <aside class="example" id=ex.id.clone() aria-label=label>
                    <p class="example-label">{before}<strong>{name}</strong>{after}</p>
                    {inner}
                </aside>
            }
            .into_any()
        }
        Block::Trends(trends) => view! {
            // The trends are in the reader's language where the body may not be.
            <ol class="trends" lang=crate::i18n::lang().tag()>
                {trends
                    .iter()
                    .map(|tr| {
                        view! {
                            <li id=format!("trend-{}", tr.n)>
                                <strong>{tr.title.clone()}":"</strong>" "{spans_view(&tr.text)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any(),
    }
}

/// Renders a section's blocks.
#[component]
pub fn BlockList(
    /// The blocks, in reading order.
    blocks: Vec<Block>,
    /// Country slug → display name, for example labels.
    countries: Vec<(String, String)>,
) -> impl IntoView {
    let name = move |slug: &str| {
        countries
            .iter()
            .find(|(s, _)| s == slug)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| slug.to_string())
    };
    blocks.iter().map(|b| block_view(b, &name)).collect_view()
}
