//! Help contacts a peer educator or user typed in; kept on this device only.

use super::Record;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Stable across windows, so an edit or a deletion finds the right one.
    pub id: u64,
    pub name: String,
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactError {
    NameMissing,
    PhoneInvalid,
    TooLong,
}

impl Contact {
    /// Cleans and checks what was typed (see [`crate::name`]); the phone
    /// needs 3 to 20 digits and may hold `+ - ( ) .` and spaces. The id is
    /// given when the contact is added.
    pub fn new(name: &str, phone: &str, note: &str) -> Result<Contact, ContactError> {
        let name = Self::check_name(name)?;
        let note = crate::name::clean(note);
        let phone = crate::name::clean(phone);
        if note.chars().count() > Self::MAX_NOTE || phone.chars().count() > 32 {
            return Err(ContactError::TooLong);
        }
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        let allowed = phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !allowed || !(3..=20).contains(&digits) || phone[1..].contains('+') {
            return Err(ContactError::PhoneInvalid);
        }
        Ok(Contact {
            id: 0,
            name,
            phone,
            note,
        })
    }

    pub const MAX_NAME: usize = 80;
    pub const MAX_NOTE: usize = 300;

    /// The name as it will be kept, or why not; the shell asks as it is typed.
    pub fn check_name(raw: &str) -> Result<String, ContactError> {
        crate::name::normalise(raw, Self::MAX_NAME).map_err(|e| match e {
            crate::name::NameError::Empty => ContactError::NameMissing,
            crate::name::NameError::TooLong => ContactError::TooLong,
        })
    }

    /// The `tel:` link: digits, with a leading `+` kept.
    pub fn tel_href(&self) -> String {
        let plus = if self.phone.starts_with('+') { "+" } else { "" };
        let digits: String = self.phone.chars().filter(char::is_ascii_digit).collect();
        format!("tel:{plus}{digits}")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contacts {
    pub list: Vec<Contact>,
}

impl Contacts {
    /// Adds `c` at the end under a fresh id (`id_hint` when free, from the
    /// shell's randomness, so two windows adding at once do not collide).
    /// Returns the id given.
    pub fn add(&mut self, mut c: Contact, id_hint: u64) -> u64 {
        let mut id = id_hint.max(1);
        while self.list.iter().any(|x| x.id == id) {
            id = id.wrapping_add(1).max(1);
        }
        c.id = id;
        self.list.push(c);
        id
    }

    /// Replaces the contact with `id`, keeping its place; false if another
    /// window deleted it meanwhile.
    pub fn edit(&mut self, id: u64, mut c: Contact) -> bool {
        match self.list.iter_mut().find(|x| x.id == id) {
            Some(slot) => {
                c.id = id;
                *slot = c;
                true
            }
            None => false,
        }
    }

    pub fn remove(&mut self, id: u64) {
        self.list.retain(|x| x.id != id);
    }
}

/// Version 1 had no ids.
#[derive(Deserialize)]
struct V1 {
    #[serde(default)]
    list: Vec<V1Contact>,
}

#[derive(Deserialize)]
struct V1Contact {
    name: String,
    phone: String,
    #[serde(default)]
    note: String,
}

impl Record for Contacts {
    const KEY: &'static str = "help.contacts";
    /// 2: each contact has an id.
    const VERSION: u32 = 2;
    fn migrate(from: u32, data: &str) -> Result<Self, String> {
        if from != 1 {
            return Err(format!("version {from} cannot be upgraded"));
        }
        let old: V1 = serde_json::from_str(data).map_err(|e| format!("version 1 ({e})"))?;
        let list = (old.list.into_iter().zip(1..))
            .map(|(c, id)| Contact {
                id,
                name: c.name,
                phone: c.phone,
                note: c.note,
            })
            .collect();
        Ok(Contacts { list })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{decode, Decoded};
    use super::*;

    #[test]
    fn a_contact_is_trimmed_and_gets_a_dialable_link() {
        let c = Contact::new("  Ms Lee ", " +66 (2) 123-4567 ", " school counsellor ").unwrap();
        assert_eq!(c.name, "Ms Lee");
        assert_eq!(c.note, "school counsellor");
        assert_eq!(c.tel_href(), "tel:+6621234567");
        assert_eq!(
            Contact::new("Helpline", "116 111", "").unwrap().tel_href(),
            "tel:116111"
        );
    }

    #[test]
    fn a_contact_needs_a_name_and_a_real_phone_number() {
        assert_eq!(Contact::new(" ", "123", ""), Err(ContactError::NameMissing));
        for bad in [
            "",
            "12",
            "call me",
            "12+34",
            "javascript:alert(1)",
            "123456789012345678901",
        ] {
            assert_eq!(
                Contact::new("A", bad, ""),
                Err(ContactError::PhoneInvalid),
                "{bad}"
            );
        }
        assert_eq!(
            Contact::new(&"x".repeat(81), "123", ""),
            Err(ContactError::TooLong)
        );
    }

    #[test]
    fn a_name_of_invisible_characters_is_no_name() {
        assert_eq!(
            Contact::new("\u{200B}", "123", ""),
            Err(ContactError::NameMissing)
        );
        let c = Contact::new("Ms\u{200B} Lee\u{202E}", "123", "\u{1}after 4").unwrap();
        assert_eq!((c.name.as_str(), c.note.as_str()), ("Ms Lee", "after 4"));
    }

    #[test]
    fn each_added_contact_gets_its_own_id() {
        let mut all = Contacts::default();
        let c = Contact::new("A", "123", "").unwrap();
        let a = all.add(c.clone(), 7);
        let b = all.add(c, 7);
        assert_eq!(a, 7);
        assert_ne!(a, b);
    }

    #[test]
    fn an_edit_finds_its_contact_by_id_and_misses_a_deleted_one() {
        let mut all = Contacts::default();
        let a = all.add(Contact::new("A", "123", "").unwrap(), 1);
        let b = all.add(Contact::new("B", "456", "").unwrap(), 2);
        assert!(all.edit(b, Contact::new("Bee", "456", "").unwrap()));
        assert_eq!(all.list[1].name, "Bee");
        all.remove(a);
        assert!(!all.edit(a, Contact::new("A2", "123", "").unwrap()));
        assert_eq!(all.list.len(), 1);
    }

    #[test]
    fn version_one_contacts_get_ids_in_order() {
        let d = decode::<Contacts>(Some(
            "{\"v\":1,\"data\":{\"list\":[{\"name\":\"A\",\"phone\":\"123\"},{\"name\":\"B\",\"phone\":\"456\",\"note\":\"n\"}]}}",
        ));
        let Decoded::Migrated(c) = d else {
            panic!("{d:?}")
        };
        assert_eq!(
            c.list
                .iter()
                .map(|c| (c.id, c.name.as_str()))
                .collect::<Vec<_>>(),
            [(1, "A"), (2, "B")]
        );
        assert_eq!(c.list[1].note, "n");
    }
}
