//! Shapes of AnkiConnect replies that several commands read, decoded by `Ctx::send`.
//!
//! A reply that does not decode into the shape its action returns is an error (exit 3), never an
//! empty table or file: see [`crate::error::CliError::UnexpectedReply`].

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// A JSON object decoded in its own order, each value as `V` (e.g. deckNamesAndIds, getDecks).
#[derive(Debug, Clone, PartialEq)]
pub struct Ordered<V>(pub Vec<(String, V)>);

impl<V> Default for Ordered<V> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Ordered<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = Ordered<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Ordered(entries))
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

/// Either `false` (how some actions say "not found") or a `T`.
#[derive(Debug, Clone, PartialEq)]
pub enum OrFalse<T> {
    /// The reply was `false`.
    False,
    /// The reply was a `T`.
    Value(T),
}

impl<T> OrFalse<T> {
    /// The value, or `None` for `false`.
    pub fn into_option(self) -> Option<T> {
        match self {
            OrFalse::False => None,
            OrFalse::Value(v) => Some(v),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrFalse<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value == serde_json::Value::Bool(false) {
            return Ok(OrFalse::False);
        }
        T::deserialize(value)
            .map(OrFalse::Value)
            .map_err(|e| de::Error::custom(format!("false or {e}")))
    }
}

/// One inner reply of `multi` (inner actions are sent as version 6): its result, or its error.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MultiItem<T> {
    /// The action's result, if it ran.
    pub result: Option<T>,
    /// The add-on's error, if it failed.
    pub error: Option<String>,
}

/// One field of a notesInfo entry.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct FieldValue {
    /// The field's content (HTML).
    pub value: String,
    /// Its position in the note type.
    pub order: i64,
}

/// One entry of a notesInfo reply: a note, or `{}` for an ID that is no note. An entry with some
/// of a note's keys but not all is not AnkiConnect's (it would make blank rows): it does not
/// decode.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[serde(try_from = "RawNoteInfo")]
pub struct NoteInfo {
    /// The note's ID; `None` for an unknown ID.
    pub note_id: Option<i64>,
    /// Its note type.
    pub model_name: String,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its fields, as the add-on lists them.
    pub fields: Ordered<FieldValue>,
    /// Its cards' IDs.
    pub cards: Vec<i64>,
}

/// A notesInfo entry as it comes, before [`NoteInfo`] checks that it is whole.
#[derive(serde::Deserialize)]
struct RawNoteInfo {
    #[serde(rename = "noteId")]
    note_id: Option<i64>,
    #[serde(rename = "modelName")]
    model_name: Option<String>,
    tags: Option<Vec<String>>,
    fields: Option<Ordered<FieldValue>>,
    cards: Option<Vec<i64>>,
}

impl TryFrom<RawNoteInfo> for NoteInfo {
    type Error = String;

    fn try_from(raw: RawNoteInfo) -> std::result::Result<NoteInfo, String> {
        match raw {
            RawNoteInfo {
                note_id: None,
                model_name: None,
                tags: None,
                fields: None,
                cards: None,
            } => Ok(NoteInfo::default()),
            RawNoteInfo {
                note_id: Some(id),
                model_name: Some(model_name),
                tags: Some(tags),
                fields: Some(fields),
                cards: Some(cards),
            } => Ok(NoteInfo {
                note_id: Some(id),
                model_name,
                tags,
                fields,
                cards,
            }),
            raw => {
                let missing: Vec<&str> = [
                    ("noteId", raw.note_id.is_none()),
                    ("modelName", raw.model_name.is_none()),
                    ("tags", raw.tags.is_none()),
                    ("fields", raw.fields.is_none()),
                    ("cards", raw.cards.is_none()),
                ]
                .into_iter()
                .filter_map(|(key, gone)| gone.then_some(key))
                .collect();
                Err(format!("a note's entry lacks {}", missing.join(", ")))
            }
        }
    }
}

impl NoteInfo {
    /// The field names in the note type's order.
    pub fn field_names(&self) -> Vec<String> {
        let mut fields: Vec<(i64, &String)> =
            self.fields.0.iter().map(|(n, f)| (f.order, n)).collect();
        fields.sort();
        fields.into_iter().map(|(_, n)| n.clone()).collect()
    }

    /// Field `name`, if the note has it.
    pub fn get(&self, name: &str) -> Option<&FieldValue> {
        self.fields
            .0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, f)| f)
    }

    /// The content of field `name` (empty if the note has no such field).
    pub fn field(&self, name: &str) -> &str {
        self.get(name).map_or("", |f| f.value.as_str())
    }

    /// The first field in the note type's order, if any.
    pub fn first(&self) -> Option<&FieldValue> {
        self.fields.0.iter().map(|(_, f)| f).find(|f| f.order == 0)
    }
}

/// One entry of a cardsModTime or notesModTime reply; `{}` for an unknown ID.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct ModTime {
    /// The card's ID (cardsModTime), if it exists.
    #[serde(rename = "cardId", default)]
    pub card_id: Option<i64>,
    /// The note's ID (notesModTime), if it exists.
    #[serde(rename = "noteId", default)]
    pub note_id: Option<i64>,
    /// The modification time (seconds since the epoch).
    #[serde(rename = "mod", default)]
    pub modified: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ordered_objects_keep_their_order_and_refuse_other_shapes() {
        let decks: Ordered<i64> = serde_json::from_value(json!({"b": 2, "a": 1})).unwrap();
        assert_eq!(decks.0, vec![("b".to_string(), 2), ("a".to_string(), 1)]);
        assert!(serde_json::from_value::<Ordered<i64>>(json!(42)).is_err());
        assert!(serde_json::from_value::<Ordered<i64>>(json!({"a": "x"})).is_err());
    }

    #[test]
    fn or_false_takes_false_or_the_shape() {
        let found: OrFalse<String> = serde_json::from_value(json!("x")).unwrap();
        assert_eq!(found.into_option(), Some("x".to_string()));
        let missing: OrFalse<String> = serde_json::from_value(json!(false)).unwrap();
        assert_eq!(missing.into_option(), None);
        assert!(serde_json::from_value::<OrFalse<String>>(json!(42)).is_err());
        assert!(serde_json::from_value::<OrFalse<String>>(json!(true)).is_err());
    }

    #[test]
    fn notes_info_entries_decode_found_and_missing_notes() {
        let notes: Vec<NoteInfo> = serde_json::from_value(json!([
            {"noteId": 7, "modelName": "Basic", "tags": ["t"], "cards": [8],
             "fields": {"Back": {"value": "b", "order": 1}, "Front": {"value": "f", "order": 0}},
             "mod": 1, "profile": "User 1"},
            {}
        ]))
        .unwrap();
        assert_eq!(notes[0].field_names(), vec!["Front", "Back"]);
        assert_eq!(notes[0].field("Back"), "b");
        assert_eq!(notes[1].note_id, None);
        assert!(serde_json::from_value::<Vec<NoteInfo>>(json!(42)).is_err());
        assert!(serde_json::from_value::<Vec<NoteInfo>>(json!([42])).is_err());
    }
}
