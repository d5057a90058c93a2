//! `note delete` and `note remove-empty`: the destructive note actions, asked about first.

use serde_json::Value;

use crate::api::note::{delete_notes, remove_empty_notes};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::output::Output;

/// Runs `note delete`: the notes of `notes` (IDs, or `-`) with all their cards.
pub fn delete(ctx: &Ctx, notes: &[String], yes: bool) -> Result<Output> {
    ctx.destructive("note delete", yes)?;
    let ids = ctx.ids(notes)?;
    let what = if ids.len() == 1 {
        format!("note {}", ids[0])
    } else {
        format!("{} notes", ids.len())
    };
    ctx.confirm(&format!("Delete {what} and all their cards?"), yes)?;
    ctx.send(delete_notes(&ids))?;
    Ok(Output::Message {
        text: format!("Deleted {what}."),
        result: Value::Null,
    })
}

/// Runs `note remove-empty`: removeEmptyNotes, which removes the note types no note uses.
pub fn remove_empty(ctx: &Ctx, yes: bool) -> Result<Output> {
    ctx.destructive("note remove-empty", yes)?;
    ctx.confirm(
        "Remove every note type that no note uses (this is what removeEmptyNotes does)?",
        yes,
    )?;
    ctx.send(remove_empty_notes())?;
    Ok(Output::Message {
        text: "Removed unused note types.".into(),
        result: Value::Null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn delete_without_yes_off_a_terminal_sends_nothing() {
        let anki = FakeAnki::new();
        let err = delete(&anki.ctx(), &["7".into()], false).unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(anki.sent().is_empty());
    }

    #[test]
    fn delete_with_yes_counts_the_notes() {
        let anki = FakeAnki::new().reply_to("deleteNotes", json!({"notes": [7, 8]}), json!(null));
        let out = delete(&anki.ctx(), &["7".into(), "8".into()], true).unwrap();
        assert!(matches!(out, Output::Message { ref text, .. } if text == "Deleted 2 notes."));
    }
}
