//! Card chores AnkiConnect has no action for, built on the ones it has: the cards' states read
//! with cardsInfo in chunks, and one column set card by card (setSpecificValueOfCard), many
//! cards to a multi request.

use serde_json::Value;

use crate::api::card::{cards_info, set_specific_value_of_card, SetOutcome};
use crate::api::misc::multi;
use crate::api::reply::{MultiItem, OrFalse};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// Cards per cardsInfo or multi request: the memory and the reply stay small on big collections.
const CHUNK: usize = 500;

/// `queue` of a card buried by hand (Anki's Bury).
pub const USER_BURIED: i64 = -3;
/// `queue` of a card buried as a sibling of one just studied.
pub const SCHED_BURIED: i64 = -2;

/// What a chore needs to know of one card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardState {
    /// The card's ID.
    pub id: i64,
    /// Its note's ID.
    pub note: i64,
    /// 0 new, 1 learning, 2 review, 3 relearning.
    pub kind: i64,
    /// -3/-2 buried, -1 suspended, 0 new, 1/3 learning, 2 review, 4 preview.
    pub queue: i64,
    /// New: position; review: day number; learning: a timestamp.
    pub due: i64,
}

impl CardState {
    /// Whether the card is buried (by hand or as a sibling).
    pub fn buried(&self) -> bool {
        matches!(self.queue, USER_BURIED | SCHED_BURIED)
    }

    /// The queue Anki's unbury gives the card back: by its type, learning cards by whether
    /// their due is a timestamp (intraday) or a day number.
    pub fn restored_queue(&self) -> i64 {
        match self.kind {
            1 | 3 if self.due > 1_000_000_000 => 1,
            1 | 3 => 3,
            other => other,
        }
    }
}

/// The states of `ids`, in order, read in chunks; unknown IDs are refused, named, before any
/// change.
pub fn card_states(ctx: &Ctx, ids: &[i64]) -> Result<Vec<CardState>> {
    let mut states = Vec::with_capacity(ids.len());
    let mut missing = Vec::new();
    for chunk in ids.chunks(CHUNK) {
        let (infos, _) = ctx.send_each(cards_info(chunk), chunk.len())?;
        for (id, info) in chunk.iter().zip(infos) {
            match info.card_id {
                Some(_) => states.push(CardState {
                    id: *id,
                    note: info.note,
                    kind: info.kind,
                    queue: info.queue,
                    due: info.due,
                }),
                None => missing.push(id.to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(CliError::Refused(format!(
            "card was not found: {}; nothing was changed",
            missing.join(", ")
        )));
    }
    Ok(states)
}

/// Sets the column `key` of each card to its value (`warning_check` for the columns the add-on
/// calls risky), [`CHUNK`] cards to a multi request. Cards Anki refused are named in a
/// [`CliError::Partial`] (exit 5); the others are changed.
pub fn set_each(ctx: &Ctx, key: &str, changes: &[(i64, i64)], warning_check: bool) -> Result<()> {
    let keys = [key.to_string()];
    let mut failed = Vec::new();
    for chunk in changes.chunks(CHUNK) {
        let actions: Vec<Value> = chunk
            .iter()
            .map(|(card, value)| {
                set_specific_value_of_card(*card, &keys, &[Value::from(*value)], warning_check)
                    .to_json()
            })
            .collect();
        let call = multi::<MultiItem<OrFalse<Vec<SetOutcome>>>>(actions);
        let (replies, _) = ctx.send_each(call, chunk.len())?;
        for ((card, _), reply) in chunk.iter().zip(replies) {
            if let Some(why) = refusal(reply) {
                failed.push(format!("{card} ({why})"));
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(CliError::Partial(format!(
            "Anki did not set {key} of card(s): {}",
            failed.join(", ")
        )))
    }
}

/// Why one inner setSpecificValueOfCard did not change its card, if it did not.
fn refusal(reply: MultiItem<OrFalse<Vec<SetOutcome>>>) -> Option<String> {
    if let Some(error) = reply.error {
        return Some(error);
    }
    match reply.result {
        Some(OrFalse::Value(outcomes)) => outcomes.into_iter().find_map(|o| match o {
            SetOutcome::Done(true) => None,
            SetOutcome::Done(false) => Some("refused".to_string()),
            SetOutcome::Failed(_, why) => Some(why),
        }),
        Some(OrFalse::False) => Some("a risky column without warning_check".into()),
        None => Some("no result".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    fn state(kind: i64, queue: i64, due: i64) -> CardState {
        CardState {
            id: 1,
            note: 1,
            kind,
            queue,
            due,
        }
    }

    #[test]
    fn unbury_restores_the_queue_from_the_type_as_anki_does() {
        assert_eq!(state(0, -3, 5).restored_queue(), 0);
        assert_eq!(state(2, -2, 900).restored_queue(), 2);
        assert_eq!(state(1, -3, 1_700_000_000).restored_queue(), 1);
        assert_eq!(state(3, -3, 900).restored_queue(), 3, "a day-number due");
        assert!(state(0, -2, 0).buried() && !state(0, -1, 0).buried());
    }

    #[test]
    fn unknown_cards_are_named_and_refusals_reported() {
        let anki = FakeAnki::new()
            .reply(
                "cardsInfo",
                json!([{"cardId": 1, "note": 10, "type": 0, "queue": 0, "due": 3}, {}]),
            )
            .reply(
                "multi",
                json!([{"result": [true], "error": null}, {"result": [[false, "bad"]], "error": null}]),
            );
        let ctx = anki.ctx();
        let err = card_states(&ctx, &[1, 2]).unwrap_err().to_string();
        assert_eq!(err, "card was not found: 2; nothing was changed");
        let err = set_each(&ctx, "due", &[(1, 5), (2, 6)], false).unwrap_err();
        assert_eq!(err.to_string(), "Anki did not set due of card(s): 2 (bad)");
        assert_eq!(err.status().code(), 5);
        let sent = &anki.params_of("multi")[0]["actions"][1];
        assert_eq!(
            sent["params"],
            json!({"card": 2, "keys": ["due"], "newValues": [6]})
        );
    }
}
