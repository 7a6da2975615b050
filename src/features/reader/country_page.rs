use crate::components::link::Link;
use crate::components::load_gate::with_report;
use crate::features::reader::block_list::BlockList;
use crate::i18n::t;
use crate::state::ReportData;
use lantern_core::content::Report;
use lantern_core::route::Page;
use leptos::prelude::*;
use std::sync::Arc;

fn country_view(report: &Report, slug: &str) -> AnyView {
    let nav = crate::nav::use_nav();
    let Some(country) = report.country(slug) else {
        nav.name_page(t().not_found_title.into());
        return view! { <h1>{t().not_found_title}</h1><p>{t().country_missing}</p> }.into_any();
    };
    let countries: Vec<(String, String)> = report
        .countries
        .iter()
        .map(|c| (c.slug.clone(), c.name.clone()))
        .collect();
    let examples = report
        .examples_of(slug)
        .into_iter()
        .map(|e| {
            let s = &report.sections[e.section];
            let href = Page::Section(s.id.clone()).at(&e.example.id);
            let where_ = s.title.clone();
            let chapter = &report.chapter_of(e.section).title;
            // The section's title is the link inside the sentence.
            let line = t().country_example_in.replace("{ $chapter }", chapter);
            let (before, after) = line
                .split_once("{ $section }")
                .map_or((line.clone(), String::new()), |(b, a)| {
                    (b.to_string(), a.to_string())
                });
            view! {
                <article class="example" id=e.example.id.clone()>
                    <p class="example-label">{before}<Link href=href>{where_}</Link>{after}</p>
                    <BlockList blocks=e.example.blocks.clone() countries=countries.clone()/>
                </article>
            }
        })
        .collect_view();
    // Places the name appears outside its own examples, e.g. Mongolia's only mention.
    let mentions = (report.sections_naming(&country.name).into_iter())
        .map(|i| {
            let s = &report.sections[i];
            let href = Page::Section(s.id.clone()).path();
            let title = s.title.clone();
            view! { <li><Link href=href>{title}</Link></li> }
        })
        .collect_view();
    let name = country.shown().to_string();
    nav.name_page(name.clone());
    view! {
        <h1>{name}</h1>
        {examples}
        <h2>{t().country_mentions}</h2>
        <ul>{mentions}</ul>
    }
    .into_any()
}

/// One country's examples in reading order, each linked into its chapter.
#[component]
pub fn CountryPage(
    /// The country's slug from the address.
    slug: String,
) -> impl IntoView {
    with_report(move |r: Arc<ReportData>| country_view(&r, &slug))
}
