//! Start-up and shutdown: parse, resolve settings, run, render, map errors to exit codes.

use std::io::{self, Write};

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::client::{DryRun, HttpOptions, HttpTransport, Transport};
use crate::commands::{self, Ctx};
use crate::config::{self, Env};
use crate::error::{CliError, ExitStatus};
use crate::output::Renderer;
use crate::terminal::Terminal;

/// The whole program: returns the process exit code.
pub fn main_entry() -> u8 {
    let _ = ctrlc::set_handler(|| {
        // Nothing is half-written on our side: requests are sent whole or not at all.
        let _ = writeln!(io::stderr(), "\nanki-cli: interrupted");
        std::process::exit(ExitStatus::Interrupted.code().into());
    });
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitStatus::Usage.code()
            } else {
                ExitStatus::Success.code()
            };
        }
    };
    let env = Env::from_process();
    let term = Terminal::detect(&env);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match execute(&cli, &env, term, &mut out) {
        Ok(status) => status.code(),
        Err(err) => {
            report(&err, term);
            err.status().code()
        }
    }
}

/// Prints an error and its hints on stderr.
pub fn report(err: &CliError, term: Terminal) {
    let mut stderr = io::stderr();
    let prefix = if term.stderr_tty && term.color {
        "\x1b[1;31merror:\x1b[0m"
    } else {
        "error:"
    };
    let _ = writeln!(stderr, "anki-cli: {prefix} {err}");
    for hint in err.hints() {
        let _ = writeln!(stderr, "  hint: {hint}");
    }
}

/// Runs a parsed command line, writing results to `out`; errors are returned, not printed.
pub fn execute(
    cli: &Cli,
    env: &Env,
    term: Terminal,
    out: &mut dyn Write,
) -> Result<ExitStatus, CliError> {
    let Some(command) = &cli.command else {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        let _ = cmd.print_help();
        return Ok(ExitStatus::Success);
    };
    let settings = config::resolve(&cli.global.overrides(), env)?;
    let renderer = Renderer {
        format: settings.output.value,
        tty: term.stdout_tty,
        color: term.color,
    };

    let dry = DryRun::default();
    let http;
    let transport: &dyn Transport = if cli.global.dry_run && sends_requests(command) {
        &dry
    } else {
        http = HttpTransport::new(HttpOptions {
            url: settings.url.value.clone(),
            key: settings.key.as_ref().map(|k| k.value.clone()),
            timeout: settings.timeout(),
            timeout_explicit: settings.timeout.source != config::Source::Default,
            verbose: cli.global.verbose,
        })?;
        &http
    };
    let ctx = Ctx {
        transport,
        settings: &settings,
        term,
        dry_run: cli.global.dry_run,
    };

    let result = match &cli.global.profile {
        Some(profile) if !cli.global.dry_run && sends_requests(command) => {
            commands::collection::ensure_profile(&ctx, profile)
                .and_then(|_| commands::run(command, &ctx))
        }
        _ => commands::run(command, &ctx),
    };
    let outcome = match result {
        Err(CliError::DryRun) => {
            let has_key = settings.key.is_some();
            let shown: Vec<String> = dry
                .recorded()
                .iter()
                .map(|r| {
                    serde_json::to_string_pretty(&r.redacted_envelope(has_key))
                        .expect("JSON serializes")
                })
                .collect();
            return finish(writeln!(out, "{}", shown.join("\n")), None);
        }
        other => other?,
    };
    let written = renderer
        .render(&outcome.output, out)
        .and_then(|_| out.flush());
    finish(written, outcome.failure)
}

/// Whether the command talks to AnkiConnect (others run normally under --dry-run).
fn sends_requests(command: &Command) -> bool {
    !matches!(
        command,
        Command::Actions | Command::Config(_) | Command::Completions { .. }
    )
}

/// Ends a run after writing: a closed pipe (`| head`) ends quietly with success;
/// otherwise a pending failure (e.g. a partial batch) is reported.
fn finish(written: io::Result<()>, failure: Option<CliError>) -> Result<ExitStatus, CliError> {
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitStatus::Success),
        Err(e) => Err(CliError::Usage(format!("cannot write output: {e}"))),
        Ok(()) => failure.map_or(Ok(ExitStatus::Success), Err),
    }
}
