//! Requests for AnkiConnect's note and tag actions: one builder per action, pure (no I/O).

use serde_json::{json, Map, Value};

use crate::request::Request;

/// `addNote`
pub fn add_note(note: Value) -> Request {
    Request::new("addNote", json!({ "note": note }))
}

/// `addNotes`
pub fn add_notes(notes: Vec<Value>) -> Request {
    Request::new("addNotes", json!({ "notes": notes }))
}

/// `canAddNote` / `canAddNoteWithErrorDetail`
pub fn can_add_note(note: Value, detail: bool) -> Request {
    let action = if detail {
        "canAddNoteWithErrorDetail"
    } else {
        "canAddNote"
    };
    Request::new(action, json!({ "note": note }))
}

/// `canAddNotes` / `canAddNotesWithErrorDetail`
pub fn can_add_notes(notes: Vec<Value>, detail: bool) -> Request {
    let action = if detail {
        "canAddNotesWithErrorDetail"
    } else {
        "canAddNotes"
    };
    Request::new(action, json!({ "notes": notes }))
}

/// `findNotes`
pub fn find_notes(query: &str) -> Request {
    Request::new("findNotes", json!({ "query": query }))
}

/// `notesInfo` by IDs
pub fn notes_info(notes: &[i64]) -> Request {
    Request::new("notesInfo", json!({ "notes": notes }))
}

/// `notesInfo` by query
pub fn notes_info_query(query: &str) -> Request {
    Request::new("notesInfo", json!({ "query": query }))
}

/// `updateNoteFields` (fields plus optional media in `note`)
pub fn update_note_fields(note: Value) -> Request {
    Request::new("updateNoteFields", json!({ "note": note }))
}

/// `updateNote` (fields and tags)
pub fn update_note(note: Value) -> Request {
    Request::new("updateNote", json!({ "note": note }))
}

/// `updateNoteModel`
pub fn update_note_model(
    id: i64,
    model: &str,
    fields: Map<String, Value>,
    tags: &[String],
) -> Request {
    Request::new(
        "updateNoteModel",
        json!({ "note": {"id": id, "modelName": model, "fields": fields, "tags": tags} }),
    )
}

/// `notesModTime`
pub fn notes_mod_time(notes: &[i64]) -> Request {
    Request::new("notesModTime", json!({ "notes": notes }))
}

/// `deleteNotes`
pub fn delete_notes(notes: &[i64]) -> Request {
    Request::new("deleteNotes", json!({ "notes": notes }))
}

/// `removeEmptyNotes`
pub fn remove_empty_notes() -> Request {
    Request::bare("removeEmptyNotes")
}

/// `getTags`
pub fn get_tags() -> Request {
    Request::bare("getTags")
}

/// `getNoteTags`
pub fn get_note_tags(note: i64) -> Request {
    Request::new("getNoteTags", json!({ "note": note }))
}

/// `updateNoteTags`
pub fn update_note_tags(note: i64, tags: &[String]) -> Request {
    Request::new("updateNoteTags", json!({ "note": note, "tags": tags }))
}

/// `addTags` (tags space-separated, as AnkiConnect takes them)
pub fn add_tags(notes: &[i64], tags: &str) -> Request {
    Request::new("addTags", json!({ "notes": notes, "tags": tags }))
}

/// `removeTags`
pub fn remove_tags(notes: &[i64], tags: &str) -> Request {
    Request::new("removeTags", json!({ "notes": notes, "tags": tags }))
}

/// `replaceTags`
pub fn replace_tags(notes: &[i64], old: &str, new: &str) -> Request {
    Request::new(
        "replaceTags",
        json!({ "notes": notes, "tag_to_replace": old, "replace_with_tag": new }),
    )
}

/// `replaceTagsInAllNotes`
pub fn replace_tags_in_all_notes(old: &str, new: &str) -> Request {
    Request::new(
        "replaceTagsInAllNotes",
        json!({ "tag_to_replace": old, "replace_with_tag": new }),
    )
}

/// `clearUnusedTags`
pub fn clear_unused_tags() -> Request {
    Request::bare("clearUnusedTags")
}

/// `modelFieldNames`
pub fn model_field_names(model: &str) -> Request {
    Request::new("modelFieldNames", json!({ "modelName": model }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let note = json!({
            "deckName": "Default", "modelName": "Basic",
            "fields": {"Front": "front content", "Back": "back content"},
            "options": {"allowDuplicate": false, "duplicateScope": "deck",
                        "duplicateScopeOptions": {"deckName": "Default", "checkChildren": false, "checkAllModels": false}},
            "tags": ["yomichan"]
        });
        let cases = [
            (
                add_note(note.clone()),
                json!({"action": "addNote", "version": 6, "params": {"note": note.clone()}}),
            ),
            (
                add_notes(vec![note.clone()]),
                json!({"action": "addNotes", "version": 6, "params": {"notes": [note.clone()]}}),
            ),
            (
                can_add_notes(vec![note.clone()], false),
                json!({"action": "canAddNotes", "version": 6, "params": {"notes": [note.clone()]}}),
            ),
            (
                can_add_notes(vec![note.clone()], true),
                json!({"action": "canAddNotesWithErrorDetail", "version": 6, "params": {"notes": [note.clone()]}}),
            ),
            (
                can_add_note(note.clone(), true),
                json!({"action": "canAddNoteWithErrorDetail", "version": 6, "params": {"note": note.clone()}}),
            ),
            (
                find_notes("deck:current"),
                json!({"action": "findNotes", "version": 6, "params": {"query": "deck:current"}}),
            ),
            (
                notes_info(&[1502298033753]),
                json!({"action": "notesInfo", "version": 6, "params": {"notes": [1502298033753_i64]}}),
            ),
            (
                notes_info_query("deck:current"),
                json!({"action": "notesInfo", "version": 6, "params": {"query": "deck:current"}}),
            ),
            (
                notes_mod_time(&[1502298033753]),
                json!({"action": "notesModTime", "version": 6, "params": {"notes": [1502298033753_i64]}}),
            ),
            (
                delete_notes(&[1502298033753]),
                json!({"action": "deleteNotes", "version": 6, "params": {"notes": [1502298033753_i64]}}),
            ),
            (
                remove_empty_notes(),
                json!({"action": "removeEmptyNotes", "version": 6}),
            ),
            (
                update_note_fields(
                    json!({"id": 1514547547030_i64, "fields": {"Front": "new front content", "Back": "new back content"}}),
                ),
                json!({"action": "updateNoteFields", "version": 6, "params": {"note": {"id": 1514547547030_i64, "fields": {"Front": "new front content", "Back": "new back content"}}}}),
            ),
            (
                update_note(
                    json!({"id": 1514547547030_i64, "fields": {"Front": "f"}, "tags": ["new"]}),
                ),
                json!({"action": "updateNote", "version": 6, "params": {"note": {"id": 1514547547030_i64, "fields": {"Front": "f"}, "tags": ["new"]}}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
        let mut fields = Map::new();
        fields.insert("Front".into(), json!("new front content"));
        assert_eq!(
            update_note_model(1514547547030, "NewModel", fields, &["new".into()]).to_json(),
            json!({"action": "updateNoteModel", "version": 6, "params": {"note": {"id": 1514547547030_i64, "modelName": "NewModel", "fields": {"Front": "new front content"}, "tags": ["new"]}}})
        );
    }

    #[test]
    fn requests_match_the_reference_samples_2() {
        let cases = [
            (get_tags(), json!({"action": "getTags", "version": 6})),
            (
                get_note_tags(1483959289817),
                json!({"action": "getNoteTags", "version": 6, "params": {"note": 1483959289817_i64}}),
            ),
            (
                update_note_tags(1483959289817, &["european-languages".into()]),
                json!({"action": "updateNoteTags", "version": 6, "params": {"note": 1483959289817_i64, "tags": ["european-languages"]}}),
            ),
            (
                add_tags(&[1483959289817, 1483959291695], "european-languages"),
                json!({"action": "addTags", "version": 6, "params": {"notes": [1483959289817_i64, 1483959291695_i64], "tags": "european-languages"}}),
            ),
            (
                remove_tags(&[1483959289817, 1483959291695], "european-languages"),
                json!({"action": "removeTags", "version": 6, "params": {"notes": [1483959289817_i64, 1483959291695_i64], "tags": "european-languages"}}),
            ),
            (
                replace_tags(
                    &[1483959289817, 1483959291695],
                    "european-languages",
                    "french-languages",
                ),
                json!({"action": "replaceTags", "version": 6, "params": {"notes": [1483959289817_i64, 1483959291695_i64], "tag_to_replace": "european-languages", "replace_with_tag": "french-languages"}}),
            ),
            (
                replace_tags_in_all_notes("european-languages", "french-languages"),
                json!({"action": "replaceTagsInAllNotes", "version": 6, "params": {"tag_to_replace": "european-languages", "replace_with_tag": "french-languages"}}),
            ),
            (
                clear_unused_tags(),
                json!({"action": "clearUnusedTags", "version": 6}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
