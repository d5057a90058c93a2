//! The context every command runs in: where requests go, the settings, the terminal, and the
//! typed decoding of replies.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::client::Transport;
use crate::config::Settings;
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::request::{Call, Request};
use crate::terminal::Terminal;

/// What a command needs from the outside world.
pub struct Ctx<'a> {
    /// Where requests go (HTTP, the dry run's wrapper around it, or a test stub).
    pub transport: &'a dyn Transport,
    /// The effective settings.
    pub settings: &'a Settings,
    /// Terminal facts.
    pub term: Terminal,
    /// `--dry-run`: no confirmation is asked (the transport sends no write, see
    /// [`crate::client::DryRun`]).
    pub dry_run: bool,
    /// Whether `-` may read stdin (not inside the REPL, where stdin holds the commands).
    pub stdin_allowed: bool,
    /// Where a long command (the import) says how far it got, for a Ctrl-C that ends the process.
    pub progress: Option<&'a Progress>,
}

/// How far a running command got, in words, shared with the Ctrl-C handler (another thread).
#[derive(Debug, Default)]
pub struct Progress(std::sync::Mutex<Option<String>>);

impl Progress {
    /// Says how far the command got (`None`: nothing running that would say).
    pub fn set(&self, line: Option<String>) {
        if let Ok(mut progress) = self.0.lock() {
            *progress = line;
        }
    }

    /// How far the running command got, if it said.
    pub fn get(&self) -> Option<String> {
        self.0.lock().ok().and_then(|progress| progress.clone())
    }
}

impl Ctx<'_> {
    /// Sends one request and returns its raw result (for `api` and `multi`, which print it as is).
    pub fn call(&self, request: impl Into<Request>) -> Result<Value> {
        self.transport.call(&request.into())
    }

    /// Sends a call and decodes its result into the type the action returns; any other reply is
    /// [`CliError::UnexpectedReply`] (exit 3), so it never passes as success.
    pub fn send<T: DeserializeOwned>(&self, call: Call<T>) -> Result<T> {
        self.send_raw(call).map(|(typed, _)| typed)
    }

    /// Like [`Ctx::send`], also returning the raw result (for outputs that print it as is).
    pub fn send_raw<T: DeserializeOwned>(&self, call: Call<T>) -> Result<(T, Value)> {
        let request = call.request;
        let value = self.transport.call(&request)?;
        let typed = decode(&label(&request), &value)?;
        Ok((typed, value))
    }

    /// Sends a call about `asked` items whose reply has one entry per item, in order; a reply of
    /// another length is not AnkiConnect's. Returns the entries and the raw result.
    pub fn send_each<T: DeserializeOwned>(
        &self,
        call: Call<Vec<T>>,
        asked: usize,
    ) -> Result<(Vec<T>, Value)> {
        let action = call.request.action.clone();
        let (items, raw) = self.send_raw(call)?;
        if items.len() != asked {
            return Err(CliError::unexpected_reply(
                &action,
                &raw,
                &format!("expected {asked} entries, one per item asked about"),
            ));
        }
        Ok((items, raw))
    }

    /// Sends calls one after another and decodes each result.
    pub fn send_all<T: DeserializeOwned>(&self, calls: Vec<Call<T>>) -> Result<Vec<T>> {
        calls.into_iter().map(|call| self.send(call)).collect()
    }

    /// Whether a read sees the writes sent before it: not in a dry run, whose writes are not
    /// sent. Only a check that reads back what its own write changed needs to ask.
    pub fn writes_apply(&self) -> bool {
        !self.dry_run
    }

    /// Reads all of stdin (for `-` arguments).
    pub fn read_stdin(&self) -> Result<String> {
        if !self.stdin_allowed {
            return Err(CliError::Usage(
                "- (stdin) cannot be used inside the REPL: give the values or a file".into(),
            ));
        }
        crate::limits::read_text(std::io::stdin().lock(), "stdin")
    }

    /// Reads a text input: a file, or stdin for `-`; errors name `what` and the path.
    pub fn read_source(&self, source: &str, what: &str) -> Result<String> {
        if source == "-" {
            return self.read_stdin();
        }
        let file =
            std::fs::File::open(source).map_err(|e| CliError::unreadable(what, source, &e))?;
        crate::limits::read_text_or(file, &format!("{what} {source}"), |e| {
            CliError::unreadable(what, source, e)
        })
    }

    /// Parses ID arguments, reading stdin for `-`.
    pub fn ids(&self, args: &[String]) -> Result<Vec<i64>> {
        crate::ids::parse_ids(args, &mut || self.read_stdin())
    }
}

/// A command's result: what to print, and an error to report after printing it.
#[derive(Debug)]
pub struct Outcome {
    /// What to print (the first part, when more follow).
    pub output: Output,
    /// A failure to report (and exit with) after the output, e.g. a partial batch.
    pub failure: Option<CliError>,
    /// The parts that follow `output`, for results read in chunks (`chunks.rs`).
    pub more: Option<More>,
}

impl From<Output> for Outcome {
    fn from(output: Output) -> Self {
        Outcome {
            output,
            failure: None,
            more: None,
        }
    }
}

/// How errors name a request: its action, and for a `multi` of one inner action also that one
/// (`multi findCards`).
fn label(request: &Request) -> String {
    let inner: Option<Vec<&str>> = (request.action == "multi")
        .then(|| request.params.as_ref()?.get("actions")?.as_array())
        .flatten()
        .map(|actions| {
            actions
                .iter()
                .filter_map(|a| a["action"].as_str())
                .collect()
        });
    match inner.as_deref() {
        Some([first, rest @ ..]) if rest.iter().all(|a| a == first) => format!("multi {first}"),
        _ => request.action.clone(),
    }
}

/// The rest of an output that arrives in parts: called until it gives `None`, each part
/// rendered as soon as it comes (so memory does not grow with the rows).
pub struct More(pub Box<NextPart>);

/// What gives the next part of an output read in chunks (`None` after the last).
pub type NextPart = dyn FnMut(&Ctx) -> Result<Option<Output>>;

impl std::fmt::Debug for More {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("More(..)")
    }
}

/// Decodes `action`'s result into `T`, or says that the reply was not what the action returns.
pub fn decode<T: serde::de::DeserializeOwned>(action: &str, value: &Value) -> Result<T> {
    T::deserialize(value).map_err(|e| CliError::unexpected_reply(action, value, &e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_multi_of_one_action_is_named_by_it() {
        let multi = |actions: Value| Request::new("multi", json!({ "actions": actions }));
        assert_eq!(
            label(&multi(
                json!([{"action": "findCards"}, {"action": "findCards"}])
            )),
            "multi findCards"
        );
        assert_eq!(
            label(&multi(
                json!([{"action": "findCards"}, {"action": "deckNames"}])
            )),
            "multi"
        );
        assert_eq!(label(&Request::bare("deckNames")), "deckNames");
    }
}
