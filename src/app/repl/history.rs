//! Where the REPL keeps its history, and how much of it.

use std::path::PathBuf;

/// How many lines the history file keeps.
pub const HISTORY_SIZE: usize = 1000;

/// The history file under the platform data directory.
pub fn history_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("anki-cli").join("history.txt"))
}
