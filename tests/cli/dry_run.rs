//! `--dry-run` on the real add-on: every write command prints the write request(s) it would
//! send, in order, and sends nothing but reads (the add-on's request log says so).

use std::path::Path;

use serde_json::{json, Value};

use crate::anki::{Anki, Options};
use crate::common::{cli, cmd, q, run_line, write_file};
use anki_cli::actions::{effect, Effect, ACTIONS};

/// What the cases work on, made on an Anki of their own (so its log holds only their requests).
struct Setup {
    note: i64,
    cards: Vec<i64>,
    config: i64,
    dir: tempfile::TempDir,
}

fn set_up(b: &Anki) -> Setup {
    b.call("createDeck", json!({"deck": "dry::Deck"}));
    let note = b
        .call(
            "addNote",
            json!({"note": {"deckName": "dry::Deck", "modelName": "Basic (and reversed card)",
                        "fields": {"Front": "dry front", "Back": "dry back"}, "tags": ["dry_tag"]}}),
        )
        .as_i64()
        .unwrap();
    let cards: Vec<i64> =
        serde_json::from_value(b.call("findCards", json!({"query": format!("nid:{note}")})))
            .unwrap();
    // The second card is suspended, so that `card unsuspend` has something to do.
    b.call("suspend", json!({"cards": [cards[1]]}));
    let config = b
        .call("cloneDeckConfigId", json!({"name": "dry config"}))
        .as_i64()
        .unwrap();
    b.call(
        "storeMediaFile",
        json!({"filename": "dry_file.txt", "data": "aGVsbG8="}),
    );
    b.call(
        "createModel",
        json!({"modelName": "dry::Model", "inOrderFields": ["Front", "Back", "Extra"],
               "cardTemplates": [{"Name": "Card 1", "Front": "{{Front}}", "Back": "{{Back}}"},
                                 {"Name": "Card 2", "Front": "{{Back}}", "Back": "{{Front}}"}]}),
    );
    let dir = tempfile::tempdir().unwrap();
    let apkg = dir.path().join("dry.apkg");
    b.call(
        "exportPackage",
        json!({"deck": "dry::Deck", "path": apkg, "includeSched": false}),
    );
    Setup {
        note,
        cards,
        config,
        dir,
    }
}

/// A file in the setup's folder.
fn file(dir: &Path, name: &str, text: &str) -> String {
    q(write_file(dir, name, text))
}

/// For every write action, a command line that sends it (and the commands that send their writes
/// in a multi).
fn cases(s: &Setup) -> Vec<(&'static str, String)> {
    let (note, card, suspended, config) = (s.note, s.cards[0], s.cards[1], s.config);
    let d = s.dir.path();
    let apkg = q(d.join("dry.apkg"));
    let front = file(d, "front.html", "{{Front}}!");
    let batch = file(
        d,
        "multi.json",
        r#"[{"action": "deckNames"}, {"action": "createDeck", "params": {"deck": "dry::Multi"}}]"#,
    );
    let notes = file(
        d,
        "notes.json",
        r#"[{"deckName": "dry::Deck", "modelName": "Basic", "fields": {"Front": "dry batch"}}]"#,
    );
    let css = file(d, "style.css", ".card { color: red }");
    let reviews = file(
        d,
        "reviews.json",
        &format!("[[1594194095746,{card},-1,3,4,-60,2500,6157,0]]"),
    );
    let media = file(d, "dry_new.txt", "new");
    vec![
        ("loadProfile", "profile load 'User 1'".into()),
        ("sync", "sync".into()),
        ("multi", format!("multi {batch}")),
        ("createDeck", "deck create dry::New".into()),
        ("changeDeck", format!("deck move --to dry::Deck {card}")),
        ("deleteDecks", "deck delete dry::Deck".into()),
        (
            "saveDeckConfig",
            "deck config set dry::Deck new.perDay=33".into(),
        ),
        (
            "setDeckConfigId",
            format!("deck config use {config} dry::Deck"),
        ),
        ("cloneDeckConfigId", "deck config clone 'dry clone'".into()),
        ("removeDeckConfigId", format!("deck config remove {config}")),
        ("getDeckStats", "deck stats dry::Deck".into()),
        ("storeMediaFile", format!("media store {media}")),
        ("deleteMediaFile", "media delete dry_file.txt".into()),
        (
            "addNote",
            "note add -d dry::Deck -m Basic -f 'Front=dry added'".into(),
        ),
        (
            "updateNoteFields",
            format!("note update {note} -f 'Front=dry new'"),
        ),
        (
            "updateNote",
            format!("note update {note} -f 'Front=dry new' --tags 'a b'"),
        ),
        (
            "updateNoteModel",
            format!("note update-model {note} -m Basic -f 'Front=x' -f 'Back=y'"),
        ),
        ("updateNoteTags", format!("tag set {note} dry_a dry_b")),
        ("addTags", format!("tag add dry_more {note}")),
        ("removeTags", format!("tag remove dry_tag {note}")),
        ("clearUnusedTags", "tag clear-unused".into()),
        (
            "replaceTags",
            format!("tag replace dry_tag dry_other {note}"),
        ),
        (
            "replaceTagsInAllNotes",
            "tag replace --all dry_tag dry_other".into(),
        ),
        ("setEaseFactors", format!("card set-ease 2600 {card}")),
        ("setSpecificValueOfCard", format!("card set {card} due=5")),
        ("suspend", format!("card suspend {card}")),
        // Commands that send their writes in multi batches.
        ("multi", format!("card bury {card}")),
        ("multi", format!("card reposition {card} --start 5")),
        ("unsuspend", format!("card unsuspend {suspended}")),
        (
            "createModel",
            "model create dry::Made -f A -f B -t 'C:{{A}}:{{B}}'".into(),
        ),
        (
            "updateModelTemplates",
            format!("model template set dry::Model 'Card 1' --front {front}"),
        ),
        (
            "updateModelStyling",
            format!("model css set dry::Model {css}"),
        ),
        (
            "findAndReplaceInModels",
            "model find-replace -m dry::Model '{{Front}}' '{{Back}}'".into(),
        ),
        (
            "modelTemplateRename",
            "model template rename dry::Model 'Card 2' 'Card 3'".into(),
        ),
        (
            "modelTemplateReposition",
            "model template move dry::Model 'Card 2' 0".into(),
        ),
        (
            "modelTemplateAdd",
            format!("model template add dry::Model 'Card 9' --front {front} --back {front}"),
        ),
        (
            "modelTemplateRemove",
            "model template remove dry::Model 'Card 2'".into(),
        ),
        (
            "modelFieldRename",
            "model field rename dry::Model Extra More".into(),
        ),
        (
            "modelFieldReposition",
            "model field move dry::Model Extra 0".into(),
        ),
        ("modelFieldAdd", "model field add dry::Model Added".into()),
        (
            "modelFieldRemove",
            "model field remove dry::Model Extra".into(),
        ),
        (
            "modelFieldSetFont",
            "model field font dry::Model Extra Courier".into(),
        ),
        (
            "modelFieldSetFontSize",
            "model field font-size dry::Model Extra 30".into(),
        ),
        (
            "modelFieldSetDescription",
            "model field describe dry::Model Extra 'more'".into(),
        ),
        ("forgetCards", format!("card forget {card}")),
        ("relearnCards", format!("card relearn {card}")),
        ("answerCards", format!("card answer {card}:good")),
        ("cardReviews", "stats reviews dry::Deck".into()),
        ("setDueDate", format!("card set-due 3 {card}")),
        ("reloadCollection", "reload".into()),
        ("getLatestReviewID", "stats latest-review dry::Deck".into()),
        ("insertReviews", format!("stats insert-reviews {reviews}")),
        ("deleteNotes", format!("note delete {note}")),
        ("removeEmptyNotes", "note remove-empty".into()),
        ("guiBrowse", "gui browse deck:dry::Deck".into()),
        ("guiEditNote", format!("gui edit {note}")),
        ("guiSelectNote", format!("gui select-note {card}")),
        ("guiSelectCard", format!("gui select {card}")),
        (
            "guiAddCards",
            "gui add -d dry::Deck -m Basic -f Front=x".into(),
        ),
        ("guiAddNoteSetData", "gui add-set -f Front=x".into()),
        ("guiStartCardTimer", "gui start-timer".into()),
        ("guiShowQuestion", "gui show-question".into()),
        ("guiShowAnswer", "gui show-answer".into()),
        ("guiAnswerCard", "gui answer good".into()),
        ("guiPlayAudio", "gui play-audio".into()),
        ("guiUndo", "gui undo".into()),
        ("guiDeckOverview", "gui deck dry::Deck".into()),
        ("guiDeckBrowser", "gui decks".into()),
        ("guiDeckReview", "gui review dry::Deck".into()),
        ("guiImportFile", format!("gui import {apkg}")),
        ("guiExitAnki", "gui exit".into()),
        ("guiCheckDatabase", "gui check-database".into()),
        ("addNotes", format!("note add-batch {notes}")),
        (
            "exportPackage",
            format!("package export dry::Deck {}", q(d.join("out.apkg"))),
        ),
        ("importPackage", format!("package import {apkg}")),
    ]
}

/// The requests a dry run printed on stdout (pretty JSON values, one after another).
fn printed(stdout: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(stdout)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("not JSON requests ({e}): {stdout}"))
}

#[test]
fn every_write_commands_dry_run_prints_its_writes_and_sends_only_reads() {
    let b = Anki::start(Options::default());
    let setup = set_up(&b);
    let cases = cases(&setup);
    let mut covered: Vec<&str> = cases.iter().map(|(a, _)| *a).collect();
    covered.sort_unstable();
    covered.dedup();
    let mut writes: Vec<&str> = ACTIONS
        .iter()
        .filter(|a| a.effect != Effect::Read)
        .map(|a| a.name)
        .collect();
    writes.sort_unstable();
    assert_eq!(
        covered, writes,
        "a case for every write action of the table"
    );

    let mut wrong = Vec::new();
    for (action, line) in &cases {
        let before = b.served().len();
        let r = run_line(&mut cli(&b.url), &format!("--dry-run {line}"), None);
        if r.code != Some(0) {
            wrong.push(format!("{line}: exit {:?}: {}", r.code, r.stderr));
        }
        let actions: Vec<String> = printed(&r.stdout)
            .iter()
            .map(|v| v["action"].as_str().unwrap_or_default().to_string())
            .collect();
        if !actions.iter().any(|a| a == action) {
            wrong.push(format!("{line}: printed {actions:?}, not {action}"));
        }
        if actions
            .iter()
            .any(|a| effect(a) == Effect::Read && a != "multi")
        {
            wrong.push(format!("{line}: printed a read: {actions:?}"));
        }
        if !r.stderr.contains("printed, not sent") {
            wrong.push(format!(
                "{line}: no word of the stand-ins on stderr: {}",
                r.stderr
            ));
        }
        let sent: Vec<String> = b
            .served()
            .into_iter()
            .skip(before)
            .map(|s| s.action)
            .filter(|a| effect(a) != Effect::Read)
            .collect();
        if !sent.is_empty() {
            wrong.push(format!("{line}: sent {sent:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Nothing changed: the note and its tag are still there.
    assert_eq!(
        b.call("findNotes", json!({"query": "tag:dry_tag"})),
        json!([setup.note])
    );
}

#[test]
fn a_write_after_a_read_is_printed_in_full() {
    let b = Anki::shared();
    let r = cmd(
        &b.url,
        "--dry-run note add -d dry_full -m Basic -f 'Front=dry full'",
        0,
    );
    assert_eq!(
        printed(&r.stdout),
        [
            json!({"action": "addNote", "version": 6, "params": {"note": {"deckName": "dry_full",
            "modelName": "Basic", "fields": {"Front": "dry full"}}}})
        ]
    );
    assert!(r.stderr.contains("stand-in"), "{}", r.stderr);
}

#[test]
fn without_anki_the_dry_run_names_the_read_it_needed() {
    // No read needed: the write is printed.
    let r = cmd("http://127.0.0.1:9", "--dry-run deck create dry_offline", 0);
    assert_eq!(printed(&r.stdout)[0]["action"], "createDeck");
    // A read needed: exit 3, naming it.
    cmd(
        "http://127.0.0.1:9",
        "--dry-run note add -d X -m Basic -f Front=x",
        3,
    )
    .err_has(&["needs Anki's reply to modelFieldNames"]);
}
