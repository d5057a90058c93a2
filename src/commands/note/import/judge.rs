//! Anki's verdict on each pending row of an import: the rows Anki would surely accept are
//! decided here, by what `known.rs` knows of the collection (its doc says why and how);
//! the others are asked of Anki, the first ones alone and timed (rows decided here too, when
//! no row has been timed yet: so a slow check is told about even when the import needs none).

use std::time::Instant;

use unicode_normalization::is_nfc;

use super::catalog::Catalog;
use super::known::{Firsts, Notes, TIMED};
use super::prepare::Prepared;
use super::send::Importer;
use crate::api::note::{NewNote, Verdict};
use crate::error::Result;

/// Rows the first check of an import sends (timed, to decide whether reading the notes pays).
const PROBE: usize = 50;

/// What reading one note's first field costs (notesInfo: about 20 µs on an idle machine).
const READ_PER_NOTE: f64 = 40e-6;

impl Importer<'_, '_> {
    /// Anki's verdict on each pending row not already judged (`verdicts[k]` is `None`): rows
    /// Anki would surely accept are accepted here, the others are asked (the first ones alone
    /// and timed, when no check has been timed yet); the accepted rows are remembered.
    pub(super) fn judge(
        &mut self,
        notes: &[NewNote],
        rows: &[Prepared],
        pending: &[usize],
        verdicts: &mut [Option<Verdict>],
        catalog: &mut Catalog,
    ) -> Result<()> {
        let mut here = vec![false; pending.len()];
        loop {
            for (k, &i) in pending.iter().enumerate() {
                if verdicts[k].is_none() && self.surely_addable(&rows[i], catalog)? {
                    here[k] = true;
                    verdicts[k] = Some(Verdict {
                        can_add: true,
                        error: String::new(),
                    });
                }
            }
            let mut unknown: Vec<usize> = (0..pending.len())
                .filter(|&k| verdicts[k].is_none())
                .collect();
            if self.known.per_check.is_none() && unknown.len() < TIMED {
                // No check timed yet: rows decided here are asked all the same (and timed), so
                // a slow check is found and told about even when the import needs none.
                let mine: Vec<usize> = (0..pending.len())
                    .filter(|&k| here[k])
                    .take(TIMED - unknown.len())
                    .collect();
                if unknown.len() + mine.len() == TIMED {
                    for k in mine {
                        here[k] = false;
                        verdicts[k] = None;
                        unknown.push(k);
                    }
                    unknown.sort_unstable();
                }
            }
            if unknown.is_empty() {
                break;
            }
            let take = match self.known.per_check {
                None if unknown.len() > PROBE => PROBE,
                _ => unknown.len(),
            };
            let asked: Vec<NewNote> = unknown[..take].iter().map(|&k| notes[k].clone()).collect();
            let started = Instant::now();
            let checked = self.check(&asked)?;
            self.known.timed(take, started.elapsed().as_secs_f64());
            for (&k, verdict) in unknown.iter().zip(checked) {
                verdicts[k] = Some(verdict);
            }
            if take == unknown.len() {
                break;
            }
        }
        self.known.remaining = self.known.remaining.saturating_sub(pending.len());
        for (k, &i) in pending.iter().enumerate() {
            if verdicts[k].as_ref().is_some_and(|v| v.can_add) {
                self.remember(&rows[i], catalog)?;
            }
        }
        Ok(())
    }

    /// Whether Anki would surely accept the row (see the module's doc).
    fn surely_addable(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<bool> {
        let Some(first) = row.first_field(catalog, self.ctx)? else {
            return Ok(false);
        };
        if first.contains(['<', '&']) || first.trim().is_empty() || !is_nfc(&first) {
            return Ok(false);
        }
        let started = self.known.standard.contains_key(&row.model)
            || matches!(self.known.notes.get(&row.model), Some(Notes::Read(_)));
        if !started && self.known.remaining <= PROBE {
            // A small import: Anki's checks cost less than finding out.
            return Ok(false);
        }
        if !self.standard_type(&row.model)? {
            return Ok(false);
        }
        if self.known.allow {
            return Ok(true);
        }
        if !self.read_if_it_pays(&row.model, catalog)? {
            return Ok(false);
        }
        Ok(match self.known.notes.get(&row.model) {
            Some(Notes::Read(firsts)) => firsts.lacks(&first),
            _ => false,
        })
    }

    /// Whether the note type is a standard one (Anki's check of a cloze note needs Anki).
    fn standard_type(&mut self, model: &str) -> Result<bool> {
        if let Some(&standard) = self.known.standard.get(model) {
            return Ok(standard);
        }
        let found = self.send(crate::api::model::find_models_by_name(&[model.to_string()]))?;
        let standard = found.first().is_some_and(|m| m.kind == 0);
        self.known.standard.insert(model.to_string(), standard);
        Ok(standard)
    }

    /// Reads the note type's first fields when that costs less than Anki's checks of the rows
    /// still to judge would; whether they are read.
    fn read_if_it_pays(&mut self, model: &str, catalog: &mut Catalog) -> Result<bool> {
        let ids = match self.known.notes.get_mut(model) {
            Some(Notes::Read(_)) => return Ok(true),
            Some(Notes::Unread(Some(ids))) => std::mem::take(ids),
            _ => {
                let Some(id) = catalog.model_id(model) else {
                    return Ok(false);
                };
                self.send(crate::api::note::find_notes(&format!("mid:{id}")))?
            }
        };
        // Notes this import has read already (its deck index) cost nothing.
        let unread = ids
            .iter()
            .filter(|id| !self.first_fields.contains_key(id))
            .count();
        let read_cost = unread as f64 * READ_PER_NOTE;
        let rows = self.known.remaining as f64;
        // Without a timing yet, a read costing no more than a quick check per row pays anyway.
        let pays = match self.known.per_check {
            Some(per) => per * rows > read_cost,
            None => unread <= 12 * self.known.remaining,
        };
        if !pays {
            self.known
                .notes
                .insert(model.to_string(), Notes::Unread(Some(ids)));
            return Ok(false);
        }
        let mut firsts = Firsts::default();
        for (_, first) in self.first_fields(&ids)? {
            firsts.insert(first);
        }
        self.known
            .notes
            .insert(model.to_string(), Notes::Read(firsts));
        Ok(true)
    }

    /// Adds an accepted row's first field to its note type's notes, if they were read.
    fn remember(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<()> {
        let Some(first) = row.first_field(catalog, self.ctx)? else {
            return Ok(());
        };
        if let Some(Notes::Read(firsts)) = self.known.notes.get_mut(&row.model) {
            firsts.insert(&first);
        }
        Ok(())
    }
}
