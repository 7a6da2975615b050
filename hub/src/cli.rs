//! Hand-parsed command line: six options do not justify a parser crate.

use std::{net::IpAddr, path::PathBuf};

use crate::Options;

pub const USAGE: &str = "\
Usage: lantern-hub [--lan] [--port N] [--host IP] [--state DIR] [DIR]

Serves the built Lantern app (DIR, default: dist) over HTTP. With --lan,
phones on the same network can also join a live quiz run from this hub.

Options:
  --lan          listen on every interface and show the LAN URLs and a QR code
  --port N, -p N port to listen on (default: 8080; 0 picks a free one)
  --host IP      address to listen on (default: 127.0.0.1, or 0.0.0.0 with --lan)
  --state DIR    where a live quiz is saved, so a restart resumes it
                 (default: lantern-hub-PORT in the system's temporary folder)
  --live-per-device N
                 live quiz connections one address may hold (default: 2);
                 raise it only to test many phones from one computer
  -h, --help     show this help
  -V, --version  show the version

Once listening, prints `listening on http://ADDR:PORT/` on stdout.
Ctrl-C or SIGTERM stops the server. Exit codes: 0 after a clean stop,
2 for a bad command line or a setup problem (port in use, no app folder),
1 if the server fails while running.";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Serve(Options),
    Help,
    Version,
}

/// Parses the arguments after the program name. `Err` holds a one-line
/// message for the user (print it with [`USAGE`]).
pub fn parse_args<I>(args: I) -> Result<Command, String>
where
    I: IntoIterator,
    I::Item: Into<String>,
{
    let mut opts = Options::default();
    let mut dir: Option<String> = None;
    let mut only_positional = false;
    let mut args = args.into_iter().map(Into::into);

    while let Some(arg) = args.next() {
        if only_positional || !arg.starts_with('-') || arg == "-" {
            if let Some(first) = &dir {
                return Err(format!(
                    "only one DIR can be served (got {first} and {arg})"
                ));
            }
            dir = Some(arg);
            continue;
        }
        // Accept both `--port 8080` and `--port=8080`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--" => only_positional = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--lan" if inline.is_none() => opts.lan = true,
            "-p" | "--port" => {
                let v = value("--port")?;
                opts.port = v
                    .parse()
                    .map_err(|_| format!("--port needs a number from 0 to 65535, got {v:?}"))?;
            }
            "--host" => {
                let v = value("--host")?;
                opts.host = Some(v.parse::<IpAddr>().map_err(|_| {
                    format!("--host needs an IP address such as 192.168.1.20, got {v:?}")
                })?);
            }
            "--state" => opts.state = Some(PathBuf::from(value("--state")?)),
            "--live-per-device" => {
                let v = value("--live-per-device")?;
                opts.limits.live_per_address = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=crate::limits::LIVE_SOCKETS).contains(n))
                    .ok_or_else(|| {
                        format!("--live-per-device needs a number from 1 to 128, got {v:?}")
                    })?;
            }
            _ => return Err(format!("unknown option {arg}")),
        }
    }
    if let Some(dir) = dir {
        opts.root = PathBuf::from(dir);
        opts.root_given = true;
    }
    Ok(Command::Serve(opts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serve(args: &[&str]) -> Options {
        match parse_args(args.iter().copied()) {
            Ok(Command::Serve(o)) => o,
            other => panic!("{args:?} gave {other:?}"),
        }
    }

    #[test]
    fn no_arguments_serve_dist_locally_on_8080() {
        assert_eq!(serve(&[]), Options::default());
    }

    #[test]
    fn all_options_are_understood_in_both_spellings() {
        let o = serve(&["--lan", "--port", "0", "--host", "192.168.1.5", "out"]);
        assert!(o.lan);
        assert_eq!(o.port, 0);
        assert_eq!(o.host, Some("192.168.1.5".parse().unwrap()));
        assert_eq!(o.root, PathBuf::from("out"));

        let o = serve(&["site", "--port=9000", "--host=::1"]);
        assert_eq!((o.port, o.root), (9000, PathBuf::from("site")));
        assert_eq!(o.host, Some("::1".parse().unwrap()));
        assert_eq!(serve(&["-p", "1"]).port, 1);
        assert_eq!(serve(&["--", "--odd-dir"]).root, PathBuf::from("--odd-dir"));

        let o = serve(&["--state=/tmp/room", "--live-per-device", "70"]);
        assert_eq!(o.state, Some(PathBuf::from("/tmp/room")));
        assert_eq!(o.limits.live_per_address, 70);
    }

    #[test]
    fn help_and_version_win() {
        assert_eq!(parse_args(["--port", "1", "--help"]), Ok(Command::Help));
        assert_eq!(parse_args(["-h"]), Ok(Command::Help));
        assert_eq!(parse_args(["-V"]), Ok(Command::Version));
    }

    #[test]
    fn bad_command_lines_explain_themselves() {
        let err = |args: &[&str]| parse_args(args.iter().copied()).unwrap_err();
        assert!(err(&["--port"]).contains("--port needs a value"));
        assert!(err(&["--port", "99999"]).contains("0 to 65535"));
        assert!(err(&["--port", "x"]).contains("\"x\""));
        assert!(err(&["--host", "localhost"]).contains("IP address"));
        assert!(err(&["--frobnicate"]).contains("unknown option --frobnicate"));
        assert!(err(&["--lan=yes"]).contains("unknown option"));
        assert!(err(&["--live-per-device", "0"]).contains("1 to 128"));
        assert!(err(&["--state"]).contains("--state needs a value"));
        assert!(err(&["a", "b"]).contains("only one DIR"));
    }
}
