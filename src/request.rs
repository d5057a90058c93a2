//! One AnkiConnect request and the JSON envelope it travels in.

use serde_json::{json, Map, Value};

/// The protocol version anki-cli speaks.
pub const API_VERSION: u64 = 6;

/// What redacted secrets are replaced with in every output.
pub const REDACTED: &str = "***";

/// An action with its parameters, before it is wrapped for sending.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The AnkiConnect action name, e.g. `deckNames`.
    pub action: String,
    /// The `params` object; `None` sends no `params` key.
    pub params: Option<Value>,
}

impl Request {
    /// A request with a `params` object.
    pub fn new(action: impl Into<String>, params: Value) -> Self {
        Request {
            action: action.into(),
            params: Some(params),
        }
    }

    /// A request without parameters.
    pub fn bare(action: impl Into<String>) -> Self {
        Request {
            action: action.into(),
            params: None,
        }
    }

    /// The request as AnkiConnect's sample requests show it (no key).
    pub fn to_json(&self) -> Value {
        self.envelope(None)
    }

    /// The envelope to POST: action, version, params, and the key when there is one.
    pub fn envelope(&self, key: Option<&str>) -> Value {
        let mut obj = Map::new();
        obj.insert("action".into(), json!(self.action));
        obj.insert("version".into(), json!(API_VERSION));
        if let Some(params) = &self.params {
            obj.insert("params".into(), params.clone());
        }
        if let Some(key) = key {
            obj.insert("key".into(), json!(key));
        }
        Value::Object(obj)
    }

    /// The envelope as it may be shown to people: the key, if any, is `***`.
    pub fn redacted_envelope(&self, has_key: bool) -> Value {
        self.envelope(has_key.then_some(REDACTED))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_request_has_no_params() {
        assert_eq!(
            Request::bare("deckNames").to_json(),
            json!({"action": "deckNames", "version": 6})
        );
    }

    #[test]
    fn key_is_added_and_redacted() {
        let req = Request::new("createDeck", json!({"deck": "A"}));
        assert_eq!(req.envelope(Some("s3cret"))["key"], "s3cret");
        let shown = req.redacted_envelope(true).to_string();
        assert!(shown.contains("\"key\":\"***\""));
        assert!(!shown.contains("s3cret"));
    }
}
