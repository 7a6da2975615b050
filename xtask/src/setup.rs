//! Installs what a fresh machine lacks, or says in one message what to run.

use crate::step;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's packages for the browser tests: the browser, and Noto for the
/// region's scripts (what Android ships), so Thai and the others are laid
/// out and measured with real glyphs, not empty boxes (Noto CJK for
/// Traditional Chinese); and poppler's tools, to read back the sheets
/// Chromium prints to PDF.
const BROWSER_PACKAGES: &[&str] = &[
    "chromium",
    "chromium-driver",
    "fonts-noto-core",
    "fonts-noto-cjk",
    "poppler-utils",
];
/// A file `fonts-noto-core` installs.
const NOTO_THAI: &str = "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf";
/// A file `fonts-noto-cjk` installs.
const NOTO_CJK: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/// A file `poppler-utils` installs.
const PDFTOTEXT: &str = "/usr/bin/pdftotext";

fn succeeds(cmd: &mut Command) -> bool {
    cmd.output().map(|o| o.status.success()).unwrap_or(false)
}

fn stdout_of(cmd: &mut Command) -> Option<String> {
    let o = cmd.output().ok()?;
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

pub fn ensure_wasm_target() -> Result<()> {
    let sysroot = stdout_of(Command::new("rustc").args(["--print", "sysroot"])).unwrap_or_default();
    if Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(WASM_TARGET)
        .exists()
    {
        return Ok(());
    }
    step(&format!("adding the {WASM_TARGET} target with rustup"));
    if succeeds(Command::new("rustup").args(["target", "add", WASM_TARGET])) {
        return Ok(());
    }
    bail!("Lantern builds for {WASM_TARGET}, which is not installed and could not be added. Run: rustup target add {WASM_TARGET}")
}

pub fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

fn is_root() -> bool {
    stdout_of(Command::new("id").arg("-u"))
        .map(|s| s.trim() == "0")
        .unwrap_or(false)
}

pub fn ensure_chromium() -> Result<()> {
    let have_browser = chromium_path().exists();
    let have_driver = Path::new("/usr/bin/chromedriver").exists();
    let have_fonts = Path::new(NOTO_THAI).exists() && Path::new(NOTO_CJK).exists();
    let have_pdf_tools = Path::new(PDFTOTEXT).exists();
    if have_browser && have_driver && have_fonts && have_pdf_tools {
        return Ok(());
    }
    let list = BROWSER_PACKAGES.join(" ");
    if !is_root() || !Path::new("/usr/bin/apt-get").exists() {
        bail!("the browser tests need Debian's {list}; install them with: sudo apt-get install -y {list}");
    }
    step(&format!("installing {list} with apt-get (about a minute)"));
    let env = [("DEBIAN_FRONTEND", "noninteractive")];
    let update = Command::new("apt-get")
        .args(["update", "-qq"])
        .envs(env)
        .status()?;
    let install = Command::new("apt-get")
        .args(["install", "-y", "-qq"])
        .args(BROWSER_PACKAGES)
        .envs(env)
        .status()?;
    if !update.success()
        || !install.success()
        || !chromium_path().exists()
        || !Path::new(NOTO_THAI).exists()
        || !Path::new(PDFTOTEXT).exists()
    {
        bail!("apt-get could not install {list}; install them by hand: apt-get install -y {list}");
    }
    Ok(())
}

/// `npm ci` when node_modules is missing or older than the lockfile.
pub fn ensure_node_modules(root: &Path) -> Result<()> {
    if !succeeds(Command::new("npm").arg("--version")) {
        bail!("Node.js and npm are needed for the browser tests; install them with: apt-get install -y nodejs npm");
    }
    let marker = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    let fresh = match (
        marker.metadata().and_then(|m| m.modified()),
        lock.metadata().and_then(|m| m.modified()),
    ) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    step("installing the pinned npm packages (npm ci)");
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(root)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .status()
        .context("running npm ci")?;
    if !status.success() {
        bail!("npm ci failed; check your connection to the npm registry and run it again");
    }
    Ok(())
}
