//! Updating existing notes from rows: by the id column, or (--on-duplicate update) the note
//! Anki calls the row's duplicate; only notes whose fields or tags differ are sent.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::de::IgnoredAny;
use serde_json::{json, Value};

use super::catalog::Catalog;
use super::prepare::Prepared;
use super::send::Importer;
use crate::api::note::{update_note, update_note_fields, Media};
use crate::api::reply::{MultiItem, NoteInfo};
use crate::error::{CliError, Result};
use crate::request::Request;

impl Importer<'_, '_> {
    /// The update of note `id` to the row's fields (and tags, when the row gives any).
    fn update_request(id: i64, row: &Prepared) -> Request {
        let fields = row.fields.clone();
        match &row.tags {
            Some(tags) => update_note(id, fields, Media::default(), tags).into(),
            None => update_note_fields(id, fields, Media::default()).into(),
        }
    }

    /// Rows with an id column: their notes are read (one notesInfo), and those whose fields or
    /// tags differ are updated, all in one multi.
    pub(super) fn update_by_id(&mut self, rows: &[Prepared]) -> Result<()> {
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.id).collect();
        let info = self.send(crate::api::note::notes_info(&ids))?;
        if info.len() != rows.len() {
            return Err(CliError::unexpected_reply(
                "notesInfo",
                &json!(format!("{} notes for {} IDs", info.len(), rows.len())),
                "",
            ));
        }
        let mut targets = Vec::new();
        for (row, note) in rows.iter().zip(&info) {
            let id = row.id.unwrap_or_default();
            match (&note.note_id, &note.model_name) {
                (None, _) => self.tally.fail(row, &format!("Note was not found: {id}")),
                (Some(_), model) if *model != row.model => self.tally.fail(
                    row,
                    &format!(
                        "note {id} is a '{model}' note, not '{}' (fix the model column, or change the note's type with `note update-model`)",
                        row.model
                    ),
                ),
                (Some(_), _) => targets.push((row, note)),
            }
        }
        self.apply_updates(targets)
    }

    /// Updates notes whose fields or tags differ from their rows; the others are unchanged.
    fn apply_updates(&mut self, targets: Vec<(&Prepared, &NoteInfo)>) -> Result<()> {
        let mut changed = Vec::new();
        for (row, note) in targets {
            match note.note_id {
                Some(id) if differs(row, note) => changed.push((row, id)),
                _ => self.tally.counts.unchanged += 1,
            }
        }
        if changed.is_empty() {
            return Ok(());
        }
        if self.ctx.dry_run {
            self.tally.counts.updated += changed.len();
            return Ok(());
        }
        let updates: Vec<Value> = changed
            .iter()
            .map(|(row, id)| {
                let req = Self::update_request(*id, row);
                json!({"action": req.action, "params": req.params})
            })
            .collect();
        let replies: Vec<MultiItem<IgnoredAny>> = self.send(crate::api::misc::multi(updates))?;
        for ((row, _), reply) in changed.iter().zip(replies) {
            match reply.error {
                None => self.tally.counts.updated += 1,
                Some(message) => self.tally.fail(row, &message),
            }
        }
        Ok(())
    }

    /// --on-duplicate update: find each row's note (the one Anki calls its duplicate) and update
    /// it when it differs.
    ///
    /// Three requests however many rows: the searches in one multi, one notesInfo, the updates
    /// in one multi.
    pub(super) fn update_existing(
        &mut self,
        rows: &[Prepared],
        updates: &[usize],
        catalog: &mut Catalog,
    ) -> Result<()> {
        if updates.is_empty() {
            return Ok(());
        }
        let (found, ids) = self.search_rows("findNotes", rows, updates, catalog)?;
        let notes: Vec<NoteInfo> = if ids.is_empty() {
            Vec::new()
        } else {
            self.send(crate::api::note::notes_info(&ids))?
        };
        let by_id: HashMap<i64, &NoteInfo> = notes
            .iter()
            .filter_map(|n| n.note_id.map(|id| (id, n)))
            .collect();
        let mut targets = Vec::new();
        let mut seen = HashSet::new();
        for (&i, candidates) in updates.iter().zip(&found) {
            let row = &rows[i];
            // The oldest of the duplicates (there are several after --on-duplicate allow).
            match candidates.iter().min().and_then(|id| by_id.get(id)) {
                Some(note) if seen.insert(note.note_id) => targets.push((row, *note)),
                Some(_) => self.tally.fail(
                    row,
                    "duplicate of a note an earlier row of this file has just updated",
                ),
                None => self.tally.fail(
                    row,
                    "duplicate, but the existing note was not found to update",
                ),
            }
        }
        self.apply_updates(targets)
    }
}

/// Whether a row holds anything its note does not: a field value (line breaks compared as
/// Anki stores them) or, when the row gives tags, another set of tags (Anki keeps a tag's case).
fn differs(row: &Prepared, note: &NoteInfo) -> bool {
    let fields = row.fields.keys().any(|name| {
        let value = row.field(name).replace("\r\n", "\n");
        note.get(name).map(|f| f.value.as_str()) != Some(value.as_str())
    });
    let tags = row.tags.as_ref().is_some_and(|tags| {
        let lower = |t: &String| t.to_lowercase();
        tags.iter().map(lower).collect::<BTreeSet<_>>()
            != note.tags.iter().map(lower).collect::<BTreeSet<_>>()
    });
    fields || tags
}
