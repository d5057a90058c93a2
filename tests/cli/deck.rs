//! Every deck command against the real add-on. Each test works on decks named after it.

use crate::anki::{Anki, Options};
use crate::common::{cmd, cmd_in, exits, q, tty, tty_cli};
use serde_json::{json, Value};

fn ids(stdout: &str) -> Vec<i64> {
    stdout
        .lines()
        .map(|l| l.trim().parse().expect("an ID per line"))
        .collect()
}

fn deck_names(b: &Anki) -> Vec<String> {
    serde_json::from_value(b.call("deckNames", json!({}))).expect("deck names")
}

/// Adds a Basic note (front unique to the caller) to `deck` and returns its card's ID.
fn add_card(b: &Anki, deck: &str, front: &str) -> i64 {
    // Set up through the add-on directly: note commands are tested elsewhere.
    b.call("createDeck", json!({ "deck": deck }));
    let note =
        json!({"deckName": deck, "modelName": "Basic", "fields": {"Front": front, "Back": "b"}});
    let nid = b.call("addNote", json!({ "note": note }));
    b.call("findCards", json!({ "query": format!("nid:{nid}") }))[0]
        .as_i64()
        .expect("a card ID")
}

#[test]
fn create_prints_ids_and_list_shows_them() {
    let b = Anki::shared();
    let created = ids(&cmd(
        &b.url,
        "deck create deck_create::Verbs deck_create_Spanish",
        0,
    )
    .stdout);
    assert_eq!(created.len(), 2);
    let again = ids(&cmd(&b.url, "deck create deck_create_Spanish", 0).stdout);
    assert_eq!(again, vec![created[1]], "an existing deck keeps its ID");

    let listed: Value = serde_json::from_str(&cmd(&b.url, "deck list", 0).stdout).unwrap();
    assert_eq!(listed["deck_create::Verbs"], json!(created[0]));
    assert_eq!(listed["deck_create_Spanish"], json!(created[1]));
    assert!(
        listed["deck_create"].is_i64(),
        "parent deck created too: {listed}"
    );

    let names: Vec<String> =
        serde_json::from_str(&cmd(&b.url, "deck list --names", 0).stdout).unwrap();
    let ours: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("deck_create"))
        .collect();
    assert_eq!(
        ours,
        ["deck_create", "deck_create::Verbs", "deck_create_Spanish"],
        "{names:?}"
    );
    assert!(names.contains(&"Default".to_string()));

    let tsv = cmd(&b.url, "deck list -o tsv", 0).stdout;
    assert!(
        tsv.contains(&format!("deck_create_Spanish\t{}\n", created[1])),
        "{tsv}"
    );
    let id_lines = ids(&cmd(&b.url, "deck ls -o ids", 0).stdout);
    assert!(id_lines.contains(&1) && id_lines.contains(&created[0]));
}

#[test]
fn create_refuses_empty_levels() {
    // The add-on would create "deck_levels::blank" for "deck_levels::".
    let b = Anki::shared();
    for bad in ["deck_levels::", "::deck_levels", " "] {
        let r = cmd(&b.url, &format!("deck create {}", q(bad)), 2);
        assert!(r.stderr.contains("empty level"), "{bad}: {}", r.stderr);
    }
    assert!(!deck_names(b).iter().any(|n| n.contains("deck_levels")));
}

#[test]
fn list_on_a_terminal_is_a_table() {
    let b = Anki::shared();
    cmd(&b.url, "deck create deck_table_Geography", 0);
    let out = tty(&b.url, "deck list", 0);
    assert!(
        out.stdout.contains("Deck")
            && out.stdout.contains("deck_table_Geography")
            && out.stdout.contains('│'),
        "{}",
        out.stdout
    );
}

#[test]
fn delete_needs_yes_without_a_terminal_and_then_deletes_cards_and_subdecks() {
    let b = Anki::shared();
    let card = add_card(b, "deck_delete_Scratch::Sub", "deck_delete_front");
    cmd(&b.url, "deck delete deck_delete_Scratch", 2).err_has(&["--yes"]);
    assert!(
        deck_names(b).contains(&"deck_delete_Scratch".to_string()),
        "nothing deleted"
    );

    cmd(&b.url, "deck delete deck_delete_Scratch --yes", 0);
    assert!(!deck_names(b).iter().any(|n| n.starts_with("deck_delete")));
    assert_eq!(
        b.call("cardsModTime", json!({ "cards": [card] })),
        json!([{}]),
        "the subdeck's card went with it"
    );
}

#[test]
fn delete_asks_on_a_terminal() {
    let b = Anki::shared();
    cmd(&b.url, "deck create deck_ask_Keep deck_ask_Drop", 0);
    exits(
        &mut tty_cli(&b.url),
        "deck delete deck_ask_Keep",
        Some("n\n"),
        1,
    )
    .err_has(&["[y/N]", "cancelled"]);
    exits(
        &mut tty_cli(&b.url),
        "deck delete deck_ask_Drop",
        Some("y\n"),
        0,
    )
    .out_has(&["Deleted deck 'deck_ask_Drop'"]);
    let names = deck_names(b);
    assert!(
        names.contains(&"deck_ask_Keep".to_string())
            && !names.contains(&"deck_ask_Drop".to_string())
    );
}

#[test]
fn delete_of_an_unknown_deck_changes_nothing() {
    let b = Anki::shared();
    cmd(&b.url, "deck create deck_unknown_Real", 0);
    cmd(
        &b.url,
        "deck delete deck_unknown_Real deck_unknown_Ghost --yes",
        1,
    )
    .err_has(&["deck was not found: deck_unknown_Ghost"]);
    assert!(deck_names(b).contains(&"deck_unknown_Real".to_string()));
}

#[test]
fn stats_count_cards_and_never_create_decks() {
    let b = Anki::shared();
    cmd(&b.url, "deck create deck_stats::Child", 0);
    add_card(b, "deck_stats::Child", "deck_stats_one");
    add_card(b, "deck_stats::Child", "deck_stats_two");

    let r = cmd(&b.url, "deck stats deck_stats::Child -o json", 0);
    let stats: Value = serde_json::from_str(&r.stdout).unwrap();
    let entries: Vec<&Value> = stats.as_object().unwrap().values().collect();
    assert_eq!(entries.len(), 1, "{stats}");
    assert_eq!(entries[0]["name"], "Child", "{stats}");
    assert_eq!(entries[0]["total_in_deck"], 2, "{stats}");
    assert_eq!(entries[0]["new_count"], 2);

    let tsv = cmd(&b.url, "deck stats deck_stats deck_stats::Child -o tsv", 0).stdout;
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2, "{tsv}");
    assert_eq!(rows[0][0], "deck_stats", "in the order asked: {tsv}");
    assert_eq!(
        rows[0][2..],
        ["2", "0", "0", "0"],
        "due counts include subdecks, own cards do not: {tsv}"
    );
    assert_eq!(rows[1][0], "deck_stats::Child", "full names: {tsv}");
    assert_eq!(rows[1][2..], ["2", "0", "0", "2"], "{tsv}");

    let missing = cmd(&b.url, "deck stats deck_stats_Nowhere", 1);
    assert!(missing
        .stderr
        .contains("deck was not found: deck_stats_Nowhere"));
    assert!(!deck_names(b).contains(&"deck_stats_Nowhere".to_string()));
}

#[test]
fn stats_of_all_decks() {
    // getDeckStats creates every deck it is asked about, so asking for "all decks" would bring
    // back a deck another test deletes at the same moment: this runs on an Anki of its own.
    let own = Anki::start(Options::default());
    add_card(&own, "deck_all::Sub", "deck_all_one");
    let tsv = cmd(&own.url, "deck stats -o tsv", 0).stdout;
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    let names: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    // In Anki's order (case-insensitive), as `deck list --names` prints them.
    assert_eq!(names, ["deck_all", "deck_all::Sub", "Default"], "{tsv}");
    assert_eq!(rows[0][2..], ["1", "0", "0", "0"], "{tsv}");
    assert_eq!(rows[1][2..], ["1", "0", "0", "1"], "{tsv}");
    // Anki leaves the empty Default deck out of its tree; the CLI shows it with zeros.
    assert_eq!(rows[2][1..], ["1", "0", "0", "0", "0"], "{tsv}");
    assert_eq!(deck_names(&own), names, "no deck was created");
}

#[test]
fn move_cards_from_stdin_and_show_their_decks() {
    let b = Anki::shared();
    let a = add_card(b, "deck_move_From", "deck_move_a").to_string();
    let c = add_card(b, "deck_move_From", "deck_move_b").to_string();
    cmd_in(
        &b.url,
        "deck move - --to deck_move_To::Here",
        &format!("{a}\n{c}\n"),
        0,
    );
    let of: Value =
        serde_json::from_str(&cmd(&b.url, &format!("deck of-cards {a} {c}"), 0).stdout).unwrap();
    assert_eq!(
        of,
        json!({"deck_move_To::Here": [a.parse::<i64>().unwrap(), c.parse::<i64>().unwrap()]})
    );
    let tsv = cmd(&b.url, &format!("deck of-cards {a} -o tsv"), 0).stdout;
    assert_eq!(tsv, format!("deck_move_To::Here\t{a}\n"));
}

#[test]
fn move_and_of_cards_name_unknown_cards() {
    // changeDeck skips unknown IDs (and still creates the deck); getDecks files them under Default.
    let b = Anki::shared();
    let card = add_card(b, "deck_ghost_From", "deck_ghost_a").to_string();
    cmd(
        &b.url,
        &format!("deck move {card} 424242 --to deck_ghost_Never"),
        1,
    )
    .err_has(&["card was not found: 424242"]);
    assert!(!deck_names(b).contains(&"deck_ghost_Never".to_string()));
    assert_eq!(
        b.call(
            "getDecks",
            json!({ "cards": [card.parse::<i64>().unwrap()] })
        ),
        json!({"deck_ghost_From": [card.parse::<i64>().unwrap()]}),
        "the known card did not move either"
    );
    cmd(&b.url, &format!("deck of-cards {card} 424242"), 1)
        .err_has(&["card was not found: 424242"]);
}

#[test]
fn bad_ids_are_rejected_before_sending() {
    let b = Anki::shared();
    cmd(&b.url, "deck move 12 x7 --to deck_badids_A", 2).err_has(&["'x7'"]);
    assert!(!deck_names(b).contains(&"deck_badids_A".to_string()));
}

#[test]
fn name_from_id_and_unknown_ids() {
    let b = Anki::shared();
    let id = ids(&cmd(&b.url, "deck create deck_name_Named", 0).stdout)[0];
    assert_eq!(
        cmd(&b.url, &format!("deck name {id}"), 0).stdout.trim(),
        "\"deck_name_Named\""
    );
    assert_eq!(cmd(&b.url, "deck name 1", 0).stdout.trim(), "\"Default\"");
    // The add-on answers "Default" for an unknown ID; the CLI reports it as unknown.
    cmd(&b.url, "deck name 424242", 1).err_has(&["deck was not found: 424242"]);
}

#[test]
fn options_groups_get_set_clone_use_remove() {
    // Only a group of this test's own is changed: the Default group is shared by every deck.
    let b = Anki::shared();
    let deck = "deck_config_Opt";
    cmd(&b.url, &format!("deck create {deck}"), 0);
    let config: Value =
        serde_json::from_str(&cmd(&b.url, &format!("deck config get {deck}"), 0).stdout).unwrap();
    assert_eq!(config["id"], 1);

    let clone_id = ids(&cmd(&b.url, "deck config clone deck_config_Fast --from 1", 0).stdout)[0];
    cmd(&b.url, &format!("deck config use {clone_id} {deck}"), 0);
    let now = b.call("getDeckConfig", json!({ "deck": deck }));
    assert_eq!(
        (now["id"].clone(), now["name"].clone()),
        (json!(clone_id), json!("deck_config_Fast"))
    );

    cmd(
        &b.url,
        &format!("deck config set {deck} new.perDay=42 rev.perDay=420"),
        0,
    );
    let after = b.call("getDeckConfig", json!({ "deck": deck }));
    assert_eq!(
        (
            after["id"].clone(),
            after["new"]["perDay"].clone(),
            after["rev"]["perDay"].clone()
        ),
        (json!(clone_id), json!(42), json!(420))
    );

    cmd(&b.url, &format!("deck config set {deck} new.perDya=1"), 2).err_has(&["perDya"]);

    // The add-on accepts a group ID that does not exist; the CLI puts the deck back.
    cmd(&b.url, &format!("deck config use 999999 {deck}"), 1)
        .err_has(&["no options group has ID 999999"]);
    assert_eq!(
        b.call("getDeckConfig", json!({ "deck": deck }))["id"],
        json!(clone_id),
        "the deck kept its group"
    );

    // A whole group from a file round-trips through `get -o json`.
    let dir = tempfile::tempdir().unwrap();
    let mut group: Value =
        serde_json::from_str(&cmd(&b.url, &format!("deck config get {deck} -o json"), 0).stdout)
            .unwrap();
    group["new"]["perDay"] = json!(7);
    let file = crate::common::write_file(dir.path(), "group.json", &group.to_string());
    cmd(&b.url, &format!("deck config set --file {}", q(&file)), 0);
    assert_eq!(
        b.call("getDeckConfig", json!({ "deck": deck }))["new"]["perDay"],
        7
    );
    group["id"] = json!(999999);
    let file = crate::common::write_file(dir.path(), "ghost.json", &group.to_string());
    cmd(&b.url, &format!("deck config set --file {}", q(&file)), 1).err_has(&["999999"]);

    cmd(&b.url, &format!("deck config remove {clone_id}"), 2);
    cmd(&b.url, &format!("deck config remove {clone_id} --yes"), 0);
    assert_eq!(
        b.call("getDeckConfig", json!({ "deck": deck }))["id"],
        1,
        "deck falls back to Default"
    );
    let gone = cmd(&b.url, &format!("deck config remove {clone_id} --yes"), 1);
    assert!(gone.stderr.contains(&clone_id.to_string()));

    let bad = cmd(&b.url, "deck config get deck_config_NoDeck", 1);
    assert!(bad
        .stderr
        .contains("deck was not found: deck_config_NoDeck"));
    cmd(&b.url, "deck config use 1 deck_config_NoDeck", 1);
    cmd(&b.url, "deck config clone deck_config_X --from 999", 1);
    assert!(!deck_names(b).contains(&"deck_config_NoDeck".to_string()));
}

#[test]
fn options_groups_by_name_and_the_fsrs_knob() {
    let b = Anki::shared();
    let (french, german) = ("deck_group_French", "deck_group_German");
    for deck in [french, german] {
        b.call("createDeck", json!({ "deck": deck }));
    }
    let group_of = |deck: &str| -> Value {
        serde_json::from_str(&cmd(&b.url, &format!("deck config get {deck}"), 0).stdout).unwrap()
    };
    let hard = ids(&cmd(
        &b.url,
        "deck config clone 'deck_group Hard words' --from Default",
        0,
    )
    .stdout)[0];

    // No deck uses the new group yet: its name reaches nothing, its ID does.
    cmd(
        &b.url,
        &format!("deck config use 'deck_group Hard words' {french}"),
        1,
    )
    .err_has(&[
        "no options group named 'deck_group Hard words'",
        "'Default' (1)",
        "by its ID",
    ]);
    assert_eq!(group_of(french)["id"], 1, "nothing changed");
    cmd(&b.url, &format!("deck config use {hard} {french}"), 0);
    // Now a deck uses it: the name (any case) reaches it.
    cmd(
        &b.url,
        &format!("deck config use 'deck_group hard WORDS' {german}"),
        0,
    );
    assert_eq!(group_of(german)["id"], hard);
    let copy = ids(&cmd(
        &b.url,
        "deck config clone deck_group_Copy --from 'deck_group Hard words'",
        0,
    )
    .stdout)[0];
    assert_ne!(copy, hard);

    // Two groups of one name: refused with both IDs.
    let twin = ids(&cmd(&b.url, "deck config clone 'deck_group Hard words'", 0).stdout)[0];
    cmd(&b.url, &format!("deck config use {twin} {german}"), 0);
    cmd(
        &b.url,
        &format!("deck config use 'deck_group Hard words' {german}"),
        1,
    )
    .err_has(&[
        "2 options groups are named 'deck_group Hard words'",
        &hard.to_string(),
        &twin.to_string(),
        "give the ID",
    ]);

    // desiredRetention is FSRS's knob; --help says so and lists Anki 26's keys.
    cmd(
        &b.url,
        &format!("deck config set {french} desiredRetention=0.85"),
        0,
    );
    assert_eq!(group_of(german)["id"], twin);
    assert_eq!(group_of(french)["desiredRetention"], 0.85);
    cmd(
        &b.url,
        &format!("deck config set {french} desiredRetention=1.5"),
        2,
    )
    .err_has(&["0.70 to 0.99"]);
    let help = cmd(&b.url, "deck config set --help", 0).stdout;
    for key in ["desiredRetention", "fsrsParams6", "FSRS", "sm2Retention"] {
        assert!(help.contains(key), "{key} in: {help}");
    }
    let help = cmd(&b.url, "deck config use --help", 0).stdout;
    assert!(help.contains("groups that decks use"), "{help}");

    tty(
        &b.url,
        "deck config remove 'deck_group Hard words' --yes",
        1,
    )
    .err_has(&["give the ID"]);
    let r = tty(&b.url, &format!("deck config remove {twin} --yes"), 0);
    assert_eq!(r.stdout, format!("Removed options group {twin}.\n"));
    let r = tty(
        &b.url,
        "deck config remove 'deck_group Hard words' --yes",
        0,
    );
    assert_eq!(
        r.stdout,
        format!("Removed options group 'deck_group Hard words' (ID {hard}).\n")
    );
    cmd(&b.url, &format!("deck config remove {copy} --yes"), 0);
}
