//! The shape of `src/`, checked: imports point down the layers, no module reaches into its
//! parent, no two modules import each other (not even round a ring), and no file grows past
//! 600 lines.
//!
//! Layers, top first: `main` → `app` (start-up, dispatch, REPL) → `generate` → `cli` (clap tree)
//! → `commands` → `api` (request builders and reply types) and `client` (transport) → the
//! bottom (`request`, `error`, `actions`, `url`, …). `output`, `config` and `terminal` sit beside,
//! used from above. A file's test module (after `#[cfg(test)]`) is not checked.

use std::collections::{BTreeMap, BTreeSet};
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
        "src/reply_stream.rs",
        &["crate::commands", "crate::api", "crate::cli", "crate::app"],
    ),
    (
        "src/stand_in.rs",
        &[
            "crate::commands",
            "crate::api",
            "crate::cli",
            "crate::app",
            "crate::client",
        ],
    ),
    (
        "src/autostart.rs",
        &["crate::commands", "crate::api", "crate::cli", "crate::app"],
    ),
    (
        "src/config/",
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
    (
        "src/error_data.rs",
        &[
            "crate::commands",
            "crate::api",
            "crate::cli",
            "crate::app",
            "crate::client",
            "crate::config",
        ],
    ),
    ("src/request.rs", &["crate::"]),
    ("src/actions.rs", &["crate::"]),
    ("src/url.rs", &["crate::"]),
    ("src/row_error.rs", &["crate::"]),
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

/// The repository's root.
fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `root/src/`, as (path relative to `root`, text without its tests, lines).
fn sources(root: &Path) -> Vec<(String, String, usize)> {
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
                .strip_prefix(root)
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

/// The imports running up a layer in the tree at `root`.
fn imports_up(root: &Path) -> Vec<String> {
    let mut wrong = Vec::new();
    for (path, text, _) in sources(root) {
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
    wrong
}

#[test]
fn imports_point_down_the_layers() {
    let wrong = imports_up(&repo());
    assert!(
        wrong.is_empty(),
        "imports running up a layer:\n{}",
        wrong.join("\n")
    );
}

/// The modules in the tree at `root` that reach into their parent: a child module uses only its
/// siblings, never what its parent `mod.rs` defines (the parent uses its children, so the other
/// way round would be a circle).
fn reaches_into_parent(root: &Path) -> Vec<String> {
    let mut wrong = Vec::new();
    for (path, text, _) in sources(root) {
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
    wrong
}

#[test]
fn no_module_reaches_into_its_parent() {
    let wrong = reaches_into_parent(&repo());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The files of the tree at `root` longer than [`MAX_LINES`].
fn too_long(root: &Path) -> Vec<String> {
    sources(root)
        .into_iter()
        .filter(|(_, _, lines)| *lines > MAX_LINES)
        .map(|(path, _, lines)| format!("{path}: {lines} lines"))
        .collect()
}

#[test]
fn no_file_is_over_600_lines() {
    let long = too_long(&repo());
    assert!(
        long.is_empty(),
        "split these into modules with one job each:\n{}",
        long.join("\n")
    );
}

/// The module a file of `src/` is (`src/a/b.rs` and `src/a/b/mod.rs` are `a::b`, `src/lib.rs` is
/// the root, `""`), or `None` for the binary's `main.rs`.
fn module_of(path: &str) -> Option<String> {
    let rel = path.strip_prefix("src/")?.strip_suffix(".rs")?;
    let rel = rel.strip_suffix("/mod").unwrap_or(rel);
    match rel {
        "main" => None,
        "lib" => Some(String::new()),
        _ => Some(rel.replace('/', "::")),
    }
}

/// `base` and `tail` as one module path.
fn join(base: &str, tail: &[String]) -> Vec<String> {
    let mut path: Vec<String> = base
        .split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    path.extend(tail.iter().cloned());
    path
}

/// The paths a `use` tree (or a path in code) starting at `text` names, as segments:
/// `a::b::{c, d::{e, f}}` gives `a::b::c`, `a::b::d::e` and `a::b::d::f`.
fn path_tree(text: &str) -> Vec<Vec<String>> {
    let mut segments = Vec::new();
    let mut rest = text.trim_start();
    loop {
        let ident: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            break;
        }
        rest = &rest[ident.len()..];
        segments.push(ident);
        match rest.strip_prefix("::") {
            Some(more) => rest = more.trim_start(),
            None => return vec![segments],
        }
    }
    let Some(group) = rest.strip_prefix('{') else {
        return vec![segments];
    };
    let (mut depth, mut start, mut items) = (0, 0, Vec::new());
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
        .into_iter()
        .flat_map(path_tree)
        .map(|tail| segments.iter().cloned().chain(tail).collect())
        .collect()
}

/// Where `word` (`crate::`, `super::`, a child module's `name::`) starts a path in `code`: not
/// inside a longer name or path.
fn path_starts<'a>(code: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    code.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
        })
}

/// The module graph of the tree at `root`: for each module (by [`module_of`]), its file and
/// the modules its code names (by `crate::`, `super::`, `self::` or a child's name), itself
/// and its ancestors left out.
fn module_graph(root: &Path) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let files: Vec<(String, String)> = sources(root)
        .into_iter()
        .filter_map(|(path, text, _)| Some((module_of(&path)?, path, text)))
        .map(|(module, path, text)| (module, (path, code_only(&text))))
        .collect::<BTreeMap<_, _>>()
        .into_iter()
        .map(|(module, (path, code))| (format!("{module}\n{path}"), code))
        .collect();
    let modules: BTreeSet<String> = files
        .iter()
        .map(|(key, _)| key.split('\n').next().unwrap().to_string())
        .collect();
    // The longest module a path names, if it names one outside `module` and its ancestors.
    let resolve = |module: &str, path: &[String]| -> Option<String> {
        let found = (1..=path.len())
            .rev()
            .map(|n| path[..n].join("::"))
            .find(|m| modules.contains(m))?;
        let ancestor =
            found.is_empty() || module == found || module.starts_with(&format!("{found}::"));
        (!ancestor).then_some(found)
    };
    let mut graph = BTreeMap::new();
    for (key, code) in &files {
        let (module, path) = key.split_once('\n').unwrap();
        let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
        let mut named = Vec::new();
        for at in path_starts(code, "crate::") {
            named.extend(path_tree(&code[at + "crate::".len()..]));
        }
        for at in path_starts(code, "super::") {
            let tail = &code[at + "super::".len()..];
            if !tail.starts_with("super::") {
                named.extend(path_tree(tail).iter().map(|t| join(parent, t)));
            }
        }
        for at in path_starts(code, "self::") {
            named.extend(
                path_tree(&code[at + "self::".len()..])
                    .iter()
                    .map(|t| join(module, t)),
            );
        }
        let children = modules.iter().filter_map(|m| {
            let name = match module {
                "" => m.as_str(),
                _ => m.strip_prefix(module)?.strip_prefix("::")?,
            };
            (!name.is_empty() && !name.contains("::")).then_some(name)
        });
        for child in children {
            let word = format!("{child}::");
            for at in path_starts(code, &word) {
                named.extend(path_tree(&code[at..]).iter().map(|t| join(module, t)));
            }
        }
        let edges = named.iter().filter_map(|p| resolve(module, p)).collect();
        graph.insert(module.to_string(), (path.to_string(), edges));
    }
    graph
}

/// The circles of the tree at `root`: modules that import each other, directly or round a ring
/// (each strongly connected group of the module graph, by its files).
fn circles(root: &Path) -> Vec<String> {
    let graph = module_graph(root);
    // Reachability by repeated search: small graphs (a few hundred modules).
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for next in graph.get(&m).map(|(_, e)| e.iter()).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|m| (m, reach(m))).collect();
    let mut groups: BTreeSet<Vec<String>> = BTreeSet::new();
    for (m, seen) in &reachable {
        if !seen.contains(*m) {
            continue;
        }
        let group: Vec<String> = seen
            .iter()
            .filter(|other| reachable[other].contains(*m))
            .map(|other| graph[other].0.clone())
            .collect();
        groups.insert(group);
    }
    groups.into_iter().map(|g| g.join(" ↔ ")).collect()
}

#[test]
fn no_modules_import_each_other() {
    let found = circles(&repo());
    assert!(
        found.is_empty(),
        "modules that import each other (move what both need into one of them, or a third):\n{}",
        found.join("\n")
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

/// Writes `files` (path relative to the root, text) into a fresh folder.
fn plant(files: &[(String, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// A file the rule for `prefix` applies to (`src/api/` → `src/api/planted.rs`).
fn file_under(prefix: &str) -> String {
    if prefix.ends_with('/') {
        format!("{prefix}planted.rs")
    } else {
        prefix.to_string()
    }
}

/// Every rule of [`NEVER`] applies to files that exist, so none can silently stop matching (as
/// the rule for `src/config.rs` did when config became a folder).
#[test]
fn every_rule_applies_to_a_file_of_src() {
    let paths: Vec<String> = sources(&repo()).into_iter().map(|(p, _, _)| p).collect();
    for (prefix, _) in NEVER {
        assert!(
            paths.iter().any(|p| p.starts_with(prefix)),
            "the rule for {prefix} matches no file of src/"
        );
    }
}

/// Every forbidden import of every rule, planted in a synthetic tree, is found; the same file
/// with its import in a comment or in its test module is not.
#[test]
fn every_import_rule_finds_a_planted_violation() {
    for (prefix, forbidden) in NEVER {
        for f in *forbidden {
            let name = if f.ends_with("::") { "x" } else { "::x" };
            let path = file_under(prefix);
            let planted = plant(&[(path.clone(), format!("use {f}{name};\n"))]);
            assert_eq!(
                imports_up(planted.path()),
                [format!("{path} uses {f}")],
                "{path} importing {f}"
            );
            let harmless = format!(
                "// use {f}{name};\nfn a() {{}}\n#[cfg(test)]\nmod tests {{\n    use {f}{name};\n}}\n"
            );
            let clean = plant(&[(path.clone(), harmless)]);
            assert!(
                imports_up(clean.path()).is_empty(),
                "{path}: {f} in a comment or test"
            );
        }
    }
    let planted = plant(&[(
        "src/config/file.rs".into(),
        "use crate::commands::Ctx;\n".into(),
    )]);
    assert_eq!(
        imports_up(planted.path()),
        ["src/config/file.rs uses crate::commands"],
        "config is a folder"
    );
}

#[test]
fn reaching_into_the_parent_is_found() {
    let tree = |child: &str| {
        plant(&[
            (
                "src/a/mod.rs".into(),
                "pub mod b;\npub mod c;\npub fn f() {}\n".into(),
            ),
            ("src/a/c.rs".into(), "pub fn g() {}\n".into()),
            ("src/a/b.rs".into(), child.to_string()),
        ])
    };
    let ok = tree("use super::c::g;\nuse super::{c};\n");
    assert!(reaches_into_parent(ok.path()).is_empty());
    for (child, found) in [
        (
            "use super::f;\n",
            "src/a/b.rs uses super::f from its parent module",
        ),
        (
            "use super::{c, f};\n",
            "src/a/b.rs uses super::f from its parent module",
        ),
        (
            "use super::*;\n",
            "src/a/b.rs reaches past its siblings (super::super or super::*)",
        ),
        (
            "fn x() { super::super::y(); }\n",
            "src/a/b.rs reaches past its siblings (super::super or super::*)",
        ),
    ] {
        let planted = tree(child);
        assert!(
            reaches_into_parent(planted.path()).contains(&found.to_string()),
            "{child}: {:?}",
            reaches_into_parent(planted.path())
        );
    }
}

#[test]
fn a_long_file_is_found() {
    let at_limit = "\n".repeat(MAX_LINES);
    let over = "\n".repeat(MAX_LINES + 1);
    let planted = plant(&[("src/ok.rs".into(), at_limit), ("src/long.rs".into(), over)]);
    assert_eq!(
        too_long(planted.path()),
        [format!("src/long.rs: {} lines", MAX_LINES + 1)]
    );
}

#[test]
fn modules_importing_each_other_are_found() {
    let file = |path: &str, text: &str| (path.to_string(), text.to_string());
    let lib = file(
        "src/lib.rs",
        "pub mod a;\npub mod p;\npub mod q;\npub mod r;\n",
    );
    let parent = file("src/a/mod.rs", "pub mod b;\npub mod c;\nuse b::f;\n");
    // Two siblings, by super::.
    let pair = plant(&[
        lib.clone(),
        parent.clone(),
        file("src/a/b.rs", "use super::c::g;\npub fn f() {}\n"),
        file("src/a/c.rs", "pub fn g() { super::b::f() }\n"),
    ]);
    assert_eq!(circles(pair.path()), ["src/a/b.rs ↔ src/a/c.rs"]);
    // A ring of three, by crate:: paths in groups and in code.
    let ring = plant(&[
        lib.clone(),
        file("src/p.rs", "use crate::{a, q::{self, x}};\n"),
        file("src/q.rs", "fn y() { crate::r::z() }\n"),
        file("src/r.rs", "use crate::p;\n"),
    ]);
    assert_eq!(circles(ring.path()), ["src/p.rs ↔ src/q.rs ↔ src/r.rs"]);
    // One way only, or the way back in a comment or the tests: no circle.
    let one_way = plant(&[
        lib,
        parent,
        file("src/a/b.rs", "use super::c::g;\n// use super::c;\n"),
        file(
            "src/a/c.rs",
            "// super::b::f()\n#[cfg(test)]\nmod tests {\n    use super::super::b::f;\n    use crate::a::b;\n}\n",
        ),
        file("src/p.rs", "use crate::a::b::f;\n"),
    ]);
    assert!(
        circles(one_way.path()).is_empty(),
        "{:?}",
        circles(one_way.path())
    );
}
