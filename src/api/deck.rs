//! Requests for AnkiConnect's deck actions: one builder per action, pure (no I/O).

use serde_json::{json, Value};

use crate::request::Request;

/// `deckNames`
pub fn deck_names() -> Request {
    Request::bare("deckNames")
}

/// `deckNamesAndIds`
pub fn deck_names_and_ids() -> Request {
    Request::bare("deckNamesAndIds")
}

/// `getDecks`
pub fn get_decks(cards: &[i64]) -> Request {
    Request::new("getDecks", json!({ "cards": cards }))
}

/// `createDeck`
pub fn create_deck(deck: &str) -> Request {
    Request::new("createDeck", json!({ "deck": deck }))
}

/// `changeDeck`
pub fn change_deck(cards: &[i64], deck: &str) -> Request {
    Request::new("changeDeck", json!({ "cards": cards, "deck": deck }))
}

/// `deleteDecks`; the add-on refuses unless cardsToo is true.
pub fn delete_decks(decks: &[String]) -> Request {
    Request::new("deleteDecks", json!({ "decks": decks, "cardsToo": true }))
}

/// `getDeckConfig`
pub fn get_deck_config(deck: &str) -> Request {
    Request::new("getDeckConfig", json!({ "deck": deck }))
}

/// `saveDeckConfig`
pub fn save_deck_config(config: Value) -> Request {
    Request::new("saveDeckConfig", json!({ "config": config }))
}

/// `setDeckConfigId`
pub fn set_deck_config_id(decks: &[String], config_id: i64) -> Request {
    Request::new(
        "setDeckConfigId",
        json!({ "decks": decks, "configId": config_id }),
    )
}

/// `cloneDeckConfigId`
pub fn clone_deck_config_id(name: &str, clone_from: Option<i64>) -> Request {
    let mut params = json!({ "name": name });
    if let Some(from) = clone_from {
        params["cloneFrom"] = json!(from);
    }
    Request::new("cloneDeckConfigId", params)
}

/// `removeDeckConfigId`
pub fn remove_deck_config_id(config_id: i64) -> Request {
    Request::new("removeDeckConfigId", json!({ "configId": config_id }))
}

/// `getDeckStats`
pub fn get_deck_stats(decks: &[String]) -> Request {
    Request::new("getDeckStats", json!({ "decks": decks }))
}

/// `deckNameFromId`
pub fn deck_name_from_id(deck_id: i64) -> Request {
    Request::new("deckNameFromId", json!({ "deckId": deck_id }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each builder against the add-on's documented sample request.
    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (deck_names(), json!({"action": "deckNames", "version": 6})),
            (
                deck_names_and_ids(),
                json!({"action": "deckNamesAndIds", "version": 6}),
            ),
            (
                get_decks(&[1502298036657, 1502298033753, 1502032366472]),
                json!({"action": "getDecks", "version": 6, "params": {"cards": [1502298036657_i64, 1502298033753_i64, 1502032366472_i64]}}),
            ),
            (
                create_deck("Japanese::Tokyo"),
                json!({"action": "createDeck", "version": 6, "params": {"deck": "Japanese::Tokyo"}}),
            ),
            (
                change_deck(
                    &[1502098034045, 1502098034048, 1502298033753],
                    "Japanese::JLPT N3",
                ),
                json!({"action": "changeDeck", "version": 6, "params": {"cards": [1502098034045_i64, 1502098034048_i64, 1502298033753_i64], "deck": "Japanese::JLPT N3"}}),
            ),
            (
                delete_decks(&["Japanese::JLPT N5".into(), "Easy Spanish".into()]),
                json!({"action": "deleteDecks", "version": 6, "params": {"decks": ["Japanese::JLPT N5", "Easy Spanish"], "cardsToo": true}}),
            ),
            (
                get_deck_config("Default"),
                json!({"action": "getDeckConfig", "version": 6, "params": {"deck": "Default"}}),
            ),
            (
                set_deck_config_id(&["Default".into()], 1),
                json!({"action": "setDeckConfigId", "version": 6, "params": {"decks": ["Default"], "configId": 1}}),
            ),
            (
                clone_deck_config_id("Copy of Default", Some(1)),
                json!({"action": "cloneDeckConfigId", "version": 6, "params": {"name": "Copy of Default", "cloneFrom": 1}}),
            ),
            (
                remove_deck_config_id(1502972374573),
                json!({"action": "removeDeckConfigId", "version": 6, "params": {"configId": 1502972374573_i64}}),
            ),
            (
                get_deck_stats(&["Japanese::JLPT N5".into(), "Easy Spanish".into()]),
                json!({"action": "getDeckStats", "version": 6, "params": {"decks": ["Japanese::JLPT N5", "Easy Spanish"]}}),
            ),
            (
                deck_name_from_id(1),
                json!({"action": "deckNameFromId", "version": 6, "params": {"deckId": 1}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
        let config = json!({"id": 1, "name": "Default", "new": {"perDay": 20}});
        assert_eq!(
            save_deck_config(config.clone()).to_json(),
            json!({"action": "saveDeckConfig", "version": 6, "params": {"config": config}})
        );
    }
}
