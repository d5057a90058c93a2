//! One command line from parsed arguments to exit status: settings resolved once, the transport
//! (HTTP or dry run) chosen, the command dispatched, its output rendered, its error reported.

use std::cell::RefCell;
use std::io::{self, Write};
use std::sync::Arc;

use super::dispatch;
use crate::cli::{Cli, Command, GlobalArgs};
use crate::client::{DryRun, HttpOptions, HttpTransport, Transport};
use crate::commands::context::{Ctx, More, Progress};
use crate::commands::{self};
use crate::config::{self, Env, Overrides, Settings};
use crate::error::{CliError, ExitStatus};
use crate::output::Renderer;
use crate::request::Request;
use crate::terminal::Terminal;

/// Everything that outlives one command: environment, terminal, HTTP client, the start-up flags,
/// REPL settings, and the settings resolved from them (read once, again after a change).
pub struct Session {
    /// Environment variables, read once.
    pub env: Env,
    /// Terminal facts.
    pub term: Terminal,
    /// The HTTP client, built once per session; it keeps no connection open between requests,
    /// since AnkiConnect closes each one after its reply (see [`crate::client::new_client`]).
    pub client: reqwest::blocking::Client,
    /// Settings made with `set` in the REPL.
    pub overrides: Overrides,
    /// The global flags given at start-up (to the command, or to `anki-cli repl`); in the REPL
    /// a `set` wins over them and a line's own flags win over both, for that line.
    pub startup: GlobalArgs,
    /// Whether commands run inside the REPL (then they may not read stdin).
    pub in_repl: bool,
    /// How far the running command got, for the Ctrl-C handler.
    pub progress: Arc<Progress>,
    /// The settings last resolved and the line flags they were resolved for (the config file is
    /// read once, and again only after `set`, `unset` or a `config` command).
    resolved: RefCell<Option<(Overrides, Settings)>>,
}

impl Session {
    /// A session on the environment and terminal read at start-up, and the flags given then.
    pub fn new(
        env: Env,
        term: Terminal,
        startup: GlobalArgs,
        in_repl: bool,
    ) -> Result<Session, CliError> {
        Ok(Session {
            env,
            term,
            client: crate::client::new_client()?,
            overrides: Overrides::default(),
            startup,
            in_repl,
            progress: Arc::new(Progress::default()),
            resolved: RefCell::new(None),
        })
    }

    /// The settings for one command line: its own flags over the session's `set` values over
    /// the start-up flags; resolved again only when the line's flags or the settings changed.
    pub fn settings(&self, line: &Overrides) -> Result<Settings, CliError> {
        if let Some((flags, settings)) = &*self.resolved.borrow() {
            if flags == line {
                return Ok(settings.clone());
            }
        }
        let settings =
            config::resolve_layers(line, &self.overrides, &self.startup.overrides(), &self.env)?;
        *self.resolved.borrow_mut() = Some((line.clone(), settings.clone()));
        Ok(settings)
    }

    /// Forgets the resolved settings (after `set`, `unset`, or before a `config` command).
    pub fn settings_changed(&self) {
        self.resolved.borrow_mut().take();
    }

    /// Whether the dry run is on for a line with these flags: its own `--dry-run`, else the
    /// session's `set dry-run`, else `--dry-run` given at start-up.
    pub fn dry_run(&self, line: &GlobalArgs) -> bool {
        line.dry_run
            || self
                .overrides
                .session_dry_run
                .unwrap_or(self.startup.dry_run)
    }

    /// The HTTP transport for these settings, on the session's client.
    pub fn transport(&self, settings: &Settings, verbose: bool) -> HttpTransport {
        HttpTransport::with_client(
            self.client.clone(),
            HttpOptions {
                url: settings.url.value.clone(),
                key: settings.key.as_ref().map(|k| k.value.clone()),
                timeout: settings.timeout(),
                timeout_explicit: settings.timeout.source != config::Source::Default,
                verbose,
                start: self.env.get(config::env_vars::START).map(Into::into),
            },
        )
    }
}

/// Prints an error of the session itself (not of a line) on stderr: as JSON when the session's
/// settings ask for JSON errors ([`json_errors_with`]), else as a line and its hints.
pub fn report(err: &CliError, session: &Session) {
    report_as(
        err,
        session.term,
        json_errors_with(&GlobalArgs::default(), session),
    );
}

/// Prints an error on stderr: as one JSON object (see [`crate::error_data`]) when `json`, else
/// as a line with its hints.
pub fn report_as(err: &CliError, term: Terminal, json: bool) {
    let mut stderr = io::stderr();
    if json && !matches!(err, CliError::NothingToDo(_)) {
        let _ = writeln!(stderr, "{}", err.to_json());
        return;
    }
    if let CliError::NothingToDo(note) = err {
        // Not an error: a pipeline with nothing in it. Scripts see exit 0 and silence.
        if term.stderr_tty {
            let _ = writeln!(stderr, "anki-cli: {note}");
        }
        return;
    }
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

/// Whether errors print as JSON: `ANKI_CLI_ERRORS=json`, or JSON output (`-o json`,
/// `ANKI_CLI_OUTPUT=json` or `output = "json"` in the config file).
pub fn json_errors(cli: &Cli, session: &Session) -> bool {
    json_errors_with(&cli.global, session)
}

/// [`json_errors`] for a line's global flags (the REPL: a line that is no command has none, and
/// then the session's settings decide, `set output json` included).
pub fn json_errors_with(global: &GlobalArgs, session: &Session) -> bool {
    if let Some(mode) = session.env.get(crate::error_data::ERRORS_ENV) {
        return mode.eq_ignore_ascii_case("json");
    }
    session
        .settings(&global.overrides())
        .map(|s| s.output.value)
        .unwrap_or_else(|_| global.output.unwrap_or_default())
        == crate::output::Format::Json
}

/// Runs a parsed command line, writing results to `out`; errors are returned, not printed.
pub fn execute(cli: &Cli, session: &Session, out: &mut dyn Write) -> Result<ExitStatus, CliError> {
    let Some(command) = &cli.command else {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        let _ = cmd.print_help();
        return Ok(ExitStatus::Success);
    };
    if matches!(command, Command::Config(_)) {
        // `config` shows the file as it is now.
        session.settings_changed();
    }
    let settings = session.settings(&cli.global.overrides())?;
    let verbose = cli.global.verbose || session.startup.verbose;
    let term = session.term;
    let renderer = Renderer {
        format: settings.output.value,
        tty: term.stdout_tty,
        color: term.color,
    };

    let http = session.transport(&settings, verbose);
    let dry = DryRun::new(&http);
    let dry_run = session.dry_run(&cli.global) && sends_requests(command);
    let transport: &dyn Transport = if dry_run { &dry } else { &http };
    let ctx = Ctx {
        transport,
        settings: &settings,
        term,
        dry_run,
        stdin_allowed: !session.in_repl,
        progress: Some(&session.progress),
    };

    let result = match &cli.global.profile {
        Some(profile) if sends_requests(command) => {
            commands::collection::ensure_profile(&ctx, profile)
                .and_then(|_| dispatch::run(command, &ctx))
        }
        _ => dispatch::run(command, &ctx),
    };
    if dry_run {
        let written = dry.written();
        if !written.is_empty() {
            return finish(print_writes(&written, settings.key.is_some(), out), None)
                .and(result.map(|_| ExitStatus::Success));
        }
    }
    let outcome = result?;
    let Some(More(mut next)) = outcome.more else {
        let written = renderer
            .render(&outcome.output, out)
            .and_then(|_| out.flush());
        return finish(written, outcome.failure);
    };
    // Read in chunks: each part is written (and flushed) as it arrives.
    let mut parts = renderer.parts();
    let mut written = parts.part(&outcome.output, out).and_then(|_| out.flush());
    while written.is_ok() {
        match next(&ctx) {
            Ok(Some(part)) => written = parts.part(&part, out).and_then(|_| out.flush()),
            Ok(None) => break,
            Err(e) => {
                // What arrived is written (whole rows); the error says why the rest did not.
                let _ = out.flush();
                return Err(e);
            }
        }
    }
    let written = written
        .and_then(|_| parts.end(out))
        .and_then(|_| out.flush());
    finish(written, outcome.failure)
}

/// Prints the writes a dry run did not send (the key redacted), and says on stderr that the
/// command ran on with stand-in replies.
fn print_writes(written: &[Request], has_key: bool, out: &mut dyn Write) -> io::Result<()> {
    for request in written {
        let shown = serde_json::to_string_pretty(&request.redacted_envelope(has_key))
            .expect("JSON serializes");
        writeln!(out, "{shown}")?;
    }
    out.flush()?;
    let _ = writeln!(
        io::stderr(),
        "anki-cli: dry run: {} write(s) printed, not sent; the command went on with stand-in \
         replies (IDs 0)",
        written.len()
    );
    Ok(())
}

/// Whether the command talks to AnkiConnect (others run normally under --dry-run).
fn sends_requests(command: &Command) -> bool {
    !matches!(
        command,
        Command::Actions | Command::Config(_) | Command::Completions { .. } | Command::Repl
    )
}

/// Ends a run after writing: a closed pipe (`| head`) ends quietly with success;
/// otherwise a pending failure (e.g. a partial batch) is reported.
fn finish(written: io::Result<()>, failure: Option<CliError>) -> Result<ExitStatus, CliError> {
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitStatus::Success),
        // Not the input's fault (exit 2): the command ran, its output was lost.
        Err(e) => Err(CliError::Refused(format!("cannot write output: {e}"))),
        Ok(()) => failure.map_or(Ok(ExitStatus::Success), Err),
    }
}

/// A command line clap refused, as a usage error: its first line the message, its tips hints.
pub fn usage_from_clap(err: &clap::Error) -> CliError {
    let text = err.render().to_string();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("invalid command line");
    let message = first.strip_prefix("error: ").unwrap_or(first).to_string();
    let hints: Vec<String> = lines
        .filter_map(|l| l.strip_prefix("tip: "))
        .map(String::from)
        .collect();
    match hints.is_empty() {
        true => CliError::Usage(message),
        false => CliError::Noted {
            error: Box::new(CliError::Usage(message)),
            note: hints.join("\n"),
        },
    }
}
