//! The parts of AnkiConnect's replies the import reads (notesInfo, multi, canAddNotes, a deck's
//! options), until the typed builders of `api/` give them.

use std::collections::HashMap;

use serde::de::IgnoredAny;
use serde::Deserialize;

/// One inner reply of `multi` (inner actions are sent as version 6).
#[derive(Debug, Deserialize)]
pub struct Inner<T> {
    /// The action's result.
    pub result: Option<T>,
    /// The action's error, if it failed.
    pub error: Option<String>,
}

/// The parts of a notesInfo entry an update needs (`{}` for a missing note).
#[derive(Debug, Deserialize)]
pub struct NoteInfo {
    /// The note's ID (missing for a note that is not there).
    #[serde(rename = "noteId")]
    pub note_id: Option<i64>,
    /// Its note type.
    #[serde(rename = "modelName", default)]
    pub model_name: Option<String>,
    /// Its fields by name.
    #[serde(default)]
    pub fields: HashMap<String, FieldValue>,
    /// Its tags.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A field's value in notesInfo.
#[derive(Debug, Deserialize)]
pub struct FieldValue {
    /// The field's content (HTML).
    pub value: String,
}

/// A note as the duplicate index reads it from notesInfo: its note type and its fields in order.
#[derive(Debug, Deserialize)]
pub struct IndexedNote {
    /// Its note type.
    #[serde(rename = "modelName", default)]
    pub model_name: String,
    /// Its fields by name, each with its position.
    #[serde(default)]
    pub fields: HashMap<String, OrderedField>,
}

/// A field of notesInfo with its position.
#[derive(Debug, Deserialize)]
pub struct OrderedField {
    /// The field's content (HTML).
    pub value: String,
    /// Its position in the note type.
    pub order: usize,
}

/// Anki's verdict on one note, an item of canAddNotesWithErrorDetail's reply (the same shape as
/// `note add`'s, which lives in `note/mod.rs`, above this module: the typed builder in
/// `api/note.rs` is to give both).
// typed builder: canAddNotesWithErrorDetail
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Verdict {
    /// Whether addNote would add the note.
    #[serde(rename = "canAdd")]
    pub can_add: bool,
    /// Why not, in the add-on's words (empty when it can be added).
    #[serde(default)]
    pub error: String,
}

/// What `note import --fast` reads of a deck's options group (getDeckConfig, typed in
/// `api/deck.rs` as a map): whether the deck is filtered.
#[derive(Debug, Deserialize)]
pub struct DeckKind {
    #[serde(rename = "dyn", default)]
    dynamic: Option<Flag>,
}

/// A flag Anki writes as a boolean or as 0/1.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Flag {
    Bool(bool),
    Number(i64),
    Other(IgnoredAny),
}

impl DeckKind {
    /// Whether the deck is a filtered deck.
    pub fn filtered(&self) -> bool {
        matches!(self.dynamic, Some(Flag::Bool(true)) | Some(Flag::Number(1)))
    }
}
