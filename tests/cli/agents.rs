//! What agents rely on: `-o json` is the add-on's own `result` (compared with `anki-cli api`),
//! a partly failed batch still prints its per-item result, and every failure has a JSON form.

use crate::anki::Anki;
use crate::common::{cmd, q};
use serde_json::{json, Value};

fn parse(stdout: &str, line: &str) -> Value {
    serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("`{line}` printed no JSON ({e}): {stdout:?}"))
}

/// What `anki-cli LINE -o json` prints, as JSON.
fn json_of(b: &Anki, line: &str, code: i32) -> Value {
    parse(&cmd(&b.url, &format!("{line} -o json"), code).stdout, line)
}

/// What `anki-cli api ACTION --params PARAMS` prints: the add-on's raw result.
fn raw(b: &Anki, action: &str, params: Value) -> Value {
    let line = format!("api {action} --params {}", q(params.to_string()));
    parse(&cmd(&b.url, &line, 0).stdout, &line)
}

#[test]
fn json_output_is_the_add_on_result_of_each_single_action_command() {
    let b = Anki::shared();
    let deck = "agents_json";
    b.call("createDeck", json!({ "deck": deck }));
    let note = json!({"deckName": deck, "modelName": "Basic",
        "fields": {"Front": "agents_json_front", "Back": "b"}, "tags": ["agents_json_tag"]});
    let nid = b.call("addNote", json!({ "note": note }));
    let cid = b.call("findCards", json!({"query": format!("nid:{nid}")}))[0].clone();
    let query = format!("deck:{deck}");
    let cases: Vec<(String, &str, Value)> = vec![
        ("version".into(), "version", json!({})),
        ("deck list".into(), "deckNamesAndIds", json!({})),
        ("deck list --names".into(), "deckNames", json!({})),
        (
            format!("deck create {deck}"),
            "createDeck",
            json!({"deck": deck}),
        ),
        (
            format!("deck config get {deck}"),
            "getDeckConfig",
            json!({"deck": deck}),
        ),
        (
            format!("deck stats {deck}"),
            "getDeckStats",
            json!({"decks": [deck]}),
        ),
        (
            format!("deck of-cards {cid}"),
            "getDecks",
            json!({"cards": [cid]}),
        ),
        (
            format!("note find {query}"),
            "findNotes",
            json!({"query": query}),
        ),
        (
            format!("card find {query}"),
            "findCards",
            json!({"query": query}),
        ),
        (
            format!("card ease {cid}"),
            "getEaseFactors",
            json!({"cards": [cid]}),
        ),
        (
            format!("card notes {cid}"),
            "cardsToNotes",
            json!({"cards": [cid]}),
        ),
        (format!("tag of {nid}"), "getNoteTags", json!({"note": nid})),
        ("tag list".into(), "getTags", json!({})),
        ("model list".into(), "modelNamesAndIds", json!({})),
        ("model list --names".into(), "modelNames", json!({})),
        (
            "model css get Basic".into(),
            "modelStyling",
            json!({"modelName": "Basic"}),
        ),
        ("profile list".into(), "getProfiles", json!({})),
        ("profile current".into(), "getActiveProfile", json!({})),
        ("stats today".into(), "getNumCardsReviewedToday", json!({})),
        (
            "stats html".into(),
            "getCollectionStatsHTML",
            json!({"wholeCollection": true}),
        ),
    ];
    for (line, action, params) in cases {
        // Other tests change the shared collection (decks, tags, reviews) at the same time: a
        // difference counts only if it stays over a few tries.
        let mut tries = 0;
        loop {
            let (ours, theirs) = (json_of(b, &line, 0), raw(b, action, params.clone()));
            tries += 1;
            if ours == theirs || tries == 5 {
                assert_eq!(ours, theirs, "{line} vs {action}");
                break;
            }
        }
    }

    // Actions that return a bare number print it bare, as the add-on does.
    let added = json_of(
        b,
        &format!("note add -d {deck} -m Basic -f Front=agents_json_2 -f Back=b"),
        0,
    );
    let raw_added = raw(
        b,
        "addNote",
        json!({"note": {"deckName": deck, "modelName": "Basic",
            "fields": {"Front": "agents_json_3", "Back": "b"}}}),
    );
    assert!(added.is_i64() && raw_added.is_i64(), "{added} {raw_added}");
    let cloned = json_of(b, "deck config clone agents_json_group --from 1", 0);
    let raw_cloned = raw(
        b,
        "cloneDeckConfigId",
        json!({"name": "agents_json_group2", "cloneFrom": 1}),
    );
    assert!(
        cloned.is_i64() && raw_cloned.is_i64(),
        "{cloned} {raw_cloned}"
    );
    assert!(json_of(b, "stats html", 0).is_string());
}

#[test]
fn a_partly_failed_batch_prints_its_per_item_result_and_exits_5() {
    let b = Anki::shared();
    let deck = "agents_partial";
    b.call("createDeck", json!({ "deck": deck }));
    let note = json!({"deckName": deck, "modelName": "Basic",
        "fields": {"Front": "agents_partial_front", "Back": "b"}});
    let nid = b.call("addNote", json!({ "note": note }));
    let cid = b.call("findCards", json!({"query": format!("nid:{nid}")}))[0]
        .as_i64()
        .expect("a card");
    let r = cmd(&b.url, &format!("card set-ease 4100 {cid} 123 -o json"), 5);
    assert_eq!(parse(&r.stdout, "set-ease"), json!([true, false]));
    assert!(r.stderr.contains("123"), "{}", r.stderr);
    let r = cmd(&b.url, &format!("card answer 123:2 {cid}:3 -o json"), 5);
    assert_eq!(parse(&r.stdout, "answer"), json!([false, true]));
    assert!(r.stderr.contains("123"), "{}", r.stderr);
}

/// The one JSON object a failure prints on stderr.
fn error_of(stderr: &str) -> Value {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line on stderr: {stderr}");
    let value: Value = serde_json::from_str(lines[0]).expect("a JSON error");
    for key in ["code", "kind", "message", "hints", "action", "rows"] {
        assert!(value["error"].get(key).is_some(), "no {key}: {value}");
    }
    value["error"].clone()
}

#[test]
fn with_json_output_every_failure_is_one_json_object_on_stderr() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<(String, i32, &str, Option<&str>)> = vec![
        ("deck list --no-such-flag -o json".into(), 2, "usage", None),
        (
            "note add -d agents_no_such_deck -m Basic -f Front=x -o json".into(),
            1,
            "not_found",
            None,
        ),
        ("note delete 1 -o json".into(), 2, "consent_needed", None),
        (
            "api noSuchAction -o json".into(),
            1,
            "unsupported_action",
            None,
        ),
        (
            "version --url http://127.0.0.1:9 -o json".into(),
            3,
            "connection",
            None,
        ),
        ("card set-ease 2500 123 -o json".into(), 5, "partial", None),
    ];
    for (line, code, kind, action) in cases {
        let r = cmd(&b.url, &line, code);
        let err = error_of(&r.stderr);
        assert_eq!(err["kind"], kind, "{line}: {err}");
        assert_eq!(err["code"], code, "{line}: {err}");
        if let Some(action) = action {
            assert_eq!(err["action"], action, "{line}");
        }
    }
    // ANKI_CLI_ERRORS=json asks for it whatever the output format.
    let r = crate::common::exits(
        crate::common::cli(&b.url).env("ANKI_CLI_ERRORS", "json"),
        "deck delete agents_nothing",
        None,
        2,
    );
    assert_eq!(error_of(&r.stderr)["kind"], "consent_needed");

    // An import lists its rows that did not go in, with row, column and reason.
    let file = crate::common::write_file(
        dir.path(),
        "rows.csv",
        "Front,Back,deck\nagents_rows_1,b,agents_rows_missing\nagents_rows_2,b,Default\n",
    );
    let r = cmd(
        &b.url,
        &format!("note import {} -m Basic -o json", q(&file)),
        2,
    );
    let err = error_of(&r.stderr);
    assert_eq!(err["kind"], "usage", "{err}");
    assert_eq!(err["rows"][0]["row"], 2, "{err}");
    assert!(
        err["rows"][0]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("agents_rows_missing")),
        "{err}"
    );
}
