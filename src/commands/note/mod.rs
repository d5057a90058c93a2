//! `anki-cli note`: all 22 note actions (tags live in `anki-cli tag`).

pub mod edit;
pub mod export;
pub mod spec;

use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};

use super::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::{cell, plain_text, Output, Table};
use crate::registry::Covered;
use crate::request::Request;
use spec::{FieldArgs, NoteSpecArgs};

/// The actions this module wraps.
pub const COVERS: &[Covered] = &[
    Covered {
        action: "addNote",
        command: "note add",
    },
    Covered {
        action: "addNotes",
        command: "note add-batch",
    },
    Covered {
        action: "canAddNote",
        command: "note can-add --no-detail",
    },
    Covered {
        action: "canAddNotes",
        command: "note can-add --no-detail",
    },
    Covered {
        action: "canAddNoteWithErrorDetail",
        command: "note can-add",
    },
    Covered {
        action: "canAddNotesWithErrorDetail",
        command: "note can-add",
    },
    Covered {
        action: "updateNoteFields",
        command: "note update",
    },
    Covered {
        action: "updateNote",
        command: "note update",
    },
    Covered {
        action: "updateNoteModel",
        command: "note update-model",
    },
    Covered {
        action: "findNotes",
        command: "note find",
    },
    Covered {
        action: "notesInfo",
        command: "note info",
    },
    Covered {
        action: "notesModTime",
        command: "note mod-time",
    },
    Covered {
        action: "deleteNotes",
        command: "note delete",
    },
    Covered {
        action: "removeEmptyNotes",
        command: "note remove-empty",
    },
];

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
Examples:
  anki-cli note find 'deck:French'
  anki-cli note find 'tag:verbs -is:suspended' | wc -l
  anki-cli note find '\"front:hello world\"'")]
    Find {
        /// An Anki search, e.g. 'deck:French tag:verbs'
        query: String,
    },

    /// Show notes: ID, type, tags, first fields, cards (full JSON with -o json)
    #[command(after_help = "\
Examples:
  anki-cli note info 1502098034045
  anki-cli note info --query 'deck:French added:7'
  anki-cli note find 'tag:new' | anki-cli note info - -o json")]
    Info {
        /// Note IDs, or - to read them from stdin
        #[arg(required_unless_present = "query", conflicts_with = "query")]
        notes: Vec<String>,
        /// Select notes by a search instead of IDs
        #[arg(short, long)]
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

    /// Change a note's type, with new field values
    #[command(after_help = "\
Example:
  anki-cli note update-model 1502098034045 --model 'Basic (and reversed card)' -f Front=chat -f Back=cat")]
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
    },

    /// Open a note's fields and tags in $VISUAL / $EDITOR and save what changed
    #[command(after_help = "\
The note opens as one text document with a section per field and one for tags. On save
only what changed is sent; an unchanged file sends nothing. If the editor fails or the
file no longer parses, nothing is sent and your text is kept in a file whose path is printed.

Example:
  EDITOR=nano anki-cli note edit 1502098034045")]
    Edit {
        /// The note's ID
        id: i64,
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
        #[arg(required = true)]
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
    Import(crate::import::ImportArgs),

    /// Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)
    Export(export::ExportArgs),

    /// Last modification time of notes
    #[command(after_help = "Example:\n  anki-cli note mod-time 1502098034045 1502098034046")]
    ModTime {
        /// Note IDs, or - to read them from stdin
        #[arg(required = true)]
        notes: Vec<String>,
    },
}

/// Arguments of `note update`.
#[derive(Debug, Clone, Args)]
pub struct UpdateArgs {
    /// The note's ID
    pub id: i64,
    /// Fields and media.
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Replace all tags with these (space-separated; '' removes all)
    #[arg(long, value_name = "TAGS", conflicts_with_all = ["add_tag", "remove_tag"])]
    pub tags: Option<String>,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub add_tag: Vec<String>,
    /// Remove a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub remove_tag: Vec<String>,
}

// ---- request builders (pure) ----

/// `addNote`
pub fn add_note(note: Value) -> Request {
    Request::new("addNote", json!({ "note": note }))
}

/// `addNotes`
pub fn add_notes(notes: Vec<Value>) -> Request {
    Request::new("addNotes", json!({ "notes": notes }))
}

/// `canAddNote` / `canAddNoteWithErrorDetail`
pub fn can_add_note(note: Value, detail: bool) -> Request {
    let action = if detail {
        "canAddNoteWithErrorDetail"
    } else {
        "canAddNote"
    };
    Request::new(action, json!({ "note": note }))
}

/// `canAddNotes` / `canAddNotesWithErrorDetail`
pub fn can_add_notes(notes: Vec<Value>, detail: bool) -> Request {
    let action = if detail {
        "canAddNotesWithErrorDetail"
    } else {
        "canAddNotes"
    };
    Request::new(action, json!({ "notes": notes }))
}

/// `findNotes`
pub fn find_notes(query: &str) -> Request {
    Request::new("findNotes", json!({ "query": query }))
}

/// `notesInfo` by IDs
pub fn notes_info(notes: &[i64]) -> Request {
    Request::new("notesInfo", json!({ "notes": notes }))
}

/// `notesInfo` by query
pub fn notes_info_query(query: &str) -> Request {
    Request::new("notesInfo", json!({ "query": query }))
}

/// `updateNoteFields` (fields plus optional media in `note`)
pub fn update_note_fields(note: Value) -> Request {
    Request::new("updateNoteFields", json!({ "note": note }))
}

/// `updateNote` (fields and tags)
pub fn update_note(note: Value) -> Request {
    Request::new("updateNote", json!({ "note": note }))
}

/// `updateNoteModel`
pub fn update_note_model(
    id: i64,
    model: &str,
    fields: Map<String, Value>,
    tags: &[String],
) -> Request {
    Request::new(
        "updateNoteModel",
        json!({ "note": {"id": id, "modelName": model, "fields": fields, "tags": tags} }),
    )
}

/// `notesModTime`
pub fn notes_mod_time(notes: &[i64]) -> Request {
    Request::new("notesModTime", json!({ "notes": notes }))
}

/// `deleteNotes`
pub fn delete_notes(notes: &[i64]) -> Request {
    Request::new("deleteNotes", json!({ "notes": notes }))
}

/// `removeEmptyNotes`
pub fn remove_empty_notes() -> Request {
    Request::bare("removeEmptyNotes")
}

// ---- running ----

/// Runs a `note` subcommand.
pub fn run(cmd: &NoteCommand, ctx: &Ctx) -> Result<Outcome> {
    match cmd {
        NoteCommand::Add(args) => {
            let note = spec::build_note(ctx, args)?;
            let id = ctx.call(add_note(note))?;
            Ok(Output::Ids(id.as_i64().into_iter().collect()).into())
        }
        NoteCommand::AddBatch { file, deck, model } => {
            add_batch(ctx, file, deck.as_deref(), model.as_deref())
        }
        NoteCommand::CanAdd {
            note,
            file,
            no_detail,
        } => can_add(ctx, note, file.as_deref(), !no_detail),
        NoteCommand::Find { query } => {
            Ok(Output::Ids(id_list(&ctx.call(find_notes(query))?)).into())
        }
        NoteCommand::Info { notes, query } => {
            let (ids, request) = match query {
                Some(q) => (Vec::new(), notes_info_query(q)),
                None => {
                    let ids = ctx.ids(notes)?;
                    let request = notes_info(&ids);
                    (ids, request)
                }
            };
            let result = ctx.call(request)?;
            Ok(Output::Table(info_table(&ids, result, ctx.term.stdout_tty)).into())
        }
        NoteCommand::Update(args) => update(ctx, args).map(Outcome::from),
        NoteCommand::UpdateModel {
            id,
            model,
            fields,
            tags,
        } => {
            let known = spec::field_names(ctx, model)?;
            let fields = spec::build_fields(ctx, &[], fields, Some(&known), model)?;
            ctx.call(update_note_model(
                *id,
                model,
                fields,
                &spec::split_tags(tags),
            ))?;
            Ok(Output::Message {
                text: format!("Note {id} is now a '{model}' note."),
                result: Value::Null,
            }
            .into())
        }
        NoteCommand::Edit { id } => edit::run(ctx, *id).map(Outcome::from),
        NoteCommand::Import(args) => crate::import::run(args, ctx),
        NoteCommand::Export(args) => export::run(args, ctx).map(Outcome::from),
        NoteCommand::Delete { notes, yes } => {
            let ids = ctx.ids(notes)?;
            let what = if ids.len() == 1 {
                format!("note {}", ids[0])
            } else {
                format!("{} notes", ids.len())
            };
            ctx.confirm(&format!("Delete {what} and all their cards?"), *yes)?;
            ctx.call(delete_notes(&ids))?;
            Ok(Output::Message {
                text: format!("Deleted {what}."),
                result: Value::Null,
            }
            .into())
        }
        NoteCommand::RemoveEmpty { yes } => {
            ctx.confirm(
                "Remove every note type that no note uses (this is what removeEmptyNotes does)?",
                *yes,
            )?;
            ctx.call(remove_empty_notes())?;
            Ok(Output::Message {
                text: "Removed unused note types.".into(),
                result: Value::Null,
            }
            .into())
        }
        NoteCommand::ModTime { notes } => {
            let ids = ctx.ids(notes)?;
            let result = ctx.call(notes_mod_time(&ids))?;
            let mut table = Table::new(&["Note", "Modified"], result.clone()).with_ids(0);
            for (id, entry) in ids.iter().zip(result.as_array().into_iter().flatten()) {
                let modified = entry
                    .get("mod")
                    .map(cell)
                    .unwrap_or_else(|| "(not found)".into());
                table.push(vec![id.to_string(), modified]);
            }
            Ok(Output::Table(table).into())
        }
    }
}

/// The integers of a JSON array (IDs), skipping anything else.
pub fn id_list(value: &Value) -> Vec<i64> {
    value
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

fn info_table(ids: &[i64], result: Value, tty: bool) -> Table {
    let width = if tty { 40 } else { usize::MAX };
    let mut table =
        Table::new(&["Note", "Type", "Tags", "Fields", "Cards"], result.clone()).with_ids(0);
    for (i, note) in result.as_array().into_iter().flatten().enumerate() {
        let Some(id) = note.get("noteId") else {
            let id = ids
                .get(i)
                .map_or_else(|| "?".to_string(), |id| id.to_string());
            table.push(vec![
                id,
                "(not found)".into(),
                String::new(),
                String::new(),
                String::new(),
            ]);
            continue;
        };
        let mut fields: Vec<(i64, String, String)> = note
            .get("fields")
            .and_then(Value::as_object)
            .map(|f| {
                f.iter()
                    .map(|(name, v)| {
                        let order = v.get("order").and_then(Value::as_i64).unwrap_or(0);
                        let value = v.get("value").and_then(Value::as_str).unwrap_or_default();
                        (order, name.clone(), plain_text(value, width))
                    })
                    .collect()
            })
            .unwrap_or_default();
        fields.sort();
        let shown: Vec<String> = fields
            .iter()
            .take(2)
            .map(|(_, n, v)| format!("{n}: {v}"))
            .collect();
        let tags: Vec<String> = note
            .get("tags")
            .and_then(Value::as_array)
            .map(|t| t.iter().map(cell).collect())
            .unwrap_or_default();
        let cards = note
            .get("cards")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        table.push(vec![
            cell(id),
            note.get("modelName").map(cell).unwrap_or_default(),
            tags.join(" "),
            shown.join("\n"),
            cards.to_string(),
        ]);
    }
    table
}

/// Reads notes from a JSON array, or one JSON object per line.
fn read_notes(ctx: &Ctx, file: &str) -> Result<Vec<Value>> {
    let origin = if file == "-" { "stdin" } else { file };
    crate::commands::parse_json_items(&ctx.read_source(file, "notes")?, origin, "note")
}

/// Fills missing deckName / modelName from flags or the config file.
fn fill_defaults(
    ctx: &Ctx,
    notes: &mut [Value],
    deck: Option<&str>,
    model: Option<&str>,
) -> Result<()> {
    let deck = deck
        .map(String::from)
        .or_else(|| ctx.settings.deck.as_ref().map(|d| d.value.clone()));
    let model = model
        .map(String::from)
        .or_else(|| ctx.settings.model.as_ref().map(|m| m.value.clone()));
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

fn add_batch(ctx: &Ctx, file: &str, deck: Option<&str>, model: Option<&str>) -> Result<Outcome> {
    let mut notes = read_notes(ctx, file)?;
    fill_defaults(ctx, &mut notes, deck, model)?;
    let result = match ctx.call(add_notes(notes.clone())) {
        Err(CliError::Action { action, message }) => {
            return Err(explain_refused_batch(ctx, notes, action, message))
        }
        other => other?,
    };
    let items = result.as_array().cloned().unwrap_or_default();
    let failed: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_null())
        .map(|(i, _)| i + 1)
        .collect();
    let output = Output::Ids(id_list(&result));
    if failed.is_empty() {
        return Ok(output.into());
    }
    let list: Vec<String> = failed.iter().map(|n| n.to_string()).collect();
    Ok(Outcome {
        output,
        failure: Some(CliError::Partial(format!(
            "{} of {} notes were not added (entries {}); check them with `anki-cli note can-add --file`",
            failed.len(),
            items.len(),
            list.join(", ")
        ))),
    })
}

/// Anki's verdict on one note: the reply of canAddNoteWithErrorDetail, an item of
/// canAddNotesWithErrorDetail.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Verdict {
    /// Whether addNote would add the note.
    #[serde(rename = "canAdd")]
    pub can_add: bool,
    /// Why not, in the add-on's words (empty when it can be added).
    #[serde(default)]
    pub error: String,
}

/// addNotes failed, so nothing was added, and the add-on's error lists reasons without saying
/// which note each belongs to (`['cannot create note because it is a duplicate']`). One
/// canAddNotesWithErrorDetail names the notes; if that fails too, the add-on's words stand.
fn explain_refused_batch(
    ctx: &Ctx,
    notes: Vec<Value>,
    action: String,
    message: String,
) -> CliError {
    let total = notes.len();
    let verdicts = ctx
        .call(can_add_notes(notes, true))
        .ok()
        .and_then(|v| serde_json::from_value::<Vec<Verdict>>(v).ok())
        .filter(|v| v.len() == total);
    let refused: Vec<String> = verdicts
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(_, v)| !v.can_add)
        .map(|(i, v)| format!("  note {}: {}", i + 1, v.error))
        .collect();
    if refused.is_empty() {
        return CliError::Action { action, message };
    }
    CliError::Action {
        action,
        message: format!(
            "nothing was added (the add-on adds all notes or none); {} of {total} notes cannot be added:\n{}",
            refused.len(),
            refused.join("\n")
        ),
    }
}

fn can_add(ctx: &Ctx, args: &NoteSpecArgs, file: Option<&str>, detail: bool) -> Result<Outcome> {
    let (notes, single) = match file {
        Some(f) => {
            let mut notes = read_notes(ctx, f)?;
            fill_defaults(ctx, &mut notes, args.deck.as_deref(), args.model.as_deref())?;
            (notes, false)
        }
        None => (vec![spec::build_note(ctx, args)?], true),
    };
    let request = if single {
        can_add_note(notes[0].clone(), detail)
    } else {
        can_add_notes(notes.clone(), detail)
    };
    let (result, detail) = match ctx.call(request) {
        Err(CliError::UnsupportedAction { .. }) if detail => {
            // Add-ons before 2023 lack the *WithErrorDetail actions: fall back to yes/no.
            let plain = if single {
                can_add_note(notes[0].clone(), false)
            } else {
                can_add_notes(notes.clone(), false)
            };
            (ctx.call(plain)?, false)
        }
        other => (other?, detail),
    };
    let answers: Vec<Value> = if single {
        vec![result.clone()]
    } else {
        result.as_array().cloned().unwrap_or_default()
    };
    let mut table = Table::new(&["#", "Can add", "Reason"], result.clone());
    let mut refused = Vec::new();
    for (i, answer) in answers.iter().enumerate() {
        let (ok, reason) = if detail {
            let ok = answer
                .get("canAdd")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            (ok, answer.get("error").map(cell).unwrap_or_default())
        } else {
            let ok = answer.as_bool().unwrap_or(false);
            (
                ok,
                if ok {
                    String::new()
                } else {
                    "(no reason: this add-on has no *WithErrorDetail)".into()
                },
            )
        };
        if !ok {
            refused.push((i + 1, reason.clone()));
        }
        table.push(vec![
            (i + 1).to_string(),
            if ok { "yes" } else { "no" }.into(),
            reason,
        ]);
    }
    let failure = match (refused.len(), single) {
        (0, _) => None,
        (_, true) => Some(CliError::Refused(format!(
            "the note cannot be added: {}",
            refused[0].1
        ))),
        (n, false) => Some(CliError::Partial(format!(
            "{n} of {} notes cannot be added",
            answers.len()
        ))),
    };
    Ok(Outcome {
        output: Output::Table(table),
        failure,
    })
}

/// Fetches one note's notesInfo entry; an unknown ID is an error.
pub fn fetch_note(ctx: &Ctx, id: i64) -> Result<Value> {
    let info = ctx.call(notes_info(&[id]))?;
    match info.as_array().and_then(|a| a.first()) {
        Some(note) if note.get("noteId").is_some() => Ok(note.clone()),
        _ => Err(CliError::Refused(format!("Note was not found: {id}"))),
    }
}

/// The field names of a notesInfo entry, in the note type's order.
pub fn note_field_names(note: &Value) -> Vec<String> {
    let mut fields: Vec<(i64, String)> = note
        .get("fields")
        .and_then(Value::as_object)
        .map(|f| {
            f.iter()
                .map(|(n, v)| {
                    (
                        v.get("order").and_then(Value::as_i64).unwrap_or(0),
                        n.clone(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    fields.sort();
    fields.into_iter().map(|(_, n)| n).collect()
}

fn update(ctx: &Ctx, args: &UpdateArgs) -> Result<Output> {
    let has_fields = !args.fields.fields.is_empty()
        || !args.fields.audio.is_empty()
        || !args.fields.video.is_empty()
        || !args.fields.picture.is_empty();
    if !has_fields && args.tags.is_none() && args.add_tag.is_empty() && args.remove_tag.is_empty() {
        return Err(CliError::Usage(
            "nothing to change: give --field, a media flag, --tags, --add-tag or --remove-tag"
                .into(),
        ));
    }
    let mut requests = Vec::new();
    if has_fields || args.tags.is_some() {
        let mut note = Map::new();
        note.insert("id".into(), json!(args.id));
        if has_fields {
            // updateNoteFields matches names exactly and ignores unknown ones: check and spell them first.
            let known = if ctx.dry_run {
                None
            } else {
                Some(note_field_names(&fetch_note(ctx, args.id)?))
            };
            let model = format!("of note {}", args.id);
            let fields =
                spec::build_fields(ctx, &[], &args.fields.fields, known.as_deref(), &model)?;
            note.insert("fields".into(), Value::Object(fields));
            spec::add_media(&mut note, &args.fields)?;
        }
        requests.push(match &args.tags {
            Some(tags) => {
                note.insert(
                    "tags".into(),
                    json!(spec::split_tags(std::slice::from_ref(tags))),
                );
                if has_fields {
                    update_note(Value::Object(note))
                } else {
                    crate::commands::tag::update_note_tags(
                        args.id,
                        &spec::split_tags(std::slice::from_ref(tags)),
                    )
                }
            }
            None => update_note_fields(Value::Object(note)),
        });
    }
    if !args.add_tag.is_empty() {
        requests.push(crate::commands::tag::add_tags(
            &[args.id],
            &spec::split_tags(&args.add_tag).join(" "),
        ));
    }
    if !args.remove_tag.is_empty() {
        requests.push(crate::commands::tag::remove_tags(
            &[args.id],
            &spec::split_tags(&args.remove_tag).join(" "),
        ));
    }
    crate::client::send_all(ctx.transport, &requests)?;
    Ok(Output::Message {
        text: format!("Updated note {}.", args.id),
        result: Value::Null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let note = json!({
            "deckName": "Default", "modelName": "Basic",
            "fields": {"Front": "front content", "Back": "back content"},
            "options": {"allowDuplicate": false, "duplicateScope": "deck",
                        "duplicateScopeOptions": {"deckName": "Default", "checkChildren": false, "checkAllModels": false}},
            "tags": ["yomichan"]
        });
        let cases = [
            (
                add_note(note.clone()),
                json!({"action": "addNote", "version": 6, "params": {"note": note.clone()}}),
            ),
            (
                add_notes(vec![note.clone()]),
                json!({"action": "addNotes", "version": 6, "params": {"notes": [note.clone()]}}),
            ),
            (
                can_add_notes(vec![note.clone()], false),
                json!({"action": "canAddNotes", "version": 6, "params": {"notes": [note.clone()]}}),
            ),
            (
                can_add_notes(vec![note.clone()], true),
                json!({"action": "canAddNotesWithErrorDetail", "version": 6, "params": {"notes": [note.clone()]}}),
            ),
            (
                can_add_note(note.clone(), true),
                json!({"action": "canAddNoteWithErrorDetail", "version": 6, "params": {"note": note.clone()}}),
            ),
            (
                find_notes("deck:current"),
                json!({"action": "findNotes", "version": 6, "params": {"query": "deck:current"}}),
            ),
            (
                notes_info(&[1502298033753]),
                json!({"action": "notesInfo", "version": 6, "params": {"notes": [1502298033753_i64]}}),
            ),
            (
                notes_info_query("deck:current"),
                json!({"action": "notesInfo", "version": 6, "params": {"query": "deck:current"}}),
            ),
            (
                notes_mod_time(&[1502298033753]),
                json!({"action": "notesModTime", "version": 6, "params": {"notes": [1502298033753_i64]}}),
            ),
            (
                delete_notes(&[1502298033753]),
                json!({"action": "deleteNotes", "version": 6, "params": {"notes": [1502298033753_i64]}}),
            ),
            (
                remove_empty_notes(),
                json!({"action": "removeEmptyNotes", "version": 6}),
            ),
            (
                update_note_fields(
                    json!({"id": 1514547547030_i64, "fields": {"Front": "new front content", "Back": "new back content"}}),
                ),
                json!({"action": "updateNoteFields", "version": 6, "params": {"note": {"id": 1514547547030_i64, "fields": {"Front": "new front content", "Back": "new back content"}}}}),
            ),
            (
                update_note(
                    json!({"id": 1514547547030_i64, "fields": {"Front": "f"}, "tags": ["new"]}),
                ),
                json!({"action": "updateNote", "version": 6, "params": {"note": {"id": 1514547547030_i64, "fields": {"Front": "f"}, "tags": ["new"]}}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
        let mut fields = Map::new();
        fields.insert("Front".into(), json!("new front content"));
        assert_eq!(
            update_note_model(1514547547030, "NewModel", fields, &["new".into()]).to_json(),
            json!({"action": "updateNoteModel", "version": 6, "params": {"note": {"id": 1514547547030_i64, "modelName": "NewModel", "fields": {"Front": "new front content"}, "tags": ["new"]}}})
        );
    }

    #[test]
    fn note_field_names_follow_the_type_order() {
        let note = json!({"fields": {"Back": {"value": "", "order": 1}, "Front": {"value": "", "order": 0}}});
        assert_eq!(note_field_names(&note), vec!["Front", "Back"]);
    }
}
