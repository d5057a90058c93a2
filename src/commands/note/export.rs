//! `note export`: notes as CSV, TSV or JSON (id, deck, model, tags, every field),
//! in the shape `note import` reads back.

use std::collections::HashMap;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::{json, Value};

use super::anki_text::{self, AnkiNote};
use super::import::guid::GuidIndex;
use crate::api::deck::{deck_names_and_ids, get_decks};
use crate::api::misc::multi;
use crate::api::model::model_names_and_ids;
use crate::api::note::{find_notes, notes_info};
use crate::api::reply::{MultiItem, NoteInfo};
use crate::commands::chunks;
use crate::commands::context::{Ctx, Outcome};
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
    let columns = field_columns(ctx, &args.query, &ids)?;
    let mut encoder = Encoder {
        format,
        columns,
        total: ids.len(),
        asked: 0,
        items: 0,
    };
    let chunk = chunks::size(ctx, CHUNK);
    if format == ExportFormat::Anki {
        return anki_export(ctx, &ids, chunk, out);
    }
    let index = if ids.len() > chunk {
        DeckIndex::read(ctx)?
    } else {
        DeckIndex::default()
    };
    let Some(path) = out else {
        return chunks::stream(ctx, ids, chunk, move |ctx, part| {
            let rows = read_rows(ctx, part, &index)?;
            Ok(Output::Bytes(encoder.encode(part.len(), &rows)?))
        });
    };
    let mut file = crate::files::AtomicWriter::create(path)?;
    let mut progress = chunks::Progress::new(ctx.term.stderr_tty, ids.len(), 0);
    let mut exported = 0;
    let mut at = 0;
    loop {
        let part = &ids[at..(at + chunk).min(ids.len())];
        let rows = read_rows(ctx, part, &index)?;
        exported += rows.len();
        file.write_part(&encoder.encode(part.len(), &rows)?)?;
        at += part.len();
        progress.set(at);
        if at >= ids.len() {
            break;
        }
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
        rows.extend(read_rows(ctx, part, &DeckIndex::default())?);
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

/// The field columns: the union of the exported note types' fields, in the order of the
/// notes (a note type's fields come when its first note does), found before any note is read
/// so the header can be written first: the notes of each note type among them (one search per
/// type, in one multi), then the fields of those types (one multi).
fn field_columns(ctx: &Ctx, query: &str, ids: &[i64]) -> Result<Vec<String>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let models = ctx.send(model_names_and_ids())?.0;
    let searches = models
        .iter()
        .map(|(_, id)| json!({"action": "findNotes", "params": {"query": format!("({query}) mid:{id}")}}))
        .collect();
    let found: Vec<MultiItem<Vec<i64>>> = ctx.send(multi(searches))?;
    let position: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut used: Vec<(usize, &str)> = models
        .iter()
        .zip(found)
        .filter_map(|((name, _), notes)| {
            let first = notes
                .result
                .unwrap_or_default()
                .iter()
                .filter_map(|id| position.get(id).copied())
                .min()?;
            Some((first, name.as_str()))
        })
        .collect();
    used.sort();
    let asks = used
        .iter()
        .map(|(_, name)| json!({"action": "modelFieldNames", "params": {"modelName": name}}))
        .collect();
    let fields: Vec<MultiItem<Vec<String>>> = ctx.send(multi(asks))?;
    let mut columns: Vec<String> = Vec::new();
    for name in fields
        .into_iter()
        .flat_map(|f| f.result.unwrap_or_default())
    {
        if !columns.contains(&name) {
            columns.push(name);
        }
    }
    Ok(columns)
}

/// The deck of each note whose cards are all in one deck, for an export of many notes: one
/// `did:` search per deck (in one multi) instead of a getDecks per chunk, which loads every
/// card in Anki. A note found in no deck's search or in several (cards in several decks, or a
/// card in a filtered deck, which its home deck's search finds too) is not here: its first
/// card's deck is asked with getDecks as before.
#[derive(Default)]
struct DeckIndex {
    names: Vec<String>,
    deck_of: HashMap<i64, u32>,
}

impl DeckIndex {
    fn read(ctx: &Ctx) -> Result<DeckIndex> {
        let decks = ctx.send(deck_names_and_ids())?.0;
        let searches = decks
            .iter()
            .map(|(_, id)| json!({"action": "findNotes", "params": {"query": format!("did:{id}")}}))
            .collect();
        let found: Vec<MultiItem<Vec<i64>>> = ctx.send(multi(searches))?;
        let mut index = DeckIndex::default();
        let mut several = std::collections::HashSet::new();
        for (k, ((name, _), notes)) in decks.into_iter().zip(found).enumerate() {
            index.names.push(name);
            for note in notes.result.unwrap_or_default() {
                if index.deck_of.insert(note, k as u32).is_some() {
                    several.insert(note);
                }
            }
        }
        index.deck_of.retain(|note, _| !several.contains(note));
        Ok(index)
    }

    fn deck(&self, note: i64) -> Option<&str> {
        self.deck_of
            .get(&note)
            .map(|&k| self.names[k as usize].as_str())
    }
}

/// The notes of these IDs (an ID that is no note is left out), each with the deck of its
/// first card: one notesInfo, and a getDecks for the notes the index does not place.
fn read_rows(ctx: &Ctx, ids: &[i64], index: &DeckIndex) -> Result<Vec<Row>> {
    let (info, _) = ctx.send_each(notes_info(ids), ids.len())?;
    let notes: Vec<NoteInfo> = info.into_iter().filter(|n| n.note_id.is_some()).collect();
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
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(Vec::new());
        let fail = |e: csv::Error| CliError::Usage(format!("cannot write the export: {e}"));
        if first {
            let mut header = vec![
                "id".to_string(),
                "deck".into(),
                "model".into(),
                "tags".into(),
            ];
            header.extend(self.columns.iter().cloned());
            writer.write_record(&header).map_err(fail)?;
        }
        for row in rows {
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
            writer.write_record(&record).map_err(fail)?;
        }
        writer
            .into_inner()
            .map_err(|e| CliError::Usage(format!("cannot write the export: {e}")))
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
            .reply("modelNamesAndIds", json!({"Cloze": 2, "Basic": 1, "Unused": 3}))
            .reply(
                "multi",
                json!([{"result": [8], "error": null}, {"result": [7], "error": null},
                       {"result": [], "error": null}]),
            )
            .reply(
                "multi",
                json!([{"result": ["Front", "Back"], "error": null},
                       {"result": ["Text"], "error": null}]),
            )
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
        let searches = &anki.params_of("multi")[0]["actions"];
        assert_eq!(searches[0]["params"]["query"], "(deck:X) mid:2");
        assert_eq!(
            anki.params_of("multi")[1]["actions"][0]["params"],
            json!({"modelName": "Basic"})
        );
    }
}
