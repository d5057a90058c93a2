//! Build script: the long version `anki-cli --version` prints, "0.1.0 (commit 1a2b3c4d5e6f)".
//!
//! The commit comes from `ANKI_CLI_COMMIT` if set, else from git when the source is a checkout,
//! else from the `.cargo_vcs_info.json` that `cargo package` writes; with none of them (a source
//! archive) the version stands alone. A build without the `tls` feature says so too.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=ANKI_CLI_COMMIT");
    let commit = std::env::var("ANKI_CLI_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(from_git)
        .or_else(from_vcs_info);
    let mut notes = Vec::new();
    if let Some(commit) = commit {
        notes.push(format!("commit {}", commit.trim()));
    }
    if std::env::var_os("CARGO_FEATURE_TLS").is_none() {
        notes.push("http only, without TLS".to_string());
    }
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let long = if notes.is_empty() {
        version
    } else {
        format!("{version} ({})", notes.join(", "))
    };
    println!("cargo:rustc-env=ANKI_CLI_LONG_VERSION={long}");
}

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !text.is_empty()).then_some(text)
}

/// The checkout's commit; the build reruns when HEAD or the branch it names moves.
fn from_git() -> Option<String> {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    // Only a checkout of this crate itself: not an enclosing repository of an unpacked crate.
    let top = git(&["rev-parse", "--show-toplevel"])?;
    if Path::new(&top).canonicalize().ok()? != manifest.canonicalize().ok()? {
        return None;
    }
    let git_dir = PathBuf::from(git(&["rev-parse", "--absolute-git-dir"])?);
    let common = git(&["rev-parse", "--git-common-dir"]).map(|d| manifest.join(d));
    println!("cargo:rerun-if-changed={}", git_dir.join("HEAD").display());
    if let (Some(common), Some(branch)) = (&common, git(&["symbolic-ref", "-q", "HEAD"])) {
        for path in [common.join(&branch), common.join("packed-refs")] {
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    git(&["rev-parse", "--short=12", "HEAD"])
}

/// The commit `cargo package` recorded, in a crate unpacked from its `.crate` file.
fn from_vcs_info() -> Option<String> {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    let info = std::fs::read_to_string(manifest.join(".cargo_vcs_info.json")).ok()?;
    let sha = info.split("\"sha1\"").nth(1)?.split('"').nth(1)?;
    Some(sha.chars().take(12).collect())
}
