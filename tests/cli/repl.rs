//! The REPL: piped sessions, completion with live values, and a real pseudo-terminal.

use std::time::Duration;

use crate::anki::Anki;
use crate::common::{cli, cmd, cmd_in, run_line};
use anki_cli::app::repl::complete::ReplHelper;
use anki_cli::app::session::Session;
use anki_cli::cli::GlobalArgs;
use anki_cli::config::{Env, Overrides};
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
    let r = cmd_in(&b.url, "repl", script, 1);
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

/// Under `-o json` (the REPL's flag, `set output json`, or a line's own `-o json`) the REPL prints
/// errors as the one-shot CLI does: one JSON object per error on stderr.
#[test]
fn repl_errors_are_json_under_json_output_as_in_the_cli() {
    let b = Anki::shared();
    let missing = "note add --deck 'repl_json no such deck' --model Basic -f Front=x";
    let one_shot = cmd(&b.url, &format!("{missing} -o json"), 1).stderr;
    let script = format!(
        "\
deck frobnicate
set output json
deck frobnicate
{missing}
set colour red
set output table
{missing} -o json
{missing}
"
    );
    let r = cmd_in(&b.url, "repl", &script, 1);
    let lines: Vec<&str> = r.stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    // Before `set output json`: clap's prose.
    assert!(
        lines[0].starts_with("error:") && lines[0].contains("frobnicate"),
        "{}",
        r.stderr
    );
    let json: Vec<serde_json::Value> = lines
        .iter()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let kinds: Vec<&str> = json
        .iter()
        .map(|e| e["error"]["kind"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        kinds,
        ["usage", "not_found", "usage", "not_found"],
        "{}",
        r.stderr
    );
    assert!(json[0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("frobnicate"));
    assert!(json[2]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("colour"));
    assert_eq!(json[0]["error"]["code"], 2);
    assert_eq!(json[1]["error"]["code"], 1);
    // The same error object as the one-shot CLI's, byte for byte.
    assert!(
        r.stderr.contains(one_shot.trim_end()),
        "{}\n{one_shot}",
        r.stderr
    );
    // After `set output table`, a line without `-o json` is prose again.
    let last_json = lines
        .iter()
        .rposition(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
        .unwrap();
    assert!(
        lines[last_json + 1..]
            .iter()
            .any(|l| l.starts_with("anki-cli: error:") && l.contains("repl_json no such deck")),
        "{}",
        r.stderr
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
    // The same lines, one CLI run each.
    let one_shot: String = lines
        .iter()
        .map(|line| cmd(&b.url, line, 0).stdout)
        .collect();
    let script = format!(
        "{}\nexit\ndeck create repl_clean::NotRun\n",
        lines.join("\n")
    );
    let r = cmd_in(&b.url, "repl", &script, 0);
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
    let r = cmd_in(&b.url, "repl", &(lines.join("\n") + "\n"), 0);
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
    cmd_in(
        &b.url,
        "--dry-run repl",
        "deck create repl_dry::One\ndeck create repl_dry::Two\n",
        0,
    )
    .out_has(&["\"createDeck\"", "repl_dry::Two"]);
    assert!(
        !b.call("deckNames", json!({}))
            .to_string()
            .contains("repl_dry::"),
        "--dry-run holds for the whole session: nothing was sent"
    );
    let r = run_line(&mut cli(&b.url), "-o json repl", Some("profile current\n"));
    assert_eq!(r.stdout, "\"User 1\"\n", "{}", r.stderr);
}

/// One rule for every setting: the latest `set` wins over the flags given to `anki-cli repl`, and
/// a `set` that changes nothing says so.
#[test]
fn the_latest_set_wins_over_the_flags_of_the_repl() {
    let b = Anki::shared();
    let script = format!(
        "set url {}\nset output json\nprofile current\nset output json\nset dry-run off\n\
         deck create repl_rule::Made\nunset deck\n",
        b.url
    );
    let r = cmd_in(
        "http://127.0.0.1:9",
        "--url http://127.0.0.1:9 -o tsv --dry-run repl",
        &script,
        0,
    );
    assert!(
        r.stdout.starts_with("\"User 1\"\n"),
        "set url and set output won over --url and -o: {}\n{}",
        r.stdout,
        r.stderr
    );
    assert!(
        b.call("deckNames", json!({}))
            .to_string()
            .contains("repl_rule::Made"),
        "set dry-run off won over --dry-run: {}",
        r.stderr
    );
    assert_eq!(
        r.stderr.matches("as before; nothing changed").count(),
        2,
        "the second `set output json` and `unset deck` changed nothing: {}",
        r.stderr
    );
}

#[test]
fn set_shows_and_checks_settings_and_stdin_is_not_stolen() {
    let b = Anki::shared();
    cmd_in(
        &b.url,
        "repl",
        "set output xml\nset colour red\nset deck Spanish\nset\ndeck move - --to X\n",
        2,
    )
    .err_has(&["xml", "colour"])
    .out_has(&["Spanish"])
    .err_has(&["cannot be used inside the REPL"]);
}

fn session_for(url: &str) -> Session {
    let mut env = std::collections::HashMap::new();
    env.insert("ANKI_CLI_URL".to_string(), url.to_string());
    env.insert(
        "ANKI_CLI_CONFIG".to_string(),
        "/nonexistent/config.toml".to_string(),
    );
    let mut session =
        Session::new(Env(env), Terminal::piped(), GlobalArgs::default(), true).unwrap();
    session.overrides = Overrides {
        session_model: Some("Basic".into()),
        ..Overrides::default()
    };
    session
}

/// A completer on a session's own clap tree.
fn helper_for(url: &str) -> ReplHelper {
    let root = std::rc::Rc::new(std::cell::RefCell::new(anki_cli::cli::command()));
    ReplHelper::new(&session_for(url), root)
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
    let helper = helper_for(&b.url);
    assert_eq!(
        completions(&helper, "note add --deck ReplComp"),
        vec!["'ReplComplete'", "'ReplComplete::JLPT N3'"],
        "quoted alike, so that Tab can fill in their common part"
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
    let helper = helper_for("http://127.0.0.1:9");
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

/// Adds a Basic note to `deck` (created if missing); returns its note and card IDs.
fn note_in(b: &Anki, deck: &str, front: &str, tags: &[&str]) -> (i64, i64) {
    b.call("createDeck", json!({ "deck": deck }));
    let note = json!({"deckName": deck, "modelName": "Basic",
        "fields": {"Front": front, "Back": "x"}, "tags": tags});
    let id = b.call("addNote", json!({ "note": note })).as_i64().unwrap();
    let cards = b.call("findCards", json!({ "query": format!("nid:{id}") }));
    (id, cards[0].as_i64().unwrap())
}

/// The IDs a piped run printed, one per line.
fn ids(stdout: &str) -> Vec<i64> {
    stdout
        .lines()
        .map(|l| l.parse().unwrap_or_else(|_| panic!("not an ID: {l:?}")))
        .collect()
}

#[test]
fn the_words_after_a_search_command_are_one_search() {
    let b = Anki::shared();
    let deck = "repl_query::French";
    let (verb, verb_card) = note_in(b, deck, "repl_query parler", &["repl_query_verbs"]);
    let (done, done_card) = note_in(
        b,
        deck,
        "repl_query finir",
        &["repl_query_verbs", "repl_query_done"],
    );
    let (noun, _) = note_in(b, deck, "repl_query chat", &[]);

    let r = cmd(
        &b.url,
        "note find deck:repl_query::French tag:repl_query_verbs",
        0,
    );
    let mut found = ids(&r.stdout);
    found.sort();
    assert_eq!(found, [verb, done], "no quotes needed");

    // A negated term is a search word, not a flag; flags may follow the search.
    let r = cmd(
        &b.url,
        "note find deck:repl_query::French tag:repl_query_verbs -tag:repl_query_done -o json",
        0,
    );
    assert_eq!(r.stdout.trim(), format!("[{verb}]"));
    let r = cmd(
        &b.url,
        "note find -tag:repl_query_verbs deck:repl_query::French",
        0,
    );
    assert_eq!(ids(&r.stdout), [noun], "a negated first word");

    let r = cmd(
        &b.url,
        "card find deck:repl_query::French tag:repl_query_done",
        0,
    );
    assert_eq!(ids(&r.stdout), [done_card]);
    let r = cmd(
        &b.url,
        "card info --query '-tag:repl_query_done tag:repl_query_verbs' -o ids",
        0,
    );
    assert_eq!(
        ids(&r.stdout),
        [verb_card],
        "--query takes one word, - or not"
    );

    cmd(&b.url, "note find", 2).err_has(&["<QUERY>"]);
}

#[test]
fn gui_browse_takes_the_words_of_a_search() {
    let b = Anki::gui();
    let (_, one) = note_in(
        &b,
        "repl_query_gui::Deck",
        "repl_query_gui one",
        &["repl_query_gui_a"],
    );
    note_in(&b, "repl_query_gui::Deck", "repl_query_gui two", &[]);
    let r = cmd(
        &b.url,
        "gui browse deck:repl_query_gui::Deck --sort cardDue -is:suspended tag:repl_query_gui_a",
        0,
    );
    assert_eq!(ids(&r.stdout), [one]);
}

#[test]
fn a_repl_search_goes_to_anki_as_typed_and_help_is_the_repls() {
    let b = Anki::shared();
    let (spaced, _) = note_in(
        b,
        "repl_typed::My Deck",
        "repl_typed one",
        &["repl_typed_t"],
    );
    let (plain, _) = note_in(b, "repl_typed::My", "repl_typed two", &["repl_typed_t"]);
    let script = "\
note find deck:\"repl_typed::My Deck\" tag:repl_typed_t
note find 'deck:repl_typed::My tag:repl_typed_t' -o json
help
";
    let r = cmd_in(&b.url, "repl", script, 0);
    let mut lines = r.stdout.lines();
    assert_eq!(
        lines.next(),
        Some(spaced.to_string().as_str()),
        "Anki's own quotes reached it: only the deck with the space: {}",
        r.stdout
    );
    assert_eq!(
        lines.next(),
        Some(format!("[{plain}]").as_str()),
        "single quotes group words as in the shell: {}",
        r.stdout
    );
    let help: String = lines.collect::<Vec<_>>().join("\n");
    for part in ["set output", "Ctrl-D", "note find deck:French", "History"] {
        assert!(help.contains(part), "REPL help has {part}: {help}");
    }
    assert!(
        !help.contains("Usage: anki-cli"),
        "not the CLI's help: {help}"
    );
    run_line(&mut cli(&b.url), "repl", Some("help note find\n"))
        .out_has(&["Usage: anki-cli note find"]);
}

#[test]
fn completion_of_positional_names_and_search_terms_is_live() {
    let b = Anki::shared();
    note_in(
        b,
        "ReplPositional::Alpha",
        "repl_positional a",
        &["repl_positional_tag"],
    );
    note_in(b, "ReplPositional::Alphabet", "repl_positional b", &[]);
    let (ray, _) = note_in(b, "ReplPositional::Gamma Ray", "repl_positional c", &[]);
    let helper = helper_for(&b.url);
    assert_eq!(
        completions(&helper, "deck stats ReplPosi"),
        [
            "'ReplPositional'",
            "'ReplPositional::Alpha'",
            "'ReplPositional::Alphabet'",
            "'ReplPositional::Gamma Ray'"
        ]
    );
    assert_eq!(
        completions(&helper, "deck delete ReplPositional::Alph"),
        ["ReplPositional::Alpha", "ReplPositional::Alphabet"]
    );
    assert_eq!(
        completions(&helper, "card find is:new deck:ReplPositional::Alph"),
        [
            "deck:ReplPositional::Alpha",
            "deck:ReplPositional::Alphabet"
        ]
    );
    assert_eq!(
        completions(&helper, "note find tag:repl_positional_t"),
        ["tag:repl_positional_tag"]
    );
    assert_eq!(
        completions(&helper, "model field list 'Basic (a"),
        ["'Basic (and reversed card)'"]
    );
    let gamma = completions(&helper, "note find deck:ReplPositional::G");
    assert_eq!(gamma, ["deck:\"ReplPositional::Gamma Ray\""]);
    // What Tab wrote is a search that finds the deck.
    let r = run_line(
        &mut cli(&b.url),
        "repl",
        Some(&format!("note find {}\n", gamma[0])),
    );
    assert_eq!(r.stdout.trim(), ray.to_string(), "{}", r.stderr);
}

#[test]
fn tab_fills_in_the_common_part_and_help_shows_the_repls_help_on_a_terminal() {
    let b = Anki::shared();
    let (_, alpha) = note_in(b, "repl_tty_fill::Alpha", "repl_tty_fill a", &[]);
    let (_, alphabet) = note_in(b, "repl_tty_fill::Alphabet", "repl_tty_fill b", &[]);
    let home = tempfile::tempdir().unwrap();
    let mut tty = spawn_tty_repl(&b.url, home.path());
    let prompt = "anki (User 1)> ";
    tty.exp_string(prompt).expect("the prompt");

    // Ambiguous: Alpha and Alphabet; Tab fills in their common part, `deck:…::Alpha`.
    tty.send("card find deck:repl_tty_fill::Alp").unwrap();
    tty.send("\t").unwrap();
    tty.flush().unwrap();
    tty.exp_string("deck:repl_tty_fill::Alpha")
        .expect("Tab filled in the common part");
    tty.send("\r").unwrap();
    tty.flush().unwrap();
    let printed = tty.exp_string(prompt).expect("a prompt");
    assert!(
        printed.contains(&alpha.to_string()) && !printed.contains(&alphabet.to_string()),
        "the search was deck:repl_tty_fill::Alpha: {printed:?}"
    );

    // A positional deck name.
    tty.send("deck stats repl_tty_fill::Alphab").unwrap();
    tty.send("\t").unwrap();
    tty.flush().unwrap();
    tty.exp_string("repl_tty_fill::Alphabet")
        .expect("Tab completed the deck name");
    tty.send("\r").unwrap();
    tty.flush().unwrap();
    let printed = tty.exp_string(prompt).expect("a prompt");
    assert!(
        printed.contains("repl_tty_fill::Alphabet") && !printed.contains("error"),
        "{printed:?}"
    );

    tty.send_line("help").unwrap();
    let printed = tty.exp_string(prompt).expect("a prompt after help");
    assert!(
        printed.contains("Session settings") && printed.contains("Ctrl-D"),
        "{printed:?}"
    );
    assert!(!printed.contains("Usage: anki-cli"), "{printed:?}");
    tty.send_line("exit").unwrap();
    tty.exp_eof().expect("the REPL ends");
}

#[test]
fn a_dry_run_session_of_destructive_commands_sends_nothing() {
    let b = Anki::shared();
    let deck = "repl_dry_destroy::Keep";
    b.call("createDeck", json!({ "deck": deck }));
    let note = b.call(
        "addNote",
        json!({"note": {"deckName": deck, "modelName": "Basic",
                         "fields": {"Front": "repl_dry_destroy", "Back": "x"}}}),
    );
    let still_there = |what: &str| {
        assert_eq!(
            b.call("notesInfo", json!({ "notes": [note] }))[0]["noteId"],
            note,
            "{what}: the note is still there"
        );
        assert!(
            b.call("deckNames", json!({})).to_string().contains(deck),
            "{what}: the deck is still there"
        );
    };
    let script = format!("note delete --yes {note}\ndeck delete --yes {deck}\n");
    let r = cmd_in(&b.url, "--dry-run repl", &script, 0);
    assert!(
        r.stdout.contains("\"deleteNotes\"") && r.stdout.contains("\"deleteDecks\""),
        "the requests are printed: {}",
        r.stdout
    );
    still_there("--dry-run repl");

    // `set dry-run on` holds until `set dry-run off`.
    let script = format!(
        "set dry-run on\nnote delete --yes {note}\nset dry-run off\ndeck create repl_dry_destroy::After\n"
    );
    cmd_in(&b.url, "repl", &script, 0).out_has(&["\"deleteNotes\""]);
    still_there("set dry-run on");
    assert!(
        b.call("deckNames", json!({}))
            .to_string()
            .contains("repl_dry_destroy::After"),
        "after set dry-run off, commands are sent again"
    );
    cmd_in(&b.url, "repl", "set dry-run maybe\n", 2).err_has(&["'maybe'"]);
}
