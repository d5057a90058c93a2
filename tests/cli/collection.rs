//! Profiles, sync, packages, reload, multi and the doctor against the real backend.

use crate::anki::{Anki, Options};
use crate::common::{cli, expect, run, write_file};
use serde_json::{json, Value};

#[test]
fn profiles_list_current_load_and_the_global_flag() {
    let b = Anki::shared();
    assert_eq!(
        expect(&b.url, &["profile", "list"], 0).stdout.trim(),
        "[\"User 1\"]"
    );
    assert_eq!(
        expect(&b.url, &["profile", "current"], 0).stdout.trim(),
        "\"User 1\""
    );
    expect(&b.url, &["profile", "load", "User 1"], 0);
    let r = expect(&b.url, &["profile", "load", "Nobody"], 1);
    assert!(
        r.stderr.contains("no profile named 'Nobody'"),
        "{}",
        r.stderr
    );
    expect(&b.url, &["--profile", "User 1", "deck", "list"], 0);
    let r = expect(&b.url, &["--profile", "Nobody", "deck", "create", "X"], 1);
    assert!(r.stderr.contains("Nobody"), "{}", r.stderr);
    assert_eq!(
        b.call("deckNames", json!({})),
        json!(["Default"]),
        "the command did not run"
    );
}

#[test]
fn sync_explains_the_not_logged_in_error() {
    let b = Anki::shared();
    let r = expect(&b.url, &["sync"], 1);
    assert!(
        r.stderr.contains("sync: auth not configured") && r.stderr.contains("log in"),
        "{}",
        r.stderr
    );
}

#[test]
fn packages_export_and_import_round_trip() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "Shared"}));
    let note = json!({"deckName": "Shared", "modelName": "Basic", "fields": {"Front": "exported"}});
    b.call("addNote", json!({ "note": note }));
    let dir = tempfile::tempdir().unwrap();
    let apkg = dir.path().join("shared.apkg");
    expect(
        &b.url,
        &[
            "package",
            "export",
            "Shared",
            apkg.to_str().unwrap(),
            "--with-scheduling",
        ],
        0,
    );
    assert!(apkg.metadata().unwrap().len() > 0);
    let r = expect(
        &b.url,
        &["package", "export", "Nope", apkg.to_str().unwrap()],
        1,
    );
    assert!(r.stderr.contains("deck was not found: Nope"));

    let other = Anki::shared();
    expect(
        &other.url,
        &["package", "import", apkg.to_str().unwrap()],
        0,
    );
    assert_eq!(
        other
            .call("findNotes", json!({"query": "front:exported"}))
            .as_array()
            .unwrap()
            .len(),
        1
    );
    expect(&other.url, &["reload"], 0);
}

#[test]
fn multi_adds_versions_and_keys_and_marks_failures() {
    let b = Anki::start(Options::key("k"));
    let dir = tempfile::tempdir().unwrap();
    let batch = write_file(dir.path(), "batch.jsonl", "{\"action\": \"deckNames\"}\n{\"action\": \"createDeck\", \"params\": {\"deck\": \"M\"}}\n{\"action\": \"nope\"}\n");
    let r = run(
        cli(&b.url).env("ANKI_CLI_KEY", "k"),
        &["multi", batch.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, Some(5), "{}", r.stderr);
    let results: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        results[0],
        json!({"result": ["Default"], "error": null}),
        "inner version 6 gives envelopes"
    );
    assert!(
        results[1]["result"].as_i64().is_some(),
        "inner key accepted: {results}"
    );
    assert_eq!(results[2]["error"], "unsupported action");
    assert!(r.stderr.contains("1 of 3 actions failed"), "{}", r.stderr);

    let tty = run(
        cli(&b.url)
            .env("ANKI_CLI_KEY", "k")
            .env("ANKI_CLI_FORCE_TTY", "1"),
        &["multi", "-"],
        Some("[{\"action\": \"version\"}]"),
    );
    assert_eq!(tty.code, Some(0), "{}", tty.stderr);
    assert!(
        tty.stdout.contains("version") && tty.stdout.contains("ok"),
        "{}",
        tty.stdout
    );
    let bad = expect(&b.url, &["multi", "-"], 2);
    assert!(
        bad.stderr.contains("no actions") || bad.stderr.contains("stdin"),
        "{}",
        bad.stderr
    );
}

#[test]
fn doctor_reports_profile_and_every_action_supported() {
    let b = Anki::shared();
    let report: Value = serde_json::from_str(&expect(&b.url, &["doctor"], 0).stdout).unwrap();
    assert_eq!(report["profile"], "User 1");
    assert_eq!(
        report["missingActions"],
        json!([]),
        "the backend knows all 122 actions"
    );
}
