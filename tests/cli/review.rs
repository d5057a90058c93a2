//! `anki-cli review`: the study loop through a pseudo-terminal on the offscreen Anki's window
//! ([`Anki::gui`], one test at a time), its effect checked through the API.

use std::time::Duration;

use rexpect::session::PtySession;
use serde_json::{json, Value};

use crate::anki::Anki;
use crate::common::{cmd, tty, wait_until};

/// Adds Basic notes to `deck` (created if missing); returns their card IDs in order.
fn cards(b: &Anki, deck: &str, fronts: &[&str]) -> Vec<i64> {
    b.call("createDeck", json!({ "deck": deck }));
    for front in fronts {
        let note = json!({"deckName": deck, "modelName": "Basic",
                          "fields": {"Front": front, "Back": format!("{front} back")}});
        b.call("addNote", json!({ "note": note }));
    }
    let found = b.call("findCards", json!({"query": format!("\"deck:{deck}\"")}));
    serde_json::from_value(found).expect("card IDs")
}

fn card_info(b: &Anki, card: i64) -> Value {
    b.call("cardsInfo", json!({ "cards": [card] }))[0].clone()
}

/// Presses `keys` on the pseudo-terminal.
fn press(s: &mut PtySession, keys: &str) {
    s.send(keys).unwrap();
    s.flush().unwrap();
}

/// `anki-cli review DECK` on a pseudo-terminal.
fn spawn_review(url: &str, deck: &str) -> PtySession {
    let bin = assert_cmd::cargo::cargo_bin("anki-cli");
    let mut command = std::process::Command::new(bin);
    command
        .args(["review", deck])
        .env("ANKI_CLI_URL", url)
        .env("ANKI_CLI_CONFIG", "/nonexistent/config.toml")
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("EDITOR", "sed -i s/one.back/one.edited/")
        .env_remove("VISUAL")
        .env_remove("ANKI_CLI_KEY")
        .env_remove("ANKI_CLI_FORCE_TTY");
    rexpect::session::spawn_command(command, Some(60_000)).expect("a pty")
}

#[test]
fn without_a_terminal_or_with_dry_run_review_refuses() {
    let b = Anki::shared();
    cmd(&b.url, "review French", 2).err_has(&["terminal", "gui current", "gui answer"]);
    cmd(&b.url, "--dry-run review French", 2).err_has(&["--dry-run"]);
}

#[test]
fn a_deck_with_nothing_to_study_says_when_and_an_unknown_one_is_refused() {
    let b = Anki::gui();
    let deck = "review_nothing";
    let ids = cards(&b, deck, &["review_nothing one"]);
    cmd(&b.url, &format!("card suspend {}", ids[0]), 0);
    let r = tty(&b.url, &format!("review {deck}"), 0);
    assert!(
        r.stdout
            .contains(&format!("Nothing to study in {deck} now."))
            && r.stdout.contains("no cards to study"),
        "{}",
        r.stdout
    );
    tty(&b.url, "review review_no_such_deck", 1).err_has(&["deck was not found"]);
}

#[test]
fn study_answer_undo_and_quit_on_a_terminal() {
    let b = Anki::gui();
    let deck = "review_pty";
    let ids = cards(&b, deck, &["review_pty one", "review_pty two"]);
    // One learning step: Good graduates a new card, so its interval changes.
    let group = cmd(&b.url, "deck config clone review_pty_steps", 0).stdout;
    cmd(
        &b.url,
        &format!("deck config use {} {deck}", group.trim()),
        0,
    );
    cmd(
        &b.url,
        &format!("deck config set {deck} 'new.delays=[1]'"),
        0,
    );

    let mut s = spawn_review(&b.url, deck);
    s.exp_string("review_pty one").expect("the question");
    s.exp_string("Space: show answer").expect("the hint");
    press(&mut s, " ");
    s.exp_string("review_pty one back").expect("the answer");
    // (rexpect reads bytes as Latin-1: expectations stay ASCII.)
    s.exp_string("3 good 1d")
        .expect("the buttons with intervals");

    press(&mut s, "3");
    s.exp_string("review_pty two").expect("the next question");
    let after = card_info(&b, ids[0]);
    assert_eq!(after["reps"], 1, "{after}");
    assert!(
        after["interval"].as_i64().unwrap() >= 1,
        "graduated: {after}"
    );

    press(&mut s, "u");
    s.exp_string("Undone: the card is back.").expect("undone");
    s.exp_string("review_pty one")
        .expect("the first card again");
    let undone = card_info(&b, ids[0]);
    assert_eq!(
        (undone["reps"].clone(), undone["interval"].clone()),
        (json!(0), json!(0))
    );

    // - buries, s suspends; u undoes either.
    press(&mut s, "-");
    s.exp_string("Buried until tomorrow.").expect("buried");
    s.exp_string("review_pty two").expect("the next card");
    assert_eq!(card_info(&b, ids[0])["queue"], -3);
    press(&mut s, "u");
    s.exp_string("Unburied.").expect("unburied");
    s.exp_string("review_pty one")
        .expect("the first card again");
    assert_eq!(card_info(&b, ids[0])["queue"], 0);
    press(&mut s, "s");
    s.exp_string("Suspended.").expect("suspended");
    assert_eq!(card_info(&b, ids[0])["queue"], -1);
    press(&mut s, "u");
    s.exp_string("Unsuspended.").expect("unsuspended");
    assert_eq!(card_info(&b, ids[0])["queue"], 0);

    // e edits the note in $EDITOR, as note edit does; the card shows the edit.
    press(&mut s, "e");
    s.exp_string("Updated note").expect("edited");
    s.exp_string("review_pty one").expect("the question again");
    press(&mut s, "r");
    press(&mut s, "?");
    s.exp_string("bury").expect("the help");
    press(&mut s, " ");
    s.exp_string("review_pty one.edited")
        .expect("the edited answer");
    press(&mut s, "\r");
    s.exp_string("review_pty two")
        .expect("Enter on the answer is Good");
    press(&mut s, "q");
    s.exp_string("Studied 1 card(s)").expect("the summary");
    s.exp_string("good 1").expect("the answers");
    s.exp_eof().expect("it ends");
    let status = s.process().wait().expect("it exits");
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
    wait_until(
        Duration::from_secs(20),
        Duration::from_millis(50),
        "the second answer is recorded",
        || card_info(&b, ids[0])["reps"] == json!(1),
    );
}

#[test]
fn review_works_inside_the_repl() {
    let b = Anki::gui();
    let deck = "review_repl";
    cards(&b, deck, &["review_repl one"]);
    let home = tempfile::tempdir().unwrap();
    let mut s = crate::repl::spawn_tty_repl(&b.url, home.path());
    s.send_line(&format!("review {deck}")).unwrap();
    s.exp_string("review_repl one").expect("the question");
    press(&mut s, " ");
    s.exp_string("review_repl one back").expect("the answer");
    press(&mut s, "1");
    // Again keeps the card in learning: it comes back as the only card left.
    s.exp_string("review_repl one").expect("the card again");
    press(&mut s, " ");
    press(&mut s, "4");
    s.exp_string("Congratulations! You have finished review_repl for now.")
        .expect("the deck is done");
    s.exp_string("Studied 2 card(s)").expect("the summary");
    s.exp_string("again 1, hard 0, good 0, easy 1")
        .expect("the answers");
    s.send_line("deck list --names").unwrap();
    s.exp_string(deck).expect("the REPL goes on");
    s.send_line("exit").unwrap();
    s.exp_eof().expect("it ends");
}
