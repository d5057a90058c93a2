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
pub mod replies;
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
