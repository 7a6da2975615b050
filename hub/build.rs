//! With `--features embed`, packs the built app folder (`LANTERN_EMBED`,
//! default `../dist`) into the binary, so one file carries the whole app.

#[path = "src/pack.rs"]
#[allow(dead_code)]
mod pack;

fn main() {
    println!("cargo:rerun-if-env-changed=LANTERN_EMBED");
    if std::env::var_os("CARGO_FEATURE_EMBED").is_none() {
        return;
    }
    let dir = std::env::var("LANTERN_EMBED").unwrap_or_else(|_| "../dist".into());
    let dir = std::path::Path::new(&dir);
    println!(
        "cargo:rerun-if-changed={}",
        dir.join("build.json").display()
    );
    if !dir.join("index.html").is_file() {
        panic!(
            "--features embed needs a built app in {} (run `cargo xtask build`, or set LANTERN_EMBED)",
            dir.display()
        );
    }
    let blob = pack::pack(dir).expect("cannot read the app folder");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("app.pack");
    std::fs::write(out, blob).expect("cannot write the packed app");
}
