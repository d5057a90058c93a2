//! Every deck command against the real backend.

use crate::anki::Anki;
use crate::common::{cli, expect, run};
use serde_json::{json, Value};

fn ids(stdout: &str) -> Vec<i64> {
    stdout
        .lines()
        .map(|l| l.trim().parse().expect("an ID per line"))
        .collect()
}

fn add_basic_note(backend: &Anki, deck: &str, front: &str) -> i64 {
    // Set up through the backend directly: note commands belong to the notes issue.
    backend.call("createDeck", json!({"deck": deck}));
    let note =
        json!({"deckName": deck, "modelName": "Basic", "fields": {"Front": front, "Back": "b"}});
    backend
        .call("addNote", json!({ "note": note }))
        .as_i64()
        .expect("a note ID")
}

#[test]
fn create_prints_ids_and_list_shows_them() {
    let b = Anki::shared();
    let created = ids(&expect(&b.url, &["deck", "create", "French::Verbs", "Spanish"], 0).stdout);
    assert_eq!(created.len(), 2);

    let listed: Value = serde_json::from_str(&expect(&b.url, &["deck", "list"], 0).stdout).unwrap();
    assert_eq!(listed["French::Verbs"], json!(created[0]));
    assert_eq!(listed["Spanish"], json!(created[1]));
    assert!(
        listed.get("French").is_some(),
        "parent deck created too: {listed}"
    );

    let names: Value =
        serde_json::from_str(&expect(&b.url, &["deck", "list", "--names"], 0).stdout).unwrap();
    assert_eq!(
        names,
        json!(["Default", "French", "French::Verbs", "Spanish"])
    );

    let tsv = expect(&b.url, &["deck", "list", "-o", "tsv"], 0).stdout;
    assert!(tsv.contains(&format!("Spanish\t{}\n", created[1])), "{tsv}");
    let id_lines = ids(&expect(&b.url, &["deck", "ls", "-o", "ids"], 0).stdout);
    assert!(id_lines.contains(&1) && id_lines.contains(&created[0]));
}

#[test]
fn list_on_a_terminal_is_a_table() {
    let b = Anki::shared();
    expect(&b.url, &["deck", "create", "Geography"], 0);
    let out = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["deck", "list"],
        None,
    );
    assert_eq!(out.code, Some(0));
    assert!(
        out.stdout.contains("Deck") && out.stdout.contains("Geography") && out.stdout.contains('│'),
        "{}",
        out.stdout
    );
}

#[test]
fn delete_needs_yes_without_a_terminal_and_then_deletes() {
    let b = Anki::shared();
    expect(&b.url, &["deck", "create", "Scratch"], 0);
    let refused = expect(&b.url, &["deck", "delete", "Scratch"], 2);
    assert!(refused.stderr.contains("--yes"), "{}", refused.stderr);
    assert!(
        b.call("deckNames", json!({}))
            .as_array()
            .unwrap()
            .contains(&json!("Scratch")),
        "nothing deleted"
    );

    expect(&b.url, &["deck", "delete", "Scratch", "--yes"], 0);
    assert!(!b
        .call("deckNames", json!({}))
        .as_array()
        .unwrap()
        .contains(&json!("Scratch")));
}

#[test]
fn delete_asks_on_a_terminal() {
    let b = Anki::shared();
    expect(&b.url, &["deck", "create", "Keep", "Drop"], 0);
    let no = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["deck", "delete", "Keep"],
        Some("n\n"),
    );
    assert_eq!(no.code, Some(1), "{}", no.stderr);
    assert!(
        no.stderr.contains("[y/N]") && no.stderr.contains("cancelled"),
        "{}",
        no.stderr
    );
    let yes = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["deck", "delete", "Drop"],
        Some("y\n"),
    );
    assert_eq!(yes.code, Some(0), "{}", yes.stderr);
    assert!(yes.stdout.contains("Deleted deck 'Drop'"), "{}", yes.stdout);
    let names = b.call("deckNames", json!({}));
    assert!(
        names.as_array().unwrap().contains(&json!("Keep"))
            && !names.as_array().unwrap().contains(&json!("Drop"))
    );
}

#[test]
fn delete_of_an_unknown_deck_changes_nothing() {
    let b = Anki::shared();
    expect(&b.url, &["deck", "create", "Real"], 0);
    let r = expect(&b.url, &["deck", "delete", "Real", "Ghost", "--yes"], 1);
    assert!(
        r.stderr.contains("deck was not found: Ghost"),
        "{}",
        r.stderr
    );
    assert!(b
        .call("deckNames", json!({}))
        .as_array()
        .unwrap()
        .contains(&json!("Real")));
}

#[test]
fn stats_count_cards_and_never_create_decks() {
    let b = Anki::shared();
    expect(&b.url, &["deck", "create", "Stats::Child"], 0);
    add_basic_note(&b, "Stats::Child", "one");
    add_basic_note(&b, "Stats::Child", "two");

    let r = expect(&b.url, &["deck", "stats", "Stats::Child", "-o", "json"], 0);
    let stats: Value = serde_json::from_str(&r.stdout).unwrap();
    let entry = stats.as_object().unwrap().values().next().unwrap().clone();
    assert_eq!(entry["total_in_deck"], 2, "{stats}");
    assert_eq!(entry["new_count"], 2);

    let tsv = expect(&b.url, &["deck", "stats", "-o", "tsv"], 0).stdout;
    assert!(
        tsv.lines()
            .any(|l| l.starts_with("Stats::Child\t") && l.ends_with("\t2\t0\t0\t2")),
        "{tsv}"
    );

    let missing = expect(&b.url, &["deck", "stats", "Nowhere"], 1);
    assert!(missing.stderr.contains("deck was not found: Nowhere"));
    assert!(!b
        .call("deckNames", json!({}))
        .as_array()
        .unwrap()
        .contains(&json!("Nowhere")));
}

#[test]
fn move_cards_from_stdin_and_show_their_decks() {
    let b = Anki::shared();
    add_basic_note(&b, "From", "a");
    add_basic_note(&b, "From", "b");
    let cards = b.call("findCards", json!({"query": "deck:From"}));
    let list: Vec<String> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let stdin = list.join("\n");
    let r = run(
        &mut cli(&b.url),
        &["deck", "move", "-", "--to", "To::Here"],
        Some(&stdin),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let of: Value =
        serde_json::from_str(&expect(&b.url, &["deck", "of-cards", &list[0], &list[1]], 0).stdout)
            .unwrap();
    assert_eq!(of["To::Here"].as_array().unwrap().len(), 2, "{of}");
}

#[test]
fn bad_ids_are_rejected_before_sending() {
    let b = Anki::shared();
    let r = expect(&b.url, &["deck", "move", "12", "x7", "--to", "A"], 2);
    assert!(r.stderr.contains("'x7'"), "{}", r.stderr);
    assert!(!b
        .call("deckNames", json!({}))
        .as_array()
        .unwrap()
        .contains(&json!("A")));
}

#[test]
fn name_from_id_and_unknown_ids() {
    let b = Anki::shared();
    let id = ids(&expect(&b.url, &["deck", "create", "Named"], 0).stdout)[0];
    assert_eq!(
        expect(&b.url, &["deck", "name", &id.to_string()], 0)
            .stdout
            .trim(),
        "\"Named\""
    );
    assert_eq!(
        expect(&b.url, &["deck", "name", "1"], 0).stdout.trim(),
        "\"Default\""
    );
    let r = expect(&b.url, &["deck", "name", "424242"], 1);
    assert!(
        r.stderr.contains("deck was not found: 424242"),
        "{}",
        r.stderr
    );
}

#[test]
fn options_groups_get_set_clone_use_remove() {
    let b = Anki::shared();
    expect(&b.url, &["deck", "create", "Opt"], 0);
    let config: Value =
        serde_json::from_str(&expect(&b.url, &["deck", "config", "get", "Opt"], 0).stdout).unwrap();
    assert_eq!(config["id"], 1);

    expect(
        &b.url,
        &[
            "deck",
            "config",
            "set",
            "Opt",
            "new.perDay=42",
            "rev.perDay=420",
        ],
        0,
    );
    let after = b.call("getDeckConfig", json!({"deck": "Opt"}));
    assert_eq!(
        (
            after["new"]["perDay"].clone(),
            after["rev"]["perDay"].clone()
        ),
        (json!(42), json!(420))
    );

    let typo = expect(&b.url, &["deck", "config", "set", "Opt", "new.perDya=1"], 2);
    assert!(typo.stderr.contains("perDya"), "{}", typo.stderr);

    let clone_id = ids(&expect(
        &b.url,
        &["deck", "config", "clone", "Fast", "--from", "1"],
        0,
    )
    .stdout)[0];
    expect(
        &b.url,
        &["deck", "config", "use", &clone_id.to_string(), "Opt"],
        0,
    );
    assert_eq!(
        b.call("getDeckConfig", json!({"deck": "Opt"}))["id"],
        json!(clone_id)
    );

    // A whole group from a file round-trips through `get -o json`.
    let dir = tempfile::tempdir().unwrap();
    let mut group = b.call("getDeckConfig", json!({"deck": "Opt"}));
    group["new"]["perDay"] = json!(7);
    let file = crate::common::write_file(dir.path(), "group.json", &group.to_string());
    expect(
        &b.url,
        &["deck", "config", "set", "--file", file.to_str().unwrap()],
        0,
    );
    assert_eq!(
        b.call("getDeckConfig", json!({"deck": "Opt"}))["new"]["perDay"],
        7
    );

    expect(
        &b.url,
        &["deck", "config", "remove", &clone_id.to_string()],
        2,
    );
    expect(
        &b.url,
        &["deck", "config", "remove", &clone_id.to_string(), "--yes"],
        0,
    );
    assert_eq!(
        b.call("getDeckConfig", json!({"deck": "Opt"}))["id"],
        1,
        "deck falls back to Default"
    );
    let gone = expect(
        &b.url,
        &["deck", "config", "remove", &clone_id.to_string(), "--yes"],
        1,
    );
    assert!(gone.stderr.contains(&clone_id.to_string()));

    let bad = expect(&b.url, &["deck", "config", "get", "NoDeck"], 1);
    assert!(bad.stderr.contains("deck was not found: NoDeck"));
    expect(&b.url, &["deck", "config", "use", "1", "NoDeck"], 1);
    expect(
        &b.url,
        &["deck", "config", "clone", "X", "--from", "999"],
        1,
    );
}
