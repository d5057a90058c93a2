//! The REPL: piped sessions, completion with live values, and a real pseudo-terminal.

use std::time::Duration;

use crate::anki::Anki;
use crate::common::{cli, run};
use anki_cli::app::Session;
use anki_cli::cli::GlobalArgs;
use anki_cli::config::{Env, Overrides};
use anki_cli::repl::complete::ReplHelper;
use anki_cli::terminal::Terminal;
use serde_json::json;

#[test]
fn piped_sessions_keep_settings_and_survive_errors() {
    let b = Anki::shared();
    let script = "\
# a comment
deck create French
set deck French
set model Basic
note add -f Front=bonjour -f Back=hello
deck frobnicate
note add -f Front=bonjour
set output tsv
deck list
api getNumCardsReviewedToday
";
    let r = run(&mut cli(&b.url), &["repl"], Some(script));
    assert_eq!(
        r.code,
        Some(1),
        "the duplicate failed, so the session exits non-zero: {}",
        r.stderr
    );
    assert!(
        r.stderr.contains("frobnicate"),
        "usage errors are printed and the session goes on: {}",
        r.stderr
    );
    assert!(r.stderr.contains("duplicate"), "{}", r.stderr);
    assert!(
        r.stdout.contains("French\t"),
        "set output tsv applied: {}",
        r.stdout
    );
    assert_eq!(
        b.call("findNotes", json!({"query": "deck:French"}))
            .as_array()
            .unwrap()
            .len(),
        1,
        "set deck/model applied"
    );
    assert!(
        r.stdout.trim_end().ends_with('0'),
        "commands after a failure still run: {}",
        r.stdout
    );
}

#[test]
fn a_clean_script_exits_zero_and_prints_like_the_cli() {
    let b = Anki::shared();
    let r = run(
        &mut cli(&b.url),
        &["repl"],
        Some("deck list\nversion\nexit\ndeck create NotRun\n"),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "{\"Default\":1}\n6\n");
    assert_eq!(
        b.call("deckNames", json!({})),
        json!(["Default"]),
        "nothing after exit runs"
    );
}

#[test]
fn set_shows_and_checks_settings_and_stdin_is_not_stolen() {
    let b = Anki::shared();
    let r = run(
        &mut cli(&b.url),
        &["repl"],
        Some("set output xml\nset colour red\nset deck Spanish\nset\ndeck move - --to X\n"),
    );
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr.contains("xml") && r.stderr.contains("colour"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("Spanish"), "{}", r.stdout);
    assert!(
        r.stderr.contains("cannot be used inside the REPL"),
        "{}",
        r.stderr
    );
}

fn session_for(url: &str) -> Session {
    let mut env = std::collections::HashMap::new();
    env.insert("ANKI_CLI_URL".to_string(), url.to_string());
    env.insert(
        "ANKI_CLI_CONFIG".to_string(),
        "/nonexistent/config.toml".to_string(),
    );
    Session {
        env: Env(env),
        term: Terminal::piped(),
        client: anki_cli::client::new_client().unwrap(),
        overrides: Overrides {
            session_model: Some("Basic".into()),
            ..Overrides::default()
        },
        in_repl: true,
    }
}

fn completions(helper: &ReplHelper, line: &str) -> Vec<String> {
    helper
        .complete_line(line, line.len())
        .1
        .into_iter()
        .map(|p| p.replacement)
        .collect()
}

#[test]
fn completion_offers_live_values_from_anki() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "Japanese::JLPT N3"}));
    let note = json!({"deckName": "Default", "modelName": "Basic", "fields": {"Front": "x"}, "tags": ["verbs"]});
    b.call("addNote", json!({ "note": note }));
    let helper = ReplHelper::new(&session_for(&b.url), &GlobalArgs::default());
    assert_eq!(
        completions(&helper, "note add --deck Jap"),
        vec!["Japanese", "'Japanese::JLPT N3'"]
    );
    assert!(completions(&helper, "note add --model ").contains(&"Basic".to_string()));
    assert_eq!(
        completions(&helper, "note add --field B"),
        vec!["Back="],
        "fields of the session's model"
    );
    assert_eq!(completions(&helper, "note add --tag ve"), vec!["verbs"]);
    // Cached: a deck created now is not offered until the session resets.
    b.call("createDeck", json!({"deck": "Japanese::Later"}));
    assert_eq!(
        completions(&helper, "note add --deck Japanese::L"),
        Vec::<String>::new()
    );
}

#[test]
fn completion_without_anki_still_completes_the_static_parts() {
    let helper = ReplHelper::new(&session_for("http://127.0.0.1:9"), &GlobalArgs::default());
    assert_eq!(completions(&helper, "deck cr"), vec!["create"]);
    assert!(completions(&helper, "note add --deck ").is_empty());
}

#[test]
fn a_real_terminal_session_completes_with_tab() {
    let b = Anki::shared();
    let bin = assert_cmd::cargo::cargo_bin("anki-cli");
    let home = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(bin);
    command
        .arg("repl")
        .env("ANKI_CLI_URL", &b.url)
        .env("ANKI_CLI_CONFIG", "/nonexistent/config.toml")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("TERM", "xterm")
        .env_remove("ANKI_CLI_FORCE_TTY");
    let mut session =
        rexpect::session::spawn_command(command, Some(20_000)).expect("spawn in a pty");
    session
        .exp_string("anki (User 1)> ")
        .expect("the prompt shows the profile");
    session.send("deck cre").unwrap();
    session.send("\t").unwrap();
    session.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    session.send_line(" Tabbed").unwrap();
    session.exp_regex(r"\d{10,}").expect("the new deck's ID");
    session.send_line("exit").unwrap();
    session.exp_eof().expect("the REPL ends");
    assert!(
        b.call("deckNames", json!({}))
            .as_array()
            .unwrap()
            .contains(&json!("Tabbed")),
        "Tab completed `deck create`"
    );
    let history = std::fs::read_to_string(home.path().join("data/anki-cli/history.txt")).unwrap();
    assert!(history.contains("deck create Tabbed"), "{history}");
}
