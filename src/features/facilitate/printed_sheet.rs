use crate::features::facilitate::session_summary::citation;
use crate::i18n::{t, tf};
use crate::nav::use_nav;
use crate::platform;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::bank::Source;
use lantern_core::quiz::session::SheetQuestion;
use lantern_core::route::Page;
use leptos::prelude::*;

/// The report heading a question rests on, by title when the report is loaded.
fn source_text(source: &Source) -> String {
    let data = use_app_data();
    match source {
        Source::Guidance => t().general_advice.to_string(),
        Source::Section(id) => {
            let title = match data.report.get_untracked() {
                Load::Ready(r) => r.resolve(id).map(|i| r.sections[i].title.clone()),
                _ => None,
            };
            let title = title.unwrap_or_else(|| id.clone());
            tf(t().from_report_title, &[("title", (&title).into())])
        }
    }
}

fn question_view(q: SheetQuestion, key: bool) -> impl IntoView {
    let right = q.choices.iter().find(|c| c.right).cloned();
    let choices = (q.choices.into_iter())
        .map(|c| {
            let mark = (key && c.right).then_some(" ✓");
            let why = (key && !c.feedback.is_empty())
                .then(|| view! { <span class="choice-why">{c.feedback}</span> });
            view! {
                <li class:right=key && c.right>
                    <span class="letter">{format!("{}.", c.letter)}</span>" "<span class="choice-text">{c.text}</span>{mark}{why}
                </li>
            }
        })
        .collect_view();
    let answer = key.then(|| {
        let line = right.map(|r| {
            let letter = r.letter.to_string();
            tf(
                t().fac_answer_line,
                &[("letter", (&letter).into()), ("answer", (&r.text).into())],
            )
        });
        let discuss = (!q.discuss.is_empty()).then(|| {
            view! { <p class="discuss"><strong>{t().fac_discuss}": "</strong>{q.discuss}</p> }
        });
        view! {
            <div class="answer">
                <p><strong>{line}</strong></p>
                <p>{q.explanation}</p>
                {discuss}
                <p class="hint">{source_text(&q.source)}</p>
            </div>
        }
    });
    view! {
        <li class="print-question">
            <p class="print-prompt"><span class="q-number">{format!("{}.", q.number)}</span>" "{q.prompt}</p>
            <ul class="print-choices">{choices}</ul>
            {answer}
        </li>
    }
}

/// One session's questions on paper, in the order it asks them: the sheet
/// to hand out, or the facilitator's key with each choice's feedback and the
/// discussion prompt. A line for the group's name, never a child's.
#[component]
pub fn PrintedSheet(
    /// The session's questions, as it asks them.
    questions: Vec<SheetQuestion>,
    /// The answer key, or the question sheet.
    key: bool,
) -> impl IntoView {
    let date = platform::clock::format_date(platform::clock::now_ms());
    let help = format!(
        "{}{}",
        platform::dom::origin(),
        use_nav().href(&Page::Help.path())
    );
    let items = (questions.into_iter())
        .map(|q| question_view(q, key))
        .collect_view();
    view! {
        <article class="printable print-sheet" data-sheet=if key { "key" } else { "sheet" }>
            <header class="sheet-head">
                <h2>{if key { t().fac_key_heading } else { t().fac_sheet_heading }}</h2>
                <p class="sheet-date">{tf(t().fac_sheet_date, &[("date", (&date).into())])}</p>
                <p class="sheet-group">{t().fac_sheet_group}<span class="write-line"></span></p>
            </header>
            {(!key).then(|| view! { <p class="hint">{t().fac_sheet_hint}</p> })}
            <ol class="print-questions">{items}</ol>
            <footer class="sheet-foot">
                <p class="sheet-help">{tf(t().fac_sheet_help, &[("address", (&help).into())])}</p>
                <p class="citation">{tf(t().fac_source_line, &[("citation", (&citation()).into())])}</p>
            </footer>
        </article>
    }
}
