//! Pure pieces of the build: content hashes, hashed names, template filling,
//! compression and the `build.json` record. Kept free of I/O so they test natively.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;

/// Length of the hex content hash put into file names.
pub const HASH_LEN: usize = 16;

pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest
        .iter()
        .take(HASH_LEN / 2)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `lantern.js` + hash → `lantern-<hash>.js`; `report.en.json` → `report.en.<hash>.json`
/// (a stem that already has a dot keeps dots, as the data assets are named).
pub fn hashed_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => {
            let sep = if stem.contains('.') { '.' } else { '-' };
            format!("{stem}{sep}{hash}.{ext}")
        }
        None => format!("{name}-{hash}"),
    }
}

/// The hash a hashed file name carries, if any.
pub fn hash_in_name(name: &str) -> Option<&str> {
    let file = name.rsplit('/').next()?;
    let (stem, _ext) = file.rsplit_once('.')?;
    let cut = stem.len().checked_sub(HASH_LEN + 1)?;
    let (head, tail) = stem.split_at(cut);
    let hash = &tail[1..];
    let ok = !head.is_empty()
        && matches!(tail.as_bytes()[0], b'-' | b'.')
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    ok.then_some(hash)
}

/// Replaces every `{{key}}` in `template`; an unknown or unfilled key is an error,
/// so a typo in index.html never ships a broken reference.
pub fn fill_template(template: &str, values: &[(&str, String)]) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or("a `{{` in the template is never closed")?;
        let key = after[..end].trim();
        let value = values
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
            .ok_or_else(|| {
                format!("the template asks for `{{{{{key}}}}}`, which the build does not provide")
            })?;
        out.push_str(value);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Whether a file is worth shipping precompressed.
pub fn is_compressible(path: &str) -> bool {
    let ext = path.rsplit('.').next().unwrap_or("");
    matches!(
        ext,
        "html" | "js" | "css" | "json" | "svg" | "webmanifest" | "wasm" | "txt" | "ico"
    )
}

/// Brotli at its best quality. A file longer than the encoder's block
/// (2^18 bytes at quality 11) is also tried as blocks of 2^24, and the
/// smaller kept: Thai's question bank is 86 B smaller so, the wasm 128 B
/// larger. Both are plain brotli to any browser.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    // A window no wider than the file loses nothing, and saves clearing a
    // 4 MB one for each of a thousand small pages.
    let lgwin = (usize::BITS - bytes.len().leading_zeros()).clamp(16, 22) as i32;
    let at = |lgblock: i32| {
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin,
            lgblock,
            ..Default::default()
        };
        let mut out = Vec::new();
        {
            let mut w = brotli::CompressorWriter::with_params(&mut out, 4096, &params);
            w.write_all(bytes).expect("writing to memory");
        }
        out
    };
    let usual = at(0);
    if bytes.len() <= 1 << 18 {
        return usual;
    }
    let long = at(24);
    if long.len() < usual.len() {
        long
    } else {
        usual
    }
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(bytes).expect("writing to memory");
    w.finish().expect("writing to memory")
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Sizes {
    pub fn add(&mut self, other: &Sizes) {
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asset {
    /// Path under dist/, with `/` separators.
    pub path: String,
    /// SHA-256 of the file, hex (the full digest, so tools can verify the bytes).
    pub sha256: String,
    /// The hash in the file name, when the name is hashed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    #[serde(flatten)]
    pub sizes: Sizes,
    /// Downloaded (and precached) on a first visit.
    pub first_visit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildRecord {
    pub app_version: String,
    pub profile: String,
    pub base: String,
    pub wasm_opt: Option<String>,
    /// Data assets by logical name (`report.en` → `data/report.en.<hash>.json`).
    pub data: std::collections::BTreeMap<String, String>,
    pub assets: Vec<Asset>,
    pub first_visit: Sizes,
    /// The first visit in each shipped language (the worker precaches only
    /// the language in use); `first_visit` is English's.
    #[serde(default)]
    pub first_visit_by_lang: std::collections::BTreeMap<String, Sizes>,
    /// The page's inline script, by hash, for the server's CSP header
    /// (`lantern-hub` adds it to `script-src`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub csp_script_hashes: Vec<String>,
    /// English's UI message ids, in the order every catalogue lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ui_ids: Vec<String>,
    /// What the service worker precaches (sw.js lists the same files).
    pub precache: Precache,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Precache {
    /// The Cache Storage name this build's worker fills.
    pub cache: String,
    /// Files cached for an English first visit (another language caches
    /// its own data in place of English's).
    pub entries: usize,
    #[serde(flatten)]
    pub sizes: Sizes,
}

pub fn full_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_name_uses_dash_for_plain_stems_and_dot_for_dotted_ones() {
        assert_eq!(
            hashed_name("lantern.js", "0123456789abcdef"),
            "lantern-0123456789abcdef.js"
        );
        assert_eq!(
            hashed_name("report.en.json", "0123456789abcdef"),
            "report.en.0123456789abcdef.json"
        );
    }

    #[test]
    fn hash_in_name_finds_what_hashed_name_wrote() {
        let h = content_hash(b"hello");
        assert_eq!(h.len(), HASH_LEN);
        for name in ["lantern_bg.wasm", "report.en.json", "app.css"] {
            let hashed = hashed_name(name, &h);
            assert_eq!(
                hash_in_name(&format!("data/{hashed}")),
                Some(h.as_str()),
                "{hashed}"
            );
        }
        assert_eq!(hash_in_name("index.html"), None);
        assert_eq!(hash_in_name("sw.js"), None);
        assert_eq!(hash_in_name("app-0123456789ABCDEF.js"), None);
    }

    #[test]
    fn content_hash_is_stable_and_content_dependent() {
        assert_eq!(content_hash(b"a"), content_hash(b"a"));
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }

    #[test]
    fn fill_template_replaces_every_key() {
        let out = fill_template(
            "<a href=\"{{ css }}\">{{js}}</a>",
            &[("css", "x.css".into()), ("js", "y.js".into())],
        );
        assert_eq!(out.unwrap(), "<a href=\"x.css\">y.js</a>");
    }

    #[test]
    fn fill_template_rejects_an_unknown_key() {
        let err = fill_template("{{nope}}", &[]).unwrap_err();
        assert!(err.contains("{{nope}}"), "{err}");
        assert!(fill_template("{{open", &[]).is_err());
    }

    #[test]
    fn compression_round_trips() {
        use std::io::Read;
        let text = "Lantern carries the report. ".repeat(100);
        // Past one block too, where two encodings are tried.
        let mut long = String::new();
        for n in 0..30_000u32 {
            long.push_str(&format!("line {} ", n % 977));
        }
        assert!(long.len() > 1 << 18);
        for text in [&text, &long] {
            let br = brotli(text.as_bytes());
            let mut back = String::new();
            brotli::Decompressor::new(&br[..], 4096)
                .read_to_string(&mut back)
                .unwrap();
            assert_eq!(back, *text);
        }
        let br = brotli(text.as_bytes());
        let gz = gzip(text.as_bytes());
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        assert!(br.len() < text.len() / 10);
    }
}
