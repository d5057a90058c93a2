//! Pass 2 of an import: chunks of notes to Anki, and what became of each row.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Mutex;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use super::errors::ErrorsFile;
use super::prepare::{Catalog, Prepared};
use super::{DuplicateScope, ImportArgs, OnDuplicate};
use crate::api::note::Verdict;
use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::request::Request;

/// How many rows ended how.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// New notes.
    pub added: usize,
    /// Existing notes changed (id column or --on-duplicate update).
    pub updated: usize,
    /// Rows that would update a note which already holds exactly what they hold (nothing sent).
    pub unchanged: usize,
    /// Rows whose note was already there (duplicates skipped).
    pub skipped: usize,
    /// Rows that failed, each with its reason (the invalid ones included).
    pub failed: usize,
    /// Of the failed rows, those left out by the check before sending (--on-invalid skip).
    pub invalid: usize,
}

/// The words of Anki's refusal of a duplicate (createNote in the add-on).
const DUPLICATE: &str = "cannot create note because it is a duplicate";

/// One inner reply of `multi` (inner actions are sent as version 6).
#[derive(Debug, Deserialize)]
struct Inner<T> {
    result: Option<T>,
    error: Option<String>,
}

/// The parts of a notesInfo entry an update needs (`{}` for a missing note).
#[derive(Debug, Deserialize)]
struct NoteInfo {
    #[serde(rename = "noteId")]
    note_id: Option<i64>,
    #[serde(rename = "modelName", default)]
    model_name: Option<String>,
    #[serde(default)]
    fields: HashMap<String, FieldValue>,
    #[serde(default)]
    tags: Vec<String>,
}

/// A field's value in notesInfo.
#[derive(Debug, Deserialize)]
struct FieldValue {
    value: String,
}

/// A note as the duplicate index reads it from notesInfo: its note type and its fields in order.
#[derive(Debug, Deserialize)]
struct IndexedNote {
    #[serde(rename = "modelName", default)]
    model_name: String,
    #[serde(default)]
    fields: HashMap<String, OrderedField>,
}

/// A field of notesInfo with its position.
#[derive(Debug, Deserialize)]
struct OrderedField {
    value: String,
    order: usize,
}

/// How many notes one notesInfo of the duplicate index asks for.
const INDEX_PAGE: usize = 1000;

/// What a running import has done so far, for the Ctrl-C handler.
static LIVE: Mutex<Option<String>> = Mutex::new(None);

/// While an import is sending: how far it got and how to go on, for a Ctrl-C that ends the
/// process (the same words as any other interruption of an import).
pub fn interrupted() -> Option<String> {
    LIVE.lock().ok().and_then(|live| live.clone())
}

/// What Anki compares when it looks for duplicates: the first field without HTML tags
/// (media tags keep their file names) and entities; spaces count. Rows of one chunk with equal
/// keys are sent in separate rounds, so the add-on never meets a duplicate inside addNotes.
pub fn duplicate_key(first_field: &str) -> String {
    let mut text = String::with_capacity(first_field.len());
    let mut rest = first_field;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            text.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = &rest[open..open + close + 1];
        if let Some(src) = media_file(tag) {
            text.push(' ');
            text.push_str(src);
            text.push(' ');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    for (entity, ch) in [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&amp;", "&"),
    ] {
        text = text.replace(entity, ch);
    }
    text
}

/// The file an `<img src=…>` (or audio/video/object) tag names.
fn media_file(tag: &str) -> Option<&str> {
    let lower = tag.to_ascii_lowercase();
    let name_end = lower[1..]
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .map_or(lower.len(), |i| i + 1);
    if !matches!(
        &lower[1..name_end],
        "img" | "audio" | "video" | "source" | "object"
    ) {
        return None;
    }
    let at = lower.find("src=").or_else(|| lower.find("data="))?;
    let value = &tag[at + lower[at..].find('=')? + 1..];
    let (quote, value) = match value.chars().next()? {
        q @ ('"' | '\'') => (Some(q), &value[1..]),
        _ => (None, value),
    };
    let end = value
        .find(|c: char| match quote {
            Some(q) => c == q,
            None => c.is_whitespace() || c == '>',
        })
        .unwrap_or(value.len());
    Some(&value[..end])
}

/// Escapes a value for an Anki search inside double quotes.
pub fn search_escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        if matches!(ch, '\\' | '"' | '*' | '_') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Escapes a value for a `dupe:` search, which takes the text after its comma literally except
/// for backslashes and double quotes (`*` and `_` are not wildcards there).
pub fn dupe_escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Rows of one round that Anki judged duplicates: to locate (skip) or to update.
#[derive(Default)]
struct Round {
    skips: Vec<usize>,
    updates: Vec<usize>,
    /// Rows Anki refused as duplicates of a note in the row's own deck (no search needed).
    in_own_deck: HashSet<usize>,
}

/// Sends chunks and keeps the tally, the progress bar and the errors file.
pub struct Importer<'a, 'c> {
    ctx: &'a Ctx<'c>,
    policy: OnDuplicate,
    scope: DuplicateScope,
    force: bool,
    counts: Counts,
    progress: Option<indicatif::ProgressBar>,
    errors: Option<ErrorsFile>,
    first_reasons: Vec<String>,
    /// Skipped rows by the deck their existing note is in ("" when Anki's search did not find it).
    skipped_in: BTreeMap<String, usize>,
    /// Skipped rows whose existing note is not in the row's own deck.
    skipped_elsewhere: usize,
    /// File rows the last [`Importer::verdicts`] found duplicates in their own deck (fast path).
    refused_in_own_deck: HashSet<usize>,
    /// Per deck, the (note type, duplicate key) of every note in it when the import began.
    index: HashMap<String, HashSet<(String, String)>>,
    /// Decks created for the import (or, in a dry run, that would be).
    created: Vec<String>,
}

impl<'a, 'c> Importer<'a, 'c> {
    /// Starts the tally with an errors file already open (the check before sending writes to it).
    pub fn with_errors(ctx: &'a Ctx<'c>, args: &ImportArgs, errors: Option<ErrorsFile>) -> Self {
        Importer {
            ctx,
            policy: args.on_duplicate,
            scope: args.duplicate_scope,
            force: args.force,
            counts: Counts::default(),
            progress: None,
            errors,
            first_reasons: Vec::new(),
            skipped_in: BTreeMap::new(),
            skipped_elsewhere: 0,
            refused_in_own_deck: HashSet::new(),
            index: HashMap::new(),
            created: Vec::new(),
        }
    }

    /// Sending begins: a progress bar for `total` rows on a terminal, and Ctrl-C now reports
    /// how far the import got.
    pub fn start(&mut self, total: usize) {
        self.progress = self.ctx.term.stderr_tty.then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} rows  {per_sec}  ETA {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        self.publish();
    }

    /// A row the check before sending left out (--on-invalid skip), or would have (abort):
    /// `problem` names its row for the summary, `reason` goes into the errors file.
    pub fn left_out(&mut self, cells: &[String], problem: &str, reason: &str) {
        self.counts.invalid += 1;
        self.failed(problem.to_string(), cells, reason);
    }

    /// A deck created for the import (in a dry run: one that would be).
    pub fn created(&mut self, deck: &str) {
        self.created.push(deck.to_string());
    }

    /// The tally so far.
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// Writes out the errors file; its path, if there is one.
    pub fn flush_errors(&mut self) -> Result<Option<String>> {
        match &mut self.errors {
            Some(errors) => {
                errors.flush()?;
                Ok(Some(errors.path().display().to_string()))
            }
            None => Ok(None),
        }
    }

    fn fail(&mut self, row: &Prepared, reason: &str) {
        self.failed(format!("row {}: {reason}", row.row), &row.cells, reason);
    }

    fn failed(&mut self, listed: String, cells: &[String], reason: &str) {
        self.counts.failed += 1;
        if self.first_reasons.len() < 5 {
            self.first_reasons.push(listed);
        }
        if let Some(errors) = &mut self.errors {
            errors.write(cells, reason);
        }
    }

    fn call(&mut self, request: impl Into<Request>) -> Result<Value> {
        let request: Request = request.into();
        self.publish();
        self.ctx.call(request).inspect_err(|e| self.stop(e))
    }

    /// How far the import got and how to go on.
    fn progress_line(&self) -> String {
        let c = self.counts;
        let again = match (&self.errors, self.force) {
            (Some(errors), false) => format!(
                "Run the same command again with --force (it writes {} anew) to continue",
                errors.path().display()
            ),
            _ => "Run the same command again to continue".to_string(),
        };
        format!(
            "stopped after adding {}, updating {}, leaving {} unchanged, skipping {}, failing {} row(s). {again}: rows already added count as already there.",
            c.added, c.updated, c.unchanged, c.skipped, c.failed
        )
    }

    /// Tells the Ctrl-C handler how far the import got.
    fn publish(&self) {
        if let Ok(mut live) = LIVE.lock() {
            *live = Some(self.progress_line());
        }
    }

    /// On a connection problem: say how far the import got and how to go on.
    fn stop(&mut self, err: &CliError) {
        if !matches!(
            err.status(),
            crate::error::ExitStatus::Connection | crate::error::ExitStatus::Auth
        ) {
            return;
        }
        if let Some(bar) = &self.progress {
            bar.abandon();
        }
        if let Some(errors) = &mut self.errors {
            let _ = errors.flush();
        }
        eprintln!("anki-cli: {}", self.progress_line());
    }

    /// Sends one chunk of prepared rows.
    pub fn send_chunk(&mut self, rows: Vec<Prepared>, catalog: &mut Catalog) -> Result<()> {
        let count = rows.len() as u64;
        let (updates, adds): (Vec<Prepared>, Vec<Prepared>) =
            rows.into_iter().partition(|r| r.id.is_some());
        if !updates.is_empty() {
            self.update_by_id(&updates)?;
        }
        if !adds.is_empty() {
            self.add(adds, catalog)?;
        }
        if let Some(bar) = &self.progress {
            bar.inc(count);
        }
        // What a Ctrl-C would leave behind: every row judged so far is in the errors file.
        if let Some(errors) = &mut self.errors {
            errors.flush()?;
        }
        self.publish();
        Ok(())
    }

    fn update_request(id: i64, row: &Prepared) -> Request {
        let mut note = json!({"id": id, "fields": row.fields});
        match &row.tags {
            Some(tags) => {
                note["tags"] = json!(tags);
                Request::new("updateNote", json!({ "note": note }))
            }
            None => Request::new("updateNoteFields", json!({ "note": note })),
        }
    }

    /// Rows with an id column: their notes are read (one notesInfo), and those whose fields or
    /// tags differ are updated, all in one multi.
    fn update_by_id(&mut self, rows: &[Prepared]) -> Result<()> {
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.id).collect();
        let info = self.call(crate::api::note::notes_info(&ids))?;
        let info: Vec<NoteInfo> = self.decode("notesInfo", info)?;
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
                (None, _) => self.fail(row, &format!("Note was not found: {id}")),
                (Some(_), Some(model)) if *model != row.model => self.fail(
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
                _ => self.counts.unchanged += 1,
            }
        }
        if changed.is_empty() {
            return Ok(());
        }
        if self.ctx.dry_run {
            self.counts.updated += changed.len();
            return Ok(());
        }
        let updates: Vec<Value> = changed
            .iter()
            .map(|(row, id)| {
                let req = Self::update_request(*id, row);
                json!({"action": req.action, "params": req.params})
            })
            .collect();
        let replies = self.call(crate::api::misc::multi::<Value>(updates))?;
        let replies: Vec<Inner<Value>> = self.decode("multi updateNote", replies)?;
        for ((row, _), reply) in changed.iter().zip(replies) {
            match reply.error {
                None => self.counts.updated += 1,
                Some(message) => self.fail(row, &message),
            }
        }
        Ok(())
    }

    /// AnkiConnect's note object for a row: with --duplicate-scope, and in a dry run that would
    /// create the row's deck, an existing deck stands in for it (the deck is not there to be
    /// checked against; in deck scope the check still looks in the new deck, which is empty).
    fn note_for(&self, row: &Prepared, catalog: &Catalog) -> Value {
        let mut note = row.note(self.policy == OnDuplicate::Allow);
        if self.scope == DuplicateScope::Deck {
            note["options"]["duplicateScope"] = json!("deck");
        }
        if let Some(stand_in) = catalog.stand_in(&row.deck) {
            note["deckName"] = json!(stand_in);
            if self.scope == DuplicateScope::Deck {
                note["options"]["duplicateScopeOptions"] = json!({"deckName": row.deck});
            }
        }
        note
    }

    /// The search that finds the notes Anki counts as duplicates of a row: the same note type
    /// and first field (Anki's own `dupe:` comparison), in the row's deck with --duplicate-scope deck.
    fn dupe_query(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<Option<String>> {
        let order = catalog
            .fields(Some(self.ctx), &row.model)?
            .unwrap_or_default();
        let (Some((_, value)), Some(model)) =
            (row.first_field(&order), catalog.model_id(&row.model))
        else {
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
    fn search_rows(
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
    fn search_each(&mut self, action: &str, queries: &[Option<String>]) -> Result<Vec<Vec<i64>>> {
        let actions: Vec<Value> = queries
            .iter()
            .flatten()
            .map(|q| json!({"action": action, "params": {"query": q}}))
            .collect();
        let replies: Vec<Inner<Vec<i64>>> = if actions.is_empty() {
            Vec::new()
        } else {
            let replies = self.call(crate::api::misc::multi::<Value>(actions))?;
            self.decode(&format!("multi {action}"), replies)?
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

    /// New notes: Anki checks the chunk first, and only the rows it accepts are sent to addNotes.
    ///
    /// The add-on's addNotes is all-or-nothing (it adds every note, then deletes them all when one
    /// fails) and each added note costs Anki a GUI refresh, so nothing it would refuse is sent: one
    /// canAddNotesWithErrorDetail gives each row's verdict, with Anki's exact reason. Rows whose
    /// first field repeats an earlier accepted row of the same chunk wait for the next round, when
    /// Anki sees that row's note and judges them as duplicates (or not). A chunk
    /// already in its deck costs no check and no addNotes (see [`Importer::check_located`]).
    fn add(&mut self, rows: Vec<Prepared>, catalog: &mut Catalog) -> Result<()> {
        let allow = self.policy == OnDuplicate::Allow;
        let mut pending: Vec<usize> = (0..rows.len()).collect();
        while !pending.is_empty() {
            let notes: Vec<Value> = pending
                .iter()
                .map(|&i| self.note_for(&rows[i], catalog))
                .collect();
            let mut round = Round::default();
            let verdicts = self.check_located(notes, &rows, &pending, &mut round, catalog)?;
            let mut addable = Vec::new();
            let mut later: Vec<(usize, usize)> = Vec::new();
            let mut refused = Vec::new();
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
                let order = catalog
                    .fields(Some(self.ctx), &row.model)?
                    .unwrap_or_default();
                let deck = match self.scope {
                    DuplicateScope::Deck => row.deck.clone(),
                    DuplicateScope::Collection => String::new(),
                };
                let key = row
                    .first_field(&order)
                    .map(|(_, value)| (row.model.clone(), deck, duplicate_key(&value)))
                    .unwrap_or_default();
                match first_rows.entry(key) {
                    Entry::Vacant(slot) => {
                        slot.insert(i);
                        addable.push(i);
                    }
                    Entry::Occupied(first) => later.push((i, *first.get())),
                }
            }
            for (i, reason) in refused {
                self.refused(&rows, i, &reason, &mut round);
            }
            if self.ctx.dry_run {
                // Nothing is added, so Anki never sees the earlier rows: judge the repeats here.
                self.counts.added += addable.len();
                for (i, first) in later {
                    let (row, first) = (&rows[i], &rows[first]);
                    let reason = format!("{DUPLICATE} (of row {} of this file)", first.row);
                    match self.policy {
                        OnDuplicate::Skip => {
                            self.counts.skipped += 1;
                            self.skipped_at(row, &first.deck);
                        }
                        OnDuplicate::Update
                            if first.fields != row.fields || first.tags != row.tags =>
                        {
                            self.counts.updated += 1
                        }
                        OnDuplicate::Update => self.counts.unchanged += 1,
                        OnDuplicate::Error | OnDuplicate::Allow => self.fail(row, &reason),
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
            self.fail(row, reason);
            return;
        }
        match self.policy {
            OnDuplicate::Skip => {
                self.counts.skipped += 1;
                round.skips.push(i);
            }
            OnDuplicate::Update => round.updates.push(i),
            OnDuplicate::Error | OnDuplicate::Allow => self.fail(row, reason),
        }
    }

    /// Counts a skipped row under the deck its existing note is in.
    fn skipped_at(&mut self, row: &Prepared, deck: &str) {
        *self.skipped_in.entry(deck.to_string()).or_default() += 1;
        if deck != row.deck {
            self.skipped_elsewhere += 1;
        }
    }

    /// Anki's verdict on each pending row. With --on-duplicate skip in the collection scope, rows
    /// whose note was in their deck when the import began ([`Importer::in_index`]) are refused
    /// as duplicates there without asking, so a rerun costs no check; Anki checks the rest, and
    /// [`Importer::locate_skipped`] names the deck of any duplicate it finds among them.
    fn check_located(
        &mut self,
        notes: Vec<Value>,
        rows: &[Prepared],
        pending: &[usize],
        round: &mut Round,
        catalog: &mut Catalog,
    ) -> Result<Vec<Verdict>> {
        if self.scope != DuplicateScope::Collection || self.policy != OnDuplicate::Skip {
            return self.check(notes);
        }
        // Rows whose note is already in their deck need no check at all (a rerun costs none).
        let mut verdicts: Vec<Option<Verdict>> = Vec::with_capacity(pending.len());
        for &i in pending {
            if self.in_index(&rows[i], catalog)? {
                round.in_own_deck.insert(i);
                verdicts.push(Some(Verdict {
                    can_add: false,
                    error: DUPLICATE.to_string(),
                }));
            } else {
                verdicts.push(None);
            }
        }
        let unknown: Vec<usize> = (0..pending.len())
            .filter(|&k| verdicts[k].is_none())
            .collect();
        if unknown.is_empty() {
            return Ok(verdicts.into_iter().flatten().collect());
        }
        let notes: Vec<Value> = unknown.iter().map(|&k| notes[k].clone()).collect();
        let checked = self.check(notes)?;
        for (&k, verdict) in unknown.iter().zip(checked) {
            verdicts[k] = Some(verdict);
        }
        Ok(verdicts.into_iter().flatten().collect())
    }

    /// Whether the row's first field is already in a note of its note type in its deck, by Anki's
    /// rule ([`duplicate_key`]), as the deck was when the import began (read once per deck).
    fn in_index(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<bool> {
        let order = catalog
            .fields(Some(self.ctx), &row.model)?
            .unwrap_or_default();
        let Some((_, value)) = row.first_field(&order) else {
            return Ok(false);
        };
        if !self.index.contains_key(&row.deck) {
            let deck = search_escape(&row.deck);
            let found = self.call(crate::api::note::find_notes(&format!(
                "\"deck:{deck}\" -\"deck:{deck}::*\""
            )))?;
            let ids: Vec<i64> = self.decode("findNotes", found)?;
            let mut keys = HashSet::with_capacity(ids.len());
            for page in ids.chunks(INDEX_PAGE) {
                let info = self.call(crate::api::note::notes_info(page))?;
                let notes: Vec<IndexedNote> = self.decode("notesInfo", info)?;
                for note in notes {
                    if let Some(first) = note.fields.values().find(|f| f.order == 0) {
                        keys.insert((note.model_name.clone(), duplicate_key(&first.value)));
                    }
                }
            }
            self.index.insert(row.deck.clone(), keys);
        }
        let key = (row.model.clone(), duplicate_key(&value));
        Ok(self.index[&row.deck].contains(&key))
    }

    /// Where the notes of skipped rows are. Rows Anki refused in their own deck's scope count
    /// there; for the rest, one findCards per row (in one multi), then one getDecks: a row whose
    /// note has a card in the row's deck counts there.
    fn locate_skipped(
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
                self.skipped_at(&rows[i], &deck);
            } else {
                elsewhere.push(i);
            }
        }
        let skips = &elsewhere[..];
        if skips.is_empty() {
            return Ok(());
        }
        let (found, cards) = self.search_rows("findCards", rows, skips, catalog)?;
        let decks: HashMap<String, Vec<i64>> = if cards.is_empty() {
            HashMap::new()
        } else {
            let reply = self.call(crate::api::deck::get_decks(&cards))?;
            self.decode("getDecks", reply)?
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
            self.skipped_at(row, &place);
        }
        Ok(())
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
        let allow = self.policy == OnDuplicate::Allow;
        let notes: Vec<Value> = addable
            .iter()
            .map(|&i| self.note_in_scope(&rows[i], allow))
            .collect();
        match self.call(crate::api::note::add_notes(notes)) {
            Ok(ids) => {
                let ids: Vec<Option<i64>> = self.decode("addNotes", ids)?;
                for (&i, id) in addable.iter().zip(ids) {
                    match id {
                        Some(_) => self.counts.added += 1,
                        // Add-ons before 2024 add what they can and return null for the rest.
                        None => self.fail(&rows[i], "not added (the add-on gave no reason)"),
                    }
                }
            }
            // Anki changed between the check and the add (another client, or two rows Anki
            // judges equal though they differ here): the add-on added the chunk and deleted it
            // again. One note at a time gives each row its own reason and cannot roll back.
            Err(CliError::Action { .. }) => {
                for &i in addable {
                    let note = self.note_in_scope(&rows[i], allow);
                    match self.call(crate::api::note::add_note(note)) {
                        Ok(_) => self.counts.added += 1,
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

    /// The note object addNote(s) gets (no stand-in deck: decks exist when notes are added).
    fn note_in_scope(&self, row: &Prepared, allow: bool) -> Value {
        let mut note = row.note(allow);
        if self.scope == DuplicateScope::Deck {
            note["options"]["duplicateScope"] = json!("deck");
        }
        note
    }

    /// Decodes a reply into its expected shape; anything else is not AnkiConnect's.
    fn decode<T: DeserializeOwned>(&self, action: &str, value: Value) -> Result<T> {
        crate::commands::context::decode(action, &value)
    }

    /// Anki's verdict on each note, in order.
    fn check(&mut self, notes: Vec<Value>) -> Result<Vec<Verdict>> {
        let count = notes.len();
        let verdicts = match self.call(crate::api::note::can_add_notes_with_error_detail(
            notes.clone(),
        )) {
            Ok(v) => self.decode::<Vec<Verdict>>("canAddNotesWithErrorDetail", v)?,
            Err(CliError::UnsupportedAction { .. }) => {
                // Add-ons before 2023: yes/no only; a "no" is most likely a duplicate.
                let v = self.call(crate::api::note::can_add_notes(notes))?;
                self.decode::<Vec<bool>>("canAddNotes", v)?
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

    /// --on-duplicate update: find each row's note (the one Anki calls its duplicate) and update
    /// it when it differs.
    ///
    /// Three requests however many rows: the searches in one multi, one notesInfo, the updates
    /// in one multi.
    fn update_existing(
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
            let info = self.call(crate::api::note::notes_info(&ids))?;
            self.decode("notesInfo", info)?
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
                Some(_) => self.fail(
                    row,
                    "duplicate of a note an earlier row of this file has just updated",
                ),
                None => self.fail(
                    row,
                    "duplicate, but the existing note was not found to update",
                ),
            }
        }
        self.apply_updates(targets)
    }

    /// The summary, with exit code 5 when rows failed.
    pub fn finish(mut self) -> Result<Outcome> {
        if let Some(bar) = &self.progress {
            bar.finish_and_clear();
        }
        let errors_path = self.flush_errors()?;
        let c = self.counts;
        let dry = self.ctx.dry_run;
        let skipped = self.skipped_text();
        let invalid = if c.invalid > 0 {
            format!(" ({} left out by the check before sending)", c.invalid)
        } else {
            String::new()
        };
        let created = if self.created.is_empty() {
            String::new()
        } else {
            format!(
                "{} deck(s): {}. ",
                if dry { "Would create" } else { "Created" },
                self.created.join(", ")
            )
        };
        let mut text = if dry {
            format!(
                "Dry run, nothing changed. {created}{} would be added, {} updated, {} unchanged, {} skipped{skipped}, {} would fail{invalid}.",
                c.added, c.updated, c.unchanged, c.skipped, c.failed
            )
        } else {
            format!(
                "{created}Added {}, updated {}, unchanged {}, skipped {}{skipped}, failed {}{invalid}.",
                c.added, c.updated, c.unchanged, c.skipped, c.failed
            )
        };
        if let (Some(path), true) = (&errors_path, c.failed > 0) {
            text.push_str(&format!(" Failed rows are in {path}."));
        }
        if self.skipped_elsewhere > 0 && self.scope == DuplicateScope::Collection {
            text.push_str(&format!(
                "\n{} skipped row(s) have their note in another deck than the row's; --duplicate-scope deck adds them to the row's deck as well.",
                self.skipped_elsewhere
            ));
        }
        let result = json!({
            "added": c.added,
            "updated": c.updated,
            "unchanged": c.unchanged,
            "skipped": c.skipped,
            "failed": c.failed,
            "invalid": c.invalid,
            "dryRun": dry,
            "skippedIn": self.skipped_in,
            "createdDecks": self.created,
        });
        let failure = (c.failed > 0).then(|| {
            CliError::Partial(format!(
                "{} row(s) failed:\n  {}",
                c.failed,
                self.first_reasons.join("\n  ")
            ))
        });
        Ok(Outcome {
            output: Output::Message { text, result },
            failure,
        })
    }

    /// " as already in the collection (3 in deck A, 1 in deck B)", or "" when none were skipped.
    fn skipped_text(&self) -> String {
        if self.counts.skipped == 0 {
            return String::new();
        }
        let mut places: Vec<(&String, &usize)> = self.skipped_in.iter().collect();
        places.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let places: Vec<String> = places
            .into_iter()
            .map(|(deck, n)| match deck.as_str() {
                "" => format!("{n} not found by a search"),
                deck => format!("{n} in deck {deck}"),
            })
            .collect();
        let scope = match self.scope {
            DuplicateScope::Collection => "already in the collection",
            DuplicateScope::Deck => "already in their deck",
        };
        if places.is_empty() {
            format!(" as {scope}")
        } else {
            format!(" as {scope} ({})", places.join(", "))
        }
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
        self.counts.added += rows;
        self.publish();
    }

    /// Moves the progress bar by rows handled outside [`Importer::send_chunk`] (back, for rows
    /// that will go through it after all).
    pub(super) fn advance(&mut self, rows: i64) {
        if let Some(bar) = &self.progress {
            match u64::try_from(rows) {
                Ok(n) => bar.inc(n),
                Err(_) => bar.dec(rows.unsigned_abs()),
            }
        }
    }

    /// Sends one request; on a connection failure says how far the import got.
    pub(super) fn request(&mut self, request: impl Into<Request>) -> Result<Value> {
        let request: Request = request.into();
        self.call(request)
    }
}

impl Drop for Importer<'_, '_> {
    fn drop(&mut self) {
        if let Ok(mut live) = LIVE.lock() {
            *live = None;
        }
    }
}

/// Whether a row holds anything its note does not: a field value (line breaks compared as
/// Anki stores them) or, when the row gives tags, another set of tags (Anki keeps a tag's case).
fn differs(row: &Prepared, note: &NoteInfo) -> bool {
    let fields = row.fields.iter().any(|(name, value)| {
        let value = value.as_str().unwrap_or_default().replace("\r\n", "\n");
        note.fields.get(name).map(|f| f.value.as_str()) != Some(value.as_str())
    });
    let tags = row.tags.as_ref().is_some_and(|tags| {
        let lower = |t: &String| t.to_lowercase();
        tags.iter().map(lower).collect::<BTreeSet<_>>()
            != note.tags.iter().map(lower).collect::<BTreeSet<_>>()
    });
    fields || tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_values_are_escaped() {
        assert_eq!(search_escape(r#"a "b" *c_ \d"#), r#"a \"b\" \*c\_ \\d"#);
    }

    #[test]
    fn duplicate_keys_compare_text_without_html_but_with_media_names() {
        assert_eq!(duplicate_key("<b>chat</b>"), duplicate_key("chat"));
        assert_ne!(
            duplicate_key(" chat"),
            duplicate_key("chat"),
            "Anki does not trim"
        );
        assert_eq!(duplicate_key("a &amp; b"), "a & b");
        assert_eq!(duplicate_key(r#"x<img src="cat.jpg">"#), "x cat.jpg ");
        assert_eq!(duplicate_key("<IMG SRC='dog.png' />"), " dog.png ");
        assert_ne!(
            duplicate_key(r#"<img src="a.jpg">"#),
            duplicate_key(r#"<img src="b.jpg">"#)
        );
        assert_ne!(duplicate_key("Chat"), duplicate_key("chat"));
        assert_eq!(duplicate_key("1 < 2"), "1 < 2");
    }
}
