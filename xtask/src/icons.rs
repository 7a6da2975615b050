//! The app icons, rendered from the one source drawing `public/icons/lantern.svg`
//! with resvg. Pure (bytes in, bytes out) and reproducible: the same SVG gives
//! the same PNG bytes on every build, so no PNG is ever committed.

use anyhow::{Context, Result};
use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{Options, Tree};

/// The solid background of maskable and apple-touch icons: the app's accent
/// colour (`--accent` in style/app.css), which is also the drawing's tile.
pub const BACKGROUND: (u8, u8, u8) = (0x8a, 0x4b, 0x00);

/// How much of a full-bleed icon the drawing takes. Maskable icons must keep
/// everything inside the central circle of 80% diameter; the lantern's own
/// tile gives it a margin, so 80% keeps the flame and handle well inside.
const SAFE_ZONE: f32 = 0.8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The drawing as it is (rounded tile, transparent corners).
    Any,
    /// Full bleed on the background colour, drawing within the safe zone.
    FullBleed,
}

/// One generated icon: where it goes under `dist/`, its size and kind.
pub struct IconSpec {
    pub path: &'static str,
    pub size: u32,
    pub kind: Kind,
}

/// Every PNG the build writes into `dist/icons/`.
pub const ICONS: &[IconSpec] = &[
    IconSpec {
        path: "icons/icon-192.png",
        size: 192,
        kind: Kind::Any,
    },
    IconSpec {
        path: "icons/icon-512.png",
        size: 512,
        kind: Kind::Any,
    },
    IconSpec {
        path: "icons/maskable-192.png",
        size: 192,
        kind: Kind::FullBleed,
    },
    IconSpec {
        path: "icons/maskable-512.png",
        size: 512,
        kind: Kind::FullBleed,
    },
    // iOS fills transparency with black and rounds the corners itself.
    IconSpec {
        path: "icons/apple-touch-icon.png",
        size: 180,
        kind: Kind::FullBleed,
    },
    IconSpec {
        path: "icons/favicon-32.png",
        size: 32,
        kind: Kind::Any,
    },
];

/// Renders `svg` to a `size`×`size` PNG.
pub fn render(svg: &[u8], size: u32, kind: Kind) -> Result<Vec<u8>> {
    let tree = Tree::from_data(svg, &Options::default()).context("lantern.svg is not valid SVG")?;
    let mut pixmap = Pixmap::new(size, size).context("icon size must be above zero")?;
    let side = size as f32;
    let (scale, offset) = match kind {
        Kind::Any => (1.0, 0.0),
        Kind::FullBleed => {
            let (r, g, b) = BACKGROUND;
            pixmap.fill(Color::from_rgba8(r, g, b, 255));
            (SAFE_ZONE, side * (1.0 - SAFE_ZONE) / 2.0)
        }
    };
    let tree_size = tree.size();
    let fit = side / tree_size.width().max(tree_size.height());
    let transform = Transform::from_scale(fit * scale, fit * scale).post_translate(offset, offset);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().context("encoding an icon as PNG")
}

/// Renders every icon in [`ICONS`]: `(path under dist/, PNG bytes)`.
pub fn render_all(svg: &[u8]) -> Result<Vec<(String, Vec<u8>)>> {
    ICONS
        .iter()
        .map(|spec| {
            render(svg, spec.size, spec.kind)
                .map(|png| (spec.path.to_string(), png))
                .with_context(|| format!("rendering {}", spec.path))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Vec<u8> {
        std::fs::read(crate::workspace_root().join("public/icons/lantern.svg")).unwrap()
    }

    fn decode(png: &[u8]) -> Pixmap {
        Pixmap::decode_png(png).unwrap()
    }

    #[test]
    fn rendering_twice_gives_the_same_bytes() {
        let svg = source();
        assert_eq!(render_all(&svg).unwrap(), render_all(&svg).unwrap());
    }

    #[test]
    fn every_icon_has_its_stated_size() {
        for (path, png) in render_all(&source()).unwrap() {
            let spec = ICONS.iter().find(|s| s.path == path).unwrap();
            let p = decode(&png);
            assert_eq!((p.width(), p.height()), (spec.size, spec.size), "{path}");
        }
    }

    #[test]
    fn full_bleed_icons_are_opaque_and_keep_the_lantern_in_the_safe_zone() {
        let p = decode(&render(&source(), 512, Kind::FullBleed).unwrap());
        assert!(p.pixels().iter().all(|px| px.alpha() == 255));
        let (r, g, b) = BACKGROUND;
        let c = p.pixel(0, 0).unwrap();
        assert_eq!((c.red(), c.green(), c.blue()), (r, g, b));
        // Outside the central 80% circle there is only background.
        let centre = 255.5f32;
        for y in 0..512 {
            for x in 0..512 {
                let (dx, dy) = (x as f32 - centre, y as f32 - centre);
                if (dx * dx + dy * dy).sqrt() > 0.4 * 512.0 {
                    let c = p.pixel(x, y).unwrap();
                    assert_eq!((c.red(), c.green(), c.blue()), (r, g, b), "({x},{y})");
                }
            }
        }
        // …and inside it there is a lantern (the cream handle ring, say).
        assert!(p
            .pixels()
            .iter()
            .any(|px| px.red() > 0xf0 && px.green() > 0xe0));
    }

    #[test]
    fn the_plain_icon_keeps_transparent_corners() {
        let p = decode(&render(&source(), 192, Kind::Any).unwrap());
        assert_eq!(p.pixel(0, 0).unwrap().alpha(), 0);
        assert_eq!(p.pixel(96, 96).unwrap().alpha(), 255);
    }
}
