//! The options of `note import`: its clap arguments and the policies they choose, shared by
//! the passes that check and send the rows.

use clap::{Args, ValueEnum};

use super::read::FileFormat;

/// What a row does whose GUID is already a note's (Anki's "Existing notes" import option).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExistingNotes {
    /// Update the note when its fields or tags differ
    Update,
    /// Leave the note as it is (the row counts as skipped)
    Keep,
    /// Add the row as a new note with a new GUID (--on-duplicate still applies)
    Duplicate,
}

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

A file Anki wrote (File > Export > Notes in Plain Text) needs no flags: its headers
(#separator:, #html:, #tags:, #columns:, #notetype:, #deck:, #notetype column:,
#deck column:, #tags column:, #guid column:) say what the columns hold, and such a file
has no header row. Flags override headers; the summary says which won.

A GUID column (#guid column:, or a column named guid) identifies notes as Anki does: Anki
exports each top-level deck the rows name (exportPackage, into its media folder, read and
deleted again) so their GUIDs can be read. A row whose GUID is a note's updates it when
its fields or tags differ (--existing-notes update, the default), leaves it (keep), or is
added as a new note (duplicate). A row with a new GUID is added with that GUID through a
package import, as --fast adds rows (rows a package cannot hold go through addNotes and
get a new GUID; stderr says so). Importing the same file again then changes nothing.
With --dry-run no GUID is looked up.

--markdown (or a header line #markdown:true) converts every field value from Markdown
(CommonMark with tables and $math$) to HTML; an image that is a local file, found
relative to the imported file, is stored in Anki's media folder.

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
read. The --errors file is written only when a row failed, is never the file being
imported, and replaces an errors file of the same columns (an earlier run's, so the same
command runs again as it is); any other existing file only with --force.

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
updateNotetypes: IfNewer). With --dry-run, --fast changes nothing. A --fast import runs
alone among this machine's imports into the same Anki (it waits for the others, and says
so on stderr), and first deletes any package a killed import left in the media folder.

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
    /// What a row does whose GUID (a GUID column) is already a note's, as Anki's "Existing notes"
    #[arg(long, value_enum, default_value = "update")]
    pub existing_notes: ExistingNotes,
    /// Field values are Markdown, converted to HTML (as the header #markdown:true says)
    #[arg(long)]
    pub markdown: bool,
}

/// `note import` as a command line would give it (`line[0]` is the program's name), for tests.
#[cfg(test)]
pub fn parsed(line: &[&str]) -> ImportArgs {
    use clap::Parser;
    #[derive(Parser)]
    struct Line {
        #[command(flatten)]
        args: ImportArgs,
    }
    Line::try_parse_from(line).unwrap().args
}
