//! `lantern-hub [--lan] [--port N] [--host IP] [DIR]` — see `--help`.

use std::process::ExitCode;

use lantern_hub::cli::{self, Command, USAGE};

fn main() -> ExitCode {
    let opts = match cli::parse_args(std::env::args().skip(1)) {
        Ok(Command::Serve(opts)) => opts,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("lantern-hub {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("lantern-hub: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    // Built only after parsing so `--help` starts no threads.
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("lantern-hub: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(lantern_hub::run(&opts)) {
        Ok(()) => ExitCode::SUCCESS,
        // Errors are for people: one clear line, no panic or backtrace.
        Err(e) => {
            eprintln!("lantern-hub: error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
