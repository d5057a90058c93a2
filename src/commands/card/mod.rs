//! `anki-cli card`: all 17 card actions. The clap tree and the dispatch; each child does one
//! part of the work.

pub mod batch;
pub mod bury;
mod columns;
pub mod due;
mod info;
mod lookup;
mod parse;
mod per_card;
mod reposition;
mod schedule;
mod selection;
mod suspend;

use clap::Subcommand;

use crate::commands::context::{Ctx, Outcome};
use crate::error::Result;

pub use reposition::RepositionArgs;
pub use selection::CardSelection;

/// Subcommands of `anki-cli card`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli card find 'deck:French is:due'
  anki-cli card info --query 'deck:French is:due'
  anki-cli card find 'deck:French tag:leech' | anki-cli card suspend -
  anki-cli card suspend --query 'deck:French tag:leech'
  anki-cli card answer 1498938915662:good 1502098034048:again
  anki-cli card set-due --query 'deck:French is:new' 0
  anki-cli card reposition --query 'deck:French is:new' --start 0 --shift
  anki-cli card bury --query 'deck:French is:due tag:later'")]
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
    /// Bury cards until tomorrow, as Anki's Bury does (`is:buried` finds them)
    #[command(after_help = "\
The cards leave today's reviews; Anki unburies them on the next day, or `card unbury` does
now. Burying a suspended card buries it instead, as in Anki.

Examples:
  anki-cli card bury 1498938915662
  anki-cli card bury --query 'deck:French is:due tag:later'
  anki-cli card find is:buried | anki-cli card unbury -")]
    Bury(CardSelection),
    /// Unbury cards: each gets back the queue of its type, as Anki's Unbury gives it
    #[command(
        after_help = "Cards that are not buried are left as they are.\n\nExamples:\n  anki-cli card unbury 1498938915662\n  anki-cli card unbury --query 'deck:French is:buried'"
    )]
    Unbury(CardSelection),
    /// Move new cards to new positions in the new-card order, as Anki's Reposition does
    #[command(after_help = "\
Only new cards have a position; other cards are refused by ID and nothing changes. As in
Anki, the cards of one note share a position, successive notes are --step apart (in the
order the cards are given, or shuffled with --randomize), and --shift first moves every
other new card at or after --start up by step x cards to make room. Anki shows new cards
in position order when the deck's options say \"Gather order: Deck\" or \"Ascending
position\".

Examples:
  anki-cli card reposition 1498938915662 1502098034048 --start 0
  anki-cli card reposition --query 'deck:French is:new tag:urgent' --start 0 --shift
  anki-cli card reposition --query 'deck:French is:new' --start 1 --step 10 --randomize")]
    Reposition(RepositionArgs),
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

/// Runs a `card` subcommand.
pub fn run(cmd: &CardCommand, ctx: &Ctx) -> Result<Outcome> {
    let output = match cmd {
        CardCommand::Find { query } => lookup::find(ctx, query),
        CardCommand::Info(sel) => return info::info(ctx, sel),
        CardCommand::ModTime(sel) => lookup::mod_time(ctx, sel),
        CardCommand::Notes(sel) => lookup::notes(ctx, sel),
        CardCommand::Suspend(sel) => suspend::set_suspended(ctx, &sel.resolve(ctx)?, true),
        CardCommand::Unsuspend(sel) => suspend::set_suspended(ctx, &sel.resolve(ctx)?, false),
        CardCommand::Suspended(sel) => lookup::suspended_state(ctx, sel),
        CardCommand::Bury(sel) => bury::set_buried(ctx, &sel.resolve(ctx)?, true),
        CardCommand::Unbury(sel) => bury::set_buried(ctx, &sel.resolve(ctx)?, false),
        CardCommand::Reposition(args) => reposition::reposition(ctx, args),
        CardCommand::Due(sel) => lookup::due(ctx, sel),
        CardCommand::Intervals {
            selection,
            complete,
        } => lookup::intervals(ctx, selection, *complete),
        CardCommand::Ease(sel) => lookup::ease(ctx, sel),
        CardCommand::SetEase { ease, selection } => {
            return schedule::set_ease(ctx, *ease, selection)
        }
        CardCommand::Set {
            card,
            values,
            warning_check,
            yes,
        } => columns::set_columns(ctx, *card, values, *warning_check, *yes),
        CardCommand::Forget { selection, yes } => schedule::forget(ctx, selection, *yes),
        CardCommand::Relearn { selection, yes } => schedule::relearn(ctx, selection, *yes),
        CardCommand::Answer { answers } => return schedule::answer(ctx, answers),
        CardCommand::SetDue { days, selection } => schedule::set_due(ctx, days, selection),
    };
    output.map(Outcome::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    #[test]
    fn a_query_selects_the_cards_it_finds() {
        let anki = FakeAnki::new()
            .reply_to("findCards", json!({"query": "tag:leech"}), json!([4, 5]))
            .reply_to(
                "getEaseFactors",
                json!({"cards": [4, 5]}),
                json!([2500, null]),
            );
        let cmd = CardCommand::Ease(CardSelection {
            cards: vec![],
            query: Some("tag:leech".into()),
        });
        let out = run(&cmd, &anki.ctx()).unwrap().output;
        assert_eq!(rendered(&out, Format::Tsv), "4\t2500\n5\t(not found)\n");
    }

    #[test]
    fn find_joins_its_words_into_one_search() {
        let anki = FakeAnki::new().reply_to(
            "findCards",
            json!({"query": "deck:French is:due"}),
            json!([1]),
        );
        let cmd = CardCommand::Find {
            query: vec!["deck:French".into(), "is:due".into()],
        };
        assert_eq!(
            rendered(&run(&cmd, &anki.ctx()).unwrap().output, Format::Ids),
            "1\n"
        );
    }
}
