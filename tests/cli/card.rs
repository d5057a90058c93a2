//! Every card command against the real add-on. Each test works on a deck named after it.

use crate::anki::Anki;
use crate::common::{cli, expect, run};
use serde_json::{json, Value};

/// Adds Basic notes to `deck` and returns their card IDs. Duplicates are allowed, so a front
/// may be short (terminal tables wrap long words).
fn cards(b: &Anki, deck: &str, fronts: &[&str]) -> Vec<i64> {
    b.call("createDeck", json!({ "deck": deck }));
    for front in fronts {
        let note = json!({"deckName": deck, "modelName": "Basic", "fields": {"Front": front, "Back": "back"},
                          "options": {"allowDuplicate": true}});
        b.call("addNote", json!({ "note": note }));
    }
    let found = b.call("findCards", json!({"query": format!("\"deck:{deck}\"")}));
    serde_json::from_value(found).expect("card IDs")
}

fn json_out(b: &Anki, args: &[&str]) -> Value {
    serde_json::from_str(&expect(&b.url, args, 0).stdout).unwrap()
}

fn tty(b: &Anki, args: &[&str]) -> String {
    let r = run(cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"), args, None);
    assert_eq!(r.code, Some(0), "{args:?}: {}", r.stderr);
    r.stdout
}

fn card_info(b: &Anki, card: i64) -> Value {
    b.call("cardsInfo", json!({ "cards": [card] }))[0].clone()
}

#[test]
fn find_info_and_notes() {
    let b = Anki::shared();
    let ids = cards(b, "card_find", &["<b>chat</b>", "chien"]);
    let found: Vec<i64> = expect(&b.url, &["card", "find", "deck:card_find"], 0)
        .stdout
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert_eq!(found, ids);

    let info = json_out(b, &["card", "info", "--query", "deck:card_find"]);
    assert_eq!(info.as_array().unwrap().len(), 2);
    assert_eq!(info[0]["deckName"], "card_find");

    let table = tty(b, &["card", "info", &ids[0].to_string()]);
    assert!(
        table.contains("chat") && !table.contains("<b>") && table.contains("new"),
        "{table}"
    );
    let tsv = expect(
        &b.url,
        &["card", "info", &ids[0].to_string(), "9", "-o", "tsv"],
        0,
    )
    .stdout;
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0][..4],
        [&ids[0].to_string(), "card_find", "Basic", "chat"],
        "{tsv}"
    );
    assert_eq!(rows[1][..2], ["9", "(not found)"], "{tsv}");

    let notes = expect(&b.url, &["card", "notes", &ids[0].to_string()], 0).stdout;
    let nid = card_info(b, ids[0])["note"].clone();
    assert_eq!(notes, format!("{nid}\n"));
    let r = expect(&b.url, &["card", "notes", "424242"], 1);
    assert!(
        r.stderr.contains("card was not found: 424242"),
        "{}",
        r.stderr
    );

    let mods = json_out(b, &["card", "mod-time", &ids[0].to_string(), "424242"]);
    assert_eq!(mods[0]["cardId"], ids[0]);
    assert_eq!(mods[1], json!({}));
}

#[test]
fn suspend_by_query_and_check() {
    let b = Anki::shared();
    let ids = cards(b, "card_suspend", &["card_suspend_a", "card_suspend_b"]);
    let (a, c) = (ids[0].to_string(), ids[1].to_string());
    let out = tty(b, &["card", "suspend", "--query", "deck:card_suspend"]);
    assert_eq!(out, "Suspended 2 card(s).\n");
    assert_eq!(
        b.call("areSuspended", json!({ "cards": ids })),
        json!([true, true])
    );
    // The add-on answers true here too (it skips items of the list it shortens while reading).
    let again = tty(b, &["card", "suspend", &a, &c]);
    assert_eq!(again, "All 2 card(s) were suspended already.\n");

    let one = expect(&b.url, &["card", "suspended", &a, "-o", "tsv"], 0).stdout;
    assert_eq!(one, format!("{a}\tyes\n"));
    let r = run(&mut cli(&b.url), &["card", "unsuspend", "-"], Some(&c));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let many = json_out(b, &["card", "suspended", &a, &c, "424242"]);
    assert_eq!(many, json!([true, false, null]));
    let mixed = tty(b, &["card", "unsuspend", &a, &c]);
    assert_eq!(mixed, "Unsuspended 1 card(s) (1 were not suspended).\n");
    assert_eq!(
        b.call("areSuspended", json!({ "cards": ids })),
        json!([false, false])
    );

    let unknown = expect(&b.url, &["card", "suspend", &a, "424242"], 1);
    assert!(
        unknown.stderr.contains("card was not found: 424242"),
        "{}",
        unknown.stderr
    );
    assert_eq!(
        b.call("suspended", json!({ "card": ids[0] })),
        json!(false),
        "nothing was suspended"
    );
    expect(&b.url, &["card", "suspend", &c], 0);
    let partly = tty(b, &["card", "suspend", &a, &c]);
    assert_eq!(partly, "Suspended 1 card(s) (1 already were).\n");
    assert_eq!(
        b.call("areSuspended", json!({ "cards": ids })),
        json!([true, true])
    );
    let none = expect(
        &b.url,
        &["card", "suspend", "--query", "deck:card_suspend_nothing"],
        1,
    );
    assert!(none.stderr.contains("no cards match"), "{}", none.stderr);
}

#[test]
fn answer_then_intervals_due_and_ease() {
    let b = Anki::shared();
    let ids = cards(b, "card_answer", &["card_answer_a", "card_answer_b"]);
    let (a, c) = (ids[0].to_string(), ids[1].to_string());
    assert_eq!(json_out(b, &["card", "intervals", &a]), json!([0]), "new");
    assert_eq!(json_out(b, &["card", "due", &a]), json!([true]), "new");
    expect(
        &b.url,
        &["card", "answer", &format!("{a}:easy"), &format!("{c}:1")],
        0,
    );
    let intervals = json_out(b, &["card", "intervals", &a, &c]);
    assert!(
        intervals[0].as_i64().unwrap() > 0,
        "easy graduates the card: {intervals}"
    );
    assert!(
        intervals[1].as_i64().unwrap() < 0,
        "again keeps it learning (seconds): {intervals}"
    );
    let complete = json_out(b, &["card", "intervals", "--complete", &a]);
    assert_eq!(complete[0].as_array().unwrap().len(), 1);
    assert_eq!(json_out(b, &["card", "due", &a]), json!([false]));

    expect(&b.url, &["card", "set-ease", "3100", &a], 0);
    assert_eq!(json_out(b, &["card", "ease", &a]), json!([3100]));
    assert_eq!(
        json_out(b, &["card", "ease", &a, "424242"]),
        json!([3100, null])
    );
    expect(&b.url, &["card", "set-ease", "50", &a], 2);
    let partly = expect(&b.url, &["card", "set-ease", "2900", &c, "424242"], 5);
    assert!(partly.stderr.contains("424242"), "{}", partly.stderr);
    assert_eq!(
        card_info(b, ids[1])["factor"],
        2900,
        "the known card was set"
    );

    for (cmd, shown) in [("due", "areDue"), ("intervals", "getIntervals")] {
        let r = expect(&b.url, &["card", cmd, &a, "424242"], 1);
        assert!(
            r.stderr.contains("card was not found: 424242"),
            "{shown}: {}",
            r.stderr
        );
    }

    let bad = expect(&b.url, &["card", "answer", &format!("{a}:meh")], 2);
    assert!(bad.stderr.contains("meh"), "{}", bad.stderr);
    let missing = expect(&b.url, &["card", "answer", "424242:good"], 5);
    assert!(missing.stderr.contains("424242"), "{}", missing.stderr);
}

#[test]
fn set_values_forget_relearn_and_due_dates() {
    let b = Anki::shared();
    let ids = cards(b, "card_sched", &["card_sched_a"]);
    let a = ids[0].to_string();
    expect(&b.url, &["card", "set", &a, "flags=1"], 0);
    assert_eq!(card_info(b, ids[0])["flags"], 1);
    let risky = expect(&b.url, &["card", "set", &a, "reps=5", "--yes"], 1);
    assert!(
        risky.stderr.contains("reps") && risky.stderr.contains("--warning-check"),
        "{}",
        risky.stderr
    );
    assert_eq!(card_info(b, ids[0])["reps"], 0);
    expect(
        &b.url,
        &["card", "set", &a, "reps=5", "--warning-check", "--yes"],
        0,
    );
    assert_eq!(card_info(b, ids[0])["reps"], 5);
    // The add-on answers [true] for a key that is no card column, and changes nothing.
    let typo = expect(&b.url, &["card", "set", &a, "flag=2"], 2);
    assert!(typo.stderr.contains("'flag'"), "{}", typo.stderr);
    let missing = expect(&b.url, &["card", "set", "424242", "flags=1"], 1);
    assert!(
        missing.stderr.contains("Card was not found: 424242"),
        "{}",
        missing.stderr
    );

    expect(&b.url, &["card", "set-due", "3-7!", &a], 0);
    let info = card_info(b, ids[0]);
    assert_eq!(info["queue"], 2, "now a review card: {info}");
    let ivl = info["interval"].as_i64().unwrap();
    assert!((3..=7).contains(&ivl), "! sets the interval: {info}");
    expect(&b.url, &["card", "set-due", "7-3", &a], 2);

    expect(&b.url, &["card", "relearn", &a, "--yes"], 0);
    assert_eq!(card_info(b, ids[0])["type"], 3);

    expect(&b.url, &["card", "forget", &a], 2);
    expect(&b.url, &["card", "forget", &a, "--yes"], 0);
    assert_eq!(card_info(b, ids[0])["queue"], 0);

    for args in [
        vec!["card", "set-due", "0", "424242"],
        vec!["card", "relearn", "424242", "--yes"],
        vec!["card", "forget", "424242", "--yes"],
    ] {
        let r = expect(&b.url, &args, 1);
        assert!(
            r.stderr.contains("card was not found: 424242"),
            "{args:?}: {}",
            r.stderr
        );
    }
}

#[test]
fn due_and_intervals_of_a_card_without_history_are_explained() {
    // A new card put into relearning has no review log: the add-on fails with
    // "list index out of range" for it.
    let b = Anki::shared();
    let ids = cards(b, "card_nohistory", &["card_nohistory_a"]);
    let a = ids[0].to_string();
    expect(&b.url, &["card", "relearn", &a, "--yes"], 0);
    for cmd in ["due", "intervals"] {
        let r = expect(&b.url, &["card", cmd, &a], 1);
        assert!(
            r.stderr.contains("no review history") && r.stderr.contains(&a),
            "{cmd}: {}",
            r.stderr
        );
    }
}
