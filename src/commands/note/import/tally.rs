//! What became of each row of an import: the counts, the progress bar, the errors file, where
//! skipped rows' notes are, and the summary at the end.

use std::collections::BTreeMap;

use serde_json::json;

use super::errors::ErrorsFile;
use super::options::{DuplicateScope, ImportArgs};
use super::prepare::Prepared;
use crate::commands::context::Outcome;
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::row_error::RowError;

/// How many failed rows an error carries as data (the errors file holds them all).
pub const MAX_ROWS: usize = 1000;

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

/// The tally of an import, from the check before sending to the summary.
pub struct Tally {
    /// How many rows ended how so far.
    pub counts: Counts,
    /// Rows sent to Anki to be added whose reply has not come yet (a Ctrl-C now leaves them
    /// either all in Anki or none).
    pub in_flight: usize,
    scope: DuplicateScope,
    progress: Option<indicatif::ProgressBar>,
    errors: Option<ErrorsFile>,
    first_reasons: Vec<String>,
    /// The first [`MAX_ROWS`] rows that did not go in, for errors as data.
    rows: Vec<RowError>,
    /// Skipped rows by the deck their existing note is in ("" when Anki's search did not find it).
    skipped_in: BTreeMap<String, usize>,
    /// Skipped rows whose existing note is not in the row's own deck.
    skipped_elsewhere: usize,
    /// Decks created for the import (or, in a dry run, that would be).
    created: Vec<String>,
    /// What the file's headers set and which flags overrode them (a line of the summary).
    settings: Option<(String, serde_json::Value)>,
}

impl Tally {
    /// Starts the tally with an errors file already open (the check before sending writes to it).
    pub fn new(args: &ImportArgs, errors: Option<ErrorsFile>) -> Tally {
        Tally {
            counts: Counts::default(),
            in_flight: 0,
            scope: args.duplicate_scope,
            progress: None,
            errors,
            first_reasons: Vec::new(),
            rows: Vec::new(),
            skipped_in: BTreeMap::new(),
            skipped_elsewhere: 0,
            created: Vec::new(),
            settings: None,
        }
    }

    /// Sending begins: a progress bar for `total` rows when stderr is a terminal.
    pub fn start(&mut self, total: usize, stderr_tty: bool) {
        self.progress = stderr_tty.then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} rows  {per_sec}  ETA {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
    }

    /// A row the check before sending left out (--on-invalid skip), or would have (abort):
    /// `problem` names its row for the summary, `reason` goes into the errors file.
    pub fn left_out(&mut self, row: usize, cells: &[String], problem: &str, reason: &str) {
        self.counts.invalid += 1;
        self.failed(row, problem.to_string(), cells, reason);
    }

    /// `error` with the rows that did not go in (the first [`MAX_ROWS`]), for its JSON form.
    pub fn with_rows(&mut self, error: CliError) -> CliError {
        match self.rows.is_empty() {
            true => error,
            false => CliError::Rows {
                error: Box::new(error),
                rows: std::mem::take(&mut self.rows),
            },
        }
    }

    /// A deck created for the import (in a dry run: one that would be).
    pub fn created(&mut self, deck: &str) {
        self.created.push(deck.to_string());
    }

    /// Records what the file's headers set and which flags won (told in the summary).
    pub fn settings(&mut self, text: String, json: serde_json::Value) {
        self.settings = Some((text, json));
    }

    /// Writes out the errors file; its path, if there is one.
    pub fn flush_errors(&mut self) -> Result<Option<String>> {
        match &mut self.errors {
            Some(errors) => {
                errors.flush()?;
                Ok(errors.written().map(|p| p.display().to_string()))
            }
            None => Ok(None),
        }
    }

    /// A row that failed with `reason` while sending.
    pub fn fail(&mut self, row: &Prepared, reason: &str) {
        self.failed(
            row.row,
            format!("row {}: {reason}", row.row),
            &row.cells,
            reason,
        );
    }

    fn failed(&mut self, row: usize, listed: String, cells: &[String], reason: &str) {
        self.counts.failed += 1;
        if self.rows.len() < MAX_ROWS {
            self.rows.push(RowError::new(row, reason));
        }
        if self.first_reasons.len() < 5 {
            self.first_reasons.push(listed);
        }
        if let Some(errors) = &mut self.errors {
            errors.write(cells, reason);
        }
    }

    /// Counts a skipped row under the deck its existing note is in.
    pub fn skipped_at(&mut self, row: &Prepared, deck: &str) {
        *self.skipped_in.entry(deck.to_string()).or_default() += 1;
        if deck != row.deck {
            self.skipped_elsewhere += 1;
        }
    }

    /// How far the import got and how to go on.
    pub fn progress_line(&self) -> String {
        let c = self.counts;
        // A rerun replaces its own errors file (see ErrorsFile::create).
        let again = "Run the same command again to continue";
        let in_flight = match self.in_flight {
            0 => String::new(),
            n => format!(" (and {n} more that Anki was adding when it stopped: they are in Anki or not at all)"),
        };
        format!(
            "stopped after adding {}{in_flight}, updating {}, leaving {} unchanged, skipping {}, failing {} row(s). {again}: rows already added count as already there.",
            c.added, c.updated, c.unchanged, c.skipped, c.failed
        )
    }

    /// On a connection problem: say how far the import got and how to go on.
    pub fn stop(&mut self, err: &CliError) {
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

    /// Moves the progress bar by `rows` (back, for a negative number).
    pub fn advance(&mut self, rows: i64) {
        if let Some(bar) = &self.progress {
            match u64::try_from(rows) {
                Ok(n) => bar.inc(n),
                Err(_) => bar.dec(rows.unsigned_abs()),
            }
        }
    }

    /// A chunk of `rows` is judged: the bar moves, and the errors file holds every row judged so
    /// far (what a Ctrl-C would leave behind).
    pub fn chunk_done(&mut self, rows: usize) -> Result<()> {
        self.advance(rows as i64);
        if let Some(errors) = &mut self.errors {
            errors.flush()?;
        }
        Ok(())
    }

    /// The summary, with exit code 5 when rows failed.
    pub fn finish(&mut self, dry: bool) -> Result<Outcome> {
        if let Some(bar) = &self.progress {
            bar.finish_and_clear();
        }
        let errors_path = self.flush_errors()?;
        let c = self.counts;
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
        if let Some((settings, _)) = &self.settings {
            text.push('\n');
            text.push_str(settings);
        }
        let mut result = json!({
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
        if let Some((_, json)) = &self.settings {
            result["fileHeaders"] = json.clone();
        }
        let failure = (c.failed > 0).then(|| {
            let partial = CliError::Partial(format!(
                "{} row(s) failed:\n  {}",
                c.failed,
                self.first_reasons.join("\n  ")
            ));
            self.with_rows(partial)
        });
        Ok(Outcome {
            output: Output::Message { text, result },
            failure,
            more: None,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::note::import::options::parsed;

    #[test]
    fn the_progress_line_counts_the_chunk_anki_is_adding() {
        let args = parsed(&["import", "x.csv"]);
        let mut tally = Tally::new(&args, None);
        tally.counts.added = 500;
        assert!(tally
            .progress_line()
            .starts_with("stopped after adding 500, updating 0"));
        tally.in_flight = 500;
        let line = tally.progress_line();
        assert!(
            line.starts_with("stopped after adding 500 (and 500 more that Anki was adding when it stopped: they are in Anki or not at all), updating 0"),
            "{line}"
        );
    }
}
