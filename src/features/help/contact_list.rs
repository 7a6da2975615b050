use crate::features::help::state::use_help;
use crate::i18n::{t, tf};
use crate::platform;
use lantern_core::store::{Contact, ContactError};
use leptos::prelude::*;

fn error_text(e: ContactError) -> &'static str {
    match e {
        ContactError::NameMissing => t().contact_name_missing,
        ContactError::PhoneInvalid => t().contact_phone_invalid,
        ContactError::TooLong => t().contact_too_long,
    }
}

/// Local help contacts: shown with tap-to-call links, added, edited and deleted on this device.
#[component]
pub fn ContactList() -> impl IntoView {
    let help = use_help();
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let editing = RwSignal::new(None::<u64>);
    let error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match Contact::new(
            &name.get_untracked(),
            &phone.get_untracked(),
            &note.get_untracked(),
        ) {
            Ok(c) => {
                help.save(editing.get_untracked(), c);
                name.set(String::new());
                phone.set(String::new());
                note.set(String::new());
                editing.set(None);
                error.set(None);
            }
            Err(e) => error.set(Some(error_text(e))),
        }
    };
    let list = move || {
        let contacts = help.contacts.get().list;
        if contacts.is_empty() {
            return view! { <p>{t().contacts_empty}</p> }.into_any();
        }
        let items = contacts
            .into_iter()
            .map(|c| {
                let edit = c.clone();
                let id = c.id;
                let call_label = tf(t().call_name, &[("name", (&c.name).into())]);
                let call_text = tf(t().call_number, &[("phone", (&c.phone).into())]);
                view! {
                    <li class="contact">
                        <p class="contact-name">{c.name.clone()}</p>
                        <p><a class="button" href=c.tel_href() aria-label=call_label>{call_text}</a></p>
                        {(!c.note.is_empty()).then(|| view! { <p class="hint">{c.note.clone()}</p> })}
                        <div class="contact-actions">
                            <button type="button" class="secondary" on:click=move |_| {
                                name.set(edit.name.clone());
                                phone.set(edit.phone.clone());
                                note.set(edit.note.clone());
                                editing.set(Some(id));
                            }>{t().contact_edit}<span class="sr-only">" "{c.name.clone()}</span></button>
                            <button type="button" class="secondary" on:click=move |_| help.delete(id)>
                                {t().contact_delete}<span class="sr-only">" "{c.name.clone()}</span>
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="contacts">{items}</ul> }.into_any()
    };
    view! {
        {list}
        <form class="contact-form" on:submit=submit>
            <label for="contact-name">{t().contact_name}</label>
            <input id="contact-name" type="text" autocomplete="off" prop:value=name on:input=move |ev| {
                let raw = platform::dom::value(&ev);
                // A name of only invisible characters is said at once, not on saving.
                error.set((!raw.is_empty()).then(|| Contact::check_name(&raw).err().map(error_text)).flatten());
                name.set(raw);
            }/>
            <label for="contact-phone">{t().contact_phone}</label>
            <input id="contact-phone" type="tel" autocomplete="off" prop:value=phone on:input=move |ev| phone.set(platform::dom::value(&ev))/>
            <label for="contact-note">{t().contact_note}</label>
            <input id="contact-note" type="text" autocomplete="off" prop:value=note on:input=move |ev| note.set(platform::dom::value(&ev))/>
            <p class="form-error" role="alert">{move || error.get()}</p>
            <button type="submit">{move || if editing.get().is_some() { t().contact_save } else { t().contact_add }}</button>
        </form>
    }
}
