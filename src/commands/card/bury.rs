//! `card bury` and `card unbury`: AnkiConnect has no action for either, so each card's `queue`
//! is set as Anki's Bury (queue -3, "buried manually") and Unbury (the queue its type gives
//! back) set it.

use serde_json::{json, Value};

use super::batch::{card_states, set_each, CardState, USER_BURIED};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::output::Output;

/// Buries (`to`) or unburies the cards `ids`, changing only those whose state changes.
///
/// Unknown cards are refused, named, before any change. Burying a suspended card buries it, as
/// in Anki; unburying gives each card the queue Anki's unbury gives it: new, review, or
/// learning (intraday or day-learning, by its due).
pub fn set_buried(ctx: &Ctx, ids: &[i64], to: bool) -> Result<Output> {
    let states = card_states(ctx, ids)?;
    let changes: Vec<(i64, i64)> = states
        .iter()
        .filter(|s| s.buried() != to)
        .map(|s: &CardState| (s.id, if to { USER_BURIED } else { s.restored_queue() }))
        .collect();
    let left = ids.len() - changes.len();
    if !changes.is_empty() {
        // queue is one of the columns the add-on sets only with warning_check.
        set_each(ctx, "queue", &changes, true)?;
    }
    let (verb, already) = if to {
        ("Buried", "already were")
    } else {
        ("Unburied", "were not buried")
    };
    let note = if left > 0 {
        format!(" ({left} {already})")
    } else {
        String::new()
    };
    let changed: Vec<Value> = changes.iter().map(|(card, _)| json!(card)).collect();
    Ok(Output::Message {
        text: format!("{verb} {} card(s){note}.", changes.len()),
        result: Value::Array(changed),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;

    fn info(id: i64, kind: i64, queue: i64, due: i64) -> Value {
        json!({"cardId": id, "note": id, "type": kind, "queue": queue, "due": due})
    }

    fn sent_queues(anki: &FakeAnki) -> Vec<Value> {
        anki.params_of("multi")[0]["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                assert_eq!(a["params"]["warning_check"], true);
                json!([a["params"]["card"], a["params"]["newValues"][0]])
            })
            .collect()
    }

    #[test]
    fn bury_sets_the_manual_queue_on_cards_not_yet_buried() {
        let anki = FakeAnki::new()
            .reply(
                "cardsInfo",
                json!([info(1, 2, 2, 900), info(2, 0, -2, 5), info(3, 0, -1, 6)]),
            )
            .reply(
                "multi",
                json!([{"result": [true], "error": null}, {"result": [true], "error": null}]),
            );
        let out = set_buried(&anki.ctx(), &[1, 2, 3], true).unwrap();
        assert_eq!(sent_queues(&anki), [json!([1, -3]), json!([3, -3])]);
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Buried 2 card(s) (1 already were)."),
            "{out:?}"
        );
    }

    #[test]
    fn unbury_gives_each_card_the_queue_of_its_type() {
        let anki = FakeAnki::new()
            .reply(
                "cardsInfo",
                json!([
                    info(1, 2, -3, 900),
                    info(2, 3, -2, 1_700_000_000),
                    info(3, 1, -3, 900),
                    info(4, 0, 0, 1)
                ]),
            )
            .reply(
                "multi",
                Value::Array(vec![json!({"result": [true], "error": null}); 3]),
            );
        let out = set_buried(&anki.ctx(), &[1, 2, 3, 4], false).unwrap();
        assert_eq!(
            sent_queues(&anki),
            [json!([1, 2]), json!([2, 1]), json!([3, 3])]
        );
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Unburied 3 card(s) (1 were not buried)."),
            "{out:?}"
        );
    }
}
