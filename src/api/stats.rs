//! Requests for AnkiConnect's statistics and review log actions: one builder per action, pure (no I/O).

use serde_json::json;

use crate::request::Request;

/// `getCollectionStatsHTML`
pub fn collection_stats_html(whole: bool) -> Request {
    Request::new(
        "getCollectionStatsHTML",
        json!({ "wholeCollection": whole }),
    )
}

/// `cardReviews`
pub fn card_reviews(deck: &str, start_id: i64) -> Request {
    Request::new("cardReviews", json!({ "deck": deck, "startID": start_id }))
}

/// `getReviewsOfCards`
pub fn reviews_of_cards(cards: &[i64]) -> Request {
    Request::new("getReviewsOfCards", json!({ "cards": cards }))
}

/// `getLatestReviewID`
pub fn latest_review_id(deck: &str) -> Request {
    Request::new("getLatestReviewID", json!({ "deck": deck }))
}

/// `insertReviews`
pub fn insert_reviews(reviews: &[[i64; 9]]) -> Request {
    Request::new("insertReviews", json!({ "reviews": reviews }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                collection_stats_html(true),
                json!({"action": "getCollectionStatsHTML", "version": 6, "params": {"wholeCollection": true}}),
            ),
            (
                card_reviews("default", 1594194095740),
                json!({"action": "cardReviews", "version": 6, "params": {"deck": "default", "startID": 1594194095740_i64}}),
            ),
            (
                reviews_of_cards(&[1653613948202]),
                json!({"action": "getReviewsOfCards", "version": 6, "params": {"cards": [1653613948202_i64]}}),
            ),
            (
                latest_review_id("default"),
                json!({"action": "getLatestReviewID", "version": 6, "params": {"deck": "default"}}),
            ),
            (
                insert_reviews(&[[1594194095746, 1485369733217, -1, 3, 4, -60, 2500, 6157, 0]]),
                json!({"action": "insertReviews", "version": 6, "params": {"reviews": [[1594194095746_i64, 1485369733217_i64, -1, 3, 4, -60, 2500, 6157, 0]]}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
