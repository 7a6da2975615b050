//! A live classroom quiz on this device: the phone's seat, or the
//! facilitator's key. Each is what the hub gave, kept so that a sleep, a
//! reload or a dropped connection comes back to the same place; nothing
//! else about the session is stored on the device.

use super::Record;
use serde::{Deserialize, Serialize};

/// A player's rejoin token, while they are in a live quiz.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LiveSeat {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl Record for LiveSeat {
    const KEY: &'static str = "live.seat";
    const VERSION: u32 = 1;
}

/// The host key of the live quiz this device runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LiveHost {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl Record for LiveHost {
    const KEY: &'static str = "live.host";
    const VERSION: u32 = 1;
}
