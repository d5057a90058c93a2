//! Every `gui` command on a real, offscreen Anki window ([`Anki::gui`], one test at a time; each
//! turn starts on the deck list with no other window open), its effect checked through the API.
//! Request shapes are checked with `--dry-run`; `gui exit` runs on an Anki of its own.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use crate::anki::{Anki, Options};
use crate::common::{cmd, q, tty, wait_until, write_file};
use serde_json::{json, Value};

/// How long Anki may take for what it does after answering (undo, Check Database, dialogs).
const SETTLE: Duration = Duration::from_secs(20);

fn ids(stdout: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = stdout
        .lines()
        .map(|l| l.trim().parse().expect("an ID per line"))
        .collect();
    ids.sort_unstable();
    ids
}

fn json_of(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

/// Adds a Basic note to `deck` (created if missing) through the API; returns (note ID, card ID).
fn basic_note(b: &Anki, deck: &str, front: &str, tags: &[&str]) -> (i64, i64) {
    b.call("createDeck", json!({ "deck": deck }));
    let note = json!({"deckName": deck, "modelName": "Basic", "fields": {"Front": front, "Back": "back"}, "tags": tags});
    let note = b.call("addNote", json!({ "note": note })).as_i64().unwrap();
    let cards = b.call("findCards", json!({"query": format!("nid:{note}")}));
    (note, cards[0].as_i64().unwrap())
}

/// Polls `check` until it holds; panics with `what` after [`SETTLE`].
fn eventually(what: &str, check: impl FnMut() -> bool) {
    let what = format!("not within {SETTLE:?}: {what}");
    wait_until(SETTLE, Duration::from_millis(50), &what, check);
}

/// How many lines of Anki's log contain `text`.
fn log_count(b: &Anki, text: &str) -> usize {
    std::fs::read_to_string(b.base.join("anki.log"))
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains(text))
        .count()
}

#[test]
fn browse_then_select_and_selected_follow_the_browser() {
    let b = Anki::gui();
    let deck = "gui_browse::Deck";
    let (note1, card1) = basic_note(&b, deck, "gui_browse one", &[]);
    let (note2, card2) = basic_note(&b, deck, "gui_browse two", &[]);
    let query = format!("\"deck:{deck}\"");

    let found = cmd(
        &b.url,
        &format!("gui browse {} --sort cardDue --order descending", q(&query)),
        0,
    );
    let mut both = vec![card1, card2];
    both.sort_unstable();
    assert_eq!(ids(&found.stdout), both, "the Browser's search matches");

    cmd(&b.url, &format!("gui select {card2}"), 0);
    assert_eq!(
        ids(&cmd(&b.url, "gui selected", 0).stdout),
        vec![note2],
        "the Browser selected card {card2}'s note"
    );
    tty(&b.url, &format!("gui select-note {card1}"), 0)
        .out_has(&[&format!("Selected card {card1}")]);
    assert_eq!(
        ids(&cmd(&b.url, "gui selected", 0).stdout),
        vec![note1],
        "select-note takes a card ID too"
    );

    // The Browser sorts only by the columns it shows; Created is not one of them by default.
    cmd(
        &b.url,
        &format!("gui browse {} --sort noteCrt", q(&query)),
        1,
    )
    .err_has(&["invalid columnId: noteCrt", "cardDue"]);
    let r = cmd(&b.url, "gui browse", 0);
    assert_eq!(r.stdout, "", "no search, no IDs");

    b.close_windows();
    assert_eq!(cmd(&b.url, "gui selected", 0).stdout, "");
    cmd(&b.url, &format!("gui select {card1}"), 1).err_has(&["the Browser is not open"]);
}

#[test]
fn add_opens_the_dialog_and_add_set_fills_it_in() {
    let b = Anki::gui();
    let deck = "gui_add::Deck";
    b.call("createDeck", json!({ "deck": deck }));

    cmd(&b.url, "gui add-set -f Front=x", 1).err_has(&["Add Note dialog is not open"]);

    // A filled-in dialog: the add-on needs both deck and note type.
    cmd(&b.url, "gui add -f Text=x", 2).err_has(&["--deck and --model"]);
    let r = cmd(
        &b.url,
        &format!(
            "gui add -d {deck} -m Cloze -f {} -t gui_add_tag",
            "'Text=gui_add {{c1::cloze}}'"
        ),
        0,
    );
    assert_eq!(
        r.stdout, "0\n",
        "AnkiConnect answers 0: the note has no ID until it is added"
    );

    // The dialog now shows a Cloze note: it has Text, not Front.
    cmd(&b.url, "gui add-set -f Front=x", 1)
        .err_has(&["Field \"Front\" not found in current note"]);
    tty(
        &b.url,
        "gui add-set --append -f 'Text= more' -t gui_add_more",
        0,
    )
    .out_has(&["Filled in the Add dialog"]);

    // Switching the note type in the open dialog: now Front is there and Text is not.
    cmd(
        &b.url,
        &format!("gui add-set -d {deck} -m Basic -f 'Front=gui_add front' -f Back=b"),
        0,
    );
    cmd(&b.url, "gui add-set -f Text=x", 1).err_has(&["Field \"Text\" not found"]);
    cmd(&b.url, "gui add-set -d gui_add::Nope", 1).err_has(&["Deck \"gui_add::Nope\" not found"]);

    // The empty form of `gui add` brings the open dialog back, as it is.
    tty(&b.url, "gui add", 0).out_has(&["Opened the Add dialog"]);
    cmd(&b.url, "gui add-set -f 'Back=still Basic'", 0);
    assert_eq!(
        b.call("findNotes", json!({"query": format!("\"deck:{deck}\"")})),
        json!([]),
        "nothing is added before someone clicks Add"
    );

    b.close_windows();
    cmd(&b.url, "gui add-set -f Front=x", 1);
}

#[test]
fn review_show_answer_and_answer_a_card() {
    let b = Anki::gui();
    let deck = "gui_review::Deck";
    let (_, card) = basic_note(&b, deck, "gui_review front", &[]);

    // Nothing is under review yet.
    assert_eq!(cmd(&b.url, "gui reviewing", 0).stdout, "false\n");
    cmd(&b.url, "gui current", 1).err_has(&["Gui review is not currently active"]);
    for line in [
        "gui show-answer",
        "gui show-question",
        "gui start-timer",
        "gui play-audio",
    ] {
        let r = cmd(&b.url, line, 1);
        assert!(
            r.stderr.contains("no review in progress"),
            "{line}: {}",
            r.stderr
        );
    }
    cmd(&b.url, "gui answer good", 1).err_has(&["cannot answer"]);

    tty(&b.url, &format!("gui review {deck}"), 0).out_has(&[&format!("Reviewing deck '{deck}'")]);
    assert_eq!(cmd(&b.url, "gui reviewing", 0).stdout, "true\n");
    let current = json_of(&cmd(&b.url, "gui current", 0).stdout);
    assert_eq!(current["cardId"], json!(card));
    assert_eq!(current["deckName"], json!(deck));
    let view = tty(&b.url, "gui current", 0).stdout;
    for expected in [
        "gui_review front",
        "Basic (Card 1)",
        "good (",
        &card.to_string(),
    ] {
        assert!(view.contains(expected), "{expected} in {view}");
    }
    assert!(!view.contains("<style>"), "{view}");

    // The question is showing: no answer yet; show-question brings it back after show-answer.
    cmd(&b.url, "gui answer good", 1);
    cmd(&b.url, "gui show-answer", 0);
    cmd(&b.url, "gui show-question", 0);
    cmd(&b.url, "gui answer good", 1).err_has(&["the answer is not showing"]);
    cmd(&b.url, "gui play-audio", 0);

    // start-timer restarts the card's clock: the review's time leaves out the wait before it
    // (it is at most the time from start-timer to the answer; without the restart, a second more).
    std::thread::sleep(Duration::from_secs(1));
    let timed = Instant::now();
    cmd(&b.url, "gui start-timer", 0);
    cmd(&b.url, "gui show-answer", 0);
    let r = tty(&b.url, "gui answer good", 0);
    let timed = timed.elapsed().as_millis() as u64;
    assert!(r.stdout.contains("answered good"), "{}", r.stdout);

    // Anki 26 records the answer in a background operation, after guiAnswerCard has replied.
    eventually("the answer is recorded", || {
        b.call("cardsInfo", json!({ "cards": [card] }))[0]["reps"] == json!(1)
    });
    let reviews = b.call("getReviewsOfCards", json!({ "cards": [card] }));
    let reviews = reviews[card.to_string()].as_array().unwrap().clone();
    assert_eq!(reviews.len(), 1, "{reviews:?}");
    assert_eq!(reviews[0]["ease"], json!(3), "answered good");
    let taken = reviews[0]["time"].as_u64().unwrap();
    assert!(
        taken <= timed + 50,
        "the timer restarted: {taken} ms taken, {timed} ms from start-timer to the answer"
    );

    tty(&b.url, "gui decks", 0).out_has(&["Showing the deck list"]);
    assert_eq!(cmd(&b.url, "gui reviewing", 0).stdout, "false\n");
}

#[test]
fn review_of_a_deck_with_nothing_due_or_no_deck() {
    let b = Anki::gui();
    let deck = "gui_review_empty::Deck";
    b.call("createDeck", json!({ "deck": deck }));
    tty(&b.url, &format!("gui review {deck}"), 0).out_has(&["has nothing to review now"]);
    assert_eq!(cmd(&b.url, "gui reviewing", 0).stdout, "false\n");
    cmd(&b.url, "gui review gui_review_empty::Nope", 1)
        .err_has(&["deck was not found: gui_review_empty::Nope"]);
}

#[test]
fn deck_overview_makes_the_deck_current_and_decks_goes_back() {
    let b = Anki::gui();
    let deck = "gui_deck::Deck";
    let (_, card) = basic_note(&b, deck, "gui_deck front", &[]);
    tty(&b.url, &format!("gui deck {deck}"), 0).out_has(&[&format!("Showing deck '{deck}'")]);
    assert_eq!(
        b.call("findCards", json!({"query": "deck:current"})),
        json!([card]),
        "the overview's deck is the current deck"
    );
    assert_eq!(cmd(&b.url, "gui reviewing", 0).stdout, "false\n");
    cmd(&b.url, "gui deck gui_deck::Nope", 1).err_has(&["deck was not found: gui_deck::Nope"]);
    assert_eq!(cmd(&b.url, "gui decks", 0).stdout, "");
}

#[test]
fn undo_reverts_the_last_operation() {
    let b = Anki::gui();
    let (_, card) = basic_note(&b, "gui_undo::Deck", "gui_undo front", &[]);
    b.call("suspend", json!({ "cards": [card] }));
    assert_eq!(
        b.call("areSuspended", json!({ "cards": [card] })),
        json!([true])
    );
    tty(&b.url, "gui undo", 0).out_has(&["undo"]);
    eventually("the suspension is undone", || {
        b.call("areSuspended", json!({ "cards": [card] })) == json!([false])
    });
}

#[test]
fn check_database_drops_unused_tags() {
    let b = Anki::gui();
    let tag = "gui_check_database_orphan";
    let (note, _) = basic_note(&b, "gui_check_database::Deck", "gui_check_database", &[tag]);
    b.call("removeTags", json!({"notes": [note], "tags": tag}));
    let has_tag = || {
        b.call("getTags", json!({}))
            .as_array()
            .unwrap()
            .contains(&json!(tag))
    };
    assert!(has_tag(), "a tag no note uses stays registered");
    tty(&b.url, "gui check-database", 0).out_has(&["Check Database"]);
    eventually("Check Database drops the unused tag", || !has_tag());
}

#[test]
fn import_opens_anki_import_dialog_and_imports_nothing_unconfirmed() {
    let b = Anki::gui();
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "gui_import.txt",
        "front\tback\ngui_import word\tmot\n",
    );
    let file = file.to_str().unwrap();
    let opened = "modal dialog open: ImportDialog title='Import File'";
    let closed = "closing modal dialog: ImportDialog title='Import File'";
    let (opened_before, closed_before) = (log_count(&b, opened), log_count(&b, closed));

    tty(&b.url, &format!("gui import {}", q(file)), 0).out_has(&[file]);
    // Nobody confirms it here: the launcher closes it as Escape would, and nothing is imported.
    eventually("Anki shows its import dialog, then it is closed", || {
        log_count(&b, opened) > opened_before && log_count(&b, closed) > closed_before
    });
    assert_eq!(
        b.call("findNotes", json!({"query": "\"gui_import word\""})),
        json!([])
    );

    let chooser = "closing modal dialog: QFileDialog";
    let chooser_before = log_count(&b, chooser);
    // Without a file it says first that the chooser blocks AnkiConnect until closed.
    cmd(&b.url, "gui import", 0).err_has(&["answers no other request"]);
    eventually("Anki shows its file chooser", || {
        log_count(&b, chooser) > chooser_before
    });
}

#[test]
fn edit_reports_the_known_add_on_problem() {
    let b = Anki::gui();
    let (note, _) = basic_note(&b, "gui_edit::Deck", "gui_edit front", &[]);
    // AnkiConnect's edit dialog expects a form Anki 26 no longer has.
    cmd(&b.url, &format!("gui edit {note}"), 1).err_has(&[
        "'Ui_Dialog' object has no attribute 'buttonBox'",
        "known AnkiConnect problem",
        &format!("anki-cli note edit {note}"),
    ]);
    let r = cmd(&b.url, "gui edit 1", 1).err_has(&["No such note: '1'"]);
    assert!(
        !r.stderr.contains("known AnkiConnect problem"),
        "{}",
        r.stderr
    );
}

#[test]
fn exit_reports_the_known_add_on_problem() {
    let b = Anki::start(Options::default());
    // The add-on closes Anki from a QTimer it does not keep: PyQt deletes it before it fires.
    tty(&b.url, "gui exit", 1).err_has(&[
        "still running 15 s after guiExitAnki",
        "known AnkiConnect problem",
    ]);
    assert!(!b.wait_for_exit(Duration::ZERO), "Anki is still running");
    assert_eq!(b.call("version", json!({})), json!(6));
}

/// A server that answers one request as AnkiConnect does and then stops listening, as an Anki
/// that closes would (the real add-on's `guiExitAnki` does not close Anki 26); returns its URL
/// and the request it got.
fn answers_once_then_closes() -> (String, std::thread::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let served = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream);
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
            if line == "\r\n" {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        let reply = r#"{"result": null, "error": null}"#;
        write!(
            reader.get_mut(),
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{reply}",
            reply.len()
        )
        .unwrap();
        String::from_utf8(body).unwrap()
    });
    (url, served)
}

#[test]
fn exit_waits_until_anki_stops_answering() {
    let (url, served) = answers_once_then_closes();
    tty(&url, "gui exit", 0).out_has(&["Anki is closing"]);
    assert_eq!(
        json_of(&served.join().unwrap()),
        json!({"action": "guiExitAnki", "version": 6})
    );
}

#[test]
fn dry_run_shows_the_requests() {
    let dry = |line: &str| -> Value {
        // `gui add` reads the note type's fields first: only reads reach Anki.
        json_of(&cmd(&Anki::shared().url, &format!("--dry-run {line}"), 0).stdout)
    };
    assert_eq!(
        dry("gui browse deck:current --sort cardDue --order descending"),
        json!({"action": "guiBrowse", "version": 6, "params": {"query": "deck:current", "reorderCards": {"columnId": "cardDue", "order": "descending"}}})
    );
    assert_eq!(
        dry("gui add -d Default -m Basic -f Front=chat -t 'a b'"),
        json!({"action": "guiAddCards", "version": 6, "params": {"note": {"deckName": "Default", "modelName": "Basic", "fields": {"Front": "chat"}, "tags": ["a", "b"]}}})
    );
    assert_eq!(
        dry("gui add"),
        json!({"action": "guiAddCards", "version": 6})
    );
    assert_eq!(
        dry("gui add-set -f Front=x --append"),
        json!({"action": "guiAddNoteSetData", "version": 6, "params": {"note": {"fields": {"Front": "x"}}, "append": true}})
    );
    assert_eq!(
        dry("gui answer easy"),
        json!({"action": "guiAnswerCard", "version": 6, "params": {"ease": 4}})
    );
    assert_eq!(
        dry("gui import C:/Users/me/cards.txt"),
        json!({"action": "guiImportFile", "version": 6, "params": {"path": "C:/Users/me/cards.txt"}})
    );
    cmd("http://127.0.0.1:9", "gui add-set", 2).err_has(&["nothing to fill in"]);
}
