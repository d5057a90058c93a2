//! Integration tests: the `anki-cli` binary against the real Anki with the real AnkiConnect add-on
//! (see `anki.rs`), plus in-process stubs for what a real server cannot produce.

// Unix only: the tests start a headless Anki here, and test the Windows exe under Wine from here.
#![cfg(unix)]

mod anki;
mod anki_files;
mod common;

mod agents;
mod card;
mod collection;
mod deck;
mod dry_run;
mod fast_import;
mod foundation;
mod gui;
mod hostile;
mod import;
mod mcp;
mod media;
mod model;
mod newcomer;
mod note;
mod protocol;
mod repl;
mod review;
mod safety;
mod scale;
mod scripts;
mod stats;
mod tag;
mod transport;
mod windows;
