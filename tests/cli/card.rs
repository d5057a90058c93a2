//! Every card command against the real backend.

use crate::anki::Anki;
use crate::common::{cli, expect, run};
use serde_json::{json, Value};

/// Adds Basic notes to a deck and returns their card IDs.
fn cards(b: &Anki, deck: &str, fronts: &[&str]) -> Vec<i64> {
    b.call("createDeck", json!({ "deck": deck }));
    for front in fronts {
        let note = json!({"deckName": deck, "modelName": "Basic", "fields": {"Front": front, "Back": "back"}});
        b.call("addNote", json!({ "note": note }));
    }
    let found = b.call("findCards", json!({"query": format!("\"deck:{deck}\"")}));
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect()
}

fn json_out(b: &Anki, args: &[&str]) -> Value {
    serde_json::from_str(&expect(&b.url, args, 0).stdout).unwrap()
}

#[test]
fn find_info_and_notes() {
    let b = Anki::shared();
    let ids = cards(&b, "French", &["<b>chat</b>", "chien"]);
    let found: Vec<i64> = expect(&b.url, &["card", "find", "deck:French"], 0)
        .stdout
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert_eq!(found, ids);

    let info = json_out(&b, &["card", "info", "--query", "deck:French"]);
    assert_eq!(info.as_array().unwrap().len(), 2);
    assert_eq!(info[0]["deckName"], "French");

    let tty = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["card", "info", &ids[0].to_string(), "9"],
        None,
    );
    assert!(
        tty.stdout.contains("chat") && !tty.stdout.contains("<b>") && tty.stdout.contains("new"),
        "{}",
        tty.stdout
    );
    assert!(tty.stdout.contains("(not found)"), "{}", tty.stdout);

    let notes = expect(&b.url, &["card", "notes", &ids[0].to_string()], 0).stdout;
    assert_eq!(notes.lines().count(), 1);
    let mods = json_out(&b, &["card", "mod-time", &ids[0].to_string()]);
    assert_eq!(mods[0]["cardId"], ids[0]);
}

#[test]
fn suspend_by_query_and_check() {
    let b = Anki::shared();
    let ids = cards(&b, "Leeches", &["a", "b"]);
    expect(&b.url, &["card", "suspend", "--query", "deck:Leeches"], 0);
    assert_eq!(
        b.call("areSuspended", json!({ "cards": ids })),
        json!([true, true])
    );
    let one = expect(
        &b.url,
        &["card", "suspended", &ids[0].to_string(), "-o", "tsv"],
        0,
    )
    .stdout;
    assert_eq!(one, format!("{}\tyes\n", ids[0]));
    let r = run(
        &mut cli(&b.url),
        &["card", "unsuspend", "-"],
        Some(&ids[1].to_string()),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let many = json_out(
        &b,
        &[
            "card",
            "suspended",
            &ids[0].to_string(),
            &ids[1].to_string(),
            "424242",
        ],
    );
    assert_eq!(many, json!([true, false, null]));
    let none = expect(&b.url, &["card", "suspend", "--query", "deck:Nothing"], 1);
    assert!(none.stderr.contains("no cards match"), "{}", none.stderr);
}

#[test]
fn answer_then_intervals_due_and_ease() {
    let b = Anki::shared();
    let ids = cards(&b, "Review", &["a", "b"]);
    let (a, c) = (ids[0].to_string(), ids[1].to_string());
    expect(
        &b.url,
        &["card", "answer", &format!("{a}:easy"), &format!("{c}:1")],
        0,
    );
    let intervals = json_out(&b, &["card", "intervals", &a, &c]);
    assert!(
        intervals[0].as_i64().unwrap() > 0,
        "easy graduates the card: {intervals}"
    );
    assert!(
        intervals[1].as_i64().unwrap() < 0,
        "again keeps it learning (seconds): {intervals}"
    );
    let complete = json_out(&b, &["card", "intervals", "--complete", &a]);
    assert_eq!(complete[0].as_array().unwrap().len(), 1);
    let due = json_out(&b, &["card", "due", &a]);
    assert_eq!(due, json!([false]));

    expect(&b.url, &["card", "set-ease", "3100", &a], 0);
    assert_eq!(json_out(&b, &["card", "ease", &a]), json!([3100]));
    expect(&b.url, &["card", "set-ease", "50", &a], 2);

    let bad = expect(&b.url, &["card", "answer", &format!("{a}:meh")], 2);
    assert!(bad.stderr.contains("meh"), "{}", bad.stderr);
    let missing = expect(&b.url, &["card", "answer", "424242:good"], 5);
    assert!(missing.stderr.contains("424242"), "{}", missing.stderr);
}

#[test]
fn set_values_forget_relearn_and_due_dates() {
    let b = Anki::shared();
    let ids = cards(&b, "Sched", &["a"]);
    let a = ids[0].to_string();
    expect(&b.url, &["card", "set", &a, "flags=1"], 0);
    assert_eq!(b.call("cardsInfo", json!({"cards": ids}))[0]["flags"], 1);
    let risky = expect(&b.url, &["card", "set", &a, "reps=5"], 1);
    assert!(risky.stderr.contains("--warning-check"), "{}", risky.stderr);
    expect(&b.url, &["card", "set", &a, "reps=5", "--warning-check"], 0);
    assert_eq!(b.call("cardsInfo", json!({"cards": ids}))[0]["reps"], 5);

    expect(&b.url, &["card", "set-due", "3-7!", &a], 0);
    let info = b.call("cardsInfo", json!({"cards": ids}));
    assert_eq!(info[0]["queue"], 2, "now a review card: {info}");
    expect(&b.url, &["card", "set-due", "7-3", &a], 2);

    expect(&b.url, &["card", "relearn", &a], 0);
    assert_eq!(b.call("cardsInfo", json!({"cards": ids}))[0]["type"], 3);

    expect(&b.url, &["card", "forget", &a], 2);
    expect(&b.url, &["card", "forget", &a, "--yes"], 0);
    assert_eq!(b.call("cardsInfo", json!({"cards": ids}))[0]["queue"], 0);
}
