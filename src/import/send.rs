//! Pass 2 of an import: chunks of notes to Anki, and what became of each row.

use std::fs::File;

use serde_json::{json, Value};

use super::prepare::{Catalog, Layout, Prepared};
use super::{ImportArgs, OnDuplicate};
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

    fn update_by_id(&mut self, rows: &[Prepared]) -> Result<()> {
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.id).collect();
        if self.ctx.dry_run {
            let info = self.call(crate::commands::note::notes_info(&ids))?;
            for (row, note) in rows.iter().zip(info.as_array().into_iter().flatten()) {
                if note.get("noteId").is_some() {
                    self.counts.updated += 1;
                } else {
                    self.fail(
                        row,
                        &format!("Note was not found: {}", row.id.unwrap_or_default()),
                    );
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
        for (row, reply) in rows.iter().zip(replies.as_array().into_iter().flatten()) {
            match reply.get("error") {
                Some(Value::Null) | None => self.counts.updated += 1,
                Some(err) => self.fail(row, err.as_str().unwrap_or("update failed")),
            }
        }
        Ok(())
    }

    fn add(&mut self, rows: Vec<Prepared>, catalog: &mut Catalog) -> Result<()> {
        let allow = self.policy == OnDuplicate::Allow;
        let pending: Vec<usize> = if self.ctx.dry_run {
            (0..rows.len()).collect()
        } else {
            let notes: Vec<Value> = rows.iter().map(|r| r.note(allow)).collect();
            match self.call(crate::commands::note::add_notes(notes)) {
                Ok(ids) => {
                    let ids = ids.as_array().cloned().unwrap_or_default();
                    self.counts.added += ids.iter().filter(|v| v.is_i64()).count();
                    // Add-ons before 2024 return null for the notes they could not add.
                    ids.iter()
                        .enumerate()
                        .filter(|(_, v)| !v.is_i64())
                        .map(|(i, _)| i)
                        .collect()
                }
                // Since 2024 addNotes is all-or-nothing: nothing was added; sort the rows out.
                Err(CliError::Action { .. }) => (0..rows.len()).collect(),
                Err(e) => return Err(e),
            }
        };
        if pending.is_empty() {
            return Ok(());
        }
        let notes: Vec<Value> = pending.iter().map(|&i| rows[i].note(allow)).collect();
        let verdicts = self.check(notes)?;
        let mut addable = Vec::new();
        for (&i, (can_add, reason)) in pending.iter().zip(verdicts) {
            let row = &rows[i];
            if can_add {
                addable.push(i);
            } else if reason.contains("duplicate") {
                match self.policy {
                    OnDuplicate::Skip => self.counts.skipped += 1,
                    OnDuplicate::Update => self.update_existing(row, catalog)?,
                    OnDuplicate::Error | OnDuplicate::Allow => self.fail(row, &reason),
                }
            } else {
                self.fail(row, &reason);
            }
        }
        if addable.is_empty() {
            return Ok(());
        }
        if self.ctx.dry_run {
            self.counts.added += addable.len();
            return Ok(());
        }
        // What remains should all go in; if the batch still fails, add one by one for exact reasons.
        let notes: Vec<Value> = addable.iter().map(|&i| rows[i].note(allow)).collect();
        match self.call(crate::commands::note::add_notes(notes)) {
            Ok(ids) => {
                for (&i, id) in addable.iter().zip(ids.as_array().into_iter().flatten()) {
                    if id.is_i64() {
                        self.counts.added += 1;
                    } else {
                        self.fail(&rows[i], "not added (the add-on gave no reason)");
                    }
                }
            }
            Err(CliError::Action { .. }) => {
                for &i in &addable {
                    match self.call(crate::commands::note::add_note(rows[i].note(allow))) {
                        Ok(_) => self.counts.added += 1,
                        Err(CliError::Action { message, .. }) => self.fail(&rows[i], &message),
                        Err(e) => return Err(e),
                    }
                }
            }
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// Anki's verdict for each note: (can add, reason).
    fn check(&mut self, notes: Vec<Value>) -> Result<Vec<(bool, String)>> {
        match self.call(crate::commands::note::can_add_notes(notes.clone(), true)) {
            Ok(v) => Ok(v
                .as_array()
                .into_iter()
                .flatten()
                .map(|r| {
                    let ok = r.get("canAdd").and_then(Value::as_bool).unwrap_or(false);
                    (
                        ok,
                        r.get("error")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string(),
                    )
                })
                .collect()),
            Err(CliError::UnsupportedAction { .. }) => {
                // Add-ons before 2023: yes/no only; a "no" is most likely a duplicate.
                let v = self.call(crate::commands::note::can_add_notes(notes, false))?;
                Ok(v.as_array()
                    .into_iter()
                    .flatten()
                    .map(|b| {
                        (
                            b.as_bool().unwrap_or(false),
                            "cannot be added (probably a duplicate)".to_string(),
                        )
                    })
                    .collect())
            }
            Err(e) => Err(e),
        }
    }

    /// --on-duplicate update: find the note with the same first field and update it.
    fn update_existing(&mut self, row: &Prepared, catalog: &mut Catalog) -> Result<()> {
        let order = catalog
            .fields(Some(self.ctx), &row.model)?
            .unwrap_or_default();
        let Some((name, value)) = row.first_field(&order) else {
            self.fail(row, "duplicate, and the note type has no fields");
            return Ok(());
        };
        let query = format!(
            "\"note:{}\" \"{}:{}\"",
            search_escape(&row.model),
            search_escape(&name),
            search_escape(&value)
        );
        let found =
            crate::commands::note::id_list(&self.call(crate::commands::note::find_notes(&query))?);
        let info = if found.is_empty() {
            Value::Array(vec![])
        } else {
            self.call(crate::commands::note::notes_info(&found))?
        };
        let existing = info
            .as_array()
            .into_iter()
            .flatten()
            .find(|n| n["fields"][&name]["value"].as_str() == Some(value.as_str()));
        let Some(id) = existing.and_then(|n| n["noteId"].as_i64()) else {
            self.fail(row, "duplicate, but the existing note was not found to update (its first field may differ in HTML)");
            return Ok(());
        };
        if self.ctx.dry_run {
            self.counts.updated += 1;
            return Ok(());
        }
        match self.call(Self::update_request(id, row)) {
            Ok(_) => self.counts.updated += 1,
            Err(CliError::Action { message, .. }) => self.fail(row, &message),
            Err(e) => return Err(e),
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
}
