//! `note export`: notes as CSV, TSV or JSON (id, deck, model, tags, every field),
//! in the shape `note import` reads back.

use std::collections::HashMap;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::{json, Value};

use super::anki_text::{self, AnkiNote};
use super::import::guid::GuidIndex;
use crate::api::deck::get_decks;
use crate::api::note::{find_notes, notes_info};
use crate::api::reply::NoteInfo;
use crate::commands::context::Ctx;
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

/// Notes fetched per request.
const CHUNK: usize = 500;

/// One exported note.
#[derive(Debug, Clone)]
struct Row {
    id: i64,
    deck: String,
    model: String,
    tags: Vec<String>,
    fields: Vec<(String, String)>,
}

/// Runs `note export`.
pub fn run(args: &ExportArgs, ctx: &Ctx) -> Result<Output> {
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
    let mut rows = Vec::with_capacity(ids.len());
    let mut columns: Vec<String> = Vec::new();
    for chunk in ids.chunks(CHUNK) {
        let (info, _) = ctx.send_each(notes_info(chunk), chunk.len())?;
        let notes: Vec<NoteInfo> = info.into_iter().filter(|n| n.note_id.is_some()).collect();
        let first_cards: Vec<i64> = notes
            .iter()
            .filter_map(|n| n.cards.first().copied())
            .collect();
        let (decks, raw) = ctx.send_raw(get_decks(&first_cards))?;
        if let Some(why) = crate::api::deck::unplaced(&decks, &first_cards) {
            return Err(CliError::unexpected_reply("getDecks", &raw, &why));
        }
        let deck_of: HashMap<i64, String> = decks
            .0
            .into_iter()
            .flat_map(|(deck, cards)| cards.into_iter().map(move |c| (c, deck.clone())))
            .collect();
        for note in notes {
            let names = note.field_names();
            for name in &names {
                if !columns.contains(name) {
                    columns.push(name.clone());
                }
            }
            rows.push(Row {
                id: note.note_id.unwrap_or_default(),
                deck: note
                    .cards
                    .first()
                    .and_then(|c| deck_of.get(c).cloned())
                    .unwrap_or_default(),
                fields: names
                    .iter()
                    .map(|n| (n.clone(), note.field(n).to_string()))
                    .collect(),
                model: note.model_name,
                tags: note.tags,
            });
        }
    }
    let guids = match format {
        ExportFormat::Anki => {
            let mut index = GuidIndex::default();
            let mut guids = HashMap::new();
            for row in &rows {
                if let Some(guid) = index.guid_of(ctx, &row.deck, row.id)? {
                    guids.insert(row.id, guid);
                }
            }
            guids
        }
        _ => HashMap::new(),
    };
    let bytes = render(&rows, &columns, format, &guids)?;
    match out {
        Some(path) => {
            crate::files::write_atomically(path, &bytes)?;
            Ok(Output::Message {
                text: format!("Exported {} note(s) to {}.", rows.len(), path.display()),
                result: json!({"notes": rows.len(), "file": path.display().to_string()}),
            })
        }
        None => Ok(Output::Bytes(bytes)),
    }
}

fn render(
    rows: &[Row],
    columns: &[String],
    format: ExportFormat,
    guids: &HashMap<i64, String>,
) -> Result<Vec<u8>> {
    if format == ExportFormat::Anki {
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
        return anki_text::render(&notes, !guids.is_empty());
    }
    if format == ExportFormat::Json {
        let notes: Vec<Value> = rows
            .iter()
            .map(|r| {
                let fields: serde_json::Map<String, Value> = r.fields.iter().map(|(n, v)| (n.clone(), json!(v))).collect();
                json!({"id": r.id, "deck": r.deck, "model": r.model, "tags": r.tags, "fields": fields})
            })
            .collect();
        let mut out = serde_json::to_vec_pretty(&notes).expect("JSON serializes");
        out.push(b'\n');
        return Ok(out);
    }
    let delimiter = if format == ExportFormat::Tsv {
        b'\t'
    } else {
        b','
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let mut header = vec![
        "id".to_string(),
        "deck".into(),
        "model".into(),
        "tags".into(),
    ];
    header.extend(columns.iter().cloned());
    let fail = |e: csv::Error| CliError::Usage(format!("cannot write the export: {e}"));
    writer.write_record(&header).map_err(fail)?;
    for row in rows {
        let mut record = vec![
            row.id.to_string(),
            row.deck.clone(),
            row.model.clone(),
            row.tags.join(" "),
        ];
        record.extend(columns.iter().map(|c| {
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
        let Output::Bytes(bytes) = run(&args, &anki.ctx()).unwrap() else {
            panic!("bytes to stdout")
        };
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "id,deck,model,tags,Front,Back,Text\n7,X,Basic,a b,f,\"b,c\",\n8,X::Y,Cloze,,,,t\n"
        );
    }
}
