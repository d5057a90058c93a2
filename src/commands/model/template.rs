//! `model template`: list a note type's card templates; add, remove, rename, move them and
//! replace their sides.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::note_type::{fetch_model, refuse_taken_name, Part};
use crate::api::model::{
    model_template_add, model_template_remove, model_template_rename, model_template_reposition,
    model_templates, update_model_templates, SidesUpdate,
};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{plain_text, Output, Table};

/// Template sides read from files or given inline.
#[derive(Debug, Clone, Args)]
pub struct SidesArgs {
    /// Front template: a file, or - for stdin
    #[arg(long, value_name = "FILE|-")]
    pub front: Option<String>,
    /// Back template: a file, or - for stdin
    #[arg(long, value_name = "FILE|-")]
    pub back: Option<String>,
}

/// Subcommands of `anki-cli model template`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli model template list Basic
  anki-cli model template add Basic Reverse --front rev-front.html --back rev-back.html
  anki-cli model template set Basic 'Card 1' --front front.html
  anki-cli model template rename Basic 'Card 1' Forward
  anki-cli model template move Basic Reverse 0")]
pub enum TemplateCommand {
    /// Templates with their front and back (full HTML with -o json)
    #[command(visible_alias = "ls")]
    List {
        /// Note type
        model: String,
    },
    /// Add a card template
    Add {
        /// Note type
        model: String,
        /// Template name
        name: String,
        /// The sides.
        #[command(flatten)]
        sides: SidesArgs,
    },
    /// Remove a card template and its cards
    #[command(visible_alias = "rm")]
    Remove {
        /// Note type
        model: String,
        /// Template name
        name: String,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Rename a card template
    Rename {
        /// Note type
        model: String,
        /// Current name
        old: String,
        /// New name
        new: String,
    },
    /// Move a card template to a position (0 = first)
    Move {
        /// Note type
        model: String,
        /// Template name
        name: String,
        /// New position
        index: u32,
    },
    /// Replace a template's front and/or back
    Set {
        /// Note type
        model: String,
        /// Template name
        name: String,
        /// The sides.
        #[command(flatten)]
        sides: SidesArgs,
    },
}

fn done(text: String) -> Output {
    Output::Message {
        text,
        result: Value::Null,
    }
}

/// Refuses `--front -` together with `--back -`.
fn one_stdin(sides: &SidesArgs) -> Result<()> {
    if sides.front.as_deref() == Some("-") && sides.back.as_deref() == Some("-") {
        return Err(CliError::Usage(
            "only one of --front and --back can read stdin".into(),
        ));
    }
    Ok(())
}

/// `model template set`: the sides given, checked to be non-empty, for an existing template.
fn set(ctx: &Ctx, model: &str, name: &str, sides: &SidesArgs) -> Result<Output> {
    if sides.front.is_none() && sides.back.is_none() {
        return Err(CliError::Usage("give --front and/or --back".into()));
    }
    one_stdin(sides)?;
    let read = |key: &str, source: &Option<String>| -> Result<Option<String>> {
        let Some(source) = source else {
            return Ok(None);
        };
        let text = ctx.read_source(source, "template")?;
        if text.trim().is_empty() {
            return Err(CliError::Usage(format!(
                "the {key} template in '{source}' is empty"
            )));
        }
        Ok(Some(text))
    };
    let update = SidesUpdate {
        front: read("Front", &sides.front)?,
        back: read("Back", &sides.back)?,
    };
    if !Part::Template
        .names(&fetch_model(ctx, model)?)
        .iter()
        .any(|n| n == name)
    {
        return Err(CliError::Refused(format!(
            "template was not found in {model}: {name}"
        )));
    }
    ctx.send(update_model_templates(model, &[(name.to_string(), update)]))?;
    Ok(done(format!("Updated template '{name}' of '{model}'.")))
}

/// Runs a `model template` subcommand.
pub fn run(cmd: &TemplateCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        TemplateCommand::List { model } => {
            let (templates, result) = ctx.send_raw(model_templates(model))?;
            let width = if ctx.term.stdout_tty { 40 } else { usize::MAX };
            let mut table = Table::new(&["Template", "Front", "Back"], result);
            for (name, sides) in templates.0 {
                table.push(vec![
                    name,
                    plain_text(&sides.front, width),
                    plain_text(&sides.back, width),
                ]);
            }
            Output::Table(table)
        }
        TemplateCommand::Add { model, name, sides } => {
            let (Some(front), Some(back)) = (&sides.front, &sides.back) else {
                return Err(CliError::Usage(
                    "a new template needs both --front and --back".into(),
                ));
            };
            one_stdin(sides)?;
            let (front, back) = (
                ctx.read_source(front, "front template")?,
                ctx.read_source(back, "back template")?,
            );
            // The add-on would silently drop the change: point to `template set` instead.
            refuse_taken_name(
                ctx,
                model,
                Part::Template,
                name,
                "; change it with `model template set`",
            )?;
            ctx.send(model_template_add(model, name, &front, &back))?;
            done(format!("Added template '{name}' to '{model}'."))
        }
        TemplateCommand::Remove { model, name, yes } => {
            ctx.destructive("model template remove", *yes)?;
            ctx.confirm(
                &format!("Remove template '{name}' from '{model}' and every card made from it?"),
                *yes,
            )?;
            ctx.send(model_template_remove(model, name))?;
            done(format!("Removed template '{name}'."))
        }
        TemplateCommand::Rename { model, old, new } => {
            if old != new {
                refuse_taken_name(ctx, model, Part::Template, new, "; rename that one first")?;
            }
            ctx.send(model_template_rename(model, old, new))?;
            done(format!("Renamed template '{old}' to '{new}'."))
        }
        TemplateCommand::Move { model, name, index } => {
            ctx.send(model_template_reposition(model, name, *index))?;
            done(format!("Moved template '{name}' to position {index}."))
        }
        TemplateCommand::Set { model, name, sides } => set(ctx, model, name, sides)?,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use crate::commands::model::sample::vocab_json;

    fn front_file(text: &str) -> (tempfile::TempDir, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("front.html");
        std::fs::write(&path, text).unwrap();
        (dir, path.display().to_string())
    }

    #[test]
    fn set_sends_only_the_side_given() {
        let (_dir, path) = front_file("{{Word}}?");
        let anki = FakeAnki::new()
            .reply("findModelsByName", json!([vocab_json()]))
            .reply("updateModelTemplates", json!(null));
        let sides = SidesArgs {
            front: Some(path),
            back: None,
        };
        set(&anki.ctx(), "Vocab", "Card 1", &sides).unwrap();
        assert_eq!(
            anki.params_of("updateModelTemplates")[0],
            json!({"model": {"name": "Vocab", "templates": {"Card 1": {"Front": "{{Word}}?"}}}})
        );
    }

    #[test]
    fn set_refuses_an_unknown_template_and_an_empty_side() {
        let (_dir, path) = front_file("{{Word}}");
        let anki = FakeAnki::new().reply("findModelsByName", json!([vocab_json()]));
        let sides = SidesArgs {
            front: Some(path),
            back: None,
        };
        let err = set(&anki.ctx(), "Vocab", "Nope", &sides).unwrap_err();
        assert_eq!(err.to_string(), "template was not found in Vocab: Nope");
        let (_empty, blank) = front_file("  \n");
        let sides = SidesArgs {
            front: Some(blank.clone()),
            back: None,
        };
        let err = set(&anki.ctx(), "Vocab", "Card 1", &sides).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("the Front template in '{blank}' is empty")
        );
    }
}
