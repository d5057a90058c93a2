//! `note import`: CSV/TSV rows into notes, checked first, sent in chunks, resumable.
//!
//! Pass 1 streams the file and checks every row; any problem stops the import before
//! anything is sent. Pass 2 streams it again and sends chunks: Anki judges each chunk first
//! (canAddNotesWithErrorDetail) and only the rows it accepts go to addNotes, so the add-on
//! never adds and rolls back a chunk. Duplicates are judged by Anki itself, so re-running an
//! interrupted import adds each remaining row once.

pub mod apkg;
pub mod check;
pub mod errors;
pub mod fast;
pub mod prepare;
pub mod read;
pub mod send;

use clap::{Args, ValueEnum};
use serde_json::json;

use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::Output;
use errors::ErrorsFile;
use prepare::{Catalog, Column, Defaults, Layout};
use read::{FileFormat, Input};

/// What to do with a row whose note already exists (same first field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnDuplicate {
    /// Leave the existing note alone and count the row as already there
    Skip,
    /// Count the row as failed
    Error,
    /// Add it anyway (re-running then adds it again)
    Allow,
    /// Update the existing note's other fields and tags
    Update,
}

/// What to do with rows that fail the check made before anything is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnInvalid {
    /// Send nothing; list the problems (and write the rows to --errors)
    Abort,
    /// Leave those rows out (to --errors, with the reason), import the others, exit 5
    Skip,
}

/// Where Anki looks for an existing note with the same first field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DuplicateScope {
    /// Any note of the same type in the collection
    Collection,
    /// Only notes with a card in the row's deck
    Deck,
}

/// Arguments of `note import`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "\
The header row names the columns: note fields (matched case-insensitively), and the
special columns deck, model, tags (space-separated) and id/noteId (update that note
instead of adding). --map renames columns; --no-header takes the columns in the note
type's field order. A column named reason (as in an errors file) is ignored.

Every row is checked first (columns, deck, note type, empty first field, row shape,
quotes, UTF-8); each problem is reported with its row and column, a missing deck or note
type once with the rows that name it. With --on-invalid abort (the default) nothing is
sent; with skip those rows are left out and the others go in (exit 5). Either way the bad
rows go to --errors. --create-decks creates the missing decks instead. With --dry-run,
Anki's own duplicate check runs too, and nothing is added or created.

Anki checks each chunk (--batch rows) before anything is added, and only the rows it
accepts are sent; the others are reported with Anki's reason (duplicate, empty, …).
A duplicate is a note of the same type with the same first field: anywhere in the
collection, or with --duplicate-scope deck only in the row's deck. The summary says which
decks the skipped rows' notes are in. Rows with an id column (an export), and duplicates
with --on-duplicate update, update their note only when a field or the tags differ:
the rest count as unchanged.

Duplicates are found by Anki, so an interrupted import (Anki gone, or Ctrl-C) can simply
be run again: rows already added are counted as already there (with the default
--on-duplicate skip). Each target deck is read once at the start (its notes' first
fields), so rows already in their deck cost no check: a file that is all in costs that one
read. An existing
--errors file is only overwritten with --force.

--fast: the rows Anki accepts go in with one package import (importPackage) instead of
addNotes, which refreshes Anki's window once per note: many times quicker for big files,
with the same checks, report and notes. The package passes through Anki's media folder
(storeMediaFile, deleteMediaFile after), so Anki may run on another machine. Rows a
package cannot hold as addNotes would add them go through addNotes, and stderr says why:
cloze and image occlusion note types, a note type whose card requirements (req) cannot
be read or with a deck override, a filtered deck, media references Anki's importer would
rename, a failed package import. What Anki's importer does besides: it saves the rows'
note types again (same content, new modification time, so they go up with the next
sync), and it writes five import options into the collection's config, its defaults for
File > Import (mergeNotetypes, withScheduling, withDeckConfigs: true; updateNotes,
updateNotetypes: IfNewer). With --dry-run, --fast changes nothing.

Exit codes: 0 all rows done, 2 the file has problems (nothing sent), 5 some rows failed.

Examples:
  anki-cli note import words.csv --deck French --model Basic --tags imported
  anki-cli note import words.tsv --map Word=Front --map Meaning=Back --errors failed.csv
  anki-cli note import failed.csv --deck French --model Basic       (after fixing it)
  anki-cli note export --query 'deck:French' --out french.csv && anki-cli note import french.csv --on-duplicate update")]
pub struct ImportArgs {
    /// CSV or TSV file, or - for stdin
    pub file: String,
    /// File format (default: by extension; .tsv/.tab/.txt are TSV)
    #[arg(long, value_enum)]
    pub format: Option<FileFormat>,
    /// Column delimiter (one character; overrides --format)
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<char>,
    /// Deck for rows without a deck column (default: `deck` in the config file)
    #[arg(short = 'd', long)]
    pub deck: Option<String>,
    /// Note type for rows without a model column (default: `model` in the config file)
    #[arg(short = 'm', long)]
    pub model: Option<String>,
    /// Tags added to every note (space-separated)
    #[arg(long, value_name = "TAGS")]
    pub tags: Option<String>,
    /// Rename a column: COLUMN=FIELD (repeatable)
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<String>,
    /// The file has no header: columns are the note type's fields in order
    #[arg(long)]
    pub no_header: bool,
    /// What to do with rows that duplicate an existing note
    #[arg(long, value_enum, default_value = "skip")]
    pub on_duplicate: OnDuplicate,
    /// Notes per request
    #[arg(long, value_name = "N", default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub batch: u32,
    /// Where a duplicate is looked for (the add-on's duplicateScope)
    #[arg(long, value_enum, default_value = "collection")]
    pub duplicate_scope: DuplicateScope,
    /// What to do with rows that fail the check made before anything is sent
    #[arg(long, value_enum, default_value = "abort")]
    pub on_invalid: OnInvalid,
    /// Create the decks that --deck or the deck column name and Anki lacks
    #[arg(long)]
    pub create_decks: bool,
    /// Write failed rows, with a reason column, to this CSV file (fix it and import it again)
    #[arg(long, value_name = "FILE")]
    pub errors: Option<std::path::PathBuf>,
    /// Overwrite the --errors file if it exists
    #[arg(long)]
    pub force: bool,
    /// Add the accepted rows with a package import instead of addNotes (see below)
    #[arg(long)]
    pub fast: bool,
}

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
    let mut importer = send::Importer::with_errors(ctx, args, errors);
    let checked = check::check_rows(
        &mut rows,
        &layout,
        &defaults,
        &mut catalog,
        ctx,
        args.create_decks,
        &mut importer,
    )?;
    if !checked.invalid.is_empty() && args.on_invalid == OnInvalid::Abort {
        let errors = importer.flush_errors()?;
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
        importer.created(deck);
    }

    // Pass 2: send in chunks (the rows pass 1 left out are skipped).
    let mut rows = input.rows(delimiter)?;
    if !args.no_header {
        rows.next_row();
    }
    importer.start(checked.valid);
    let mut fast = (args.fast && !ctx.dry_run).then(|| fast::FastPath::new(ctx, args));
    let mut chunk = Vec::with_capacity(args.batch as usize);
    while let Some(row) = rows.next_row() {
        if checked.invalid.contains(&rows.last_number()) {
            continue;
        }
        let (number, cells) = row?;
        let prepared = prepare::prepare(number, cells, &layout, &defaults, &mut catalog, Some(ctx))
            .map_err(CliError::Usage)?;
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
