//! What resolution works on and produces: the flags' and the REPL session's overrides, the
//! effective [`Settings`], and each value's [`Source`].

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use crate::output::Format;

/// Where AnkiConnect listens unless told otherwise (127.0.0.1: the add-on does not listen on ::1).
pub const DEFAULT_URL: &str = "http://127.0.0.1:8765";
/// Seconds to wait for an ordinary action.
pub const DEFAULT_TIMEOUT_SECS: f64 = 30.0;

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A command-line flag.
    Flag(&'static str),
    /// An environment variable.
    Env(&'static str),
    /// The config file.
    File(PathBuf),
    /// A `set` command in the REPL session.
    Session,
    /// anki-cli's built-in default.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "environment {var}"),
            Source::File(path) => write!(f, "config file {}", path.display()),
            Source::Session => write!(f, "REPL session (set)"),
            Source::Default => write!(f, "default"),
        }
    }
}

/// A value with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting<T> {
    /// The value in force.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

/// What the command line's flags and the REPL's `set` say about settings, before resolution.
/// [`super::resolve::resolve_layers`] reads the flag fields from a line's and the start-up flags,
/// and the `session_` fields from the session's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides {
    /// `--url`
    pub url: Option<String>,
    /// `--key-file`
    pub key_file: Option<PathBuf>,
    /// `--timeout`
    pub timeout: Option<f64>,
    /// `-o/--output`
    pub output: Option<Format>,
    /// The REPL's `set url` (below a line's own flags, above the start-up flags and the rest).
    pub session_url: Option<String>,
    /// The REPL's `set output`.
    pub session_output: Option<Format>,
    /// The REPL's `set deck`.
    pub session_deck: Option<String>,
    /// The REPL's `set model`.
    pub session_model: Option<String>,
    /// The REPL's `set dry-run on|off` (else `--dry-run` given to `anki-cli repl`).
    pub session_dry_run: Option<bool>,
}

/// The effective settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The config file consulted (it may not exist).
    pub config_path: PathBuf,
    /// Whether that file exists.
    pub config_exists: bool,
    /// AnkiConnect's URL.
    pub url: Setting<String>,
    /// The API key, if any.
    pub key: Option<Setting<String>>,
    /// Timeout in seconds.
    pub timeout: Setting<f64>,
    /// Output format.
    pub output: Setting<Format>,
    /// Default deck.
    pub deck: Option<Setting<String>>,
    /// Default note type.
    pub model: Option<Setting<String>>,
    /// Items per request of the commands that read in chunks, when `ANKI_CLI_CHUNK` sets it.
    pub chunk: Option<usize>,
    /// Seconds a note from which an import calls Anki's duplicate check slow, when
    /// `ANKI_CLI_SLOW_CHECK_MS` sets it.
    pub slow_check: Option<f64>,
}

impl Settings {
    /// The deck a new note goes to: `given` (a flag or a file's column), else the session's or
    /// the config file's default.
    pub fn deck_or(&self, given: Option<&str>) -> Option<String> {
        or_setting(given, &self.deck)
    }

    /// The note type of a new note: `given`, else the session's or the config file's default.
    pub fn model_or(&self, given: Option<&str>) -> Option<String> {
        or_setting(given, &self.model)
    }

    /// The timeout as a duration.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs_f64(self.timeout.value)
    }
}

/// `given`, else the setting's value.
fn or_setting(given: Option<&str>, setting: &Option<Setting<String>>) -> Option<String> {
    given
        .map(str::to_string)
        .or_else(|| setting.as_ref().map(|s| s.value.clone()))
}

/// A "Setting, Value, Source" table row: the value as `shown` shows it and where it came from, or
/// "(not set)" and no source.
pub fn setting_row<T>(
    name: &str,
    setting: Option<&Setting<T>>,
    shown: impl Fn(&T) -> String,
) -> Vec<String> {
    match setting {
        Some(set) => vec![name.into(), shown(&set.value), set.source.to_string()],
        None => vec![name.into(), "(not set)".into(), String::new()],
    }
}
