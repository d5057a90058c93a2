//! The table of actions (`src/actions.rs`) against the real add-on's code and reference, and
//! against the clap tree: every action is one the add-on serves, and its command exists.

use std::collections::BTreeSet;
use std::path::PathBuf;

use anki_cli::actions::ACTIONS;
use anki_cli::cli::Cli;
use clap::CommandFactory;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The names of the add-on's `@util.api()` methods: the actions it really serves.
fn served_by_the_add_on() -> BTreeSet<String> {
    let path = repo_root().join(".venv/ankiconnect/__init__.py");
    let code = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "\n\ncannot read the AnkiConnect add-on at {} ({e}).\nSet it up with scripts/setup-anki \
             (scripts/test does it).\n",
            path.display()
        )
    });
    let mut names = BTreeSet::new();
    let mut lines = code.lines();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("@util.api(") {
            let def = lines.next().unwrap_or_default().trim_start();
            let name = def.strip_prefix("def ").and_then(|d| d.split('(').next());
            names.insert(name.expect("a method after @util.api").to_string());
        }
    }
    names
}

#[test]
fn the_table_names_exactly_the_actions_the_add_on_serves() {
    let table: BTreeSet<String> = ACTIONS.iter().map(|a| a.name.to_string()).collect();
    assert_eq!(table.len(), ACTIONS.len(), "an action is listed twice");
    assert_eq!(table, served_by_the_add_on());
}

#[test]
fn categories_match_the_shared_reference_when_present() {
    // The add-on's reference sits beside the repository in the workplace and in CI.
    let shared = repo_root().join("../shared/reference/actions.tsv");
    let Ok(text) = std::fs::read_to_string(&shared) else {
        eprintln!(
            "note: {} not found; categories not compared",
            shared.display()
        );
        return;
    };
    let reference: Vec<(String, String)> = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap_or_default().to_string();
            (name, cols.next().unwrap_or_default().to_string())
        })
        .collect();
    let table: Vec<(String, String)> = ACTIONS
        .iter()
        .map(|a| (a.name.to_string(), a.category.name().to_string()))
        .collect();
    assert_eq!(table, reference);
}

/// Every action's command is a real subcommand path (with real flags).
#[test]
fn every_command_in_the_table_exists_in_the_cli() {
    let root = Cli::command();
    for action in ACTIONS {
        let mut node = &root;
        for word in action.command.split_whitespace() {
            if let Some(flag) = word.strip_prefix("--") {
                assert!(
                    node.get_arguments().any(|a| a.get_long() == Some(flag)),
                    "{}: {}: no flag --{flag}",
                    action.name,
                    action.command
                );
            } else {
                node = node.find_subcommand(word).unwrap_or_else(|| {
                    panic!("{}: {}: no subcommand {word}", action.name, action.command)
                });
            }
        }
    }
}

#[test]
fn actions_command_lists_all_122_as_json() {
    let out = assert_cmd::Command::cargo_bin("anki-cli")
        .unwrap()
        .args(["actions", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 122);
    assert!(list.iter().all(|e| e["command"].is_string()), "{list:?}");
    assert!(list
        .iter()
        .any(|e| e["action"] == "getDeckStats" && e["command"] == "deck stats"));
}
