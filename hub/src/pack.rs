//! The app folder as one blob, for a hub that carries the app inside it
//! (`--features embed`): each file as its path's length, its path, its
//! length and its bytes. The build script packs `dist/`; the binary unpacks
//! it into a folder of its own on first start and serves that, so the one
//! serving path (precompressed files, pages, headers) serves both.

use std::{
    fs, io,
    path::{Component, Path},
};

/// Every file under `dir`, in a stable order.
pub fn pack(dir: &Path) -> io::Result<Vec<u8>> {
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    files.sort();
    let mut out = Vec::new();
    for rel in files {
        let data = fs::read(dir.join(&rel))?;
        let name = rel.as_bytes();
        out.extend_from_slice(&(name.len() as u32).to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(&(data.len() as u64).to_le_bytes());
        out.extend_from_slice(&data);
    }
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else {
            let rel = path.strip_prefix(root).map_err(io::Error::other)?;
            let rel = rel
                .to_str()
                .ok_or_else(|| io::Error::other("a file name is not UTF-8"))?;
            out.push(rel.replace('\\', "/"));
        }
    }
    Ok(())
}

/// Writes the packed files under `dir`. A blob that is cut short, or names
/// a path outside `dir`, is refused before anything is written.
pub fn unpack(blob: &[u8], dir: &Path) -> io::Result<usize> {
    let bad = |why: &str| io::Error::new(io::ErrorKind::InvalidData, why.to_string());
    let mut files = Vec::new();
    let mut rest = blob;
    while !rest.is_empty() {
        let (len, r) = take(rest, 4).ok_or_else(|| bad("cut short"))?;
        let len = u32::from_le_bytes(len.try_into().map_err(|_| bad("cut short"))?) as usize;
        let (name, r) = take(r, len).ok_or_else(|| bad("cut short"))?;
        let name = std::str::from_utf8(name).map_err(|_| bad("a name is not UTF-8"))?;
        let (size, r) = take(r, 8).ok_or_else(|| bad("cut short"))?;
        let size = u64::from_le_bytes(size.try_into().map_err(|_| bad("cut short"))?);
        let (data, r) = take(r, usize::try_from(size).map_err(|_| bad("too large"))?)
            .ok_or_else(|| bad("cut short"))?;
        let inside = Path::new(name)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
        if name.is_empty() || !inside {
            return Err(bad("a path leads outside the folder"));
        }
        files.push((name, data));
        rest = r;
    }
    for (name, data) in &files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, data)?;
    }
    Ok(files.len())
}

fn take(bytes: &[u8], n: usize) -> Option<(&[u8], &[u8])> {
    (bytes.len() >= n).then(|| bytes.split_at(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(tag: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "lantern-pack-{tag}-{}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
        ));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_folder_unpacks_to_the_same_files() {
        let from = temp("from");
        fs::create_dir_all(from.join("th/read/introduction")).unwrap();
        fs::write(from.join("index.html"), "<!doctype html>").unwrap();
        fs::write(from.join("th/read/introduction/index.html"), "ไทย").unwrap();
        fs::write(from.join("app.wasm.br"), [0u8, 255, 7]).unwrap();
        let blob = pack(&from).unwrap();
        let to = temp("to");
        assert_eq!(unpack(&blob, &to).unwrap(), 3);
        for f in [
            "index.html",
            "th/read/introduction/index.html",
            "app.wasm.br",
        ] {
            assert_eq!(
                fs::read(from.join(f)).unwrap(),
                fs::read(to.join(f)).unwrap(),
                "{f}"
            );
        }
        let _ = fs::remove_dir_all(from);
        let _ = fs::remove_dir_all(to);
    }

    #[test]
    fn a_damaged_blob_writes_nothing() {
        let to = temp("bad");
        let mut escape = Vec::new();
        for (name, data) in [("ok.txt", &b"fine"[..]), ("../evil.txt", &b"no"[..])] {
            escape.extend_from_slice(&(name.len() as u32).to_le_bytes());
            escape.extend_from_slice(name.as_bytes());
            escape.extend_from_slice(&(data.len() as u64).to_le_bytes());
            escape.extend_from_slice(data);
        }
        assert!(unpack(&escape, &to).is_err());
        assert!(unpack(&escape[..escape.len() - 1], &to).is_err());
        assert!(
            !to.join("ok.txt").exists(),
            "nothing is written from a bad blob"
        );
        let _ = fs::remove_dir_all(to);
    }
}
