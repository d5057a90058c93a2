//! The interactive session: the same parser and dispatcher as the one-shot CLI, line by line.

pub mod complete;
pub mod help;
pub mod history;
pub mod line;
pub mod run_line;
pub mod session_loop;
pub mod settings;
