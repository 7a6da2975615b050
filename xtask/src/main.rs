//! `cargo xtask …`: the one entry point for building, serving and testing Lantern.

mod bench;
mod build;
mod dist;
#[cfg_attr(not(test), allow(dead_code))]
mod harm;
mod hubload;
mod icons;
mod imports;
mod langs;
mod liveload;
mod pages;
mod pwa;
mod readability;
mod review;
mod setup;
mod streams;
#[cfg_attr(not(test), allow(dead_code))]
mod terms;
mod test;
mod tidy;
#[cfg_attr(not(test), allow(dead_code))]
mod wordcheck;

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const USAGE: &str = "\
usage: cargo xtask <command>

  build [--dev] [--base /path/] [--out DIR] [--content DIR] [--names]
                                   build the app into dist/ (release unless --dev;
                                   --names keeps wasm function names for profiling)
  serve [--lan] [--port N] [--dev] build, then serve dist/ (default http://127.0.0.1:8080/)
  test                             run every test: native, then in Chromium
  i18n                             each language's coverage (messages, quiz items,
                                   titles, status) and a printable review sheet
                                   per language in target/i18n/
  bundle                           build the app, then one lantern-hub binary that
                                   carries it (target/bundle/lantern-hub) to copy
                                   onto a classroom laptop
  bench [--no-build] [--no-lighthouse] [--lighthouse-runs N] [--runs N] [--only hub|live]
                                   build, serve and measure: sizes, Lighthouse,
                                   offline start, search, data parse, the hub
                                   under idle sockets and a live class of 60
                                   phones (--only hub or live: that alone)
";

/// Prints one progress line, so long steps are never silent.
pub fn step(msg: &str) {
    eprintln!("\x1b[1m[xtask]\x1b[0m {msg}");
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn main() {
    if let Err(e) = run() {
        eprintln!("\x1b[1;31merror:\x1b[0m {e:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        std::process::exit(2);
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "build" => {
            let opts = build_options(&root, rest)?;
            // wasm-opt comes from the pinned npm packages when they are there.
            if let Err(e) = setup::ensure_node_modules(&root) {
                step(&format!("building without wasm-opt: {e:#}"));
            }
            build::build(&root, &opts)?;
        }
        "serve" => serve(&root, rest)?,
        "test" => test::run(&root, rest)?,
        "bench" => bench::run(&root, rest)?,
        "bundle" => bundle(&root)?,
        "i18n" => review::run(&root)?,
        "-h" | "--help" | "help" => print!("{USAGE}"),
        other => bail!("unknown command `{other}`\n{USAGE}"),
    }
    Ok(())
}

fn build_options(root: &Path, args: &[String]) -> Result<build::BuildOptions> {
    let mut opts = build::BuildOptions::new(root);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dev" => opts.release = false,
            "--release" => opts.release = true,
            "--names" => opts.names = true,
            "--base" => {
                opts.base = it
                    .next()
                    .context("--base needs a path such as /lantern/")?
                    .clone()
            }
            "--out" => opts.out = PathBuf::from(it.next().context("--out needs a folder")?),
            "--content" => {
                opts.content = PathBuf::from(it.next().context("--content needs a folder")?)
            }
            other => bail!("unknown build option `{other}`\n{USAGE}"),
        }
    }
    Ok(opts)
}

fn serve(root: &Path, args: &[String]) -> Result<()> {
    let mut hub_args = Vec::new();
    let mut build_args = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lan" => hub_args.push(a.clone()),
            "--port" => {
                let port = it.next().context("--port needs a number")?;
                port.parse::<u16>()
                    .with_context(|| format!("`{port}` is not a port number"))?;
                hub_args.extend(["--port".to_string(), port.clone()]);
            }
            "--dev" => build_args.push(a.clone()),
            other => bail!("unknown serve option `{other}`\n{USAGE}"),
        }
    }
    let opts = build_options(root, &build_args)?;
    if let Err(e) = setup::ensure_node_modules(root) {
        step(&format!("building without wasm-opt: {e:#}"));
    }
    build::build(root, &opts)?;
    let hub = build_hub(root)?;
    let status = Command::new(hub).args(&hub_args).arg(&opts.out).status()?;
    // The hub explains its own failures (a busy port, say); pass its code on.
    std::process::exit(status.code().unwrap_or(0));
}

/// The app, and a release hub with the app inside it, as one file.
fn bundle(root: &Path) -> Result<()> {
    let opts = build::BuildOptions::new(root);
    if let Err(e) = setup::ensure_node_modules(root) {
        step(&format!("building without wasm-opt: {e:#}"));
    }
    build::build(root, &opts)?;
    step("building lantern-hub with the app inside (release)");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .env("LANTERN_EMBED", &opts.out)
        .args(["build", "--quiet", "--release", "-p", "lantern-hub"])
        .args(["--bin", "lantern-hub", "--features", "embed"])
        .status()?;
    if !status.success() {
        bail!("lantern-hub failed to compile with the app inside");
    }
    let out = root.join("target/bundle");
    std::fs::create_dir_all(&out)?;
    let file = out.join("lantern-hub");
    std::fs::copy(root.join("target/release/lantern-hub"), &file)?;
    let size = std::fs::metadata(&file)?.len();
    step(&format!(
        "wrote {} ({:.1} MB): copy it to the laptop and run `./lantern-hub --lan`",
        file.display(),
        size as f64 / 1e6
    ));
    Ok(())
}

/// Builds the hub binary (debug profile: it only copies files) and returns its path.
pub fn build_hub(root: &Path) -> Result<PathBuf> {
    step("building lantern-hub");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["build", "--quiet", "--package", "lantern-hub"])
        .status()?;
    if !status.success() {
        bail!("lantern-hub failed to compile");
    }
    Ok(root.join("target/debug/lantern-hub"))
}

/// A hub serving `dir` on a free loopback port, stopped when dropped.
pub struct RunningHub {
    child: Child,
    pub url: String,
}

impl RunningHub {
    pub fn addr(&self) -> Result<std::net::SocketAddr> {
        let host = self.url.trim_start_matches("http://");
        host.parse()
            .with_context(|| format!("the hub's address {host} is not IP:PORT"))
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn start(hub: &Path, dir: &Path) -> Result<RunningHub> {
        Self::start_with(hub, dir, &[], None)
    }

    /// [`RunningHub::start`] with more options, the last taking `path`.
    pub fn start_with(
        hub: &Path,
        dir: &Path,
        args: &[&str],
        path: Option<&Path>,
    ) -> Result<RunningHub> {
        use std::io::BufRead;
        let mut child = Command::new(hub)
            .args(["--port", "0"])
            .args(args)
            .args(path)
            .arg(dir)
            .stdout(Stdio::piped())
            .spawn()
            .context("starting lantern-hub")?;
        let stdout = child.stdout.take().expect("piped");
        let mut lines = std::io::BufReader::new(stdout).lines();
        for line in lines.by_ref() {
            let line = line?;
            if let Some(url) = line.strip_prefix("listening on ") {
                let url = url.trim().trim_end_matches('/').to_string();
                // Keep draining so the hub never blocks on a full pipe.
                std::thread::spawn(move || lines.for_each(drop));
                return Ok(RunningHub { child, url });
            }
        }
        let _ = child.kill();
        bail!("lantern-hub exited before it was listening")
    }
}

impl Drop for RunningHub {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
