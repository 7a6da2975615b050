//! How long a connection may sit, how many the hub takes, and how many one
//! device may have. The README's "The classroom hub" section says why each
//! value is what it is.
//!
//! Open files are the budget. Every connection is a socket, and one that is
//! being answered also holds the file it sends, so an HTTP connection counts
//! as two. Out of the soft open-file limit (raised to the hard one at start)
//! the hub keeps [`FD_RESERVE`] for itself and [`LIVE_SOCKETS`] for the live
//! session, and takes HTTP connections with the rest, up to
//! [`MAX_CONNECTIONS`].
//!
//! The live session shares the cap like this: every connection is admitted
//! as HTTP (against the total and [`PER_ADDRESS`]). When it switches
//! protocols (a `101` response, as a WebSocket upgrade gives), it moves out
//! of the HTTP pool into the reserved live pool (against [`LIVE_SOCKETS`] and
//! [`LIVE_PER_ADDRESS`]). So a phone's long-lived quiz socket never takes
//! one of the six connections its browser uses to load files, and page loads
//! never crowd out the quiz. If the live pool is full the `101` becomes a
//! `503` and the connection stays HTTP.

use std::{
    collections::HashMap,
    net::{IpAddr, Ipv6Addr},
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::log::Throttle;

/// Time from the first byte of a request to the end of its headers.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// Time a connection may wait for its next request (or its first).
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(10);
/// TCP keepalive: quiet time before the first probe, the time between
/// probes, and how many unanswered probes mean the phone is gone.
pub const TCP_KEEPALIVE_IDLE: Duration = Duration::from_secs(30);
pub const TCP_KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);
pub const TCP_KEEPALIVE_PROBES: u32 = 3;
/// Linux: how long sent data may stay unacknowledged before the connection
/// is dropped (keepalive does not probe while data is in flight).
pub const TCP_USER_TIMEOUT: Duration = Duration::from_secs(60);

/// Open files kept for the hub itself: stdio, the listener, the runtime.
pub const FD_RESERVE: u64 = 64;
/// The most HTTP connections, however many files the system allows.
pub const MAX_CONNECTIONS: usize = 1024;
/// The fewest, however few files the system allows.
pub const MIN_CONNECTIONS: usize = 16;
/// HTTP connections one device (address) may hold. A phone's browser opens
/// at most six to a host; this leaves room for a laptop's browsers and a
/// load test of 50 clients, or a few devices behind one router's address,
/// while one device holds at most a sixth of what 1,024 open files allow.
pub const PER_ADDRESS: usize = 64;
/// Long-lived (switched-protocol) sockets held back for the live session:
/// one per phone for a class of 60, twice over for reconnects and a second
/// group.
pub const LIVE_SOCKETS: usize = 128;
/// Live sockets per device: its quiz socket, and a reconnect that comes
/// before the old socket is noticed gone.
pub const LIVE_PER_ADDRESS: usize = 2;

/// Timeouts and caps. `Default` gives the production values above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// See [`HEADER_TIMEOUT`].
    pub header_timeout: Duration,
    /// See [`IDLE_TIMEOUT`].
    pub idle_timeout: Duration,
    /// HTTP connections in all; `None` works it out from the open-file limit.
    pub connections: Option<usize>,
    /// See [`PER_ADDRESS`].
    pub per_address: usize,
    /// See [`LIVE_SOCKETS`].
    pub live_sockets: usize,
    /// See [`LIVE_PER_ADDRESS`].
    pub live_per_address: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: HEADER_TIMEOUT,
            idle_timeout: IDLE_TIMEOUT,
            connections: None,
            per_address: PER_ADDRESS,
            live_sockets: LIVE_SOCKETS,
            live_per_address: LIVE_PER_ADDRESS,
        }
    }
}

impl Limits {
    /// HTTP connections in all: [`Limits::connections`], or what the soft
    /// open-file limit leaves.
    pub fn total(&self) -> usize {
        self.connections
            .unwrap_or_else(|| connection_budget(open_file_limit(), self.live_sockets))
    }
}

/// HTTP connections that `open_files` leaves after the hub's own files and
/// the live sockets, two files each; [`MAX_CONNECTIONS`] when unknown.
pub fn connection_budget(open_files: Option<u64>, live_sockets: usize) -> usize {
    let Some(files) = open_files else {
        return MAX_CONNECTIONS;
    };
    let left = files.saturating_sub(FD_RESERVE + live_sockets as u64) / 2;
    usize::try_from(left)
        .unwrap_or(usize::MAX)
        .clamp(MIN_CONNECTIONS, MAX_CONNECTIONS)
}

/// The soft open-file limit, where the system has one.
pub fn open_file_limit() -> Option<u64> {
    #[cfg(unix)]
    {
        rlimit::getrlimit(rlimit::Resource::NOFILE)
            .ok()
            .map(|(soft, _)| soft)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Raises the soft open-file limit as far as the hard one allows (a laptop's
/// soft limit is often 1,024, or 256 on macOS, with a far higher hard one).
/// Returns (soft, hard) after trying; `None` where there is no such limit.
pub fn raise_open_file_limit() -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        // Failing leaves the old limit, which the caps are then fitted to.
        let _ = rlimit::increase_nofile_limit(u64::MAX);
        rlimit::getrlimit(rlimit::Resource::NOFILE).ok()
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// The address a cap counts against: an IPv4 address (IPv4-mapped IPv6
/// included), or an IPv6 /64, since one device may use many addresses in
/// its /64.
pub fn device_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !(u64::MAX as u128);
            IpAddr::V6(Ipv6Addr::from(bits))
        }
        v4 => v4,
    }
}

/// Admits connections against the caps.
#[derive(Debug)]
pub(crate) struct Gate {
    limits: Limits,
    total: usize,
    slots: Arc<Semaphore>,
    held: Mutex<Held>,
    full_log: Throttle,
    address_log: Throttle,
    live_log: Throttle,
}

#[derive(Debug, Default)]
struct Held {
    by_device: HashMap<IpAddr, Count>,
    live: usize,
}

#[derive(Debug, Default)]
struct Count {
    http: usize,
    live: usize,
}

impl Gate {
    pub fn new(limits: Limits) -> Arc<Gate> {
        let total = limits.total().max(1);
        Arc::new(Gate {
            limits,
            total,
            slots: Arc::new(Semaphore::new(total)),
            held: Mutex::new(Held::default()),
            full_log: Throttle::new(),
            address_log: Throttle::new(),
            live_log: Throttle::new(),
        })
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// A free HTTP slot, waiting for one when all are taken. Connections
    /// wait in the kernel's backlog meanwhile, holding no open file here.
    pub async fn slot(&self) -> OwnedSemaphorePermit {
        if let Ok(permit) = self.slots.clone().try_acquire_owned() {
            return permit;
        }
        self.full_log.line(|| {
            format!(
                "{} connections are open, the most the hub takes{}; new ones wait until one \
                 closes (idle ones close within {} s)",
                self.total,
                match open_file_limit() {
                    Some(n) => format!(" with an open-file limit of {n}"),
                    None => String::new(),
                },
                (self.limits.idle_timeout + self.limits.header_timeout).as_secs()
            )
        });
        self.slots
            .clone()
            .acquire_owned()
            .await
            .expect("the gate never closes its semaphore")
    }

    /// Admits a connection from `ip` into `slot`, or `None` (and one log
    /// line a minute) when that device already holds its share.
    pub fn admit(self: &Arc<Self>, ip: IpAddr, slot: OwnedSemaphorePermit) -> Option<Ticket> {
        let device = device_key(ip);
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        let count = held.by_device.entry(device).or_default();
        if count.http >= self.limits.per_address {
            let open = count.http;
            if open == 0 && count.live == 0 {
                held.by_device.remove(&device);
            }
            drop(held);
            self.address_log.line(|| {
                format!(
                    "{device} has {open} connections open, the most one device may have; \
                     its new ones are closed at once"
                )
            });
            return None;
        }
        count.http += 1;
        Some(Ticket {
            gate: Arc::clone(self),
            device,
            slot: Mutex::new(Some(slot)),
        })
    }
}

/// One admitted connection's place; given back when dropped.
#[derive(Debug)]
pub(crate) struct Ticket {
    gate: Arc<Gate>,
    device: IpAddr,
    /// `Some` while in the HTTP pool, `None` once live.
    slot: Mutex<Option<OwnedSemaphorePermit>>,
}

impl Ticket {
    /// Moves this connection from the HTTP pool into the live pool; `false`
    /// (and one log line a minute) when the live pool or the device's share
    /// of it is full.
    pub fn go_live(&self) -> bool {
        let mut slot = self.slot.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_none() {
            return true;
        }
        let gate = &self.gate;
        let mut held = gate.held.lock().unwrap_or_else(|e| e.into_inner());
        let live = held.live;
        let count = held.by_device.entry(self.device).or_default();
        if live >= gate.limits.live_sockets || count.live >= gate.limits.live_per_address {
            let mine = count.live;
            drop(held);
            gate.live_log.line(|| {
                format!(
                    "no room for another live socket ({live} open in all, {mine} from {}; at \
                     most {} and {} per device); answered 503",
                    self.device, gate.limits.live_sockets, gate.limits.live_per_address
                )
            });
            return false;
        }
        count.http -= 1;
        count.live += 1;
        held.live += 1;
        // Frees the HTTP slot for someone else.
        *slot = None;
        true
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let was_live = self
            .slot
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .is_none();
        let mut held = self.gate.held.lock().unwrap_or_else(|e| e.into_inner());
        if was_live {
            held.live -= 1;
        }
        if let Some(count) = held.by_device.get_mut(&self.device) {
            if was_live {
                count.live -= 1;
            } else {
                count.http -= 1;
            }
            if count.http == 0 && count.live == 0 {
                held.by_device.remove(&self.device);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(total: usize, per_address: usize, live: usize, live_per_address: usize) -> Arc<Gate> {
        Gate::new(Limits {
            connections: Some(total),
            per_address,
            live_sockets: live,
            live_per_address,
            ..Limits::default()
        })
    }

    fn slot(g: &Gate) -> OwnedSemaphorePermit {
        g.slots.clone().try_acquire_owned().expect("a free slot")
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_budget_leaves_room_for_the_hub_and_the_live_session() {
        // A laptop's usual soft limit, when the hard one is no higher.
        assert_eq!(connection_budget(Some(1024), LIVE_SOCKETS), 416);
        assert_eq!(
            connection_budget(Some(524_288), LIVE_SOCKETS),
            MAX_CONNECTIONS
        );
        assert_eq!(connection_budget(Some(100), LIVE_SOCKETS), MIN_CONNECTIONS);
        assert_eq!(connection_budget(None, LIVE_SOCKETS), MAX_CONNECTIONS);
        // A class of 60 phones, six connections each, fits under 1,024 files.
        assert!(connection_budget(Some(1024), LIVE_SOCKETS) >= 60 * 6);
    }

    #[test]
    fn devices_are_counted_by_ipv4_address_or_ipv6_64() {
        assert_eq!(device_key(ip("192.168.1.20")), ip("192.168.1.20"));
        assert_eq!(device_key(ip("::ffff:192.168.1.20")), ip("192.168.1.20"));
        assert_eq!(device_key(ip("fd00:1:2:3:aaaa::1")), ip("fd00:1:2:3::"));
        assert_eq!(
            device_key(ip("fd00:1:2:3:bbbb::2")),
            device_key(ip("fd00:1:2:3:aaaa::1"))
        );
    }

    #[test]
    fn one_device_gets_its_share_and_no_more() {
        let g = gate(10, 2, 4, 1);
        let a = g.admit(ip("10.0.0.1"), slot(&g)).unwrap();
        let _b = g.admit(ip("10.0.0.1"), slot(&g)).unwrap();
        assert!(g.admit(ip("10.0.0.1"), slot(&g)).is_none());
        let _c = g.admit(ip("10.0.0.2"), slot(&g)).unwrap();
        drop(a);
        let _d = g.admit(ip("10.0.0.1"), slot(&g)).unwrap();
    }

    #[test]
    fn a_live_socket_leaves_the_http_pool_and_has_its_own_share() {
        let g = gate(3, 2, 2, 1);
        let live = g.admit(ip("10.0.0.1"), slot(&g)).unwrap();
        assert!(live.go_live());
        assert!(live.go_live(), "going live twice is one move");
        // Its HTTP slot and its share of the device's HTTP cap are free again.
        assert_eq!(g.slots.available_permits(), 3);
        let a = g.admit(ip("10.0.0.1"), slot(&g)).unwrap();
        let _b = g.admit(ip("10.0.0.1"), slot(&g)).unwrap();
        // One live socket per device here: a second one is refused.
        assert!(!a.go_live());
        let other = g.admit(ip("10.0.0.2"), slot(&g)).unwrap();
        assert!(other.go_live());
        // And two in all.
        let third = g.admit(ip("10.0.0.3"), slot(&g)).unwrap();
        assert!(!third.go_live());
        drop((live, a, other, third));
        assert_eq!(g.held.lock().unwrap().live, 0);
    }

    #[test]
    fn dropped_tickets_leave_nothing_behind() {
        let g = gate(8, 4, 4, 2);
        let tickets: Vec<_> = (0..4)
            .map(|i| g.admit(ip(&format!("10.0.0.{i}")), slot(&g)).unwrap())
            .collect();
        assert!(tickets[0].go_live());
        drop(tickets);
        let held = g.held.lock().unwrap();
        assert!(held.by_device.is_empty());
        assert_eq!(held.live, 0);
        assert_eq!(g.slots.available_permits(), 8);
    }
}
