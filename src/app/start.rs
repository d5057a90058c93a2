//! Start-up: parse the command line, then run one command or the REPL, and map errors to exit
//! codes.

use std::io::{self, Write};

use super::session::{execute, report, Session};
use crate::cli::Command;
use crate::config::Env;
use crate::error::ExitStatus;
use crate::terminal::Terminal;

/// The whole program: returns the process exit code.
pub fn main_entry() -> u8 {
    let cli = match crate::cli::parse_args() {
        Ok(cli) => cli,
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
    let env = Env::from_process();
    let term = Terminal::detect(&env);
    let repl = match &cli.command {
        Some(Command::Repl) => true,
        None => term.stdin_tty && term.stdout_tty,
        Some(_) => false,
    };
    let session = match Session::new(env, term, cli.global.clone(), repl) {
        Ok(s) => s,
        Err(err) => {
            report(&err, term);
            return err.status().code();
        }
    };
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
        match progress.get() {
            // An import says how far it got and how to go on, as on any other interruption.
            Some(progress) => {
                let _ = writeln!(io::stderr(), "\nanki-cli: interrupted: {progress}");
            }
            None => {
                let _ = writeln!(io::stderr(), "\nanki-cli: interrupted");
            }
        }
        std::process::exit(ExitStatus::Interrupted.code().into());
    });
    if repl {
        return super::repl::session_loop::run(session).code();
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match execute(&cli, &session, &mut out) {
        Ok(status) => status.code(),
        Err(err) => {
            report(&err, term);
            err.status().code()
        }
    }
}
