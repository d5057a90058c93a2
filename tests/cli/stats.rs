//! Every stats command against the real backend.

use crate::anki::Anki;
use crate::common::{cli, expect, run, write_file};
use serde_json::{json, Value};

fn reviewed_card(b: &Anki) -> i64 {
    b.call("createDeck", json!({"deck": "Stats"}));
    let note =
        json!({"deckName": "Stats", "modelName": "Basic", "fields": {"Front": "q", "Back": "a"}});
    b.call("addNote", json!({ "note": note }));
    let card = b.call("findCards", json!({"query": "deck:Stats"}))[0]
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
    let b = Anki::shared();
    reviewed_card(&b);
    assert_eq!(expect(&b.url, &["stats", "today"], 0).stdout.trim(), "1");
    let by_day: Value =
        serde_json::from_str(&expect(&b.url, &["stats", "by-day"], 0).stdout).unwrap();
    assert_eq!(by_day[0][1], 1);
    let tty = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["stats", "by-day"],
        None,
    );
    assert!(
        tty.stdout.contains('█'),
        "a bar chart on a terminal: {}",
        tty.stdout
    );
    let tsv = expect(&b.url, &["stats", "by-day", "-o", "tsv"], 0).stdout;
    assert!(tsv.ends_with("\t1\n") && !tsv.contains('█'), "{tsv}");
}

#[test]
fn reviews_of_a_deck_and_of_cards_name_their_columns() {
    let b = Anki::shared();
    let card = reviewed_card(&b);
    let tty = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["stats", "reviews", "Stats"],
        None,
    );
    assert!(
        tty.stdout.contains("lastIvl") && tty.stdout.contains(&card.to_string()),
        "{}",
        tty.stdout
    );
    let rows: Value =
        serde_json::from_str(&expect(&b.url, &["stats", "reviews", "Stats"], 0).stdout).unwrap();
    let review_id = rows[0][0].as_i64().unwrap();
    assert_eq!(rows[0][1], card);
    let later: Value = serde_json::from_str(
        &expect(
            &b.url,
            &[
                "stats",
                "reviews",
                "Stats",
                "--since",
                &review_id.to_string(),
            ],
            0,
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(later, json!([]));
    assert_eq!(
        expect(&b.url, &["stats", "latest-review", "Stats"], 0)
            .stdout
            .trim(),
        review_id.to_string()
    );
    let of_cards: Value = serde_json::from_str(
        &expect(&b.url, &["stats", "card-reviews", &card.to_string()], 0).stdout,
    )
    .unwrap();
    assert_eq!(of_cards[card.to_string()][0]["ease"], 3);
    let tsv = expect(
        &b.url,
        &["stats", "card-reviews", &card.to_string(), "-o", "tsv"],
        0,
    )
    .stdout;
    assert!(tsv.starts_with(&format!("{review_id}\t{card}\t")), "{tsv}");
}

#[test]
fn insert_reviews_checks_every_row_first() {
    let b = Anki::shared();
    let card = reviewed_card(&b);
    let dir = tempfile::tempdir().unwrap();
    let bad = write_file(
        dir.path(),
        "bad.csv",
        &format!("id,cid,usn,ease,ivl,lastIvl,factor,time,type\n1594194095746,{card},-1,3,4,-60,2500,6157,0\n1594194095747,{card},-1,three,4,-60,2500,6157,0\n"),
    );
    let r = expect(
        &b.url,
        &["stats", "insert-reviews", bad.to_str().unwrap()],
        2,
    );
    assert!(
        r.stderr.contains("row 3") && r.stderr.contains("column 4"),
        "{}",
        r.stderr
    );
    assert_eq!(
        b.call("getReviewsOfCards", json!({"cards": [card]}))[card.to_string()]
            .as_array()
            .unwrap()
            .len(),
        1,
        "nothing inserted"
    );

    let good = write_file(
        dir.path(),
        "good.json",
        &format!("[[1594194095746,{card},-1,3,4,-60,2500,6157,0]]"),
    );
    expect(
        &b.url,
        &["stats", "insert-reviews", good.to_str().unwrap()],
        0,
    );
    assert_eq!(
        b.call("getReviewsOfCards", json!({"cards": [card]}))[card.to_string()]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn html_goes_to_a_file_not_the_terminal() {
    let b = Anki::shared();
    let tty = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["stats", "html"],
        None,
    );
    assert_eq!(tty.code, Some(2));
    assert!(tty.stderr.contains("--out"), "{}", tty.stderr);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stats.html");
    expect(
        &b.url,
        &["stats", "html", "--out", out.to_str().unwrap()],
        0,
    );
    assert!(std::fs::read_to_string(&out).unwrap().contains("<"));
    expect(
        &b.url,
        &["stats", "html", "--out", out.to_str().unwrap()],
        2,
    );
    let piped = expect(&b.url, &["stats", "html", "--current-deck"], 0);
    assert!(piped.stdout.contains("<"));
}
