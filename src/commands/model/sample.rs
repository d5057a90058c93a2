//! A note type as findModelsByName returns it, for the tests of the model commands.

use serde_json::{json, Value};

use crate::api::model::Model;

/// The raw reply entry: "Vocab" with fields Word, Meaning, Old and one template.
pub fn vocab_json() -> Value {
    json!({
        "id": 1, "name": "Vocab", "css": ".card {}", "type": 0,
        "flds": [
            {"id": 10, "name": "Word", "ord": 0, "font": "Arial", "size": 20, "description": ""},
            {"id": 11, "name": "Meaning", "ord": 1, "font": "Arial", "size": 20, "description": ""},
            {"id": 12, "name": "Old", "ord": 2, "font": "Arial", "size": 20, "description": ""}
        ],
        "tmpls": [{"id": 20, "name": "Card 1", "ord": 0, "qfmt": "{{Word}}", "afmt": "{{Meaning}}"}]
    })
}

/// [`vocab_json`] decoded.
pub fn vocab() -> Model {
    serde_json::from_value(vocab_json()).expect("a model object")
}
