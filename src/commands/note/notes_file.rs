//! A file of AnkiConnect note objects, as `note add-batch` and `note can-add --file` read it: a
//! JSON array, or one object per line, with the deck and note type filled in where missing.

use serde_json::{json, Value};

use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// Reads the notes of `file` (`-` for stdin) and fills in a missing deckName / modelName from
/// `deck` / `model` or the config file.
pub fn read_notes(
    ctx: &Ctx,
    file: &str,
    deck: Option<&str>,
    model: Option<&str>,
) -> Result<Vec<Value>> {
    let origin = if file == "-" { "stdin" } else { file };
    let text = ctx.read_source(file, "notes")?;
    let mut notes = crate::commands::input::parse_json_items(&text, origin, "note")?;
    fill_defaults(ctx, &mut notes, deck, model)?;
    Ok(notes)
}

/// Fills missing deckName / modelName from flags or the config file.
fn fill_defaults(
    ctx: &Ctx,
    notes: &mut [Value],
    deck: Option<&str>,
    model: Option<&str>,
) -> Result<()> {
    let deck = ctx.settings.deck_or(deck);
    let model = ctx.settings.model_or(model);
    for (i, note) in notes.iter_mut().enumerate() {
        let obj = note.as_object_mut().expect("checked to be objects");
        for (key, default, flag) in [
            ("deckName", &deck, "--deck"),
            ("modelName", &model, "--model"),
        ] {
            if !obj.contains_key(key) {
                let value = default.clone().ok_or_else(|| {
                    CliError::Usage(format!(
                        "note {} has no \"{key}\" and no {flag} default was given",
                        i + 1
                    ))
                })?;
                obj.insert(key.into(), json!(value));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;

    #[test]
    fn defaults_fill_only_what_is_missing_and_a_gap_names_the_note() {
        let anki = FakeAnki::new();
        let mut notes = vec![
            json!({"fields": {}}),
            json!({"deckName": "Own", "modelName": "Cloze", "fields": {}}),
        ];
        fill_defaults(&anki.ctx(), &mut notes, Some("D"), Some("Basic")).unwrap();
        assert_eq!(notes[0]["deckName"], "D");
        assert_eq!(notes[0]["modelName"], "Basic");
        assert_eq!(notes[1]["deckName"], "Own");
        let mut notes = vec![json!({"deckName": "D", "fields": {}})];
        let err = fill_defaults(&anki.ctx(), &mut notes, None, None).unwrap_err();
        assert!(
            err.to_string().contains("note 1 has no \"modelName\""),
            "{err}"
        );
        assert_eq!(err.status().code(), 2);
    }
}
