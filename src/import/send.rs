//! Pass 2 of an import: chunks of notes to Anki, and what became of each row.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::fs::File;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use super::prepare::{Catalog, Layout, Prepared};
use super::{ImportArgs, OnDuplicate};
use crate::commands::note::Verdict;
use crate::commands::{Ctx, Outcome};
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
    /// Rows whose note was already there (duplicates skipped).
    pub skipped: usize,
    /// Rows that failed, each with its reason.
    pub failed: usize,
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
struct NoteFields {
    #[serde(rename = "noteId")]
    note_id: Option<i64>,
    #[serde(default)]
    fields: HashMap<String, FieldValue>,
}

/// A field's value in notesInfo.
#[derive(Debug, Deserialize)]
struct FieldValue {
    value: String,
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

/// Sends chunks and keeps the tally, the progress bar and the errors file.
pub struct Importer<'a, 'c> {
    ctx: &'a Ctx<'c>,
    policy: OnDuplicate,
    counts: Counts,
    progress: Option<indicatif::ProgressBar>,
    errors: Option<(csv::Writer<File>, String)>,
    first_reasons: Vec<String>,
}

impl<'a, 'c> Importer<'a, 'c> {
    /// Starts the tally; opens the errors file and, on a terminal, a progress bar.
    pub fn new(ctx: &'a Ctx<'c>, args: &ImportArgs, layout: &Layout, total: usize) -> Result<Self> {
        let errors = match &args.errors {
            Some(path) => {
                let file = File::create(path).map_err(|e| {
                    CliError::Usage(format!("cannot write {}: {e}", path.display()))
                })?;
                let mut writer = csv::Writer::from_writer(file);
                let mut header = layout.names.clone();
                header.push("reason".into());
                writer.write_record(&header).map_err(|e| {
                    CliError::Usage(format!("cannot write {}: {e}", path.display()))
                })?;
                Some((writer, path.display().to_string()))
            }
            None => None,
        };
        let progress = ctx.term.stderr_tty.then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} rows  {per_sec}  ETA {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        Ok(Importer {
            ctx,
            policy: args.on_duplicate,
            counts: Counts::default(),
            progress,
            errors,
            first_reasons: Vec::new(),
        })
    }

    fn fail(&mut self, row: &Prepared, reason: &str) {
        self.counts.failed += 1;
        if self.first_reasons.len() < 5 {
            self.first_reasons
                .push(format!("row {}: {reason}", row.row));
        }
        if let Some((writer, _)) = &mut self.errors {
            let mut record = row.cells.clone();
            record.push(reason.to_string());
            let _ = writer.write_record(&record);
        }
    }

    fn call(&mut self, request: Request) -> Result<Value> {
        self.ctx.call(request).inspect_err(|e| self.stop(e))
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
        if let Some((writer, _)) = &mut self.errors {
            let _ = writer.flush();
        }
        let c = self.counts;
        eprintln!(
            "anki-cli: stopped after adding {}, updating {}, skipping {}, failing {} row(s). Run the same command again to continue: rows already added count as already there.",
            c.added, c.updated, c.skipped, c.failed
        );
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

    /// Rows with an id column: their notes are updated, all in one multi.
    fn update_by_id(&mut self, rows: &[Prepared]) -> Result<()> {
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.id).collect();
        if self.ctx.dry_run {
            let info = self.call(crate::commands::note::notes_info(&ids))?;
            let info: Vec<NoteFields> = self.decode("notesInfo", info)?;
            for (row, note) in rows.iter().zip(info) {
                match note.note_id {
                    Some(_) => self.counts.updated += 1,
                    None => self.fail(
                        row,
                        &format!("Note was not found: {}", row.id.unwrap_or_default()),
                    ),
                }
            }
            return Ok(());
        }
        let actions: Vec<Value> = rows
            .iter()
            .map(|r| {
                let req = Self::update_request(r.id.unwrap_or_default(), r);
                json!({"action": req.action, "params": req.params})
            })
            .collect();
        let replies = self.call(crate::commands::multi::multi(actions))?;
        let replies: Vec<Inner<Value>> = self.decode("multi updateNote", replies)?;
        for (row, reply) in rows.iter().zip(replies) {
            match reply.error {
                None => self.counts.updated += 1,
                Some(message) => self.fail(row, &message),
            }
        }
        Ok(())
    }

    /// New notes: Anki checks the chunk first, and only the rows it accepts are sent to addNotes.
    ///
    /// The add-on's addNotes is all-or-nothing (it adds every note, then deletes them all when one
    /// fails) and each added note costs Anki a GUI refresh, so nothing it would refuse is sent: one
    /// canAddNotesWithErrorDetail gives each row's verdict, with Anki's exact reason. Rows whose
    /// first field repeats an earlier accepted row of the same chunk wait for the next round, when
    /// Anki sees that row's note and judges them as duplicates (or not). A chunk already in Anki
    /// costs one check and no addNotes.
    fn add(&mut self, rows: Vec<Prepared>, catalog: &mut Catalog) -> Result<()> {
        let allow = self.policy == OnDuplicate::Allow;
        let mut pending: Vec<usize> = (0..rows.len()).collect();
        while !pending.is_empty() {
            let notes: Vec<Value> = pending.iter().map(|&i| rows[i].note(allow)).collect();
            let verdicts = self.check(notes)?;
            let mut addable = Vec::new();
            let mut later: Vec<(usize, usize)> = Vec::new();
            let mut refused = Vec::new();
            let mut first_rows: HashMap<(String, String), usize> = HashMap::new();
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
                let key = row
                    .first_field(&order)
                    .map(|(_, value)| (row.model.clone(), duplicate_key(&value)))
                    .unwrap_or_default();
                match first_rows.entry(key) {
                    Entry::Vacant(slot) => {
                        slot.insert(row.row);
                        addable.push(i);
                    }
                    Entry::Occupied(first) => later.push((i, *first.get())),
                }
            }
            let mut updates = Vec::new();
            for (i, reason) in refused {
                self.refused(&rows, i, &reason, &mut updates);
            }
            if self.ctx.dry_run {
                // Nothing is added, so Anki never sees the earlier rows: judge the repeats here.
                self.counts.added += addable.len();
                for (i, first) in later {
                    let reason = format!("{DUPLICATE} (of row {first} of this file)");
                    match self.policy {
                        OnDuplicate::Skip => self.counts.skipped += 1,
                        OnDuplicate::Update => self.counts.updated += 1,
                        OnDuplicate::Error | OnDuplicate::Allow => self.fail(&rows[i], &reason),
                    }
                }
                pending = Vec::new();
            } else {
                self.add_checked(&rows, &addable, &mut updates)?;
                pending = later.into_iter().map(|(i, _)| i).collect();
            }
            let updates: Vec<&Prepared> = updates.iter().map(|&i: &usize| &rows[i]).collect();
            self.update_existing(&updates, catalog)?;
        }
        Ok(())
    }

    /// A row Anki will not add: a duplicate goes by --on-duplicate (updates are collected in
    /// `updates` and sent together), anything else fails with Anki's reason.
    fn refused(&mut self, rows: &[Prepared], i: usize, reason: &str, updates: &mut Vec<usize>) {
        let row = &rows[i];
        if !reason.contains(DUPLICATE) {
            self.fail(row, reason);
            return;
        }
        match self.policy {
            OnDuplicate::Skip => self.counts.skipped += 1,
            OnDuplicate::Update => updates.push(i),
            OnDuplicate::Error | OnDuplicate::Allow => self.fail(row, reason),
        }
    }

    /// Sends addNotes for rows Anki has just accepted.
    fn add_checked(
        &mut self,
        rows: &[Prepared],
        addable: &[usize],
        updates: &mut Vec<usize>,
    ) -> Result<()> {
        if addable.is_empty() {
            return Ok(());
        }
        let allow = self.policy == OnDuplicate::Allow;
        let notes: Vec<Value> = addable.iter().map(|&i| rows[i].note(allow)).collect();
        match self.call(crate::commands::note::add_notes(notes)) {
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
                    match self.call(crate::commands::note::add_note(rows[i].note(allow))) {
                        Ok(_) => self.counts.added += 1,
                        Err(CliError::Action { message, .. }) => {
                            self.refused(rows, i, &message, updates)
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// Decodes a reply into its expected shape; anything else is not AnkiConnect's.
    fn decode<T: DeserializeOwned>(&self, action: &str, value: Value) -> Result<T> {
        serde_json::from_value(value.clone()).map_err(|e| CliError::Protocol {
            url: self.ctx.settings.url.value.clone(),
            detail: format!("{action} replied {value} ({e})"),
        })
    }

    /// Anki's verdict on each note, in order.
    fn check(&mut self, notes: Vec<Value>) -> Result<Vec<Verdict>> {
        let count = notes.len();
        let verdicts = match self.call(crate::commands::note::can_add_notes(notes.clone(), true)) {
            Ok(v) => self.decode::<Vec<Verdict>>("canAddNotesWithErrorDetail", v)?,
            Err(CliError::UnsupportedAction { .. }) => {
                // Add-ons before 2023: yes/no only; a "no" is most likely a duplicate.
                let v = self.call(crate::commands::note::can_add_notes(notes, false))?;
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
            return Err(CliError::Protocol {
                url: self.ctx.settings.url.value.clone(),
                detail: format!(
                    "canAddNotesWithErrorDetail judged {} of {count} notes",
                    verdicts.len()
                ),
            });
        }
        Ok(verdicts)
    }

    /// --on-duplicate update: find each row's note (same type, same first field) and update it.
    ///
    /// Three requests however many rows: the searches in one multi, one notesInfo, the updates
    /// in one multi.
    fn update_existing(&mut self, rows: &[&Prepared], catalog: &mut Catalog) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut wanted = Vec::new();
        for row in rows {
            let order = catalog
                .fields(Some(self.ctx), &row.model)?
                .unwrap_or_default();
            match row.first_field(&order) {
                Some(first) => wanted.push((*row, first)),
                None => self.fail(row, "duplicate, and the note type has no fields"),
            }
        }
        let searches: Vec<Value> = wanted
            .iter()
            .map(|(row, (name, value))| {
                let query = format!(
                    "\"note:{}\" \"{}:{}\"",
                    search_escape(&row.model),
                    search_escape(name),
                    search_escape(value)
                );
                let req = crate::commands::note::find_notes(&query);
                json!({"action": req.action, "params": req.params})
            })
            .collect();
        let replies = self.call(crate::commands::multi::multi(searches))?;
        let replies: Vec<Inner<Vec<i64>>> = self.decode("multi findNotes", replies)?;
        let found: Vec<i64> = replies
            .iter()
            .flat_map(|r| r.result.iter().flatten().copied())
            .collect();
        let notes: Vec<NoteFields> = if found.is_empty() {
            Vec::new()
        } else {
            let info = self.call(crate::commands::note::notes_info(&found))?;
            self.decode("notesInfo", info)?
        };
        let mut targets = Vec::new();
        for ((row, (name, value)), reply) in wanted.iter().zip(&replies) {
            let candidates = reply.result.as_deref().unwrap_or_default();
            let existing = notes.iter().find(|n| {
                n.note_id.is_some_and(|id| candidates.contains(&id))
                    && n.fields.get(name).map(|f| f.value.as_str()) == Some(value.as_str())
            });
            match existing.and_then(|n| n.note_id) {
                Some(id) => targets.push((*row, id)),
                None => self.fail(
                    row,
                    "duplicate, but the existing note was not found to update (its first field may differ in HTML)",
                ),
            }
        }
        if targets.is_empty() {
            return Ok(());
        }
        if self.ctx.dry_run {
            self.counts.updated += targets.len();
            return Ok(());
        }
        let updates: Vec<Value> = targets
            .iter()
            .map(|(row, id)| {
                let req = Self::update_request(*id, row);
                json!({"action": req.action, "params": req.params})
            })
            .collect();
        let replies = self.call(crate::commands::multi::multi(updates))?;
        let replies: Vec<Inner<Value>> = self.decode("multi updateNote", replies)?;
        for ((row, _), reply) in targets.iter().zip(replies) {
            match reply.error {
                None => self.counts.updated += 1,
                Some(message) => self.fail(row, &message),
            }
        }
        Ok(())
    }

    /// The summary, with exit code 5 when rows failed.
    pub fn finish(mut self) -> Result<Outcome> {
        if let Some(bar) = &self.progress {
            bar.finish_and_clear();
        }
        let errors_path = match &mut self.errors {
            Some((writer, path)) => {
                writer
                    .flush()
                    .map_err(|e| CliError::Usage(format!("cannot write {path}: {e}")))?;
                Some(path.clone())
            }
            None => None,
        };
        let c = self.counts;
        let dry = self.ctx.dry_run;
        let mut text = if dry {
            format!(
                "Dry run, nothing changed: {} would be added, {} updated, {} skipped as already there, {} would fail.",
                c.added, c.updated, c.skipped, c.failed
            )
        } else {
            format!(
                "Added {}, updated {}, skipped {} as already there, failed {}.",
                c.added, c.updated, c.skipped, c.failed
            )
        };
        if let (Some(path), true) = (&errors_path, c.failed > 0) {
            text.push_str(&format!(" Failed rows are in {path}."));
        }
        let result = json!({"added": c.added, "updated": c.updated, "skipped": c.skipped, "failed": c.failed, "dryRun": dry});
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
