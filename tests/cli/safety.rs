//! Safety and honesty (issue 12, items 3 and 4): no data loss without --yes, on the real add-on,
//! and no reply of the wrong shape passed off as success (an in-process stub, since the real
//! add-on never sends one).

use std::path::Path;

use serde_json::json;

use crate::anki::{Anki, Options};
use crate::common::{cmd, exits, http_response, q, tty_cli, Stub};
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
    // (command line, the action whose reply is wrong, a file the command must not write)
    let cases: Vec<(String, &str, Option<String>)> = vec![
        (
            format!("note export --query deck:x --out {}", q(out("notes.csv"))),
            "findNotes",
            Some(out("notes.csv")),
        ),
        ("note export --query deck:x".into(), "findNotes", None),
        ("note find deck:x".into(), "findNotes", None),
        ("note info 1".into(), "notesInfo", None),
        ("note mod-time 1".into(), "notesModTime", None),
        (
            "note add -d Default -m Basic -f Front=x".into(),
            "modelFieldNames",
            None,
        ),
        ("card find deck:x".into(), "findCards", None),
        ("card info 1".into(), "cardsInfo", None),
        ("card ease 1".into(), "getEaseFactors", None),
        ("card suspend 1".into(), "areSuspended", None),
        ("deck list".into(), "deckNamesAndIds", None),
        ("deck list --names".into(), "deckNames", None),
        ("deck stats".into(), "deckNamesAndIds", None),
        ("deck name 5".into(), "deckNameFromId", None),
        ("deck config get Default".into(), "getDeckConfig", None),
        ("stats by-day".into(), "getNumCardsReviewedByDay", None),
        ("stats reviews Default".into(), "deckNames", None),
        ("stats card-reviews 1".into(), "getReviewsOfCards", None),
        (
            format!("stats html --out {}", q(out("stats.html"))),
            "getCollectionStatsHTML",
            Some(out("stats.html")),
        ),
        ("model list".into(), "modelNamesAndIds", None),
        ("model show Basic".into(), "findModelsByName", None),
        ("model field list Basic".into(), "modelFieldNames", None),
        (
            format!("model css get Basic --out {}", q(out("basic.css"))),
            "modelStyling",
            Some(out("basic.css")),
        ),
        ("tag list".into(), "getTags", None),
        ("tag add t 1".into(), "addTags", None),
        ("media list".into(), "getMediaFilesNames", None),
        ("media dir".into(), "getMediaDirPath", None),
        (
            format!("media get cat.jpg --out {}", q(out("cat.jpg"))),
            "retrieveMediaFile",
            Some(out("cat.jpg")),
        ),
        ("profile list".into(), "getProfiles", None),
        ("status".into(), "requestPermission", None),
        // A multi of one action is named after it.
        (format!("multi {}", q(&batch)), "multi deckNames", None),
    ];
    for (line, action, file) in &cases {
        let r = cmd(&stub.url, line, 3);
        let message = format!("unexpected reply from AnkiConnect to {action}: 42");
        assert!(r.stderr.contains(&message), "{line}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{line} printed nothing: {}", r.stdout);
        if let Some(file) = file {
            assert!(
                !Path::new(file).exists(),
                "{line} wrote {file} from a wrong reply"
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
    for line in ["note find deck:x", "deck list"] {
        let r = cmd(&stub.url, line, 3);
        assert!(
            r.stderr.contains("unexpected reply from AnkiConnect to") && r.stderr.contains("xxx…"),
            "{line}: {}",
            &r.stderr[..r.stderr.len().min(500)]
        );
        assert!(
            r.stderr.len() < 600,
            "{line}: {} bytes of stderr",
            r.stderr.len()
        );
    }
    // A reply one entry short is not AnkiConnect's either.
    let stub = answering("[]");
    cmd(&stub.url, "card ease 1 2", 3).err_has(&["getEaseFactors: []", "expected 2 entries"]);
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

/// Every destructive command with a command line that makes it destroy something, and the action
/// that does it (what a dry run shows).
fn destructive_cases(s: &Setup) -> Vec<(&'static str, String, &'static str)> {
    let (note, card, config) = (s.note, s.card, s.config);
    let push = q(s.push_dir.path());
    vec![
        (
            "card set",
            format!("card set {card} due=5"),
            "setSpecificValueOfCard",
        ),
        ("card forget", format!("card forget {card}"), "forgetCards"),
        (
            "card relearn",
            format!("card relearn {card}"),
            "relearnCards",
        ),
        (
            "note update-model",
            format!(
                "note update-model {note} -m 'Basic (and reversed card)' \
                 -f 'Front=safety new front' -f 'Back=safety new back'"
            ),
            "updateNoteModel",
        ),
        (
            "media delete",
            "media delete safety_file.txt".into(),
            "deleteMediaFile",
        ),
        (
            // Other content under the name safety_file.txt (it reads the existing file first).
            "media store",
            format!(
                "media store {} --name safety_file.txt",
                q(s.push_dir.path().join("note-type.toml"))
            ),
            "storeMediaFile",
        ),
        (
            "model field remove",
            "model field remove safety::Model Extra".into(),
            "modelFieldRemove",
        ),
        (
            "model template remove",
            "model template remove safety::Model 'Card 2'".into(),
            "modelTemplateRemove",
        ),
        (
            "model push",
            format!("model push {push}"),
            "modelFieldRemove",
        ),
        (
            "deck config remove",
            format!("deck config remove {config}"),
            "removeDeckConfigId",
        ),
        ("note delete", format!("note delete {note}"), "deleteNotes"),
        (
            "deck delete",
            "deck delete safety::Deck".into(),
            "deleteDecks",
        ),
        (
            "package import",
            format!("package import {}", q(&s.apkg)),
            "importPackage",
        ),
        (
            "note remove-empty",
            "note remove-empty".into(),
            "removeEmptyNotes",
        ),
    ]
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
    for (command, line, action) in &cases {
        // Off a terminal, without --yes: exit 2, and nothing (but reads, for a plan) was sent.
        let before = b.served().len();
        let r = cmd(&b.url, line, 2);
        assert!(r.stderr.contains("pass --yes"), "{command}: {}", r.stderr);
        let sent = served_since(&b, before);
        if *command == "model push" {
            assert!(
                sent.iter().all(|a| READS.contains(&a.as_str()))
                    && r.stderr.contains("remove field 'Old'"),
                "{command} only read the note type and showed the removal: {sent:?}\n{}",
                r.stderr
            );
        } else if *command == "media store" {
            assert!(
                sent.iter().all(|a| a == "retrieveMediaFile"),
                "{command} only read the existing file: {sent:?}"
            );
        } else {
            assert!(sent.is_empty(), "{command} sent {sent:?} without --yes");
        }

        // A dry run shows the request and sends nothing but reads, without --yes.
        let before = b.served().len();
        let r = cmd(&b.url, &format!("--dry-run {line}"), 0);
        assert!(
            r.stdout.contains(&format!("\"action\": \"{action}\"")),
            "{command} --dry-run: {}",
            r.stdout
        );
        let sent = served_since(&b, before);
        assert!(
            sent.iter()
                .all(|a| anki_cli::actions::effect(a) == anki_cli::actions::Effect::Read),
            "{command} --dry-run sent {sent:?}"
        );
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
    let before = b.served().len();
    exits(&mut tty_cli(&b.url), update, Some("n\n"), 1).err_has(&[
        "from 'Basic' to 'Basic (and reversed card)'",
        "(Front, Back)",
        "cancelled; nothing was changed",
    ]);
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
    for (command, line, _) in &cases {
        cmd(&b.url, &format!("{line} --yes"), 0);
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
    for line in [
        "note update-model 1 -m Basic -f Front=x",
        "card forget --query deck:x",
        "card relearn 1",
        "card set 1 ivl=3",
        "package import /tmp/x.apkg",
        "deck delete X",
        "media delete x.jpg",
    ] {
        let r = cmd(&stub.url, line, 2);
        assert!(
            r.stderr.contains("cannot ask: pass --yes"),
            "{line}: {}",
            r.stderr
        );
        assert!(stub.bodies.try_recv().is_err(), "{line} sent a request");
    }
}

#[test]
fn wrong_typed_replies_of_writes_are_not_success() {
    // A write whose add-on answers null: anything else is not AnkiConnect's answer.
    let stub = answering("{\"unexpected\": true}");
    for (line, action) in [
        ("deck move 1 --to X", "cardsModTime"),
        ("tag remove t 1", "removeTags"),
        ("note delete 1 --yes", "deleteNotes"),
        ("reload", "reloadCollection"),
    ] {
        let r = cmd(&stub.url, line, 3);
        assert!(
            r.stderr
                .contains(&format!("unexpected reply from AnkiConnect to {action}")),
            "{line}: {}",
            r.stderr
        );
    }
}
