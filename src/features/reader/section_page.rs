use crate::components::did_you_mean::DidYouMean;
use crate::components::link::Link;
use crate::components::load_gate::with_report;
use crate::features::reader::block_list::BlockList;
use crate::features::reader::section_actions::SectionActions;
use crate::features::reader::state::use_reader;
use crate::i18n::t;
use crate::nav::use_nav;
use crate::state::ReportData;
use lantern_core::content::Report;
use lantern_core::route::{self, Page};
use leptos::prelude::*;
use std::sync::Arc;

fn pager_link(
    report: &Report,
    index: Option<usize>,
    label: &'static str,
    rel: &'static str,
) -> Option<impl IntoView> {
    let s = &report.sections[index?];
    let href = Page::Section(s.id.clone()).path();
    let title = s.title.clone();
    Some(view! {
        <Link href=href attr:rel=rel attr:class=format!("pager-{rel}")>
            <span class="pager-label">{label}</span>
            <span class="pager-title">{title}</span>
        </Link>
    })
}

fn section_view(report: &Report, id: &str) -> AnyView {
    let Some(index) = report.resolve(id) else {
        use_nav().name_page(t().not_found_title.into());
        return view! {
            <h1>{t().not_found_title}</h1>
            <p>{t().section_missing}</p>
            <DidYouMean/>
            <p><Link href=Page::Contents.path()>{t().contents_title}</Link></p>
        }
        .into_any();
    };
    let section = &report.sections[index];
    use_nav().name_page(section.title.clone());
    let chapter = report.chapter_of(index);
    let pos = report.position(index).expect("index from resolve");
    let countries = report
        .countries
        .iter()
        .map(|c| (c.slug.clone(), c.name.clone()))
        .collect();
    let breadcrumb = (chapter.id != section.id).then(|| {
        let href = Page::Section(chapter.id.clone()).path();
        // The chapter's title is the link inside the sentence.
        let (before, after) = t()
            .in_chapter
            .split_once("{ $chapter }")
            .unwrap_or((t().in_chapter, ""));
        let title = chapter.title.clone();
        view! { <p class="breadcrumb">{before}<Link href=href>{title}</Link>{after}</p> }
    });
    // A language without its own report text reads the English, marked so
    // a screen reader speaks it as English, and says so once.
    let body_lang =
        (report.meta.lang != crate::i18n::lang().tag()).then(|| report.meta.lang.clone());
    let body_note = body_lang
        .is_some()
        .then(|| view! { <p class="body-lang-note">{t().report_in_english}</p> });
    view! {
        <article class="section" data-section=section.id.clone()>
            {breadcrumb}
            <h1>{section.title.clone()}</h1>
            <SectionActions id=section.id.clone() title=section.title.clone()/>
            {body_note}
            <div class="section-body" lang=body_lang>
                <BlockList blocks=section.blocks.clone() countries=countries/>
            </div>
        </article>
        <nav class="pager" aria-label=t().pager_label>
            {pager_link(report, pos.prev, t().previous, "prev")}
            {pager_link(report, pos.next, t().next, "next")}
        </nav>
    }
    .into_any()
}

/// One section of the report, with its chapter and prev/next links.
#[component]
pub fn SectionPage(
    /// The section id from the address.
    id: String,
) -> impl IntoView {
    let nav = use_nav();
    let reader = use_reader();
    // "Read more" from a quiz answer comes with ?from=quiz; offer the way back.
    let back = move || {
        route::from_quiz(&nav.address.read()).then(|| {
            view! { <p class="back-to-quiz"><Link href=Page::Quiz.path() attr:class="button">{t().back_to_quiz}</Link></p> }
        })
    };
    view! {
        {back}
        {with_report(move |report: Arc<ReportData>| {
            if let Some(i) = report.resolve(&id) {
                reader.remember_position(&report.sections[i].id);
            }
            section_view(&report, &id)
        })}
    }
}
