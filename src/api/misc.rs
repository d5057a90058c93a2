//! AnkiConnect's version, permission, reflection, profile, sync, package and multi actions: one
//! typed builder per action (pure, no I/O) and the shapes of their replies.

use serde::Deserialize;
use serde_json::{json, Value};

use crate::request::Call;

/// The reply of `requestPermission`: `{"permission": "denied"}`, or, when granted, also whether a
/// key is required and the API version.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Permission {
    /// "granted" or "denied".
    pub permission: String,
    /// Whether AnkiConnect wants an API key (the add-on spells it `requireApikey`; its README
    /// says `requireApiKey`).
    #[serde(rename = "requireApikey", alias = "requireApiKey")]
    pub require_api_key: Option<bool>,
    /// The API version.
    pub version: Option<Value>,
}

/// The reply of `apiReflect` with the `actions` scope.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Reflection {
    /// The actions the add-on supports.
    #[serde(default)]
    pub actions: Vec<String>,
}

/// `version`: the API version.
pub fn version() -> Call<i64> {
    Call::bare("version")
}

/// `requestPermission`: the add-on fills in origin and permission itself.
pub fn request_permission() -> Call<Permission> {
    Call::bare("requestPermission")
}

/// `apiReflect` asking for every action the server supports.
pub fn api_reflect_actions() -> Call<Reflection> {
    Call::new(
        "apiReflect",
        json!({"scopes": ["actions"], "actions": null}),
    )
}

/// `getProfiles`
pub fn get_profiles() -> Call<Vec<String>> {
    Call::bare("getProfiles")
}

/// `getActiveProfile`
pub fn get_active_profile() -> Call<String> {
    Call::bare("getActiveProfile")
}

/// `loadProfile`: `false` when Anki has no such profile.
pub fn load_profile(name: &str) -> Call<bool> {
    Call::new("loadProfile", json!({ "name": name }))
}

/// `sync`
pub fn sync() -> Call<()> {
    Call::bare("sync")
}

/// `reloadCollection`
pub fn reload_collection() -> Call<()> {
    Call::bare("reloadCollection")
}

/// `exportPackage`: `false` when the deck was not found.
pub fn export_package(deck: &str, path: &str, include_sched: bool) -> Call<bool> {
    Call::new(
        "exportPackage",
        json!({ "deck": deck, "path": path, "includeSched": include_sched }),
    )
}

/// `importPackage`: `false` when no collection is open.
pub fn import_package(path: &str) -> Call<bool> {
    Call::new("importPackage", json!({ "path": path }))
}

/// `multi` (versions and keys of inner actions are added when the envelope is built): one reply
/// per inner action, each `{result, error}`; `T` is what the caller reads each as (`Value` for
/// the user's own batch), since the shape depends on the inner actions.
pub fn multi<T>(actions: Vec<Value>) -> Call<Vec<T>> {
    Call::new("multi", json!({ "actions": actions }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                version().to_json(),
                json!({"action": "version", "version": 6}),
            ),
            (
                request_permission().to_json(),
                json!({"action": "requestPermission", "version": 6}),
            ),
            (
                api_reflect_actions().to_json(),
                json!({"action": "apiReflect", "version": 6, "params": {"scopes": ["actions"], "actions": null}}),
            ),
            (
                get_profiles().to_json(),
                json!({"action": "getProfiles", "version": 6}),
            ),
            (
                get_active_profile().to_json(),
                json!({"action": "getActiveProfile", "version": 6}),
            ),
            (
                load_profile("user1").to_json(),
                json!({"action": "loadProfile", "version": 6, "params": {"name": "user1"}}),
            ),
            (sync().to_json(), json!({"action": "sync", "version": 6})),
            (
                reload_collection().to_json(),
                json!({"action": "reloadCollection", "version": 6}),
            ),
            (
                export_package("Default", "/data/Deck.apkg", true).to_json(),
                json!({"action": "exportPackage", "version": 6, "params": {"deck": "Default", "path": "/data/Deck.apkg", "includeSched": true}}),
            ),
            (
                import_package("/data/Deck.apkg").to_json(),
                json!({"action": "importPackage", "version": 6, "params": {"path": "/data/Deck.apkg"}}),
            ),
            (
                multi::<Value>(vec![
                    json!({"action": "deckNames"}),
                    json!({"action": "deckNames", "version": 6}),
                ])
                .to_json(),
                json!({"action": "multi", "version": 6, "params": {"actions": [{"action": "deckNames", "version": 6}, {"action": "deckNames", "version": 6}]}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req, expected, "{}", expected["action"]);
        }
    }

    #[test]
    fn permission_replies_decode_in_both_spellings_and_when_denied() {
        let add_on: Permission = serde_json::from_value(
            json!({"permission": "granted", "requireApikey": true, "version": 6}),
        )
        .unwrap();
        assert_eq!(add_on.require_api_key, Some(true));
        let readme: Permission =
            serde_json::from_value(json!({"permission": "granted", "requireApiKey": false}))
                .unwrap();
        assert_eq!(readme.require_api_key, Some(false));
        let denied: Permission = serde_json::from_value(json!({"permission": "denied"})).unwrap();
        assert_eq!((denied.require_api_key, denied.version), (None, None));
    }
}
