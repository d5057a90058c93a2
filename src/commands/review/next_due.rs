//! When a deck with nothing to study now has something again: a learning card later today (its
//! time), a review in N days (`prop:due`), or new cards held back by today's limit.

use crate::api::card::{cards_info, find_cards};
use crate::commands::card::due::{clock, days_until};
use crate::commands::context::Ctx;
use crate::error::Result;

/// Learning cards' dues above this are timestamps, as in Anki.
const TIMESTAMP_DUE: i64 = 1_000_000_000;

/// How many learning cards are read to find the earliest (there are rarely more).
const LEARNING_READ: usize = 500;

/// The sentence after "Nothing to study in DECK now." saying what comes next.
pub fn next_due(ctx: &Ctx, deck: &str) -> Result<String> {
    let scope = format!("\"deck:{}\" -is:suspended -is:buried", search_escaped(deck));
    let learning = ctx.send(find_cards(&format!("{scope} is:learn")))?;
    let some: Vec<i64> = learning.into_iter().take(LEARNING_READ).collect();
    if !some.is_empty() {
        let (cards, _) = ctx.send_each(cards_info(&some), some.len())?;
        let soonest = cards
            .iter()
            .filter(|c| c.card_id.is_some() && c.due > TIMESTAMP_DUE)
            .map(|c| c.due)
            .min();
        if let Some(at) = soonest {
            return Ok(format!("The next learning card is due at {}.", clock(at)));
        }
    }
    if let Some(days) = days_until(ctx, &format!("{scope} -is:new"))? {
        let when = match days {
            ..=0 => "today, once the daily review limit allows".to_string(),
            1 => "tomorrow".to_string(),
            n => format!("in {n} days"),
        };
        return Ok(format!("The next review is due {when}."));
    }
    let new = ctx.send(find_cards(&format!("{scope} is:new")))?.len();
    Ok(if new > 0 {
        format!("{new} new card(s) wait for the next day's new-card limit.")
    } else {
        "The deck has no cards to study.".to_string()
    })
}

/// A deck name inside `"deck:…"`: quotes and backslashes escaped, `*` and `_` literal.
fn search_escaped(deck: &str) -> String {
    let mut out = String::with_capacity(deck.len());
    for c in deck.chars() {
        if matches!(c, '"' | '\\' | '*' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn a_learning_card_later_today_is_named_by_its_time() {
        let scope = "\"deck:My\\_deck\" -is:suspended -is:buried";
        let anki = FakeAnki::new()
            .reply_to(
                "findCards",
                json!({"query": format!("{scope} is:learn")}),
                json!([5]),
            )
            .reply(
                "cardsInfo",
                json!([{"cardId": 5, "due": 1_700_000_000, "queue": 1, "type": 1}]),
            );
        let text = next_due(&anki.ctx(), "My_deck").unwrap();
        assert!(
            text.starts_with("The next learning card is due at "),
            "{text}"
        );
    }
}
