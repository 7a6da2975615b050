//! The languages Lantern can speak, by BCP 47 tag, and the choice of one
//! for a device. Which of them a build ships, and how far each is reviewed,
//! is content (`content/languages.toml`), not code.

crate::slug_enum! {
    #[derive(Debug, Default, PartialOrd, Ord)]
    pub enum Lang {
        #[default]
        En = "en",
        Id = "id",
        Th = "th",
        Fil = "fil",
        Vi = "vi",
        Km = "km",
        Lo = "lo",
        Ms = "ms",
        Ne = "ne",
        Mn = "mn",
        ZhHant = "zh-Hant",
    }
}

impl Lang {
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Id,
        Lang::Th,
        Lang::Fil,
        Lang::Vi,
        Lang::Km,
        Lang::Lo,
        Lang::Ms,
        Lang::Ne,
        Lang::Mn,
        Lang::ZhHant,
    ];

    /// The BCP 47 tag (`<html lang>`, asset and storage names).
    pub fn tag(self) -> &'static str {
        self.slug()
    }

    /// The language of a tag as a device or a person writes it
    /// (`th-TH`, `id_ID`, `zh-TW`, `tl`), if Lantern knows it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let mut parts = tag.split(['-', '_']);
        let base = parts.next()?;
        if let Some((_, lang)) = SUBTAGS.iter().find(|(b, _)| base.eq_ignore_ascii_case(b)) {
            return Some(*lang);
        }
        // Traditional script: said outright, or implied by the region.
        let traditional = parts.any(|p| HANT_MARKS.iter().any(|m| p.eq_ignore_ascii_case(m)));
        (base.eq_ignore_ascii_case("zh") && traditional).then_some(Lang::ZhHant)
    }
}

/// The primary subtags that name a language on their own (`in` is an older
/// tag for Indonesian, `tl` for Filipino). The page's inline script is
/// built from this table too, so a first visit preloads the language the
/// app will choose.
pub const SUBTAGS: &[(&str, Lang)] = &[
    ("en", Lang::En),
    ("id", Lang::Id),
    ("in", Lang::Id),
    ("th", Lang::Th),
    ("fil", Lang::Fil),
    ("tl", Lang::Fil),
    ("vi", Lang::Vi),
    ("km", Lang::Km),
    ("lo", Lang::Lo),
    ("ms", Lang::Ms),
    ("ne", Lang::Ne),
    ("mn", Lang::Mn),
];

/// After `zh`, the subtags that mean Traditional characters: the script,
/// or a region that writes them.
pub const HANT_MARKS: &[&str] = &["hant", "tw", "hk", "mo"];

/// The first of the device's languages (in its order of preference) that
/// the build ships, else English.
pub fn for_device<'a>(device: impl IntoIterator<Item = &'a str>, shipped: &[Lang]) -> Lang {
    device
        .into_iter()
        .filter_map(Lang::from_tag)
        .find(|l| shipped.contains(l))
        .unwrap_or(Lang::En)
}

/// The language to start in: the stored choice if the build still ships
/// it, else the device's.
pub fn choose<'a>(
    stored: Option<&str>,
    device: impl IntoIterator<Item = &'a str>,
    shipped: &[Lang],
) -> Lang {
    stored
        .and_then(Lang::from_slug)
        .filter(|l| shipped.contains(l))
        .unwrap_or_else(|| for_device(device, shipped))
}

/// How far a language's translation has been checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Written by the project, not yet reviewed by a native speaker.
    Draft,
    /// Reviewed by a native speaker (English is the source).
    Reviewed,
}

impl Status {
    pub fn from_slug(s: &str) -> Option<Status> {
        match s {
            "draft" => Some(Status::Draft),
            "reviewed" => Some(Status::Reviewed),
            _ => None,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Reviewed => "reviewed",
        }
    }
}

/// One shipped language as the page lists it: its tag, its name in itself
/// and its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipped {
    pub lang: Lang,
    pub name: String,
    pub status: Status,
}

/// The page's list of languages (`<meta name="lantern:langs">`), written by
/// the build as `tag|name|status` items joined by `;`. Items this app does
/// not know are skipped; English is always there.
pub fn parse_shipped(s: &str) -> Vec<Shipped> {
    let mut out: Vec<Shipped> = s
        .split(';')
        .filter_map(|item| {
            let mut f = item.split('|');
            let lang = Lang::from_slug(f.next()?.trim())?;
            let name = f.next()?.trim().to_string();
            let status = Status::from_slug(f.next()?.trim())?;
            (!name.is_empty()).then_some(Shipped { lang, name, status })
        })
        .collect();
    if !out.iter().any(|s| s.lang == Lang::En) {
        out.insert(
            0,
            Shipped {
                lang: Lang::En,
                name: "English".into(),
                status: Status::Reviewed,
            },
        );
    }
    out
}

/// The list as [`parse_shipped`] reads it.
pub fn write_shipped(list: &[Shipped]) -> String {
    list.iter()
        .map(|s| format!("{}|{}|{}", s.lang.tag(), s.name, s.status.slug()))
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: [Lang; 3] = [Lang::En, Lang::Th, Lang::Id];

    #[test]
    fn a_device_tag_finds_its_language_whatever_its_region_or_case() {
        assert_eq!(Lang::from_tag("th-TH"), Some(Lang::Th));
        assert_eq!(Lang::from_tag("id_ID"), Some(Lang::Id));
        assert_eq!(Lang::from_tag("in-ID"), Some(Lang::Id));
        assert_eq!(Lang::from_tag("TL"), Some(Lang::Fil));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-Hant-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-CN"), None);
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn every_tag_reads_back_as_its_language() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
            assert_eq!(Lang::from_slug(l.tag()), Some(l));
        }
    }

    #[test]
    fn a_device_starts_in_its_first_language_lantern_ships() {
        assert_eq!(for_device(["fr-FR", "th-TH", "en-US"], &SHIPPED), Lang::Th);
        assert_eq!(for_device(["id-ID"], &SHIPPED), Lang::Id);
        // Shipped later, not yet: the next one the device names.
        assert_eq!(for_device(["vi-VN", "en-GB"], &SHIPPED), Lang::En);
        assert_eq!(for_device([], &SHIPPED), Lang::En);
    }

    #[test]
    fn a_stored_choice_wins_over_the_device_while_it_ships() {
        assert_eq!(choose(Some("id"), ["th-TH"], &SHIPPED), Lang::Id);
        assert_eq!(choose(Some("en"), ["th-TH"], &SHIPPED), Lang::En);
        // A language this build no longer ships, or a damaged value.
        assert_eq!(choose(Some("vi"), ["th-TH"], &SHIPPED), Lang::Th);
        assert_eq!(choose(Some("??"), ["de"], &SHIPPED), Lang::En);
        assert_eq!(choose(None, ["th"], &SHIPPED), Lang::Th);
    }

    #[test]
    fn the_page_list_reads_back_and_always_has_english() {
        let list = vec![
            Shipped {
                lang: Lang::En,
                name: "English".into(),
                status: Status::Reviewed,
            },
            Shipped {
                lang: Lang::Th,
                name: "ไทย".into(),
                status: Status::Draft,
            },
        ];
        assert_eq!(parse_shipped(&write_shipped(&list)), list);
        let odd = parse_shipped("th|ไทย|draft;xx|Nope|draft;id|Bahasa Indonesia|unknown;");
        assert_eq!(odd.len(), 2);
        assert_eq!(odd[0].lang, Lang::En);
        assert_eq!(odd[1].lang, Lang::Th);
        assert_eq!(parse_shipped("").len(), 1);
    }
}
