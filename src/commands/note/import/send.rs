//! Pass 2 of an import: chunks of notes to Anki, and what became of each row.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::json;

use super::catalog::Catalog;
use super::duplicate::same_note;
use super::known::{checked_note, Batch, Known};
use super::options::{DuplicateScope, ImportArgs, OnDuplicate};
use super::prepare::Prepared;
use super::tally::Tally;
use crate::api::note::{self, NewNote, NoteOptions, Verdict};
use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::request::Call;

/// The words of Anki's refusal of a duplicate (createNote in the add-on).
pub const DUPLICATE: &str = "cannot create note because it is a duplicate";

/// The reason in `--errors` for rows of a batch whose reply did not say what became of them.
pub const UNKNOWN: &str = "unknown: Anki's reply did not say";

/// Rows of one round that Anki judged duplicates: to locate (skip) or to update.
#[derive(Default)]
pub struct Round {
    /// Rows to count as skipped, located by [`Importer::locate_skipped`].
    pub skips: Vec<usize>,
    /// Rows whose existing note to update ([`Importer::update_existing`]).
    pub updates: Vec<usize>,
    /// Rows Anki refused as duplicates of a note in the row's own deck (no search needed).
    pub in_own_deck: HashSet<usize>,
}

/// Sends chunks and keeps the tally (its updates in `update.rs`, its duplicate searches in
/// `locate.rs`).
pub struct Importer<'a, 'c> {
    pub(super) ctx: &'a Ctx<'c>,
    pub(super) policy: OnDuplicate,
    pub(super) scope: DuplicateScope,
    /// The options of every note sent (from --on-duplicate allow and --duplicate-scope deck).
    options: NoteOptions,
    pub(super) tally: Tally,
    /// File rows the last [`Importer::verdicts`] found duplicates in their own deck (fast path).
    refused_in_own_deck: HashSet<usize>,
    /// Per deck, the (note type, duplicate key) of every note in it when the import began.
    pub(super) index: HashMap<String, HashSet<(String, String)>>,
    /// The rows Anki would surely accept, judged here (`known.rs`).
    pub(super) known: Known,
    /// Note ID to (note type, first field), of the notes read so far ([`Importer::first_fields`]).
    pub(super) first_fields: HashMap<i64, (String, String)>,
}

impl<'a, 'c> Importer<'a, 'c> {
    /// The sender, taking over the tally of the check before sending.
    pub fn new(ctx: &'a Ctx<'c>, args: &ImportArgs, tally: Tally) -> Self {
        Importer {
            ctx,
            policy: args.on_duplicate,
            scope: args.duplicate_scope,
            options: NoteOptions {
                allow_duplicate: (args.on_duplicate == OnDuplicate::Allow).then_some(true),
                duplicate_scope: (args.duplicate_scope == DuplicateScope::Deck)
                    .then_some(note::DuplicateScope::Deck),
                ..NoteOptions::default()
            },
            tally,
            refused_in_own_deck: HashSet::new(),
            index: HashMap::new(),
            known: Known::new(args.on_duplicate, ctx.settings.slow_check),
            first_fields: HashMap::new(),
        }
    }

    /// Sending begins: a progress bar for `total` rows on a terminal, and Ctrl-C now reports
    /// how far the import got.
    pub fn start(&mut self, total: usize) {
        self.tally.start(total, self.ctx.term.stderr_tty);
        self.known.start(total);
        self.publish();
    }

    /// Sends a call through the context (the one sender), and is its progress hook: Ctrl-C
    /// knows how far the import got before the call, and a failure to reach Anki (not a reply
    /// of another shape) stops the import saying so.
    pub(super) fn send<T: DeserializeOwned>(&mut self, call: Call<T>) -> Result<T> {
        self.publish();
        self.ctx.send(call).inspect_err(|e| {
            if !matches!(e, CliError::UnexpectedReply { .. }) {
                self.tally.stop(e);
            }
        })
    }

    /// Tells the Ctrl-C handler how far the import got and how to go on (the same words as any
    /// other interruption of an import).
    fn publish(&self) {
        if let Some(progress) = self.ctx.progress {
            progress.set(Some(self.tally.progress_line()));
        }
    }

    /// Sends one chunk of prepared rows.
    pub fn send_chunk(&mut self, rows: Vec<Prepared>, catalog: &mut Catalog) -> Result<()> {
        let count = rows.len();
        let (updates, adds): (Vec<Prepared>, Vec<Prepared>) =
            rows.into_iter().partition(|r| r.id.is_some());
        if !updates.is_empty() {
            self.update_by_id(&updates)?;
        }
        if !adds.is_empty() {
            self.add(adds, catalog)?;
        }
        self.tally.chunk_done(count)?;
        self.publish();
        Ok(())
    }

    /// The summary, with exit code 5 when rows failed.
    pub fn finish(mut self) -> Result<Outcome> {
        self.tally.finish(self.ctx.dry_run)
    }

    /// AnkiConnect's note object for a row: with --duplicate-scope, and in a dry run that would
    /// create the row's deck, an existing deck stands in for it (the deck is not there to be
    /// checked against; in deck scope the check still looks in the new deck, which is empty).
    fn note_for(&self, row: &Prepared, catalog: &Catalog) -> NewNote {
        let mut note = row.note(&self.options);
        if let Some(stand_in) = catalog.stand_in(&row.deck) {
            note.deck = Some(stand_in.to_string());
            if self.scope == DuplicateScope::Deck {
                note.options.duplicate_scope_options.deck_name = Some(row.deck.clone());
            }
        }
        note
    }

    /// New notes: Anki checks the chunk first, and only the rows it accepts are sent to addNotes.
    ///
    /// The add-on's addNotes is all-or-nothing (it adds every note, then deletes them all when one
    /// fails) and each added note costs Anki a GUI refresh, so nothing it would refuse is sent: one
    /// canAddNotesWithErrorDetail gives each row's verdict, with Anki's exact reason (or the
    /// local check, `known.rs`). Rows whose first field may repeat an earlier accepted row of
    /// the same chunk ([`Batch`]) wait for the next round, when Anki sees that row's note and
    /// judges them as duplicates (or not). A chunk already in its deck costs no check and no
    /// addNotes (see [`Importer::check_located`]).
    fn add(&mut self, rows: Vec<Prepared>, catalog: &mut Catalog) -> Result<()> {
        let allow = self.policy == OnDuplicate::Allow;
        let mut pending: Vec<usize> = (0..rows.len()).collect();
        while !pending.is_empty() {
            let notes: Vec<NewNote> = pending
                .iter()
                .map(|&i| self.note_for(&rows[i], catalog))
                .collect();
            let mut round = Round::default();
            let verdicts = self.check_located(notes, &rows, &pending, &mut round, catalog)?;
            let mut addable = Vec::new();
            let mut later: Vec<(usize, usize)> = Vec::new();
            let mut refused = Vec::new();
            let mut batch = Batch::default();
            let mut first_rows: HashMap<(String, String, String), usize> = HashMap::new();
            for (&i, verdict) in pending.iter().zip(verdicts) {
                let row = &rows[i];
                if !verdict.can_add {
                    refused.push((i, verdict.error));
                    continue;
                }
                if allow {
                    addable.push(i);
                    continue;
                }
                let first = row.first_field(catalog, self.ctx)?.unwrap_or_default();
                let deck_scope = self.scope == DuplicateScope::Deck;
                let key = same_note(row, &first, deck_scope);
                match first_rows.entry(key) {
                    // A dry run adds nothing, so equal keys are all it can judge by.
                    Entry::Vacant(slot)
                        if self.ctx.dry_run || batch.claim_row(row, deck_scope, &first) =>
                    {
                        slot.insert(i);
                        addable.push(i);
                    }
                    // It may equal an earlier row by Anki's rule: judged next round.
                    Entry::Vacant(_) => later.push((i, i)),
                    Entry::Occupied(first) => later.push((i, *first.get())),
                }
            }
            for (i, reason) in refused {
                self.refused(&rows, i, &reason, &mut round);
            }
            if self.ctx.dry_run {
                // Nothing is added, so Anki never sees the earlier rows: judge the repeats here.
                self.tally.counts.added += addable.len();
                for (i, first) in later {
                    let (row, first) = (&rows[i], &rows[first]);
                    let reason = format!("{DUPLICATE} (of row {} of this file)", first.row);
                    match self.policy {
                        OnDuplicate::Skip => {
                            self.tally.counts.skipped += 1;
                            self.tally.skipped_at(row, &first.deck);
                        }
                        OnDuplicate::Update
                            if first.fields != row.fields || first.tags != row.tags =>
                        {
                            self.tally.counts.updated += 1
                        }
                        OnDuplicate::Update => self.tally.counts.unchanged += 1,
                        OnDuplicate::Error | OnDuplicate::Allow => self.tally.fail(row, &reason),
                    }
                }
                pending = Vec::new();
            } else {
                self.add_checked(&rows, &addable, &mut round)?;
                pending = later.into_iter().map(|(i, _)| i).collect();
            }
            self.locate_skipped(&rows, &round.skips, &round.in_own_deck, catalog)?;
            self.update_existing(&rows, &round.updates, catalog)?;
        }
        Ok(())
    }

    /// A row Anki will not add: a duplicate goes by --on-duplicate (skips are located and
    /// updates sent together, per round), anything else fails with Anki's reason.
    fn refused(&mut self, rows: &[Prepared], i: usize, reason: &str, round: &mut Round) {
        let row = &rows[i];
        if !reason.contains(DUPLICATE) {
            self.tally.fail(row, reason);
            return;
        }
        match self.policy {
            OnDuplicate::Skip => {
                self.tally.counts.skipped += 1;
                round.skips.push(i);
            }
            OnDuplicate::Update => round.updates.push(i),
            OnDuplicate::Error | OnDuplicate::Allow => self.tally.fail(row, reason),
        }
    }

    /// Sends addNotes for rows Anki has just accepted.
    fn add_checked(
        &mut self,
        rows: &[Prepared],
        addable: &[usize],
        round: &mut Round,
    ) -> Result<()> {
        if addable.is_empty() {
            return Ok(());
        }
        // Judged already: Anki's check inside addNotes is made cheap, not repeated.
        let notes: Vec<NewNote> = addable
            .iter()
            .map(|&i| checked_note(rows[i].note(&self.options)))
            .collect();
        // A Ctrl-C while addNotes runs counts this chunk as maybe in.
        self.tally.in_flight = addable.len();
        let sent = self.send(note::add_notes(&notes));
        self.tally.in_flight = 0;
        match sent {
            Ok(ids) if ids.len() != addable.len() => {
                // Which rows got in is not known: they go to --errors as such, and a rerun
                // (Anki is asked first) sorts them out.
                for &i in addable {
                    self.tally.fail(&rows[i], UNKNOWN);
                }
                self.tally.flush_errors()?;
                eprintln!("anki-cli: {}", self.tally.progress_line());
                return Err(CliError::unexpected_reply(
                    "addNotes",
                    &json!(ids),
                    &format!("expected {} note IDs, one per note sent", addable.len()),
                ));
            }
            Ok(ids) => {
                for (&i, id) in addable.iter().zip(ids) {
                    match id {
                        Some(_) => self.tally.counts.added += 1,
                        // Add-ons before 2024 add what they can and return null for the rest.
                        None => self
                            .tally
                            .fail(&rows[i], "not added (the add-on gave no reason)"),
                    }
                }
            }
            // Anki refused a note (an empty card, or a note type changed since the check): the
            // add-on added the chunk and deleted it again. One note at a time, with Anki's own
            // duplicate check, gives each row its own reason and cannot roll back.
            Err(CliError::Action { .. }) => {
                for &i in addable {
                    let note = rows[i].note(&self.options);
                    match self.send(note::add_note(&note)) {
                        Ok(_) => self.tally.counts.added += 1,
                        Err(CliError::Action { message, .. }) => {
                            self.refused(rows, i, &message, round)
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// Anki's verdict on each note, in order.
    pub(super) fn check(&mut self, notes: &[NewNote]) -> Result<Vec<Verdict>> {
        let count = notes.len();
        let detailed = note::can_add_notes_with_error_detail(notes);
        let verdicts = match self.send(detailed) {
            Ok(verdicts) => verdicts,
            Err(CliError::UnsupportedAction { .. }) => {
                // Add-ons before 2023: yes/no only; a "no" is most likely a duplicate.
                let plain = note::can_add_notes(notes);
                self.send(plain)?
                    .into_iter()
                    .map(|can_add| Verdict {
                        can_add,
                        error: format!("{DUPLICATE} (probably: this add-on gives no reason)"),
                    })
                    .collect()
            }
            Err(e) => return Err(e),
        };
        if verdicts.len() != count {
            return Err(CliError::unexpected_reply(
                "canAddNotesWithErrorDetail",
                &json!(format!("{} verdicts for {count} notes", verdicts.len())),
                "",
            ));
        }
        Ok(verdicts)
    }
}

/// What `note import --fast` (`fast.rs`) uses of the normal path: Anki's verdicts, refused rows
/// handled by --on-duplicate, and the tally for rows a package added.
impl Importer<'_, '_> {
    /// Anki's verdict on each row, asked as the normal path asks it.
    pub(super) fn verdicts(
        &mut self,
        rows: &[Prepared],
        catalog: &mut Catalog,
    ) -> Result<Vec<Verdict>> {
        let notes = rows.iter().map(|r| self.note_for(r, catalog)).collect();
        let indices: Vec<usize> = (0..rows.len()).collect();
        let mut round = Round::default();
        let verdicts = self.check_located(notes, rows, &indices, &mut round, catalog)?;
        self.refused_in_own_deck = round.in_own_deck.iter().map(|&i| rows[i].row).collect();
        Ok(verdicts)
    }

    /// Rows Anki refused, each with its reason, handled as the normal path handles them.
    pub(super) fn settle_refused(
        &mut self,
        rows: &[Prepared],
        reasons: &[String],
        catalog: &mut Catalog,
    ) -> Result<()> {
        let mut round = Round::default();
        for (i, reason) in reasons.iter().enumerate() {
            self.refused(rows, i, reason, &mut round);
            if self.refused_in_own_deck.contains(&rows[i].row) {
                round.in_own_deck.insert(i);
            }
        }
        self.locate_skipped(rows, &round.skips, &round.in_own_deck, catalog)?;
        self.update_existing(rows, &round.updates, catalog)
    }

    /// Counts rows a package import added.
    pub(super) fn added_by_package(&mut self, rows: usize) {
        self.tally.counts.added += rows;
        self.publish();
    }

    /// Moves the progress bar by rows handled outside [`Importer::send_chunk`] (back, for rows
    /// that will go through it after all).
    pub(super) fn advance(&mut self, rows: i64) {
        self.tally.advance(rows);
    }
}

impl Drop for Importer<'_, '_> {
    fn drop(&mut self) {
        if let Some(progress) = self.ctx.progress {
            progress.set(None);
        }
    }
}
