//! `anki-cli note`: all 22 note actions (tags live in `anki-cli tag`).

pub mod edit;
pub mod export;
pub mod import;
pub mod spec;

use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};

use crate::api::note::{
    add_note, add_notes, can_add_note, can_add_notes, delete_notes, find_notes, notes_info,
    notes_info_query, notes_mod_time, remove_empty_notes, update_note, update_note_fields,
    update_note_model,
};
use crate::api::reply::{ModTime, NoteInfo};
use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::{plain_text, Output, Table};
use spec::{FieldArgs, NoteSpecArgs};

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
        #[arg(required_unless_present = "query", conflicts_with = "query")]
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
    Import(crate::commands::note::import::ImportArgs),

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

// ---- running ----

/// Runs a `note` subcommand.
pub fn run(cmd: &NoteCommand, ctx: &Ctx) -> Result<Outcome> {
    match cmd {
        NoteCommand::Add(args) => {
            let note = spec::build_note(ctx, args)?;
            let id: i64 = ctx.call_as(add_note(note))?;
            Ok(Output::Ids(vec![id]).into())
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
            let query = crate::commands::input::join_query(query);
            Ok(Output::Ids(ctx.call_as(find_notes(&query))?).into())
        }
        NoteCommand::Info { notes, query } => {
            let (ids, (found, result)): (Vec<i64>, (Vec<NoteInfo>, Value)) = match query {
                Some(q) => (Vec::new(), ctx.call_as_raw(notes_info_query(q))?),
                None => {
                    let ids = ctx.ids(notes)?;
                    let reply = ctx.call_each_as(notes_info(&ids), ids.len())?;
                    (ids, reply)
                }
            };
            Ok(Output::Table(info_table(&ids, &found, result, ctx.term.stdout_tty)).into())
        }
        NoteCommand::Update(args) => update(ctx, args).map(Outcome::from),
        NoteCommand::UpdateModel {
            id,
            model,
            fields,
            tags,
            yes,
        } => {
            ctx.destructive("note update-model", *yes)?;
            let tags = spec::split_tags(tags);
            // A dry run shows the updateNoteModel request itself, without look-ups.
            let known = if ctx.dry_run {
                None
            } else {
                Some(spec::field_names(ctx, model)?)
            };
            let fields = spec::build_fields(ctx, &[], fields, known.as_deref(), model)?;
            if !ctx.dry_run {
                let note = fetch_note(ctx, *id)?;
                let kept_tags = if tags.is_empty() {
                    "its tags are removed".to_string()
                } else {
                    format!("its tags become: {}", tags.join(" "))
                };
                ctx.confirm(
                    &format!(
                        "Change note {id} from '{}' to '{model}'? Its fields ({}) are replaced by the values given and {kept_tags}; the old values cannot be got back.",
                        note.model_name,
                        note.field_names().join(", ")
                    ),
                    *yes,
                )?;
            }
            ctx.call_as::<()>(update_note_model(*id, model, fields, &tags))?;
            Ok(Output::Message {
                text: format!("Note {id} is now a '{model}' note."),
                result: Value::Null,
            }
            .into())
        }
        NoteCommand::Edit { id, file } => edit::run(ctx, *id, file.as_deref()).map(Outcome::from),
        NoteCommand::Import(args) => crate::commands::note::import::run(args, ctx),
        NoteCommand::Export(args) => export::run(args, ctx).map(Outcome::from),
        NoteCommand::Delete { notes, yes } => {
            ctx.destructive("note delete", *yes)?;
            let ids = ctx.ids(notes)?;
            let what = if ids.len() == 1 {
                format!("note {}", ids[0])
            } else {
                format!("{} notes", ids.len())
            };
            ctx.confirm(&format!("Delete {what} and all their cards?"), *yes)?;
            ctx.call_as::<()>(delete_notes(&ids))?;
            Ok(Output::Message {
                text: format!("Deleted {what}."),
                result: Value::Null,
            }
            .into())
        }
        NoteCommand::RemoveEmpty { yes } => {
            ctx.destructive("note remove-empty", *yes)?;
            ctx.confirm(
                "Remove every note type that no note uses (this is what removeEmptyNotes does)?",
                *yes,
            )?;
            ctx.call_as::<()>(remove_empty_notes())?;
            Ok(Output::Message {
                text: "Removed unused note types.".into(),
                result: Value::Null,
            }
            .into())
        }
        NoteCommand::ModTime { notes } => {
            let ids = ctx.ids(notes)?;
            let (times, result): (Vec<ModTime>, _) =
                ctx.call_each_as(notes_mod_time(&ids), ids.len())?;
            let mut table = Table::new(&["Note", "Modified"], result).with_ids(0);
            for (id, entry) in ids.iter().zip(times) {
                let modified = entry
                    .modified
                    .map_or_else(|| "(not found)".into(), |m| m.to_string());
                table.push(vec![id.to_string(), modified]);
            }
            Ok(Output::Table(table).into())
        }
    }
}

fn info_table(ids: &[i64], notes: &[NoteInfo], result: Value, tty: bool) -> Table {
    let width = if tty { 40 } else { usize::MAX };
    let mut table = Table::new(&["Note", "Type", "Tags", "Fields", "Cards"], result).with_ids(0);
    for (i, note) in notes.iter().enumerate() {
        let Some(id) = note.note_id else {
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
        let shown: Vec<String> = note
            .field_names()
            .iter()
            .take(2)
            .map(|n| format!("{n}: {}", plain_text(note.field(n), width)))
            .collect();
        table.push(vec![
            id.to_string(),
            note.model_name.clone(),
            note.tags.join(" "),
            shown.join("\n"),
            note.cards.len().to_string(),
        ]);
    }
    table
}

/// Reads notes from a JSON array, or one JSON object per line.
fn read_notes(ctx: &Ctx, file: &str) -> Result<Vec<Value>> {
    let origin = if file == "-" { "stdin" } else { file };
    crate::commands::input::parse_json_items(&ctx.read_source(file, "notes")?, origin, "note")
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

fn add_batch(ctx: &Ctx, file: &str, deck: Option<&str>, model: Option<&str>) -> Result<Outcome> {
    let mut notes = read_notes(ctx, file)?;
    fill_defaults(ctx, &mut notes, deck, model)?;
    let total = notes.len();
    // An ID per note; add-ons before 2024 answer null for a note they did not add.
    let (items, _): (Vec<Option<i64>>, _) = match ctx.call_each_as(add_notes(notes.clone()), total)
    {
        Err(CliError::Action { action, message }) => {
            return Err(explain_refused_batch(ctx, notes, action, message))
        }
        other => other?,
    };
    let failed: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_none())
        .map(|(i, _)| i + 1)
        .collect();
    let output = Output::Ids(items.iter().flatten().copied().collect());
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
        .call_each_as::<Verdict>(can_add_notes(notes, true), total)
        .ok()
        .map(|(v, _)| v);
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
    let (answers, result) = match verdicts(ctx, &notes, single, detail) {
        // Add-ons before 2023 lack the *WithErrorDetail actions: fall back to yes/no.
        Err(CliError::UnsupportedAction { .. }) if detail => verdicts(ctx, &notes, single, false)?,
        other => other?,
    };
    let mut table = Table::new(&["#", "Can add", "Reason"], result);
    let mut refused = Vec::new();
    for (i, answer) in answers.iter().enumerate() {
        // The user chose yes/no answers: the add-on is not to blame for the missing reasons.
        let reason = if !detail && !answer.can_add {
            "(--no-detail gives no reason; run without it to see why)".to_string()
        } else {
            answer.error.clone()
        };
        if !answer.can_add {
            refused.push((i + 1, reason.clone()));
        }
        table.push(vec![
            (i + 1).to_string(),
            if answer.can_add { "yes" } else { "no" }.into(),
            reason,
        ]);
    }
    let failure = match (refused.len(), single) {
        (0, _) => None,
        (_, true) if !detail => Some(CliError::Refused(format!(
            "the note cannot be added {}",
            refused[0].1
        ))),
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

/// Asks Anki whether `notes` can be added: one verdict per note, and the raw result. Without
/// `detail` (canAddNote(s): yes/no only) a refusal's reason says that there is none.
fn verdicts(
    ctx: &Ctx,
    notes: &[Value],
    single: bool,
    detail: bool,
) -> Result<(Vec<Verdict>, Value)> {
    let no_reason = |ok: bool| Verdict {
        can_add: ok,
        error: if ok {
            String::new()
        } else {
            "(no reason: this add-on has no *WithErrorDetail)".into()
        },
    };
    Ok(match (single, detail) {
        (true, true) => {
            let (v, raw) = ctx.call_as_raw::<Verdict>(can_add_note(notes[0].clone(), true))?;
            (vec![v], raw)
        }
        (true, false) => {
            let (ok, raw) = ctx.call_as_raw::<bool>(can_add_note(notes[0].clone(), false))?;
            (vec![no_reason(ok)], raw)
        }
        (false, true) => ctx.call_each_as(can_add_notes(notes.to_vec(), true), notes.len())?,
        (false, false) => {
            let (oks, raw): (Vec<bool>, _) =
                ctx.call_each_as(can_add_notes(notes.to_vec(), false), notes.len())?;
            (oks.into_iter().map(no_reason).collect(), raw)
        }
    })
}

/// Fetches one note's notesInfo entry; an unknown ID is an error.
pub fn fetch_note(ctx: &Ctx, id: i64) -> Result<NoteInfo> {
    let (mut info, _): (Vec<NoteInfo>, _) = ctx.call_each_as(notes_info(&[id]), 1)?;
    match info.pop() {
        Some(note) if note.note_id.is_some() => Ok(note),
        _ => Err(CliError::Refused(format!("Note was not found: {id}"))),
    }
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
                Some(fetch_note(ctx, args.id)?.field_names())
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
                    crate::api::note::update_note_tags(
                        args.id,
                        &spec::split_tags(std::slice::from_ref(tags)),
                    )
                }
            }
            None => update_note_fields(Value::Object(note)),
        });
    }
    if !args.add_tag.is_empty() {
        requests.push(crate::api::note::add_tags(
            &[args.id],
            &spec::split_tags(&args.add_tag).join(" "),
        ));
    }
    if !args.remove_tag.is_empty() {
        requests.push(crate::api::note::remove_tags(
            &[args.id],
            &spec::split_tags(&args.remove_tag).join(" "),
        ));
    }
    ctx.call_all_as::<()>(&requests)?;
    Ok(Output::Message {
        text: format!("Updated note {}.", args.id),
        result: Value::Null,
    })
}
