//! AnkiConnect's note and tag actions: one typed builder per action (pure, no I/O), the note
//! objects they send ([`NewNote`]) and the shapes of their replies.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::reply::{ModTime, NoteInfo};
use crate::request::Call;

/// A note's field values by field name, in order.
pub type Fields = IndexMap<String, String>;

/// Files attached to a note's fields: each an add-on media object (`data`, `url` or `path`,
/// `filename`, `fields`, …), by kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Media {
    /// Sound files.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audio: Vec<Value>,
    /// Video files.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub video: Vec<Value>,
    /// Images.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub picture: Vec<Value>,
}

/// A new note: the `note` of addNote(s), canAddNote(s) and the Add dialog's actions (where
/// every part may be missing). Keys left out are the add-on's defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewNote {
    /// The deck (`deckName`).
    #[serde(rename = "deckName", skip_serializing_if = "Option::is_none")]
    pub deck: Option<String>,
    /// The note type (`modelName`).
    #[serde(rename = "modelName", skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Field values by name.
    pub fields: Fields,
    /// Tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// How duplicates are judged.
    #[serde(skip_serializing_if = "is_default")]
    pub options: NoteOptions,
    /// Files to attach.
    #[serde(flatten)]
    pub media: Media,
}

/// Where Anki looks for a note's duplicates (`duplicateScope`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DuplicateScope {
    /// The note's deck, or `duplicateScopeOptions.deckName`.
    Deck,
    /// The whole collection (the add-on's default).
    Collection,
}

/// A new note's `options` (each left out when not given).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NoteOptions {
    /// Add the note even if it is a duplicate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_duplicate: Option<bool>,
    /// Where duplicates are looked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_scope: Option<DuplicateScope>,
    /// The deck scope's details.
    #[serde(skip_serializing_if = "is_default")]
    pub duplicate_scope_options: ScopeOptions,
}

/// `duplicateScopeOptions`: which deck the deck scope means, and how far (each left out when
/// not given).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ScopeOptions {
    /// Look in this deck instead of the note's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deck_name: Option<String>,
    /// Also look in the deck's subdecks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check_children: Option<bool>,
    /// Look in every note type, not just the note's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check_all_models: Option<bool>,
}

/// Whether a value is its type's default (an object with nothing in it is left out).
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl NewNote {
    /// The deck its duplicates are looked for in, when it asks for the deck scope.
    pub fn scope_deck(&self) -> Option<&str> {
        (self.options.duplicate_scope == Some(DuplicateScope::Deck)).then(|| {
            let own = self.options.duplicate_scope_options.deck_name.as_ref();
            own.or(self.deck.as_ref()).map_or("", String::as_str)
        })
    }
}

/// Anki's verdict on one note: the reply of canAddNoteWithErrorDetail, an entry of
/// canAddNotesWithErrorDetail.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Verdict {
    /// Whether addNote would add the note.
    #[serde(rename = "canAdd")]
    pub can_add: bool,
    /// Why not, in the add-on's words (empty when it can be added).
    #[serde(default)]
    pub error: String,
}

/// `addNote`: the new note's ID.
pub fn add_note(note: &NewNote) -> Call<i64> {
    Call::new("addNote", json!({ "note": note }))
}

/// `addNotes`: an ID per note (add-ons before 2024 answer null for a note they did not add).
pub fn add_notes(notes: &[NewNote]) -> Call<Vec<Option<i64>>> {
    Call::new("addNotes", json!({ "notes": notes }))
}

/// `canAddNote`: yes or no, without a reason.
pub fn can_add_note(note: &NewNote) -> Call<bool> {
    Call::new("canAddNote", json!({ "note": note }))
}

/// `canAddNoteWithErrorDetail`: yes or no, and why not.
pub fn can_add_note_with_error_detail(note: &NewNote) -> Call<Verdict> {
    Call::new("canAddNoteWithErrorDetail", json!({ "note": note }))
}

/// `canAddNotes`: yes or no per note, without reasons.
pub fn can_add_notes(notes: &[NewNote]) -> Call<Vec<bool>> {
    Call::new("canAddNotes", json!({ "notes": notes }))
}

/// `canAddNotesWithErrorDetail`: a verdict per note.
pub fn can_add_notes_with_error_detail(notes: &[NewNote]) -> Call<Vec<Verdict>> {
    Call::new("canAddNotesWithErrorDetail", json!({ "notes": notes }))
}

/// `findNotes`: the IDs of the notes a search finds.
pub fn find_notes(query: &str) -> Call<Vec<i64>> {
    Call::new("findNotes", json!({ "query": query }))
}

/// `notesInfo` by IDs: an entry per ID (`{}` for an ID that is no note).
pub fn notes_info(notes: &[i64]) -> Call<Vec<NoteInfo>> {
    Call::new("notesInfo", json!({ "notes": notes }))
}

/// `notesInfo` by a search (the newer form of the same action).
pub fn notes_info_query(query: &str) -> Call<Vec<NoteInfo>> {
    Call::new("notesInfo", json!({ "query": query }))
}

/// The `note` object of updateNoteFields and updateNote: ID, fields, media, then tags.
#[derive(Serialize)]
struct NoteUpdate<'a> {
    id: i64,
    fields: Fields,
    #[serde(flatten)]
    media: Media,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<&'a [String]>,
}

/// `updateNoteFields`: changes the given fields (names as the note type spells them) and
/// attaches `media`.
pub fn update_note_fields(id: i64, fields: Fields, media: Media) -> Call<()> {
    let note = NoteUpdate {
        id,
        fields,
        media,
        tags: None,
    };
    Call::new("updateNoteFields", json!({ "note": note }))
}

/// `updateNote`: fields and media as [`update_note_fields`], and all tags replaced by `tags`.
pub fn update_note(id: i64, fields: Fields, media: Media, tags: &[String]) -> Call<()> {
    let note = NoteUpdate {
        id,
        fields,
        media,
        tags: Some(tags),
    };
    Call::new("updateNote", json!({ "note": note }))
}

/// `updateNoteModel`: the note becomes a `model` note with these fields and tags.
pub fn update_note_model(id: i64, model: &str, fields: Fields, tags: &[String]) -> Call<()> {
    Call::new(
        "updateNoteModel",
        json!({ "note": {"id": id, "modelName": model, "fields": fields, "tags": tags} }),
    )
}

/// `notesModTime`: an entry per ID (`{}` for an ID that is no note).
pub fn notes_mod_time(notes: &[i64]) -> Call<Vec<ModTime>> {
    Call::new("notesModTime", json!({ "notes": notes }))
}

/// `deleteNotes`
pub fn delete_notes(notes: &[i64]) -> Call<()> {
    Call::new("deleteNotes", json!({ "notes": notes }))
}

/// `removeEmptyNotes` (which removes unused note types, not notes)
pub fn remove_empty_notes() -> Call<()> {
    Call::bare("removeEmptyNotes")
}

/// `getTags`: every tag of the collection.
pub fn get_tags() -> Call<Vec<String>> {
    Call::bare("getTags")
}

/// `getNoteTags`: one note's tags.
pub fn get_note_tags(note: i64) -> Call<Vec<String>> {
    Call::new("getNoteTags", json!({ "note": note }))
}

/// `updateNoteTags`: all of a note's tags replaced by `tags`.
pub fn update_note_tags(note: i64, tags: &[String]) -> Call<()> {
    Call::new("updateNoteTags", json!({ "note": note, "tags": tags }))
}

/// `addTags` (tags space-separated, as AnkiConnect takes them)
pub fn add_tags(notes: &[i64], tags: &str) -> Call<()> {
    Call::new("addTags", json!({ "notes": notes, "tags": tags }))
}

/// `removeTags` (tags space-separated)
pub fn remove_tags(notes: &[i64], tags: &str) -> Call<()> {
    Call::new("removeTags", json!({ "notes": notes, "tags": tags }))
}

/// `replaceTags`
pub fn replace_tags(notes: &[i64], old: &str, new: &str) -> Call<()> {
    Call::new(
        "replaceTags",
        json!({ "notes": notes, "tag_to_replace": old, "replace_with_tag": new }),
    )
}

/// `replaceTagsInAllNotes`
pub fn replace_tags_in_all_notes(old: &str, new: &str) -> Call<()> {
    Call::new(
        "replaceTagsInAllNotes",
        json!({ "tag_to_replace": old, "replace_with_tag": new }),
    )
}

/// `clearUnusedTags`
pub fn clear_unused_tags() -> Call<()> {
    Call::bare("clearUnusedTags")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    /// Compares built requests with the samples: `(request, action, params)` and, for actions
    /// without params, `(request, action)`.
    fn assert_samples(cases: &[(Value, &str, Value)], bare: &[(Value, &str)]) {
        for (request, action, params) in cases {
            let expected = json!({"action": action, "version": 6, "params": params});
            assert_eq!(request, &expected, "{action}");
        }
        for (request, action) in bare {
            let expected = json!({"action": action, "version": 6});
            assert_eq!(request, &expected, "{action}");
        }
    }

    #[test]
    fn note_requests_match_the_reference_samples() {
        let note = json!({
            "deckName": "Default", "modelName": "Basic",
            "fields": {"Front": "front content", "Back": "back content"},
            "options": {"allowDuplicate": false, "duplicateScope": "deck",
                        "duplicateScopeOptions": {"deckName": "Default", "checkChildren": false, "checkAllModels": false}},
            "tags": ["yomichan"]
        });
        let one = json!({ "note": note.clone() });
        let many = json!({ "notes": [note.clone()] });
        let note: NewNote = serde_json::from_value(note).unwrap();
        let ids = json!({"notes": [1502298033753_i64]});
        let cases = [
            (add_note(&note).to_json(), "addNote", one.clone()),
            (
                add_notes(std::slice::from_ref(&note)).to_json(),
                "addNotes",
                many.clone(),
            ),
            (can_add_note(&note).to_json(), "canAddNote", one.clone()),
            (
                can_add_note_with_error_detail(&note).to_json(),
                "canAddNoteWithErrorDetail",
                one,
            ),
            (
                can_add_notes(std::slice::from_ref(&note)).to_json(),
                "canAddNotes",
                many.clone(),
            ),
            (
                can_add_notes_with_error_detail(&[note]).to_json(),
                "canAddNotesWithErrorDetail",
                many,
            ),
            (
                find_notes("deck:current").to_json(),
                "findNotes",
                json!({"query": "deck:current"}),
            ),
            (
                notes_info(&[1502298033753]).to_json(),
                "notesInfo",
                ids.clone(),
            ),
            (
                notes_info_query("deck:current").to_json(),
                "notesInfo",
                json!({"query": "deck:current"}),
            ),
            (
                notes_mod_time(&[1502298033753]).to_json(),
                "notesModTime",
                ids.clone(),
            ),
            (delete_notes(&[1502298033753]).to_json(), "deleteNotes", ids),
            (
                update_note_fields(
                    1514547547030,
                    fields(&[("Front", "new front content"), ("Back", "new back content")]),
                    Media::default(),
                )
                .to_json(),
                "updateNoteFields",
                json!({"note": {"id": 1514547547030_i64, "fields": {"Front": "new front content", "Back": "new back content"}}}),
            ),
            (
                update_note(
                    1514547547030,
                    fields(&[("Front", "new front content")]),
                    Media::default(),
                    &["new".into(), "updated".into()],
                )
                .to_json(),
                "updateNote",
                json!({"note": {"id": 1514547547030_i64, "fields": {"Front": "new front content"}, "tags": ["new", "updated"]}}),
            ),
            (
                update_note_model(
                    1514547547030,
                    "NewModel",
                    fields(&[("NewField1", "new field 1")]),
                    &["new".into()],
                )
                .to_json(),
                "updateNoteModel",
                json!({"note": {"id": 1514547547030_i64, "modelName": "NewModel", "fields": {"NewField1": "new field 1"}, "tags": ["new"]}}),
            ),
        ];
        let bare = [(remove_empty_notes().to_json(), "removeEmptyNotes")];
        assert_samples(&cases, &bare);
    }

    #[test]
    fn tag_requests_match_the_reference_samples() {
        let notes = [1483959289817, 1483959291695];
        let cases = [
            (
                get_note_tags(1483959289817).to_json(),
                "getNoteTags",
                json!({"note": 1483959289817_i64}),
            ),
            (
                update_note_tags(1483959289817, &["european-languages".into()]).to_json(),
                "updateNoteTags",
                json!({"note": 1483959289817_i64, "tags": ["european-languages"]}),
            ),
            (
                add_tags(&notes, "european-languages").to_json(),
                "addTags",
                json!({"notes": notes, "tags": "european-languages"}),
            ),
            (
                remove_tags(&notes, "european-languages").to_json(),
                "removeTags",
                json!({"notes": notes, "tags": "european-languages"}),
            ),
            (
                replace_tags(&notes, "european-languages", "french-languages").to_json(),
                "replaceTags",
                json!({"notes": notes, "tag_to_replace": "european-languages", "replace_with_tag": "french-languages"}),
            ),
            (
                replace_tags_in_all_notes("european-languages", "french-languages").to_json(),
                "replaceTagsInAllNotes",
                json!({"tag_to_replace": "european-languages", "replace_with_tag": "french-languages"}),
            ),
        ];
        let bare = [
            (get_tags().to_json(), "getTags"),
            (clear_unused_tags().to_json(), "clearUnusedTags"),
        ];
        assert_samples(&cases, &bare);
    }

    #[test]
    fn media_follow_the_fields_and_tags_come_last() {
        let media = Media {
            audio: vec![json!({"url": "u", "filename": "a.mp3", "fields": ["Front"]})],
            ..Media::default()
        };
        let sent = update_note(1, fields(&[("Front", "x")]), media, &["t".into()]).to_json();
        let keys: Vec<&String> = sent["params"]["note"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id", "fields", "audio", "tags"]);
    }

    #[test]
    fn verdicts_decode_with_and_without_a_reason() {
        let v: Vec<Verdict> = serde_json::from_value(json!([
            {"canAdd": true},
            {"canAdd": false, "error": "cannot create note because it is a duplicate"}
        ]))
        .unwrap();
        assert!(v[0].can_add && v[0].error.is_empty());
        assert!(!v[1].can_add && v[1].error.contains("duplicate"));
        assert!(serde_json::from_value::<Verdict>(json!(true)).is_err());
    }
}
