//! What the hub tells the person who started it: the URL(s) to open and, on
//! the LAN, a QR code so a phone can open it without typing.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use qrcode::{render::unicode::Dense1x2, QrCode};

/// `http://ADDR:PORT/` (IPv6 addresses bracketed).
pub fn url(addr: SocketAddr) -> String {
    format!("http://{addr}/")
}

/// This machine's IPv4 addresses that other devices on the network can reach:
/// no loopback, no link-local (169.254/16 means "no DHCP"), no interfaces that
/// are down. Private (home/office) ranges come first because the first one
/// goes into the QR code.
pub fn lan_ipv4_addrs() -> Vec<Ipv4Addr> {
    let Ok(interfaces) = if_addrs::get_if_addrs() else {
        return Vec::new();
    };
    let mut ips: Vec<Ipv4Addr> = interfaces
        .iter()
        .filter(|i| i.oper_status != if_addrs::IfOperStatus::Down)
        .filter_map(|i| match i.ip() {
            IpAddr::V4(ip) if !ip.is_loopback() && !ip.is_link_local() => Some(ip),
            _ => None,
        })
        .collect();
    // Stable: keeps the OS's interface order within each group.
    ips.sort_by_key(|ip| !ip.is_private());
    ips.dedup();
    ips
}

/// The terminal QR code for `text`, or `None` if it does not fit in one.
///
/// Colours are inverted (dark modules drawn as blanks) because most terminals
/// draw light text on a dark background; phone scanners read it either way.
pub fn qr_code(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}

/// The human-readable startup text for a server bound to `addr`.
pub fn banner(addr: SocketAddr, lan: bool) -> String {
    let lan_ips = if lan || addr.ip().is_unspecified() {
        lan_ipv4_addrs()
    } else {
        Vec::new()
    };
    render_banner(addr, lan, &lan_ips)
}

fn render_banner(addr: SocketAddr, lan: bool, lan_ips: &[Ipv4Addr]) -> String {
    let port = addr.port();
    let wildcard = addr.ip().is_unspecified();
    if !lan && !wildcard {
        return format!(
            "Lantern is being served at {}\nPress Ctrl-C to stop.\n",
            url(addr)
        );
    }
    let urls: Vec<String> = if wildcard {
        lan_ips
            .iter()
            .map(|ip| url(SocketAddr::new(IpAddr::V4(*ip), port)))
            .collect()
    } else {
        vec![url(addr)]
    };
    let mut text = String::new();
    if urls.is_empty() {
        text.push_str(
            "Lantern is listening on every network interface, but this computer has no \
             LAN IPv4 address — is it connected to Wi-Fi or a cable?\n",
        );
    } else {
        text.push_str(
            "Lantern is being served on your local network. On a phone or laptop on the \
             same network, open:\n",
        );
        for u in &urls {
            text.push_str(&format!("  {u}\n"));
        }
    }
    if wildcard {
        let local = match addr.ip() {
            IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
            IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
        };
        text.push_str(&format!(
            "On this computer: {}\n",
            url(SocketAddr::new(local, port))
        ));
    }
    if let Some(qr) = urls.first().and_then(|u| qr_code(u).map(|qr| (u, qr))) {
        text.push_str(&format!("\nScan to open {}:\n{}\n", qr.0, qr.1));
    }
    text.push_str("Press Ctrl-C to stop.\n");
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_banner_is_one_url() {
        let text = render_banner("127.0.0.1:8080".parse().unwrap(), false, &[]);
        assert!(text.starts_with("Lantern is being served at http://127.0.0.1:8080/\n"));
        assert!(!text.contains("Scan"));
    }

    #[test]
    fn lan_banner_lists_every_address_and_a_qr_of_the_first() {
        let ips = ["192.168.1.20".parse().unwrap(), "10.0.0.7".parse().unwrap()];
        let text = render_banner("0.0.0.0:4321".parse().unwrap(), true, &ips);
        assert!(text.contains("  http://192.168.1.20:4321/\n"), "{text}");
        assert!(text.contains("  http://10.0.0.7:4321/\n"), "{text}");
        assert!(text.contains("On this computer: http://127.0.0.1:4321/"));
        assert!(text.contains("Scan to open http://192.168.1.20:4321/:"));
        // The QR code is drawn with half-block characters.
        assert!(text.contains('▀') || text.contains('▄') || text.contains('█'));
    }

    #[test]
    fn lan_banner_without_network_says_so() {
        let text = render_banner("0.0.0.0:4321".parse().unwrap(), true, &[]);
        assert!(text.contains("no LAN IPv4 address"), "{text}");
        assert!(!text.contains("Scan"));
    }

    #[test]
    fn explicit_host_with_lan_shows_that_host() {
        let text = render_banner("192.168.1.5:80".parse().unwrap(), true, &[]);
        assert!(text.contains("  http://192.168.1.5:80/\n"), "{text}");
        assert!(text.contains("Scan to open http://192.168.1.5:80/:"));
    }

    #[test]
    fn qr_code_renders_a_square_block() {
        let qr = qr_code("http://192.168.1.20:8080/").unwrap();
        let lines: Vec<&str> = qr.lines().collect();
        let width = lines[0].chars().count();
        assert!(lines.iter().all(|l| l.chars().count() == width));
        // Dense1x2 packs two module rows per text line.
        assert!(width >= 21 && (lines.len() * 2).abs_diff(width) <= 1);
    }

    #[test]
    fn lan_addresses_exclude_loopback_and_link_local() {
        for ip in lan_ipv4_addrs() {
            assert!(!ip.is_loopback() && !ip.is_link_local(), "{ip}");
        }
    }
}
