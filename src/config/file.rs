//! The config file: where it is, its keys, and TOML parsing whose errors name the line and
//! column but never a value.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::env::{env_vars, Env};
use crate::error::{CliError, Result};

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

/// Reads and parses the config file; a missing file is `None`.
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

/// The 1-based line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_line_and_column_without_the_value() {
        let path = Path::new("c.toml");
        let msg = parse_file(path, "url = \"http://x\"\ntimeout = = 3\n")
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("config file c.toml at line 2, column"),
            "{msg}"
        );
        let msg = parse_file(path, "key = 123456789\n")
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("line 1") && msg.contains("invalid type: integer, expected a string"),
            "{msg}"
        );
        assert!(!msg.contains("123456789"), "{msg}");
    }

    #[test]
    fn a_missing_file_is_no_file() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load_file(&dir.path().join("none.toml")).unwrap().is_none());
    }
}
