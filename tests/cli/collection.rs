//! Profiles, sync, packages, reload, multi and the doctor against the real add-on.

use std::path::Path;
use std::process::Command;

use crate::anki::{Anki, Options};
use crate::common::{cli, cmd, cmd_in, exits, q, repo_root, run_line, tty, tty_cli, write_file};
use serde_json::{json, Value};

/// Lays out an Anki base folder whose prefs already hold profile `name` (besides the "User 1" the
/// launcher adds), as Anki's own "Add profile" would have left it.
fn base_with_profile(dir: &Path, name: &str) -> std::path::PathBuf {
    let base = dir.join("base");
    std::fs::create_dir_all(&base).unwrap();
    let script = "\
import pickle, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
db.execute('create table if not exists profiles (name text primary key collate nocase, data blob not null)')
profile = dict(mainWindowGeom=None, mainWindowState=None, numBackups=50, lastOptimize=int(time.time()),
               searchHistory=[], syncKey=None, syncMedia=False, autoSync=False, allowHTML=False,
               importMode=1, lastColour='#00f', stripHTML=True, deleteMedia=False)
db.execute('insert or replace into profiles values (?, ?)', (sys.argv[2], pickle.dumps(profile, protocol=4)))
db.commit()
";
    let status = Command::new(repo_root().join(".venv/bin/python"))
        .arg("-c")
        .arg(script)
        .arg(base.join("prefs21.db"))
        .arg(name)
        .status()
        .expect("run the venv's Python");
    assert!(status.success(), "could not add profile {name}");
    base
}

fn stdout_json(r: &crate::common::Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.stdout))
}

fn deck_names(url: &str, profile: &str) -> Vec<String> {
    let r = cmd(
        url,
        &format!("--profile {} deck list -o json", q(profile)),
        0,
    );
    stdout_json(&r)
        .as_object()
        .expect("deck list -o json is an object")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn profiles_list_current_load_and_the_global_flag() {
    let dir = tempfile::tempdir().unwrap();
    let b = Anki::start_at(&base_with_profile(dir.path(), "Second"));

    let mut listed: Vec<String> =
        serde_json::from_value(stdout_json(&cmd(&b.url, "profile list", 0))).unwrap();
    listed.sort();
    assert_eq!(listed, ["Second", "User 1"]);
    run_line(&mut tty_cli(&b.url), "profile ls", None).out_has(&["Profile", "Second"]);
    assert_eq!(cmd(&b.url, "profile current", 0).stdout, "\"User 1\"\n");

    // loadProfile switches before it answers: the next request already sees the other profile.
    cmd(&b.url, "profile load Second", 0);
    assert_eq!(cmd(&b.url, "profile current", 0).stdout, "\"Second\"\n");
    cmd(&b.url, "deck create profiles::OnlyInSecond", 0);
    cmd(&b.url, "profile load Second", 0);
    assert_eq!(
        b.call("getActiveProfile", json!({})),
        "Second",
        "loading the active profile again keeps it"
    );

    // --profile switches, then runs the command there; Anki stays on that profile.
    let first = deck_names(&b.url, "User 1");
    assert!(
        !first.iter().any(|d| d.starts_with("profiles::")),
        "{first:?}"
    );
    assert_eq!(b.call("getActiveProfile", json!({})), "User 1");
    let second = deck_names(&b.url, "Second");
    assert!(
        second.contains(&"profiles::OnlyInSecond".to_string()),
        "{second:?}"
    );
    assert_eq!(b.call("getActiveProfile", json!({})), "Second");

    // `--profile` before `repl` switches once, when the session starts.
    let r = cmd_in(
        &b.url,
        "--profile 'User 1' repl",
        "profile current\nprofile load Second\nprofile current\n",
        0,
    );
    assert_eq!(
        r.stdout, "\"User 1\"\ntrue\n\"Second\"\n",
        "a profile loaded inside the session stays: {}",
        r.stderr
    );
    cmd_in(
        &b.url,
        "--profile Nobody repl",
        "deck create profiles::NotMadeEither\n",
        1,
    )
    .err_has(&["'Nobody'"]);

    // On a terminal the prompt follows the switch, and completion offers the new profile's decks.
    let home = tempfile::tempdir().unwrap();
    let mut tty = crate::repl::spawn_tty_repl(&b.url, home.path());
    tty.exp_string("anki (Second)> ")
        .expect("the prompt names the profile");
    tty.send_line("profile load 'User 1'").unwrap();
    tty.exp_string("anki (User 1)> ")
        .expect("the prompt follows profile load");
    // Completion caches User 1's decks (none of them is a profiles:: deck)...
    tty.send("note add --deck profiles::On\t").unwrap();
    tty.flush().unwrap();
    tty.send_control('c').unwrap();
    tty.exp_string("anki (User 1)> ").expect("a fresh line");
    tty.send_line("--profile Second version").unwrap();
    tty.exp_string("anki (Second)> ")
        .expect("the prompt follows --profile");
    // ...and forgets them when the profile changes.
    tty.send("note add --deck profiles::On\t").unwrap();
    tty.flush().unwrap();
    tty.exp_string("OnlyInSecond")
        .expect("completion offers the decks of the new profile");
    tty.send_control('c').unwrap();
    tty.exp_string("anki (Second)> ").expect("a fresh line");
    tty.send_line("exit").unwrap();
    tty.exp_eof().expect("the REPL ends");

    cmd(&b.url, "profile load Nobody", 1).err_has(&["no profile named 'Nobody'", "profile list"]);
    let r = cmd(&b.url, "profile load second", 1);
    assert!(
        r.stderr.contains("'second'"),
        "profile names are case-sensitive to loadProfile: {}",
        r.stderr
    );
    cmd(&b.url, "--profile Nobody deck create profiles::NotMade", 1).err_has(&["Nobody"]);
    assert_eq!(b.call("getActiveProfile", json!({})), "Second");
    assert!(
        !b.call("deckNames", json!({}))
            .as_array()
            .unwrap()
            .contains(&json!("profiles::NotMade")),
        "the command did not run"
    );
    assert!(
        !b.call("deckNames", json!({}))
            .to_string()
            .contains("profiles::NotMadeEither"),
        "the session did not run"
    );
}

#[test]
fn sync_explains_the_not_logged_in_error_once() {
    let b = Anki::start(Options::default());
    let r = cmd(&b.url, "sync", 1);
    let mut lines = r.stderr.lines();
    assert_eq!(
        lines.next(),
        Some("anki-cli: error: sync: auth not configured"),
        "the add-on's message already names the action: {}",
        r.stderr
    );
    assert!(
        lines.next().is_some_and(|l| l.contains("log in")),
        "{}",
        r.stderr
    );
}

#[test]
fn packages_export_and_import_round_trip_and_reload() {
    let b = Anki::shared();
    let deck = "package_roundtrip::Deck";
    b.call("createDeck", json!({ "deck": deck }));
    let note = json!({"deckName": deck, "modelName": "Basic",
        "fields": {"Front": "package_roundtrip front", "Back": "package_roundtrip back"},
        "tags": ["package_roundtrip_tag"]});
    b.call("addNote", json!({ "note": note }));
    let dir = tempfile::tempdir().unwrap();

    let apkg = dir.path().join("deck.apkg");
    cmd(
        &b.url,
        &format!("package export {deck} {} --with-scheduling", q(&apkg)),
        0,
    );
    assert!(apkg.metadata().unwrap().len() > 0);

    // A relative path means the shell's current directory, not Anki's.
    exits(
        cli(&b.url).current_dir(dir.path()),
        &format!("package export {deck} relative.apkg"),
        None,
        0,
    );
    assert!(dir.path().join("relative.apkg").is_file());

    let r = cmd(
        &b.url,
        &format!("package export package_roundtrip::NoSuchDeck {}", q(&apkg)),
        1,
    );
    assert!(
        r.stderr
            .contains("deck was not found: package_roundtrip::NoSuchDeck"),
        "exportPackage answers false for an unknown deck: {}",
        r.stderr
    );

    let other = Anki::start(Options::default());
    let missing = dir.path().join("missing.apkg");
    cmd(
        &other.url,
        &format!("package import {} --yes", q(&missing)),
        1,
    )
    .err_has(&["importPackage: Failed to open", "missing.apkg"]);
    let r = exits(
        cli(&other.url).current_dir(dir.path()),
        "package import relative.apkg --yes",
        None,
        0,
    );
    assert_eq!(r.stdout, "true\n");
    let found = other.call("findNotes", json!({"query": "tag:package_roundtrip_tag"}));
    let ids = found.as_array().unwrap();
    assert_eq!(ids.len(), 1, "{found}");
    let info = other.call("notesInfo", json!({ "notes": ids }));
    assert_eq!(
        info[0]["fields"]["Back"]["value"], "package_roundtrip back",
        "{info}"
    );
    assert!(other
        .call("deckNames", json!({}))
        .as_array()
        .unwrap()
        .contains(&json!(deck)));

    let r = tty(&other.url, "reload", 0);
    assert_eq!(r.stdout, "Reloaded the collection.\n");
    assert_eq!(
        other
            .call("findNotes", json!({"query": "tag:package_roundtrip_tag"}))
            .as_array()
            .unwrap()
            .len(),
        1,
        "the collection is still there after reloading"
    );
}

#[test]
fn multi_adds_versions_and_keys_and_marks_failures() {
    let b = Anki::start(Options::key("k"));
    let dir = tempfile::tempdir().unwrap();
    let batch = write_file(
        dir.path(),
        "batch.jsonl",
        "{\"action\": \"deckNames\"}\n{\"action\": \"createDeck\", \"params\": {\"deck\": \"M\"}}\n{\"action\": \"nope\"}\n",
    );
    let r = exits(
        cli(&b.url).env("ANKI_CLI_KEY", "k"),
        &format!("multi {}", q(&batch)),
        None,
        5,
    );
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
    assert!(b
        .call("deckNames", json!({}))
        .as_array()
        .unwrap()
        .contains(&json!("M")));

    let tty = exits(
        tty_cli(&b.url).env("ANKI_CLI_KEY", "k"),
        "multi -",
        Some("[{\"action\": \"version\"}, {\"action\": \"version\", \"version\": 4}]"),
        0,
    )
    .out_has(&["version", "ok"]);
    assert!(
        !tty.stdout.contains("FAILED"),
        "an explicit version 4 gives a bare result, which is no failure: {}",
        tty.stdout
    );

    cmd(&b.url, &format!("multi {}", q(&batch)), 4);

    let bad = cmd(&b.url, "multi -", 2);
    assert!(
        bad.stderr.contains("no actions") || bad.stderr.contains("stdin"),
        "{}",
        bad.stderr
    );
}

#[test]
fn doctor_reports_profile_and_every_action_supported() {
    let b = Anki::shared();
    let report: Value = serde_json::from_str(&cmd(&b.url, "doctor", 0).stdout).unwrap();
    assert_eq!(report["profile"], "User 1");
    assert_eq!(report["permission"], "granted");
    assert_eq!(report["apiKeyRequired"], false);
    assert_eq!(
        report["missingActions"],
        json!([]),
        "the add-on knows all 122 actions"
    );
    assert_eq!(report["supportedActions"], 122);
}
