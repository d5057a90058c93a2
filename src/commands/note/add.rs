//! `note add` and `note add-batch`: notes added, and a refused batch explained note by note.

use std::collections::HashMap;

use super::duplicate::{
    duplicates_phrase, existing, is_duplicate, FILE_OPTIONS_HINT, OPTIONS_HINT,
};
use super::import::duplicate::duplicate_key;
use super::notes_file::read_notes;
use super::spec::{build_note_storing, NoteSpecArgs};
use crate::api::note::{add_note, add_notes, can_add_notes_with_error_detail, NewNote};
use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::Output;

/// Runs `note add`: one note from the flags; prints its ID.
pub fn add(ctx: &Ctx, args: &NoteSpecArgs) -> Result<Output> {
    let note = build_note_storing(ctx, args, true)?;
    match ctx.send(add_note(&note)) {
        // Anki's words name no note: say which one it duplicates, and how to add it anyway.
        Err(CliError::Action { action, message }) if is_duplicate(&message) => {
            Err(CliError::Action {
                action,
                message: format!(
                    "{message}{}; {OPTIONS_HINT}",
                    duplicates_phrase(&existing(ctx, &note))
                ),
            })
        }
        other => Ok(Output::id(other?)),
    }
}

/// Runs `note add-batch`: the notes of a file in one addNotes; prints their IDs.
pub fn add_batch(
    ctx: &Ctx,
    file: &str,
    deck: Option<&str>,
    model: Option<&str>,
) -> Result<Outcome> {
    let notes = read_notes(ctx, file, deck, model)?;
    let total = notes.len();
    // An ID per note; add-ons before 2024 answer null for a note they did not add.
    let (items, result) = match ctx.send_each(add_notes(&notes), total) {
        Err(CliError::Action { action, message }) => {
            return Err(explain_refused_batch(ctx, notes, action, message))
        }
        other => other?,
    };
    let failed: Vec<String> = items
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_none())
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    let output = Output::IdsOf {
        ids: items.iter().flatten().copied().collect(),
        result,
    };
    if failed.is_empty() {
        return Ok(output.into());
    }
    Ok(Outcome {
        output,
        failure: Some(CliError::Partial(format!(
            "{} of {} notes were not added (entries {}); check them with `anki-cli note can-add --file`",
            failed.len(),
            items.len(),
            failed.join(", ")
        ))),
        more: None,
    })
}

/// addNotes failed, so nothing was added, and the add-on's error lists reasons without saying
/// which note each belongs to (`['cannot create note because it is a duplicate']`). One
/// canAddNotesWithErrorDetail names the notes; if that fails too, the add-on's words stand.
fn explain_refused_batch(
    ctx: &Ctx,
    notes: Vec<NewNote>,
    action: String,
    message: String,
) -> CliError {
    let total = notes.len();
    let verdicts = ctx
        .send_each(can_add_notes_with_error_detail(&notes), total)
        .ok()
        .map(|(v, _)| v);
    let mut duplicates = 0;
    let Some(verdicts) = verdicts else {
        return CliError::Action { action, message };
    };
    // Anki judges each note against the collection only: a note repeating an earlier one of
    // the batch passes that check, and the add-on refuses it inside addNotes.
    let addable: Vec<usize> = (0..verdicts.len())
        .filter(|&i| verdicts[i].can_add)
        .collect();
    let repeats = if addable.len() > 1 {
        repeats_in_batch(ctx, &notes, &addable)
    } else {
        Default::default()
    };
    let refused: Vec<String> = verdicts
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| match (v.can_add, repeats.get(&i)) {
            (false, _) if is_duplicate(&v.error) && duplicates < 20 => {
                duplicates += 1;
                let ids = existing(ctx, &notes[i]);
                Some(format!(
                    "  note {}: {}{}",
                    i + 1,
                    v.error,
                    duplicates_phrase(&ids)
                ))
            }
            (false, _) => Some(format!("  note {}: {}", i + 1, v.error)),
            (true, Some(first)) => Some(format!(
                "  note {}: {} (of note {} of this batch)",
                i + 1,
                crate::commands::note::import::send::DUPLICATE,
                first + 1
            )),
            (true, None) => None,
        })
        .collect();
    if refused.is_empty() {
        return CliError::Action { action, message };
    }
    let hint = if duplicates > 0 {
        format!("\n{FILE_OPTIONS_HINT}")
    } else {
        String::new()
    };
    CliError::Action {
        action,
        message: format!(
            "nothing was added (the add-on adds all notes or none); {} of {total} notes cannot be added:\n{}{hint}",
            refused.len(),
            refused.join("\n")
        ),
    }
}

/// The notes (of those at `indices`) that repeat an earlier one in Anki's eyes (same note type
/// and first field without HTML, in the same deck when the note asks for deck scope), each with
/// the index of the note it repeats. Notes that allow duplicates repeat nothing.
fn repeats_in_batch(ctx: &Ctx, notes: &[NewNote], indices: &[usize]) -> HashMap<usize, usize> {
    let mut first_fields: HashMap<String, Option<String>> = HashMap::new();
    let mut seen = HashMap::new();
    let mut repeats = HashMap::new();
    for &i in indices {
        let note = &notes[i];
        if note.options.allow_duplicate == Some(true) {
            continue;
        }
        let model = note.model.clone().unwrap_or_default();
        let first = first_fields.entry(model.clone()).or_insert_with(|| {
            let names = ctx.send(crate::api::model::model_field_names(&model));
            names.ok().and_then(|names| names.into_iter().next())
        });
        let Some(value) = first.as_ref().and_then(|f| note.fields.get(f)) else {
            continue;
        };
        let deck = note.scope_deck().unwrap_or_default().to_string();
        let earlier = *seen.entry((model, duplicate_key(value), deck)).or_insert(i);
        if earlier != i {
            repeats.insert(i, earlier);
        }
    }
    repeats
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::commands::note::spec::FieldArgs;
    use crate::output::Format;
    use serde_json::json;

    fn spec(fields: &[&str]) -> NoteSpecArgs {
        NoteSpecArgs {
            deck: Some("Default".into()),
            model: Some("Basic".into()),
            fields: FieldArgs {
                fields: fields.iter().map(|f| f.to_string()).collect(),
                ..Default::default()
            },
            tags: vec!["a b".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_duplicate_names_the_note_it_duplicates_and_the_options() {
        let anki = FakeAnki::new()
            .reply("modelFieldNames", json!(["Front", "Back"]))
            .fail("addNote", "cannot create note because it is a duplicate")
            .reply(
                "findModelsByName",
                json!([{"id": 5, "name": "Basic", "css": "", "flds": [{"name": "Front"}, {"name": "Back"}], "tmpls": []}]),
            )
            .reply_to("findNotes", json!({"query": "\"dupe:5,chat\""}), json!([1502098034045_i64]));
        let err = add(&anki.ctx(), &spec(&["Front=chat", "Back=cat"])).unwrap_err();
        assert_eq!(err.status().code(), 1);
        let text = err.to_string();
        for part in [
            "addNote: cannot create note because it is a duplicate of note 1502098034045",
            "--allow-duplicate",
            "--duplicate-scope",
        ] {
            assert!(text.contains(part), "{part}: {text}");
        }
    }

    #[test]
    fn add_spells_field_names_as_the_note_type_does() {
        let anki = FakeAnki::new()
            .reply_to(
                "modelFieldNames",
                json!({"modelName": "Basic"}),
                json!(["Front", "Back"]),
            )
            .reply("addNote", json!(42));
        let out = add(&anki.ctx(), &spec(&["front=chat", "BACK=cat"])).unwrap();
        assert_eq!(rendered(&out, Format::Ids), "42\n");
        assert_eq!(
            anki.params_of("addNote")[0],
            json!({"note": {"deckName": "Default", "modelName": "Basic",
                            "fields": {"Front": "chat", "Back": "cat"}, "tags": ["a", "b"]}})
        );
    }

    #[test]
    fn add_refuses_an_unknown_field_before_sending() {
        let anki = FakeAnki::new().reply("modelFieldNames", json!(["Front", "Back"]));
        let err = add(&anki.ctx(), &spec(&["Side=x"])).unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(err.to_string().contains("'Side'"), "{err}");
        assert_eq!(anki.sent(), ["modelFieldNames"], "no addNote");
    }

    #[test]
    fn add_names_the_nearest_note_type_when_it_is_unknown() {
        let anki = FakeAnki::new()
            .fail("modelFieldNames", "model was not found: Basik")
            .reply("modelNames", json!(["Basic", "Cloze"]));
        let mut args = spec(&["Front=x"]);
        args.model = Some("Basik".into());
        let err = add(&anki.ctx(), &args).unwrap_err().to_string();
        assert!(err.contains("did you mean 'Basic'"), "{err}");
    }

    fn batch_file(dir: &tempfile::TempDir) -> String {
        let path = dir.path().join("notes.json");
        std::fs::write(
            &path,
            r#"[{"fields": {"Front": "a"}}, {"deckName": "X", "fields": {"Front": "b"}}]"#,
        )
        .unwrap();
        path.display().to_string()
    }

    #[test]
    fn add_batch_reports_the_notes_an_old_add_on_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let anki = FakeAnki::new().reply("addNotes", json!([11, null]));
        let out = add_batch(&anki.ctx(), &batch_file(&dir), Some("D"), Some("Basic")).unwrap();
        assert_eq!(rendered(&out.output, Format::Ids), "11\n");
        let failure = out.failure.unwrap();
        assert_eq!(failure.status().code(), 5);
        assert!(failure
            .to_string()
            .contains("1 of 2 notes were not added (entries 2)"));
        let sent = &anki.params_of("addNotes")[0]["notes"];
        assert_eq!(sent[0]["deckName"], "D");
        assert_eq!(sent[1]["deckName"], "X");
    }

    /// Anki refusing a batch's addNotes as a duplicate, and answering its checks with `checks`.
    fn refused_batch(checks: serde_json::Value) -> FakeAnki {
        FakeAnki::new()
            .fail(
                "addNotes",
                "['cannot create note because it is a duplicate']",
            )
            .reply("canAddNotesWithErrorDetail", checks)
    }

    #[test]
    fn a_refused_batch_names_each_refused_note() {
        let dir = tempfile::tempdir().unwrap();
        let anki =
            refused_batch(json!([{"canAdd": true}, {"canAdd": false, "error": "duplicate"}]));
        let err = add_batch(&anki.ctx(), &batch_file(&dir), Some("D"), Some("Basic"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("1 of 2 notes cannot be added:\n  note 2: duplicate"),
            "{err}"
        );
    }

    #[test]
    fn a_duplicate_inside_the_batch_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        std::fs::write(
            &path,
            r#"[{"fields": {"Front": "a", "Back": "1"}}, {"fields": {"Front": "b"}},
                {"fields": {"Front": "<b>a</b>", "Back": "2"}}]"#,
        )
        .unwrap();
        let anki = refused_batch(json!([{"canAdd": true}, {"canAdd": true}, {"canAdd": true}]))
            .reply("modelFieldNames", json!(["Front", "Back"]));
        let err = add_batch(
            &anki.ctx(),
            path.to_str().unwrap(),
            Some("D"),
            Some("Basic"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("1 of 3 notes cannot be added:\n  note 3: cannot create note because it is a duplicate (of note 1 of this batch)"),
            "{err}"
        );
    }
}
