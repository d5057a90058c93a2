//! The REPL: piped sessions, completion with live values, and a real pseudo-terminal.

use std::time::Duration;

use crate::anki::Anki;
use crate::common::{cli, expect, run};
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
deck create repl_piped::French
set deck repl_piped::French
set model Basic
note add -f 'Front=repl_piped bonjour' -f Back=hello
deck frobnicate
note add -f 'Front=repl_piped bonjour'
set output tsv
deck list
version
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
        r.stdout.contains("repl_piped::French\t"),
        "set output tsv applied: {}",
        r.stdout
    );
    assert_eq!(
        b.call("findNotes", json!({"query": "\"deck:repl_piped::French\""}))
            .as_array()
            .unwrap()
            .len(),
        1,
        "set deck/model applied"
    );
    assert!(
        r.stdout.ends_with("\n6\n"),
        "commands after a failure still run: {}",
        r.stdout
    );
}

#[test]
fn a_clean_script_exits_zero_and_prints_like_the_cli() {
    let b = Anki::shared();
    let lines = [
        "version",
        "profile current",
        "api modelFieldNames --params '{\"modelName\": \"Basic\"}'",
    ];
    let one_shot: String = [
        &["version"][..],
        &["profile", "current"],
        &[
            "api",
            "modelFieldNames",
            "--params",
            r#"{"modelName": "Basic"}"#,
        ],
    ]
    .iter()
    .map(|args| expect(&b.url, args, 0).stdout)
    .collect();
    let script = format!(
        "{}\nexit\ndeck create repl_clean::NotRun\n",
        lines.join("\n")
    );
    let r = run(&mut cli(&b.url), &["repl"], Some(&script));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, one_shot);
    assert_eq!(one_shot, "6\n\"User 1\"\n[\"Front\",\"Back\"]\n");
    assert!(
        !b.call("deckNames", json!({}))
            .to_string()
            .contains("repl_clean::NotRun"),
        "nothing after exit runs"
    );
}

/// A script of `n` commands, each with an output to check; the decks it creates start with `prefix`.
fn many_commands(prefix: &str, n: usize) -> (Vec<String>, Vec<String>) {
    let mut lines = Vec::new();
    let mut decks = Vec::new();
    for i in 0..n {
        match i % 4 {
            0 => lines.push("version".to_string()),
            1 => {
                let deck = format!("{prefix}::D{i}");
                lines.push(format!("deck create {deck}"));
                decks.push(deck);
            }
            // Four requests back to back: a reused connection would be a dead one.
            2 => lines.push("status".to_string()),
            _ => lines.push("profile current".to_string()),
        }
    }
    (lines, decks)
}

#[test]
fn a_piped_session_of_30_commands_all_succeed() {
    // The add-on closes the connection after every reply: no command may find a dead one.
    let b = Anki::shared();
    let (lines, decks) = many_commands("repl_thirty", 30);
    let r = run(
        &mut cli(&b.url),
        &["repl"],
        Some(&(lines.join("\n") + "\n")),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let out: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(out.len(), 30, "{}", r.stdout);
    for (line, printed) in lines.iter().zip(&out) {
        let ok = match line.as_str() {
            "version" => *printed == "6",
            "profile current" => *printed == "\"User 1\"",
            "status" => printed.contains("\"profile\":\"User 1\",\"supportedActions\":122"),
            _ => printed.parse::<i64>().is_ok_and(|id| id > 1),
        };
        assert!(ok, "{line} printed {printed}");
    }
    let names = b.call("deckNames", json!({}));
    for deck in &decks {
        assert!(names.as_array().unwrap().contains(&json!(deck)), "{deck}");
    }
}
#[test]
fn global_flags_of_the_repl_apply_to_every_line() {
    let b = Anki::shared();
    let r = run(
        &mut cli(&b.url),
        &["--dry-run", "repl"],
        Some("deck create repl_dry::One\ndeck create repl_dry::Two\n"),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.contains("\"createDeck\"") && r.stdout.contains("repl_dry::Two"),
        "{}",
        r.stdout
    );
    assert!(
        !b.call("deckNames", json!({}))
            .to_string()
            .contains("repl_dry::"),
        "--dry-run holds for the whole session: nothing was sent"
    );
    let r = run(
        &mut cli(&b.url),
        &["-o", "json", "repl"],
        Some("profile current\n"),
    );
    assert_eq!(r.stdout, "\"User 1\"\n", "{}", r.stderr);
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
    b.call("createDeck", json!({"deck": "ReplComplete::JLPT N3"}));
    let note = json!({"deckName": "ReplComplete::JLPT N3", "modelName": "Basic",
        "fields": {"Front": "repl_complete x"}, "tags": ["repl_complete_verbs"]});
    b.call("addNote", json!({ "note": note }));
    let helper = ReplHelper::new(&session_for(&b.url), &GlobalArgs::default());
    assert_eq!(
        completions(&helper, "note add --deck ReplComp"),
        vec!["ReplComplete", "'ReplComplete::JLPT N3'"]
    );
    assert!(completions(&helper, "note add --model ").contains(&"Basic".to_string()));
    assert_eq!(
        completions(&helper, "note add --field B"),
        vec!["Back="],
        "fields of the session's model"
    );
    assert_eq!(
        completions(&helper, "note add --tag repl_complete_v"),
        vec!["repl_complete_verbs"]
    );
    // Cached: a deck created now is not offered until the session resets.
    b.call("createDeck", json!({"deck": "ReplComplete::Later"}));
    assert_eq!(
        completions(&helper, "note add --deck ReplComplete::L"),
        Vec::<String>::new()
    );
}

#[test]
fn completion_without_anki_still_completes_the_static_parts() {
    let helper = ReplHelper::new(&session_for("http://127.0.0.1:9"), &GlobalArgs::default());
    assert_eq!(completions(&helper, "deck cr"), vec!["create"]);
    assert!(completions(&helper, "note add --deck ").is_empty());
}

/// `anki-cli repl` on a pseudo-terminal, with a history file under `home`.
pub fn spawn_tty_repl(url: &str, home: &std::path::Path) -> rexpect::session::PtySession {
    let bin = assert_cmd::cargo::cargo_bin("anki-cli");
    let mut command = std::process::Command::new(bin);
    command
        .arg("repl")
        .env("ANKI_CLI_URL", url)
        .env("ANKI_CLI_CONFIG", "/nonexistent/config.toml")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("TERM", "xterm")
        .env_remove("ANKI_CLI_KEY")
        .env_remove("ANKI_CLI_FORCE_TTY");
    rexpect::session::spawn_command(command, Some(30_000)).expect("spawn in a pty")
}

/// Whether `text` holds a run of ten or more digits (a new ID).
fn has_an_id(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= 10)
}

#[test]
fn an_interactive_session_of_30_commands_all_succeed() {
    let b = Anki::shared();
    let home = tempfile::tempdir().unwrap();
    let mut session = spawn_tty_repl(&b.url, home.path());
    let prompt = "anki (User 1)> ";
    session.exp_string(prompt).expect("the first prompt");
    let (lines, decks) = many_commands("repl_tty_thirty", 30);
    // Each line is typed at the prompt (rustyline drops lines typed ahead of it).
    for line in &lines {
        session.send_line(line).unwrap();
        let (printed, next_prompt) = session
            .exp_regex(r"anki \([^)]*\)> ")
            .unwrap_or_else(|e| panic!("{line}: no prompt after it: {e}"));
        assert!(
            !printed.contains("error") && next_prompt == prompt,
            "{line} failed: {printed} (then the prompt {next_prompt:?})"
        );
        let ok = match line.as_str() {
            "version" => printed.contains("AnkiConnect API version 6"),
            "profile current" => printed.contains("User 1"),
            "status" => printed.contains("all 122 known to anki-cli"),
            _ => has_an_id(&printed),
        };
        assert!(ok, "{line} printed {printed:?}");
    }
    session.send_line("exit").unwrap();
    session.exp_eof().expect("the REPL ends");
    let names = b.call("deckNames", json!({}));
    for deck in &decks {
        assert!(names.as_array().unwrap().contains(&json!(deck)), "{deck}");
    }
}

#[test]
fn a_real_terminal_session_completes_with_tab() {
    let b = Anki::shared();
    let home = tempfile::tempdir().unwrap();
    let mut session = spawn_tty_repl(&b.url, home.path());
    session
        .exp_string("anki (User 1)> ")
        .expect("the prompt shows the profile");
    session.send("deck cre").unwrap();
    session.send("\t").unwrap();
    session.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    session.send_line(" repl_tab_Tabbed").unwrap();
    session.exp_regex(r"\d{10,}").expect("the new deck's ID");
    session.send_line("exit").unwrap();
    session.exp_eof().expect("the REPL ends");
    assert!(
        b.call("deckNames", json!({}))
            .as_array()
            .unwrap()
            .contains(&json!("repl_tab_Tabbed")),
        "Tab completed `deck create`"
    );
    let history = std::fs::read_to_string(home.path().join("data/anki-cli/history.txt")).unwrap();
    assert!(history.contains("deck create repl_tab_Tabbed"), "{history}");
}
