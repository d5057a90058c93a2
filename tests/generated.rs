//! The checked-in completions/ and man/ must match what the clap tree generates.
//!
//! Refresh them with `scripts/regenerate` (ANKI_CLI_REGENERATE=1 cargo test --test generated).

use std::path::{Path, PathBuf};

use anki_cli::generate;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn regenerate() -> bool {
    std::env::var("ANKI_CLI_REGENERATE").is_ok_and(|v| v == "1")
}

const HOW: &str = "run scripts/regenerate and commit the result";

fn check(path: &Path, expected: &str, stale: &mut Vec<String>) {
    if regenerate() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
        return;
    }
    match std::fs::read_to_string(path) {
        Ok(actual) if actual == expected => {}
        Ok(_) => stale.push(format!("{} is stale", path.display())),
        Err(_) => stale.push(format!("{} is missing", path.display())),
    }
}

#[test]
fn completions_are_up_to_date() {
    let mut stale = Vec::new();
    for shell in generate::SHELLS {
        let path = root()
            .join("completions")
            .join(generate::completion_file(shell));
        check(&path, &generate::completion(shell), &mut stale);
    }
    assert!(stale.is_empty(), "{}: {HOW}", stale.join("; "));
}

#[test]
fn man_pages_are_up_to_date() {
    let mut stale = Vec::new();
    let pages = generate::man_pages();
    let dir = root().join("man");
    for (name, text) in &pages {
        check(&dir.join(name), text, &mut stale);
    }
    if regenerate() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if !pages.iter().any(|(n, _)| *n == name) {
                std::fs::remove_file(path).unwrap();
            }
        }
    } else if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            if !pages.iter().any(|(n, _)| *n == name) {
                stale.push(format!("man/{name} belongs to no command"));
            }
        }
    }
    assert!(stale.is_empty(), "{}: {HOW}", stale.join("; "));
    assert!(
        pages.iter().any(|(n, _)| n == "anki-cli-deck-config-set.1"),
        "one page per subcommand"
    );
}
