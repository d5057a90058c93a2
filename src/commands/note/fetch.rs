//! One note's notesInfo entry, for the commands that read a note before changing it
//! (`note update`, `note update-model`, `note edit`).

use crate::api::note::notes_info;
use crate::api::reply::NoteInfo;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// Fetches one note's notesInfo entry; an unknown ID is an error.
pub fn fetch_note(ctx: &Ctx, id: i64) -> Result<NoteInfo> {
    let (mut info, _) = ctx.send_each(notes_info(&[id]), 1)?;
    match info.pop() {
        Some(note) if note.note_id.is_some() => Ok(note),
        _ => Err(CliError::Refused(format!("Note was not found: {id}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn an_unknown_id_is_refused_and_a_note_is_decoded() {
        let anki = FakeAnki::new()
            .reply_to("notesInfo", json!({"notes": [5]}), json!([{}]))
            .reply_to(
                "notesInfo",
                json!({"notes": [7]}),
                json!([{"noteId": 7, "modelName": "Basic", "tags": [], "cards": [],
                        "fields": {"Front": {"value": "f", "order": 0}}}]),
            );
        let err = fetch_note(&anki.ctx(), 5).unwrap_err();
        assert_eq!(err.to_string(), "Note was not found: 5");
        assert_eq!(fetch_note(&anki.ctx(), 7).unwrap().field("Front"), "f");
    }
}
