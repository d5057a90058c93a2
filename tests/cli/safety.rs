//! Safety and honesty (issue 12, items 3 and 4): no data loss without --yes, on the real add-on,
//! and no reply of the wrong shape passed off as success (an in-process stub, since the real
//! add-on never sends one).

use std::path::Path;

use serde_json::json;

use crate::anki::{Anki, Options};
use crate::common::{cli, cmd, expect, http_response, q, run, Stub};
use anki_cli::commands::safety::DESTRUCTIVE;

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// A stub that answers every action with `{"result": RESULT, "error": null}`.
fn answering(result: &str) -> Stub {
    let body = format!("{{\"result\": {result}, \"error\": null}}");
    Stub::start(Some(leak(http_response("200 OK", &body))))
}

#[test]
fn wrong_typed_replies_exit_3_and_write_no_file() {
    let stub = answering("42");
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name);
    let batch = dir.path().join("batch.json");
    std::fs::write(&batch, r#"[{"action": "deckNames"}]"#).unwrap();
    let out = |name: &str| file(name).display().to_string();
    // (arguments, the action whose reply is wrong, a file the command must not write)
    let cases: Vec<(Vec<String>, &str, Option<String>)> = vec![
        (
            vec![
                "note",
                "export",
                "--query",
                "deck:x",
                "--out",
                &out("notes.csv"),
            ],
            "findNotes",
            Some(out("notes.csv")),
        ),
        (
            vec!["note", "export", "--query", "deck:x"],
            "findNotes",
            None,
        ),
        (vec!["note", "find", "deck:x"], "findNotes", None),
        (vec!["note", "info", "1"], "notesInfo", None),
        (vec!["note", "mod-time", "1"], "notesModTime", None),
        (
            vec![
                "note", "add", "-d", "Default", "-m", "Basic", "-f", "Front=x",
            ],
            "modelFieldNames",
            None,
        ),
        (vec!["card", "find", "deck:x"], "findCards", None),
        (vec!["card", "info", "1"], "cardsInfo", None),
        (vec!["card", "ease", "1"], "getEaseFactors", None),
        (vec!["card", "suspend", "1"], "areSuspended", None),
        (vec!["deck", "list"], "deckNamesAndIds", None),
        (vec!["deck", "list", "--names"], "deckNames", None),
        (vec!["deck", "stats"], "deckNamesAndIds", None),
        (vec!["deck", "name", "5"], "deckNameFromId", None),
        (
            vec!["deck", "config", "get", "Default"],
            "getDeckConfig",
            None,
        ),
        (vec!["stats", "by-day"], "getNumCardsReviewedByDay", None),
        (vec!["stats", "reviews", "Default"], "deckNames", None),
        (
            vec!["stats", "card-reviews", "1"],
            "getReviewsOfCards",
            None,
        ),
        (
            vec!["stats", "html", "--out", &out("stats.html")],
            "getCollectionStatsHTML",
            Some(out("stats.html")),
        ),
        (vec!["model", "list"], "modelNamesAndIds", None),
        (vec!["model", "show", "Basic"], "findModelsByName", None),
        (
            vec!["model", "field", "list", "Basic"],
            "modelFieldNames",
            None,
        ),
        (
            vec!["model", "css", "get", "Basic", "--out", &out("basic.css")],
            "modelStyling",
            Some(out("basic.css")),
        ),
        (vec!["tag", "list"], "getTags", None),
        (vec!["tag", "add", "t", "1"], "addTags", None),
        (vec!["media", "list"], "getMediaFilesNames", None),
        (vec!["media", "dir"], "getMediaDirPath", None),
        (
            vec!["media", "get", "cat.jpg", "--out", &out("cat.jpg")],
            "retrieveMediaFile",
            Some(out("cat.jpg")),
        ),
        (vec!["profile", "list"], "getProfiles", None),
        (vec!["status"], "requestPermission", None),
        (vec!["multi", &batch.display().to_string()], "multi", None),
    ]
    .into_iter()
    .map(|(args, action, file)| (args.into_iter().map(String::from).collect(), action, file))
    .collect();
    for (args, action, file) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = expect(&stub.url, &args, 3);
        let message = format!("unexpected reply from AnkiConnect to {action}: 42");
        assert!(r.stderr.contains(&message), "{args:?}: {}", r.stderr);
        assert!(
            r.stdout.is_empty(),
            "{args:?} printed nothing: {}",
            r.stdout
        );
        if let Some(file) = file {
            assert!(
                !Path::new(file).exists(),
                "{args:?} wrote {file} from a wrong reply"
            );
        }
    }
    assert!(
        std::fs::read_dir(dir.path()).unwrap().count() == 1,
        "only the batch file is there"
    );
}

#[test]
fn a_huge_wrong_reply_is_cut_to_about_200_characters() {
    let huge = format!("\"{}\"", "x".repeat(5_000_000));
    let stub = answering(&huge);
    for args in [vec!["note", "find", "deck:x"], vec!["deck", "list"]] {
        let r = expect(&stub.url, &args, 3);
        assert!(
            r.stderr.contains("unexpected reply from AnkiConnect to") && r.stderr.contains("xxx…"),
            "{args:?}: {}",
            &r.stderr[..r.stderr.len().min(500)]
        );
        assert!(
            r.stderr.len() < 600,
            "{args:?}: {} bytes of stderr",
            r.stderr.len()
        );
    }
    // A reply one entry short is not AnkiConnect's either.
    let stub = answering("[]");
    let r = cmd(&stub.url, "card ease 1 2", 3);
    assert!(
        r.stderr.contains("getEaseFactors: []") && r.stderr.contains("expected 2 entries"),
        "{}",
        r.stderr
    );
}

/// What the refusal tests set up on an Anki of their own.
struct Setup {
    note: i64,
    card: i64,
    config: i64,
    push_dir: tempfile::TempDir,
    apkg: String,
    _apkg_dir: tempfile::TempDir,
}

fn set_up(b: &Anki) -> Setup {
    b.call("createDeck", json!({"deck": "safety::Deck"}));
    let note = b
        .call(
            "addNote",
            json!({"note": {"deckName": "safety::Deck", "modelName": "Basic",
                        "fields": {"Front": "safety front", "Back": "safety back"},
                        "tags": ["safety_tag"]}}),
        )
        .as_i64()
        .unwrap();
    let card = b.call("findCards", json!({"query": format!("nid:{note}")}))[0]
        .as_i64()
        .unwrap();
    let config = b
        .call("cloneDeckConfigId", json!({"name": "safety config"}))
        .as_i64()
        .unwrap();
    b.call(
        "storeMediaFile",
        json!({"filename": "safety_file.txt", "data": "aGVsbG8="}),
    );
    b.call(
        "createModel",
        json!({"modelName": "safety::Model", "inOrderFields": ["Front", "Back", "Extra"],
               "cardTemplates": [{"Name": "Card 1", "Front": "{{Front}}", "Back": "{{Back}}"},
                                 {"Name": "Card 2", "Front": "{{Back}}", "Back": "{{Front}}"}]}),
    );
    b.call(
        "createModel",
        json!({"modelName": "safety::Push", "inOrderFields": ["Word", "Meaning", "Old"],
               "cardTemplates": [{"Name": "Card 1", "Front": "{{Word}}", "Back": "{{Meaning}}"}]}),
    );
    // A pulled folder whose plan removes the field Old.
    let push_dir = tempfile::tempdir().unwrap();
    let folder = push_dir.path().to_str().unwrap();
    cmd(
        &b.url,
        &format!("model pull safety::Push {} --force", q(folder)),
        0,
    );
    let manifest_path = push_dir.path().join("note-type.toml");
    let mut manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    manifest
        .get_mut("fields")
        .and_then(toml::Value::as_array_mut)
        .unwrap()
        .retain(|f| f.get("name").and_then(toml::Value::as_str) != Some("Old"));
    std::fs::write(&manifest_path, toml::to_string(&manifest).unwrap()).unwrap();
    let apkg_dir = tempfile::tempdir().unwrap();
    let apkg = apkg_dir.path().join("safety.apkg").display().to_string();
    assert_eq!(
        b.call(
            "exportPackage",
            json!({"deck": "safety::Deck", "path": apkg, "includeSched": false})
        ),
        true
    );
    Setup {
        note,
        card,
        config,
        push_dir,
        apkg,
        _apkg_dir: apkg_dir,
    }
}

/// Every destructive command with arguments that make it destroy something, and the action that
/// does it (what a dry run shows; `model push` must read the note type first).
fn destructive_cases(s: &Setup) -> Vec<(&'static str, Vec<String>, &'static str)> {
    let (note, card, config) = (s.note.to_string(), s.card.to_string(), s.config.to_string());
    let push = s.push_dir.path().display().to_string();
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            "card set",
            vec!["card", "set", &card, "due=5"],
            "setSpecificValueOfCard",
        ),
        ("card forget", vec!["card", "forget", &card], "forgetCards"),
        (
            "card relearn",
            vec!["card", "relearn", &card],
            "relearnCards",
        ),
        (
            "note update-model",
            vec![
                "note",
                "update-model",
                &note,
                "-m",
                "Basic (and reversed card)",
                "-f",
                "Front=safety new front",
                "-f",
                "Back=safety new back",
            ],
            "updateNoteModel",
        ),
        (
            "media delete",
            vec!["media", "delete", "safety_file.txt"],
            "deleteMediaFile",
        ),
        (
            "model field remove",
            vec!["model", "field", "remove", "safety::Model", "Extra"],
            "modelFieldRemove",
        ),
        (
            "model template remove",
            vec!["model", "template", "remove", "safety::Model", "Card 2"],
            "modelTemplateRemove",
        ),
        ("model push", vec!["model", "push", &push], "findModelsById"),
        (
            "deck config remove",
            vec!["deck", "config", "remove", &config],
            "removeDeckConfigId",
        ),
        ("note delete", vec!["note", "delete", &note], "deleteNotes"),
        (
            "deck delete",
            vec!["deck", "delete", "safety::Deck"],
            "deleteDecks",
        ),
        (
            "package import",
            vec!["package", "import", &s.apkg],
            "importPackage",
        ),
        (
            "note remove-empty",
            vec!["note", "remove-empty"],
            "removeEmptyNotes",
        ),
    ];
    cases
        .into_iter()
        .map(|(c, args, action)| (c, args.into_iter().map(String::from).collect(), action))
        .collect()
}

/// The actions `b` served since `before` requests.
fn served_since(b: &Anki, before: usize) -> Vec<String> {
    b.served()
        .into_iter()
        .skip(before)
        .map(|s| s.action)
        .collect()
}

/// What a plan-dependent command may read before it refuses.
const READS: &[&str] = &[
    "findModelsById",
    "findModelsByName",
    "modelNames",
    "modelNamesAndIds",
    "modelFieldNames",
    "modelTemplates",
    "modelStyling",
    "modelFieldsOnTemplates",
];

#[test]
fn destructive_commands_need_yes_and_send_nothing_without_it() {
    let b = Anki::start(Options::default());
    let setup = set_up(&b);
    let cases = destructive_cases(&setup);
    let mut listed: Vec<&str> = cases.iter().map(|(c, _, _)| *c).collect();
    listed.sort();
    let mut table: Vec<&str> = DESTRUCTIVE.iter().map(|d| d.command).collect();
    table.sort();
    assert_eq!(
        listed, table,
        "every command of DESTRUCTIVE has a case here"
    );

    let model_before = b.call("findModelsByName", json!({"modelNames": ["safety::Push"]}));
    let note_before = b.call("notesInfo", json!({"notes": [setup.note]}));
    for (command, args, action) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // Off a terminal, without --yes: exit 2, and nothing (but reads, for a plan) was sent.
        let before = b.served().len();
        let r = expect(&b.url, &args, 2);
        assert!(r.stderr.contains("pass --yes"), "{command}: {}", r.stderr);
        let sent = served_since(&b, before);
        if *command == "model push" {
            assert!(
                sent.iter().all(|a| READS.contains(&a.as_str()))
                    && r.stderr.contains("remove field 'Old'"),
                "{command} only read the note type and showed the removal: {sent:?}\n{}",
                r.stderr
            );
        } else {
            assert!(sent.is_empty(), "{command} sent {sent:?} without --yes");
        }

        // A dry run shows the request and sends nothing, without --yes.
        let mut dry = vec!["--dry-run"];
        dry.extend(&args);
        let before = b.served().len();
        let r = expect(&b.url, &dry, 0);
        assert!(
            r.stdout.contains(&format!("\"action\": \"{action}\"")),
            "{command} --dry-run: {}",
            r.stdout
        );
        let sent = served_since(&b, before);
        assert!(sent.is_empty(), "{command} --dry-run sent {sent:?}");
    }
    assert_eq!(
        b.call("notesInfo", json!({"notes": [setup.note]})),
        note_before,
        "note update-model without --yes changed nothing"
    );
    assert_eq!(
        b.call("findModelsByName", json!({"modelNames": ["safety::Push"]})),
        model_before
    );
    assert_eq!(
        b.call("getMediaFilesNames", json!({"pattern": "safety_file.txt"})),
        json!(["safety_file.txt"])
    );

    // On a terminal the command asks, naming what is lost; "n" changes nothing.
    let update = &cases
        .iter()
        .find(|(c, _, _)| *c == "note update-model")
        .unwrap()
        .1;
    let update: Vec<&str> = update.iter().map(String::as_str).collect();
    let before = b.served().len();
    let r = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &update,
        Some("n\n"),
    );
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("from 'Basic' to 'Basic (and reversed card)'")
            && r.stderr.contains("(Front, Back)")
            && r.stderr.contains("cancelled; nothing was changed"),
        "{}",
        r.stderr
    );
    let sent = served_since(&b, before);
    assert!(
        !sent.contains(&"updateNoteModel".to_string()),
        "declined, yet sent: {sent:?}"
    );
    assert_eq!(
        b.call("notesInfo", json!({"notes": [setup.note]})),
        note_before
    );

    // Ordinary edits stay scriptable without --yes.
    let card = setup.card.to_string();
    cmd(&b.url, &format!("card set {card} flags=2"), 0);
    let ordinary = tempfile::tempdir().unwrap();
    let folder = ordinary.path().to_str().unwrap();
    cmd(
        &b.url,
        &format!("model pull safety::Push {} --force", q(folder)),
        0,
    );
    std::fs::write(ordinary.path().join("style.css"), ".card { color: red }").unwrap();
    cmd(&b.url, &format!("model push {}", q(folder)), 0);
    assert_eq!(
        b.call("modelStyling", json!({"modelName": "safety::Push"}))["css"],
        ".card { color: red }"
    );

    // With --yes each one goes ahead (so the refusals above were the rule, not bad arguments).
    for (command, args, _) in &cases {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.push("--yes");
        expect(&b.url, &args, 0);
        if *command == "note update-model" {
            let note = &b.call("notesInfo", json!({"notes": [setup.note]}))[0];
            assert_eq!(note["modelName"], "Basic (and reversed card)", "{note}");
        }
        if *command == "model push" {
            assert_eq!(
                b.call("modelFieldNames", json!({"modelName": "safety::Push"})),
                json!(["Word", "Meaning"])
            );
        }
    }
    assert_eq!(
        b.call("findNotes", json!({"query": "tag:safety_tag"}))
            .as_array()
            .map(Vec::len),
        Some(1),
        "package import brought the deleted note back"
    );
}

#[test]
fn a_refused_destructive_command_sends_no_request_at_all() {
    // The gate comes before every request, even a look-up: nothing reaches the server at all.
    let stub = Stub::start(None);
    for args in [
        vec!["note", "update-model", "1", "-m", "Basic", "-f", "Front=x"],
        vec!["card", "forget", "--query", "deck:x"],
        vec!["card", "relearn", "1"],
        vec!["card", "set", "1", "ivl=3"],
        vec!["package", "import", "/tmp/x.apkg"],
        vec!["deck", "delete", "X"],
        vec!["media", "delete", "x.jpg"],
    ] {
        let r = expect(&stub.url, &args, 2);
        assert!(
            r.stderr.contains("cannot ask: pass --yes"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(stub.bodies.try_recv().is_err(), "{args:?} sent a request");
    }
}

#[test]
fn wrong_typed_replies_of_writes_are_not_success() {
    // A write whose add-on answers null: anything else is not AnkiConnect's answer.
    let stub = answering("{\"unexpected\": true}");
    for (args, action) in [
        (vec!["deck", "move", "1", "--to", "X"], "cardsModTime"),
        (vec!["tag", "remove", "t", "1"], "removeTags"),
        (vec!["note", "delete", "1", "--yes"], "deleteNotes"),
        (vec!["reload"], "reloadCollection"),
    ] {
        let r = expect(&stub.url, &args, 3);
        assert!(
            r.stderr
                .contains(&format!("unexpected reply from AnkiConnect to {action}")),
            "{args:?}: {}",
            r.stderr
        );
    }
}
