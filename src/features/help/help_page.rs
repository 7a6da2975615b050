use crate::features::help::contact_list::ContactList;
use crate::i18n::t;
use leptos::prelude::*;

/// What to do when something online worries you, local contacts, and the limits of quick exit.
#[component]
pub fn HelpPage() -> impl IntoView {
    let t = t();
    view! {
        <h1>{t.help_title}</h1>
        <p class="lead">{t.help_intro}</p>
        <h2>{t.help_steps_title}</h2>
        <ol class="help-steps">
            <li>{t.help_step_stop}</li>
            <li>{t.help_step_no_pay}</li>
            <li>{t.help_step_evidence}</li>
            <li>{t.help_step_block}</li>
            <li>{t.help_step_tell}</li>
            <li><strong>{t.help_step_not_fault}</strong></li>
        </ol>
        <h2>{t.help_block_title}</h2>
        <p>{t.help_block_body}</p>
        <h2>{t.help_helpline_title}</h2>
        <p>{t.help_helpline_body}</p>
        <h2 id="contacts">{t.contacts_title}</h2>
        <p>{t.contacts_intro}</p>
        <ContactList/>
        <h2>{t.quick_exit_limits_title}</h2>
        <p>{t.quick_exit_limits_body}</p>
    }
}
