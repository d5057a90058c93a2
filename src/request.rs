//! One AnkiConnect request, the JSON envelope it travels in, and the reply type it expects.

use std::marker::PhantomData;

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
            let mut params = params.clone();
            if self.action == "multi" {
                complete_inner_actions(&mut params, key);
            }
            obj.insert("params".into(), params);
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

/// A request together with the type its reply decodes into: what every builder in `api` returns.
/// `Ctx::send` sends it and decodes the result as `T`; any other reply is an error (exit 3).
#[derive(Debug, Clone, PartialEq)]
pub struct Call<T> {
    /// The request to send.
    pub request: Request,
    reply: PhantomData<fn() -> T>,
}

impl<T> Call<T> {
    /// A call with a `params` object.
    pub fn new(action: impl Into<String>, params: Value) -> Self {
        Request::new(action, params).into()
    }

    /// A call without parameters.
    pub fn bare(action: impl Into<String>) -> Self {
        Request::bare(action).into()
    }

    /// The request as AnkiConnect's sample requests show it (no key).
    pub fn to_json(&self) -> Value {
        self.request.to_json()
    }

    /// The same request, its reply read as `U`: for a caller that needs another view of the
    /// reply than `T` (the reply verbatim, or only a part of it).
    pub fn read_as<U>(self) -> Call<U> {
        self.request.into()
    }
}

impl<T> From<Request> for Call<T> {
    fn from(request: Request) -> Self {
        Call {
            request,
            reply: PhantomData,
        }
    }
}

impl<T> From<Call<T>> for Request {
    fn from(call: Call<T>) -> Self {
        call.request
    }
}

/// Gives every inner action of `multi` a version (the add-on assumes 4 without one,
/// which changes the reply shape) and the key (the add-on checks it on each inner action).
fn complete_inner_actions(params: &mut Value, key: Option<&str>) {
    let Some(actions) = params.get_mut("actions").and_then(Value::as_array_mut) else {
        return;
    };
    for inner in actions.iter_mut().filter_map(Value::as_object_mut) {
        inner.entry("version").or_insert(json!(API_VERSION));
        if let Some(key) = key {
            inner.insert("key".into(), json!(key));
        }
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
    fn multi_inner_actions_get_version_and_key() {
        let req = Request::new(
            "multi",
            json!({"actions": [{"action": "deckNames"}, {"action": "version", "version": 4}]}),
        );
        let sent = req.envelope(Some("k"));
        assert_eq!(
            sent["params"]["actions"][0],
            json!({"action": "deckNames", "version": 6, "key": "k"})
        );
        assert_eq!(
            sent["params"]["actions"][1]["version"], 4,
            "an explicit version is kept"
        );
        let shown = req.redacted_envelope(true).to_string();
        assert!(
            !shown.contains("\"k\"") && shown.matches("***").count() == 3,
            "{shown}"
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
