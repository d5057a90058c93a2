//! `card reposition`: new cards to new positions, as Anki's Browser > Cards > Reposition does.
//!
//! AnkiConnect has no action for it, so it is composed: cardsInfo tells which cards are new and
//! which note each belongs to, the positions are worked out here as Anki's `sort_cards` does
//! (one position per note, `--start` and `--step`, the notes in the order given or shuffled),
//! and each card's `due` (a new card's position) is set with setSpecificValueOfCard.
//! `--shift` first moves every other new card at or after `--start` up by step × cards, as Anki
//! does, found with the search `is:new prop:pos>=START`.

use std::collections::HashMap;

use clap::Args;
use serde_json::{json, Map, Value};

use super::batch::{card_states, set_each};
use super::selection::CardSelection;
use crate::api::card::find_cards;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// Arguments of `card reposition`.
#[derive(Debug, Clone, Args)]
pub struct RepositionArgs {
    /// The cards (new cards only).
    #[command(flatten)]
    pub selection: CardSelection,
    /// The first position
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=1_000_000_000))]
    pub start: u32,
    /// How far apart the positions of successive notes are
    #[arg(long, value_name = "S", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub step: u32,
    /// Shuffle the notes instead of keeping the order the cards are given in
    #[arg(long)]
    pub randomize: bool,
    /// Move the other new cards at or after --start up to make room
    #[arg(long)]
    pub shift: bool,
}

/// Runs `card reposition`.
pub fn reposition(ctx: &Ctx, args: &RepositionArgs) -> Result<Output> {
    let ids = args.selection.resolve(ctx)?;
    let states = card_states(ctx, &ids)?;
    let not_new: Vec<String> = states
        .iter()
        .filter(|s| s.kind != 0)
        .map(|s| s.id.to_string())
        .collect();
    if !not_new.is_empty() {
        return Err(CliError::Refused(format!(
            "only new cards have a position; these are not new: {}; nothing was changed",
            not_new.join(", ")
        )));
    }
    let cards: Vec<(i64, i64)> = states.iter().map(|s| (s.id, s.note)).collect();
    let order: fn(&mut Vec<i64>) = if args.randomize {
        |notes| fastrand::shuffle(notes)
    } else {
        |_| {}
    };
    let positions = positions(&cards, args.start, args.step, order)?;
    let mut shifted = 0;
    if args.shift {
        let by = i64::from(args.step) * cards.len() as i64;
        shifted = shift(ctx, args.start, by, &ids)?;
    }
    set_each(ctx, "due", &positions, false)?;
    let last = positions.iter().map(|(_, p)| *p).max().unwrap_or(0);
    let moved = if shifted > 0 {
        format!("; {shifted} other new card(s) moved up")
    } else {
        String::new()
    };
    let by_card: Map<String, Value> = positions
        .iter()
        .map(|(card, pos)| (card.to_string(), json!(pos)))
        .collect();
    Ok(Output::Message {
        text: format!(
            "Repositioned {} card(s) to positions {}-{last}{moved}.",
            positions.len(),
            args.start
        ),
        result: json!({"positions": by_card, "shifted": shifted}),
    })
}

/// Each card's new position: one per note, `start`, `start + step`, … in the order of the
/// notes' first cards, after `order` (a shuffle for --randomize).
fn positions(
    cards: &[(i64, i64)],
    start: u32,
    step: u32,
    order: impl Fn(&mut Vec<i64>),
) -> Result<Vec<(i64, i64)>> {
    let mut notes: Vec<i64> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, note) in cards {
        if seen.insert(*note) {
            notes.push(*note);
        }
    }
    order(&mut notes);
    let last = i64::from(start) + i64::from(step) * (notes.len() as i64 - 1).max(0);
    if last > i64::from(i32::MAX) {
        return Err(CliError::Usage(format!(
            "the last position would be {last}, past Anki's {}: use a smaller --start or --step",
            i32::MAX
        )));
    }
    let of_note: HashMap<i64, i64> = notes
        .iter()
        .enumerate()
        .map(|(i, note)| (*note, i64::from(start) + i64::from(step) * i as i64))
        .collect();
    Ok(cards
        .iter()
        .map(|(card, note)| (*card, of_note[note]))
        .collect())
}

/// Moves every new card at or after `start` (but `skip`, which get new positions anyway) up by
/// `by`; returns how many moved.
fn shift(ctx: &Ctx, start: u32, by: i64, skip: &[i64]) -> Result<usize> {
    let found = ctx.send(find_cards(&format!("is:new prop:pos>={start}")))?;
    let skip: std::collections::HashSet<i64> = skip.iter().copied().collect();
    let others: Vec<i64> = found.into_iter().filter(|c| !skip.contains(c)).collect();
    if others.is_empty() {
        return Ok(0);
    }
    let moves: Vec<(i64, i64)> = card_states(ctx, &others)?
        .iter()
        .map(|s| (s.id, s.due + by))
        .collect();
    set_each(ctx, "due", &moves, false)?;
    Ok(moves.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;

    fn info(id: i64, note: i64, kind: i64, due: i64) -> Value {
        json!({"cardId": id, "note": note, "type": kind, "queue": kind, "due": due})
    }

    fn args(cards: &[i64], start: u32, step: u32, shift: bool) -> RepositionArgs {
        RepositionArgs {
            selection: CardSelection::ids(cards),
            start,
            step,
            randomize: false,
            shift,
        }
    }

    #[test]
    fn cards_of_one_note_share_a_position_and_steps_go_by_note() {
        let cards = [(1, 100), (2, 200), (3, 100), (4, 300)];
        let got = positions(&cards, 10, 5, |_| {}).unwrap();
        assert_eq!(got, [(1, 10), (2, 15), (3, 10), (4, 20)]);
        let reversed = positions(&cards, 0, 1, |n| n.reverse()).unwrap();
        assert_eq!(reversed, [(1, 2), (2, 1), (3, 2), (4, 0)]);
        assert!(positions(&cards, 1_000_000_000, 1_000_000_000, |_| {}).is_err());
    }

    #[test]
    fn cards_that_are_not_new_are_refused_by_id() {
        let anki =
            FakeAnki::new().reply("cardsInfo", json!([info(1, 10, 0, 4), info(2, 20, 2, 900)]));
        let err = reposition(&anki.ctx(), &args(&[1, 2], 0, 1, false)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "only new cards have a position; these are not new: 2; nothing was changed"
        );
        assert_eq!(anki.sent(), ["cardsInfo"]);
    }

    #[test]
    fn shift_moves_the_other_new_cards_first() {
        let anki = FakeAnki::new()
            .reply("cardsInfo", json!([info(1, 10, 0, 9), info(2, 20, 0, 8)]))
            .reply_to(
                "findCards",
                json!({"query": "is:new prop:pos>=3"}),
                json!([1, 7]),
            )
            .reply("cardsInfo", json!([info(7, 70, 0, 4)]))
            .reply("multi", json!([{"result": [true], "error": null}]))
            .reply(
                "multi",
                json!([{"result": [true], "error": null}, {"result": [true], "error": null}]),
            );
        let out = reposition(&anki.ctx(), &args(&[1, 2], 3, 2, true)).unwrap();
        let multis = anki.params_of("multi");
        let values = |i: usize| -> Vec<Value> {
            multis[i]["actions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| json!([a["params"]["card"], a["params"]["newValues"][0]]))
                .collect()
        };
        assert_eq!(values(0), [json!([7, 8])], "4 + step 2 × 2 cards");
        assert_eq!(values(1), [json!([1, 3]), json!([2, 5])]);
        match out {
            Output::Message { text, .. } => assert_eq!(
                text,
                "Repositioned 2 card(s) to positions 3-5; 1 other new card(s) moved up."
            ),
            other => panic!("{other:?}"),
        }
    }
}
