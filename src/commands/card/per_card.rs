//! One value per card: how a reply's entry reads in a cell, the two-column table of them, and
//! which cards an answer leaves out.

use serde_json::{json, Value};

use crate::api::card::Interval;
use crate::api::reply::ModTime;
use crate::output::{Output, Table};

/// How one card's entry of a reply reads in a table cell.
pub trait CardCell {
    /// The cell's text.
    fn cell(&self) -> String;
}

impl CardCell for bool {
    fn cell(&self) -> String {
        if *self { "yes" } else { "no" }.into()
    }
}

impl CardCell for i64 {
    fn cell(&self) -> String {
        self.to_string()
    }
}

/// `null`: the add-on's answer for an ID that is no card.
impl<T: CardCell> CardCell for Option<T> {
    fn cell(&self) -> String {
        self.as_ref().map_or("(not found)".into(), CardCell::cell)
    }
}

impl CardCell for ModTime {
    fn cell(&self) -> String {
        if self.card_id.is_none() && self.modified.is_none() {
            return "(not found)".into();
        }
        self.modified.map(|m| m.to_string()).unwrap_or_default()
    }
}

impl CardCell for Interval {
    fn cell(&self) -> String {
        match self {
            Interval::Latest(days) => days.to_string(),
            Interval::History(all) => json!(all).to_string(),
        }
    }
}

/// A table of one value per card, `entries` in card order; `result` is what `-o json` prints.
pub fn per_card_table<T: CardCell>(
    header: &str,
    ids: &[i64],
    entries: &[T],
    result: Value,
) -> Output {
    let mut table = Table::new(&["Card", header], result).with_ids(0);
    for (id, entry) in ids.iter().zip(entries) {
        table.push(vec![id.to_string(), entry.cell()]);
    }
    Output::Table(table)
}

/// The IDs (as text) whose entry `pick` chooses, `entries` being in card order.
pub fn ids_where<T>(ids: &[i64], entries: &[T], pick: impl Fn(&T) -> bool) -> Vec<String> {
    ids.iter()
        .zip(entries)
        .filter(|(_, entry)| pick(entry))
        .map(|(id, _)| id.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_read_as_words_and_numbers() {
        assert_eq!(Some(true).cell(), "yes");
        assert_eq!(None::<i64>.cell(), "(not found)");
        assert_eq!(Interval::History(vec![-120, 3]).cell(), "[-120,3]");
        assert_eq!(Interval::Latest(-60).cell(), "-60");
        assert_eq!(ModTime::default().cell(), "(not found)");
        assert_eq!(
            ids_where(&[1, 2, 3], &[true, false, false], |ok| !ok),
            ["2", "3"]
        );
    }
}
