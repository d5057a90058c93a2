//! `model list`, `model show` and `model name`: what note types there are and what they hold.

use serde_json::Value;

use super::note_type::find_models;
use crate::api::model::{
    find_models_by_id, find_models_by_name, model_name_from_id, model_names, model_names_and_ids,
    Model,
};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::output::{plain_text, Output, Table};

/// Runs `model list` (`--names`: the modelNames action).
pub fn list(ctx: &Ctx, names_only: bool) -> Result<Output> {
    if names_only {
        let (names, result) = ctx.send_raw(model_names())?;
        let mut table = Table::new(&["Note type"], result);
        for name in names {
            table.push(vec![name]);
        }
        return Ok(Output::Table(table));
    }
    let (models, result) = ctx.send_raw(model_names_and_ids())?;
    let mut table = Table::new(&["Note type", "ID"], result).with_ids(1);
    for (name, id) in models.0 {
        table.push(vec![name, id.to_string()]);
    }
    Ok(Output::Table(table))
}

/// Runs `model show`: by name, or by ID when `ids` are given.
pub fn show(ctx: &Ctx, names: &[String], ids: &[i64]) -> Result<Output> {
    let (models, result) = if ids.is_empty() {
        find_models(ctx, find_models_by_name(names), names.len())?
    } else {
        find_models(ctx, find_models_by_id(ids), ids.len())?
    };
    Ok(Output::Table(show_table(&models, result)))
}

/// Runs `model name`.
pub fn name(ctx: &Ctx, id: i64) -> Result<Output> {
    let name = ctx.send(model_name_from_id(id))?;
    Ok(Output::Message {
        text: name.clone(),
        result: Value::String(name),
    })
}

fn text_of<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(T::to_string).unwrap_or_default()
}

/// One row per part of each note type: its type, fields, templates and CSS.
fn show_table(models: &[Model], result: Value) -> Table {
    let mut table = Table::new(&["Note type", "Part", "Name", "Details"], result);
    for model in models {
        let name = &model.name;
        let kind = if model.kind == 1 { "cloze" } else { "standard" };
        table.push(vec![
            name.clone(),
            "type".into(),
            kind.into(),
            format!("ID {}", model.id),
        ]);
        for field in &model.fields {
            let mut details = format!("{} {}", text_of(&field.font), text_of(&field.size));
            if let Some(desc) = field.description.as_deref().filter(|d| !d.is_empty()) {
                details.push_str(&format!(" — {desc}"));
            }
            table.push(vec![
                name.clone(),
                format!("field {}", text_of(&field.ord)),
                field.name.clone(),
                details,
            ]);
        }
        for template in &model.templates {
            table.push(vec![
                name.clone(),
                format!("template {}", text_of(&template.ord)),
                template.name.clone(),
                plain_text(&template.qfmt, 30),
            ]);
        }
        let rules = model.css.matches('{').count();
        table.push(vec![
            name.clone(),
            "css".into(),
            String::new(),
            format!("{} lines, {rules} rules", model.css.lines().count()),
        ]);
    }
    table
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::commands::model::sample::vocab_json;
    use crate::output::Format;

    #[test]
    fn show_lists_every_part() {
        let anki = FakeAnki::new().reply_to(
            "findModelsByName",
            json!({"modelNames": ["Vocab"]}),
            json!([vocab_json()]),
        );
        let out = show(&anki.ctx(), &["Vocab".into()], &[]).unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "Vocab\ttype\tstandard\tID 1\n\
             Vocab\tfield 0\tWord\tArial 20\n\
             Vocab\tfield 1\tMeaning\tArial 20\n\
             Vocab\tfield 2\tOld\tArial 20\n\
             Vocab\ttemplate 0\tCard 1\t{{Word}}\n\
             Vocab\tcss\t\t1 lines, 1 rules\n"
        );
    }

    #[test]
    fn show_by_id_refuses_a_reply_short_of_entries() {
        let anki = FakeAnki::new().reply("findModelsById", json!([]));
        let err = show(&anki.ctx(), &[], &[1]).unwrap_err();
        assert_eq!(err.status().code(), 3, "{err}");
    }

    #[test]
    fn list_shows_names_and_ids() {
        let anki = FakeAnki::new()
            .reply("modelNamesAndIds", json!({"Basic": 5, "Cloze": 6}))
            .reply("modelNames", json!(["Basic"]));
        let ctx = anki.ctx();
        let out = list(&ctx, false).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), "Basic\t5\nCloze\t6\n");
        let out = list(&ctx, true).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), "Basic\n");
    }
}
