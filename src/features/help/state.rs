//! Help's slice of the state: the local help contacts.

use crate::platform;
use crate::state::{use_app_data, Notices, Stored};
use lantern_core::store::{Contact, Contacts};

#[derive(Clone, Copy)]
pub struct HelpState {
    pub contacts: Stored<Contacts>,
}

impl HelpState {
    pub fn new(notices: Notices) -> Self {
        HelpState {
            contacts: Stored::new(notices, None),
        }
    }

    /// Adds a contact, or replaces the one with `id`. A help contact is what
    /// must never be lost, so the browser is asked now, for a reason the user
    /// can see, to keep Lantern's storage.
    pub fn save(self, id: Option<u64>, c: Contact) {
        let hint = platform::clock::seed();
        self.contacts.update(|all| match id {
            // Deleted in another window meanwhile: keep what was typed.
            Some(id) if all.edit(id, c.clone()) => {}
            _ => {
                all.add(c, hint);
            }
        });
        platform::pwa::keep_storage();
    }

    pub fn delete(self, id: u64) {
        self.contacts.update(|all| all.remove(id));
    }
}

pub fn use_help() -> HelpState {
    use_app_data().help
}
