//! `model pull`: a note type written to a folder of files, to edit and keep in git.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::manifest::{to_files, HEADER, MANIFEST};
use super::note_type::fetch_model;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// Arguments of `model pull`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "Example:\n  anki-cli model pull Basic ./basic && git -C ./basic init")]
pub struct PullArgs {
    /// Note type
    pub model: String,
    /// Folder to write (must be empty or missing unless --force)
    pub dir: PathBuf,
    /// Write into a non-empty folder, replacing the files anki-cli manages
    #[arg(long)]
    pub force: bool,
}

/// Runs `model pull`.
pub fn pull(args: &PullArgs, ctx: &Ctx) -> Result<Output> {
    let dir = &args.dir;
    let non_empty = dir
        .read_dir()
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if non_empty && !args.force {
        return Err(CliError::Usage(format!(
            "{} is not empty; pass --force to overwrite the note type files in it",
            dir.display()
        )));
    }
    let model = fetch_model(ctx, &args.model)?;
    let (manifest, files) = to_files(&model);
    let toml = toml::to_string(&manifest)
        .map_err(|e| CliError::Usage(format!("cannot write the manifest: {e}")))?;
    std::fs::create_dir_all(dir.join("templates"))
        .map_err(|e| CliError::Refused(format!("cannot create {}: {e}", dir.display())))?;
    for (rel, text) in &files {
        crate::files::write_atomically(&dir.join(rel), text.as_bytes())?;
    }
    crate::files::write_atomically(&dir.join(MANIFEST), format!("{HEADER}\n{toml}").as_bytes())?;
    Ok(Output::Message {
        text: format!(
            "Wrote '{}' to {} ({} fields, {} templates).",
            manifest.name,
            dir.display(),
            manifest.fields.len(),
            manifest.templates.len()
        ),
        result: json!(dir.display().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use crate::commands::model::manifest::{desired_of, read_folder};
    use crate::commands::model::sample::{vocab, vocab_json};

    #[test]
    fn pull_writes_a_folder_push_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let anki = FakeAnki::new().reply_to(
            "findModelsByName",
            json!({"modelNames": ["Vocab"]}),
            json!([vocab_json()]),
        );
        let args = PullArgs {
            model: "Vocab".into(),
            dir: dir.path().join("vocab"),
            force: false,
        };
        let out = pull(&args, &anki.ctx()).unwrap();
        assert!(
            matches!(&out, Output::Message { text, .. } if text.ends_with("(3 fields, 1 templates).")),
            "{out:?}"
        );
        assert_eq!(read_folder(&args.dir).unwrap(), desired_of(&vocab()));
    }

    #[test]
    fn pull_refuses_a_non_empty_folder_before_asking_anki() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x"), "").unwrap();
        let anki = FakeAnki::new();
        let args = PullArgs {
            model: "Vocab".into(),
            dir: dir.path().to_path_buf(),
            force: false,
        };
        let err = pull(&args, &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("is not empty"), "{err}");
    }
}
