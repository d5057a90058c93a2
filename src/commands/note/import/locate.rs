//! Where a row's duplicate is: the index of each target deck's notes read once at the start
//! (so rows already in their deck cost no check), and the `dupe:` searches that find the notes
//! Anki judged duplicates of rows (to say where skipped rows are, or which note to update).

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{json, Value};

use super::catalog::Catalog;
use super::duplicate::{dupe_escape, duplicate_key, search_escape};
use super::options::{DuplicateScope, OnDuplicate};
use super::prepare::Prepared;
use super::send::{Importer, Round, DUPLICATE};
use crate::api::note::{NewNote, Verdict};
use crate::api::reply::MultiItem;
use crate::error::Result;

/// How many notes one notesInfo of the duplicate index asks for (a reply of 1–2 MB).
const INDEX_PAGE: usize = 5000;

impl Importer<'_, '_> {
    /// Anki's verdict on each pending row. With --on-duplicate skip in the collection scope, rows
    /// whose note was in their deck when the import began ([`Importer::in_index`]) are refused
    /// as duplicates there without asking, so a rerun costs no check; [`Importer::judge`] judges
    /// the rest (Anki, or here for rows Anki would surely accept), and
    /// [`Importer::locate_skipped`] names the deck of any duplicate it finds among them.
    pub(super) fn check_located(
        &mut self,
        notes: Vec<NewNote>,
        rows: &[Prepared],
        pending: &[usize],
        round: &mut Round,
        catalog: &mut Catalog,
    ) -> Result<Vec<Verdict>> {
        let mut verdicts: Vec<Option<Verdict>> = vec![None; pending.len()];
        if self.scope == DuplicateScope::Collection && self.policy == OnDuplicate::Skip {
            // Rows whose note is already in their deck need no check at all (a rerun costs none).
            for (k, &i) in pending.iter().enumerate() {
                if self.in_index(&rows[i], catalog)? {
                    round.in_own_deck.insert(i);
                    verdicts[k] = Some(Verdict {
                        can_add: false,
                        error: DUPLICATE.to_string(),
                    });
                }
            }
        }
        // The rest: decided here when Anki would surely accept them, else asked (`known.rs`).
        self.judge(&notes, rows, pending, &mut verdicts, catalog)?;
        Ok(verdicts.into_iter().flatten().collect())
    }

    /// Whether the row's first field is already in a note of its note type in its deck, by Anki's
    /// rule ([`duplicate_key`]), as the deck was when the import began (read once per deck).
    pub(super) fn in_index(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<bool> {
        let Some(value) = row.first_field(catalog, self.ctx)? else {
            return Ok(false);
        };
        if !self.index.contains_key(&row.deck) {
            let deck = search_escape(&row.deck);
            let ids = self.send(crate::api::note::find_notes(&format!(
                "\"deck:{deck}\" -\"deck:{deck}::*\""
            )))?;
            let keys = self
                .first_fields(&ids)?
                .into_iter()
                .map(|(model, first)| (model.to_string(), duplicate_key(first)))
                .collect();
            self.index.insert(row.deck.clone(), keys);
        }
        let key = (row.model.clone(), duplicate_key(&value));
        Ok(self.index[&row.deck].contains(&key))
    }

    /// The note type and first field of each of these notes (a note without fields is left
    /// out), read with notesInfo in pages; each note is read once per import (the deck index
    /// and `known.rs` share what was read).
    pub(super) fn first_fields(&mut self, ids: &[i64]) -> Result<Vec<(&str, &str)>> {
        let unread: Vec<i64> = ids
            .iter()
            .copied()
            .filter(|id| !self.first_fields.contains_key(id))
            .collect();
        for page in unread.chunks(INDEX_PAGE) {
            for note in self.send(crate::api::note::notes_info(page))? {
                if let (Some(id), Some(first)) = (note.note_id, note.first()) {
                    let value = first.value.clone();
                    self.first_fields.insert(id, (note.model_name, value));
                }
            }
        }
        Ok(ids
            .iter()
            .filter_map(|id| self.first_fields.get(id))
            .map(|(model, first)| (model.as_str(), first.as_str()))
            .collect())
    }

    /// Where the notes of skipped rows are. Rows Anki refused in their own deck's scope count
    /// there; for the rest, one findCards per row (in one multi), then one getDecks: a row whose
    /// note has a card in the row's deck counts there.
    pub(super) fn locate_skipped(
        &mut self,
        rows: &[Prepared],
        skips: &[usize],
        in_own_deck: &HashSet<usize>,
        catalog: &mut Catalog,
    ) -> Result<()> {
        let mut elsewhere = Vec::with_capacity(skips.len());
        for &i in skips {
            if in_own_deck.contains(&i) {
                let deck = rows[i].deck.clone();
                self.tally.skipped_at(&rows[i], &deck);
            } else {
                elsewhere.push(i);
            }
        }
        let skips = &elsewhere[..];
        if skips.is_empty() {
            return Ok(());
        }
        let (found, cards) = self.search_rows("findCards", rows, skips, catalog)?;
        let decks: Vec<(String, Vec<i64>)> = if cards.is_empty() {
            Vec::new()
        } else {
            let decks = self.send(crate::api::deck::get_decks(&cards))?;
            if let Some(why) = crate::api::deck::unplaced(&decks, &cards) {
                return Err(crate::error::CliError::unexpected_reply(
                    "getDecks",
                    &json!(decks.0),
                    &why,
                ));
            }
            decks.0
        };
        let deck_of: HashMap<i64, String> = decks
            .into_iter()
            .flat_map(|(deck, cards)| cards.into_iter().map(move |c| (c, deck.clone())))
            .collect();
        for (&i, cards) in skips.iter().zip(&found) {
            let row = &rows[i];
            let places: BTreeSet<&str> = cards
                .iter()
                .filter_map(|c| deck_of.get(c).map(String::as_str))
                .collect();
            let place = if places.contains(row.deck.as_str()) {
                row.deck.clone()
            } else {
                places.first().map(|d| d.to_string()).unwrap_or_default()
            };
            self.tally.skipped_at(row, &place);
        }
        Ok(())
    }

    /// The search that finds the notes Anki counts as duplicates of a row: the same note type
    /// and first field (Anki's own `dupe:` comparison), in the row's deck with --duplicate-scope deck.
    pub(super) fn dupe_query(
        &mut self,
        row: &Prepared,
        catalog: &mut Catalog,
    ) -> Result<Option<String>> {
        let (Some(value), Some(model)) = (
            row.first_field(catalog, self.ctx)?,
            catalog.model_id(&row.model),
        ) else {
            return Ok(None);
        };
        let mut query = format!("\"dupe:{model},{}\"", dupe_escape(&value));
        if self.scope == DuplicateScope::Deck {
            let deck = search_escape(&row.deck);
            query.push_str(&format!(" \"deck:{deck}\" -\"deck:{deck}::*\""));
        }
        Ok(Some(query))
    }

    /// Searches each of `picked` rows for its duplicates (one `dupe:` search per row, in one
    /// multi): the IDs each found, and all of them once, in order.
    pub(super) fn search_rows(
        &mut self,
        action: &str,
        rows: &[Prepared],
        picked: &[usize],
        catalog: &mut Catalog,
    ) -> Result<(Vec<Vec<i64>>, Vec<i64>)> {
        let mut queries = Vec::with_capacity(picked.len());
        for &i in picked {
            queries.push(self.dupe_query(&rows[i], catalog)?);
        }
        let found = self.search_each(action, &queries)?;
        let distinct: BTreeSet<i64> = found.iter().flatten().copied().collect();
        Ok((found, distinct.into_iter().collect()))
    }

    /// Runs one search per row in one multi; the IDs each found (empty for a row without one).
    pub(super) fn search_each(
        &mut self,
        action: &str,
        queries: &[Option<String>],
    ) -> Result<Vec<Vec<i64>>> {
        let actions: Vec<Value> = queries
            .iter()
            .flatten()
            .map(|q| json!({"action": action, "params": {"query": q}}))
            .collect();
        let replies: Vec<MultiItem<Vec<i64>>> = if actions.is_empty() {
            Vec::new()
        } else {
            self.send(crate::api::misc::multi(actions))?
        };
        let mut replies = replies.into_iter();
        Ok(queries
            .iter()
            .map(|q| match q {
                Some(_) => replies.next().and_then(|r| r.result).unwrap_or_default(),
                None => Vec::new(),
            })
            .collect())
    }
}
