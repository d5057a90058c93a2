//! Looking note types up as Anki has them now, and refusing a name one of their parts has.

use serde_json::Value;

use crate::api::model::{find_models_by_id, find_models_by_name, Model};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::request::Call;

/// Sends findModelsByName or findModelsById about `asked` note types: the note types, and the
/// raw result.
pub fn find_models(ctx: &Ctx, call: Call<Vec<Model>>, asked: usize) -> Result<(Vec<Model>, Value)> {
    ctx.send_each(call, asked)
}

/// Fetches one note type by name.
pub fn fetch_model(ctx: &Ctx, name: &str) -> Result<Model> {
    find_models(ctx, find_models_by_name(&[name.to_string()]), 1)?
        .0
        .pop()
        .ok_or_else(|| CliError::Refused(format!("model was not found: {name}")))
}

/// Fetches the note type with this ID (`name` is for the error).
pub fn model_by_id(ctx: &Ctx, id: i64, name: &str) -> Result<Model> {
    find_models(ctx, find_models_by_id(&[id]), 1)?
        .0
        .pop()
        .ok_or_else(|| CliError::Refused(format!("model was not found: {name} (ID {id})")))
}

/// A kind of part of a note type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    /// A field.
    Field,
    /// A card template.
    Template,
}

impl Part {
    /// The names of this kind of part of `model`, in order.
    pub fn names(self, model: &Model) -> Vec<String> {
        match self {
            Part::Field => model.fields.iter().map(|f| f.name.clone()).collect(),
            Part::Template => model.templates.iter().map(|t| t.name.clone()).collect(),
        }
    }

    /// "field" or "template".
    pub fn word(self) -> &'static str {
        match self {
            Part::Field => "field",
            Part::Template => "template",
        }
    }
}

/// Refuses to give a field or template a name another one has: Anki
/// would not refuse but rename the other one (`B` to `B+`, also in the templates), and
/// modelFieldAdd would just move the existing field.
pub fn refuse_taken_name(ctx: &Ctx, model: &str, part: Part, name: &str, hint: &str) -> Result<()> {
    if part
        .names(&fetch_model(ctx, model)?)
        .iter()
        .any(|n| n == name)
    {
        return Err(CliError::Usage(format!(
            "'{model}' already has a {} '{name}'{hint}",
            part.word()
        )));
    }
    Ok(())
}
