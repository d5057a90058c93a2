//! The dispatcher and the context every command runs in.
//!
//! Each category lives in its own module with a clap `Subcommand` enum, pure
//! request builders, a `run` function returning data, and a `COVERS` table
//! naming the AnkiConnect actions it wraps.

pub mod api;
pub mod card;
pub mod collection;
pub mod deck;
pub mod gui;
pub mod media;
pub mod misc;
pub mod model;
pub mod multi;
pub mod note;
pub mod reply;
pub mod safety;
pub mod settings;
pub mod stats;
pub mod tag;

use std::io::Read;

use serde_json::Value;

use crate::cli::Command;
use crate::client::Transport;
use crate::config::Settings;
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::request::Request;
use crate::terminal::Terminal;

/// What a command needs from the outside world.
pub struct Ctx<'a> {
    /// Where requests go (HTTP, a dry-run recorder, or a test stub).
    pub transport: &'a dyn Transport,
    /// The effective settings.
    pub settings: &'a Settings,
    /// Terminal facts.
    pub term: Terminal,
    /// `--dry-run`: skip look-ups and confirmations, send nothing.
    pub dry_run: bool,
    /// Whether `-` may read stdin (not inside the REPL, where stdin holds the commands).
    pub stdin_allowed: bool,
}

impl Ctx<'_> {
    /// Sends one request.
    pub fn call(&self, request: Request) -> Result<Value> {
        self.transport.call(&request)
    }

    /// Sends one request and decodes its result into `T`, the shape the action returns; any
    /// other reply is [`CliError::UnexpectedReply`] (exit 3), so it never passes as success.
    pub fn call_as<T: serde::de::DeserializeOwned>(&self, request: Request) -> Result<T> {
        self.call_as_raw(request).map(|(typed, _)| typed)
    }

    /// Like [`Ctx::call_as`], also returning the raw result (for outputs that print it as is).
    pub fn call_as_raw<T: serde::de::DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<(T, Value)> {
        let action = request.action.clone();
        let value = self.call(request)?;
        let typed = decode(&action, &value)?;
        Ok((typed, value))
    }

    /// Sends a request about `asked` items whose reply has one entry per item, in order; a
    /// reply of another shape or length is not AnkiConnect's. Returns the entries and the raw result.
    pub fn call_each_as<T: serde::de::DeserializeOwned>(
        &self,
        request: Request,
        asked: usize,
    ) -> Result<(Vec<T>, Value)> {
        let action = request.action.clone();
        let (items, raw): (Vec<T>, Value) = self.call_as_raw(request)?;
        if items.len() != asked {
            return Err(CliError::unexpected_reply(
                &action,
                &raw,
                &format!("expected {asked} entries, one per item asked about"),
            ));
        }
        Ok((items, raw))
    }

    /// Sends independent requests (every one recorded in a dry run, see
    /// [`crate::client::send_all`]) and decodes each result into `T`.
    pub fn call_all_as<T: serde::de::DeserializeOwned>(
        &self,
        requests: &[Request],
    ) -> Result<Vec<T>> {
        let results = crate::client::send_all(self.transport, requests)?;
        requests
            .iter()
            .zip(&results)
            .map(|(request, value)| decode(&request.action, value))
            .collect()
    }

    /// Reads all of stdin (for `-` arguments).
    pub fn read_stdin(&self) -> Result<String> {
        if !self.stdin_allowed {
            return Err(CliError::Usage(
                "- (stdin) cannot be used inside the REPL: give the values or a file".into(),
            ));
        }
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| CliError::Usage(format!("cannot read stdin: {e}")))?;
        Ok(text)
    }

    /// Reads a text input: a file, or stdin for `-`; errors name `what` and the path.
    pub fn read_source(&self, source: &str, what: &str) -> Result<String> {
        if source == "-" {
            return self.read_stdin();
        }
        std::fs::read_to_string(source).map_err(|e| CliError::unreadable(what, source, &e))
    }

    /// Parses ID arguments, reading stdin for `-`.
    pub fn ids(&self, args: &[String]) -> Result<Vec<i64>> {
        crate::ids::parse_ids(args, &mut || self.read_stdin())
    }
}

/// A command's result: what to print, and an error to report after printing it.
#[derive(Debug)]
pub struct Outcome {
    /// What to print.
    pub output: Output,
    /// A failure to report (and exit with) after the output, e.g. a partial batch.
    pub failure: Option<CliError>,
}

impl From<Output> for Outcome {
    fn from(output: Output) -> Self {
        Outcome {
            output,
            failure: None,
        }
    }
}

/// Runs one parsed command.
pub fn run(command: &Command, ctx: &Ctx) -> Result<Outcome> {
    match command {
        Command::Deck(cmd) => deck::run(cmd, ctx).map(Outcome::from),
        Command::Note(cmd) => note::run(cmd, ctx),
        Command::Tag(cmd) => tag::run(cmd, ctx).map(Outcome::from),
        Command::Card(cmd) => card::run(cmd, ctx).map(Outcome::from),
        Command::Stats(cmd) => stats::run(cmd, ctx).map(Outcome::from),
        Command::Media(cmd) => media::run(cmd, ctx).map(Outcome::from),
        Command::Model(cmd) => model::run(cmd, ctx).map(Outcome::from),
        Command::Gui(cmd) => gui::run(cmd, ctx).map(Outcome::from),
        Command::Profile(cmd) => collection::run_profile(cmd, ctx).map(Outcome::from),
        Command::Package(cmd) => collection::run_package(cmd, ctx).map(Outcome::from),
        Command::Sync => collection::sync(ctx).map(Outcome::from),
        Command::Reload => collection::reload(ctx).map(Outcome::from),
        Command::Multi { file } => multi::run(file, ctx),
        Command::Status => misc::status(ctx),
        Command::Version => misc::version(ctx).map(Outcome::from),
        Command::Api(args) => api::run(args, ctx).map(Outcome::from),
        Command::Actions => Ok(misc::actions().into()),
        Command::Config(cmd) => settings::run(cmd, ctx).map(Outcome::from),
        Command::Repl => Err(CliError::Usage("already in the REPL".into())),
        Command::Completions { shell } => {
            Ok(Output::Text(crate::generate::completion(*shell)).into())
        }
    }
}

/// Decodes `action`'s result into `T`, or says that the reply was not what the action returns.
pub fn decode<T: serde::de::DeserializeOwned>(action: &str, value: &Value) -> Result<T> {
    T::deserialize(value).map_err(|e| CliError::unexpected_reply(action, value, &e.to_string()))
}

/// Parses a batch of JSON objects: one JSON array, or one object per line (blank lines skipped).
/// `item` names an entry in errors ("note", "action").
pub fn parse_json_items(text: &str, origin: &str, item: &str) -> Result<Vec<Value>> {
    let items: Vec<Value> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text)
            .map_err(|e| CliError::Usage(format!("{origin} is not a valid JSON array: {e}")))?
    } else {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                serde_json::from_str(l).map_err(|e| {
                    CliError::Usage(format!("{origin} line {}: not valid JSON: {e}", i + 1))
                })
            })
            .collect::<Result<_>>()?
    };
    if items.is_empty() {
        return Err(CliError::Usage(format!("{origin} holds no {item}s")));
    }
    if let Some(i) = items.iter().position(|v| !v.is_object()) {
        return Err(CliError::Usage(format!(
            "{origin}: {item} {} is not a JSON object",
            i + 1
        )));
    }
    Ok(items)
}

/// Reads a JSON argument: inline text, `@FILE`, or `-` for stdin.
pub fn read_json_arg(ctx: &Ctx, arg: &str, what: &str) -> Result<Value> {
    let (text, origin) = if arg == "-" {
        (ctx.read_stdin()?, "stdin".to_string())
    } else if let Some(path) = arg.strip_prefix('@') {
        (ctx.read_source(path, what)?, path.to_string())
    } else {
        (arg.to_string(), what.to_string())
    };
    serde_json::from_str(&text).map_err(|e| {
        let what = if origin == what {
            what.to_string()
        } else {
            format!("{what} from {origin}")
        };
        CliError::Usage(format!("{what} is not valid JSON: {e}"))
    })
}
