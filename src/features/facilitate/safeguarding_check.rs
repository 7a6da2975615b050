use crate::components::link::Link;
use crate::i18n::t;
use crate::platform;
use lantern_core::route::Page;
use leptos::prelude::*;

/// What to do if a child tells you about abuse, in setup, on the
/// facilitator's own screen: read and ticked before the first question is
/// shown to anyone. Once ticked it stays ticked, in later setups too; the
/// note stays there to read again.
#[component]
pub fn SafeguardingCheck(
    /// Whether the note has been read.
    read: Signal<bool>,
    /// The facilitator ticked the box.
    on_read: Callback<()>,
) -> impl IntoView {
    // The link to the Help page sits inside the sentence.
    let (before, after) = t()
        .fac_safe_help
        .split_once("{ $link }")
        .unwrap_or((t().fac_safe_help, ""));
    view! {
        <section class="safeguarding" aria-labelledby="safeguarding-title">
            <h2 id="safeguarding-title">{t().fac_safe_title}</h2>
            <p>{t().fac_safe_intro}</p>
            <ul class="help-steps">
                <li>{t().fac_safe_listen}</li>
                <li>{t().fac_safe_believe}</li>
                <li>{t().fac_safe_secret}</li>
                <li>{t().fac_safe_refer}</li>
            </ul>
            <p>{before}<Link href=Page::Help.path()>{t().fac_safe_help_link}</Link>{after}</p>
            <label class="toggle">
                // Read is for good: a tick taken away comes back.
                <input type="checkbox" id="safeguarding-read" prop:checked=read
                    on:change=move |_| {
                        on_read.run(());
                        platform::dom::check("safeguarding-read");
                    }/>
                {t().fac_safe_read}
            </label>
        </section>
    }
}
