//! Start-up: parse the command line, then run one command or the REPL, and map errors to exit
//! codes.

use std::io::{self, Write};

use super::session::{execute, json_errors, report_as, usage_from_clap, Session};
use crate::cli::Command;
use crate::config::Env;
use crate::error::{CliError, ExitStatus};
use crate::terminal::Terminal;

/// The whole program: returns the process exit code.
pub fn main_entry() -> u8 {
    let env = Env::from_process();
    let cli = match crate::cli::parse_args() {
        Ok(cli) => cli,
        Err(err) if err.use_stderr() && asks_json(&env) => {
            let _ = writeln!(io::stderr(), "{}", usage_from_clap(&err).to_json());
            return ExitStatus::Usage.code();
        }
        Err(err) if err.use_stderr() => {
            let _ = err.print();
            return ExitStatus::Usage.code();
        }
        Err(err) => {
            // --help or --version: on a terminal with clap's colours; elsewhere plain, and a
            // failed write (a full disk) is exit 1, a closed pipe is not.
            if std::io::IsTerminal::is_terminal(&io::stdout()) {
                let _ = err.print();
                return ExitStatus::Success.code();
            }
            let mut stdout = io::stdout();
            return match write!(stdout, "{}", err.render()).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    let _ = writeln!(io::stderr(), "anki-cli: error: cannot write output: {e}");
                    ExitStatus::ActionFailed.code()
                }
                _ => ExitStatus::Success.code(),
            };
        }
    };
    let mcp = matches!(&cli.command, Some(Command::Mcp(_)));
    // The MCP server's stdio is the protocol: no terminal to ask on, no stdin for `-`.
    let term = if mcp {
        Terminal::piped()
    } else {
        Terminal::detect(&env)
    };
    let json = asks_json(&env);
    let repl = match &cli.command {
        Some(Command::Repl) => true,
        None => term.stdin_tty && term.stdout_tty,
        Some(_) => false,
    };
    let session = match Session::new(env, term, cli.global.clone(), repl || mcp) {
        Ok(s) => s,
        Err(err) => {
            report_as(&err, term, json);
            return err.status().code();
        }
    };
    let json = json_errors(&cli, &session);
    let progress = std::sync::Arc::clone(&session.progress);
    let _ = ctrlc::set_handler(move || {
        if repl {
            // The REPL never exits on Ctrl-C: the running command ends at its timeout.
            let _ = writeln!(io::stderr(), "\n(interrupt: the command ends when Anki answers or at its timeout; Ctrl-D leaves)");
            return;
        }
        // Nothing is half-written on our side: requests are sent whole or not at all, and the
        // temporary files go (exit runs no destructors).
        crate::temp::remove_all();
        if json {
            let _ = writeln!(io::stderr(), "{}", CliError::Interrupted.to_json());
            std::process::exit(ExitStatus::Interrupted.code().into());
        }
        match progress.get() {
            // An import says how far it got and how to go on, as on any other interruption.
            Some(progress) => {
                let _ = writeln!(io::stderr(), "\nanki-cli: interrupted: {progress}");
            }
            None => {
                let _ = writeln!(io::stderr(), "\nanki-cli: interrupted");
            }
        }
        // An --out file being written in parts stays as it was.
        crate::files::remove_temporaries();
        std::process::exit(ExitStatus::Interrupted.code().into());
    });
    if repl {
        return super::repl::session_loop::run(session).code();
    }
    if let Some(Command::Mcp(args)) = &cli.command {
        return super::mcp::serve(&cli.global, args, session).code();
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match execute(&cli, &session, &mut out) {
        Ok(status) => status.code(),
        Err(err) => {
            report_as(&err, term, json);
            err.status().code()
        }
    }
}

/// Whether the environment or the command line asks for JSON errors before the settings are
/// resolved: `ANKI_CLI_ERRORS`, else `-o json` on the command line, else `ANKI_CLI_OUTPUT=json`.
fn asks_json(env: &Env) -> bool {
    if let Some(mode) = env.get(crate::error_data::ERRORS_ENV) {
        return mode.eq_ignore_ascii_case("json");
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = args.iter().enumerate().any(|(i, a)| match a.as_str() {
        "-o" | "--output" => args.get(i + 1).is_some_and(|v| v == "json"),
        a => a == "-ojson" || a == "--output=json",
    });
    flag || env.get("ANKI_CLI_OUTPUT") == Some("json")
}
