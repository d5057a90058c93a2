//! anki-cli: a fast, complete, scriptable command-line client for AnkiConnect.
//!
//! Parsing ([`cli`]), request building ([`commands`]), sending ([`client`]) and
//! rendering ([`output`]) are separate steps, each testable alone.

pub mod actions;
pub mod api;
pub mod app;
pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod error;
pub mod files;
pub mod generate;
pub mod ids;
pub mod media_spec;
pub mod output;
pub mod request;
pub mod suggest;
pub mod terminal;
pub mod url;
