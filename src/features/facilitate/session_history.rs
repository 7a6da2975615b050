use crate::components::confirm_button::ConfirmButton;
use crate::components::link::Link;
use crate::features::facilitate::state::use_facilitate;
use crate::i18n::{audience_label, t, tf, topic_label};
use crate::platform;
use lantern_core::quiz::session::EndView;
use lantern_core::route::Page;
use leptos::prelude::*;

/// The last finished sessions, each printable and deletable.
#[component]
pub fn SessionHistory() -> impl IntoView {
    let fac = use_facilitate();
    view! {
        <section class="fac-history" aria-labelledby="fac-history-title">
            <h2 id="fac-history-title">{t().fac_history_title}</h2>
            {move || {
                let all = fac.sessions.get();
                if all.is_empty() {
                    return view! { <p>{t().fac_history_empty}</p> }.into_any();
                }
                let rows = all
                    .entries()
                    .iter()
                    .map(|r| {
                        let id = r.id;
                        let s = &r.summary;
                        let topics = s.topics.iter().map(|t| topic_label(*t)).collect::<Vec<_>>().join(", ");
                        let result = match &s.results {
                            EndView::Ranked(b) => tf(t().teams_answered, &[("n", b.standings.len().into())]),
                            EndView::Group { right, possible, .. } => {
                                tf(t().score_out_of, &[("score", (*right).into()), ("total", (*possible).into())])
                            }
                        };
                        let date = platform::clock::format_date(r.finished_at_ms);
                        let title = tf(
                            t().fac_history_entry,
                            &[("date", (&date).into()), ("audience", audience_label(s.audience).into()), ("n", s.question_count.into())],
                        );
                        let line = tf(t().fac_history_detail, &[("topics", (&topics).into()), ("result", (&result).into())]);
                        view! {
                            <li class="fac-history-item" data-session=id.to_string()>
                                <p class="fac-history-title">{title}</p>
                                <p class="hint">{line}</p>
                                <div class="section-actions">
                                    <Link href=Page::FacilitateSummary(id.to_string()).path()>{t().fac_open_summary}</Link>
                                    <ConfirmButton
                                        label=t().fac_delete
                                        question=t().fac_delete_confirm
                                        yes=t().fac_delete_yes
                                        on_yes=Callback::new(move |()| fac.delete_finished(id))
                                    />
                                </div>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ol class="fac-history-list">{rows}</ol> }.into_any()
            }}
        </section>
    }
}
