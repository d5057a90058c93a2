//! `anki-cli card`: all 17 card actions.

use clap::{Args, Subcommand};
use serde::Deserialize;
use serde_json::{json, Value};

use super::context::Ctx;
use super::existing::require_cards;
use crate::api::card::{
    answer_cards, cards_request, find_cards, get_intervals, set_due_date, set_ease_factors,
    set_specific_value, suspended,
};
use crate::api::reply::OrFalse;
use crate::error::{CliError, Result};
use crate::output::{cell, plain_text, Output, Table};
use crate::request::Request;

/// Cards chosen by ID, by `-` (stdin), or by a search.
#[derive(Debug, Clone, Args)]
pub struct CardSelection {
    /// Card IDs, or - to read them from stdin
    #[arg(required_unless_present = "query", conflicts_with = "query")]
    pub cards: Vec<String>,
    /// Select the cards with an Anki search instead (find, then act); one argument, so quote a
    /// search of several words
    #[arg(short, long, allow_hyphen_values = true)]
    pub query: Option<String>,
}

impl CardSelection {
    /// The selected card IDs (running findCards for --query).
    pub fn resolve(&self, ctx: &Ctx) -> Result<Vec<i64>> {
        match &self.query {
            Some(q) => {
                let ids: Vec<i64> = ctx.call_as(find_cards(q))?;
                if ids.is_empty() {
                    return Err(CliError::Refused(format!(
                        "no cards match '{q}'; nothing was changed"
                    )));
                }
                Ok(ids)
            }
            None => ctx.ids(&self.cards),
        }
    }
}

/// Subcommands of `anki-cli card`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli card find 'deck:French is:due'
  anki-cli card info --query 'deck:French is:due'
  anki-cli card find 'deck:French tag:leech' | anki-cli card suspend -
  anki-cli card suspend --query 'deck:French tag:leech'
  anki-cli card answer 1498938915662:good 1502098034048:again
  anki-cli card set-due --query 'deck:French is:new' 0")]
pub enum CardCommand {
    /// Find cards with Anki's search syntax; prints their IDs
    #[command(
        after_help = "The words are one search, as in Anki's search bar (see `anki-cli note find --help`).\n\nExamples:\n  anki-cli card find deck:French is:due\n  anki-cli card find is:suspended -tag:leech | wc -l"
    )]
    Find {
        /// An Anki search; its words together are one search, e.g. deck:French is:due
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
    },
    /// Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue
    #[command(
        after_help = "Examples:\n  anki-cli card info 1498938915662\n  anki-cli card info --query 'deck:French is:due'\n  anki-cli card find is:new | anki-cli card info - -o json"
    )]
    Info(CardSelection),
    /// Last modification time of cards
    ModTime(CardSelection),
    /// The notes the cards belong to; prints note IDs
    Notes(CardSelection),
    /// Suspend cards
    #[command(
        after_help = "Examples:\n  anki-cli card suspend 1498938915662\n  anki-cli card suspend --query 'tag:leech'"
    )]
    Suspend(CardSelection),
    /// Unsuspend cards
    Unsuspend(CardSelection),
    /// Whether cards are suspended
    Suspended(CardSelection),
    /// Whether cards are due
    Due(CardSelection),
    /// Card intervals (negative: seconds, positive: days)
    Intervals {
        /// The cards.
        #[command(flatten)]
        selection: CardSelection,
        /// Every interval of each card's history, not just the latest
        #[arg(long)]
        complete: bool,
    },
    /// Ease factors (2500 = 250%)
    Ease(CardSelection),
    /// Set the ease factor of cards (2500 = 250%)
    #[command(
        after_help = "Examples:\n  anki-cli card set-ease 2500 1498938915662 1502098034048\n  anki-cli card set-ease 2300 --query 'deck:Hard'"
    )]
    SetEase {
        /// The new ease factor, e.g. 2500 for 250%
        ease: i64,
        /// The cards.
        #[command(flatten)]
        selection: CardSelection,
    },
    /// Set raw card columns as KEY=VALUE (risky keys need --warning-check)
    #[command(after_help = "\
Keys are card columns: custom_data, decay, desired_retention, did, due, factor, flags, id,
ivl, lapses, last_review_time, left, nid, odid, odue, ord, original_position, queue, reps,
type (any other name Anki would silently ignore, so it is refused). Keys did, id, ivl,
lapses, left, nid, odid, odue, ord, queue, reps and type can corrupt scheduling;
AnkiConnect refuses them unless --warning-check is given. Numeric values are sent as
numbers (current Anki rejects numbers given as strings).

Examples:
  anki-cli card set 1498938915662 flags=1
  anki-cli card set 1498938915662 factor=2600 odue=-100 --warning-check")]
    Set {
        /// The card's ID
        card: i64,
        /// KEY=VALUE pairs
        #[arg(required = true, value_name = "KEY=VALUE")]
        values: Vec<String>,
        /// Allow the risky keys
        #[arg(long)]
        warning_check: bool,
        /// Do not ask before overwriting scheduling or identity columns (required for them when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Reset cards to new (their review history is kept)
    Forget {
        /// The cards.
        #[command(flatten)]
        selection: CardSelection,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Put cards back into relearning (their intervals are lost)
    Relearn {
        /// The cards.
        #[command(flatten)]
        selection: CardSelection,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy
    #[command(after_help = "Examples:\n  anki-cli card answer 1498938915662:good 1502098034048:1")]
    Answer {
        /// CARD:EASE pairs
        #[arg(required = true, value_name = "CARD:EASE")]
        answers: Vec<String>,
    },
    /// Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days
    #[command(
        after_help = "Examples:\n  anki-cli card set-due 0 1498938915662\n  anki-cli card set-due '3-7' --query 'deck:French is:review'\n  anki-cli card set-due '1!' 1498938915662"
    )]
    SetDue {
        /// Days: N, N!, N-M or N-M! (! also sets the interval)
        days: String,
        /// The cards.
        #[command(flatten)]
        selection: CardSelection,
    },
}

/// Parses an ease: 1-4 or again/hard/good/easy.
pub fn parse_ease(text: &str) -> Option<i64> {
    match text.to_ascii_lowercase().as_str() {
        "1" | "again" => Some(1),
        "2" | "hard" => Some(2),
        "3" | "good" => Some(3),
        "4" | "easy" => Some(4),
        _ => None,
    }
}

/// Parses `CARD:EASE` pairs.
pub fn parse_answers(pairs: &[String]) -> Result<Vec<(i64, i64)>> {
    pairs
        .iter()
        .map(|pair| {
            let (card, ease) = pair
                .split_once(':')
                .ok_or_else(|| CliError::Usage(format!("expected CARD:EASE, got '{pair}'")))?;
            let card = card
                .trim()
                .parse::<i64>()
                .map_err(|_| CliError::Usage(format!("not a card ID in '{pair}'")))?;
            let ease = parse_ease(ease.trim()).ok_or_else(|| {
                CliError::Usage(format!(
                    "not an ease in '{pair}': use 1-4 or again, hard, good, easy"
                ))
            })?;
            Ok((card, ease))
        })
        .collect()
}

/// Checks AnkiConnect's setDueDate day syntax: `N`, `N!`, `N-M`, `N-M!`.
pub fn check_days(days: &str) -> Result<()> {
    let body = days.strip_suffix('!').unwrap_or(days);
    let ok = match body.split_once('-') {
        Some((a, b)) => {
            a.parse::<u32>().is_ok()
                && b.parse::<u32>()
                    .is_ok_and(|b| b >= a.parse().unwrap_or(u32::MAX))
        }
        None => body.parse::<u32>().is_ok(),
    };
    if ok {
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "invalid days '{days}': use N, N!, N-M or N-M! (e.g. 0, 1!, 3-7)"
        )))
    }
}

/// The card columns `setSpecificValueOfCard` can change: what Anki saves of a card.
/// Other names are set on a Python object and silently dropped (`mod` and `usn` Anki sets itself).
pub const CARD_KEYS: &[&str] = &[
    "custom_data",
    "decay",
    "desired_retention",
    "did",
    "due",
    "factor",
    "flags",
    "id",
    "ivl",
    "lapses",
    "last_review_time",
    "left",
    "nid",
    "odid",
    "odue",
    "ord",
    "original_position",
    "queue",
    "reps",
    "type",
];

/// The columns `card set` may overwrite without `--yes`: a flag and the deck are ordinary edits;
/// every other column holds scheduling or identity that cannot be got back once overwritten.
pub const ORDINARY_KEYS: &[&str] = &["flags", "did"];

/// The keys AnkiConnect refuses without `warning_check` (they can corrupt scheduling).
pub const RISKY_KEYS: &[&str] = &[
    "did", "id", "ivl", "lapses", "left", "mod", "nid", "odid", "odue", "ord", "queue", "reps",
    "type", "usn",
];

/// Checks `card set` keys: each must be a card column Anki saves.
pub fn check_card_keys(keys: &[String]) -> Result<()> {
    match keys.iter().find(|k| !CARD_KEYS.contains(&k.as_str())) {
        None => Ok(()),
        Some(key) => Err(CliError::Usage(format!(
            "unknown card key '{key}': Anki would silently ignore it (keys: {})",
            CARD_KEYS.join(", ")
        ))),
    }
}

/// Sends areDue or getIntervals, explaining the add-on's "list index out of range": it looks
/// up the review log of every card that is not new, and a card may have none (e.g. after
/// `card relearn` on a new card).
fn call_history_action<T: serde::de::DeserializeOwned>(
    ctx: &Ctx,
    request: Request,
    ids: &[i64],
) -> Result<(Vec<T>, Value)> {
    match ctx.call_each_as(request, ids.len()) {
        Err(CliError::Action { message, .. }) if message.contains("list index out of range") => {
            let history: std::collections::HashMap<String, Vec<Value>> =
                ctx.call_as(cards_request("getReviewsOfCards", ids))?;
            let without: Vec<String> = ids
                .iter()
                .filter(|id| history.get(&id.to_string()).is_none_or(Vec::is_empty))
                .map(|id| id.to_string())
                .collect();
            Err(CliError::Refused(format!(
                "AnkiConnect cannot tell this for cards that are not new but have no review history: {}",
                without.join(", ")
            )))
        }
        other => other,
    }
}

/// Suspends (`suspend`) or unsuspends cards, sending only those whose state changes.
///
/// The add-on's own check is unreliable (it removes items from the list it iterates, so it
/// can report `true` when nothing changed), and unsuspend always answers null; areSuspended
/// first gives exact counts and names unknown cards before anything changes.
fn set_suspended(ctx: &Ctx, ids: &[i64], suspend: bool) -> Result<Output> {
    let (action, verb) = if suspend {
        ("suspend", "Suspended")
    } else {
        ("unsuspend", "Unsuspended")
    };
    if ctx.dry_run {
        let result = ctx.call(cards_request(action, ids))?;
        return Ok(done(format!("{verb} {} card(s).", ids.len()), result));
    }
    let (states, _): (Vec<Option<bool>>, _) =
        ctx.call_each_as(cards_request("areSuspended", ids), ids.len())?;
    let missing: Vec<String> = ids
        .iter()
        .zip(&states)
        .filter(|(_, s)| s.is_none())
        .map(|(id, _)| id.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(CliError::Refused(format!(
            "card was not found: {}; nothing was changed",
            missing.join(", ")
        )));
    }
    let todo: Vec<i64> = ids
        .iter()
        .zip(&states)
        .filter(|(_, s)| **s != Some(suspend))
        .map(|(id, _)| *id)
        .collect();
    let already = ids.len() - todo.len();
    if todo.is_empty() {
        let text = if suspend {
            format!("All {} card(s) were suspended already.", ids.len())
        } else {
            format!("None of the {} card(s) was suspended.", ids.len())
        };
        // What the add-on answers when nothing changes.
        let result = if suspend {
            Value::Bool(false)
        } else {
            Value::Null
        };
        return Ok(done(text, result));
    }
    // suspend answers true (false when nothing changed); unsuspend answers null.
    let changed: Option<bool> = ctx.call_as(cards_request(action, &todo))?;
    let result = changed.map_or(Value::Null, Value::Bool);
    let note = match (already, suspend) {
        (0, _) => String::new(),
        (n, true) => format!(" ({n} already were)"),
        (n, false) => format!(" ({n} were not suspended)"),
    };
    Ok(done(
        format!("{verb} {} card(s){note}.", todo.len()),
        result,
    ))
}

/// Card queue numbers as words.
pub fn queue_name(queue: i64) -> &'static str {
    match queue {
        -3 => "buried (manual)",
        -2 => "buried",
        -1 => "suspended",
        0 => "new",
        1 | 3 => "learning",
        2 => "review",
        4 => "preview",
        _ => "unknown",
    }
}

/// One entry of a cardsInfo reply: a card, or `{}` for an ID that is no card.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CardInfo {
    #[serde(rename = "cardId")]
    card_id: Option<i64>,
    #[serde(rename = "deckName")]
    deck_name: String,
    #[serde(rename = "modelName")]
    model_name: String,
    question: String,
    due: i64,
    queue: i64,
    /// 0 new, 1 learning, 2 review, 3 relearning.
    #[serde(rename = "type")]
    kind: i64,
    interval: i64,
    factor: i64,
    reps: i64,
    lapses: i64,
}

/// Anki's day number today, and the local calendar date of that day (days since 1970-01-01).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Today {
    day: i64,
    date: i64,
}

/// Due numbers above this are timestamps (learning cards), below it day numbers, as in Anki.
const TIMESTAMP_DUE: i64 = 1_000_000_000;

/// Where a day-based due may lie from today, in days (a century either way).
const DUE_SPAN: i64 = 36_600;

/// How many thresholds one search round asks about (one multi request).
const ROUND: i64 = 256;

/// Anki's hour of the day at which a new day starts (its default; AnkiConnect does not tell).
const ROLLOVER_HOUR: i64 = 4;

/// The Due column: "new #12", a date for a day-based due, a date and time for a learning card.
fn due_text(card: &CardInfo, today: Option<Today>) -> String {
    if card.queue == 0 || card.kind == 0 {
        return format!("new #{}", card.due);
    }
    if card.due > TIMESTAMP_DUE {
        let local = card.due + utc_offset(card.due);
        let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        return format!(
            "{} {:02}:{:02}",
            civil_date(days),
            secs / 3600,
            secs % 3600 / 60
        );
    }
    match today {
        Some(t) => civil_date(t.date + card.due - t.day),
        None => format!("day {}", card.due),
    }
}

/// Finds what day-based due numbers mean for these cards, when some have one.
///
/// AnkiConnect does not tell Anki's day number; `prop:due<=N` (due at most N days from today)
/// does, asked about one card whose due is a day number: a few rounds of thresholds in one
/// multi request each narrow its distance from today down to one day.
fn find_today(ctx: &Ctx, cards: &[CardInfo]) -> Result<Option<Today>> {
    let day_based = |c: &&CardInfo| c.card_id.is_some() && c.kind != 0 && c.due <= TIMESTAMP_DUE;
    if !cards.iter().any(|c| day_based(&c)) {
        return Ok(None);
    }
    // prop:due only sees cards that are neither suspended nor buried (queue 2 or 3).
    let anchor = match cards.iter().filter(day_based).find(|c| c.queue >= 2) {
        Some(card) => card.card_id.zip(Some(card.due)),
        None => other_anchor(ctx)?,
    };
    let Some((card, due)) = anchor else {
        return Ok(None);
    };
    let Some(offset) = days_from_today(ctx, card)? else {
        return Ok(None);
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let date = (now + utc_offset(now) - ROLLOVER_HOUR * 3600).div_euclid(86_400);
    Ok(Some(Today {
        day: due - offset,
        date,
    }))
}

/// Some review card that is neither suspended nor buried, with its due, to search around.
fn other_anchor(ctx: &Ctx) -> Result<Option<(i64, i64)>> {
    let ids: Vec<i64> = ctx.call_as(find_cards("-is:new -is:suspended -is:buried -is:learn"))?;
    let some: Vec<i64> = ids.into_iter().take(10).collect();
    if some.is_empty() {
        return Ok(None);
    }
    let (cards, _): (Vec<CardInfo>, _) =
        ctx.call_each_as(cards_request("cardsInfo", &some), some.len())?;
    Ok(cards
        .iter()
        .find(|c| c.queue >= 2 && c.due <= TIMESTAMP_DUE)
        .and_then(|c| c.card_id.zip(Some(c.due))))
}

/// One findCards answer inside a multi reply.
#[derive(Debug, Deserialize)]
struct Found {
    result: Option<Vec<i64>>,
    error: Option<String>,
}

/// How many days from today `card` is due, by asking `prop:due<=N` for thresholds N; `None`
/// when Anki does not see it as due on a day at all.
fn days_from_today(ctx: &Ctx, card: i64) -> Result<Option<i64>> {
    // The answer lies in lo..=hi.
    let (mut lo, mut hi) = (-DUE_SPAN, DUE_SPAN);
    let mut first = true;
    while lo < hi {
        let step = ((hi - lo) / ROUND).max(1);
        let mut thresholds: Vec<i64> = (0..ROUND)
            .map(|k| lo + k * step)
            .take_while(|t| *t < hi)
            .collect();
        if first {
            // The top of the span, to tell a card that is due on no day.
            thresholds.push(hi);
        }
        let actions: Vec<Value> = thresholds
            .iter()
            .map(|t| find_cards(&format!("cid:{card} prop:due<={t}")).to_json())
            .collect();
        let (found, _): (Vec<Found>, _) =
            ctx.call_each_as(crate::api::misc::multi(actions), thresholds.len())?;
        if let Some(message) = found.iter().find_map(|f| f.error.clone()) {
            return Err(CliError::Action {
                action: "findCards".into(),
                message,
            });
        }
        let matched: Vec<bool> = found
            .iter()
            .map(|f| f.result.as_ref().is_some_and(|r| !r.is_empty()))
            .collect();
        if first && matched.last() != Some(&true) {
            return Ok(None);
        }
        first = false;
        match matched.iter().position(|m| *m) {
            Some(k) => {
                hi = thresholds[k];
                if k > 0 {
                    lo = thresholds[k - 1] + 1;
                }
            }
            None => lo = thresholds.last().map_or(hi, |t| t + 1),
        }
    }
    Ok(Some(lo))
}

/// Seconds east of UTC of the local time zone at `at` (0 when the C library cannot tell).
fn utc_offset(at: i64) -> i64 {
    let time = at as libc::time_t;
    let mut tm = std::mem::MaybeUninit::<libc::tm>::zeroed();
    // SAFETY: localtime_r reads `time` and writes only into `tm`, which it fully initializes
    // when it returns non-null; the zeroed `tm` is a valid value of this plain C struct anyway.
    let tm = unsafe {
        if libc::localtime_r(&time, tm.as_mut_ptr()).is_null() {
            return 0;
        }
        tm.assume_init()
    };
    tm.tm_gmtoff as i64
}

/// `YYYY-MM-DD` of a day counted from 1970-01-01 (Howard Hinnant's civil_from_days).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn info_table(
    ids: &[i64],
    cards: &[CardInfo],
    result: Value,
    tty: bool,
    today: Option<Today>,
) -> Table {
    let width = if tty { 40 } else { usize::MAX };
    let headers = [
        "Card", "Deck", "Type", "Question", "Due", "Interval", "Ease", "Reviews", "Lapses", "Queue",
    ];
    let mut table = Table::new(&headers, result).with_ids(0);
    for (i, card) in cards.iter().enumerate() {
        let Some(id) = card.card_id else {
            let mut row = vec![
                ids.get(i).map_or("?".into(), |id| id.to_string()),
                "(not found)".into(),
            ];
            row.resize(headers.len(), String::new());
            table.push(row);
            continue;
        };
        // The rendered question starts with the note type's <style>; drop it before stripping tags.
        let question = match card.question.rfind("</style>") {
            Some(end) => &card.question[end + 8..],
            None => card.question.as_str(),
        };
        let due = due_text(card, today);
        table.push(vec![
            id.to_string(),
            card.deck_name.clone(),
            card.model_name.clone(),
            plain_text(question, width),
            due,
            if card.interval < 0 {
                format!("{}s", -card.interval)
            } else {
                format!("{}d", card.interval)
            },
            if card.factor == 0 {
                String::new()
            } else {
                format!("{}%", card.factor / 10)
            },
            card.reps.to_string(),
            card.lapses.to_string(),
            queue_name(card.queue).into(),
        ]);
    }
    table
}

/// A table of one value per card, from a result array in card order.
fn per_card_table(header: &str, ids: &[i64], result: Value) -> Output {
    let mut table = Table::new(&["Card", header], result.clone()).with_ids(0);
    for (id, value) in ids.iter().zip(result.as_array().into_iter().flatten()) {
        let shown = match value {
            Value::Null => "(not found)".into(),
            Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
            Value::Object(o) if o.is_empty() => "(not found)".into(),
            Value::Object(o) => o.get("mod").map(cell).unwrap_or_default(),
            other => cell(other),
        };
        table.push(vec![id.to_string(), shown]);
    }
    Output::Table(table)
}

fn done(text: String, result: Value) -> Output {
    Output::Message { text, result }
}

/// Runs a `card` subcommand.
pub fn run(cmd: &CardCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        CardCommand::Find { query } => {
            let query = crate::commands::input::join_query(query);
            Output::Ids(ctx.call_as(find_cards(&query))?)
        }
        CardCommand::Info(sel) => {
            let ids = sel.resolve(ctx)?;
            let (cards, result): (Vec<CardInfo>, _) =
                ctx.call_each_as(cards_request("cardsInfo", &ids), ids.len())?;
            // Only a table shows dates; -o json keeps AnkiConnect's numbers.
            use crate::output::Format;
            let shows_table = match ctx.settings.output.value {
                Format::Table | Format::Tsv => true,
                Format::Auto => ctx.term.stdout_tty,
                Format::Json | Format::Ids => false,
            };
            let today = if shows_table {
                find_today(ctx, &cards)?
            } else {
                None
            };
            Output::Table(info_table(&ids, &cards, result, ctx.term.stdout_tty, today))
        }
        CardCommand::ModTime(sel) => {
            let ids = sel.resolve(ctx)?;
            let (_, result): (Vec<crate::api::reply::ModTime>, _) =
                ctx.call_each_as(cards_request("cardsModTime", &ids), ids.len())?;
            per_card_table("Modified", &ids, result)
        }
        CardCommand::Notes(sel) => {
            let ids = sel.resolve(ctx)?;
            require_cards(ctx, &ids, false)?;
            Output::Ids(ctx.call_as(cards_request("cardsToNotes", &ids))?)
        }
        CardCommand::Suspend(sel) => set_suspended(ctx, &sel.resolve(ctx)?, true)?,
        CardCommand::Unsuspend(sel) => set_suspended(ctx, &sel.resolve(ctx)?, false)?,
        CardCommand::Suspended(sel) => {
            let ids = sel.resolve(ctx)?;
            if ids.len() == 1 {
                let result: bool = ctx.call_as(suspended(ids[0]))?;
                per_card_table("Suspended", &ids, json!([result]))
            } else {
                let (_, result): (Vec<Option<bool>>, _) =
                    ctx.call_each_as(cards_request("areSuspended", &ids), ids.len())?;
                per_card_table("Suspended", &ids, result)
            }
        }
        CardCommand::Due(sel) => {
            let ids = sel.resolve(ctx)?;
            require_cards(ctx, &ids, false)?;
            let (_, result): (Vec<bool>, _) =
                call_history_action(ctx, cards_request("areDue", &ids), &ids)?;
            per_card_table("Due", &ids, result)
        }
        CardCommand::Intervals {
            selection,
            complete,
        } => {
            let ids = selection.resolve(ctx)?;
            require_cards(ctx, &ids, false)?;
            let result = if *complete {
                call_history_action::<Vec<i64>>(ctx, get_intervals(&ids, true), &ids)?.1
            } else {
                call_history_action::<i64>(ctx, get_intervals(&ids, false), &ids)?.1
            };
            per_card_table("Interval", &ids, result)
        }
        CardCommand::Ease(sel) => {
            let ids = sel.resolve(ctx)?;
            let (_, result): (Vec<Option<i64>>, _) =
                ctx.call_each_as(cards_request("getEaseFactors", &ids), ids.len())?;
            per_card_table("Ease", &ids, result)
        }
        CardCommand::SetEase { ease, selection } => {
            if !(1000..=10_000).contains(ease) {
                return Err(CliError::Usage(format!(
                    "ease {ease} is out of range: give 1000-10000 (2500 = 250%)"
                )));
            }
            let ids = selection.resolve(ctx)?;
            let (set, result): (Vec<bool>, _) =
                ctx.call_each_as(set_ease_factors(&ids, &vec![*ease; ids.len()]), ids.len())?;
            let missing: Vec<String> = ids
                .iter()
                .zip(&set)
                .filter(|(_, ok)| !**ok)
                .map(|(id, _)| id.to_string())
                .collect();
            if !missing.is_empty() {
                return Err(CliError::Partial(format!(
                    "card(s) not found, ease not set: {}",
                    missing.join(", ")
                )));
            }
            per_card_table("Set", &ids, result)
        }
        CardCommand::Set {
            card,
            values,
            warning_check,
            yes,
        } => {
            let pairs = crate::commands::input::parse_assignments(values)?;
            let keys: Vec<String> = pairs.iter().map(|(k, _)| k.clone()).collect();
            check_card_keys(&keys)?;
            let overwritten: Vec<&str> = keys
                .iter()
                .map(String::as_str)
                .filter(|k| !ORDINARY_KEYS.contains(k))
                .collect();
            if !overwritten.is_empty() {
                ctx.destructive("card set", *yes)?;
                ctx.confirm(
                    &format!(
                        "Overwrite {} of card {card}? The old values cannot be got back.",
                        overwritten.join(", ")
                    ),
                    *yes,
                )?;
            }
            // Numbers go as JSON numbers: current Anki rejects "1" for an integer column.
            let vals: Vec<Value> = pairs.iter().map(|(_, v)| v.clone()).collect();
            let request = set_specific_value(*card, &keys, &vals, *warning_check);
            // [true] per key, [false, why] for a refused one, or false for a risky key.
            let (reply, result): (OrFalse<Vec<Value>>, _) = ctx.call_as_raw(request)?;
            match reply.into_option().as_deref().and_then(<[Value]>::first) {
                Some(Value::Bool(true)) => done(format!("Updated card {card}."), result),
                Some(Value::Array(err)) => {
                    return Err(CliError::Refused(format!(
                        "card {card}: {}",
                        err.get(1).map(cell).unwrap_or_default()
                    )))
                }
                Some(_) => {
                    return Err(CliError::unexpected_reply(
                        "setSpecificValueOfCard",
                        &result,
                        "expected true or [false, reason] per key",
                    ))
                }
                None => {
                    let risky: Vec<&str> = keys
                        .iter()
                        .map(String::as_str)
                        .filter(|k| RISKY_KEYS.contains(k))
                        .collect();
                    return Err(CliError::Refused(format!(
                        "AnkiConnect refused to set {}: it can corrupt scheduling; add --warning-check to set it anyway",
                        if risky.is_empty() { "these keys".to_string() } else { risky.join(", ") }
                    )));
                }
            }
        }
        CardCommand::Forget { selection, yes } => {
            ctx.destructive("card forget", *yes)?;
            let ids = selection.resolve(ctx)?;
            require_cards(ctx, &ids, true)?;
            ctx.confirm(
                &format!(
                    "Reset {} card(s) to new? Their scheduling cannot be got back.",
                    ids.len()
                ),
                *yes,
            )?;
            ctx.call_as::<()>(cards_request("forgetCards", &ids))?;
            done(format!("Reset {} card(s) to new.", ids.len()), Value::Null)
        }
        CardCommand::Relearn { selection, yes } => {
            ctx.destructive("card relearn", *yes)?;
            let ids = selection.resolve(ctx)?;
            require_cards(ctx, &ids, true)?;
            ctx.confirm(
                &format!(
                    "Put {} card(s) back into relearning? Their intervals cannot be got back.",
                    ids.len()
                ),
                *yes,
            )?;
            ctx.call_as::<()>(cards_request("relearnCards", &ids))?;
            done(
                format!("{} card(s) are relearning.", ids.len()),
                Value::Null,
            )
        }
        CardCommand::Answer { answers } => {
            let pairs = parse_answers(answers)?;
            let ids: Vec<i64> = pairs.iter().map(|(c, _)| *c).collect();
            let (answered, result): (Vec<bool>, _) =
                ctx.call_each_as(answer_cards(&pairs), ids.len())?;
            let missing: Vec<String> = ids
                .iter()
                .zip(&answered)
                .filter(|(_, ok)| !**ok)
                .map(|(id, _)| id.to_string())
                .collect();
            if !missing.is_empty() {
                return Err(CliError::Partial(format!(
                    "card(s) not found, not answered: {}",
                    missing.join(", ")
                )));
            }
            per_card_table("Answered", &ids, result)
        }
        CardCommand::SetDue { days, selection } => {
            check_days(days)?;
            let ids = selection.resolve(ctx)?;
            require_cards(ctx, &ids, true)?;
            let set: bool = ctx.call_as(set_due_date(&ids, days))?;
            done(
                format!("Set the due date of {} card(s).", ids.len()),
                Value::Bool(set),
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_accept_numbers_and_words() {
        assert_eq!(
            parse_answers(&["1:again".into(), "2:4".into(), "3:Good".into()]).unwrap(),
            vec![(1, 1), (2, 4), (3, 3)]
        );
        assert!(parse_answers(&["1:meh".into()])
            .unwrap_err()
            .to_string()
            .contains("'1:meh'"));
        assert!(parse_answers(&["x:1".into()]).is_err());
    }

    #[test]
    fn due_days_syntax() {
        for ok in ["0", "1!", "3-7", "3-7!", "10"] {
            assert!(check_days(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-1", "7-3", "a", "1!!", "3-"] {
            assert!(check_days(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn card_keys_must_be_columns_anki_saves() {
        assert!(check_card_keys(&["flags".into(), "odue".into()]).is_ok());
        let err = check_card_keys(&["flags".into(), "flag".into()])
            .unwrap_err()
            .to_string();
        assert!(err.contains("'flag'") && err.contains("flags"), "{err}");
        assert!(
            check_card_keys(&["mod".into()]).is_err(),
            "Anki sets mod itself"
        );
    }

    #[test]
    fn dues_read_as_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_000), "2024-10-04");
        assert_eq!(civil_date(-1), "1969-12-31");
        let card = |queue, kind, due| CardInfo {
            card_id: Some(1),
            queue,
            kind,
            due,
            ..CardInfo::default()
        };
        let today = Some(Today {
            day: 100,
            date: 20_000,
        });
        assert_eq!(due_text(&card(0, 0, 12), today), "new #12");
        assert_eq!(due_text(&card(-1, 0, 12), today), "new #12");
        assert_eq!(due_text(&card(2, 2, 103), today), "2024-10-07");
        assert_eq!(due_text(&card(-1, 2, 99), today), "2024-10-03");
        assert_eq!(due_text(&card(2, 2, 103), None), "day 103");
        let learning = due_text(&card(1, 1, 1_795_510_269), today);
        assert!(
            learning.starts_with("2026-11-") && learning.len() == 16,
            "{learning}"
        );
    }

    #[test]
    fn queues_have_names() {
        assert_eq!(queue_name(-1), "suspended");
        assert_eq!(queue_name(2), "review");
    }
}
