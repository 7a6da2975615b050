use crate::components::audience_picker::AudiencePicker;
use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::components::topic_picker::TopicPicker;
use crate::features::facilitate::session_summary::citation;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::{t, tf};
use crate::nav::{use_nav, Go};
use crate::platform;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::bank::{Bank, Question, Source};
use lantern_core::quiz::session::{MAX_LENGTH, MIN_LENGTH};
use lantern_core::route::{Page, PrintQuery};
use leptos::prelude::*;
use std::sync::Arc;

fn letter(i: usize) -> String {
    char::from(b'A' + (i % 26) as u8).to_string()
}

/// The report heading a question rests on, by title when the report is loaded.
fn source_text(source: &Source) -> String {
    let data = use_app_data();
    match source {
        Source::Guidance => t().general_advice.to_string(),
        Source::Section(id) => {
            let title = match data.report.get() {
                Load::Ready(r) => r.resolve(id).map(|i| r.sections[i].title.clone()),
                _ => None,
            };
            let title = title.unwrap_or_else(|| id.clone());
            tf(t().from_report_title, &[("title", (&title).into())])
        }
    }
}

/// Printing for groups without devices: a question sheet (no answers) or an
/// answer key, from the current session's questions or a fresh choice.
/// The choice lives in the address, so the page can be reloaded or shared.
#[component]
pub fn FacilitatePrintPage() -> impl IntoView {
    let fac = use_facilitate();
    let nav = use_nav();
    let choice = RwSignal::new(PrintQuery::read(&nav.address.get_untracked()));
    let has_session = move || (fac.session.read().0.as_ref()).is_some_and(|s| s.has_started());
    // Keep the address in step with the choice.
    Effect::new(move |_| {
        let href = choice.read().href();
        nav.go(
            &href,
            Go {
                replace: true,
                keep_scroll: true,
            },
        );
    });
    let questions = move |bank: &Bank| -> Vec<Question> {
        let c = choice.get();
        if c.from_session {
            let s = fac.session.read();
            if let Some(s) = s.0.as_ref().filter(|s| s.has_started()) {
                return s
                    .question_ids()
                    .filter_map(|id| bank.get(id).cloned())
                    .collect();
            }
        }
        (bank.questions.iter())
            .filter(|q| c.audience.is_none_or(|a| q.audience == a))
            .filter(|q| c.topics.is_empty() || c.topics.contains(&q.topic))
            .take(c.count)
            .cloned()
            .collect()
    };
    let set = move |f: &dyn Fn(&mut PrintQuery)| choice.update(|c| f(c));
    let chooser = view! {
        <form class="print-chooser no-print" on:submit=|ev| { ev.prevent_default(); platform::print::print(); }>
            <fieldset class="choice-group">
                <legend>{t().fac_print_what}</legend>
                <label>
                    <input type="radio" name="print-sheet" prop:checked=move || !choice.read().key
                        on:change=move |_| set(&|c| c.key = false)/>
                    {t().fac_sheet}
                </label>
                <label>
                    <input type="radio" name="print-sheet" prop:checked=move || choice.read().key
                        on:change=move |_| set(&|c| c.key = true)/>
                    {t().fac_key}
                </label>
            </fieldset>
            <fieldset class="choice-group">
                <legend>{t().fac_print_which}</legend>
                <label>
                    <input type="radio" name="print-from" prop:checked=move || !choice.read().from_session
                        on:change=move |_| set(&|c| c.from_session = false)/>
                    {t().fac_print_choose}
                </label>
                {move || has_session().then(|| view! {
                    <label>
                        <input type="radio" name="print-from" prop:checked=move || choice.read().from_session
                            on:change=move |_| set(&|c| c.from_session = true)/>
                        {t().fac_print_session}
                    </label>
                })}
            </fieldset>
            {move || (!choice.read().from_session).then(|| view! {
                <AudiencePicker name="print-audience" legend=t().fac_who
                    value=Signal::derive(move || choice.read().audience)
                    on_pick=Callback::new(move |a| choice.update(|c| c.audience = a))/>
                <TopicPicker value=Signal::derive(move || choice.read().topics.clone())
                    on_change=Callback::new(move |v| choice.update(|c| c.topics = v))/>
                <p class="field">
                    <label for="print-count">{t().fac_length}</label>
                    <input id="print-count" type="number" inputmode="numeric" min=MIN_LENGTH.to_string() max=MAX_LENGTH.to_string()
                        prop:value=move || choice.read().count.to_string()
                        on:change=move |ev| {
                            if let Ok(n) = platform::dom::value(&ev).trim().parse::<usize>() {
                                choice.update(|c| c.count = n.clamp(MIN_LENGTH, MAX_LENGTH));
                            }
                        }/>
                </p>
            })}
            <button type="submit">{t().fac_print_button}</button>
        </form>
    };
    let sheet_view = move |bank: Arc<Bank>| {
        move || {
            let list = questions(&bank);
            if list.is_empty() {
                return view! { <p>{t().quiz_no_questions}</p> }.into_any();
            }
            let answers = choice.read().key;
            let items = list
                .into_iter()
                .map(|q| {
                    let choices = (q.choices.iter().enumerate())
                        .map(|(i, c)| view! { <li><span class="letter">{letter(i)}". "</span>{c.clone()}</li> })
                        .collect_view();
                    let key = answers.then(|| {
                        let a = usize::from(q.answer);
                        let right = q.choices.get(a).cloned().unwrap_or_default();
                        let line = tf(t().fac_answer_line, &[("letter", (&letter(a)).into()), ("answer", (&right).into())]);
                        view! {
                            <div class="answer">
                                <p><strong>{line}</strong></p>
                                <p>{q.explanation.clone()}</p>
                                <p class="hint">{source_text(&q.source)}</p>
                            </div>
                        }
                    });
                    view! {
                        <li class="print-question">
                            <p class="print-prompt">{q.prompt.clone()}</p>
                            <ol class="print-choices" type="A">{choices}</ol>
                            {key}
                        </li>
                    }
                })
                .collect_view();
            let title = if answers { t().fac_key } else { t().fac_sheet };
            let source = tf(t().fac_source_line, &[("citation", (&citation()).into())]);
            view! {
                <article class="printable print-sheet" data-sheet=if answers { "key" } else { "sheet" }>
                    <h2>{title}</h2>
                    {(!answers).then(|| view! { <p class="hint">{t().fac_sheet_hint}</p> })}
                    <ol class="print-questions">{items}</ol>
                    {answers.then(|| view! { <p class="citation">{source}</p> })}
                </article>
            }
            .into_any()
        }
    };
    view! {
        <h1 class="no-print">{t().fac_print_title}</h1>
        <p class="no-print">{t().fac_print_intro}</p>
        {chooser}
        {with_bank(move |bank: Arc<Bank>| sheet_view(bank).into_any())}
        <p class="no-print"><Link href=Page::Facilitate.path()>{t().fac_back}</Link></p>
    }
}
