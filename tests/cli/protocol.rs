//! The test backend speaks AnkiConnect's protocol as the add-on does.

use crate::anki::{Anki, Options};
use serde_json::json;

#[test]
fn version_6_wraps_results_and_version_4_or_none_returns_them_bare() {
    let b = Anki::shared();
    assert_eq!(
        b.raw(r#"{"action":"deckNames","version":6}"#),
        json!({"result": ["Default"], "error": null})
    );
    assert_eq!(
        b.raw(r#"{"action":"deckNames","version":4}"#),
        json!(["Default"])
    );
    assert_eq!(
        b.raw(r#"{"action":"deckNames"}"#),
        json!(["Default"]),
        "a missing version means 4"
    );
    assert_eq!(
        b.raw(r#"{"action":"nope"}"#),
        json!({"result": null, "error": "unsupported action"}),
        "errors keep the envelope even for version 4"
    );
}

#[test]
fn errors_use_the_add_on_texts() {
    let b = Anki::shared();
    let reply = b.raw(r#"{"action":"deckNameFromId","version":6,"params":{}}"#);
    assert!(
        reply["error"].as_str().unwrap().contains("deckId"),
        "{reply}"
    );
    let reply = b.raw(r#"{"action":"addNote","version":6,"params":{"note":{"deckName":"Nope","modelName":"Basic","fields":{}}}}"#);
    assert_eq!(reply["error"], "deck was not found: Nope");
    let reply = b.raw(r#"{"action":"guiBrowse","version":6,"params":{"query":"x"}}"#);
    assert!(
        reply["error"].as_str().unwrap().contains("headless"),
        "{reply}"
    );
    let reply = b.raw("not json");
    assert!(
        reply["error"].is_string() && reply["result"].is_null(),
        "{reply}"
    );
}

#[test]
fn multi_runs_inner_actions_with_their_own_versions() {
    let b = Anki::shared();
    let reply = b.call(
        "multi",
        json!({"actions": [
            {"action": "deckNames"},
            {"action": "deckNames", "version": 6},
            {"action": "nope", "version": 6}
        ]}),
    );
    assert_eq!(
        reply,
        json!([["Default"], {"result": ["Default"], "error": null}, {"result": null, "error": "unsupported action"}])
    );
}

#[test]
fn key_is_checked_on_every_action_but_request_permission() {
    let b = Anki::start(Options::key("k"));
    let denied = b.raw(r#"{"action":"version","version":6}"#);
    assert_eq!(denied["error"], "valid api key must be provided");
    assert_eq!(
        b.raw(r#"{"action":"version","version":6,"key":"k"}"#)["result"],
        6
    );
    let perm = b.raw(r#"{"action":"requestPermission","version":6}"#);
    assert_eq!(
        perm["result"],
        json!({"permission": "granted", "requireApikey": true, "version": 6})
    );
}

#[test]
fn foreign_origins_get_403_and_an_empty_body_gets_the_banner() {
    let b = Anki::shared();
    let (status, _) = b.raw_http(
        r#"{"action":"version","version":6}"#,
        "Origin: http://evil.example\r\n",
    );
    assert!(status.contains("403"), "{status}");
    let (status, body) = b.raw_http(
        r#"{"action":"version","version":6}"#,
        "Origin: http://localhost\r\n",
    );
    assert!(
        status.contains("200") && body.contains("\"result\": 6"),
        "{status} {body}"
    );
    let (_, banner) = b.raw_http("", "");
    assert!(banner.contains("AnkiConnect v.6"), "{banner}");
}
