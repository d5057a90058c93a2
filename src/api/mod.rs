//! The wire layer: for every AnkiConnect action, a pure request builder, by category as the
//! add-on's documentation groups them. Commands build requests here and send them through
//! `client`; nothing here sends anything.

pub mod card;
pub mod deck;
pub mod gui;
pub mod media;
pub mod misc;
pub mod model;
pub mod note;
pub mod reply;
pub mod stats;
