//! `cargo xtask build`: content → JSON, app → wasm + JS glue, everything hashed,
//! compressed and listed in `dist/build.json`.

use crate::dist::{self, Asset, BuildRecord, Sizes};
use crate::{icons, imports, langs, pages, pwa, readability, setup, step, streams};
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct BuildOptions {
    pub release: bool,
    /// Keep function names in the wasm (for profiles and twiggy); never for shipping.
    pub names: bool,
    /// Where the app is served from, e.g. `/` or `/lantern/`.
    pub base: String,
    pub out: PathBuf,
    /// The content folder (`content/` unless `--content DIR`).
    pub content: PathBuf,
}

impl BuildOptions {
    pub fn new(root: &Path) -> Self {
        BuildOptions {
            release: true,
            names: false,
            base: "/".into(),
            out: root.join("dist"),
            content: root.join("content"),
        }
    }
}

pub fn build(root: &Path, opts: &BuildOptions) -> Result<BuildRecord> {
    let started = std::time::Instant::now();
    if !opts.base.starts_with('/') || !opts.base.ends_with('/') {
        bail!("--base must start and end with `/` (got `{}`)", opts.base);
    }
    setup::ensure_wasm_target()?;

    step("compiling content");
    let mut content = compile_content(&opts.content)?;
    for c in &content.coverage {
        step(&langs::coverage_line(
            c,
            content.english_messages,
            content.english_questions,
        ));
    }
    readability::enforce(root)?;

    step(if opts.release {
        "building the app (release, wasm32)"
    } else {
        "building the app (dev, wasm32)"
    });
    let wasm_in = cargo_build_wasm(root, opts.release)?;

    step("generating JS glue (wasm-bindgen)");
    // One folder per build process, so builds running side by side never share it.
    let glue_dir = root.join(format!("target/lantern-bindgen/{}", std::process::id()));
    let _ = fs::remove_dir_all(&glue_dir);
    fs::create_dir_all(&glue_dir)?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm_in)
        .out_name("lantern")
        .web(true)?
        .typescript(false)
        .omit_default_module_path(false)
        .remove_name_section(opts.release && !opts.names)
        .remove_producers_section(true)
        .keep_debug(!opts.release)
        .debug(!opts.release)
        .generate(&glue_dir)
        .context("wasm-bindgen could not process the app's wasm")?;

    let wasm_path = glue_dir.join("lantern_bg.wasm");
    let glue_path = glue_dir.join("lantern.js");
    let glue = fs::read_to_string(&glue_path).context("reading the glue")?;
    let mut glue = streams::strip_glue(&glue)?;
    streams::strip_wasm(&wasm_path)?;
    // Names stay long where someone reads them: dev and --names builds.
    if opts.release && !opts.names {
        glue = imports::shorten(&wasm_path, &glue)?;
    }
    let wasm_opt = if opts.release {
        let before = imports::from_glue(&wasm_path)?;
        let version = run_wasm_opt(root, &wasm_path, opts.names)?;
        let after = imports::from_glue(&wasm_path)?;
        let gone: Vec<String> = before.into_iter().filter(|n| !after.contains(n)).collect();
        glue = imports::drop_from_glue(&glue, &gone)?;
        version
    } else {
        None
    };
    fs::write(&glue_path, glue)?;

    step("writing dist/");
    let out = &opts.out;
    if out.exists() {
        fs::remove_dir_all(out).with_context(|| format!("could not clear {}", out.display()))?;
    }
    fs::create_dir_all(out.join("data"))?;
    let mut written: Vec<(String, Vec<u8>)> = Vec::new();
    let mut put_hashed = |name: &str, bytes: Vec<u8>| -> String {
        let path = dist::hashed_name(name, &dist::content_hash(&bytes));
        written.push((path.clone(), bytes));
        path
    };

    let mut data_names = BTreeMap::new();
    for (logical, bytes) in std::mem::take(&mut content.assets) {
        let path = put_hashed(&format!("data/{logical}.json"), bytes);
        data_names.insert(logical, path);
    }
    let esbuild = opts.release.then(|| find_esbuild(root)).flatten();
    if opts.release && esbuild.is_none() {
        step("esbuild not found; shipping JS and CSS unminified (npm's esbuild provides it after `npm ci`)");
    }
    let minify = |name: &str, code: Vec<u8>| -> Result<Vec<u8>> {
        match &esbuild {
            Some(bin) => run_minify(bin, name, &code),
            None => Ok(code),
        }
    };
    let css = put_hashed(
        "lantern.css",
        minify("app.css", read(&root.join("style/app.css"))?)?,
    );
    let wasm = put_hashed("lantern_bg.wasm", read(&wasm_path)?);
    let glue = minify("lantern.js", read(&glue_dir.join("lantern.js"))?)?;
    let js = put_hashed("lantern.js", glue);
    let template = without_comments(
        &fs::read_to_string(root.join("index.html")).context("reading index.html")?,
    );
    let static_pages: Vec<pages::StaticPage> = (content.pages.iter())
        .flat_map(|source| pages::all(source, &opts.base))
        .collect();
    // The ids boot.js fills in: the template's, and English home's hero.
    let home = (static_pages.iter())
        .find(|p| p.page == lantern_core::route::Page::Home)
        .map_or("", |p| p.main.as_str());
    let shell = shell_messages(&format!("{template}{home}"), &content.ui_ids)?;
    let boot_src = minify("boot.js", boot_script(&js, &wasm, &shell).into_bytes())?;
    let boot = put_hashed("boot.js", boot_src);

    let mut values = vec![
        ("base", opts.base.clone()),
        ("css", css.clone()),
        ("js", js.clone()),
        ("wasm", wasm.clone()),
        ("boot", boot.clone()),
        ("version", env!("CARGO_PKG_VERSION").to_string()),
    ];
    values.push(("data_meta", data_meta(&data_names)));
    let shipped: Vec<_> = content
        .languages
        .iter()
        .map(|l| l.shipped.clone())
        .collect();
    let tags: Vec<_> = shipped.iter().map(|s| s.lang).collect();
    let (script, script_hash) = lang_script(&tags);
    values.push(("lang_script", script));
    values.push(("lang_script_hash", script_hash.clone()));
    values.push((
        "langs",
        html_attr(&lantern_core::lang::write_shipped(&shipped)),
    ));
    step(&format!("writing {} pages", static_pages.len()));
    for page in &static_pages {
        written.push((
            page.file(),
            static_page(&template, &values, page)?.into_bytes(),
        ));
    }

    for (path, bytes) in &written {
        write(&out.join(path), bytes)?;
    }
    // wasm-bindgen snippets are imported by relative path from the glue.
    let snippets = glue_dir.join("snippets");
    if snippets.exists() {
        copy_dir(&snippets, &out.join("snippets"))?;
    }
    let _ = fs::remove_dir_all(&glue_dir);
    copy_dir(&root.join("public"), out)?;
    let precache = write_pwa_files(root, out, &minify)?;

    step("compressing (brotli, gzip)");
    let tags: Vec<_> = content
        .languages
        .iter()
        .map(langs::Language::lang)
        .collect();
    let mut record = compress_and_record(out, opts, wasm_opt, data_names, precache, &tags)?;
    record.csp_script_hashes = vec![script_hash];
    record.ui_ids = content.ui_ids.clone();
    let json = serde_json::to_string_pretty(&record)?;
    fs::write(out.join("build.json"), json + "\n")?;
    step(&format!(
        "built {} in {:.1}s — first visit {} brotli ({} raw); precache {} files, {} brotli",
        out.display(),
        started.elapsed().as_secs_f64(),
        kb(record.first_visit.brotli),
        kb(record.first_visit.raw),
        record.precache.entries,
        kb(record.precache.sizes.brotli)
    ));
    Ok(record)
}

/// One address's page: the template with its path, title and content, and
/// its place marked in the header.
fn static_page(
    template: &str,
    values: &[(&str, String)],
    page: &pages::StaticPage,
) -> Result<String> {
    // The content goes in last, so only the header's links are marked.
    const MAIN: &str = "\u{0}main\u{0}";
    let mut values = values.to_vec();
    values.push(("path", html_attr(&page.address())));
    values.push(("title", pages::text(&page.title)));
    values.push(("main", MAIN.to_string()));
    let html =
        dist::fill_template(template, &values).map_err(|e| anyhow::anyhow!("index.html: {e}"))?;
    Ok(page.finish(&html).replacen(MAIN, &page.main, 1))
}

/// The page as it ships: its comments are for the people who edit it.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = rest[start + end + 3..].trim_start_matches('\n'),
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where each message the static shell shows sits in a catalogue (its
/// `data-m` and `data-m-label` ids, and the title's), as
/// a JS object for `boot.js`, with the catalogue layout it holds for.
fn shell_messages(template: &str, ids: &[String]) -> Result<String> {
    let mut wanted: Vec<String> = ["app-name", "title-home"].map(String::from).to_vec();
    for attr in ["data-m=\"", "data-m-label=\""] {
        for (at, _) in template.match_indices(attr) {
            let rest = &template[at + attr.len()..];
            wanted.push(rest[..rest.find('"').unwrap_or(0)].to_string());
        }
    }
    let mut pairs = Vec::new();
    for id in wanted {
        let Some(i) = ids.iter().position(|x| *x == id) else {
            bail!(
                "index.html: the static shell names `{id}`, which content/en/ui.ftl does not have"
            );
        };
        pairs.push(format!("{}: {i}", serde_json::to_string(&id)?));
    }
    let layout = lantern_core::catalogue::layout(ids.iter().map(String::as_str));
    Ok(format!(
        "{{ layout: '{layout}', at: {{ {} }} }}",
        pairs.join(", ")
    ))
}

/// The one inline script, run before the first paint. A page in another
/// language than the reader's (their stored pick, else their device's) is
/// never shown: with no service worker it goes at once to the same address
/// in the reader's language (`/th/read/x`), where the build wrote that
/// page; a page shown at another address than its own (the worker's one
/// precached page, the hub's fallback) is a neutral frame until the app
/// (`data-frame`, see `style/app.css`). Where the user's language's words
/// are stored, it marks `<html>` with the language and hides the static
/// shell (`data-shell="wait"`) until `boot.js` has put the shell's words in
/// that language, so a repeat visit never flashes English. On a visit no
/// service worker serves, it asks the
/// browser at once for the data the app will fetch first (the language's
/// words and report), chosen as `lantern_core::lang::choose` chooses, unless
/// the report is stored already (asked with `in`, so a stored report of
/// ~100 KB is never read here): nothing waits for the wasm to start. It
/// finds those files' names in the page's `lantern:*` meta tags, above it,
/// rather than in a copy of its own that every language would lengthen. The
/// CSP allows it by its hash alone.
fn lang_script(shipped: &[lantern_core::lang::Lang]) -> (String, String) {
    use base64::Engine;
    use lantern_core::lang::{Lang, HANT_MARKS, SUBTAGS};
    use lantern_core::store::{full_key, key_in, CachedReport, CachedUi, Settings};
    use sha2::Digest;
    let prefix = |key: String| {
        key.strip_suffix("en")
            .expect("a key ending in the tag")
            .to_string()
    };
    let ui = prefix(key_in::<CachedUi>(Lang::En));
    let report = prefix(key_in::<CachedReport>(Lang::En));
    let subtags = SUBTAGS
        .iter()
        .filter(|(_, l)| shipped.contains(l))
        .map(|(base, l)| format!("'{base}':'{}'", l.tag()))
        .collect::<Vec<_>>()
        .join(",");
    // Chinese in Traditional characters goes by script or region, not by
    // its first subtag: only a build that ships it carries the rule.
    let zh = shipped.contains(&Lang::ZhHant).then(|| {
        format!(
            "||(/^zh([-_][a-z0-9]+)*[-_]({})([-_]|$)/i.test(x)?'{}':0)",
            HANT_MARKS.join("|"),
            Lang::ZhHant.tag()
        )
    });
    let zh = zh.unwrap_or_default();
    let script = format!(
        "try{{var d=document.documentElement,P=d.lang,D=t=>['ui','report'].map(k=>(document.querySelector(`meta[name=\"lantern:${{k}}.${{t}}\"]`)||0).content).filter(x=>x),M={{{subtags}}},h=k=>{{try{{return k in localStorage}}catch(e){{}}}},s,l,q,c,p=location.pathname,b=new URL(document.baseURI).pathname;d.dataset.js='';\
try{{s=JSON.parse(localStorage.getItem('{settings}')).data.lang}}catch(e){{}}\
if(s&&s!=P&&h('{ui}'+s)){{d.lang=s;d.dataset.shell='wait'}}\
l=s&&D(s)[0]?s:(navigator.languages||[]).map(x=>M[x.split(/[-_]/)[0].toLowerCase()]{zh}).find(x=>x&&D(x)[0])||'en';\
p=(p.indexOf(b)?p:p.slice(b.length)).replace(/(^|\\/)index\\.html$/,'').replace(/\\/+$/,'');\
q=P=='en'?p:p==P?'':p.indexOf(P+'/')?0:p.slice(P.length+1);c=(navigator.serviceWorker||{{}}).controller;\
s=q!==d.dataset.path||l!=P;if(s)d.dataset.frame='';\
if(s&&q===d.dataset.path&&!c){{d.dataset.shell='wait';location.replace(b+(l=='en'?'':l+'/')+q+location.search+location.hash);throw 0}}\
if(!c&&!h('{report}'+l))D(l).map(h=>document.head.append(Object.assign(document.createElement('link'),{{rel:'preload',as:'fetch',crossOrigin:'',href:h}})))}}catch(e){{}}",
        settings = full_key::<Settings>()
    );
    let digest = sha2::Sha256::digest(script.as_bytes());
    let hash = format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    );
    (script, hash)
}

/// One `<meta name="lantern:report.en" content="data/report.en.….json">`
/// per data asset: the app reads the name of the one it needs.
fn data_meta(names: &BTreeMap<String, String>) -> String {
    names
        .iter()
        .map(|(logical, path)| format!("<meta name=\"lantern:{logical}\" content=\"{path}\">"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn html_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// A data asset's bytes (see `lantern_core::positional`), read back and checked.
pub fn asset_json<T>(value: &T, what: &str) -> Result<Vec<u8>>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq,
{
    lantern_core::positional::to_json(value)
        .map(String::into_bytes)
        .map_err(|e| anyhow::anyhow!("{what}: {e}"))
}

/// The build's content: JSON assets keyed by logical name (`report.en`,
/// `ui.th`, …), the shipped languages and what each still lacks.
pub struct Content {
    pub assets: Vec<(String, Vec<u8>)>,
    pub languages: Vec<langs::Language>,
    pub coverage: Vec<langs::Coverage>,
    pub english_messages: usize,
    pub english_questions: usize,
    /// English's message ids in order: every catalogue's layout.
    pub ui_ids: Vec<String>,
    /// Each shipped language's report and messages, English first, for
    /// the static pages.
    pub pages: Vec<langs::PageSource>,
}

/// Compiles `<content>/<lang>/` for every shipped language: English from its
/// report and bank, the others laid over English (see `langs`).
pub fn compile_content(content: &Path) -> Result<Content> {
    let languages = langs::manifest(content)?;
    let english = langs::english_messages(content)?;
    let (report, bank) = langs::english(content)?;
    let mut assets = vec![
        ("report.en".to_string(), asset_json(&report, "report.en")?),
        ("quiz.en".to_string(), asset_json(&bank, "quiz.en")?),
    ];
    let mut coverage = Vec::new();
    let mut pages = vec![langs::PageSource {
        shipped: languages[0].shipped.clone(),
        report: report.clone(),
        messages: english.clone(),
    }];
    for language in languages.iter().skip(1) {
        let (more, c, source) =
            langs::compile_language(content, language, &english, &report, &bank)?;
        assets.extend(more);
        coverage.push(c);
        pages.push(source);
    }
    Ok(Content {
        assets,
        languages,
        coverage,
        english_messages: english.len(),
        english_questions: bank.questions.len(),
        ui_ids: english.iter().map(|m| m.id.clone()).collect(),
        pages,
    })
}

/// The module that starts the app (`boot.js`, a template filled here): it
/// applies the saved look, makes quick exit work in the static shell, and
/// starts the wasm after the shell's first paint, since compiling it holds
/// the main thread and the shell is what a slow phone should see meanwhile.
fn boot_script(js: &str, wasm: &str, shell: &str) -> String {
    use lantern_core::exit::{NEUTRAL_OFFLINE, NEUTRAL_ONLINE, SHIFT_WINDOW_MS};
    use lantern_core::store::{self, full_key, Record, Settings, Theme, TEXT_SIZES};
    // Stored name → `data-theme` value, the same pairs the app applies.
    let themes = Theme::ALL
        .iter()
        .map(|t| {
            let stored = serde_json::to_string(t).expect("a theme serialises");
            format!("[{stored}, '{}']", t.attr())
        })
        .collect::<Vec<_>>()
        .join(", ");
    [
        ("js", js.to_string()),
        ("wasm", wasm.to_string()),
        ("settings_key", full_key::<Settings>()),
        ("settings_version", Settings::VERSION.to_string()),
        ("themes", themes),
        ("largest_text", (TEXT_SIZES - 1).to_string()),
        ("neutral_online", NEUTRAL_ONLINE.to_string()),
        ("neutral_offline", NEUTRAL_OFFLINE.to_string()),
        ("shift_window_ms", SHIFT_WINDOW_MS.to_string()),
        ("shell_ids", shell.to_string()),
        ("ui_prefix", {
            let key = store::key_in::<store::CachedUi>(lantern_core::lang::Lang::En);
            key.strip_suffix("en")
                .expect("a key ending in the tag")
                .to_string()
        }),
    ]
    .iter()
    .fold(include_str!("boot.js").to_string(), |s, (k, v)| {
        s.replace(&format!("{{{{{k}}}}}"), v)
    })
}

fn cargo_build_wasm(root: &Path, release: bool) -> Result<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root).args([
        "build",
        "--package",
        "lantern",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    if release {
        cmd.arg("--release");
    }
    let status = cmd.status().context("running cargo build for wasm32")?;
    if !status.success() {
        bail!("the app failed to compile for wasm32 (see the errors above)");
    }
    let profile = if release { "release" } else { "debug" };
    Ok(root.join(format!(
        "target/wasm32-unknown-unknown/{profile}/lantern.wasm"
    )))
}

/// Runs `wasm-opt -Oz` only with binaryen 116 or later: Debian's 108 breaks the app.
fn run_wasm_opt(root: &Path, wasm: &Path, names: bool) -> Result<Option<String>> {
    let Some((bin, version)) = find_wasm_opt(root) else {
        step("wasm-opt ≥ 116 not found; skipping it (npm's binaryen provides one after `npm ci`)");
        return Ok(None);
    };
    step(&format!("optimising with wasm-opt {version} -Oz"));
    let tmp = wasm.with_extension("opt.wasm");
    let status = Command::new(&bin)
        .arg(wasm)
        .args([
            "-Oz",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
        ])
        .args([
            "--enable-mutable-globals",
            "--enable-reference-types",
            "--enable-multivalue",
        ])
        // Binaryen inlines every function that has one caller, however big;
        // keeping big ones apart compresses better (-1.9 KB brotli measured).
        .args(["--one-caller-inline-max-function-size", "50"])
        // A second round finds what the first one's inlining opened up
        // (-0.3 KB brotli measured).
        .arg("-Oz")
        .args(names.then_some("-g"))
        .arg("-o")
        .arg(&tmp)
        .status()
        .with_context(|| format!("running {}", bin.display()))?;
    if !status.success() {
        bail!("wasm-opt failed on the app's wasm");
    }
    fs::rename(&tmp, wasm)?;
    Ok(Some(version.to_string()))
}

/// The pinned esbuild from npm, if installed.
fn find_esbuild(root: &Path) -> Option<PathBuf> {
    let bin = root.join("node_modules/.bin/esbuild");
    let ok = Command::new(&bin)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(bin)
}

/// Minifies the generated glue and boot script (ES modules), the service
/// worker and the stylesheet: what ships is read by browsers only, and
/// minified it costs a first visit ~3.2 KB less brotli. The sources stay
/// readable.
fn run_minify(bin: &Path, name: &str, code: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let kind = if name.ends_with(".css") {
        ["--loader=css", "--target=chrome80,firefox80,safari14"]
    } else if name == "sw.js" {
        // A classic script: its top-level names stay as written.
        ["--loader=js", "--target=es2020"]
    } else {
        ["--format=esm", "--target=es2020"]
    };
    let mut child = Command::new(bin)
        .args(["--minify", "--log-level=warning"])
        .args(kind)
        .arg(format!("--sourcefile={name}"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .with_context(|| format!("running {}", bin.display()))?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(code)
        .context("feeding esbuild")?;
    let out = child.wait_with_output()?;
    if !out.status.success() || out.stdout.is_empty() {
        bail!("esbuild could not minify {name}");
    }
    Ok(out.stdout)
}

pub fn find_wasm_opt(root: &Path) -> Option<(PathBuf, u32)> {
    let candidates = [
        root.join("node_modules/.bin/wasm-opt"),
        PathBuf::from("wasm-opt"),
    ];
    candidates.into_iter().find_map(|bin| {
        let out = Command::new(&bin).arg("--version").output().ok()?;
        let v = parse_wasm_opt_version(&String::from_utf8_lossy(&out.stdout))?;
        (v >= 116).then_some((bin, v))
    })
}

/// `wasm-opt version 132 (version_132)` → 132.
pub fn parse_wasm_opt_version(s: &str) -> Option<u32> {
    let rest = s.split("version").nth(1)?;
    rest.split(|c: char| !c.is_ascii_digit())
        .find(|p| !p.is_empty())?
        .parse()
        .ok()
}

fn compress_and_record(
    out: &Path,
    opts: &BuildOptions,
    wasm_opt: Option<String>,
    data: BTreeMap<String, String>,
    precache: PrecacheList,
    langs: &[lantern_core::lang::Lang],
) -> Result<BuildRecord> {
    let mut assets = Vec::new();
    let mut total = Sizes::default();
    let mut precached = Sizes::default();
    let mut by_lang: BTreeMap<String, Sizes> = langs
        .iter()
        .map(|l| (l.tag().to_string(), Sizes::default()))
        .collect();
    let paths = list_files(out)?;
    let compressed = compress_all(out, &paths)?;
    for (path, (bytes, packed)) in paths.into_iter().zip(compressed) {
        let mut sizes = Sizes {
            raw: bytes.len() as u64,
            gzip: bytes.len() as u64,
            brotli: bytes.len() as u64,
        };
        if let Some((br, gz)) = packed {
            sizes.brotli = br.len() as u64;
            sizes.gzip = gz.len() as u64;
            fs::write(out.join(format!("{path}.br")), br)?;
            fs::write(out.join(format!("{path}.gz")), gz)?;
        }
        // A first visit downloads the precache (shared files and its
        // language's data) and the worker itself; English is the budget's.
        let first_visit = pwa::in_first_visit(&path, "en");
        if first_visit {
            total.add(&sizes);
        }
        for (lang, sum) in by_lang.iter_mut() {
            if pwa::in_first_visit(&path, lang) {
                sum.add(&sizes);
            }
        }
        if first_visit && path != pwa::SW_PATH {
            precached.add(&sizes);
        }
        assets.push(Asset {
            hash: dist::hash_in_name(&path).map(str::to_string),
            sha256: dist::full_sha256(&bytes),
            path,
            sizes,
            first_visit,
        });
    }
    Ok(BuildRecord {
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        profile: if opts.release { "release" } else { "dev" }.to_string(),
        base: opts.base.clone(),
        wasm_opt,
        data,
        assets,
        first_visit: total,
        first_visit_by_lang: by_lang,
        csp_script_hashes: Vec::new(),
        ui_ids: Vec::new(),
        precache: dist::Precache {
            cache: pwa::cache_name(&opts.base, &precache.build_id),
            entries: precache.entries,
            sizes: precached,
        },
    })
}

/// Each file's bytes, with its brotli and gzip forms where it compresses,
/// in `paths`' order. Brotli at quality 11 is the build's slowest step, and
/// with a page per address and language it is worth every core.
type Packed = (Vec<u8>, Option<(Vec<u8>, Vec<u8>)>);

fn compress_all(out: &Path, paths: &[String]) -> Result<Vec<Packed>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut done: Vec<(usize, Result<Packed>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = paths.get(i) else { break };
                        let packed = read(&out.join(path)).map(|bytes| {
                            let forms = dist::is_compressible(path)
                                .then(|| (dist::brotli(&bytes), dist::gzip(&bytes)));
                            (bytes, forms)
                        });
                        mine.push((i, packed));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a compression thread panicked"))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, packed)| packed).collect()
}

/// What [`write_pwa_files`] put in the service worker.
struct PrecacheList {
    build_id: String,
    entries: usize,
}

/// Renders the icons from `public/icons/lantern.svg` into `out/icons/`, then
/// fills `out/sw.js` (copied from the template in `public/`) with the
/// precache list of everything now in `out`.
/// Turns a file's text into what ships (esbuild's minified form, or as is).
type Minify<'a> = &'a dyn Fn(&str, Vec<u8>) -> Result<Vec<u8>>;

fn write_pwa_files(root: &Path, out: &Path, minify: Minify) -> Result<PrecacheList> {
    let svg = read(&root.join("public/icons/lantern.svg"))?;
    for (path, png) in icons::render_all(&svg)? {
        write(&out.join(path), &png)?;
    }
    let template = fs::read_to_string(root.join("public/sw.js")).context("reading public/sw.js")?;
    let mut files = Vec::new();
    for path in list_files(out)? {
        if pwa::is_precached(&path) {
            let bytes = read(&out.join(&path))?;
            files.push((path, bytes));
        }
    }
    let entries = pwa::entries(files.iter().map(|(p, b)| (p.as_str(), b.as_slice())));
    let (sw, build_id) = pwa::service_worker(&template, &entries)?;
    write(&out.join(pwa::SW_PATH), &minify("sw.js", sw.into_bytes())?)?;
    // As for an English first visit: the shared files and English's data.
    let english = entries
        .iter()
        .filter(|e| e.lang.as_deref().is_none_or(|l| l == "en"))
        .count();
    Ok(PrecacheList {
        build_id,
        entries: english,
    })
}

fn list_files(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d)? {
            let p = entry?.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir)?.to_string_lossy().replace('\\', "/");
                if !rel.ends_with(".br") && !rel.ends_with(".gz") && rel != "build.json" {
                    out.push(rel);
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    if !from.exists() {
        return Ok(());
    }
    for rel in list_files(from)? {
        let bytes = read(&from.join(&rel))?;
        write(&to.join(&rel), &bytes)?;
    }
    Ok(())
}

fn read(p: &Path) -> Result<Vec<u8>> {
    fs::read(p).with_context(|| format!("reading {}", p.display()))
}

fn write(p: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(p, bytes).with_context(|| format!("writing {}", p.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wasm_opt_version_is_read_from_its_banner() {
        assert_eq!(
            parse_wasm_opt_version("wasm-opt version 132 (version_132)\n"),
            Some(132)
        );
        assert_eq!(parse_wasm_opt_version("wasm-opt version 108\n"), Some(108));
        assert_eq!(parse_wasm_opt_version("nonsense"), None);
    }

    #[test]
    fn boot_script_imports_the_hashed_glue_and_wasm() {
        let s = boot_script(
            "lantern-0123456789abcdef.js",
            "lantern_bg-0123456789abcdef.wasm",
            "{ layout: 'x', at: {} }",
        );
        assert!(!s.contains("{{"), "a placeholder was left: {s}");
        assert!(s.contains("import init, { start as run } from './lantern-0123456789abcdef.js'"));
        // Quick exit works before the app has started.
        assert!(s.contains("location.replace(navigator.onLine ? 'https://www.google.com/search?q=weather' : 'neutral.html')"));
        assert!(s.contains("new URL('./lantern_bg-0123456789abcdef.wasm', import.meta.url)"));
        // Started once the static shell's largest text is painted, else after
        // the next frame, and at most a second later.
        assert!(s.contains("type: 'largest-contentful-paint', buffered: true"));
        assert!(s.contains("requestAnimationFrame(() => setTimeout(start, 0))"));
        assert!(s.contains("setTimeout(go, 1000)"));
        // The saved look applies before the app, under the record's own key.
        assert!(s.contains("localStorage.getItem('lantern.settings')"));
        // Every stored theme name maps to the attribute the app itself sets.
        assert!(s.contains(r#"["high-contrast", 'contrast']"#));
        assert!(s.contains(r#"["system", 'system']"#));
    }

    #[test]
    fn the_shipped_page_carries_no_comments() {
        assert_eq!(
            without_comments("<a>\n<!-- why -->\n<b>x</b>"),
            "<a>\n<b>x</b>"
        );
        assert_eq!(without_comments("<!-- a --><!-- b -->c"), "c");
        // An unclosed one is left as written (the browser's problem to show).
        assert_eq!(without_comments("x<!-- y"), "x<!-- y");
    }

    #[test]
    fn the_static_shell_names_only_messages_english_has() {
        let ids: Vec<String> = ["app-name", "title-home", "boot-failed", "tagline"]
            .map(String::from)
            .to_vec();
        let js = shell_messages("<p data-m=\"tagline\">x</p>", &ids).unwrap();
        assert!(js.contains("\"tagline\": 3"), "{js}");
        let err = shell_messages("<p data-m=\"nope\">x</p>", &ids).unwrap_err();
        assert!(err.to_string().contains("`nope`"), "{err}");
    }

    #[test]
    fn the_content_in_the_repository_compiles() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let content = compile_content(&root.join("content")).unwrap();
        for name in [
            "report.en",
            "quiz.en",
            "ui.th",
            "quiz.th",
            "report.th",
            "ui.id",
        ] {
            assert!(content.assets.iter().any(|(n, _)| n == name), "{name}");
        }
        // Complete languages lack no message.
        for c in &content.coverage {
            assert!(
                c.messages_missing.is_empty(),
                "{}: {:?}",
                c.tag,
                c.messages_missing
            );
        }
    }
}
