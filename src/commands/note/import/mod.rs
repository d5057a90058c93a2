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
pub mod guid;
pub mod headers;
pub mod judge;
pub mod known;
pub mod locate;
pub mod lock;
pub mod media_names;
pub mod options;
pub mod prepare;
pub mod read;
pub mod send;
pub mod settings;
pub mod tally;
pub mod update;

use serde_json::json;

use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::Output;
use catalog::Catalog;
use errors::ErrorsFile;
use guid::GuidIndex;
pub use options::ImportArgs;
use options::{ExistingNotes, OnInvalid};
use prepare::Layout;
use read::Input;
use send::Importer;
use settings::Settings;
use tally::Tally;

/// Runs `note import`.
pub fn run(args: &ImportArgs, ctx: &Ctx) -> Result<Outcome> {
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
    let mut input = Input::open(&args.file)?;
    if let Some(path) = &args.errors {
        ErrorsFile::refuse_input(path, &input.path, args.force)?;
    }
    let mut catalog = Catalog::fetch(ctx)?;
    let settings = Settings::resolve(args, ctx, &mut input, &mut catalog)?;
    let delimiter = settings.delimiter;
    let defaults = settings.defaults.clone();

    // The layout: from the header row, from Anki's headers, or from the note type's fields.
    let mut rows = input.rows(delimiter)?;
    let header_row = settings.header_row(args);
    let layout = if settings.headers.any() {
        let width = match input.rows(delimiter)?.next_row() {
            Some(Ok((_, cells))) => cells.len(),
            _ => 0,
        };
        settings.anki_layout(width, &maps, &mut catalog, ctx)?
    } else if args.no_header {
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
    if !layout.has_fields() {
        return Err(CliError::Usage("no column names a note field".into()));
    }

    // Pass 1: check every row, send nothing; rows with problems go to the errors file.
    let errors = match &args.errors {
        Some(path) => Some(ErrorsFile::create(path, args.force, &layout.names)?),
        None => None,
    };
    let mut tally = Tally::new(args, errors);
    if let Some((text, json)) = settings.described() {
        tally.settings(text, json);
    }
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
        return Err(tally.with_rows(CliError::Usage(
            checked.report(&input.name, errors.as_deref()),
        )));
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
    if header_row {
        rows.next_row();
    }
    // A package path (--fast, or rows keeping a file's GUID) checks before it adds.
    let has_guids = layout.columns.contains(&prepare::Column::Guid);
    let fast_path = (args.fast || has_guids) && !ctx.dry_run;
    // Held until the import ends: an import that checks before it adds (a package path, and
    // addNotes of rows judged already: `known.rs`) alone, `--on-duplicate allow` side by side.
    let alone = fast_path || args.on_duplicate != options::OnDuplicate::Allow;
    let lock = (!ctx.dry_run)
        .then(|| lock::ImportLock::take(&ctx.settings.url.value, alone))
        .flatten();
    let mut importer = Importer::new(ctx, args, tally);
    importer.start(checked.valid);
    let mut senders = Senders {
        fast: (args.fast && !ctx.dry_run).then(|| fast::FastPath::new(ctx, args, lock.is_some())),
        guid_fast: None,
    };
    // Rows with a GUID: their notes are found by it, and new ones keep it (see guid.rs).
    let mut guids = None;
    if layout.columns.contains(&prepare::Column::Guid) && !ctx.dry_run {
        guids = Some(GuidIndex::default());
        if senders.fast.is_none() {
            senders.guid_fast = Some(fast::FastPath::for_guids(ctx, args, lock.is_some()));
        }
    }
    let mut chunk = Vec::with_capacity(args.batch as usize);
    while let Some(row) = rows.next_row() {
        if checked.invalid.contains(&rows.last_number()) {
            continue;
        }
        let (number, cells) = row?;
        let mut prepared =
            prepare::check(number, cells, &layout, &defaults, &mut catalog, Some(ctx))
                .map_err(|p| CliError::Usage(p.to_string()))?;
        if let (Some(index), Some(guid), None) = (&mut guids, &prepared.guid, prepared.id) {
            if let Some(id) = index.find(ctx, &prepared.deck, guid)? {
                match args.existing_notes {
                    ExistingNotes::Update => prepared.id = Some(id),
                    ExistingNotes::Keep => {
                        importer.kept();
                        continue;
                    }
                    ExistingNotes::Duplicate => prepared.guid = None,
                }
            }
        }
        if !prepared.images.is_empty() {
            let images = std::mem::take(&mut prepared.images);
            crate::commands::note::markdown::store_images(ctx, &mut prepared.fields, &images)?;
        }
        chunk.push(prepared);
        if chunk.len() == args.batch as usize {
            senders.send(std::mem::take(&mut chunk), &mut importer, &mut catalog)?;
        }
    }
    if !chunk.is_empty() {
        senders.send(chunk, &mut importer, &mut catalog)?;
    }
    for fast in [senders.fast, senders.guid_fast].into_iter().flatten() {
        fast.finish(&mut importer, &mut catalog)?;
    }
    let outcome = importer.finish();
    drop(lock);
    outcome
}

/// Where pass 2 sends a chunk: the fast path (--fast), or Importer with the rows that bring a
/// new GUID going to a package (the only way a note gets a GUID of the file's).
struct Senders<'a, 'c> {
    fast: Option<fast::FastPath<'a, 'c>>,
    guid_fast: Option<fast::FastPath<'a, 'c>>,
}

impl Senders<'_, '_> {
    fn send(
        &mut self,
        chunk: Vec<prepare::Prepared>,
        importer: &mut Importer,
        catalog: &mut Catalog,
    ) -> Result<()> {
        if let Some(fast) = &mut self.fast {
            return fast.send_chunk(importer, chunk, catalog);
        }
        let Some(guid_fast) = &mut self.guid_fast else {
            return importer.send_chunk(chunk, catalog);
        };
        let (new, rest): (Vec<_>, Vec<_>) = chunk
            .into_iter()
            .partition(|r| r.guid.is_some() && r.id.is_none());
        if !rest.is_empty() {
            importer.send_chunk(rest, catalog)?;
        }
        if !new.is_empty() {
            guid_fast.send_chunk(importer, new, catalog)?;
        }
        Ok(())
    }
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
        import_file(anki, &path, flags)
    }

    /// Imports the file at `path` into deck Default as Basic notes, with `flags` besides.
    fn import_file(anki: &FakeAnki, path: &std::path::Path, flags: &[&str]) -> Result<Outcome> {
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
    fn an_add_notes_reply_of_another_length_is_exit_3_and_its_rows_unknown() {
        for reply in [json!([111]), json!([])] {
            let anki = anki()
                .reply("findNotes", json!([]))
                .reply(
                    "canAddNotesWithErrorDetail",
                    json!([{"canAdd": true}, {"canAdd": true}]),
                )
                .reply("addNotes", reply);
            let dir = tempfile::tempdir().unwrap();
            let errors = dir.path().join("errors.csv");
            let err = import(
                &anki,
                "Front,Back\nchat,cat\nchien,dog\n",
                &["--errors", errors.to_str().unwrap()],
            )
            .unwrap_err();
            assert_eq!(err.status(), ExitStatus::Connection, "{err}");
            assert!(err.to_string().contains("addNotes"), "{err}");
            assert_eq!(
                std::fs::read_to_string(&errors).unwrap(),
                "Front,Back,reason\nchat,cat,unknown: Anki's reply did not say\n\
                 chien,dog,unknown: Anki's reply did not say\n"
            );
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
                    {"noteId": 5, "modelName": "Basic", "tags": [], "cards": [],
                     "fields": {"Front": {"value": "chat", "order": 0}, "Back": {"value": "old", "order": 1}}},
                    {"noteId": 6, "modelName": "Basic", "tags": [], "cards": [],
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

    /// Imports `text` as `notes.txt` with only `flags`.
    fn import_txt(anki: &FakeAnki, text: &str, flags: &[&str]) -> Result<Outcome> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, text).unwrap();
        let mut line = vec!["import", path.to_str().unwrap()];
        line.extend_from_slice(flags);
        run(&options::parsed(&line), &anki.ctx())
    }

    #[test]
    fn ankis_own_export_is_read_by_its_headers_without_flags() {
        let anki = FakeAnki::new()
            .reply("deckNames", json!(["Default", "Export Test::Sub"]))
            .reply("modelNamesAndIds", json!({"Basic": 1700000000001i64}))
            .reply("modelFieldNames", json!(["Front", "Back"]))
            .reply("findNotes", json!([]))
            .reply("canAddNotesWithErrorDetail", json!([{"canAdd": true}]))
            .reply("addNotes", json!([11]));
        let text = "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\nBasic\tExport Test::Sub\tchat\tcat <b>bold</b>\tanimals french\n";
        let outcome = import_txt(&anki, text, &[]).unwrap();
        let (text, result) = summary(&outcome);
        assert!(text.starts_with("Added 1,"), "{text}");
        assert!(
            text.contains("File headers: #separator:tab, #html:true, #notetype column:1"),
            "{text}"
        );
        assert_eq!(result["fileHeaders"]["headers"]["tags column"], "5");
        let note = &anki.params_of("addNotes")[0]["notes"][0];
        assert_eq!(note["deckName"], "Export Test::Sub");
        assert_eq!(note["modelName"], "Basic");
        assert_eq!(
            note["fields"],
            json!({"Front": "chat", "Back": "cat <b>bold</b>"})
        );
        assert_eq!(note["tags"], json!(["animals", "french"]));
    }

    #[test]
    fn ankis_default_headers_map_fields_in_order_and_flags_win() {
        let anki = anki()
            .reply("findNotes", json!([]))
            .reply("canAddNotesWithErrorDetail", json!([{"canAdd": true}]))
            .reply("addNotes", json!([11]));
        // The exporter's defaults: no note type or deck column; html false escapes.
        let text =
            "#separator:tab\n#html:false\n#deck:French\n#tags column:3\nchat\t<cat>\tanimals\n";
        let outcome = import_txt(&anki, text, &["--deck", "Default", "-m", "Basic"]).unwrap();
        let (text, result) = summary(&outcome);
        assert!(
            text.contains("Flags won: --deck Default over #deck:French."),
            "{text}"
        );
        assert_eq!(
            result["fileHeaders"]["overriddenBy"],
            json!(["--deck Default over #deck:French"])
        );
        let note = &anki.params_of("addNotes")[0]["notes"][0];
        assert_eq!(note["deckName"], "Default");
        assert_eq!(
            note["fields"],
            json!({"Front": "chat", "Back": "&lt;cat&gt;"})
        );
        assert_eq!(note["tags"], json!(["animals"]));
    }

    #[test]
    fn columns_name_fields_and_a_surplus_column_is_an_error_not_a_loss() {
        let plain = anki();
        let anki = anki()
            .reply("findNotes", json!([]))
            .reply("canAddNotesWithErrorDetail", json!([{"canAdd": true}]))
            .reply("addNotes", json!([11]));
        let text = "#separator:comma\n#columns:Back,Front\n#notetype:1700000000001\n#deck:Default\n#tags:a b\ncat,chat\n";
        import_txt(&anki, text, &[]).unwrap();
        let note = &anki.params_of("addNotes")[0]["notes"][0];
        assert_eq!(note["fields"], json!({"Back": "cat", "Front": "chat"}));
        assert_eq!(note["modelName"], "Basic");
        assert_eq!(note["tags"], json!(["a", "b"]));
        let err = import_txt(
            &plain,
            "#separator:tab\n#deck:Default\n#notetype:Basic\nchat\tcat\textra\n",
            &[],
        )
        .err()
        .unwrap()
        .to_string();
        assert!(
            err.contains("row 4, column 3: note type 'Basic' has 2 field(s) (Front, Back)"),
            "{err}"
        );
    }

    #[test]
    fn markdown_fields_become_html_and_their_local_images_media() {
        let anki = anki()
            .reply("findNotes", json!([]))
            .reply("canAddNotesWithErrorDetail", json!([{"canAdd": true}]))
            .reply("storeMediaFile", json!("cat-1.jpg"))
            .reply("addNotes", json!([11]));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("cat.jpg"), b"jpg").unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(
            &path,
            "#separator:tab\n#markdown:true\n#html:false\n**chat**\t![](cat.jpg) $x<1$\n",
        )
        .unwrap();
        import_file(&anki, &path, &[]).unwrap();
        let note = &anki.params_of("addNotes")[0]["notes"][0];
        assert_eq!(
            note["fields"],
            json!({"Front": "<strong>chat</strong>", "Back": "<img src=\"cat-1.jpg\"> \\(x&lt;1\\)"})
        );
        assert_eq!(anki.params_of("storeMediaFile")[0]["filename"], "cat.jpg");
        assert_eq!(anki.params_of("storeMediaFile")[0]["data"], "anBn");
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
