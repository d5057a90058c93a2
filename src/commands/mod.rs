//! The commands, one module per group of subcommands. Each returns data for the renderer; the
//! dispatcher in `app` picks one for a parsed command line. Shared by all: the [`context`] a command
//! runs in, the [`input`] it reads, and the [`safety`] gate before anything destructive, and [`chunks`] for reads of many IDs.

pub mod api;
pub mod card;
pub mod chunks;
pub mod collection;
pub mod context;
pub mod deck;
pub mod existing;
#[cfg(test)]
pub mod fake_anki;
pub mod gui;
pub mod input;
pub mod media;
pub mod misc;
pub mod model;
pub mod multi;
pub mod note;
pub mod review;
pub mod safety;
pub mod settings;
pub mod stats;
pub mod tag;
