//! Pass 1 of an import: every row is checked before anything is sent.
//!
//! A missing deck or note type is one problem however many rows name it (counted, with the
//! first rows listed); with --create-decks a missing deck is a deck to create instead. Rows
//! with problems go to the errors file in any case; whether the others are then sent is the
//! caller's choice (--on-invalid).

use std::collections::{BTreeMap, HashSet};

use super::catalog::Catalog;
use super::prepare::{self, Defaults, Layout, Problem};
use super::read::Rows;
use super::tally::Tally;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// The most problems of other kinds listed before "and N more".
const MAX_LISTED: usize = 20;

/// The first rows listed for a missing deck or note type.
const ROWS_LISTED: usize = 5;

/// The rows that name a missing deck or note type.
#[derive(Debug, Default)]
struct Uses {
    rows: usize,
    first: Vec<usize>,
    /// Every one of them took the name from --deck / --model.
    from_flag: bool,
}

impl Uses {
    fn add(&mut self, row: usize, from_flag: bool) {
        self.from_flag = if self.rows == 0 {
            from_flag
        } else {
            self.from_flag && from_flag
        };
        self.rows += 1;
        if self.first.len() < ROWS_LISTED {
            self.first.push(row);
        }
    }

    /// "3 rows: 2, 5, 9" / "1 row: 4" / "120 rows: 2, 3, 4, 5, 6, …"
    fn rows_text(&self) -> String {
        let mut list: Vec<String> = self.first.iter().map(usize::to_string).collect();
        if self.rows > self.first.len() {
            list.push("…".into());
        }
        let noun = if self.rows == 1 { "row" } else { "rows" };
        format!("{} {noun}: {}", self.rows, list.join(", "))
    }
}

/// What pass 1 found.
#[derive(Debug, Default)]
pub struct Checked {
    /// Rows that can be sent.
    pub valid: usize,
    /// Numbers of the rows that cannot (left out with --on-invalid skip).
    pub invalid: HashSet<usize>,
    /// Decks rows name that Anki lacks, to create (only with --create-decks).
    pub to_create: Vec<String>,
    decks: BTreeMap<String, Uses>,
    models: BTreeMap<String, Uses>,
    others: Vec<String>,
    other_count: usize,
}

impl Checked {
    /// The problems, each missing deck or note type once: for the message that stops the import.
    pub fn report(&self, name: &str, errors_file: Option<&str>) -> String {
        let mut lines = missing_lines("deck", &self.decks, "pass --create-decks to create it");
        lines.extend(missing_lines(
            "model",
            &self.models,
            "create the note type first (anki-cli model create), or correct the name",
        ));
        lines.extend(self.others.iter().cloned());
        if self.other_count > self.others.len() {
            lines.push(format!(
                "… and {} more",
                self.other_count - self.others.len()
            ));
        }
        let mut text = format!(
            "{name} has problems in {} row(s); nothing was imported:\n  {}",
            self.invalid.len(),
            lines.join("\n  ")
        );
        if let Some(path) = errors_file {
            text.push_str(&format!(
                "\nThese rows are in {path}, each with its reason: fix them there and import that file."
            ));
        }
        if self.valid > 0 {
            text.push_str(&format!(
                "\n(--on-invalid skip imports the other {} row(s) and leaves these out.)",
                self.valid
            ));
        }
        text
    }

    fn other(&mut self, problem: String) {
        self.other_count += 1;
        if self.others.len() < MAX_LISTED {
            self.others.push(problem);
        }
    }
}

/// One line per missing deck or note type (`what`): the rows that name it, and what to do.
fn missing_lines(what: &str, missing: &BTreeMap<String, Uses>, remedy: &str) -> Vec<String> {
    missing
        .iter()
        .map(|(name, uses)| {
            let by = if uses.from_flag {
                format!("--{what}, for")
            } else {
                "named by".to_string()
            };
            format!(
                "{what} was not found: {name} ({by} {}); {remedy}",
                uses.rows_text()
            )
        })
        .collect()
}

/// The reason for the errors file: the problem without its row number (the errors file has
/// rows of its own), keeping the column.
fn reason(problem: &str, prefix: &str, row: usize) -> String {
    let Some(rest) = problem.strip_prefix(&format!("{prefix}row {row}")) else {
        return problem.to_string();
    };
    if let Some(rest) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(": ")) {
        return rest.to_string();
    }
    if rest.starts_with(" (") {
        if let Some(at) = rest.find("): ") {
            return rest[at + 3..].to_string();
        }
    }
    problem.to_string()
}

/// Reads every row after the header and checks it; rows with problems are left out through
/// `tally` (counted, and written to the errors file). An unterminated quote ends the check:
/// the rest of the file cannot be read as rows.
pub fn check_rows(
    rows: &mut Rows,
    layout: &Layout,
    defaults: &Defaults,
    catalog: &mut Catalog,
    ctx: &Ctx,
    create_decks: bool,
    tally: &mut Tally,
) -> Result<Checked> {
    let mut checked = Checked::default();
    let name = rows.name().to_string();
    while let Some(row) = rows.next_row() {
        let (number, cells) = match row {
            Ok(row) => row,
            Err(e) if rows.unterminated() => {
                return Err(CliError::Usage(format!("{e}; nothing was imported")))
            }
            Err(e) => {
                let number = rows.last_number();
                let problem = e.to_string();
                let why = reason(&problem, &format!("{name} "), number);
                tally.left_out(number, &rows.lossy_cells(), &problem, &why);
                checked.invalid.insert(number);
                checked.other(problem);
                continue;
            }
        };
        let kept = cells.clone();
        let mut result = prepare::check(number, cells, layout, defaults, catalog, Some(ctx));
        if create_decks {
            if let Err(Problem::MissingDeck { deck, .. }) = &result {
                catalog.plan_deck(deck);
                checked.to_create.push(deck.clone());
                result = prepare::check(number, kept.clone(), layout, defaults, catalog, Some(ctx));
            }
        }
        let problem = match result {
            Ok(_) => {
                checked.valid += 1;
                continue;
            }
            Err(problem) => problem,
        };
        let text = problem.to_string();
        tally.left_out(number, &kept, &text, &reason(&text, "", number));
        checked.invalid.insert(number);
        match problem {
            Problem::MissingDeck { row, column, deck } => checked
                .decks
                .entry(deck)
                .or_default()
                .add(row, column.is_none()),
            Problem::MissingModel { row, column, model } => checked
                .models
                .entry(model)
                .or_default()
                .add(row, column.is_none()),
            Problem::Other(message) => checked.other(message),
        }
    }
    Ok(checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_lose_the_row_but_keep_the_column() {
        for (problem, prefix, row, expected) in [
            (
                "row 3, column 2 (Side): no field 'Side'",
                "",
                3,
                "column 2 (Side): no field 'Side'",
            ),
            (
                "row 4: the first field (Front) is empty",
                "",
                4,
                "the first field (Front) is empty",
            ),
            (
                "row 5 (deck): deck was not found: X",
                "",
                5,
                "deck was not found: X",
            ),
            (
                "a.csv row 6, column 1: not valid UTF-8",
                "a.csv ",
                6,
                "column 1: not valid UTF-8",
            ),
            ("row 77: x", "", 7, "row 77: x"),
        ] {
            assert_eq!(reason(problem, prefix, row), expected, "{problem}");
        }
    }

    #[test]
    fn a_missing_deck_is_one_line_with_its_rows_counted() {
        let mut checked = Checked::default();
        let mut uses = Uses::default();
        for row in 2..=101 {
            uses.add(row, true);
            checked.invalid.insert(row);
        }
        checked.decks.insert("Nowhere".into(), uses);
        let text = checked.report("words.csv", Some("failed.csv"));
        assert!(
            text.starts_with("words.csv has problems in 100 row(s); nothing was imported:\n  deck was not found: Nowhere (--deck, for 100 rows: 2, 3, 4, 5, 6, …); pass --create-decks to create it\n"),
            "{text}"
        );
        assert_eq!(text.matches("deck was not found").count(), 1);
        assert!(text.contains("These rows are in failed.csv"), "{text}");
    }
}
