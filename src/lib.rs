//! anki-cli: a fast, complete, scriptable command-line client for AnkiConnect.
//!
//! Layers, top first, each importing only those below it: [`app`] (start-up, the one dispatcher,
//! the REPL) → [`cli`] (the clap tree) → [`commands`] (one module per subcommand group) →
//! [`api`] (a typed request builder per action, and the replies' types) and [`client`] (the
//! transport) → [`request`], [`error`], [`actions`] (the table of all 122 actions). Beside them:
//! [`output`] (the renderer), [`config`] (settings) and [`terminal`].

#![warn(missing_docs)]

pub mod actions;
pub mod api;
pub mod app;
pub mod autostart;
pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod error;
pub mod error_data;
pub mod files;
pub mod generate;
pub mod ids;
pub mod limits;
pub mod media_spec;
pub mod output;
pub mod reply_stream;
pub mod request;
pub mod row_error;
pub mod stand_in;
pub mod suggest;
pub mod temp;
pub mod terminal;
pub mod url;
