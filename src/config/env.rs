//! The environment variables anki-cli reads, and a snapshot of them (so resolution is testable).

use std::collections::HashMap;

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
    /// A program run when nothing listens at the URL, before trying again (`scripts/run` sets it).
    pub const START: &str = "ANKI_CLI_START";
    /// Items per request of the commands that read in chunks (for tests; not documented for
    /// users).
    pub const CHUNK: &str = "ANKI_CLI_CHUNK";
    /// Milliseconds a note from which an import calls Anki's duplicate check slow (for tests;
    /// not documented for users).
    pub const SLOW_CHECK_MS: &str = "ANKI_CLI_SLOW_CHECK_MS";
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
        self.get_set(name).filter(|v| !v.is_empty())
    }

    /// A variable's value if it is set, even when empty.
    pub fn get_set(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}
