//! The action registry against the reference list, and `anki-cli actions` against the clap tree.

use std::path::PathBuf;

use anki_cli::cli::Cli;
use anki_cli::registry::{self, ACTIONS};
use clap::CommandFactory;

fn reference_rows(text: &str) -> Vec<(String, String)> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (
                cols.next().unwrap().to_string(),
                cols.next().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn registry_rows() -> Vec<(String, String)> {
    ACTIONS
        .iter()
        .map(|a| (a.name.to_string(), a.group.name().to_string()))
        .collect()
}

#[test]
fn registry_matches_the_checked_in_reference() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/actions.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(registry_rows(), reference_rows(&text));
}

#[test]
fn checked_in_reference_matches_the_shared_one_when_present() {
    // The shared API reference sits beside the repository in the workplace and in CI.
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/actions.tsv");
    let Ok(text) = std::fs::read_to_string(&shared) else {
        eprintln!(
            "note: {} not found; compared with tests/data/actions.tsv only",
            shared.display()
        );
        return;
    };
    assert_eq!(registry_rows(), reference_rows(&text));
}

/// Every `COVERS` entry names a real subcommand path (and real flags).
#[test]
fn every_wrapping_command_exists_in_the_cli() {
    let root = Cli::command();
    for entry in registry::catalog() {
        let Some(command) = entry.command else {
            continue;
        };
        let mut node = &root;
        for word in command.split_whitespace() {
            if let Some(flag) = word.strip_prefix("--") {
                assert!(
                    node.get_arguments().any(|a| a.get_long() == Some(flag)),
                    "{command}: no flag --{flag}"
                );
            } else {
                node = node
                    .find_subcommand(word)
                    .unwrap_or_else(|| panic!("{command}: no subcommand {word}"));
            }
        }
    }
}

/// Every one of the 122 actions has a typed subcommand (not just `api`).
#[test]
fn every_action_has_a_subcommand() {
    let missing: Vec<&str> = registry::catalog()
        .iter()
        .filter(|e| e.command.is_none())
        .map(|e| e.action.name)
        .collect();
    assert!(missing.is_empty(), "no subcommand wraps: {missing:?}");
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
    let wrapped = list.iter().filter(|e| !e["command"].is_null()).count();
    assert!(
        wrapped >= 16,
        "deck (13) and misc (3) actions are wrapped: {wrapped}"
    );
    assert!(list
        .iter()
        .any(|e| e["action"] == "getDeckStats" && e["command"] == "deck stats"));
}
