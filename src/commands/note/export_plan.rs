//! What `note export` finds before its header: the field columns and the deck of each note,
//! with as few requests as an export of one deck needs (see [`DeckIndex`]).

use std::collections::{HashMap, HashSet};

use serde_json::json;

use crate::api::deck::get_decks;
use crate::api::misc::multi;
use crate::api::note::find_notes;
use crate::api::reply::{MultiItem, NoteInfo};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// The field columns of notes that all came in one chunk: the union of their note types'
/// fields, in the order of the notes (a note type's fields come when its first note does).
pub fn first_columns(notes: &[NoteInfo]) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for note in notes {
        if seen.contains(&note.model_name.as_str()) {
            continue;
        }
        seen.push(&note.model_name);
        for name in note.field_names() {
            if !columns.contains(&name) {
                columns.push(name);
            }
        }
    }
    columns
}

/// The field columns of an export of several chunks, found before the header is written: the
/// note types of the first chunk give theirs (as [`first_columns`]); one search says whether
/// any other note type has notes among `ids` (usually none). Only then is each other type
/// searched (one multi) and its fields asked (one multi), so its columns come where its first
/// note does.
pub fn field_columns(
    ctx: &Ctx,
    query: &str,
    ids: &[i64],
    first: &[NoteInfo],
    models: &[(String, i64)],
) -> Result<Vec<String>> {
    let mut columns = first_columns(first);
    let seen: Vec<&str> = first.iter().map(|n| n.model_name.as_str()).collect();
    let others: Vec<&(String, i64)> = models
        .iter()
        .filter(|(name, _)| !seen.contains(&name.as_str()))
        .collect();
    if others.is_empty() {
        return Ok(columns);
    }
    let excluded: String = models
        .iter()
        .filter(|(name, _)| seen.contains(&name.as_str()))
        .map(|(_, id)| format!(" -mid:{id}"))
        .collect();
    if ctx
        .send(find_notes(&format!("({query}){excluded}")))?
        .is_empty()
    {
        return Ok(columns);
    }
    let searches = others
        .iter()
        .map(|(_, id)| json!({"action": "findNotes", "params": {"query": format!("({query}) mid:{id}")}}))
        .collect();
    let found: Vec<MultiItem<Vec<i64>>> = ctx.send(multi(searches))?;
    let position: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut used: Vec<(usize, &str)> = others
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

/// The deck of the exported notes whose cards are all in one deck, for an export of many
/// notes, without a getDecks of every note (which loads each card in Anki). Most exports are
/// of one deck: the deck of the first note's first card (one getDecks of one card) is taken as
/// the likely one, and one search finds the notes with a card in another deck or in a filtered
/// deck: an exported note not among them has all its cards in the likely deck. When more than
/// a chunk of exported notes are among them, every deck is searched (one multi), and such a
/// note found in exactly one deck's search is in that deck. The rest (cards in several decks)
/// are asked with getDecks, chunk by chunk.
#[derive(Default)]
pub struct DeckIndex {
    names: Vec<String>,
    deck_of: HashMap<i64, u32>,
    /// The deck of the exported notes not in `elsewhere` (`None`: no index, all are asked).
    rest: Option<u32>,
    /// Exported notes with a card outside `rest`'s deck or in a filtered deck.
    elsewhere: HashSet<i64>,
}

impl DeckIndex {
    /// The index for an export of `ids` whose first chunk is `first`, over these decks
    /// (deckNamesAndIds); `chunk`: how many notes elsewhere are still asked per chunk.
    pub fn read(
        ctx: &Ctx,
        ids: &[i64],
        first: &[NoteInfo],
        decks: Vec<(String, i64)>,
        chunk: usize,
    ) -> Result<DeckIndex> {
        let Some(card) = first.iter().find_map(|n| n.cards.first().copied()) else {
            return Ok(DeckIndex::default());
        };
        let (likely, raw) = ctx.send_raw(get_decks(&[card]))?;
        let Some(k) = likely
            .0
            .first()
            .and_then(|(name, _)| decks.iter().position(|(n, _)| n == name))
        else {
            return Err(CliError::unexpected_reply(
                "getDecks",
                &raw,
                &format!("card {card} is in no deck that deckNamesAndIds lists"),
            ));
        };
        // Notes with a card in another deck, or in a filtered one (whose cards `did:` also
        // finds in their home deck): one search.
        let outside: Vec<i64> =
            ctx.send(find_notes(&format!("-did:{} OR deck:filtered", decks[k].1)))?;
        let exported: HashSet<i64> = ids.iter().copied().collect();
        let elsewhere: HashSet<i64> = outside
            .into_iter()
            .filter(|note| exported.contains(note))
            .collect();
        let mut index = DeckIndex {
            names: decks.iter().map(|(name, _)| name.clone()).collect(),
            rest: Some(k as u32),
            ..Default::default()
        };
        if elsewhere.len() > chunk {
            // Many: such a note found in exactly one deck's search is in that deck.
            let searches = decks
                .iter()
                .map(|(_, id)| json!({"action": "findNotes", "params": {"query": format!("did:{id}")}}))
                .collect();
            let found: Vec<MultiItem<Vec<i64>>> = ctx.send(multi(searches))?;
            let mut several = HashSet::new();
            for (k, notes) in found.into_iter().enumerate() {
                let notes = notes.result.unwrap_or_default();
                for note in notes.into_iter().filter(|n| elsewhere.contains(n)) {
                    if index.deck_of.insert(note, k as u32).is_some() {
                        several.insert(note);
                    }
                }
            }
            index.deck_of.retain(|note, _| !several.contains(note));
        }
        // The rest are asked with each chunk.
        index.elsewhere = elsewhere;
        Ok(index)
    }

    /// The deck of `note`, when the index knows it.
    pub fn deck(&self, note: i64) -> Option<&str> {
        let k = match self.deck_of.get(&note) {
            Some(&k) => k,
            None if self.elsewhere.contains(&note) => return None,
            None => self.rest?,
        };
        Some(self.names[k as usize].as_str())
    }
}
