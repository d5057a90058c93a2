//! `scripts/run`, the README's first command, as a newcomer meets it: it never writes into a real
//! collection, and its sandbox (the real Anki, headless) remembers between calls.

use std::net::TcpListener;
use std::process::Command;

use assert_cmd::cargo::cargo_bin;
use serde_json::json;

use crate::anki::Anki;
use crate::common::{exits, repo_root};

/// `scripts/run` with the test binary (no release build), an isolated home, and `url`.
fn scripts_run(url: &str, data_home: &std::path::Path) -> Command {
    let mut cmd = Command::new(repo_root().join("scripts/run"));
    for (key, _) in std::env::vars() {
        if key.starts_with("ANKI_CLI_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("ANKI_CLI_BIN", cargo_bin("anki-cli"))
        .env("ANKI_CLI_URL", url)
        .env("ANKI_CLI_CONFIG", data_home.join("no-config.toml"))
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home);
    cmd
}

#[test]
fn bare_scripts_run_against_a_real_anki_reads_and_writes_nothing() {
    let anki = Anki::shared();
    let home = tempfile::tempdir().unwrap();
    let r = exits(&mut scripts_run(&anki.url, home.path()), "", None, 0);
    assert!(
        r.stdout.contains("Default"),
        "shows the decks: {}",
        r.stdout
    );
    assert!(!r.stdout.contains("Demo"), "no demo here: {}", r.stdout);
    let decks = anki.call("deckNames", json!({}));
    assert!(
        !decks.to_string().contains("anki-cli tour"),
        "scripts/run wrote into the user's collection: {decks}"
    );
}

#[test]
fn the_sandbox_of_scripts_run_remembers_between_calls() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let home = tempfile::tempdir().unwrap();
    let add = exits(
        &mut scripts_run(&url, home.path()),
        "note add -d Default -m Basic -f Front=sandbox_remembers -f Back=yes",
        None,
        0,
    )
    .err_has(&["starting the sandbox"]);
    let id = add.stdout.trim().to_string();
    assert!(id.parse::<i64>().is_ok(), "a note ID: {id:?}");
    let find = exits(
        &mut scripts_run(&url, home.path()),
        "note find Front:sandbox_remembers",
        None,
        0,
    );
    assert_eq!(
        find.stdout.trim(),
        id,
        "the second call finds the first call's note"
    );
    assert!(
        home.path()
            .join("anki-cli/sandbox/User 1/collection.anki2")
            .exists(),
        "the profile is kept in the data dir"
    );
    assert!(
        TcpListener::bind(("127.0.0.1", port)).is_ok(),
        "the sandbox stopped with the command"
    );
}

#[test]
fn the_first_scripts_run_says_it_builds_and_shows_cargo() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("cargo-args");
    let cargo = dir.path().join("fake-cargo");
    std::fs::write(
        &cargo,
        format!("#!/bin/sh\necho \"$@\" > '{}'\nexit 7\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&cargo, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut cmd = Command::new(repo_root().join("scripts/run"));
    cmd.env_remove("ANKI_CLI_BIN")
        .env("CARGO", &cargo)
        .env("CARGO_TARGET_DIR", dir.path().join("target"));
    exits(&mut cmd, "version", None, 7).err_has(&["building anki-cli (first run only"]);
    assert_eq!(
        std::fs::read_to_string(&log).unwrap().trim(),
        "build --release",
        "cargo runs without --quiet, so its progress shows"
    );
}
