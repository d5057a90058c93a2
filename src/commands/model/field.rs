//! `model field`: list a note type's fields and where templates use them; add, remove, rename,
//! move them and set their font, size and description.

use clap::Subcommand;
use serde_json::{json, Value};

use super::note_type::{refuse_taken_name, Part};
use crate::api::model::{
    model_field_add, model_field_descriptions, model_field_fonts, model_field_names,
    model_field_remove, model_field_rename, model_field_reposition, model_field_set_description,
    model_field_set_font, model_field_set_font_size, model_fields_on_templates,
};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{Output, Table};

/// Subcommands of `anki-cli model field`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli model field list Basic
  anki-cli model field usage Basic
  anki-cli model field add Basic Example --index 1
  anki-cli model field rename Basic Back Answer
  anki-cli model field move Basic Answer 0
  anki-cli model field font Basic Front 'Noto Sans'
  anki-cli model field describe Basic Front 'The word'")]
pub enum FieldCommand {
    /// Fields with their font, size and description
    #[command(visible_alias = "ls")]
    List {
        /// Note type
        model: String,
    },
    /// Which fields each template shows on its front and back
    Usage {
        /// Note type
        model: String,
    },
    /// Add a field (at the end, or at --index)
    Add {
        /// Note type
        model: String,
        /// New field name
        field: String,
        /// Position, 0 = first
        #[arg(long)]
        index: Option<u32>,
    },
    /// Remove a field and its content in every note
    #[command(visible_alias = "rm")]
    Remove {
        /// Note type
        model: String,
        /// Field name
        field: String,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Rename a field
    Rename {
        /// Note type
        model: String,
        /// Current name
        old: String,
        /// New name
        new: String,
    },
    /// Move a field to a position (0 = first)
    Move {
        /// Note type
        model: String,
        /// Field name
        field: String,
        /// New position
        index: u32,
    },
    /// Set the editor font of a field
    Font {
        /// Note type
        model: String,
        /// Field name
        field: String,
        /// Font family
        font: String,
    },
    /// Set the editor font size of a field
    FontSize {
        /// Note type
        model: String,
        /// Field name
        field: String,
        /// Size in points
        size: u32,
    },
    /// Set a field's description (shown in the editor)
    Describe {
        /// Note type
        model: String,
        /// Field name
        field: String,
        /// The description
        description: String,
    },
}

fn done(text: String, result: Value) -> Output {
    Output::Message { text, result }
}

/// `model field list`: names, fonts and descriptions, from three actions.
fn list(ctx: &Ctx, model: &str) -> Result<Output> {
    let names = ctx.send(model_field_names(model))?;
    let fonts = ctx.send(model_field_fonts(model))?;
    let descriptions = ctx.send(model_field_descriptions(model))?;
    let mut fields = Vec::new();
    let mut table = Table::new(&["#", "Field", "Font", "Size", "Description"], Value::Null);
    for (i, name) in names.into_iter().enumerate() {
        let font = fonts.0.iter().find(|(n, _)| *n == name).map(|(_, f)| f);
        let description = descriptions.get(i).cloned().unwrap_or_default();
        fields.push(json!({"name": name, "font": font.map(|f| &f.font),
                           "size": font.map(|f| f.size), "description": description}));
        table.push(vec![
            i.to_string(),
            name,
            font.map(|f| f.font.clone()).unwrap_or_default(),
            font.map(|f| f.size.to_string()).unwrap_or_default(),
            description,
        ]);
    }
    table.result = Value::Array(fields);
    Ok(Output::Table(table))
}

/// Runs a `model field` subcommand.
pub fn run(cmd: &FieldCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        FieldCommand::List { model } => list(ctx, model)?,
        FieldCommand::Usage { model } => {
            // {template: [[fields on the front], [fields the back adds]]}
            let (usage, result) = ctx.send_raw(model_fields_on_templates(model))?;
            let mut table = Table::new(&["Template", "Front shows", "Back adds"], result);
            for (template, (front, back)) in usage.0 {
                table.push(vec![template, front.join(", "), back.join(", ")]);
            }
            Output::Table(table)
        }
        FieldCommand::Add {
            model,
            field,
            index,
        } => {
            refuse_taken_name(
                ctx,
                model,
                Part::Field,
                field,
                "; move it with `model field move`",
            )?;
            ctx.send(model_field_add(model, field, *index))?;
            done(format!("Added field '{field}' to '{model}'."), Value::Null)
        }
        FieldCommand::Remove { model, field, yes } => {
            ctx.destructive("model field remove", *yes)?;
            ctx.confirm(
                &format!("Remove field '{field}' from '{model}' and its content in every note?"),
                *yes,
            )?;
            ctx.send(model_field_remove(model, field))?;
            done(
                format!("Removed field '{field}' from '{model}'."),
                Value::Null,
            )
        }
        FieldCommand::Rename { model, old, new } => {
            if old != new {
                refuse_taken_name(ctx, model, Part::Field, new, "; rename that one first")?;
            }
            ctx.send(model_field_rename(model, old, new))?;
            done(format!("Renamed field '{old}' to '{new}'."), Value::Null)
        }
        FieldCommand::Move {
            model,
            field,
            index,
        } => {
            ctx.send(model_field_reposition(model, field, *index))?;
            done(
                format!("Moved field '{field}' to position {index}."),
                Value::Null,
            )
        }
        FieldCommand::Font { model, field, font } => {
            ctx.send(model_field_set_font(model, field, font))?;
            done(format!("Field '{field}' now uses {font}."), Value::Null)
        }
        FieldCommand::FontSize { model, field, size } => {
            ctx.send(model_field_set_font_size(model, field, i64::from(*size)))?;
            done(
                format!("Field '{field}' now uses size {size}."),
                Value::Null,
            )
        }
        FieldCommand::Describe {
            model,
            field,
            description,
        } => {
            if !ctx.send(model_field_set_description(model, field, description))? {
                return Err(CliError::Refused(
                    "this Anki version has no field descriptions".into(),
                ));
            }
            done(format!("Described field '{field}'."), Value::Bool(true))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::commands::model::sample::vocab_json;
    use crate::output::Format;

    #[test]
    fn list_joins_names_fonts_and_descriptions() {
        let anki = FakeAnki::new()
            .reply("modelFieldNames", json!(["Front", "Back"]))
            .reply(
                "modelFieldFonts",
                json!({"Back": {"font": "Arial", "size": 18}, "Front": {"font": "Mono", "size": 20}}),
            )
            .reply("modelFieldDescriptions", json!(["the word", ""]));
        let out = list(&anki.ctx(), "Basic").unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "0\tFront\tMono\t20\tthe word\n1\tBack\tArial\t18\t\n"
        );
        let Output::Table(table) = out else {
            panic!("a table")
        };
        assert_eq!(
            table.result[1],
            json!({"name": "Back", "font": "Arial", "size": 18, "description": ""})
        );
    }

    #[test]
    fn adding_a_field_of_a_taken_name_is_refused() {
        let anki = FakeAnki::new().reply("findModelsByName", json!([vocab_json()]));
        let cmd = FieldCommand::Add {
            model: "Vocab".into(),
            field: "Word".into(),
            index: None,
        };
        let err = run(&cmd, &anki.ctx()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "'Vocab' already has a field 'Word'; move it with `model field move`"
        );
        assert_eq!(anki.sent(), ["findModelsByName"]);
    }

    #[test]
    fn a_new_field_is_added_at_its_index() {
        let anki = FakeAnki::new()
            .reply("findModelsByName", json!([vocab_json()]))
            .reply_to(
                "modelFieldAdd",
                json!({"modelName": "Vocab", "fieldName": "Example", "index": 1}),
                json!(null),
            );
        let cmd = FieldCommand::Add {
            model: "Vocab".into(),
            field: "Example".into(),
            index: Some(1),
        };
        run(&cmd, &anki.ctx()).unwrap();
    }

    #[test]
    fn describe_refuses_on_an_anki_without_descriptions() {
        let anki = FakeAnki::new().reply("modelFieldSetDescription", json!(false));
        let cmd = FieldCommand::Describe {
            model: "Basic".into(),
            field: "Front".into(),
            description: "d".into(),
        };
        let err = run(&cmd, &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("no field descriptions"), "{err}");
    }
}
