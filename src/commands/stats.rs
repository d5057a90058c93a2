//! `anki-cli stats`: the 7 statistics and review-log actions.

use std::path::PathBuf;

use clap::Subcommand;
use serde_json::{json, Value};

use super::chunks;
use super::context::{Ctx, Outcome};
use crate::api::stats::{
    card_reviews, collection_stats_html, insert_reviews, latest_review_id,
    num_cards_reviewed_by_day, num_cards_reviewed_today, reviews_of_cards, ReviewRow,
};
use crate::error::{CliError, Result};
use crate::ids;
use crate::output::{Output, Table};

/// The columns of a review-log row, as AnkiConnect returns them.
pub const REVIEW_COLUMNS: [&str; 9] = [
    "id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type",
];

/// Subcommands of `anki-cli stats`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli stats today
  anki-cli stats by-day --days 14
  anki-cli stats html --out stats.html
  anki-cli stats reviews French --since 1594194095740
  anki-cli stats card-reviews 1653613948202
  anki-cli stats insert-reviews reviews.csv")]
pub enum StatsCommand {
    /// How many reviews were logged today (each answer counts, and so do reschedules such as set-due)
    Today,
    /// Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts
    ByDay {
        /// Show only the most recent N days
        #[arg(long, value_name = "N")]
        days: Option<usize>,
    },
    /// Anki's statistics page as HTML, written to a file
    #[command(
        after_help = "On a terminal --out is required; piped, the HTML goes to stdout.\n\nExamples:\n  anki-cli stats html --out stats.html\n  anki-cli stats html --current-deck > deck.html"
    )]
    Html {
        /// Write the HTML here
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Only the current deck instead of the whole collection
        #[arg(long)]
        current_deck: bool,
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
    },
    /// Reviews of the cards in a deck (not its subdecks) after a review ID
    Reviews {
        /// Deck name
        deck: String,
        /// Only reviews with a larger ID (a review ID is its time in ms)
        #[arg(long, value_name = "REVIEW_ID", default_value_t = 0)]
        since: i64,
    },
    /// Every review of the given cards
    CardReviews {
        /// Card IDs, or - to read them from stdin
        #[arg(required = true, value_name = ids::CARD_ID)]
        cards: Vec<String>,
    },
    /// The ID (time in ms) of the latest review of a deck's cards (not its subdecks'); 0 if none
    LatestReview {
        /// Deck name
        deck: String,
    },
    /// Add review-log rows from a CSV or JSON file (checked before anything is sent)
    #[command(after_help = "\
CSV: a header naming the 9 columns id,cid,usn,ease,ivl,lastIvl,factor,time,type (any order),
then one review per row. JSON: an array of 9-number arrays in that order. Every row is
checked first; a bad row is reported with its row and column and nothing is sent.

Example:
  anki-cli stats insert-reviews reviews.csv")]
    InsertReviews {
        /// CSV or JSON file, or - for stdin (format by extension, else by content)
        file: String,
    },
}

// ---- review files ----

/// Parses reviews from CSV (with a header) or JSON; errors name the row and column.
pub fn parse_reviews(text: &str, json_format: bool) -> Result<Vec<ReviewRow>> {
    if json_format {
        let rows: Value = serde_json::from_str(text)
            .map_err(|e| CliError::Usage(format!("reviews are not valid JSON: {e}")))?;
        let rows = rows
            .as_array()
            .ok_or_else(|| CliError::Usage("reviews JSON must be an array of rows".into()))?;
        return rows
            .iter()
            .enumerate()
            .map(|(r, row)| {
                let cells = row.as_array().filter(|c| c.len() == 9).ok_or_else(|| {
                    CliError::Usage(format!("review {}: expected an array of 9 numbers", r + 1))
                })?;
                let mut out = [0i64; 9];
                for (c, value) in cells.iter().enumerate() {
                    out[c] = value.as_i64().ok_or_else(|| {
                        CliError::Usage(format!(
                            "review {}, column {} ({}): {value} is not an integer",
                            r + 1,
                            c + 1,
                            REVIEW_COLUMNS[c]
                        ))
                    })?;
                }
                Ok(out)
            })
            .collect();
    }
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| CliError::Usage(format!("reviews CSV: {e}")))?
        .clone();
    let mut order = [0usize; 9];
    for (i, name) in REVIEW_COLUMNS.iter().enumerate() {
        order[i] = headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                CliError::Usage(format!(
                    "reviews CSV: no '{name}' column in the header (need {})",
                    REVIEW_COLUMNS.join(",")
                ))
            })?;
    }
    let mut rows = Vec::new();
    for (r, record) in reader.records().enumerate() {
        let row_number = r + 2; // the header is row 1
        let record =
            record.map_err(|e| CliError::Usage(format!("reviews CSV row {row_number}: {e}")))?;
        let mut out = [0i64; 9];
        for (i, &col) in order.iter().enumerate() {
            let raw = record.get(col).unwrap_or_default();
            out[i] = raw.parse().map_err(|_| {
                CliError::Usage(format!(
                    "reviews CSV row {row_number}, column {} ({}): '{raw}' is not an integer",
                    col + 1,
                    REVIEW_COLUMNS[i]
                ))
            })?;
        }
        rows.push(out);
    }
    Ok(rows)
}

/// A table of review-log rows (the columns of [`REVIEW_COLUMNS`]) over the raw `result`.
fn review_table(rows: Vec<Vec<String>>, result: Value) -> Table {
    let mut table = Table::new(&REVIEW_COLUMNS, result).with_ids(0);
    for row in rows {
        table.push(row);
    }
    table
}

/// A bar of `width` cells for `value` out of `max`.
pub fn bar(value: i64, max: i64, width: usize) -> String {
    if max <= 0 || value <= 0 {
        return String::new();
    }
    let cells = ((value as f64 / max as f64) * width as f64)
        .round()
        .max(1.0) as usize;
    "█".repeat(cells)
}

/// Review rows per part of `stats reviews`' output (`ANKI_CLI_CHUNK` changes it).
const REVIEWS_PART: usize = 5_000;

/// Runs a `stats` subcommand.
pub fn run(cmd: &StatsCommand, ctx: &Ctx) -> Result<Outcome> {
    let StatsCommand::Reviews { deck, since } = cmd else {
        return run_whole(cmd, ctx).map(Outcome::from);
    };
    // cardReviews (like getLatestReviewID) creates a deck it does not know.
    crate::commands::existing::require_decks(ctx, std::slice::from_ref(deck), false)?;
    // Its reply cannot be asked in pages: it is read as it arrives, a part at a time.
    let part = chunks::size(ctx, REVIEWS_PART);
    chunks::listed(ctx, card_reviews(deck, *since).request, part, |reviews| {
        let rows = reviews
            .iter()
            .map(|r: &ReviewRow| r.iter().map(i64::to_string).collect())
            .collect();
        Output::Table(review_table(rows, json!(reviews)))
    })
}

/// Runs a `stats` subcommand whose output comes whole.
fn run_whole(cmd: &StatsCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        StatsCommand::Today => {
            let n = ctx.send(num_cards_reviewed_today())?;
            Output::Message {
                // The add-on counts review-log entries, not distinct cards.
                text: format!("{n} review(s) today"),
                result: json!(n),
            }
        }
        StatsCommand::ByDay { days } => {
            let (mut rows, mut shown) = ctx.send_raw(num_cards_reviewed_by_day())?;
            if let Some(n) = days {
                rows.truncate(*n);
                shown = json!(rows);
            }
            let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0);
            let chart = ctx.term.stdout_tty;
            let headers: &[&str] = if chart {
                &["Day", "Reviews", ""]
            } else {
                &["Day", "Reviews"]
            };
            let mut table = Table::new(headers, shown);
            for (day, n) in rows {
                let mut row = vec![day, n.to_string()];
                if chart {
                    row.push(bar(n, max, 40));
                }
                table.push(row);
            }
            Output::Table(table)
        }
        StatsCommand::Html {
            out,
            current_deck,
            force,
        } => {
            if out.is_none() && ctx.term.stdout_tty {
                return Err(CliError::Usage(
                    "the statistics are an HTML page: write them with --out FILE (or pipe them)"
                        .into(),
                ));
            }
            let out = crate::files::out_path(out.as_deref());
            if let Some(path) = out {
                crate::files::check_overwrite(path, *force)?;
            }
            let html = ctx.send(collection_stats_html(!current_deck))?;
            match out {
                Some(path) => {
                    crate::files::write_atomically(path, html.as_bytes())?;
                    Output::Message {
                        text: format!("Wrote {} ({} bytes).", path.display(), html.len()),
                        result: Value::Null,
                    }
                }
                None => Output::Document {
                    result: Value::String(html.clone()),
                    text: html,
                },
            }
        }
        StatsCommand::Reviews { .. } => unreachable!("read in parts by run"),
        StatsCommand::CardReviews { cards } => {
            let ids = ctx.ids(cards)?;
            let (cards, result) = ctx.send_raw(reviews_of_cards(&ids))?;
            let mut rows = Vec::new();
            for (card, reviews) in cards.0 {
                for r in reviews {
                    let mut row = vec![r.id.to_string(), card.clone()];
                    row.extend(
                        [r.usn, r.ease, r.ivl, r.last_ivl, r.factor, r.time, r.kind]
                            .map(|n| n.to_string()),
                    );
                    rows.push(row);
                }
            }
            Output::Table(review_table(rows, result))
        }
        StatsCommand::LatestReview { deck } => {
            crate::commands::existing::require_decks(ctx, std::slice::from_ref(deck), false)?;
            let id = ctx.send(latest_review_id(deck))?;
            Output::Message {
                text: id.to_string(),
                result: json!(id),
            }
        }
        StatsCommand::InsertReviews { file } => {
            let text = ctx.read_source(file, "reviews")?;
            let json_format = file.ends_with(".json")
                || (!file.ends_with(".csv") && text.trim_start().starts_with('['));
            let rows = parse_reviews(&text, json_format)?;
            if rows.is_empty() {
                return Err(CliError::Usage(format!("{file} holds no reviews")));
            }
            ctx.send(insert_reviews(&rows))?;
            Output::Message {
                text: format!("Inserted {} review(s).", rows.len()),
                result: Value::Null,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, rendered_parts, FakeAnki};
    use crate::output::Format;

    #[test]
    fn csv_reviews_in_any_column_order_with_row_numbers_in_errors() {
        let csv = "cid,id,usn,ease,ivl,lastIvl,factor,time,type\n2,1,-1,3,4,-60,2500,6157,0\n";
        assert_eq!(
            parse_reviews(csv, false).unwrap(),
            vec![[1, 2, -1, 3, 4, -60, 2500, 6157, 0]]
        );
        let bad = "id,cid,usn,ease,ivl,lastIvl,factor,time,type\n1,2,-1,3,4,-60,2500,6157,0\n1,2,-1,x,4,-60,2500,6157,0\n";
        let err = parse_reviews(bad, false).unwrap_err().to_string();
        assert!(
            err.contains("row 3") && err.contains("column 4") && err.contains("ease"),
            "{err}"
        );
        let short = "id,cid,usn,ease,ivl,lastIvl,factor,time,type\n1,2,3\n";
        assert!(parse_reviews(short, false)
            .unwrap_err()
            .to_string()
            .contains("row 2"));
        assert!(parse_reviews("id,cid\n1,2\n", false)
            .unwrap_err()
            .to_string()
            .contains("'usn'"));
    }

    #[test]
    fn json_reviews_are_checked_too() {
        assert_eq!(
            parse_reviews("[[1,2,3,4,5,6,7,8,9]]", true).unwrap().len(),
            1
        );
        assert!(parse_reviews("[[1,2,3]]", true)
            .unwrap_err()
            .to_string()
            .contains("review 1"));
        assert!(parse_reviews("[[1,2,3,4,5,6,7,8,\"x\"]]", true)
            .unwrap_err()
            .to_string()
            .contains("column 9"));
    }

    #[test]
    fn bars_scale_to_the_maximum() {
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(1, 100, 4), "█");
        assert_eq!(bar(0, 10, 4), "");
    }

    #[test]
    fn by_day_keeps_the_newest_days_in_rows_and_result() {
        let days = json!([["2024-03-03", 5], ["2024-03-02", 0], ["2024-03-01", 12]]);
        let anki = FakeAnki::new().reply("getNumCardsReviewedByDay", days.clone());
        let out = run_whole(&StatsCommand::ByDay { days: Some(2) }, &anki.ctx()).unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "2024-03-03\t5\n2024-03-02\t0\n"
        );
        assert_eq!(
            rendered(&out, Format::Json),
            r#"[["2024-03-03",5],["2024-03-02",0]]"#.to_string() + "\n"
        );
        let anki = FakeAnki::new().reply("getNumCardsReviewedByDay", days.clone());
        let all = run_whole(&StatsCommand::ByDay { days: None }, &anki.ctx()).unwrap();
        assert_eq!(rendered(&all, Format::Json), format!("{days}\n"));
        let anki = FakeAnki::new().reply("getNumCardsReviewedByDay", json!([["x"]]));
        let err = run_whole(&StatsCommand::ByDay { days: None }, &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 3, "{err}");
    }

    #[test]
    fn today_counts_review_log_entries() {
        let anki = FakeAnki::new().reply("getNumCardsReviewedToday", json!(7));
        let out = run_whole(&StatsCommand::Today, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Table), "7 review(s) today\n");
        assert_eq!(rendered(&out, Format::Json), "7\n");
    }

    #[test]
    fn reviews_check_the_deck_first_and_list_rows_with_ids() {
        let anki = FakeAnki::new()
            .reply("deckNames", json!(["Default", "French"]))
            .reply_to(
                "cardReviews",
                json!({"deck": "French", "startID": 5}),
                json!([[11, 22, -1, 3, 4, -60, 2500, 6157, 0]]),
            );
        let cmd = StatsCommand::Reviews {
            deck: "French".into(),
            since: 5,
        };
        let ctx = anki.ctx();
        let out = run(&cmd, &ctx).unwrap();
        assert_eq!(
            rendered_parts(out, &ctx, Format::Tsv),
            "11\t22\t-1\t3\t4\t-60\t2500\t6157\t0\n"
        );
        let anki = FakeAnki::new()
            .reply("deckNames", json!(["Default", "French"]))
            .reply(
                "cardReviews",
                json!([[11, 22, -1, 3, 4, -60, 2500, 6157, 0]]),
            );
        let ctx = anki.ctx();
        assert_eq!(
            rendered_parts(run(&cmd, &ctx).unwrap(), &ctx, Format::Ids),
            "11\n"
        );
        // cardReviews would create an unknown deck: nothing is asked of it.
        let anki = FakeAnki::new().reply("deckNames", json!(["Default"]));
        let cmd = StatsCommand::LatestReview {
            deck: "Nope".into(),
        };
        let err = run_whole(&cmd, &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("Nope"), "{err}");
        assert_eq!(anki.sent(), ["deckNames"]);
    }

    #[test]
    fn card_reviews_put_each_card_id_in_its_rows() {
        let anki = FakeAnki::new().reply_to(
            "getReviewsOfCards",
            json!({"cards": [8, 9]}),
            json!({"8": [{"id": 100, "usn": -1, "ease": 3, "ivl": 4, "lastIvl": 1,
                          "factor": 2500, "time": 900, "type": 1}],
                   "9": []}),
        );
        let cmd = StatsCommand::CardReviews {
            cards: vec!["8".into(), "9".into()],
        };
        let out = run_whole(&cmd, &anki.ctx()).unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "100\t8\t-1\t3\t4\t1\t2500\t900\t1\n"
        );
    }

    #[test]
    fn insert_reviews_sends_checked_rows_and_nothing_for_a_bad_file() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("r.csv");
        std::fs::write(
            &good,
            "id,cid,usn,ease,ivl,lastIvl,factor,time,type\n1,2,-1,3,4,-60,2500,6157,0\n",
        )
        .unwrap();
        let anki = FakeAnki::new().reply("insertReviews", json!(null));
        let cmd = StatsCommand::InsertReviews {
            file: good.display().to_string(),
        };
        let out = run_whole(&cmd, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Table), "Inserted 1 review(s).\n");
        assert_eq!(
            anki.params_of("insertReviews"),
            [json!({"reviews": [[1, 2, -1, 3, 4, -60, 2500, 6157, 0]]})]
        );
        let bad = dir.path().join("r.json");
        std::fs::write(&bad, "[[1,2,3,4,5,6,7,8,9],[1,2]]").unwrap();
        let anki = FakeAnki::new();
        let cmd = StatsCommand::InsertReviews {
            file: bad.display().to_string(),
        };
        let err = run_whole(&cmd, &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("review 2"), "{err}");
        assert!(anki.sent().is_empty());
    }

    #[test]
    fn html_is_written_to_the_file_and_an_existing_one_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stats.html");
        let anki = FakeAnki::new().reply_to(
            "getCollectionStatsHTML",
            json!({"wholeCollection": false}),
            json!("<html></html>"),
        );
        let cmd = StatsCommand::Html {
            out: Some(path.clone()),
            current_deck: true,
            force: false,
        };
        run_whole(&cmd, &anki.ctx()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "<html></html>");
        let anki = FakeAnki::new();
        let err = run_whole(&cmd, &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 2, "{err}");
        assert!(anki.sent().is_empty());
    }
}
