//! `note import`: CSV/TSV rows into notes, checked first, sent in chunks, resumable.
//!
//! Pass 1 streams the file and checks every row; any problem stops the import before
//! anything is sent. Pass 2 streams it again and sends chunks: Anki judges each chunk first
//! (canAddNotesWithErrorDetail) and only the rows it accepts go to addNotes, so the add-on
//! never adds and rolls back a chunk. Duplicates are judged by Anki itself, so re-running an
//! interrupted import adds each remaining row once.

pub mod prepare;
pub mod read;
pub mod send;

use clap::{Args, ValueEnum};
use serde_json::json;

use crate::commands::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::Output;
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

/// Arguments of `note import`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "\
The header row names the columns: note fields (matched case-insensitively), and the
special columns deck, model, tags (space-separated) and id/noteId (update that note
instead of adding). --map renames columns; --no-header takes the columns in the note
type's field order. A column named reason (as in an errors file) is ignored.

Every row is checked first (columns, deck, note type, empty first field, row shape,
UTF-8); any problem is reported with its row and column and nothing is sent. With
--dry-run, Anki's own duplicate check runs too, and nothing is added.

Anki checks each chunk (--batch rows) before anything is added, and only the rows it
accepts are sent; the others are reported with Anki's reason (duplicate, empty, …).
Duplicates are found by Anki, so an interrupted import can simply be run again: rows
already added are counted as already there (with the default --on-duplicate skip), and a
file that is all in costs one check per chunk.

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
    /// Write failed rows, with a reason column, to this CSV file (fix it and import it again)
    #[arg(long, value_name = "FILE")]
    pub errors: Option<std::path::PathBuf>,
}

/// The most row problems listed before "and N more".
const MAX_LISTED: usize = 20;

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
        deck: args
            .deck
            .clone()
            .or_else(|| ctx.settings.deck.as_ref().map(|d| d.value.clone())),
        model: args
            .model
            .clone()
            .or_else(|| ctx.settings.model.as_ref().map(|m| m.value.clone())),
        tags: args
            .tags
            .as_deref()
            .map(|t| t.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
    };
    let input = Input::open(&args.file)?;
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

    // Pass 1: check every row, send nothing.
    let mut problems = Vec::new();
    let mut total = 0usize;
    while let Some(row) = rows.next_row() {
        match row {
            Ok((number, cells)) => {
                total += 1;
                if let Err(problem) =
                    prepare::prepare(number, cells, &layout, &defaults, &mut catalog, Some(ctx))
                {
                    problems.push(problem);
                }
            }
            Err(e) => problems.push(e.to_string()),
        }
    }
    if !problems.is_empty() {
        let mut listed: Vec<String> = problems
            .iter()
            .take(MAX_LISTED)
            .map(|p| format!("  {p}"))
            .collect();
        if problems.len() > MAX_LISTED {
            listed.push(format!("  … and {} more", problems.len() - MAX_LISTED));
        }
        return Err(CliError::Usage(format!(
            "{} has {} problem(s); nothing was imported:\n{}",
            input.name,
            problems.len(),
            listed.join("\n")
        )));
    }
    if total == 0 {
        return Ok(Output::Message {
            text: "No rows to import.".into(),
            result: json!({"rows": 0}),
        }
        .into());
    }

    // Pass 2: send in chunks.
    let mut rows = input.rows(delimiter)?;
    if !args.no_header {
        rows.next_row();
    }
    let mut importer = send::Importer::new(ctx, args, &layout, total)?;
    let mut chunk = Vec::with_capacity(args.batch as usize);
    while let Some(row) = rows.next_row() {
        let (number, cells) = row?;
        let prepared = prepare::prepare(number, cells, &layout, &defaults, &mut catalog, Some(ctx))
            .map_err(CliError::Usage)?;
        chunk.push(prepared);
        if chunk.len() == args.batch as usize {
            importer.send_chunk(std::mem::take(&mut chunk), &mut catalog)?;
        }
    }
    if !chunk.is_empty() {
        importer.send_chunk(chunk, &mut catalog)?;
    }
    importer.finish()
}
