//! Every card command against the real add-on. Each test works on a deck named after it.

use crate::anki::Anki;
use crate::common::{cmd, cmd_in, tty};
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

fn json_out(b: &Anki, line: &str) -> Value {
    serde_json::from_str(&cmd(&b.url, line, 0).stdout).unwrap()
}

/// What the command line `line` prints on a terminal, asserting exit code 0.
fn table(b: &Anki, line: &str) -> String {
    tty(&b.url, line, 0).stdout
}

fn card_info(b: &Anki, card: i64) -> Value {
    b.call("cardsInfo", json!({ "cards": [card] }))[0].clone()
}

#[test]
fn find_info_and_notes() {
    let b = Anki::shared();
    let ids = cards(b, "card_find", &["<b>chat</b>", "chien"]);
    let found: Vec<i64> = cmd(&b.url, "card find deck:card_find", 0)
        .stdout
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert_eq!(found, ids);

    let info = json_out(b, "card info --query deck:card_find");
    assert_eq!(info.as_array().unwrap().len(), 2);
    assert_eq!(info[0]["deckName"], "card_find");

    let table = table(b, &format!("card info {}", ids[0]));
    assert!(
        table.contains("chat") && !table.contains("<b>") && table.contains("new"),
        "{table}"
    );
    let tsv = cmd(&b.url, &format!("card info {} 9 -o tsv", ids[0]), 0).stdout;
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0][..4],
        [&ids[0].to_string(), "card_find", "Basic", "chat"],
        "{tsv}"
    );
    assert_eq!(rows[1][..2], ["9", "(not found)"], "{tsv}");

    let notes = cmd(&b.url, &format!("card notes {}", ids[0]), 0).stdout;
    let nid = card_info(b, ids[0])["note"].clone();
    assert_eq!(notes, format!("{nid}\n"));
    cmd(&b.url, "card notes 424242", 1).err_has(&["card was not found: 424242"]);

    let mods = json_out(b, &format!("card mod-time {} 424242", ids[0]));
    assert_eq!(mods[0]["cardId"], ids[0]);
    assert_eq!(mods[1], json!({}));
}

#[test]
fn suspend_by_query_and_check() {
    let b = Anki::shared();
    let ids = cards(b, "card_suspend", &["card_suspend_a", "card_suspend_b"]);
    let (a, c) = (ids[0].to_string(), ids[1].to_string());
    let out = table(b, "card suspend --query deck:card_suspend");
    assert_eq!(out, "Suspended 2 card(s).\n");
    assert_eq!(
        b.call("areSuspended", json!({ "cards": ids })),
        json!([true, true])
    );
    // The add-on answers true here too (it skips items of the list it shortens while reading).
    let again = table(b, &format!("card suspend {a} {c}"));
    assert_eq!(again, "All 2 card(s) were suspended already.\n");

    let one = cmd(&b.url, &format!("card suspended {a} -o tsv"), 0).stdout;
    assert_eq!(one, format!("{a}\tyes\n"));
    cmd_in(&b.url, "card unsuspend -", &c, 0);
    let many = json_out(b, &format!("card suspended {a} {c} 424242"));
    assert_eq!(many, json!([true, false, null]));
    let mixed = table(b, &format!("card unsuspend {a} {c}"));
    assert_eq!(mixed, "Unsuspended 1 card(s) (1 were not suspended).\n");
    assert_eq!(
        b.call("areSuspended", json!({ "cards": ids })),
        json!([false, false])
    );

    cmd(&b.url, &format!("card suspend {a} 424242"), 1).err_has(&["card was not found: 424242"]);
    assert_eq!(
        b.call("suspended", json!({ "card": ids[0] })),
        json!(false),
        "nothing was suspended"
    );
    cmd(&b.url, &format!("card suspend {c}"), 0);
    let partly = table(b, &format!("card suspend {a} {c}"));
    assert_eq!(partly, "Suspended 1 card(s) (1 already were).\n");
    assert_eq!(
        b.call("areSuspended", json!({ "cards": ids })),
        json!([true, true])
    );
    // A search that matches nothing is nothing to do (exit 0), as an empty `-` pipe is.
    let none = cmd(&b.url, "card suspend --query deck:card_suspend_nothing", 0);
    assert_eq!(none.stdout, "");
    let shown = tty(&b.url, "card suspend --query deck:card_suspend_nothing", 0);
    assert!(shown.stderr.contains("no cards match"), "{}", shown.stderr);
}

/// The exit-code rule for an empty selection, on every command that takes `--query` and acts on
/// (or shows) what it matches: a `--query` that matches nothing and a `-` that reads no IDs both
/// exit 0 with nothing on stdout (README "Exit codes"). The commands come from the clap tree, so
/// a new one is covered.
#[test]
fn an_empty_selection_exits_0_on_every_command_that_takes_query() {
    use clap::CommandFactory;
    let b = Anki::shared();
    let mut lines = Vec::new();
    let root = anki_cli::cli::Cli::command();
    for group in root.get_subcommands() {
        for sub in group.get_subcommands() {
            let takes_query = sub
                .get_arguments()
                .any(|a| a.get_long() == Some("query") && !a.is_required_set());
            let selects = sub.get_arguments().any(|a| {
                a.get_value_names()
                    .is_some_and(|n| n.iter().any(|n| n.as_str().ends_with("_ID")))
            });
            if takes_query && selects {
                let mut line = format!("{} {}", group.get_name(), sub.get_name());
                // Required values that come before the selection.
                match sub.get_name() {
                    "set-ease" => line.push_str(" 2500"),
                    "set-due" => line.push_str(" 0"),
                    "reposition" => line.push_str(" --start 0"),
                    _ => {}
                }
                if sub.get_arguments().any(|a| a.get_id() == "yes") {
                    line.push_str(" --yes");
                }
                lines.push(line);
            }
        }
    }
    assert!(lines.len() >= 17, "{lines:?}");
    assert!(lines.contains(&"note info".to_string()), "{lines:?}");
    for line in &lines {
        let by_query = cmd(&b.url, &format!("{line} --query deck:exit_rule_nothing"), 0);
        assert_eq!(by_query.stdout, "", "{line} --query");
        let by_pipe = cmd_in(&b.url, &format!("{line} -"), "", 0);
        assert_eq!(by_pipe.stdout, "", "{line} -");
    }
}

#[test]
fn answer_then_intervals_due_and_ease() {
    let b = Anki::shared();
    let ids = cards(b, "card_answer", &["card_answer_a", "card_answer_b"]);
    let (a, c) = (ids[0].to_string(), ids[1].to_string());
    assert_eq!(
        json_out(b, &format!("card intervals {a}")),
        json!([0]),
        "new"
    );
    assert_eq!(json_out(b, &format!("card due {a}")), json!([true]), "new");
    cmd(&b.url, &format!("card answer {a}:easy {c}:1"), 0);
    let intervals = json_out(b, &format!("card intervals {a} {c}"));
    assert!(
        intervals[0].as_i64().unwrap() > 0,
        "easy graduates the card: {intervals}"
    );
    assert!(
        intervals[1].as_i64().unwrap() < 0,
        "again keeps it learning (seconds): {intervals}"
    );
    let complete = json_out(b, &format!("card intervals --complete {a}"));
    assert_eq!(complete[0].as_array().unwrap().len(), 1);
    assert_eq!(json_out(b, &format!("card due {a}")), json!([false]));

    cmd(&b.url, &format!("card set-ease 3100 {a}"), 0);
    assert_eq!(json_out(b, &format!("card ease {a}")), json!([3100]));
    assert_eq!(
        json_out(b, &format!("card ease {a} 424242")),
        json!([3100, null])
    );
    cmd(&b.url, &format!("card set-ease 50 {a}"), 2);
    cmd(&b.url, &format!("card set-ease 2900 {c} 424242"), 5).err_has(&["424242"]);
    assert_eq!(
        card_info(b, ids[1])["factor"],
        2900,
        "the known card was set"
    );

    for (verb, shown) in [("due", "areDue"), ("intervals", "getIntervals")] {
        let r = cmd(&b.url, &format!("card {verb} {a} 424242"), 1);
        assert!(
            r.stderr.contains("card was not found: 424242"),
            "{shown}: {}",
            r.stderr
        );
    }

    cmd(&b.url, &format!("card answer {a}:meh"), 2).err_has(&["meh"]);
    cmd(&b.url, "card answer 424242:good", 5).err_has(&["424242"]);
}

#[test]
fn set_values_forget_relearn_and_due_dates() {
    let b = Anki::shared();
    let ids = cards(b, "card_sched", &["card_sched_a"]);
    let a = ids[0].to_string();
    cmd(&b.url, &format!("card set {a} flags=1"), 0);
    assert_eq!(card_info(b, ids[0])["flags"], 1);
    cmd(&b.url, &format!("card set {a} reps=5 --yes"), 1).err_has(&["reps", "--warning-check"]);
    assert_eq!(card_info(b, ids[0])["reps"], 0);
    cmd(
        &b.url,
        &format!("card set {a} reps=5 --warning-check --yes"),
        0,
    );
    assert_eq!(card_info(b, ids[0])["reps"], 5);
    // The add-on answers [true] for a key that is no card column, and changes nothing.
    cmd(&b.url, &format!("card set {a} flag=2"), 2).err_has(&["'flag'"]);
    cmd(&b.url, "card set 424242 flags=1", 1).err_has(&["Card was not found: 424242"]);

    cmd(&b.url, &format!("card set-due '3-7!' {a}"), 0);
    let info = card_info(b, ids[0]);
    assert_eq!(info["queue"], 2, "now a review card: {info}");
    let ivl = info["interval"].as_i64().unwrap();
    assert!((3..=7).contains(&ivl), "! sets the interval: {info}");
    cmd(&b.url, &format!("card set-due 7-3 {a}"), 2);

    cmd(&b.url, &format!("card relearn {a} --yes"), 0);
    assert_eq!(card_info(b, ids[0])["type"], 3);

    cmd(&b.url, &format!("card forget {a}"), 2);
    cmd(&b.url, &format!("card forget {a} --yes"), 0);
    assert_eq!(card_info(b, ids[0])["queue"], 0);

    for line in [
        "card set-due 0 424242",
        "card relearn 424242 --yes",
        "card forget 424242 --yes",
    ] {
        let r = cmd(&b.url, line, 1);
        assert!(
            r.stderr.contains("card was not found: 424242"),
            "{line}: {}",
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
    cmd(&b.url, &format!("card relearn {a} --yes"), 0);
    for verb in ["due", "intervals"] {
        let r = cmd(&b.url, &format!("card {verb} {a}"), 1);
        assert!(
            r.stderr.contains("no review history") && r.stderr.contains(&a),
            "{verb}: {}",
            r.stderr
        );
    }
}

fn due_of(b: &Anki, card: i64) -> i64 {
    card_info(b, card)["due"].as_i64().unwrap()
}

#[test]
fn reposition_new_cards_with_and_without_shift() {
    // Positions far past every other test's new cards: --shift moves only this test's cards.
    let b = Anki::shared();
    let ids = cards(
        b,
        "card_repos",
        &[
            "card_repos_a",
            "card_repos_b",
            "card_repos_c",
            "card_repos_d",
        ],
    );
    let [a, bb, c, d] = [ids[0], ids[1], ids[2], ids[3]];
    cmd(&b.url, &format!("card answer {d}:easy"), 0);

    let r = tty(
        &b.url,
        &format!("card reposition {a} {bb} {c} --start 5000000 --step 10"),
        0,
    );
    assert_eq!(
        r.stdout,
        "Repositioned 3 card(s) to positions 5000000-5000020.\n"
    );
    assert_eq!(
        [due_of(b, a), due_of(b, bb), due_of(b, c)],
        [5000000, 5000010, 5000020]
    );

    cmd(&b.url, &format!("card reposition {a} {d} --start 1"), 1)
        .err_has(&[&format!("these are not new: {d}; nothing was changed")]);
    assert_eq!(due_of(b, a), 5000000, "nothing changed");
    cmd(&b.url, &format!("card reposition {a} 424242 --start 1"), 1)
        .err_has(&["card was not found: 424242"]);

    // --shift makes room: b, at the start, moves up by step x cards = 1; a (before it) stays.
    let r = tty(
        &b.url,
        &format!("card reposition {c} --start 5000010 --shift"),
        0,
    );
    assert_eq!(
        r.stdout,
        "Repositioned 1 card(s) to positions 5000010-5000010; 1 other new card(s) moved up.\n"
    );
    assert_eq!(
        [due_of(b, a), due_of(b, bb), due_of(b, c)],
        [5000000, 5000011, 5000010]
    );

    // Without it the others stay where they are, even on the same position.
    cmd(&b.url, &format!("card reposition {a} --start 5000011"), 0);
    assert_eq!([due_of(b, a), due_of(b, bb)], [5000011, 5000011]);

    let r = cmd(
        &b.url,
        "card reposition --query 'deck:card_repos is:new' --start 6000000 --randomize",
        0,
    );
    let result: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(result["shifted"], 0);
    let mut dues = vec![due_of(b, a), due_of(b, bb), due_of(b, c)];
    dues.sort_unstable();
    assert_eq!(dues, [6000000, 6000001, 6000002]);
}

#[test]
fn bury_and_unbury_restore_each_queue_as_anki_does() {
    let b = Anki::shared();
    let ids = cards(
        b,
        "card_bury",
        &["card_bury_new", "card_bury_review", "card_bury_learn"],
    );
    let [new, review, learn] = [ids[0], ids[1], ids[2]];
    cmd(
        &b.url,
        &format!("card answer {review}:easy {learn}:again"),
        0,
    );
    let queues = |b: &Anki| -> Vec<Value> {
        let infos = b.call("cardsInfo", json!({ "cards": ids }));
        infos
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["queue"].clone())
            .collect()
    };
    assert_eq!(queues(b), [json!(0), json!(2), json!(1)]);

    let r = tty(&b.url, &format!("card bury {new} {review} {learn}"), 0);
    assert_eq!(r.stdout, "Buried 3 card(s).\n");
    assert_eq!(queues(b), [json!(-3), json!(-3), json!(-3)]);
    let buried = cmd(&b.url, "card find deck:card_bury is:buried", 0).stdout;
    assert_eq!(buried.lines().count(), 3, "{buried}");
    let again = tty(&b.url, &format!("card bury {new}"), 0);
    assert_eq!(again.stdout, "Buried 0 card(s) (1 already were).\n");

    let r = tty(&b.url, "card unbury --query 'deck:card_bury is:buried'", 0);
    assert_eq!(r.stdout, "Unburied 3 card(s).\n");
    assert_eq!(
        queues(b),
        [json!(0), json!(2), json!(1)],
        "each queue as its type gives it"
    );
    assert_eq!(
        cmd(&b.url, "card find deck:card_bury is:buried", 0).stdout,
        ""
    );
    cmd(&b.url, &format!("card bury {new} 424242"), 1).err_has(&["card was not found: 424242"]);
    assert_eq!(queues(b)[0], 0, "nothing was buried");
}
