//! `note export`: notes as CSV, TSV or JSON (id, deck, model, tags, every field),
//! in the shape `note import` reads back.

use std::collections::HashMap;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::{json, Value};

use super::anki_text::{self, AnkiNote};
use super::export_plan::{field_columns, first_columns, DeckIndex};
use super::import::guid::GuidIndex;
use crate::api::deck::{deck_names_and_ids, get_decks};
use crate::api::model::model_names_and_ids;
use crate::api::note::{find_notes, notes_info};
use crate::api::reply::NoteInfo;
use crate::commands::chunks;
use crate::commands::context::{Ctx, More, Outcome};
use crate::error::{CliError, Result};
use crate::output::Output;

/// Export file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated, with a header
    Csv,
    /// Tab-separated, with a header
    Tsv,
    /// A JSON array of notes
    Json,
    /// Anki's "Notes in Plain Text": tab-separated with its file headers (File > Import reads it
    /// as it is)
    Anki,
}

/// Arguments of `note export`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "\
Columns: id, deck, model, tags, then every field (the union over the exported note types).
Importing the file again updates the notes by their id, so a spreadsheet round trip works.
--format anki (or --out FILE.txt) writes Anki's own Notes in Plain Text: its file
headers, then each note's GUID, note type, deck, the fields in the note type's order and
tags; Anki's File > Import reads it with no setting changed and updates the same notes,
and so does note import. The GUIDs are read from a package Anki exports of each top-level
deck the notes are in (exportPackage, into its media folder, read and deleted again).

Examples:
  anki-cli note export --query 'deck:French' --out french.csv
  anki-cli note export --query 'tag:verbs' --format json | jq '.[0]'
  anki-cli note import french.csv        (after editing it: updates by id)")]
pub struct ExportArgs {
    /// Which notes: an Anki search (one argument: quote a search of several words)
    #[arg(short, long, allow_hyphen_values = true)]
    pub query: String,
    /// Format (default: by --out's extension: .tsv, .json, .txt is anki; else CSV)
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Write to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Overwrite an existing file
    #[arg(long)]
    pub force: bool,
}

/// Notes per notesInfo request (a note's entry is a few hundred bytes: replies of 1–2 MB).
const CHUNK: usize = 5000;

/// One exported note.
#[derive(Debug, Clone)]
struct Row {
    id: i64,
    deck: String,
    model: String,
    tags: Vec<String>,
    fields: Vec<(String, String)>,
}

/// Runs `note export`: read in chunks, each written as it arrives (to stdout, or to a
/// temporary file that replaces `--out` when it is whole).
pub fn run(args: &ExportArgs, ctx: &Ctx) -> Result<Outcome> {
    let format = args.format.unwrap_or_else(|| {
        match args
            .out
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
        {
            Some(e) if e.eq_ignore_ascii_case("tsv") => ExportFormat::Tsv,
            Some(e) if e.eq_ignore_ascii_case("json") => ExportFormat::Json,
            Some(e) if e.eq_ignore_ascii_case("txt") => ExportFormat::Anki,
            _ => ExportFormat::Csv,
        }
    });
    let out = crate::files::out_path(args.out.as_deref());
    if let Some(path) = out {
        crate::files::check_overwrite(path, args.force)?;
    }
    let ids = ctx.send(find_notes(&args.query))?;
    let chunk = chunks::size(ctx, CHUNK);
    if format == ExportFormat::Anki {
        return anki_export(ctx, &ids, chunk, out);
    }
    let total = ids.len();
    // The first chunk is read (on the reader thread) while the note types and decks are found.
    let mut notes = chunks::Chunks::new(ctx, ids.clone(), chunk, read_notes);
    let found = (total > chunk)
        .then(|| -> Result<_> {
            Ok((
                ctx.send(model_names_and_ids())?.0,
                ctx.send(deck_names_and_ids())?.0,
            ))
        })
        .transpose()?;
    let (first_ids, first) = match notes.next(ctx) {
        Some((part, read)) => (part, read?),
        None => (Vec::new(), Vec::new()),
    };
    let (columns, index) = match found {
        // JSON names each note's fields: no columns to find.
        Some((_, decks)) if format == ExportFormat::Json => (
            Vec::new(),
            DeckIndex::read(ctx, &ids, &first, decks, chunk)?,
        ),
        Some((models, decks)) => (
            field_columns(ctx, &args.query, &ids, &first, &models)?,
            DeckIndex::read(ctx, &ids, &first, decks, chunk)?,
        ),
        None => (first_columns(&first), DeckIndex::default()),
    };
    drop(ids);
    let mut encoder = Encoder {
        format,
        columns,
        total,
        asked: 0,
        items: 0,
    };
    let first_rows = to_rows(ctx, first, &index)?;
    let first_part = encoder.encode(first_ids.len(), &first_rows)?;
    let Some(path) = out else {
        if first_ids.len() >= total {
            return Ok(Output::Bytes(first_part).into());
        }
        let mut progress = chunks::Progress::new(ctx.term.stderr_tty, total, first_ids.len());
        let mut at = first_ids.len();
        let next = move |ctx: &Ctx| {
            let Some((part, read)) = notes.next(ctx) else {
                progress.done();
                return Ok(None);
            };
            let rows = to_rows(ctx, read?, &index)?;
            at += part.len();
            progress.set(at);
            Ok(Some(Output::Bytes(encoder.encode(part.len(), &rows)?)))
        };
        return Ok(Outcome {
            output: Output::Bytes(first_part),
            failure: None,
            more: Some(More(Box::new(next))),
        });
    };
    let mut file = crate::files::AtomicWriter::create(path)?;
    let mut progress = chunks::Progress::new(ctx.term.stderr_tty, total, 0);
    let mut exported = first_rows.len();
    file.write_part(&first_part)?;
    let mut at = first_ids.len();
    progress.set(at);
    while let Some((part, read)) = notes.next(ctx) {
        let rows = to_rows(ctx, read?, &index)?;
        exported += rows.len();
        file.write_part(&encoder.encode(part.len(), &rows)?)?;
        at += part.len();
        progress.set(at);
    }
    file.commit()?;
    progress.done();
    Ok(Output::Message {
        text: format!("Exported {exported} note(s) to {}.", path.display()),
        result: json!({"notes": exported, "file": path.display().to_string()}),
    }
    .into())
}

/// `--format anki`: the GUIDs are looked up per deck once all rows are read, so this format is
/// written whole (read in chunks all the same).
fn anki_export(
    ctx: &Ctx,
    ids: &[i64],
    chunk: usize,
    out: Option<&std::path::Path>,
) -> Result<Outcome> {
    let mut rows = Vec::with_capacity(ids.len());
    for part in ids.chunks(chunk.max(1)) {
        rows.extend(to_rows(ctx, read_notes(ctx, part)?, &DeckIndex::default())?);
    }
    let mut index = GuidIndex::default();
    let mut guids = HashMap::new();
    for row in &rows {
        if let Some(guid) = index.guid_of(ctx, &row.deck, row.id)? {
            guids.insert(row.id, guid);
        }
    }
    let notes: Vec<AnkiNote> = rows
        .iter()
        .map(|r| AnkiNote {
            guid: guids.get(&r.id).cloned(),
            model: r.model.clone(),
            deck: r.deck.clone(),
            fields: r.fields.iter().map(|(_, v)| v.clone()).collect(),
            tags: r.tags.clone(),
        })
        .collect();
    let bytes = anki_text::render(&notes, !guids.is_empty())?;
    Ok(match out {
        Some(path) => {
            crate::files::write_atomically(path, &bytes)?;
            Output::Message {
                text: format!("Exported {} note(s) to {}.", rows.len(), path.display()),
                result: json!({"notes": rows.len(), "file": path.display().to_string()}),
            }
        }
        None => Output::Bytes(bytes),
    }
    .into())
}

/// The notes of these IDs (an ID that is no note is left out): one notesInfo.
fn read_notes(ctx: &Ctx, ids: &[i64]) -> Result<Vec<NoteInfo>> {
    let (info, _) = ctx.send_each(notes_info(ids), ids.len())?;
    Ok(info.into_iter().filter(|n| n.note_id.is_some()).collect())
}

/// The rows of these notes, each with the deck of its first card: from the index, else one
/// getDecks for the notes the index does not place.
fn to_rows(ctx: &Ctx, notes: Vec<NoteInfo>, index: &DeckIndex) -> Result<Vec<Row>> {
    let first_cards: Vec<i64> = notes
        .iter()
        .filter(|n| n.note_id.and_then(|id| index.deck(id)).is_none())
        .filter_map(|n| n.cards.first().copied())
        .collect();
    let decks = if first_cards.is_empty() {
        Default::default()
    } else {
        let (decks, raw) = ctx.send_raw(get_decks(&first_cards))?;
        if let Some(why) = crate::api::deck::unplaced(&decks, &first_cards) {
            return Err(CliError::unexpected_reply("getDecks", &raw, &why));
        }
        decks
    };
    let deck_of: HashMap<i64, String> = decks
        .0
        .into_iter()
        .flat_map(|(deck, cards)| cards.into_iter().map(move |c| (c, deck.clone())))
        .collect();
    Ok(notes
        .into_iter()
        .map(|note| {
            let names = note.field_names();
            Row {
                id: note.note_id.unwrap_or_default(),
                deck: match note.note_id.and_then(|id| index.deck(id)) {
                    Some(deck) => deck.to_string(),
                    None => note
                        .cards
                        .first()
                        .and_then(|c| deck_of.get(c).cloned())
                        .unwrap_or_default(),
                },
                fields: names
                    .iter()
                    .map(|n| (n.clone(), note.field(n).to_string()))
                    .collect(),
                model: note.model_name,
                tags: note.tags,
            }
        })
        .collect())
}

/// Writes the export part by part: the header (or the JSON array's opening) with the first
/// part, the array's end with the last; the parts together are the file written at once.
struct Encoder {
    format: ExportFormat,
    columns: Vec<String>,
    /// IDs to export, and IDs asked about so far.
    total: usize,
    asked: usize,
    /// JSON notes written so far.
    items: usize,
}

impl Encoder {
    /// The bytes of the rows read for the next `asked` IDs.
    fn encode(&mut self, asked: usize, rows: &[Row]) -> Result<Vec<u8>> {
        let first = self.asked == 0;
        self.asked += asked;
        let last = self.asked >= self.total;
        if self.format == ExportFormat::Json {
            let mut out = Vec::new();
            for r in rows {
                let fields: serde_json::Map<String, Value> = r
                    .fields
                    .iter()
                    .map(|(n, v)| (n.clone(), json!(v)))
                    .collect();
                let note = json!({"id": r.id, "deck": r.deck, "model": r.model, "tags": r.tags, "fields": fields});
                out.extend_from_slice(if self.items == 0 { b"[\n" } else { b",\n" });
                let pretty = serde_json::to_string_pretty(&note).expect("JSON serializes");
                let indented: Vec<String> = pretty.lines().map(|l| format!("  {l}")).collect();
                out.extend_from_slice(indented.join("\n").as_bytes());
                self.items += 1;
            }
            if last {
                out.extend_from_slice(if self.items == 0 { b"[]\n" } else { b"\n]\n" });
            }
            return Ok(out);
        }
        let delimiter = if self.format == ExportFormat::Tsv {
            b'\t'
        } else {
            b','
        };
        let header = first.then(|| {
            ["id", "deck", "model", "tags"]
                .into_iter()
                .map(String::from)
                .chain(self.columns.iter().cloned())
                .collect::<Vec<String>>()
        });
        let records = rows.iter().map(|row| {
            let mut record = vec![
                row.id.to_string(),
                row.deck.clone(),
                row.model.clone(),
                row.tags.join(" "),
            ];
            record.extend(self.columns.iter().map(|c| {
                row.fields
                    .iter()
                    .find(|(n, _)| n == c)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            }));
            record
        });
        anki_text::delimited(
            Vec::new(),
            delimiter,
            None,
            header.into_iter().chain(records),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;

    #[test]
    fn export_joins_the_field_columns_and_finds_each_note_s_deck() {
        let anki = FakeAnki::new()
            .reply_to("findNotes", json!({"query": "deck:X"}), json!([7, 8]))
            .reply_to(
                "notesInfo",
                json!({"notes": [7, 8]}),
                json!([
                    {"noteId": 7, "modelName": "Basic", "tags": ["a", "b"], "cards": [70],
                     "fields": {"Front": {"value": "f", "order": 0}, "Back": {"value": "b,c", "order": 1}}},
                    {"noteId": 8, "modelName": "Cloze", "tags": [], "cards": [80, 81],
                     "fields": {"Text": {"value": "t", "order": 0}}}
                ]),
            )
            .reply_to(
                "getDecks",
                json!({"cards": [70, 80]}),
                json!({"X": [70], "X::Y": [80]}),
            );
        let args = ExportArgs {
            query: "deck:X".into(),
            format: None,
            out: None,
            force: false,
        };
        let Output::Bytes(bytes) = run(&args, &anki.ctx()).unwrap().output else {
            panic!("bytes to stdout")
        };
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "id,deck,model,tags,Front,Back,Text\n7,X,Basic,a b,f,\"b,c\",\n8,X::Y,Cloze,,,,t\n"
        );
        // One chunk: its notes name their note types' fields; nothing else is searched.
        assert_eq!(anki.sent(), ["findNotes", "notesInfo", "getDecks"]);
    }

    #[test]
    fn an_export_of_several_chunks_finds_columns_and_decks_first() {
        let anki = FakeAnki::new()
            .reply_to("findNotes", json!({"query": "deck:X"}), json!([7, 8]))
            .reply("modelNamesAndIds", json!({"Basic": 1, "Cloze": 2}))
            .reply("deckNamesAndIds", json!({"X": 10, "X::Y": 11}))
            .reply_to(
                "notesInfo",
                json!({"notes": [7]}),
                json!([{"noteId": 7, "modelName": "Basic", "tags": ["a"], "cards": [70],
                        "fields": {"Back": {"value": "b", "order": 1}, "Front": {"value": "f", "order": 0}}}]),
            )
            // Another note type has notes here: its first note says where its columns go.
            .reply_to("findNotes", json!({"query": "(deck:X) -mid:1"}), json!([8]))
            .reply("multi", json!([{"result": [8], "error": null}]))
            .reply("multi", json!([{"result": ["Text"], "error": null}]))
            // The first note's deck, then the notes with a card elsewhere.
            .reply_to("getDecks", json!({"cards": [70]}), json!({"X": [70]}))
            .reply_to(
                "findNotes",
                json!({"query": "-did:10 OR deck:filtered"}),
                json!([8, 9]),
            )
            .reply_to(
                "notesInfo",
                json!({"notes": [8]}),
                json!([{"noteId": 8, "modelName": "Cloze", "tags": [], "cards": [80, 81],
                        "fields": {"Text": {"value": "t", "order": 0}}}]),
            )
            .reply_to("getDecks", json!({"cards": [80]}), json!({"X::Y": [80]}));
        let mut settings = anki.ctx().settings.clone();
        settings.chunk = Some(1);
        let ctx = Ctx {
            settings: &settings,
            ..anki.ctx()
        };
        let args = ExportArgs {
            query: "deck:X".into(),
            format: None,
            out: None,
            force: false,
        };
        let outcome = run(&args, &ctx).unwrap();
        let Output::Bytes(mut bytes) = outcome.output else {
            panic!("bytes to stdout")
        };
        let More(mut next) = outcome.more.expect("a second part");
        while let Some(Output::Bytes(part)) = next(&ctx).unwrap() {
            bytes.extend(part);
        }
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "id,deck,model,tags,Front,Back,Text\n7,X,Basic,a,f,b,\n8,X::Y,Cloze,,,,t\n"
        );
        let multis = anki.params_of("multi");
        assert_eq!(multis[0]["actions"][0]["params"]["query"], "(deck:X) mid:2");
        assert_eq!(
            multis[1]["actions"][0]["params"],
            json!({"modelName": "Cloze"})
        );
        assert_eq!(multis.len(), 2, "no deck's search: one note is elsewhere");
    }
}
