//! Which notes a note refused as a duplicate duplicates, and the words that say so: the existing
//! note's ID and the options that add it anyway (`note add`, `note add-batch`, `note can-add`).

use super::import::duplicate::{dupe_escape, search_escape};
use crate::api::model::find_models_by_name;
use crate::api::note::{find_notes, NewNote};
use crate::commands::context::Ctx;

/// The options that let a duplicate in, for the end of a message.
pub const OPTIONS_HINT: &str = "--allow-duplicate adds it anyway; --duplicate-scope deck looks for duplicates in the target deck only";

/// The same for notes from a file (`note add-batch`), whose options are the note's own.
pub const FILE_OPTIONS_HINT: &str = "a note's \"options\": {\"allowDuplicate\": true} in the file adds it anyway; {\"duplicateScope\": \"deck\"} looks for duplicates in its deck only";

/// Whether AnkiConnect's reason for refusing a note is that it is a duplicate.
pub fn is_duplicate(reason: &str) -> bool {
    reason.contains("is a duplicate")
}

/// The search for the notes Anki counts as duplicates of `note`: the same note type and first
/// field (Anki's own `dupe:`), in the scope's deck when the note's options ask for the deck scope.
fn dupe_query(model_id: i64, first_value: &str, note: &NewNote) -> String {
    let mut query = format!("\"dupe:{model_id},{}\"", dupe_escape(first_value));
    if let Some(deck) = note.scope_deck() {
        let deck = search_escape(deck);
        query.push_str(&format!(" \"deck:{deck}\""));
        if note.options.duplicate_scope_options.check_children != Some(true) {
            query.push_str(&format!(" -\"deck:{deck}::*\""));
        }
    }
    query
}

/// The IDs of the notes `note` duplicates; empty when they cannot be found (the refusal's own
/// words then stand alone).
pub fn existing(ctx: &Ctx, note: &NewNote) -> Vec<i64> {
    let Some(model) = &note.model else {
        return Vec::new();
    };
    let Ok(models) = ctx.send(find_models_by_name(&[model.to_string()])) else {
        return Vec::new();
    };
    let Some(model) = models.first() else {
        return Vec::new();
    };
    let Some(first) = model.fields.first() else {
        return Vec::new();
    };
    let Some(value) = note.fields.get(&first.name) else {
        return Vec::new();
    };
    ctx.send(find_notes(&dupe_query(model.id, value, note)))
        .unwrap_or_default()
}

/// What follows Anki's "cannot create note because it is a duplicate": " of note 1502098034045
/// (same note type and first field)", or of notes …; nothing when none was found.
pub fn duplicates_phrase(ids: &[i64]) -> String {
    let list: Vec<String> = ids.iter().take(5).map(i64::to_string).collect();
    let more = if ids.len() > 5 { ", …" } else { "" };
    match ids {
        [] => String::new(),
        [_] => format!(" of note {} (same note type and first field)", list[0]),
        _ => format!(
            " of notes {}{more} (same note type and first field)",
            list.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_search_follows_the_note_s_duplicate_scope() {
        let typed = |v| serde_json::from_value::<NewNote>(v).unwrap();
        let note = typed(json!({"deckName": "French", "modelName": "Basic"}));
        assert_eq!(dupe_query(7, "chat \"x\"", &note), r#""dupe:7,chat \"x\"""#);
        let scoped = typed(json!({"deckName": "French", "options": {"duplicateScope": "deck"}}));
        assert_eq!(
            dupe_query(7, "chat", &scoped),
            r#""dupe:7,chat" "deck:French" -"deck:French::*""#
        );
        let other = typed(
            json!({"deckName": "French", "options": {"duplicateScope": "deck",
            "duplicateScopeOptions": {"deckName": "All_", "checkChildren": true}}}),
        );
        assert_eq!(
            dupe_query(7, "chat", &other),
            r#""dupe:7,chat" "deck:All\_""#
        );
    }

    #[test]
    fn the_phrase_names_the_notes() {
        assert_eq!(
            duplicates_phrase(&[12]),
            " of note 12 (same note type and first field)"
        );
        assert!(duplicates_phrase(&[1, 2, 3, 4, 5, 6]).contains("notes 1, 2, 3, 4, 5, …"));
        assert_eq!(duplicates_phrase(&[]), "");
    }
}
