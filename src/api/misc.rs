//! Requests for AnkiConnect's version, permission, profiles, sync, packages and multi: one builder per action, pure (no I/O).

use serde_json::{json, Value};

use crate::request::Request;

/// `version`: the API version request.
pub fn version_request() -> Request {
    Request::bare("version")
}

/// `requestPermission`: the add-on fills in origin and permission itself.
pub fn request_permission() -> Request {
    Request::bare("requestPermission")
}

/// `apiReflect` asking for every action the server supports.
pub fn api_reflect_actions() -> Request {
    Request::new(
        "apiReflect",
        json!({"scopes": ["actions"], "actions": null}),
    )
}

/// `loadProfile`
pub fn load_profile(name: &str) -> Request {
    Request::new("loadProfile", json!({ "name": name }))
}

/// `exportPackage`
pub fn export_package(deck: &str, path: &str, include_sched: bool) -> Request {
    Request::new(
        "exportPackage",
        json!({ "deck": deck, "path": path, "includeSched": include_sched }),
    )
}

/// `importPackage`
pub fn import_package(path: &str) -> Request {
    Request::new("importPackage", json!({ "path": path }))
}

/// `multi` (versions and keys of inner actions are added when the envelope is built).
pub fn multi(actions: Vec<Value>) -> Request {
    Request::new("multi", json!({ "actions": actions }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        assert_eq!(
            version_request().to_json(),
            json!({"action": "version", "version": 6})
        );
        assert_eq!(
            request_permission().to_json(),
            json!({"action": "requestPermission", "version": 6})
        );
        assert_eq!(
            api_reflect_actions().to_json(),
            json!({"action": "apiReflect", "version": 6, "params": {"scopes": ["actions"], "actions": null}})
        );
    }

    #[test]
    fn requests_match_the_reference_samples_2() {
        let cases = [
            (
                load_profile("user1"),
                json!({"action": "loadProfile", "version": 6, "params": {"name": "user1"}}),
            ),
            (
                export_package("Default", "/data/Deck.apkg", true),
                json!({"action": "exportPackage", "version": 6, "params": {"deck": "Default", "path": "/data/Deck.apkg", "includeSched": true}}),
            ),
            (
                import_package("/data/Deck.apkg"),
                json!({"action": "importPackage", "version": 6, "params": {"path": "/data/Deck.apkg"}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
