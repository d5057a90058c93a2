//! Settings from flags, environment, the config file and defaults, in that order.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::error::{CliError, Result};
use crate::output::Format;
use crate::url::redact_url;

/// Where AnkiConnect listens unless told otherwise (127.0.0.1: the add-on does not listen on ::1).
pub const DEFAULT_URL: &str = "http://127.0.0.1:8765";
/// Seconds to wait for an ordinary action.
pub const DEFAULT_TIMEOUT_SECS: f64 = 30.0;

/// Environment variables anki-cli reads.
pub mod env_vars {
    /// AnkiConnect's URL.
    pub const URL: &str = "ANKI_CLI_URL";
    /// The API key.
    pub const KEY: &str = "ANKI_CLI_KEY";
    /// Timeout in seconds.
    pub const TIMEOUT: &str = "ANKI_CLI_TIMEOUT";
    /// Output format.
    pub const OUTPUT: &str = "ANKI_CLI_OUTPUT";
    /// Path of the config file.
    pub const CONFIG: &str = "ANKI_CLI_CONFIG";
}

/// A snapshot of the environment variables, so resolution is testable.
#[derive(Debug, Clone, Default)]
pub struct Env(pub HashMap<String, String>);

impl Env {
    /// The process environment.
    pub fn from_process() -> Self {
        Env(std::env::vars().collect())
    }

    /// A variable's value, if set and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

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

/// The config file's keys (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// AnkiConnect's URL.
    pub url: Option<String>,
    /// The API key.
    pub key: Option<String>,
    /// Timeout in seconds.
    pub timeout: Option<f64>,
    /// Output format name.
    pub output: Option<String>,
    /// Default deck for commands that add notes.
    pub deck: Option<String>,
    /// Default note type for commands that add notes.
    pub model: Option<String>,
}

/// What the command line says about settings (flags only, before resolution).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--url`
    pub url: Option<String>,
    /// `--key-file`
    pub key_file: Option<PathBuf>,
    /// `--timeout`
    pub timeout: Option<f64>,
    /// `-o/--output`
    pub output: Option<Format>,
    /// The REPL's `set url` (below the flags, above everything else).
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
}

impl Settings {
    /// The deck a new note goes to: `given` (a flag or a file's column), else the session's or
    /// the config file's default.
    pub fn deck_or(&self, given: Option<&str>) -> Option<String> {
        given
            .map(str::to_string)
            .or_else(|| self.deck.as_ref().map(|d| d.value.clone()))
    }

    /// The note type of a new note: `given`, else the session's or the config file's default.
    pub fn model_or(&self, given: Option<&str>) -> Option<String> {
        given
            .map(str::to_string)
            .or_else(|| self.model.as_ref().map(|m| m.value.clone()))
    }

    /// The timeout as a duration.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs_f64(self.timeout.value)
    }
}

/// The config file's path: `ANKI_CLI_CONFIG`, else `<config dir>/anki-cli/config.toml`.
pub fn config_path(env: &Env) -> PathBuf {
    if let Some(path) = env.get(env_vars::CONFIG) {
        return PathBuf::from(path);
    }
    dirs::config_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("anki-cli")
        .join("config.toml")
}

/// Reads and parses the config file; a missing file is an empty config.
pub fn load_file(path: &Path) -> Result<Option<FileConfig>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(CliError::Usage(format!(
                "cannot read config file {}: {e}",
                path.display()
            )))
        }
    };
    parse_file(path, &text).map(Some)
}

/// Parses config file text; errors name the line and column.
pub fn parse_file(path: &Path, text: &str) -> Result<FileConfig> {
    parse_toml(&format!("config file {}", path.display()), text)
}

/// Parses any TOML document into `T`; errors name the file, line and column.
pub fn parse_toml<T: serde::de::DeserializeOwned>(path: &str, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let place = e
            .span()
            .map(|span| {
                let (line, col) = line_col(text, span.start);
                format!(" at line {line}, column {col}")
            })
            .unwrap_or_default();
        CliError::Usage(format!(
            "invalid {path}{place}: {}",
            without_values(e.message())
        ))
    })
}

/// serde's "invalid type: string \"VALUE\", expected …" without the value: config values may be
/// keys, and errors never print them.
fn without_values(message: &str) -> String {
    let message = message.trim_end();
    for lead in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = message.strip_prefix(lead) {
            if let Some((found, expected)) = rest.split_once(", expected") {
                let kind = found.split(['`', '"', '\'']).next().unwrap_or(found).trim();
                return format!("{lead}{kind}, expected{expected}");
            }
        }
    }
    message.to_string()
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Normalizes a URL: adds `http://` when no scheme is given and checks it parses.
pub fn normalize_url(raw: &str) -> Result<String> {
    check_url(raw).map_err(|()| {
        CliError::Usage(format!(
            "invalid AnkiConnect URL '{}' (expected e.g. http://127.0.0.1:8765)",
            redact_url(raw)
        ))
    })
}

/// Like [`normalize_url`] for a value from the environment or the config file: its error names
/// where the value came from and never shows it (a misplaced API key must not be printed).
fn normalize_url_from(raw: &str, source: &str) -> Result<String> {
    check_url(raw).map_err(|()| {
        CliError::Usage(format!(
            "invalid AnkiConnect URL in {source} ({}; expected e.g. http://127.0.0.1:8765)",
            describe(raw)
        ))
    })
}

fn check_url(raw: &str) -> std::result::Result<String, ()> {
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    match reqwest::Url::parse(&with_scheme) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            Ok(with_scheme)
        }
        _ => Err(()),
    }
}

/// A bad value described without showing it: its length, and whether it is empty.
fn describe(raw: &str) -> String {
    match raw.chars().count() {
        0 => "the value is empty".into(),
        n => format!("a value of {n} characters, not shown in case it is a key"),
    }
}

/// Checks a timeout; only a flag's value is shown in the error (the environment's and the config
/// file's are not: they could be a misplaced key).
fn parse_timeout(raw: f64, what: &str) -> Result<f64> {
    if raw.is_finite() && raw > 0.0 && raw <= 86_400.0 {
        Ok(raw)
    } else if what.starts_with("--") {
        Err(CliError::Usage(format!(
            "invalid timeout {raw} from {what}: give seconds between 0 and 86400"
        )))
    } else {
        Err(CliError::Usage(format!(
            "invalid timeout from {what}: give seconds between 0 and 86400"
        )))
    }
}

/// Resolves every setting: flags > environment > config file > defaults.
pub fn resolve(flags: &Overrides, env: &Env) -> Result<Settings> {
    let config_path = config_path(env);
    let file = load_file(&config_path)?;
    let config_exists = file.is_some();
    let file = file.unwrap_or_default();
    let from_file = || Source::File(config_path.clone());

    let url = if let Some(u) = &flags.url {
        Setting {
            value: normalize_url(u)?,
            source: Source::Flag("--url"),
        }
    } else if let Some(u) = &flags.session_url {
        Setting {
            value: normalize_url(u)?,
            source: Source::Session,
        }
    } else if env.0.get(env_vars::URL).is_some_and(|u| u.is_empty()) {
        return Err(CliError::Usage(format!(
            "{} is set but empty: give AnkiConnect's URL (e.g. http://127.0.0.1:8765) or unset it",
            env_vars::URL
        )));
    } else if let Some(u) = env.get(env_vars::URL) {
        Setting {
            value: normalize_url_from(u, env_vars::URL)?,
            source: Source::Env(env_vars::URL),
        }
    } else if let Some(u) = &file.url {
        Setting {
            value: normalize_url_from(u, &format!("config file {}", config_path.display()))?,
            source: from_file(),
        }
    } else {
        Setting {
            value: DEFAULT_URL.to_string(),
            source: Source::Default,
        }
    };

    let key = if let Some(path) = &flags.key_file {
        let text = std::fs::read_to_string(path).map_err(|e| {
            CliError::Usage(format!("cannot read --key-file {}: {e}", path.display()))
        })?;
        let key = text.trim().to_string();
        if key.is_empty() {
            return Err(CliError::Usage(format!(
                "--key-file {} is empty",
                path.display()
            )));
        }
        Some(Setting {
            value: key,
            source: Source::Flag("--key-file"),
        })
    } else if let Some(k) = env.get(env_vars::KEY) {
        Some(Setting {
            value: k.to_string(),
            source: Source::Env(env_vars::KEY),
        })
    } else {
        file.key.clone().filter(|k| !k.is_empty()).map(|k| Setting {
            value: k,
            source: from_file(),
        })
    };

    let timeout = if let Some(t) = flags.timeout {
        Setting {
            value: parse_timeout(t, "--timeout")?,
            source: Source::Flag("--timeout"),
        }
    } else if let Some(t) = env.get(env_vars::TIMEOUT) {
        let parsed = t.parse::<f64>().map_err(|_| {
            CliError::Usage(format!(
                "invalid {} ({}): give seconds, e.g. 60",
                env_vars::TIMEOUT,
                describe(t)
            ))
        })?;
        Setting {
            value: parse_timeout(parsed, env_vars::TIMEOUT)?,
            source: Source::Env(env_vars::TIMEOUT),
        }
    } else if let Some(t) = file.timeout {
        Setting {
            value: parse_timeout(t, &format!("config file {}", config_path.display()))?,
            source: from_file(),
        }
    } else {
        Setting {
            value: DEFAULT_TIMEOUT_SECS,
            source: Source::Default,
        }
    };

    let output = if let Some(f) = flags.output {
        Setting {
            value: f,
            source: Source::Flag("--output"),
        }
    } else if let Some(f) = flags.session_output {
        Setting {
            value: f,
            source: Source::Session,
        }
    } else if let Some(name) = env.get(env_vars::OUTPUT) {
        Setting {
            value: parse_format(name, env_vars::OUTPUT)?,
            source: Source::Env(env_vars::OUTPUT),
        }
    } else if let Some(name) = &file.output {
        Setting {
            value: parse_format(name, &format!("config file {}", config_path.display()))?,
            source: from_file(),
        }
    } else {
        Setting {
            value: Format::Auto,
            source: Source::Default,
        }
    };

    Ok(Settings {
        deck: match &flags.session_deck {
            Some(d) => Some(Setting {
                value: d.clone(),
                source: Source::Session,
            }),
            None => file.deck.clone().map(|d| Setting {
                value: d,
                source: from_file(),
            }),
        },
        model: match &flags.session_model {
            Some(m) => Some(Setting {
                value: m.clone(),
                source: Source::Session,
            }),
            None => file.model.clone().map(|m| Setting {
                value: m,
                source: from_file(),
            }),
        },
        config_path,
        config_exists,
        url,
        key,
        timeout,
        output,
    })
}

/// Parses an output format from the environment or the config file; the error does not show the
/// value (it could be a misplaced key).
fn parse_format(name: &str, what: &str) -> Result<Format> {
    use clap::ValueEnum;
    Format::from_str(name, true).map_err(|_| {
        CliError::Usage(format!(
            "invalid output format from {what} ({}): use auto, table, json, ids or tsv",
            describe(name)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env(pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect())
    }

    fn with_config(text: &str) -> (tempfile::TempDir, Env) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        let env = env(&[(env_vars::CONFIG, path.to_str().unwrap())]);
        (dir, env)
    }

    #[test]
    fn defaults_apply_without_any_source() {
        let dir = tempfile::tempdir().unwrap();
        let env = env(&[(
            env_vars::CONFIG,
            dir.path().join("none.toml").to_str().unwrap(),
        )]);
        let s = resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.url.value, DEFAULT_URL);
        assert_eq!(s.url.source, Source::Default);
        assert!(s.key.is_none());
        assert!(!s.config_exists);
    }

    #[test]
    fn flags_beat_env_beat_file() {
        let (_dir, mut env) =
            with_config("url = \"http://file:1\"\ntimeout = 5\nkey = \"filekey\"\n");
        let s = resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.url.value, "http://file:1");
        assert!(matches!(s.url.source, Source::File(_)));
        assert_eq!(s.timeout.value, 5.0);
        assert_eq!(s.key.as_ref().unwrap().value, "filekey");

        env.0.insert(env_vars::URL.into(), "http://env:2".into());
        env.0.insert(env_vars::KEY.into(), "envkey".into());
        let s = resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.url.value, "http://env:2");
        assert_eq!(s.key.unwrap().source, Source::Env(env_vars::KEY));

        let flags = Overrides {
            url: Some("flag:3".into()),
            ..Default::default()
        };
        let s = resolve(&flags, &env).unwrap();
        assert_eq!(s.url.value, "http://flag:3");
        assert_eq!(s.url.source, Source::Flag("--url"));
    }

    #[test]
    fn malformed_config_names_line_and_column() {
        let (_dir, env) = with_config("url = \"http://x\"\ntimeout = = 3\n");
        let err = resolve(&Overrides::default(), &env).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("line 2, column"), "{msg}");
        assert_eq!(err.status().code(), 2);
    }

    #[test]
    fn unknown_config_key_is_an_error() {
        let (_dir, env) = with_config("ulr = \"http://x\"\n");
        let msg = resolve(&Overrides::default(), &env)
            .unwrap_err()
            .to_string();
        assert!(msg.contains("ulr") && msg.contains("line 1"), "{msg}");
    }

    #[test]
    fn key_file_is_read_and_trimmed() {
        let dir = tempfile::tempdir().unwrap();
        let keyfile = dir.path().join("key");
        std::fs::write(&keyfile, "abc\n").unwrap();
        let env = env(&[(
            env_vars::CONFIG,
            dir.path().join("none.toml").to_str().unwrap(),
        )]);
        let flags = Overrides {
            key_file: Some(keyfile),
            ..Default::default()
        };
        assert_eq!(resolve(&flags, &env).unwrap().key.unwrap().value, "abc");
    }

    #[test]
    fn bad_values_are_usage_errors_that_name_the_variable_not_the_value() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("none.toml");
        for (k, v) in [
            (env_vars::URL, "ftp://s3cretkey"),
            (env_vars::URL, "s3cret key"),
            (env_vars::TIMEOUT, "s3cretkey"),
            (env_vars::TIMEOUT, "123456789"),
            (env_vars::OUTPUT, "s3cretkey"),
        ] {
            let env = env(&[(env_vars::CONFIG, cfg.to_str().unwrap()), (k, v)]);
            let err = resolve(&Overrides::default(), &env).unwrap_err();
            assert_eq!(err.status().code(), 2, "{k}={v}: {err}");
            let text = err.to_string();
            assert!(text.contains(k) && !text.contains(v), "{text}");
        }
        // What the user typed as a flag is shown.
        let flags = Overrides {
            url: Some("ftp://x".into()),
            ..Default::default()
        };
        let env = env(&[(env_vars::CONFIG, cfg.to_str().unwrap())]);
        assert!(resolve(&flags, &env)
            .unwrap_err()
            .to_string()
            .contains("ftp://x"));
    }

    #[test]
    fn config_file_errors_never_show_a_value() {
        for text in [
            "key = 123456789\n",
            "key = [\"s3cret\"]\n",
            "url = \"s3cret key\"\n",
            "output = \"s3cret\"\n",
            "timeout = \"s3cret\"\n",
            "timeout = 123456789\n",
            "deck = 123456789\n",
            "key = s3cret\n",
        ] {
            let (_dir, env) = with_config(text);
            let err = resolve(&Overrides::default(), &env).unwrap_err();
            let msg = err.to_string();
            assert_eq!(err.status().code(), 2, "{text}: {msg}");
            assert!(
                !msg.contains("s3cret") && !msg.contains("123456789"),
                "{text}: {msg}"
            );
            assert!(msg.contains("config file"), "{msg}");
        }
        let (_dir, env) = with_config("key = 123456789\n");
        let msg = resolve(&Overrides::default(), &env)
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("line 1") && msg.contains("invalid type: integer, expected a string"),
            "{msg}"
        );
    }

    #[test]
    fn an_empty_url_variable_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("none.toml");
        let env = env(&[
            (env_vars::CONFIG, cfg.to_str().unwrap()),
            (env_vars::URL, ""),
        ]);
        let err = resolve(&Overrides::default(), &env).unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(
            err.to_string().contains("ANKI_CLI_URL is set but empty"),
            "{err}"
        );
        // A flag still wins over it.
        let flags = Overrides {
            url: Some("http://127.0.0.1:9".into()),
            ..Default::default()
        };
        assert_eq!(
            resolve(&flags, &env).unwrap().url.value,
            "http://127.0.0.1:9"
        );
    }

    #[test]
    fn bad_urls_are_named_without_their_password() {
        let err = normalize_url("ftp://bob:s3cret@h").unwrap_err().to_string();
        assert!(
            err.contains("ftp://***@h") && !err.contains("s3cret"),
            "{err}"
        );
    }
}
