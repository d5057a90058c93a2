//! `note import`: CSV/TSV rows into notes, checked first, sent in chunks, resumable.
//!
//! Pass 1 streams the file and checks every row; any problem stops the import before
//! anything is sent. Pass 2 streams it again and sends chunks: Anki judges each chunk first
//! (canAddNotesWithErrorDetail) and only the rows it accepts go to addNotes, so the add-on
//! never adds and rolls back a chunk. Duplicates are judged by Anki itself, so re-running an
//! interrupted import adds each remaining row once.

pub mod apkg;
pub mod catalog;
pub mod check;
pub mod duplicate;
pub mod errors;
pub mod fast;
pub mod fast_model;
pub mod locate;
pub mod media_names;
pub mod options;
pub mod prepare;
pub mod read;
pub mod send;
pub mod tally;
pub mod update;

use serde_json::json;

use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::Output;
use catalog::Catalog;
use errors::ErrorsFile;
pub use options::ImportArgs;
use options::OnInvalid;
use prepare::{Column, Defaults, Layout};
use read::{FileFormat, Input};
use send::Importer;
use tally::Tally;

/// Runs `note import`.
pub fn run(args: &ImportArgs, ctx: &Ctx) -> Result<Outcome> {
    let delimiter = match args.delimiter {
        Some(c) if c.is_ascii() && c != '"' && c != '\n' => c as u8,
        Some(c) => {
            return Err(CliError::Usage(format!(
                "--delimiter must be one ASCII character other than a quote, got '{c}'"
            )))
        }
        None => args
            .format
            .unwrap_or_else(|| FileFormat::from_path(&args.file))
            .delimiter(),
    };
    let maps = args
        .maps
        .iter()
        .map(|m| {
            m.split_once('=')
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| CliError::Usage("--map takes COLUMN=FIELD".into()))?;
    let defaults = Defaults {
        deck: ctx.settings.deck_or(args.deck.as_deref()),
        model: ctx.settings.model_or(args.model.as_deref()),
        tags: args
            .tags
            .as_deref()
            .map(|t| t.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
    };
    let input = Input::open(&args.file)?;
    if let Some(path) = &args.errors {
        ErrorsFile::refuse_existing(path, args.force)?;
    }
    let mut catalog = Catalog::fetch(ctx)?;

    // The layout: from the header, or from the note type's fields.
    let mut rows = input.rows(delimiter)?;
    let layout = if args.no_header {
        let model = defaults.model.clone().ok_or_else(|| {
            CliError::Usage("--no-header needs --model (or `model` in the config file)".into())
        })?;
        let fields = catalog
            .fields(Some(ctx), &model)?
            .ok_or_else(|| CliError::Refused(format!("model was not found: {model}")))?;
        Layout::from_fields(&fields)
    } else {
        match rows.next_row() {
            None => return Err(CliError::Usage(format!("{} is empty", input.name))),
            Some(header) => Layout::from_header(&header?.1, &maps)?,
        }
    };
    if !layout.columns.iter().any(|c| matches!(c, Column::Field(_))) {
        return Err(CliError::Usage("no column names a note field".into()));
    }

    // Pass 1: check every row, send nothing; rows with problems go to the errors file.
    let errors = match &args.errors {
        Some(path) => Some(ErrorsFile::create(path, args.force, &layout.names)?),
        None => None,
    };
    let mut tally = Tally::new(args, errors);
    let checked = check::check_rows(
        &mut rows,
        &layout,
        &defaults,
        &mut catalog,
        ctx,
        args.create_decks,
        &mut tally,
    )?;
    if !checked.invalid.is_empty() && args.on_invalid == OnInvalid::Abort {
        let errors = tally.flush_errors()?;
        return Err(CliError::Usage(
            checked.report(&input.name, errors.as_deref()),
        ));
    }
    if checked.valid == 0 && checked.invalid.is_empty() {
        return Ok(Output::Message {
            text: "No rows to import.".into(),
            result: json!({"rows": 0}),
        }
        .into());
    }
    for deck in &checked.to_create {
        if !ctx.dry_run {
            ctx.call(crate::api::deck::create_deck(deck))?;
            catalog.add_deck(deck);
        }
        tally.created(deck);
    }

    // Pass 2: send in chunks (the rows pass 1 left out are skipped).
    let mut rows = input.rows(delimiter)?;
    if !args.no_header {
        rows.next_row();
    }
    let mut importer = Importer::new(ctx, args, tally);
    importer.start(checked.valid);
    let mut fast = (args.fast && !ctx.dry_run).then(|| fast::FastPath::new(ctx, args));
    let mut chunk = Vec::with_capacity(args.batch as usize);
    while let Some(row) = rows.next_row() {
        if checked.invalid.contains(&rows.last_number()) {
            continue;
        }
        let (number, cells) = row?;
        let prepared = prepare::check(number, cells, &layout, &defaults, &mut catalog, Some(ctx))
            .map_err(|p| CliError::Usage(p.to_string()))?;
        chunk.push(prepared);
        if chunk.len() == args.batch as usize {
            let chunk = std::mem::take(&mut chunk);
            match &mut fast {
                Some(fast) => fast.send_chunk(&mut importer, chunk, &mut catalog)?,
                None => importer.send_chunk(chunk, &mut catalog)?,
            }
        }
    }
    match (&mut fast, chunk.is_empty()) {
        (_, true) => {}
        (Some(fast), false) => fast.send_chunk(&mut importer, chunk, &mut catalog)?,
        (None, false) => importer.send_chunk(chunk, &mut catalog)?,
    }
    if let Some(fast) = fast {
        fast.finish(&mut importer, &mut catalog)?;
    }
    importer.finish()
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use crate::error::ExitStatus;

    /// Imports `csv` into deck Default as Basic notes, with `flags` besides.
    fn import(anki: &FakeAnki, csv: &str, flags: &[&str]) -> Result<Outcome> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("words.csv");
        std::fs::write(&path, csv).unwrap();
        let mut line = vec![
            "import",
            path.to_str().unwrap(),
            "-d",
            "Default",
            "-m",
            "Basic",
        ];
        line.extend_from_slice(flags);
        run(&options::parsed(&line), &anki.ctx())
    }

    /// A fake Anki with deck Default and note type Basic (Front, Back).
    fn anki() -> FakeAnki {
        FakeAnki::new()
            .reply("deckNames", json!(["Default"]))
            .reply("modelNamesAndIds", json!({"Basic": 1700000000001i64}))
            .reply("modelFieldNames", json!(["Front", "Back"]))
    }

    fn summary(outcome: &Outcome) -> (&str, &Value) {
        match &outcome.output {
            Output::Message { text, result } => (text, result),
            other => panic!("not a message: {other:?}"),
        }
    }

    #[test]
    fn rows_anki_accepts_are_added_after_one_check() {
        let anki = anki()
            .reply("findNotes", json!([]))
            .reply(
                "canAddNotesWithErrorDetail",
                json!([{"canAdd": true}, {"canAdd": true}]),
            )
            .reply("addNotes", json!([11, 12]));
        let outcome = import(&anki, "Front,Back\nchat,cat\nchien,dog\n", &[]).unwrap();
        assert_eq!(
            summary(&outcome).0,
            "Added 2, updated 0, unchanged 0, skipped 0, failed 0."
        );
        assert!(outcome.failure.is_none());
        assert_eq!(
            anki.params_of("findNotes"),
            vec![json!({"query": "\"deck:Default\" -\"deck:Default::*\""})]
        );
        let notes = &anki.params_of("addNotes")[0]["notes"];
        assert_eq!(notes[1]["fields"], json!({"Front": "chien", "Back": "dog"}));
        assert_eq!(notes[1]["deckName"], "Default");
    }

    #[test]
    fn a_duplicate_is_skipped_and_its_deck_named() {
        let anki = anki()
            .reply("findNotes", json!([]))
            .reply(
                "canAddNotesWithErrorDetail",
                json!([
                    {"canAdd": false, "error": "cannot create note because it is a duplicate"},
                    {"canAdd": true}
                ]),
            )
            .reply("addNotes", json!([12]))
            .reply("multi", json!([{"result": [7], "error": null}]))
            .reply("getDecks", json!({"French": [7]}));
        let outcome = import(&anki, "Front,Back\nchat,cat\nchien,dog\n", &[]).unwrap();
        let (text, result) = summary(&outcome);
        assert!(
            text.starts_with("Added 1, updated 0, unchanged 0, skipped 1 as already in the collection (1 in deck French), failed 0."),
            "{text}"
        );
        assert!(text.contains("--duplicate-scope deck adds them"), "{text}");
        assert_eq!(result["skippedIn"], json!({"French": 1}));
        let searches = &anki.params_of("multi")[0]["actions"];
        assert_eq!(searches[0]["action"], "findCards");
        assert_eq!(
            searches[0]["params"]["query"],
            "\"dupe:1700000000001,chat\""
        );
    }

    #[test]
    fn an_id_row_updates_only_what_differs() {
        let anki = anki()
            .reply(
                "notesInfo",
                json!([
                    {"noteId": 5, "modelName": "Basic", "tags": [],
                     "fields": {"Front": {"value": "chat", "order": 0}, "Back": {"value": "old", "order": 1}}},
                    {"noteId": 6, "modelName": "Basic", "tags": [],
                     "fields": {"Front": {"value": "chien", "order": 0}, "Back": {"value": "dog", "order": 1}}}
                ]),
            )
            .reply("multi", json!([{"result": null, "error": null}]));
        let outcome = import(&anki, "id,Back\n5,cat\n6,dog\n", &[]).unwrap();
        assert_eq!(
            summary(&outcome).0,
            "Added 0, updated 1, unchanged 1, skipped 0, failed 0."
        );
        assert_eq!(
            anki.params_of("multi")[0]["actions"],
            json!([{"action": "updateNoteFields", "params": {"note": {"id": 5, "fields": {"Back": "cat"}}}}])
        );
    }

    #[test]
    fn a_refused_row_fails_with_ankis_reason_and_exit_5() {
        let anki = anki().reply("findNotes", json!([])).reply(
            "canAddNotesWithErrorDetail",
            json!([{"canAdd": false, "error": "cannot create note because it is empty"}]),
        );
        let outcome = import(&anki, "Front,Back\nchat,cat\n", &[]).unwrap();
        assert!(summary(&outcome).0.contains("failed 1."));
        let failure = outcome.failure.unwrap();
        assert_eq!(failure.status(), ExitStatus::Partial);
        assert!(failure
            .to_string()
            .contains("row 2: cannot create note because it is empty"));
    }

    #[test]
    fn a_missing_deck_stops_the_import_before_anything_is_sent() {
        let anki = anki();
        let err = import(&anki, "Front,Back,deck\nchat,cat,Nowhere\n", &[])
            .err()
            .unwrap();
        assert_eq!(err.status(), ExitStatus::Usage);
        assert!(
            err.to_string()
                .contains("deck was not found: Nowhere (named by 1 row: 2); pass --create-decks"),
            "{err}"
        );
        assert_eq!(
            anki.sent(),
            vec!["deckNames", "modelNamesAndIds", "modelFieldNames"]
        );
    }

    #[test]
    fn a_reply_of_another_shape_is_exit_3() {
        let anki = anki()
            .reply("findNotes", json!([]))
            .reply("canAddNotesWithErrorDetail", json!([{"canAdd": true}]))
            .reply("addNotes", json!("added"));
        let err = import(&anki, "Front,Back\nchat,cat\n", &[]).err().unwrap();
        assert!(
            matches!(&err, CliError::UnexpectedReply { action, .. } if action == "addNotes"),
            "{err:?}"
        );
        assert_eq!(err.status(), ExitStatus::Connection);
    }
}
