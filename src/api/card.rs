//! Requests for AnkiConnect's card actions: one builder per action, pure (no I/O).

use serde_json::{json, Value};

use crate::request::Request;

/// `findCards`
pub fn find_cards(query: &str) -> Request {
    Request::new("findCards", json!({ "query": query }))
}

/// An action that takes only `cards`.
pub fn cards_request(action: &str, cards: &[i64]) -> Request {
    Request::new(action, json!({ "cards": cards }))
}

/// `suspended` (one card)
pub fn suspended(card: i64) -> Request {
    Request::new("suspended", json!({ "card": card }))
}

/// `getIntervals`
pub fn get_intervals(cards: &[i64], complete: bool) -> Request {
    let mut params = json!({ "cards": cards });
    if complete {
        params["complete"] = json!(true);
    }
    Request::new("getIntervals", params)
}

/// `setEaseFactors`
pub fn set_ease_factors(cards: &[i64], ease: &[i64]) -> Request {
    Request::new(
        "setEaseFactors",
        json!({ "cards": cards, "easeFactors": ease }),
    )
}

/// `setSpecificValueOfCard`
pub fn set_specific_value(
    card: i64,
    keys: &[String],
    values: &[Value],
    warning_check: bool,
) -> Request {
    let mut params = json!({ "card": card, "keys": keys, "newValues": values });
    if warning_check {
        params["warning_check"] = json!(true);
    }
    Request::new("setSpecificValueOfCard", params)
}

/// `answerCards`
pub fn answer_cards(answers: &[(i64, i64)]) -> Request {
    let answers: Vec<Value> = answers
        .iter()
        .map(|(c, e)| json!({"cardId": c, "ease": e}))
        .collect();
    Request::new("answerCards", json!({ "answers": answers }))
}

/// `setDueDate`
pub fn set_due_date(cards: &[i64], days: &str) -> Request {
    Request::new("setDueDate", json!({ "cards": cards, "days": days }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let two = [1483959291685_i64, 1483959293217];
        let cases = [
            (
                find_cards("deck:current"),
                json!({"action": "findCards", "version": 6, "params": {"query": "deck:current"}}),
            ),
            (
                cards_request("getEaseFactors", &two),
                json!({"action": "getEaseFactors", "version": 6, "params": {"cards": two}}),
            ),
            (
                set_ease_factors(&two, &[4100, 3900]),
                json!({"action": "setEaseFactors", "version": 6, "params": {"cards": two, "easeFactors": [4100, 3900]}}),
            ),
            (
                set_specific_value(
                    1483959291685,
                    &["flags".into(), "odue".into()],
                    &[json!("1"), json!("-100")],
                    false,
                ),
                json!({"action": "setSpecificValueOfCard", "version": 6, "params": {"card": 1483959291685_i64, "keys": ["flags", "odue"], "newValues": ["1", "-100"]}}),
            ),
            (
                suspended(1483959293217),
                json!({"action": "suspended", "version": 6, "params": {"card": 1483959293217_i64}}),
            ),
            (
                get_intervals(&[1502298033753, 1502298036657], true),
                json!({"action": "getIntervals", "version": 6, "params": {"cards": [1502298033753_i64, 1502298036657_i64], "complete": true}}),
            ),
            (
                answer_cards(&[(1498938915662, 2), (1502098034048, 4)]),
                json!({"action": "answerCards", "version": 6, "params": {"answers": [{"cardId": 1498938915662_i64, "ease": 2}, {"cardId": 1502098034048_i64, "ease": 4}]}}),
            ),
            (
                set_due_date(&[1498938915662, 1502098034048], "3-7"),
                json!({"action": "setDueDate", "version": 6, "params": {"cards": [1498938915662_i64, 1502098034048_i64], "days": "3-7"}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
