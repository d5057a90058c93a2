//! AnkiConnect's statistics and review-log actions: one typed builder per action (pure, no I/O)
//! and the shapes of their replies.

use serde::Deserialize;
use serde_json::json;

use super::reply::Ordered;
use crate::request::Call;

/// One review-log row as cardReviews returns it and insertReviews takes it:
/// id, cid, usn, ease, ivl, lastIvl, factor, time, type.
pub type ReviewRow = [i64; 9];

/// One day of a getNumCardsReviewedByDay reply: the date (`YYYY-MM-DD`) and its review count.
pub type ReviewDay = (String, i64);

/// One review of a card in a getReviewsOfCards reply (the card's ID is its key).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CardReview {
    /// The review's ID (its time in ms).
    pub id: i64,
    /// Update sequence number.
    pub usn: i64,
    /// The answer button (1-4).
    pub ease: i64,
    /// The interval after the review.
    pub ivl: i64,
    /// The interval before it.
    #[serde(rename = "lastIvl")]
    pub last_ivl: i64,
    /// The ease factor (per mille).
    pub factor: i64,
    /// Time taken, in ms.
    pub time: i64,
    /// The review's kind (learn, review, relearn, filtered, manual).
    #[serde(rename = "type")]
    pub kind: i64,
}

/// `getNumCardsReviewedToday`
pub fn num_cards_reviewed_today() -> Call<i64> {
    Call::bare("getNumCardsReviewedToday")
}

/// `getNumCardsReviewedByDay`: newest day first.
pub fn num_cards_reviewed_by_day() -> Call<Vec<ReviewDay>> {
    Call::bare("getNumCardsReviewedByDay")
}

/// `getCollectionStatsHTML`
pub fn collection_stats_html(whole: bool) -> Call<String> {
    Call::new(
        "getCollectionStatsHTML",
        json!({ "wholeCollection": whole }),
    )
}

/// `cardReviews`
pub fn card_reviews(deck: &str, start_id: i64) -> Call<Vec<ReviewRow>> {
    Call::new("cardReviews", json!({ "deck": deck, "startID": start_id }))
}

/// `getReviewsOfCards`: each card's reviews, keyed by card ID.
pub fn reviews_of_cards(cards: &[i64]) -> Call<Ordered<Vec<CardReview>>> {
    Call::new("getReviewsOfCards", json!({ "cards": cards }))
}

/// `getLatestReviewID`
pub fn latest_review_id(deck: &str) -> Call<i64> {
    Call::new("getLatestReviewID", json!({ "deck": deck }))
}

/// `insertReviews`
pub fn insert_reviews(reviews: &[ReviewRow]) -> Call<()> {
    Call::new("insertReviews", json!({ "reviews": reviews }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                num_cards_reviewed_today().to_json(),
                json!({"action": "getNumCardsReviewedToday", "version": 6}),
            ),
            (
                num_cards_reviewed_by_day().to_json(),
                json!({"action": "getNumCardsReviewedByDay", "version": 6}),
            ),
            (
                collection_stats_html(true).to_json(),
                json!({"action": "getCollectionStatsHTML", "version": 6, "params": {"wholeCollection": true}}),
            ),
            (
                card_reviews("default", 1594194095740).to_json(),
                json!({"action": "cardReviews", "version": 6, "params": {"deck": "default", "startID": 1594194095740_i64}}),
            ),
            (
                reviews_of_cards(&[1653613948202]).to_json(),
                json!({"action": "getReviewsOfCards", "version": 6, "params": {"cards": [1653613948202_i64]}}),
            ),
            (
                latest_review_id("default").to_json(),
                json!({"action": "getLatestReviewID", "version": 6, "params": {"deck": "default"}}),
            ),
            (
                insert_reviews(&[[1594194095746, 1485369733217, -1, 3, 4, -60, 2500, 6157, 0]])
                    .to_json(),
                json!({"action": "insertReviews", "version": 6, "params": {"reviews": [[1594194095746_i64, 1485369733217_i64, -1, 3, 4, -60, 2500, 6157, 0]]}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req, expected, "{}", expected["action"]);
        }
    }

    #[test]
    fn replies_decode_as_the_add_on_sends_them() {
        let days: Vec<ReviewDay> =
            serde_json::from_value(json!([["2021-02-28", 124], ["2021-02-27", 261]])).unwrap();
        assert_eq!(days[1], ("2021-02-27".to_string(), 261));
        let cards: Ordered<Vec<CardReview>> = serde_json::from_value(json!({"1653613948202": [
            {"id": 1653772912146_i64, "usn": 1750, "ease": 1, "ivl": -20, "lastIvl": -20,
             "factor": 0, "time": 38192, "type": 0}
        ]}))
        .unwrap();
        assert_eq!(cards.0[0].1[0].last_ivl, -20);
        assert!(serde_json::from_value::<Vec<ReviewRow>>(json!([[1, 2, 3]])).is_err());
    }
}
