//! AnkiConnect's card actions: one typed builder per action (pure, no I/O) and the shapes of
//! their replies.

use serde::Deserialize;
use serde_json::{json, Value};

use super::reply::{ModTime, OrFalse};
use crate::request::Call;

/// One entry of a cardsInfo reply: a card, or `{}` for an ID that is no card. A card's entry
/// lacking its ID, due, queue or type is not AnkiConnect's: it does not decode (see
/// [`RawCardInfo`]).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(try_from = "RawCardInfo")]
pub struct CardInfo {
    /// The card's ID; `None` for an unknown ID.
    #[serde(rename = "cardId")]
    pub card_id: Option<i64>,
    /// Its deck.
    #[serde(rename = "deckName")]
    pub deck_name: String,
    /// Its note type.
    #[serde(rename = "modelName")]
    pub model_name: String,
    /// Its note's ID.
    pub note: i64,
    /// The rendered question (HTML, starting with the note type's `<style>`).
    pub question: String,
    /// New: position; review: day number; learning: a timestamp.
    pub due: i64,
    /// -3 buried (manual), -2 buried, -1 suspended, 0 new, 1/3 learning, 2 review, 4 preview.
    pub queue: i64,
    /// 0 new, 1 learning, 2 review, 3 relearning.
    #[serde(rename = "type")]
    pub kind: i64,
    /// Days (positive) or seconds (negative).
    pub interval: i64,
    /// Ease factor in permille (2500 = 250%); 0 for new cards.
    pub factor: i64,
    /// Number of reviews.
    pub reps: i64,
    /// Number of lapses.
    pub lapses: i64,
}

/// A cardsInfo entry as it comes: the keys it has, then the card itself.
#[derive(Deserialize)]
pub struct RawCardInfo {
    #[serde(flatten)]
    keys: serde_json::Map<String, Value>,
}

impl TryFrom<RawCardInfo> for CardInfo {
    type Error = String;

    fn try_from(raw: RawCardInfo) -> std::result::Result<CardInfo, String> {
        if raw.keys.is_empty() {
            return Ok(CardInfo::default());
        }
        // What every use of a card needs (its identity and scheduling); the rest may be absent.
        const KEYS: [&str; 4] = ["cardId", "due", "queue", "type"];
        let missing: Vec<&str> = KEYS
            .into_iter()
            .filter(|k| !raw.keys.contains_key(*k))
            .collect();
        if !missing.is_empty() {
            return Err(format!("a card's entry lacks {}", missing.join(", ")));
        }
        /// The same fields, decoded without the check.
        #[derive(Deserialize)]
        struct Whole {
            #[serde(rename = "cardId")]
            card_id: Option<i64>,
            #[serde(rename = "deckName", default)]
            deck_name: String,
            #[serde(rename = "modelName", default)]
            model_name: String,
            #[serde(default)]
            note: i64,
            #[serde(default)]
            question: String,
            due: i64,
            queue: i64,
            #[serde(rename = "type")]
            kind: i64,
            #[serde(default)]
            interval: i64,
            #[serde(default)]
            factor: i64,
            #[serde(default)]
            reps: i64,
            #[serde(default)]
            lapses: i64,
        }
        let w: Whole =
            serde_json::from_value(Value::Object(raw.keys)).map_err(|e| e.to_string())?;
        Ok(CardInfo {
            card_id: w.card_id,
            deck_name: w.deck_name,
            model_name: w.model_name,
            note: w.note,
            question: w.question,
            due: w.due,
            queue: w.queue,
            kind: w.kind,
            interval: w.interval,
            factor: w.factor,
            reps: w.reps,
            lapses: w.lapses,
        })
    }
}

/// One card's entry of a getIntervals reply: the latest interval, or the whole history with
/// `complete` (negative: seconds, positive: days).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged, expecting = "expected an interval or a list of intervals")]
pub enum Interval {
    /// The latest interval.
    Latest(i64),
    /// Every interval of the card's history.
    History(Vec<i64>),
}

/// The outcome of a setSpecificValueOfCard reply's entry: `true`, or `[false, reason]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged, expecting = "expected true or [false, reason] per key")]
pub enum SetOutcome {
    /// `true` (or a bare `false`, which the add-on does not send).
    Done(bool),
    /// `[false, reason]`: Anki refused the change.
    Failed(bool, String),
}

/// `findCards`
pub fn find_cards(query: &str) -> Call<Vec<i64>> {
    Call::new("findCards", json!({ "query": query }))
}

/// `cardsInfo`: one entry per card asked about.
pub fn cards_info(cards: &[i64]) -> Call<Vec<CardInfo>> {
    Call::new("cardsInfo", json!({ "cards": cards }))
}

/// `cardsModTime`: one entry per card asked about.
pub fn cards_mod_time(cards: &[i64]) -> Call<Vec<ModTime>> {
    Call::new("cardsModTime", json!({ "cards": cards }))
}

/// `cardsToNotes`
pub fn cards_to_notes(cards: &[i64]) -> Call<Vec<i64>> {
    Call::new("cardsToNotes", json!({ "cards": cards }))
}

/// `suspend`: true, or false when nothing changed.
pub fn suspend(cards: &[i64]) -> Call<bool> {
    Call::new("suspend", json!({ "cards": cards }))
}

/// `unsuspend`: null in the add-on's code (the README says a bool).
pub fn unsuspend(cards: &[i64]) -> Call<Option<bool>> {
    Call::new("unsuspend", json!({ "cards": cards }))
}

/// `suspended` (one card)
pub fn suspended(card: i64) -> Call<bool> {
    Call::new("suspended", json!({ "card": card }))
}

/// `areSuspended`: null for an ID that is no card.
pub fn are_suspended(cards: &[i64]) -> Call<Vec<Option<bool>>> {
    Call::new("areSuspended", json!({ "cards": cards }))
}

/// `areDue`
pub fn are_due(cards: &[i64]) -> Call<Vec<bool>> {
    Call::new("areDue", json!({ "cards": cards }))
}

/// `getIntervals`; with `complete`, every interval of each card's history.
pub fn get_intervals(cards: &[i64], complete: bool) -> Call<Vec<Interval>> {
    let mut params = json!({ "cards": cards });
    if complete {
        params["complete"] = json!(true);
    }
    Call::new("getIntervals", params)
}

/// `getEaseFactors`: null for an ID that is no card.
pub fn get_ease_factors(cards: &[i64]) -> Call<Vec<Option<i64>>> {
    Call::new("getEaseFactors", json!({ "cards": cards }))
}

/// `setEaseFactors`: false for an ID that is no card.
pub fn set_ease_factors(cards: &[i64], ease: &[i64]) -> Call<Vec<bool>> {
    Call::new(
        "setEaseFactors",
        json!({ "cards": cards, "easeFactors": ease }),
    )
}

/// `setSpecificValueOfCard`: an outcome per change, or false when a risky key lacks
/// `warning_check`.
pub fn set_specific_value_of_card(
    card: i64,
    keys: &[String],
    values: &[Value],
    warning_check: bool,
) -> Call<OrFalse<Vec<SetOutcome>>> {
    let mut params = json!({ "card": card, "keys": keys, "newValues": values });
    if warning_check {
        params["warning_check"] = json!(true);
    }
    Call::new("setSpecificValueOfCard", params)
}

/// `forgetCards`
pub fn forget_cards(cards: &[i64]) -> Call<()> {
    Call::new("forgetCards", json!({ "cards": cards }))
}

/// `relearnCards`
pub fn relearn_cards(cards: &[i64]) -> Call<()> {
    Call::new("relearnCards", json!({ "cards": cards }))
}

/// `answerCards`: false for an ID that is no card.
pub fn answer_cards(answers: &[(i64, i64)]) -> Call<Vec<bool>> {
    let answers: Vec<Value> = answers
        .iter()
        .map(|(c, e)| json!({"cardId": c, "ease": e}))
        .collect();
    Call::new("answerCards", json!({ "answers": answers }))
}

/// `setDueDate`
pub fn set_due_date(cards: &[i64], days: &str) -> Call<bool> {
    Call::new("setDueDate", json!({ "cards": cards, "days": days }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let two = [1483959291685_i64, 1483959293217];
        let three = [1483959291685_i64, 1483959293217, 1234567891234];
        let other = [1498938915662_i64, 1502098034048];
        let notes = [1502098034045_i64, 1502098034048, 1502298033753];
        let cases = [
            (
                find_cards("deck:current").to_json(),
                json!({"action": "findCards", "version": 6, "params": {"query": "deck:current"}}),
            ),
            (
                cards_info(&other).to_json(),
                json!({"action": "cardsInfo", "version": 6, "params": {"cards": other}}),
            ),
            (
                cards_mod_time(&other).to_json(),
                json!({"action": "cardsModTime", "version": 6, "params": {"cards": other}}),
            ),
            (
                cards_to_notes(&notes).to_json(),
                json!({"action": "cardsToNotes", "version": 6, "params": {"cards": notes}}),
            ),
            (
                suspend(&two).to_json(),
                json!({"action": "suspend", "version": 6, "params": {"cards": two}}),
            ),
            (
                unsuspend(&two).to_json(),
                json!({"action": "unsuspend", "version": 6, "params": {"cards": two}}),
            ),
            (
                suspended(1483959293217).to_json(),
                json!({"action": "suspended", "version": 6, "params": {"card": 1483959293217_i64}}),
            ),
            (
                are_suspended(&three).to_json(),
                json!({"action": "areSuspended", "version": 6, "params": {"cards": three}}),
            ),
            (
                are_due(&two).to_json(),
                json!({"action": "areDue", "version": 6, "params": {"cards": two}}),
            ),
            (
                get_intervals(&[1502298033753, 1502298036657], true).to_json(),
                json!({"action": "getIntervals", "version": 6, "params": {"cards": [1502298033753_i64, 1502298036657_i64], "complete": true}}),
            ),
            (
                get_ease_factors(&two).to_json(),
                json!({"action": "getEaseFactors", "version": 6, "params": {"cards": two}}),
            ),
            (
                set_ease_factors(&two, &[4100, 3900]).to_json(),
                json!({"action": "setEaseFactors", "version": 6, "params": {"cards": two, "easeFactors": [4100, 3900]}}),
            ),
            (
                set_specific_value_of_card(
                    1483959291685,
                    &["flags".into(), "odue".into()],
                    &[json!("1"), json!("-100")],
                    false,
                )
                .to_json(),
                json!({"action": "setSpecificValueOfCard", "version": 6, "params": {"card": 1483959291685_i64, "keys": ["flags", "odue"], "newValues": ["1", "-100"]}}),
            ),
            (
                forget_cards(&other).to_json(),
                json!({"action": "forgetCards", "version": 6, "params": {"cards": other}}),
            ),
            (
                relearn_cards(&other).to_json(),
                json!({"action": "relearnCards", "version": 6, "params": {"cards": other}}),
            ),
            (
                answer_cards(&[(1498938915662, 2), (1502098034048, 4)]).to_json(),
                json!({"action": "answerCards", "version": 6, "params": {"answers": [{"cardId": 1498938915662_i64, "ease": 2}, {"cardId": 1502098034048_i64, "ease": 4}]}}),
            ),
            (
                set_due_date(&other, "3-7").to_json(),
                json!({"action": "setDueDate", "version": 6, "params": {"cards": other, "days": "3-7"}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req, expected, "{}", expected["action"]);
        }
        assert_eq!(
            get_intervals(&two, false).to_json()["params"],
            json!({"cards": two}),
            "complete is left out unless asked for"
        );
    }

    #[test]
    fn replies_decode_into_their_shapes() {
        let intervals: Vec<Interval> = serde_json::from_value(json!([-14400, [-120, 3]])).unwrap();
        assert_eq!(
            intervals,
            [Interval::Latest(-14400), Interval::History(vec![-120, 3])]
        );
        let set: OrFalse<Vec<SetOutcome>> =
            serde_json::from_value(json!([true, [false, "bad value"]])).unwrap();
        assert_eq!(
            set.into_option().unwrap(),
            [
                SetOutcome::Done(true),
                SetOutcome::Failed(false, "bad value".into())
            ]
        );
        let whole = json!({"cardId": 5, "deckName": "D", "modelName": "Basic", "question": "q",
            "due": 9, "queue": 2, "type": 2, "interval": 1, "factor": 2500, "reps": 1, "lapses": 0});
        let cards: Vec<CardInfo> = serde_json::from_value(json!([whole, {}])).unwrap();
        let err = serde_json::from_value::<Vec<CardInfo>>(json!([{"cardId": 5, "type": 2}]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("lacks due, queue"), "{err}");
        let err =
            serde_json::from_value::<Vec<super::super::reply::NoteInfo>>(json!([{"noteId": 1}]))
                .unwrap_err()
                .to_string();
        assert!(
            err.contains("lacks modelName, tags, fields, cards"),
            "{err}"
        );
        assert_eq!(
            (cards[0].card_id, cards[0].kind, cards[0].due),
            (Some(5), 2, 9)
        );
        assert_eq!(cards[1].card_id, None);
    }
}
