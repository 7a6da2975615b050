//! The facilitator's slice of the state: the session being set up or run,
//! finished sessions, and the facilitator's lasting choices.

use crate::platform;
use crate::state::{use_app_data, Load, Notice, Notices, Stored};
use lantern_core::effect::{self, Effect};
use lantern_core::quiz::bank::Bank;
use lantern_core::quiz::session::{self, Session, SessionConfig, SetupError};
use lantern_core::store::{CurrentSession, FacilitatorPrefs, FinishedSessions};
use leptos::prelude::Get;

#[derive(Clone, Copy)]
pub struct FacilitateState {
    /// The facilitated session being set up, run, or just finished.
    pub session: Stored<CurrentSession>,
    /// Finished facilitated sessions, newest first.
    pub sessions: Stored<FinishedSessions>,
    pub prefs: Stored<FacilitatorPrefs>,
    notices: Notices,
}

impl FacilitateState {
    pub fn new(notices: Notices) -> Self {
        FacilitateState {
            session: Stored::new(notices, Some(Notice::SessionMovedOn)),
            sessions: Stored::new(notices, None),
            prefs: Stored::new(notices, None),
            notices,
        }
    }

    /// For as long as the calling page is up: once the bank is loaded (or
    /// replaced), a saved session it cannot run is set aside, with a notice.
    pub fn check_when_bank_loads(self) {
        let data = use_app_data();
        leptos::prelude::Effect::new(move |_| {
            if let Load::Ready(bank) = data.bank.get() {
                self.check_against(&bank);
            }
        });
    }

    /// Sets aside a saved session that cannot go on against this bank, and says so.
    fn check_against(self, bank: &Bank) {
        let check = (self.session).with_untracked(|s| effect::resume_session(s.0.as_ref(), bank));
        if matches!(check, Some(Effect::SetAsideProgress)) {
            self.session.set_aside_unusable();
            self.notices.notify(Notice::SessionReset);
        }
    }

    /// A fresh session in setup, unless one is being set up or run already.
    pub fn ensure_setup(self) {
        let needed =
            (self.session).with_untracked(|s| s.0.as_ref().is_none_or(|s| s.is_finished()));
        if needed {
            self.new_setup();
        }
    }

    /// A session to print from: the one there is, even finished, or a new one.
    pub fn ensure_session(self) {
        if self.session.with_untracked(|s| s.0.is_none()) {
            self.new_setup();
        }
    }

    fn new_setup(self) {
        let dismissed = self.prefs.with_untracked(|f| f.safeguarding_dismissed);
        if let Ok(s) = Session::new(SessionConfig::new(platform::clock::seed()), dismissed) {
            self.session.replace(CurrentSession(Some(s)));
        }
    }

    /// Applies a facilitator's step and carries out all that follows it:
    /// what is remembered, and focus on the new step's heading (every
    /// session screen has one `h1`).
    pub fn step(self, bank: &Bank, event: session::Event) -> Result<session::Outcome, SetupError> {
        let now = platform::clock::now_ms();
        let result = self
            .session
            .update_guarded(|s| match &mut s.0 {
                Some(s) => s.update(bank, event, now),
                None => Ok(session::Outcome::Ignored),
            })
            .unwrap_or(Ok(session::Outcome::Ignored));
        for e in effect::after_session(&result) {
            match e {
                Effect::RememberSafeguarding => {
                    self.prefs.update(|p| p.safeguarding_dismissed = true);
                }
                Effect::RecordSession(record) => self.sessions.update(|all| all.push(record)),
                Effect::FocusQuestion => platform::dom::focus_heading_soon("main h1"),
                Effect::RecordQuiz(_) | Effect::SetAsideProgress => {}
            }
        }
        result
    }

    pub fn discard(self) {
        self.session.replace(CurrentSession(None));
    }

    pub fn delete_finished(self, id: u64) {
        self.sessions.update(|all| {
            all.remove_id(id);
        });
    }
}

pub fn use_facilitate() -> FacilitateState {
    use_app_data().facilitate
}
