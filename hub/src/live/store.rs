//! The live session on disk: one JSON file, replaced whole after every
//! change, so a hub that is stopped (or loses power) resumes from the last
//! state it wrote, never from half of one. A writer thread of its own does
//! the disk work, so a slow disk never holds up the room; when changes come
//! faster than the disk, only the newest is written.

use std::{
    fs, io,
    io::Write,
    path::{Path, PathBuf},
    sync::{Arc, Condvar, Mutex},
};

use lantern_core::quiz::{bank::Bank, live::Live};

pub const FILE: &str = "live.json";

/// Where a hub on `port` keeps its session unless told (`--state`): the
/// same folder each time it starts on that port, so a restart resumes.
pub fn default_dir(port: u16) -> PathBuf {
    std::env::temp_dir().join(format!("lantern-hub-{port}"))
}

/// What waits for the writer.
#[derive(Default)]
struct Pending {
    /// `Some(None)`: delete the file.
    next: Option<Option<String>>,
    queued: u64,
    written: u64,
}

pub struct Store {
    dir: PathBuf,
    shared: Arc<(Mutex<Pending>, Condvar)>,
}

impl Store {
    pub fn new(dir: PathBuf) -> Store {
        let shared = Arc::new((Mutex::new(Pending::default()), Condvar::new()));
        let (writer_dir, writer_shared) = (dir.clone(), Arc::clone(&shared));
        std::thread::Builder::new()
            .name("live-store".into())
            .spawn(move || write_loop(&writer_dir, &writer_shared))
            .expect("cannot start the live session's writer thread");
        Store { dir, shared }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    /// The session left by the last run, if its file reads.
    pub fn load(&self) -> Option<Live> {
        let text = fs::read_to_string(self.path()).ok()?;
        match serde_json::from_str(&text) {
            Ok(live) => Some(live),
            Err(_) => {
                self.set_aside("it is not a session this hub can read");
                None
            }
        }
    }

    /// Keeps a file that cannot be resumed as `live.json.damaged` (replacing
    /// an older one), so the next session starts clean.
    pub fn set_aside(&self, why: &str) {
        let from = self.path();
        let to = self.dir.join(format!("{FILE}.damaged"));
        if fs::rename(&from, &to).is_ok() {
            crate::log::line(&format!(
                "the saved live session in {} was set aside as {}: {why}",
                from.display(),
                to.display()
            ));
        }
    }

    /// Queues the session (or its deletion) for the writer.
    pub fn save(&self, live: Option<&Live>) {
        let json = live.map(|l| serde_json::to_string(l).unwrap_or_default());
        let (lock, wake) = &*self.shared;
        let mut p = lock.lock().unwrap_or_else(|e| e.into_inner());
        p.next = Some(json);
        p.queued += 1;
        wake.notify_all();
    }

    /// Waits until everything queued so far is on disk.
    pub fn flush(&self) {
        let (lock, wake) = &*self.shared;
        let mut p = lock.lock().unwrap_or_else(|e| e.into_inner());
        let want = p.queued;
        while p.written < want {
            p = wake.wait(p).unwrap_or_else(|e| e.into_inner());
        }
    }
}

fn write_loop(dir: &Path, shared: &(Mutex<Pending>, Condvar)) {
    let (lock, wake) = shared;
    loop {
        let (next, upto) = {
            let mut p = lock.lock().unwrap_or_else(|e| e.into_inner());
            while p.next.is_none() {
                p = wake.wait(p).unwrap_or_else(|e| e.into_inner());
            }
            (p.next.take(), p.queued)
        };
        if let Some(next) = next {
            if let Err(e) = write(dir, next.as_deref()) {
                crate::log::line(&format!(
                    "cannot save the live session in {}: {e}",
                    dir.display()
                ));
            }
        }
        let mut p = lock.lock().unwrap_or_else(|e| e.into_inner());
        p.written = upto;
        wake.notify_all();
    }
}

/// Replaces the file atomically: a temporary file beside it, synced, then
/// renamed over it; or removes it.
fn write(dir: &Path, json: Option<&str>) -> io::Result<()> {
    let path = dir.join(FILE);
    let Some(json) = json else {
        return match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    };
    fs::create_dir_all(dir)?;
    let tmp = dir.join(format!("{FILE}.tmp"));
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(json.as_bytes())?;
        f.sync_all()?;
    }
    fs::rename(&tmp, &path)?;
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The English question bank the build put in `root`, through `build.json`.
pub fn read_bank(root: &Path) -> Option<Bank> {
    let build: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root.join("build.json")).ok()?).ok()?;
    let file = build.get("data")?.get("quiz.en")?.as_str()?;
    let bank: Bank = serde_json::from_str(&fs::read_to_string(root.join(file)).ok()?).ok()?;
    (!bank.questions.is_empty()).then_some(bank)
}
