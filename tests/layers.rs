//! The shape of `src/`, checked: imports point down the layers, no module reaches into its
//! parent, and no file grows past 600 lines.
//!
//! Layers, top first: `main` → `app` (start-up, dispatch, REPL) → `generate` → `cli` (clap tree)
//! → `commands` → `api` (request builders and reply types) and `client` (transport) → the
//! bottom (`request`, `error`, `actions`, `url`, …). `output`, `config` and `terminal` sit beside,
//! used from above. A file's test module (after `#[cfg(test)]`) is not checked.

use std::path::{Path, PathBuf};

/// Where a file may not import from: (path prefix of the file, forbidden `crate::` prefixes).
const NEVER: &[(&str, &[&str])] = &[
    (
        "src/api/",
        &[
            "crate::commands",
            "crate::client",
            "crate::cli",
            "crate::app",
            "crate::config",
            "crate::output",
        ],
    ),
    (
        "src/commands/",
        &["crate::cli", "crate::app", "crate::generate"],
    ),
    ("src/cli.rs", &["crate::app"]),
    (
        "src/client.rs",
        &["crate::commands", "crate::api", "crate::cli", "crate::app"],
    ),
    (
        "src/config.rs",
        &[
            "crate::commands",
            "crate::api",
            "crate::cli",
            "crate::app",
            "crate::client",
        ],
    ),
    (
        "src/output.rs",
        &[
            "crate::commands",
            "crate::api",
            "crate::cli",
            "crate::app",
            "crate::client",
        ],
    ),
    (
        "src/terminal.rs",
        &[
            "crate::commands",
            "crate::api",
            "crate::cli",
            "crate::app",
            "crate::client",
        ],
    ),
    ("src/request.rs", &["crate::"]),
    ("src/actions.rs", &["crate::"]),
    ("src/url.rs", &["crate::"]),
    (
        "src/error.rs",
        &[
            "crate::commands",
            "crate::api",
            "crate::cli",
            "crate::app",
            "crate::client",
            "crate::config",
        ],
    ),
];

/// The longest a file of `src/` may be, its tests included.
const MAX_LINES: usize = 600;

fn src_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            src_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `.rs` file under `src/`, as (path relative to the repository, text without its tests).
fn sources() -> Vec<(String, String, usize)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    src_files(&root.join("src"), &mut files);
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("source readable");
            let lines = text.lines().count();
            let code = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, code, lines)
        })
        .collect()
}

/// The code of a file without its comments (doc comments name modules freely).
fn code_only(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(at) if !l[..at].contains('"') => &l[..at],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `code` names the path `prefix` (`crate::cli` is not `crate::client`).
fn uses(code: &str, prefix: &str) -> bool {
    code.match_indices(prefix).any(|(at, _)| {
        prefix.ends_with("::")
            || !code[at + prefix.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

/// The names used as `super::NAME` in `code` (in paths and in `use super::{A, B}` groups).
fn super_names(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("super::") {
        rest = &rest[at + "super::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                names.push(name);
            }
        } else {
            names.push(
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect(),
            );
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

#[test]
fn imports_point_down_the_layers() {
    let mut wrong = Vec::new();
    for (path, text, _) in sources() {
        let code = code_only(&text);
        for (prefix, forbidden) in NEVER {
            if !path.starts_with(prefix) {
                continue;
            }
            for f in *forbidden {
                if uses(&code, f) {
                    wrong.push(format!("{path} uses {f}"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports running up a layer:\n{}",
        wrong.join("\n")
    );
}

/// A child module uses only its siblings, never what its parent `mod.rs` defines: the parent
/// uses its children, so the other way round would be a circle.
#[test]
fn no_module_reaches_into_its_parent() {
    let mut wrong = Vec::new();
    for (path, text, _) in sources() {
        let file = Path::new(&path);
        let parent_dir = if file.file_name().is_some_and(|n| n == "mod.rs") {
            // super:: of a mod.rs is the folder's parent module.
            file.parent().and_then(Path::parent)
        } else {
            file.parent()
        };
        let Some(dir) = parent_dir else { continue };
        let code = code_only(&text);
        for name in super_names(&code) {
            if name == "super" {
                continue; // super::super:: is checked as a path of its own below
            }
            let sibling_file = dir.join(format!("{name}.rs"));
            let sibling_dir = dir.join(&name).join("mod.rs");
            let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
            if !root.join(&sibling_file).exists() && !root.join(&sibling_dir).exists() {
                wrong.push(format!("{path} uses super::{name} from its parent module"));
            }
        }
        if code.contains("super::super::") || code.contains("use super::*") {
            wrong.push(format!(
                "{path} reaches past its siblings (super::super or super::*)"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_file_is_over_600_lines() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter(|(_, _, lines)| *lines > MAX_LINES)
        .map(|(path, _, lines)| format!("{path}: {lines} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "split these into modules with one job each:\n{}",
        long.join("\n")
    );
}

/// The checker itself: it finds what it is meant to find.
#[test]
fn the_super_scan_reads_groups_and_paths() {
    let names = super_names("use super::{context::Ctx, Outcome};\nlet x = super::decode(1);");
    assert_eq!(names, ["context", "Outcome", "decode"]);
    assert_eq!(code_only("let a = 1; // crate::cli"), "let a = 1; ");
    assert!(uses("use crate::cli::Cli;", "crate::cli"));
    assert!(!uses("use crate::client::Transport;", "crate::cli"));
}
