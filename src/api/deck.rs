//! AnkiConnect's deck actions: one typed builder per action (pure, no I/O) and the shapes of
//! their replies.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::reply::{OrFalse, Ordered};
use crate::request::Call;

/// One deck's entry in a getDeckStats reply (keyed by deck ID).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct DeckStats {
    /// The deck's ID.
    pub deck_id: i64,
    /// The last level of the deck's name.
    pub name: String,
    /// New cards due today.
    pub new_count: i64,
    /// Learning cards due today.
    pub learn_count: i64,
    /// Review cards due today.
    pub review_count: i64,
    /// Cards directly in the deck, not in its subdecks (missing before Anki 2.1.47).
    pub total_in_deck: Option<i64>,
}

/// The `id` of an options group as getDeckConfig returns it.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ConfigId {
    /// The group's ID.
    pub id: i64,
}

/// The `id` and `name` of an options group as getDeckConfig returns it.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ConfigName {
    /// The group's ID.
    pub id: i64,
    /// The group's name (Anki allows two groups the same name).
    pub name: String,
}

/// `deckNames`
pub fn deck_names() -> Call<Vec<String>> {
    Call::bare("deckNames")
}

/// `deckNamesAndIds`
pub fn deck_names_and_ids() -> Call<Ordered<i64>> {
    Call::bare("deckNamesAndIds")
}

/// `getDecks`
pub fn get_decks(cards: &[i64]) -> Call<Ordered<Vec<i64>>> {
    Call::new("getDecks", json!({ "cards": cards }))
}

/// The cards of `asked` that a getDecks reply puts in no deck, as `why` for
/// [`crate::error::CliError::unexpected_reply`] (the add-on puts every card in one deck).
pub fn unplaced(decks: &Ordered<Vec<i64>>, asked: &[i64]) -> Option<String> {
    let placed: std::collections::HashSet<i64> = decks
        .0
        .iter()
        .flat_map(|(_, c)| c.iter().copied())
        .collect();
    let missing: Vec<String> = asked
        .iter()
        .filter(|c| !placed.contains(c))
        .map(i64::to_string)
        .collect();
    (!missing.is_empty()).then(|| {
        let shown = missing
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "{} of the cards asked about in no deck: {shown}",
            missing.len()
        )
    })
}

/// `createDeck`
pub fn create_deck(deck: &str) -> Call<i64> {
    Call::new("createDeck", json!({ "deck": deck }))
}

/// `changeDeck`
pub fn change_deck(cards: &[i64], deck: &str) -> Call<()> {
    Call::new("changeDeck", json!({ "cards": cards, "deck": deck }))
}

/// `deleteDecks`; the add-on refuses unless cardsToo is true.
pub fn delete_decks(decks: &[String]) -> Call<()> {
    Call::new("deleteDecks", json!({ "decks": decks, "cardsToo": true }))
}

/// `getDeckConfig`
pub fn get_deck_config(deck: &str) -> Call<OrFalse<Map<String, Value>>> {
    Call::new("getDeckConfig", json!({ "deck": deck }))
}

/// `saveDeckConfig`
pub fn save_deck_config(config: Value) -> Call<bool> {
    Call::new("saveDeckConfig", json!({ "config": config }))
}

/// `setDeckConfigId`
pub fn set_deck_config_id(decks: &[String], config_id: i64) -> Call<bool> {
    Call::new(
        "setDeckConfigId",
        json!({ "decks": decks, "configId": config_id }),
    )
}

/// `cloneDeckConfigId`
pub fn clone_deck_config_id(name: &str, clone_from: Option<i64>) -> Call<OrFalse<i64>> {
    let mut params = json!({ "name": name });
    if let Some(from) = clone_from {
        params["cloneFrom"] = json!(from);
    }
    Call::new("cloneDeckConfigId", params)
}

/// `removeDeckConfigId`
pub fn remove_deck_config_id(config_id: i64) -> Call<bool> {
    Call::new("removeDeckConfigId", json!({ "configId": config_id }))
}

/// `getDeckStats`
pub fn get_deck_stats(decks: &[String]) -> Call<BTreeMap<String, DeckStats>> {
    Call::new("getDeckStats", json!({ "decks": decks }))
}

/// `deckNameFromId`
pub fn deck_name_from_id(deck_id: i64) -> Call<String> {
    Call::new("deckNameFromId", json!({ "deckId": deck_id }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_get_decks_reply_must_place_every_card_asked_about() {
        let decks: Ordered<Vec<i64>> = serde_json::from_value(json!({"A": [1, 2]})).unwrap();
        assert_eq!(unplaced(&decks, &[1, 2]), None);
        let empty: Ordered<Vec<i64>> = serde_json::from_value(json!({})).unwrap();
        assert_eq!(
            unplaced(&empty, &[1, 2]).as_deref(),
            Some("2 of the cards asked about in no deck: 1, 2")
        );
    }

    /// Each builder against the add-on's documented sample request.
    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                deck_names().to_json(),
                json!({"action": "deckNames", "version": 6}),
            ),
            (
                deck_names_and_ids().to_json(),
                json!({"action": "deckNamesAndIds", "version": 6}),
            ),
            (
                get_decks(&[1502298036657, 1502298033753, 1502032366472]).to_json(),
                json!({"action": "getDecks", "version": 6, "params": {"cards": [1502298036657_i64, 1502298033753_i64, 1502032366472_i64]}}),
            ),
            (
                create_deck("Japanese::Tokyo").to_json(),
                json!({"action": "createDeck", "version": 6, "params": {"deck": "Japanese::Tokyo"}}),
            ),
            (
                change_deck(
                    &[1502098034045, 1502098034048, 1502298033753],
                    "Japanese::JLPT N3",
                )
                .to_json(),
                json!({"action": "changeDeck", "version": 6, "params": {"cards": [1502098034045_i64, 1502098034048_i64, 1502298033753_i64], "deck": "Japanese::JLPT N3"}}),
            ),
            (
                delete_decks(&["Japanese::JLPT N5".into(), "Easy Spanish".into()]).to_json(),
                json!({"action": "deleteDecks", "version": 6, "params": {"decks": ["Japanese::JLPT N5", "Easy Spanish"], "cardsToo": true}}),
            ),
            (
                get_deck_config("Default").to_json(),
                json!({"action": "getDeckConfig", "version": 6, "params": {"deck": "Default"}}),
            ),
            (
                set_deck_config_id(&["Default".into()], 1).to_json(),
                json!({"action": "setDeckConfigId", "version": 6, "params": {"decks": ["Default"], "configId": 1}}),
            ),
            (
                clone_deck_config_id("Copy of Default", Some(1)).to_json(),
                json!({"action": "cloneDeckConfigId", "version": 6, "params": {"name": "Copy of Default", "cloneFrom": 1}}),
            ),
            (
                remove_deck_config_id(1502972374573).to_json(),
                json!({"action": "removeDeckConfigId", "version": 6, "params": {"configId": 1502972374573_i64}}),
            ),
            (
                get_deck_stats(&["Japanese::JLPT N5".into(), "Easy Spanish".into()]).to_json(),
                json!({"action": "getDeckStats", "version": 6, "params": {"decks": ["Japanese::JLPT N5", "Easy Spanish"]}}),
            ),
            (
                deck_name_from_id(1).to_json(),
                json!({"action": "deckNameFromId", "version": 6, "params": {"deckId": 1}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req, expected, "{}", expected["action"]);
        }
        let config = json!({"id": 1, "name": "Default", "new": {"perDay": 20}});
        assert_eq!(
            save_deck_config(config.clone()).to_json(),
            json!({"action": "saveDeckConfig", "version": 6, "params": {"config": config}})
        );
    }
}
