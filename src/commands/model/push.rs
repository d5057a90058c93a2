//! `model push`: apply what changed in a pulled folder, after showing the plan; a step that
//! fails has the steps before it undone.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::manifest::{desired_of, read_folder, MANIFEST};
use super::note_type::model_by_id;
use super::plan::{plan, Step};
use super::template_check::check_templates;
use crate::api::model::Model;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{Output, Table};

/// Arguments of `model push`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "\
Shows the plan (field and template renames, additions, moves, removals; template and CSS
changes), then applies it. A plan that removes a field or a template destroys their content:
it asks first on a terminal and needs --yes otherwise. An unchanged folder sends nothing.

Example:
  anki-cli model push ./basic")]
pub struct PushArgs {
    /// A folder written by `model pull`
    pub dir: PathBuf,
    /// Apply removals without asking (required for them when stdin is not a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

/// Runs `model push`.
pub fn push(args: &PushArgs, ctx: &Ctx) -> Result<Output> {
    let desired = read_folder(&args.dir)?;
    let model = model_by_id(ctx, desired.manifest.id, &desired.manifest.name)?;
    if model.name != desired.manifest.name {
        return Err(CliError::Usage(format!(
            "the folder says '{}' but Anki calls note type {} '{}'; AnkiConnect cannot rename note types: set name = \"{}\" in {MANIFEST}",
            desired.manifest.name, desired.manifest.id, model.name, model.name
        )));
    }
    check_templates(&model, &desired)?;
    let steps = plan(&model, &desired);
    if steps.is_empty() {
        return Ok(Output::Message {
            text: "Nothing to push: the note type matches the folder.".into(),
            result: json!([]),
        });
    }
    let listing: Vec<String> = steps.iter().map(|(s, _)| format!("  - {s}")).collect();
    eprintln!(
        "Plan for '{}':\n{}",
        desired.manifest.name,
        listing.join("\n")
    );
    // Removing a field or a template destroys content (the field's values, the template's
    // cards): such a plan needs consent (commands::safety); other steps are ordinary edits.
    let removals: Vec<&str> = steps
        .iter()
        .filter(|(_, r)| {
            matches!(
                r.action.as_str(),
                "modelFieldRemove" | "modelTemplateRemove"
            )
        })
        .map(|(s, _)| s.as_str())
        .collect();
    if !removals.is_empty() {
        ctx.confirm(
            &format!(
                "Apply these {} change(s)? This cannot be got back: {}",
                steps.len(),
                removals.join(", ")
            ),
            args.yes,
        )?;
    }
    apply(ctx, &model, &steps)?;
    let mut table = Table::new(
        &["Applied"],
        json!(steps.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>()),
    );
    for (s, _) in &steps {
        table.push(vec![s.clone()]);
    }
    Ok(Output::Table(table))
}

/// Sends the steps in order. When one fails, what the steps before it changed is undone
/// (the note type is put back as `original` was), and the error says so.
fn apply(ctx: &Ctx, original: &Model, steps: &[Step]) -> Result<()> {
    for (done, (what, request)) in steps.iter().enumerate() {
        let Err(err) = ctx.call(request.clone()) else {
            continue;
        };
        let failed = format!("step {} of {} ({what}) failed", done + 1, steps.len());
        let context = if done == 0 {
            format!("{failed}; nothing was changed")
        } else {
            match restore(ctx, original) {
                Ok(()) => format!(
                    "{failed}; the {done} change(s) before it were undone, so the note type is as it was"
                ),
                Err(undo) => {
                    let applied: Vec<String> =
                        steps[..done].iter().map(|(s, _)| format!("  - {s}")).collect();
                    format!(
                        "{failed}, and undoing the {done} change(s) before it failed too ({undo}); still applied:\n{}",
                        applied.join("\n")
                    )
                }
            }
        };
        return Err(match err {
            CliError::Action { action, message } => CliError::Action {
                action,
                message: format!("{message}\n{context}"),
            },
            CliError::Refused(message) => CliError::Refused(format!("{message}\n{context}")),
            other => {
                eprintln!("anki-cli: {context}");
                other
            }
        });
    }
    Ok(())
}

/// Puts the note type back as `original` was, planning from what Anki has now. A field or
/// template that was removed comes back empty (its content is gone), but removals are the
/// last steps of a push, so one is undone only when a later removal failed.
fn restore(ctx: &Ctx, original: &Model) -> Result<()> {
    let now = model_by_id(ctx, original.id, &original.name)?;
    for (_, request) in plan(&now, &desired_of(original)) {
        ctx.call(request)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use crate::commands::model::manifest::{to_files, HEADER};
    use crate::commands::model::sample::{vocab, vocab_json};

    /// A pulled folder of the sample note type, as `edit` leaves it.
    fn folder(
        edit: impl FnOnce(&mut crate::commands::model::manifest::Manifest),
    ) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let (mut manifest, files) = to_files(&vocab());
        edit(&mut manifest);
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        for (rel, text) in &files {
            std::fs::write(dir.path().join(rel), text).unwrap();
        }
        let toml = toml::to_string(&manifest).unwrap();
        std::fs::write(dir.path().join(MANIFEST), format!("{HEADER}\n{toml}")).unwrap();
        dir
    }

    fn args(dir: &tempfile::TempDir, yes: bool) -> PushArgs {
        PushArgs {
            dir: dir.path().to_path_buf(),
            yes,
        }
    }

    /// A fake whose first findModelsById answers with the sample note type.
    fn anki_with_vocab() -> FakeAnki {
        FakeAnki::new().reply_to(
            "findModelsById",
            json!({"modelIds": [1]}),
            json!([vocab_json()]),
        )
    }

    #[test]
    fn an_unchanged_folder_sends_nothing_but_the_look_up() {
        let dir = folder(|_| {});
        let anki = anki_with_vocab();
        let out = push(&args(&dir, false), &anki.ctx()).unwrap();
        assert!(
            matches!(&out, Output::Message { text, .. } if text.starts_with("Nothing to push")),
            "{out:?}"
        );
        assert_eq!(anki.sent(), ["findModelsById"]);
    }

    #[test]
    fn the_plan_from_the_folder_is_sent_in_order() {
        let dir = folder(|m| {
            m.fields[1].name = "Definition".into();
            m.fields[0].size = Some(24);
        });
        let anki = anki_with_vocab()
            .reply_to(
                "modelFieldRename",
                json!({"modelName": "Vocab", "oldFieldName": "Meaning", "newFieldName": "Definition"}),
                json!(null),
            )
            .reply_to(
                "modelFieldSetFontSize",
                json!({"modelName": "Vocab", "fieldName": "Word", "fontSize": 24}),
                json!(null),
            );
        let out = push(&args(&dir, false), &anki.ctx()).unwrap();
        let Output::Table(table) = out else {
            panic!("a table")
        };
        assert_eq!(
            table.result,
            json!([
                "rename field 'Meaning' to 'Definition'",
                "set font size of 'Word' to 24"
            ])
        );
    }

    #[test]
    fn a_plan_that_removes_a_field_needs_yes_off_a_terminal() {
        let dir = folder(|m| m.fields.retain(|f| f.name != "Old"));
        let anki = anki_with_vocab();
        let err = push(&args(&dir, false), &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 2, "{err}");
        assert_eq!(anki.sent(), ["findModelsById"], "nothing was changed");

        let anki = anki_with_vocab().reply_to(
            "modelFieldRemove",
            json!({"modelName": "Vocab", "fieldName": "Old"}),
            json!(null),
        );
        push(&args(&dir, true), &anki.ctx()).unwrap();
    }

    #[test]
    fn a_failed_step_has_the_steps_before_it_undone() {
        let dir = folder(|m| {
            m.fields[1].name = "Definition".into();
            m.fields[0].size = Some(24);
        });
        let mut renamed = vocab_json();
        renamed["flds"][1]["name"] = json!("Definition");
        let anki = anki_with_vocab()
            .reply("modelFieldRename", json!(null))
            .fail("modelFieldSetFontSize", "fontSize should be an integer")
            .reply_to("findModelsById", json!({"modelIds": [1]}), json!([renamed]))
            .reply_to(
                "modelFieldRename",
                json!({"modelName": "Vocab", "oldFieldName": "Definition", "newFieldName": "Meaning"}),
                json!(null),
            );
        let err = push(&args(&dir, false), &anki.ctx()).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("fontSize should be an integer")
                && text.contains("step 2 of 2 (set font size of 'Word' to 24) failed; the 1 change(s) before it were undone"),
            "{text}"
        );
        assert_eq!(
            anki.sent(),
            [
                "findModelsById",
                "modelFieldRename",
                "modelFieldSetFontSize",
                "findModelsById",
                "modelFieldRename"
            ]
        );
    }

    #[test]
    fn a_first_step_that_fails_changed_nothing() {
        let dir = folder(|m| m.fields[0].size = Some(24));
        let anki = anki_with_vocab().fail("modelFieldSetFontSize", "boom");
        let err = push(&args(&dir, false), &anki.ctx()).unwrap_err();
        assert!(
            err.to_string().contains("failed; nothing was changed"),
            "{err}"
        );
    }

    #[test]
    fn a_folder_of_another_name_is_refused() {
        let dir = folder(|m| m.name = "Other".into());
        let anki = anki_with_vocab();
        let err = push(&args(&dir, false), &anki.ctx()).unwrap_err();
        assert!(
            err.to_string().contains("Anki calls note type 1 'Vocab'"),
            "{err}"
        );
    }

    #[test]
    fn an_edited_template_naming_no_field_is_refused_before_sending() {
        let dir = folder(|_| {});
        std::fs::write(dir.path().join("templates/1-card-1.back.html"), "{{Nope}}").unwrap();
        let anki = anki_with_vocab();
        let err = push(&args(&dir, false), &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("uses {{Nope}}"), "{err}");
        assert_eq!(anki.sent(), ["findModelsById"]);
    }
}
