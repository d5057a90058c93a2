//! Checks one setting's value. Errors name where a value came from; they show it only when the
//! user typed it (a flag, a REPL `set`), never a value from the environment or the config file
//! (it could be a misplaced API key).

use std::path::Path;

use crate::error::{CliError, Result};
use crate::output::Format;
use crate::url::redact_url;

/// Normalizes a URL: adds `http://` when no scheme is given and checks it parses.
pub fn normalize_url(raw: &str) -> Result<String> {
    check_url(raw)
        .ok_or_else(|| {
            CliError::Usage(format!(
                "invalid AnkiConnect URL '{}' (expected e.g. http://127.0.0.1:8765)",
                redact_url(raw)
            ))
        })
        .and_then(reachable)
}

/// Like [`normalize_url`] for a value from the environment or the config file: its error names
/// where the value came from and never shows it.
pub fn normalize_url_from(raw: &str, source: &str) -> Result<String> {
    check_url(raw)
        .ok_or_else(|| {
            CliError::Usage(format!(
                "invalid AnkiConnect URL in {source} ({}; expected e.g. http://127.0.0.1:8765)",
                describe(raw)
            ))
        })
        .and_then(reachable)
}

/// An https URL is refused by name in a build without TLS (the `tls` feature, on by default).
fn reachable(url: String) -> Result<String> {
    if cfg!(feature = "tls")
        || !url
            .get(..8)
            .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
    {
        return Ok(url);
    }
    Err(CliError::Usage(
        "this anki-cli was built without TLS, so it cannot reach an https:// AnkiConnect: use \
         http://, or build it with https, the default (`cargo install --path . --locked`, see the \
         README's Install)"
            .into(),
    ))
}

/// The URL of `ANKI_CLI_URL`: set but empty is an error of its own.
pub fn env_url(raw: &str, var: &str) -> Result<String> {
    if raw.is_empty() {
        return Err(CliError::Usage(format!(
            "{var} is set but empty: give AnkiConnect's URL (e.g. http://127.0.0.1:8765) or unset it"
        )));
    }
    normalize_url_from(raw, var)
}

/// The URL with a scheme, if it is an http(s) URL with a host.
fn check_url(raw: &str) -> Option<String> {
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    match reqwest::Url::parse(&with_scheme) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            Some(with_scheme)
        }
        _ => None,
    }
}

/// A bad value described without showing it: its length, and whether it is empty.
fn describe(raw: &str) -> String {
    match raw.chars().count() {
        0 => "the value is empty".into(),
        n => format!("a value of {n} characters, not shown in case it is a key"),
    }
}

/// Checks a timeout; only a flag's value is shown in the error.
pub fn parse_timeout(raw: f64, what: &str) -> Result<f64> {
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

/// The timeout of an environment variable, given as text.
pub fn env_timeout(raw: &str, var: &str) -> Result<f64> {
    let parsed = raw.parse::<f64>().map_err(|_| {
        CliError::Usage(format!(
            "invalid {var} ({}): give seconds, e.g. 60",
            describe(raw)
        ))
    })?;
    parse_timeout(parsed, var)
}

/// Parses an output format from the environment or the config file.
pub fn parse_format(name: &str, what: &str) -> Result<Format> {
    use clap::ValueEnum;
    Format::from_str(name, true).map_err(|_| {
        CliError::Usage(format!(
            "invalid output format from {what} ({}): use auto, table, json, ids or tsv",
            describe(name)
        ))
    })
}

/// The API key in a `--key-file`, trimmed; an unreadable or empty file is an error.
pub fn read_key_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::Usage(format!("cannot read --key-file {}: {e}", path.display())))?;
    let key = text.trim().to_string();
    if key.is_empty() {
        return Err(CliError::Usage(format!(
            "--key-file {} is empty",
            path.display()
        )));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_needs_a_build_with_tls() {
        let url = normalize_url("HTTPS://anki.example:8443");
        if cfg!(feature = "tls") {
            assert_eq!(url.unwrap(), "HTTPS://anki.example:8443");
        } else {
            let err = url.unwrap_err();
            assert!(err.to_string().contains("without TLS"), "{err}");
            assert_eq!(err.status().code(), 2);
        }
        assert!(normalize_url("http://127.0.0.1:8765").is_ok());
    }

    #[test]
    fn bad_urls_are_named_without_their_password() {
        let err = normalize_url("ftp://bob:s3cret@h").unwrap_err().to_string();
        assert!(
            err.contains("ftp://***@h") && !err.contains("s3cret"),
            "{err}"
        );
    }

    #[test]
    fn only_a_flags_value_is_shown() {
        assert_eq!(normalize_url("h:1").unwrap(), "http://h:1");
        let flag = parse_timeout(0.0, "--timeout").unwrap_err().to_string();
        assert!(flag.contains("invalid timeout 0 from --timeout"), "{flag}");
        let env = env_timeout("99999999", "ANKI_CLI_TIMEOUT")
            .unwrap_err()
            .to_string();
        assert!(!env.contains("99999999"), "{env}");
        let empty = env_url("", "ANKI_CLI_URL").unwrap_err().to_string();
        assert!(empty.contains("ANKI_CLI_URL is set but empty"), "{empty}");
    }
}
