//! Every one of the 122 AnkiConnect actions was exercised on the real add-on by the integration tests.
//!
//! The integration tests' Ankis log every request they serve (the add-on's `apiLogPath`) under
//! `target/tmp/api-log/` (or `$ANKI_CLI_API_LOG_DIR`). This check reads those logs, so it runs after
//! the integration tests: `scripts/test` clears the logs, runs `cargo test --test cli`, then this
//! (`cargo test --test coverage`). It fails naming every action no test sent.

use std::collections::BTreeSet;
use std::path::PathBuf;

use anki_cli::actions::ACTIONS;

fn log_dir() -> PathBuf {
    std::env::var_os("ANKI_CLI_API_LOG_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("api-log"))
}

/// The actions of every `[request]` entry in the add-on's logs.
fn served_actions() -> BTreeSet<String> {
    let dir = log_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "\n\nno API logs in {} ({e}).\nRun the integration tests first: scripts/test does \
             (cargo test --test cli, then cargo test --test coverage).\n",
            dir.display()
        )
    });
    let mut actions = BTreeSet::new();
    for entry in entries {
        let path = entry.expect("log entry").path();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for block in text.split("\n\n") {
            let Some(json) = block.trim_start().strip_prefix("[request]\n") else {
                continue;
            };
            if let Ok(request) = serde_json::from_str::<serde_json::Value>(json) {
                if let Some(action) = request["action"].as_str() {
                    actions.insert(action.to_string());
                }
            }
        }
    }
    actions
}

#[test]
fn every_action_was_sent_to_the_real_add_on() {
    let served = served_actions();
    assert!(
        !served.is_empty(),
        "the API logs in {} name no action: run the integration tests first (scripts/test)",
        log_dir().display()
    );
    let missing: Vec<String> = ACTIONS
        .iter()
        .filter(|a| !served.contains(a.name))
        .map(|a| format!("{} ({})", a.name, a.category.name()))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} actions were never sent to the real add-on by an integration test:\n  {}",
        missing.len(),
        ACTIONS.len(),
        missing.join("\n  ")
    );
}
