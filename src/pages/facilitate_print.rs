use crate::components::link::Link;
use crate::components::load_gate::with_bank;
use crate::components::session_summary::{citation, SessionSummaryView};
use crate::i18n::{audience_label, t, topic_label};
use crate::nav::{use_nav, Go};
use crate::platform;
use crate::state::{use_app_data, Load};
use lantern_core::quiz::bank::{Audience, Bank, Question, Source, Topic};
use lantern_core::quiz::session::{MAX_LENGTH, MIN_LENGTH};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sheet {
    Questions,
    Answers,
}

fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
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
            format!(
                "{} {}",
                t().fac_from_report,
                title.unwrap_or_else(|| id.clone())
            )
        }
    }
}

/// Printing for groups without devices: a question sheet (no answers) or an
/// answer key, from the current session's questions or a fresh choice.
/// The choice lives in the address, so the page can be reloaded or shared.
#[component]
pub fn FacilitatePrintPage() -> impl IntoView {
    let data = use_app_data();
    let nav = use_nav();
    let q = nav.address.get_untracked();
    let sheet = RwSignal::new(if q.query_value("show").as_deref() == Some("key") {
        Sheet::Answers
    } else {
        Sheet::Questions
    });
    let has_session = move || (data.session.read().0.as_ref()).is_some_and(|s| s.has_started());
    let from_session = RwSignal::new(q.query_value("from").as_deref() == Some("session"));
    let audience = RwSignal::new(
        q.query_value("audience")
            .as_deref()
            .and_then(Audience::from_slug),
    );
    let topics = RwSignal::new(
        q.query_value("topics")
            .map(|s| {
                s.split(',')
                    .filter_map(Topic::from_slug)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    );
    let count = RwSignal::new(
        q.query_value("n")
            .and_then(|n| n.parse::<usize>().ok())
            .map_or(10, |n| n.clamp(MIN_LENGTH, MAX_LENGTH)),
    );
    // Keep the address in step with the choice.
    Effect::new(move |_| {
        let mut parts = vec![format!(
            "show={}",
            if sheet.get() == Sheet::Answers {
                "key"
            } else {
                "sheet"
            }
        )];
        if from_session.get() {
            parts.push("from=session".into());
        } else {
            if let Some(a) = audience.get() {
                parts.push(format!("audience={}", a.slug()));
            }
            let ts = topics.get();
            if !ts.is_empty() {
                parts.push(format!(
                    "topics={}",
                    ts.iter().map(|t| t.slug()).collect::<Vec<_>>().join(",")
                ));
            }
            parts.push(format!("n={}", count.get()));
        }
        let url = format!("/facilitate/print?{}", parts.join("&"));
        nav.go(
            &url,
            Go {
                replace: true,
                keep_scroll: true,
            },
        );
    });
    let questions = move |bank: &Bank| -> Vec<Question> {
        if from_session.get() {
            let s = data.session.read();
            if let Some(s) = s.0.as_ref().filter(|s| s.has_started()) {
                return s
                    .question_ids()
                    .filter_map(|id| bank.get(id).cloned())
                    .collect();
            }
        }
        let a = audience.get();
        let ts = topics.get();
        (bank.questions.iter())
            .filter(|q| a.is_none_or(|a| q.audience == a))
            .filter(|q| ts.is_empty() || ts.contains(&q.topic))
            .take(count.get())
            .cloned()
            .collect()
    };
    let audiences: Vec<Option<Audience>> = std::iter::once(None)
        .chain(Audience::ALL.iter().copied().map(Some))
        .collect();
    let chooser = view! {
        <form class="print-chooser no-print" on:submit=|ev| { ev.prevent_default(); platform::print::print(); }>
            <fieldset class="choice-group">
                <legend>{t().fac_print_what}</legend>
                <label>
                    <input type="radio" name="print-sheet" prop:checked=move || sheet.get() == Sheet::Questions
                        on:change=move |_| sheet.set(Sheet::Questions)/>
                    {t().fac_sheet}
                </label>
                <label>
                    <input type="radio" name="print-sheet" prop:checked=move || sheet.get() == Sheet::Answers
                        on:change=move |_| sheet.set(Sheet::Answers)/>
                    {t().fac_key}
                </label>
            </fieldset>
            <fieldset class="choice-group">
                <legend>{t().fac_print_which}</legend>
                <label>
                    <input type="radio" name="print-from" prop:checked=move || !from_session.get()
                        on:change=move |_| from_session.set(false)/>
                    {t().fac_print_choose}
                </label>
                {move || has_session().then(|| view! {
                    <label>
                        <input type="radio" name="print-from" prop:checked=move || from_session.get()
                            on:change=move |_| from_session.set(true)/>
                        {t().fac_print_session}
                    </label>
                })}
            </fieldset>
            {move || (!from_session.get()).then(|| {
                let audiences = audiences.clone();
                view! {
                    <fieldset class="choice-group">
                        <legend>{t().fac_who}</legend>
                        {audiences.into_iter().map(|a| view! {
                            <label>
                                <input type="radio" name="print-audience" prop:checked=move || audience.get() == a
                                    on:change=move |_| audience.set(a)/>
                                {audience_label(a)}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <fieldset class="choice-group topics">
                        <legend>{t().quiz_topics}</legend>
                        <p class="hint">{t().quiz_topics_hint}</p>
                        {Topic::ALL.iter().copied().map(|topic| view! {
                            <label>
                                <input type="checkbox" prop:checked=move || topics.read().contains(&topic)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        topics.update(|v| {
                                            v.retain(|x| *x != topic);
                                            if on {
                                                v.push(topic);
                                            }
                                        });
                                    }/>
                                {topic_label(topic)}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <p class="field">
                        <label for="print-count">{t().fac_length}</label>
                        <input id="print-count" type="number" inputmode="numeric" min=MIN_LENGTH.to_string() max=MAX_LENGTH.to_string()
                            prop:value=move || count.get().to_string()
                            on:change=move |ev| {
                                if let Ok(n) = event_target_value(&ev).trim().parse::<usize>() {
                                    count.set(n.clamp(MIN_LENGTH, MAX_LENGTH));
                                }
                            }/>
                    </p>
                }
            })}
            <button type="submit">{t().fac_print_button}</button>
        </form>
    };
    let document = move |bank: Arc<Bank>| {
        move || {
            let list = questions(&bank);
            if list.is_empty() {
                return view! { <p>{t().quiz_no_questions}</p> }.into_any();
            }
            let answers = sheet.get() == Sheet::Answers;
            let items = list
                .into_iter()
                .map(|q| {
                    let choices = (q.choices.iter().enumerate())
                        .map(|(i, c)| view! { <li><span class="letter">{letter(i).to_string()}". "</span>{c.clone()}</li> })
                        .collect_view();
                    let key = answers.then(|| {
                        let a = usize::from(q.answer);
                        let right = q.choices.get(a).cloned().unwrap_or_default();
                        view! {
                            <div class="answer">
                                <p><strong>{t().fac_answer_label}" "{letter(a).to_string()}". "{right}</strong></p>
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
            view! {
                <article class="printable print-sheet" data-sheet=if answers { "key" } else { "sheet" }>
                    <h2>{title}</h2>
                    {(!answers).then(|| view! { <p class="hint">{t().fac_sheet_hint}</p> })}
                    <ol class="print-questions">{items}</ol>
                    {answers.then(|| view! { <p class="citation">{t().fac_source}" "{citation}</p> })}
                </article>
            }
            .into_any()
        }
    };
    view! {
        <h1 class="no-print">{t().fac_print_title}</h1>
        <p class="no-print">{t().fac_print_intro}</p>
        {chooser}
        {with_bank(move |bank: Arc<Bank>| document(bank).into_any())}
        <p class="no-print"><Link href="/facilitate">{t().fac_back}</Link></p>
    }
}

/// A finished session's one-page summary, from the device's history.
#[component]
pub fn FacilitateSummaryPage(
    /// The session's id from the address.
    id: String,
) -> impl IntoView {
    let data = use_app_data();
    let id = id.parse::<u64>().ok();
    let record = move || {
        let id = id?;
        data.sessions.read().get(id).cloned()
    };
    view! {
        {move || match record() {
            Some(r) => view! {
                <SessionSummaryView summary=r.summary/>
                <div class="quiz-nav no-print">
                    <button type="button" on:click=|_| platform::print::print()>{t().fac_print_summary}</button>
                </div>
            }
            .into_any(),
            None => view! { <h1>{t().fac_summary_title}</h1><p>{t().fac_summary_missing}</p> }.into_any(),
        }}
        <p class="no-print"><Link href="/facilitate">{t().fac_back}</Link></p>
    }
}
