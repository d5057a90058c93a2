//! GUI commands: request shapes and rendering with a stub (no headless Anki can run them),
//! and the error path against the real backend.

use std::time::Duration;

use crate::anki::Anki;
use crate::common::{cli, expect, http_response, run, Stub};
use serde_json::{json, Value};

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn stub(result: Value) -> Stub {
    Stub::start(Some(leak(http_response(
        "200 OK",
        &json!({"result": result, "error": null}).to_string(),
    ))))
}

fn sent(stub: &Stub) -> Value {
    serde_json::from_str(
        &stub
            .bodies
            .recv_timeout(Duration::from_secs(5))
            .expect("a request"),
    )
    .unwrap()
}

#[test]
fn browse_sends_query_and_sort_and_prints_card_ids() {
    let s = stub(json!([1494723142483_i64, 1494703460437_i64]));
    let r = expect(
        &s.url,
        &[
            "gui",
            "browse",
            "deck:current",
            "--sort",
            "noteCrt",
            "--order",
            "descending",
        ],
        0,
    );
    assert_eq!(r.stdout, "1494723142483\n1494703460437\n");
    assert_eq!(
        sent(&s),
        json!({"action": "guiBrowse", "version": 6, "params": {"query": "deck:current", "reorderCards": {"columnId": "noteCrt", "order": "descending"}}})
    );
}

#[test]
fn current_card_is_a_readable_view() {
    let card = json!({
        "answer": "back content", "question": "<style>.card{}</style>front content", "deckName": "Default",
        "modelName": "Basic", "fieldOrder": 0, "fields": {}, "template": "Forward", "cardId": 1498938915662_i64,
        "buttons": [1, 2, 3], "nextReviews": ["<1m", "<10m", "4d"], "css": ""
    });
    let s = stub(card.clone());
    let r = run(
        cli(&s.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["gui", "current"],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    for expected in [
        "front content",
        "Basic (Forward)",
        "good (4d)",
        "1498938915662",
    ] {
        assert!(r.stdout.contains(expected), "{expected} in {}", r.stdout);
    }
    assert!(!r.stdout.contains("<style>"));
    let piped = stub(card.clone());
    let r = expect(&piped.url, &["gui", "current"], 0);
    assert_eq!(serde_json::from_str::<Value>(&r.stdout).unwrap(), card);
}

#[test]
fn add_dialog_gets_the_note_flags() {
    let s = stub(json!(1496198395707_i64));
    let dir = tempfile::tempdir().unwrap();
    let cfg = crate::common::write_file(dir.path(), "c.toml", "");
    let r = run(
        cli(&s.url).env("ANKI_CLI_CONFIG", &cfg),
        &[
            "--dry-run",
            "gui",
            "add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=chat",
            "-t",
            "a b",
        ],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let req: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        req,
        json!({"action": "guiAddCards", "version": 6, "params": {"note": {"deckName": "Default", "modelName": "Basic", "fields": {"Front": "chat"}, "tags": ["a", "b"]}}})
    );
    let empty = expect(&s.url, &["gui", "add"], 0);
    assert_eq!(empty.stdout, "1496198395707\n");
    assert_eq!(sent(&s), json!({"action": "guiAddCards", "version": 6}));
}

#[test]
fn add_set_data_reports_a_closed_dialog() {
    let s = stub(json!({"error": "Add Note dialog is not open", "code": 1}));
    let r = expect(&s.url, &["gui", "add-set", "-f", "Front=x", "--append"], 1);
    assert!(
        r.stderr.contains("Add Note dialog is not open"),
        "{}",
        r.stderr
    );
    assert_eq!(
        sent(&s)["params"],
        json!({"note": {"fields": {"Front": "x"}}, "append": true})
    );
}

#[test]
fn answer_and_false_results() {
    let ok = stub(json!(true));
    expect(&ok.url, &["gui", "answer", "good"], 0);
    assert_eq!(sent(&ok)["params"], json!({"ease": 3}));
    let no = stub(json!(false));
    let r = expect(&no.url, &["gui", "answer", "again"], 1);
    assert!(r.stderr.contains("cannot answer"), "{}", r.stderr);
    let deck = stub(json!(false));
    let r = expect(&deck.url, &["gui", "review", "Nope"], 1);
    assert!(
        r.stderr.contains("deck was not found: Nope"),
        "{}",
        r.stderr
    );
}

#[test]
fn every_gui_command_sends_its_action() {
    let cases: &[(&[&str], &str)] = &[
        (&["gui", "select", "5"], "guiSelectCard"),
        (&["gui", "select-note", "5"], "guiSelectNote"),
        (&["gui", "selected"], "guiSelectedNotes"),
        (&["gui", "edit", "5"], "guiEditNote"),
        (&["gui", "reviewing"], "guiReviewActive"),
        (&["gui", "start-timer"], "guiStartCardTimer"),
        (&["gui", "show-question"], "guiShowQuestion"),
        (&["gui", "show-answer"], "guiShowAnswer"),
        (&["gui", "play-audio"], "guiPlayAudio"),
        (&["gui", "undo"], "guiUndo"),
        (&["gui", "deck", "Default"], "guiDeckOverview"),
        (&["gui", "decks"], "guiDeckBrowser"),
        (&["gui", "import", "/tmp/x.txt"], "guiImportFile"),
        (&["gui", "exit"], "guiExitAnki"),
        (&["gui", "check-database"], "guiCheckDatabase"),
    ];
    for (args, action) in cases {
        let s = stub(json!(true));
        expect(&s.url, args, 0);
        assert_eq!(sent(&s)["action"], *action, "{args:?}");
    }
}

#[test]
fn the_headless_backend_refuses_gui_actions() {
    let b = Anki::shared();
    let r = expect(&b.url, &["gui", "browse", "deck:Default"], 1);
    assert!(
        r.stderr.contains("guiBrowse") && r.stderr.contains("headless"),
        "{}",
        r.stderr
    );
}
