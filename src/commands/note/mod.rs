//! `anki-cli note`: all 22 note actions (tags live in `anki-cli tag`).

pub mod add;
pub mod anki_text;
pub mod can_add;
pub mod delete;
pub mod duplicate;
pub mod edit;
pub mod export;
pub mod export_plan;
pub mod fetch;
pub mod import;
pub mod info;
pub mod markdown;
pub mod notes_file;
pub mod spec;
pub mod update;

use clap::Subcommand;

use crate::api::note::find_notes;
use crate::commands::context::{Ctx, Outcome};
use crate::error::Result;
use crate::ids;
use crate::output::Output;
use spec::NoteSpecArgs;
use update::UpdateArgs;

/// Subcommands of `anki-cli note`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli note add --deck Default --model Basic --field Front=Bonjour --field Back=Hello --tag french
  anki-cli note add -d Default -m Basic 'Bonjour' 'Hello'         values in field order
  anki-cli note add -d Default -m Basic -f Front=@front.html -f Back=- < back.html
  anki-cli note find 'deck:French tag:verbs'
  anki-cli note find 'added:1' | anki-cli note info -
  anki-cli note update 1502098034045 --field Back='Hello!' --add-tag reviewed
  anki-cli note edit 1502098034045
  anki-cli note find 'tag:obsolete' | anki-cli note delete - --yes")]
pub enum NoteCommand {
    /// Add a note; prints its ID
    #[command(after_help = "\
Deck and note type default to `deck` and `model` in the config file. Field names match
case-insensitively; an unknown field name is an error. A duplicate or empty first field
is refused unless --allow-duplicate.

Examples:
  anki-cli note add --deck Default --model Basic --field Front=Bonjour --field Back=Hello
  anki-cli note add -d French -m Basic Bonjour Hello -t 'verbs greetings'
  anki-cli note add -d French -m Basic -f Front=chat -f Back=cat --picture 'cat.jpg;fields=Back'
  anki-cli note add -d French -m Basic -f Front=@front.html -f Back=- < back.html")]
    Add(NoteSpecArgs),

    /// Add many notes from a JSON file of AnkiConnect note objects; prints their IDs
    #[command(after_help = "\
The file holds a JSON array of note objects as AnkiConnect's addNotes takes them
({\"deckName\", \"modelName\", \"fields\", \"tags\", \"options\", …}), or one object per line.
--deck and --model (or the config file) fill in notes that lack them. Current add-ons add all
or nothing: one bad note fails the whole batch, and each refused note is listed with its
reason. Older add-ons add the good ones and return null for the others: those are reported
and the exit code is 5. To add the good notes of a file, use `note import`, or check first
with `note can-add --file`.

Examples:
  anki-cli note add-batch notes.json
  jq -c '.[]' notes.json | anki-cli note add-batch - --deck French")]
    AddBatch {
        /// JSON file, or - for stdin
        file: String,
        /// Deck for notes without deckName
        #[arg(short = 'd', long)]
        deck: Option<String>,
        /// Note type for notes without modelName
        #[arg(short = 'm', long)]
        model: Option<String>,
    },

    /// Check whether notes could be added, and why not
    #[command(after_help = "\
Exit code 1 when the note cannot be added (5 when some notes of --file cannot).

Examples:
  anki-cli note can-add -d French -m Basic -f Front=chat -f Back=cat
  anki-cli note can-add --file notes.json")]
    CanAdd {
        /// The note to check (as for `note add`)
        #[command(flatten)]
        note: NoteSpecArgs,
        /// Check every note of a JSON file (as for `note add-batch`), or - for stdin
        #[arg(long, value_name = "FILE|-")]
        file: Option<String>,
        /// Use canAddNote(s): yes/no without reasons (for add-ons before 2023)
        #[arg(long)]
        no_detail: bool,
    },

    /// Find notes with Anki's search syntax; prints their IDs
    #[command(after_help = "\
The words are one search, as in Anki's search bar; a word starting with - that is no flag of
this command (-tag:done) is a negated term. Quote what the shell would change (\"...\", ( ), *),
and put -- before the search if a term looks like a flag (-o..., -v..., -h...).

Examples:
  anki-cli note find deck:French tag:verbs
  anki-cli note find tag:verbs -is:suspended | wc -l
  anki-cli note find 'deck:\"My Deck\"' '\"front:hello world\"'")]
    Find {
        /// An Anki search; its words together are one search, e.g. deck:French tag:verbs
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
    },

    /// Show notes: ID, type, tags, first fields, cards (full JSON with -o json)
    #[command(after_help = "\
Examples:
  anki-cli note info 1502098034045
  anki-cli note info --query 'deck:French added:7'
  anki-cli note find 'tag:new' | anki-cli note info - -o json")]
    Info {
        /// Note IDs, or - to read them from stdin
        #[arg(required_unless_present = "query", conflicts_with = "query", value_name = ids::NOTE_ID)]
        notes: Vec<String>,
        /// Select notes by a search instead of IDs (one argument: quote a search of several words)
        #[arg(short, long, allow_hyphen_values = true)]
        query: Option<String>,
    },

    /// Change a note's fields, media and tags
    #[command(after_help = "\
Examples:
  anki-cli note update 1502098034045 --field Back='Hello!'
  anki-cli note update 1502098034045 --tags 'french verbs'        replace all tags
  anki-cli note update 1502098034045 --add-tag reviewed --remove-tag new
  anki-cli note update 1502098034045 --audio 'hello.mp3;fields=Front'")]
    Update(UpdateArgs),

    /// Change a note's type, with new field values (its old fields and tags are lost)
    #[command(after_help = "\
The note's fields are replaced by the values given and its tags by --tag (none without it);
what it had cannot be got back. Asks first on a terminal; otherwise needs --yes.

Example:
  anki-cli note update-model 1502098034045 --model 'Basic (and reversed card)' -f Front=chat -f Back=cat --yes")]
    UpdateModel {
        /// The note's ID
        id: i64,
        /// The new note type
        #[arg(short = 'm', long, value_name = "NOTE_TYPE")]
        model: String,
        /// A field of the new type as NAME=VALUE (repeatable)
        #[arg(
            short = 'f',
            long = "field",
            value_name = "NAME=VALUE",
            required = true
        )]
        fields: Vec<String>,
        /// Tags of the note afterwards (repeatable; without it the note loses its tags, as in AnkiConnect)
        #[arg(short = 't', long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },

    /// Open a note's fields and tags in $VISUAL / $EDITOR and save what changed
    #[command(after_help = "\
The note opens as one text document with a section per field and one for tags. On save
only what changed is sent; an unchanged file sends nothing. If the editor fails or the
file no longer parses, nothing is sent and your text is kept in a file whose path is printed.
The editor is $VISUAL, else $EDITOR; with neither set, or when stdin or stdout is not a
terminal, nothing opens and it exits 2. --file takes the document from a file instead, in
the same format (=== FIELD === and === tags === headers); sections it leaves out stay as
they are.

Examples:
  EDITOR=nano anki-cli note edit 1502098034045
  printf '=== Back ===\nmonde\n' | anki-cli note edit 1502098034045 --file -")]
    Edit {
        /// The note's ID
        id: i64,
        /// Take the edited document from FILE (- for stdin) instead of opening an editor
        #[arg(long, value_name = "FILE|-")]
        file: Option<String>,
    },

    /// Delete notes and all their cards
    #[command(
        visible_alias = "rm",
        after_help = "\
Asks first on a terminal; otherwise needs --yes.

Examples:
  anki-cli note delete 1502098034045
  anki-cli note find 'tag:obsolete' | anki-cli note delete - --yes"
    )]
    Delete {
        /// Note IDs, or - to read them from stdin
        #[arg(required = true, value_name = ids::NOTE_ID)]
        notes: Vec<String>,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },

    /// Remove unused note types (what AnkiConnect's removeEmptyNotes really does)
    #[command(after_help = "\
Despite its name, AnkiConnect's removeEmptyNotes deletes no notes: it removes every note
type that no note uses (stock types such as Cloze included). Anki's \"Empty Cards\" tool is
not reachable through AnkiConnect.

Example:
  anki-cli note remove-empty --yes")]
    RemoveEmpty {
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },

    /// Import notes from a CSV or TSV file: checked first, sent in chunks, resumable
    Import(import::ImportArgs),

    /// Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)
    Export(export::ExportArgs),

    /// Last modification time of notes
    #[command(after_help = "Example:\n  anki-cli note mod-time 1502098034045 1502098034046")]
    ModTime {
        /// Note IDs, or - to read them from stdin
        #[arg(required = true, value_name = ids::NOTE_ID)]
        notes: Vec<String>,
    },
}

// ---- running ----

/// Runs a `note` subcommand.
pub fn run(cmd: &NoteCommand, ctx: &Ctx) -> Result<Outcome> {
    Ok(match cmd {
        NoteCommand::Add(args) => add::add(ctx, args)?.into(),
        NoteCommand::AddBatch { file, deck, model } => {
            add::add_batch(ctx, file, deck.as_deref(), model.as_deref())?
        }
        NoteCommand::CanAdd {
            note,
            file,
            no_detail,
        } => can_add::can_add(ctx, note, file.as_deref(), !no_detail)?,
        NoteCommand::Find { query } => {
            let query = crate::commands::input::join_query(query);
            Output::Ids(ctx.send(find_notes(&query))?).into()
        }
        NoteCommand::Info { notes, query } => info::info(ctx, notes, query.as_deref())?,
        NoteCommand::Update(args) => update::update(ctx, args)?.into(),
        NoteCommand::UpdateModel {
            id,
            model,
            fields,
            tags,
            yes,
        } => update::update_model(ctx, *id, model, fields, tags, *yes)?.into(),
        NoteCommand::Edit { id, file } => edit::run(ctx, *id, file.as_deref())?.into(),
        NoteCommand::Import(args) => import::run(args, ctx)?,
        NoteCommand::Export(args) => export::run(args, ctx)?,
        NoteCommand::Delete { notes, yes } => delete::delete(ctx, notes, *yes)?.into(),
        NoteCommand::RemoveEmpty { yes } => delete::remove_empty(ctx, *yes)?.into(),
        NoteCommand::ModTime { notes } => info::mod_time(ctx, notes)?.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    #[test]
    fn find_joins_the_words_into_one_search() {
        let anki = FakeAnki::new().reply_to(
            "findNotes",
            json!({"query": "deck:French tag:verbs"}),
            json!([7, 8]),
        );
        let cmd = NoteCommand::Find {
            query: vec!["deck:French".into(), "tag:verbs".into()],
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out.output, Format::Ids), "7\n8\n");
        assert!(out.failure.is_none());
    }
}
