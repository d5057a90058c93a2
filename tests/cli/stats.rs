//! Every stats command against the real add-on. Counts over the whole collection are checked on
//! an Anki of the test's own; the rest on decks named after each test.

use crate::anki::{Anki, Options};
use crate::common::{cmd, q, run_line, tty, tty_cli, write_file};
use serde_json::{json, Value};

/// Adds a Basic note to `deck`, answers its card "good" and returns the card's ID.
fn reviewed_card(b: &Anki, deck: &str) -> i64 {
    b.call("createDeck", json!({ "deck": deck }));
    let front = format!("{deck}_front");
    let note =
        json!({"deckName": deck, "modelName": "Basic", "fields": {"Front": front, "Back": "a"}});
    let nid = b.call("addNote", json!({ "note": note }));
    let card = b.call("findCards", json!({ "query": format!("nid:{nid}") }))[0]
        .as_i64()
        .unwrap();
    b.call(
        "answerCards",
        json!({"answers": [{"cardId": card, "ease": 3}]}),
    );
    card
}

#[test]
fn today_and_by_day_count_reviews() {
    // Collection-wide counts: on an Anki of this test's own, so they are exact.
    let own = Anki::start(Options::default());
    let b = &own;
    assert_eq!(cmd(&b.url, "stats today", 0).stdout.trim(), "0");
    assert_eq!(cmd(&b.url, "stats by-day", 0).stdout.trim(), "[]");
    let card = reviewed_card(b, "stats_today");
    reviewed_card(b, "stats_today2");
    assert_eq!(cmd(&b.url, "stats today", 0).stdout.trim(), "2");
    // The add-on counts review-log entries: a second answer of a card counts again, and so
    // does a reschedule.
    b.call(
        "answerCards",
        json!({"answers": [{"cardId": card, "ease": 3}]}),
    );
    b.call("setDueDate", json!({"cards": [card], "days": "5"}));
    let tty = run_line(&mut tty_cli(&b.url), "stats today", None);
    assert_eq!(tty.stdout, "4 review(s) today\n");

    let by_day: Value = serde_json::from_str(&cmd(&b.url, "stats by-day", 0).stdout).unwrap();
    assert_eq!(by_day.as_array().unwrap().len(), 1, "{by_day}");
    assert_eq!(by_day[0][1], 4, "{by_day}");
    let day = by_day[0][0].as_str().unwrap().to_string();
    assert!(
        day.len() == 10 && day.as_bytes()[4] == b'-',
        "YYYY-MM-DD: {day}"
    );
    let tty = run_line(&mut tty_cli(&b.url), "stats by-day --days 7", None);
    assert!(
        tty.stdout.contains(&day) && tty.stdout.contains('█'),
        "a bar chart on a terminal: {}",
        tty.stdout
    );
    let tsv = cmd(&b.url, "stats by-day -o tsv", 0).stdout;
    assert_eq!(tsv, format!("{day}\t4\n"));
}

#[test]
fn reviews_of_a_deck_and_of_cards_name_their_columns() {
    let b = Anki::shared();
    let deck = "stats_reviews";
    let card = reviewed_card(b, deck);
    run_line(&mut tty_cli(&b.url), &format!("stats reviews {deck}"), None)
        .out_has(&["lastIvl", &card.to_string()]);
    let rows: Value =
        serde_json::from_str(&cmd(&b.url, &format!("stats reviews {deck}"), 0).stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    let review_id = rows[0][0].as_i64().unwrap();
    assert_eq!(rows[0][1], card);
    assert_eq!(rows[0][3], 3, "the ease answered");
    let later: Value = serde_json::from_str(
        &cmd(
            &b.url,
            &format!("stats reviews {deck} --since {review_id}"),
            0,
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(later, json!([]));
    assert_eq!(
        cmd(&b.url, &format!("stats latest-review {deck}"), 0)
            .stdout
            .trim(),
        review_id.to_string()
    );
    let of_cards: Value =
        serde_json::from_str(&cmd(&b.url, &format!("stats card-reviews {card}"), 0).stdout)
            .unwrap();
    assert_eq!(of_cards[card.to_string()][0]["ease"], 3);
    assert_eq!(of_cards[card.to_string()][0]["id"], review_id);
    let tsv = cmd(&b.url, &format!("stats card-reviews {card} -o tsv"), 0).stdout;
    assert!(tsv.starts_with(&format!("{review_id}\t{card}\t")), "{tsv}");
}

#[test]
fn reviews_of_an_unknown_deck_do_not_create_it() {
    // cardReviews and getLatestReviewID create a deck they do not know.
    let b = Anki::shared();
    for line in [
        "stats reviews stats_Nowhere",
        "stats latest-review stats_Nowhere",
    ] {
        let r = cmd(&b.url, line, 1);
        assert!(
            r.stderr.contains("deck was not found: stats_Nowhere"),
            "{line}: {}",
            r.stderr
        );
    }
    let names = b.call("deckNames", json!({}));
    assert!(
        !names.as_array().unwrap().contains(&json!("stats_Nowhere")),
        "{names}"
    );
    b.call("createDeck", json!({"deck": "stats_empty"}));
    assert_eq!(
        cmd(&b.url, "stats latest-review stats_empty", 0)
            .stdout
            .trim(),
        "0"
    );
}

#[test]
fn insert_reviews_checks_every_row_first() {
    let b = Anki::shared();
    let card = reviewed_card(b, "stats_insert");
    let history = |b: &Anki| {
        b.call("getReviewsOfCards", json!({ "cards": [card] }))[card.to_string()]
            .as_array()
            .unwrap()
            .len()
    };
    let dir = tempfile::tempdir().unwrap();
    let bad = write_file(
        dir.path(),
        "bad.csv",
        &format!("id,cid,usn,ease,ivl,lastIvl,factor,time,type\n1594194095746,{card},-1,3,4,-60,2500,6157,0\n1594194095747,{card},-1,three,4,-60,2500,6157,0\n"),
    );
    cmd(&b.url, &format!("stats insert-reviews {}", q(&bad)), 2).err_has(&["row 3", "column 4"]);
    assert_eq!(history(b), 1, "nothing inserted");

    let good = write_file(
        dir.path(),
        "good.json",
        &format!("[[1594194095746,{card},-1,3,4,-60,2500,6157,0]]"),
    );
    cmd(&b.url, &format!("stats insert-reviews {}", q(&good)), 0);
    assert_eq!(history(b), 2);
    let reviews = b.call("getReviewsOfCards", json!({ "cards": [card] }));
    assert!(
        reviews[card.to_string()]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == 1594194095746_i64 && r["time"] == 6157),
        "{reviews}"
    );
}

#[test]
fn html_goes_to_a_file_not_the_terminal() {
    let b = Anki::shared();
    tty(&b.url, "stats html", 2).err_has(&["--out"]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stats.html");
    cmd(&b.url, &format!("stats html --out {}", q(&out)), 0);
    assert!(std::fs::read_to_string(&out).unwrap().contains("<"));
    cmd(&b.url, &format!("stats html --out {}", q(&out)), 2);
    let piped = cmd(&b.url, "stats html --current-deck", 0);
    assert!(piped.stdout.contains("<"));
}
