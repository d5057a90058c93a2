//! The `card` subcommands that only look things up, each printing one value per card.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::per_card::per_card_table;
use super::selection::CardSelection;
use crate::api::card::{
    are_due, are_suspended, cards_mod_time, cards_to_notes, find_cards, get_ease_factors,
    get_intervals, suspended,
};
use crate::api::stats::{reviews_of_cards, CardReview};
use crate::commands::context::Ctx;
use crate::commands::existing::require_cards;
use crate::commands::input::join_query;
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::request::Call;

/// `card find`: the IDs of the cards a search finds.
pub fn find(ctx: &Ctx, query: &[String]) -> Result<Output> {
    Ok(Output::Ids(ctx.send(find_cards(&join_query(query)))?))
}

/// `card mod-time`
pub fn mod_time(ctx: &Ctx, selection: &CardSelection) -> Result<Output> {
    let ids = selection.resolve(ctx)?;
    let (times, result) = ctx.send_each(cards_mod_time(&ids), ids.len())?;
    Ok(per_card_table("Modified", &ids, &times, result))
}

/// `card notes`: the notes of the cards, after checking that they are cards.
pub fn notes(ctx: &Ctx, selection: &CardSelection) -> Result<Output> {
    let ids = selection.resolve(ctx)?;
    require_cards(ctx, &ids, false)?;
    Ok(Output::Ids(ctx.send(cards_to_notes(&ids))?))
}

/// `card suspended`: `suspended` for one card, `areSuspended` for several.
pub fn suspended_state(ctx: &Ctx, selection: &CardSelection) -> Result<Output> {
    let ids = selection.resolve(ctx)?;
    if ids.len() == 1 {
        let flag = ctx.send(suspended(ids[0]))?;
        Ok(per_card_table("Suspended", &ids, &[flag], json!([flag])))
    } else {
        let (states, result) = ctx.send_each(are_suspended(&ids), ids.len())?;
        Ok(per_card_table("Suspended", &ids, &states, result))
    }
}

/// `card due`
pub fn due(ctx: &Ctx, selection: &CardSelection) -> Result<Output> {
    let ids = selection.resolve(ctx)?;
    require_cards(ctx, &ids, false)?;
    let (due, result) = send_history_action(ctx, are_due(&ids), &ids)?;
    Ok(per_card_table("Due", &ids, &due, result))
}

/// `card intervals`, the latest or (`complete`) every one.
pub fn intervals(ctx: &Ctx, selection: &CardSelection, complete: bool) -> Result<Output> {
    let ids = selection.resolve(ctx)?;
    require_cards(ctx, &ids, false)?;
    let (intervals, result) = send_history_action(ctx, get_intervals(&ids, complete), &ids)?;
    Ok(per_card_table("Interval", &ids, &intervals, result))
}

/// `card ease`
pub fn ease(ctx: &Ctx, selection: &CardSelection) -> Result<Output> {
    let ids = selection.resolve(ctx)?;
    let (factors, result) = ctx.send_each(get_ease_factors(&ids), ids.len())?;
    Ok(per_card_table("Ease", &ids, &factors, result))
}

/// Sends areDue or getIntervals, explaining the add-on's "list index out of range": it looks
/// up the review log of every card that is not new, and a card may have none (e.g. after
/// `card relearn` on a new card).
fn send_history_action<T: DeserializeOwned>(
    ctx: &Ctx,
    call: Call<Vec<T>>,
    ids: &[i64],
) -> Result<(Vec<T>, Value)> {
    match ctx.send_each(call, ids.len()) {
        Err(CliError::Action { message, .. }) if message.contains("list index out of range") => {
            // One list of review entries per card ID; only whether it is empty matters here.
            let history: BTreeMap<String, Vec<CardReview>> =
                ctx.send(reviews_of_cards(ids))?.0.into_iter().collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;

    #[test]
    fn cells_read_as_words_and_numbers() {
        let anki = FakeAnki::new()
            .reply("areSuspended", json!([true, false, null]))
            .reply("suspended", json!(true))
            .reply(
                "cardsModTime",
                json!([{"cardId": 1, "mod": 1700000000}, {}]),
            );
        let ctx = anki.ctx();
        let out = suspended_state(&ctx, &CardSelection::ids(&[1, 2, 3])).unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "1\tyes\n2\tno\n3\t(not found)\n"
        );
        let out = suspended_state(&ctx, &CardSelection::ids(&[1])).unwrap();
        assert_eq!(rendered(&out, Format::Json).trim(), "[true]");
        let out = mod_time(&ctx, &CardSelection::ids(&[1, 2])).unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "1\t1700000000\n2\t(not found)\n"
        );
    }

    #[test]
    fn a_reply_of_another_length_is_not_the_add_ons() {
        let anki = FakeAnki::new().reply("getEaseFactors", json!([2500]));
        let err = ease(&anki.ctx(), &CardSelection::ids(&[1, 2])).unwrap_err();
        assert_eq!(err.status().code(), 3);
    }

    #[test]
    fn missing_review_history_is_explained() {
        let anki = FakeAnki::new()
            .reply(
                "cardsModTime",
                json!([{"cardId": 1, "mod": 5}, {"cardId": 2, "mod": 5}]),
            )
            .fail("areDue", "list index out of range")
            .reply(
                "getReviewsOfCards",
                json!({"1": [{"id": 3, "usn": -1, "ease": 3, "ivl": 1, "lastIvl": 0,
                              "factor": 2500, "time": 4000, "type": 0}], "2": []}),
            );
        let err = due(&anki.ctx(), &CardSelection::ids(&[1, 2]))
            .unwrap_err()
            .to_string();
        assert!(err.ends_with("no review history: 2"), "{err}");
    }

    #[test]
    fn intervals_check_the_cards_then_read_both_shapes() {
        let anki = FakeAnki::new()
            .reply(
                "cardsModTime",
                json!([{"cardId": 1, "mod": 5}, {"cardId": 2, "mod": 5}]),
            )
            .reply_to(
                "getIntervals",
                json!({"cards": [1, 2], "complete": true}),
                json!([[-120, 3], [2]]),
            );
        let out = intervals(&anki.ctx(), &CardSelection::ids(&[1, 2]), true).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), "1\t[-120,3]\n2\t[2]\n");
        let unknown = FakeAnki::new().reply("cardsModTime", json!([{}]));
        let err = intervals(&unknown.ctx(), &CardSelection::ids(&[9]), false).unwrap_err();
        assert_eq!(err.to_string(), "card was not found: 9");
        assert_eq!(unknown.sent(), ["cardsModTime"], "nothing else asked");
    }
}
