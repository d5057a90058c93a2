//! A file of AnkiConnect note objects, as `note add-batch` and `note can-add --file` read it: a
//! JSON array, or one object per line, with the deck and note type filled in where missing.

use crate::api::note::NewNote;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// Reads the notes of `file` (`-` for stdin) and fills in a missing deckName / modelName from
/// `deck` / `model` or the config file.
pub fn read_notes(
    ctx: &Ctx,
    file: &str,
    deck: Option<&str>,
    model: Option<&str>,
) -> Result<Vec<NewNote>> {
    let origin = if file == "-" { "stdin" } else { file };
    let text = ctx.read_source(file, "notes")?;
    let mut notes = crate::commands::input::parse_json_items(&text, origin, "note")?
        .into_iter()
        .enumerate()
        .map(|(i, note)| {
            serde_json::from_value(note)
                .map_err(|e| CliError::Usage(format!("{origin}: note {}: {e}", i + 1)))
        })
        .collect::<Result<Vec<NewNote>>>()?;
    fill_defaults(ctx, &mut notes, deck, model)?;
    Ok(notes)
}

/// Fills missing deckName / modelName from flags or the config file.
fn fill_defaults(
    ctx: &Ctx,
    notes: &mut [NewNote],
    deck: Option<&str>,
    model: Option<&str>,
) -> Result<()> {
    let deck = ctx.settings.deck_or(deck);
    let model = ctx.settings.model_or(model);
    for (i, note) in notes.iter_mut().enumerate() {
        for (key, slot, default, flag) in [
            ("deckName", &mut note.deck, &deck, "--deck"),
            ("modelName", &mut note.model, &model, "--model"),
        ] {
            if slot.is_none() {
                *slot = Some(default.clone().ok_or_else(|| {
                    CliError::Usage(format!(
                        "note {} has no \"{key}\" and no {flag} default was given",
                        i + 1
                    ))
                })?);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    fn notes(items: serde_json::Value) -> Vec<NewNote> {
        serde_json::from_value(items).unwrap()
    }

    #[test]
    fn defaults_fill_only_what_is_missing_and_a_gap_names_the_note() {
        let anki = FakeAnki::new();
        let mut filled = notes(json!([
            {"fields": {}},
            {"deckName": "Own", "modelName": "Cloze", "fields": {}},
        ]));
        fill_defaults(&anki.ctx(), &mut filled, Some("D"), Some("Basic")).unwrap();
        assert_eq!(filled[0].deck.as_deref(), Some("D"));
        assert_eq!(filled[0].model.as_deref(), Some("Basic"));
        assert_eq!(filled[1].deck.as_deref(), Some("Own"));
        let mut gap = notes(json!([{"deckName": "D", "fields": {}}]));
        let err = fill_defaults(&anki.ctx(), &mut gap, None, None).unwrap_err();
        assert!(
            err.to_string().contains("note 1 has no \"modelName\""),
            "{err}"
        );
        assert_eq!(err.status().code(), 2);
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_note() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        std::fs::write(
            &path,
            "{\"fields\": {\"Front\": \"a\"}}\n{\"fields\": {\"Front\": 1}}\n",
        )
        .unwrap();
        let anki = FakeAnki::new();
        let err = read_notes(
            &anki.ctx(),
            path.to_str().unwrap(),
            Some("D"),
            Some("Basic"),
        )
        .unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(
            err.to_string()
                .contains(": note 2: invalid type: integer `1`"),
            "{err}"
        );
    }
}
