//! anki-cli: a fast, complete, scriptable command-line client for AnkiConnect.
//!
//! Parsing ([`cli`]), request building ([`commands`]), sending ([`client`]) and
//! rendering ([`output`]) are separate steps, each testable alone.

pub mod actions;
pub mod app;
pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod error;
pub mod files;
pub mod generate;
pub mod ids;
pub mod import;
pub mod media_spec;
pub mod output;
pub mod repl;
pub mod request;
pub mod suggest;
pub mod terminal;
pub mod url;
