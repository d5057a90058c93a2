//! `anki-cli model`: all 26 note type actions, with templates and CSS as files.

pub mod create;
pub mod folder;

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::Ctx;
use crate::error::{CliError, Result};
use crate::output::{cell, plain_text, Output, Table};
use crate::registry::Covered;
use crate::request::Request;

/// The actions this module wraps.
pub const COVERS: &[Covered] = &[
    Covered {
        action: "modelNames",
        command: "model list --names",
    },
    Covered {
        action: "modelNamesAndIds",
        command: "model list",
    },
    Covered {
        action: "findModelsByName",
        command: "model show",
    },
    Covered {
        action: "findModelsById",
        command: "model show --id",
    },
    Covered {
        action: "modelNameFromId",
        command: "model name",
    },
    Covered {
        action: "createModel",
        command: "model create",
    },
    Covered {
        action: "modelFieldNames",
        command: "model field list",
    },
    Covered {
        action: "modelFieldDescriptions",
        command: "model field list",
    },
    Covered {
        action: "modelFieldFonts",
        command: "model field list",
    },
    Covered {
        action: "modelFieldsOnTemplates",
        command: "model field usage",
    },
    Covered {
        action: "modelTemplates",
        command: "model template list",
    },
    Covered {
        action: "modelStyling",
        command: "model css get",
    },
    Covered {
        action: "updateModelTemplates",
        command: "model template set",
    },
    Covered {
        action: "updateModelStyling",
        command: "model css set",
    },
    Covered {
        action: "findAndReplaceInModels",
        command: "model find-replace",
    },
    Covered {
        action: "modelTemplateRename",
        command: "model template rename",
    },
    Covered {
        action: "modelTemplateReposition",
        command: "model template move",
    },
    Covered {
        action: "modelTemplateAdd",
        command: "model template add",
    },
    Covered {
        action: "modelTemplateRemove",
        command: "model template remove",
    },
    Covered {
        action: "modelFieldRename",
        command: "model field rename",
    },
    Covered {
        action: "modelFieldReposition",
        command: "model field move",
    },
    Covered {
        action: "modelFieldAdd",
        command: "model field add",
    },
    Covered {
        action: "modelFieldRemove",
        command: "model field remove",
    },
    Covered {
        action: "modelFieldSetFont",
        command: "model field font",
    },
    Covered {
        action: "modelFieldSetFontSize",
        command: "model field font-size",
    },
    Covered {
        action: "modelFieldSetDescription",
        command: "model field describe",
    },
];

/// Subcommands of `anki-cli model`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli model list
  anki-cli model show Basic
  anki-cli model create Vocab --field Word --field Meaning --template 'Recognize:{{Word}}:{{FrontSide}}<hr>{{Meaning}}'
  anki-cli model field add Vocab Example --index 1
  anki-cli model template set Vocab Recognize --front front.html
  anki-cli model css set Vocab style.css
  anki-cli model pull Vocab ./vocab && $EDITOR ./vocab/style.css && anki-cli model push ./vocab")]
pub enum ModelCommand {
    /// List note types with their IDs
    #[command(visible_alias = "ls")]
    List {
        /// Names only (the modelNames action)
        #[arg(long)]
        names: bool,
    },
    /// Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json
    #[command(
        after_help = "Examples:\n  anki-cli model show Basic\n  anki-cli model show --id 1483883011648 -o json"
    )]
    Show {
        /// Note type names
        #[arg(required_unless_present = "id", conflicts_with = "id")]
        names: Vec<String>,
        /// Look note types up by ID instead
        #[arg(long, value_name = "ID", num_args = 1..)]
        id: Vec<i64>,
    },
    /// Print the name of the note type with this ID
    Name {
        /// A note type ID
        id: i64,
    },
    /// Create a note type from flags or from a TOML/JSON spec file
    Create(create::CreateArgs),
    /// Fields: list, usage, add, remove, rename, move, font, font-size, describe
    #[command(subcommand)]
    Field(FieldCommand),
    /// Card templates: list, add, remove, rename, move, set
    #[command(subcommand)]
    Template(TemplateCommand),
    /// The note type's CSS: get or set
    #[command(subcommand)]
    Css(CssCommand),
    /// Find and replace text in templates and CSS of one or all note types
    #[command(
        after_help = "Examples:\n  anki-cli model find-replace 'font-size: 20px' 'font-size: 24px' --model Basic --no-front --no-back\n  anki-cli model find-replace '{{Front}}' '{{Word}}'"
    )]
    FindReplace {
        /// Text to find
        find: String,
        /// Replacement
        replace: String,
        /// Only this note type (default: all)
        #[arg(short, long)]
        model: Option<String>,
        /// Leave front templates alone
        #[arg(long)]
        no_front: bool,
        /// Leave back templates alone
        #[arg(long)]
        no_back: bool,
        /// Leave the CSS alone
        #[arg(long)]
        no_css: bool,
    },
    /// Write a note type to a folder (templates, CSS, manifest) to edit and keep in git
    Pull(folder::PullArgs),
    /// Apply what changed in a pulled folder (shows the plan first)
    Push(folder::PushArgs),
}

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

/// Subcommands of `anki-cli model css`.
#[derive(Debug, Clone, Subcommand)]
#[command(
    after_help = "Examples:\n  anki-cli model css get Basic > basic.css\n  anki-cli model css set Basic basic.css"
)]
pub enum CssCommand {
    /// Print a note type's CSS (or write it with --out)
    Get {
        /// Note type
        model: String,
        /// Write it to this file
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
    },
    /// Replace a note type's CSS with a file's content (or - for stdin)
    Set {
        /// Note type
        model: String,
        /// CSS file, or -
        file: String,
    },
}

// ---- request builders (pure) ----

/// An action whose only parameter is `modelName`.
pub fn by_model(action: &str, model: &str) -> Request {
    Request::new(action, json!({ "modelName": model }))
}

/// `findModelsByName`
pub fn find_models_by_name(names: &[String]) -> Request {
    Request::new("findModelsByName", json!({ "modelNames": names }))
}

/// `findModelsById`
pub fn find_models_by_id(ids: &[i64]) -> Request {
    Request::new("findModelsById", json!({ "modelIds": ids }))
}

/// `modelNameFromId`
pub fn model_name_from_id(id: i64) -> Request {
    Request::new("modelNameFromId", json!({ "modelId": id }))
}

/// `updateModelTemplates` with some sides of some templates.
pub fn update_model_templates(model: &str, templates: Value) -> Request {
    Request::new(
        "updateModelTemplates",
        json!({ "model": {"name": model, "templates": templates} }),
    )
}

/// `updateModelStyling`
pub fn update_model_styling(model: &str, css: &str) -> Request {
    Request::new(
        "updateModelStyling",
        json!({ "model": {"name": model, "css": css} }),
    )
}

/// `findAndReplaceInModels`, with the flat parameters the add-on's code reads.
pub fn find_and_replace(
    model: Option<&str>,
    find: &str,
    replace: &str,
    sides: [bool; 3],
) -> Request {
    Request::new(
        "findAndReplaceInModels",
        json!({"modelName": model.unwrap_or(""), "findText": find, "replaceText": replace,
               "front": sides[0], "back": sides[1], "css": sides[2]}),
    )
}

/// An action on one field: `modelName`, `fieldName` and extra parameters.
pub fn field_action(action: &str, model: &str, field: &str, extra: Value) -> Request {
    let mut params = json!({ "modelName": model, "fieldName": field });
    if let (Some(p), Value::Object(more)) = (params.as_object_mut(), extra) {
        p.extend(more);
    }
    Request::new(action, params)
}

/// `modelFieldRename`
pub fn field_rename(model: &str, old: &str, new: &str) -> Request {
    Request::new(
        "modelFieldRename",
        json!({"modelName": model, "oldFieldName": old, "newFieldName": new}),
    )
}

/// `modelTemplateAdd`
pub fn template_add(model: &str, name: &str, front: &str, back: &str) -> Request {
    Request::new(
        "modelTemplateAdd",
        json!({"modelName": model, "template": {"Name": name, "Front": front, "Back": back}}),
    )
}

/// `modelTemplateRemove`
pub fn template_remove(model: &str, name: &str) -> Request {
    Request::new(
        "modelTemplateRemove",
        json!({"modelName": model, "templateName": name}),
    )
}

/// `modelTemplateRename`
pub fn template_rename(model: &str, old: &str, new: &str) -> Request {
    Request::new(
        "modelTemplateRename",
        json!({"modelName": model, "oldTemplateName": old, "newTemplateName": new}),
    )
}

/// `modelTemplateReposition`
pub fn template_move(model: &str, name: &str, index: u32) -> Request {
    Request::new(
        "modelTemplateReposition",
        json!({"modelName": model, "templateName": name, "index": index}),
    )
}

// ---- running ----

fn done(text: String, result: Value) -> Output {
    Output::Message { text, result }
}

/// Fetches one note type's full object by name.
pub fn fetch_model(ctx: &Ctx, name: &str) -> Result<Value> {
    let found = ctx.call(find_models_by_name(&[name.to_string()]))?;
    found
        .as_array()
        .and_then(|a| a.first())
        .cloned()
        .ok_or_else(|| CliError::Refused(format!("model was not found: {name}")))
}

/// The names of a note type's parts: `tmpls` (templates) or `flds` (fields).
fn part_names(model: &Value, key: &str) -> Vec<String> {
    model[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str().map(String::from))
        .collect()
}

fn template_names(model: &Value) -> Vec<String> {
    part_names(model, "tmpls")
}

/// Refuses to give a field or template a name another one has (skipped in a dry run): Anki
/// would not refuse but rename the other one (`B` to `B+`, also in the templates), and
/// modelFieldAdd would just move the existing field.
fn refuse_taken_name(ctx: &Ctx, model: &str, key: &str, name: &str, hint: &str) -> Result<()> {
    if ctx.dry_run {
        return Ok(());
    }
    if part_names(&fetch_model(ctx, model)?, key)
        .iter()
        .any(|n| n == name)
    {
        let what = if key == "flds" { "field" } else { "template" };
        return Err(CliError::Usage(format!(
            "'{model}' already has a {what} '{name}'{hint}"
        )));
    }
    Ok(())
}

fn show_table(models: &Value) -> Table {
    let mut table = Table::new(&["Note type", "Part", "Name", "Details"], models.clone());
    for model in models.as_array().into_iter().flatten() {
        let name = model["name"].as_str().unwrap_or("?").to_string();
        let kind = if model["type"] == 1 {
            "cloze"
        } else {
            "standard"
        };
        table.push(vec![
            name.clone(),
            "type".into(),
            kind.into(),
            format!("ID {}", cell(&model["id"])),
        ]);
        for field in model["flds"].as_array().into_iter().flatten() {
            let mut details = format!("{} {}", cell(&field["font"]), cell(&field["size"]));
            if let Some(desc) = field["description"].as_str().filter(|d| !d.is_empty()) {
                details.push_str(&format!(" — {desc}"));
            }
            table.push(vec![
                name.clone(),
                format!("field {}", cell(&field["ord"])),
                cell(&field["name"]),
                details,
            ]);
        }
        for template in model["tmpls"].as_array().into_iter().flatten() {
            let front = plain_text(template["qfmt"].as_str().unwrap_or_default(), 30);
            table.push(vec![
                name.clone(),
                format!("template {}", cell(&template["ord"])),
                cell(&template["name"]),
                front,
            ]);
        }
        let css = model["css"].as_str().unwrap_or_default();
        let rules = css.matches('{').count();
        table.push(vec![
            name,
            "css".into(),
            String::new(),
            format!("{} lines, {rules} rules", css.lines().count()),
        ]);
    }
    table
}

/// Runs a `model` subcommand.
pub fn run(cmd: &ModelCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        ModelCommand::List { names: true } => {
            let result = ctx.call(Request::bare("modelNames"))?;
            let mut table = Table::new(&["Note type"], result.clone());
            for name in result.as_array().into_iter().flatten() {
                table.push(vec![cell(name)]);
            }
            Output::Table(table)
        }
        ModelCommand::List { names: false } => {
            let result = ctx.call(Request::bare("modelNamesAndIds"))?;
            let mut table = Table::new(&["Note type", "ID"], result.clone()).with_ids(1);
            for (name, id) in result.as_object().into_iter().flatten() {
                table.push(vec![name.clone(), cell(id)]);
            }
            Output::Table(table)
        }
        ModelCommand::Show { names, id } => {
            let result = if id.is_empty() {
                ctx.call(find_models_by_name(names))?
            } else {
                ctx.call(find_models_by_id(id))?
            };
            Output::Table(show_table(&result))
        }
        ModelCommand::Name { id } => {
            let name = ctx.call(model_name_from_id(*id))?;
            done(cell(&name), name)
        }
        ModelCommand::Create(args) => create::run(args, ctx)?,
        ModelCommand::Field(cmd) => run_field(cmd, ctx)?,
        ModelCommand::Template(cmd) => run_template(cmd, ctx)?,
        ModelCommand::Css(CssCommand::Get { model, out, force }) => {
            let result = ctx.call(by_model("modelStyling", model))?;
            let css = result["css"].as_str().unwrap_or_default().to_string();
            match out {
                Some(path) => {
                    if path.exists() && !force {
                        return Err(CliError::Usage(format!(
                            "{} exists; pass --force to overwrite it",
                            path.display()
                        )));
                    }
                    crate::commands::media::write_atomically(path, css.as_bytes())?;
                    done(format!("Wrote {}.", path.display()), Value::Null)
                }
                None if ctx.settings.output.value == crate::output::Format::Json => {
                    Output::Json(result)
                }
                None => Output::Text(css),
            }
        }
        ModelCommand::Css(CssCommand::Set { model, file }) => {
            let css = ctx.read_source(file, "CSS")?;
            ctx.call(update_model_styling(model, &css))?;
            done(format!("Updated the CSS of '{model}'."), Value::Null)
        }
        ModelCommand::FindReplace {
            find,
            replace,
            model,
            no_front,
            no_back,
            no_css,
        } => {
            if find.is_empty() {
                return Err(CliError::Usage("the text to find is empty".into()));
            }
            let n = ctx.call(find_and_replace(
                model.as_deref(),
                find,
                replace,
                [!no_front, !no_back, !no_css],
            ))?;
            done(format!("Changed {} note type(s).", cell(&n)), n)
        }
        ModelCommand::Pull(args) => folder::pull(args, ctx)?,
        ModelCommand::Push(args) => folder::push(args, ctx)?,
    })
}

fn run_field(cmd: &FieldCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        FieldCommand::List { model } => {
            let requests = [
                by_model("modelFieldNames", model),
                by_model("modelFieldFonts", model),
                by_model("modelFieldDescriptions", model),
            ];
            let results = crate::client::send_all(ctx.transport, &requests)?;
            let (names, fonts, descriptions) = (&results[0], &results[1], &results[2]);
            let mut fields = Vec::new();
            let mut table = Table::new(&["#", "Field", "Font", "Size", "Description"], Value::Null);
            for (i, name) in names.as_array().into_iter().flatten().enumerate() {
                let name = cell(name);
                let font = &fonts[&name];
                let description = descriptions.get(i).map(cell).unwrap_or_default();
                fields.push(json!({"name": name, "font": font["font"], "size": font["size"], "description": description}));
                table.push(vec![
                    i.to_string(),
                    name,
                    cell(&font["font"]),
                    cell(&font["size"]),
                    description,
                ]);
            }
            table.result = Value::Array(fields);
            Output::Table(table)
        }
        FieldCommand::Usage { model } => {
            let result = ctx.call(by_model("modelFieldsOnTemplates", model))?;
            let mut table = Table::new(&["Template", "Front shows", "Back adds"], result.clone());
            for (template, sides) in result.as_object().into_iter().flatten() {
                let side = |i: usize| {
                    sides[i]
                        .as_array()
                        .map(|a| a.iter().map(cell).collect::<Vec<_>>().join(", "))
                        .unwrap_or_default()
                };
                table.push(vec![template.clone(), side(0), side(1)]);
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
                "flds",
                field,
                "; move it with `model field move`",
            )?;
            let extra = index.map_or(json!({}), |i| json!({ "index": i }));
            ctx.call(field_action("modelFieldAdd", model, field, extra))?;
            done(format!("Added field '{field}' to '{model}'."), Value::Null)
        }
        FieldCommand::Remove { model, field, yes } => {
            ctx.confirm(
                &format!("Remove field '{field}' from '{model}' and its content in every note?"),
                *yes,
            )?;
            ctx.call(field_action("modelFieldRemove", model, field, json!({})))?;
            done(
                format!("Removed field '{field}' from '{model}'."),
                Value::Null,
            )
        }
        FieldCommand::Rename { model, old, new } => {
            if old != new {
                refuse_taken_name(ctx, model, "flds", new, "; rename that one first")?;
            }
            ctx.call(field_rename(model, old, new))?;
            done(format!("Renamed field '{old}' to '{new}'."), Value::Null)
        }
        FieldCommand::Move {
            model,
            field,
            index,
        } => {
            ctx.call(field_action(
                "modelFieldReposition",
                model,
                field,
                json!({ "index": index }),
            ))?;
            done(
                format!("Moved field '{field}' to position {index}."),
                Value::Null,
            )
        }
        FieldCommand::Font { model, field, font } => {
            ctx.call(field_action(
                "modelFieldSetFont",
                model,
                field,
                json!({ "font": font }),
            ))?;
            done(format!("Field '{field}' now uses {font}."), Value::Null)
        }
        FieldCommand::FontSize { model, field, size } => {
            ctx.call(field_action(
                "modelFieldSetFontSize",
                model,
                field,
                json!({ "fontSize": size }),
            ))?;
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
            match ctx.call(field_action(
                "modelFieldSetDescription",
                model,
                field,
                json!({ "description": description }),
            ))? {
                Value::Bool(true) => done(format!("Described field '{field}'."), Value::Bool(true)),
                _ => {
                    return Err(CliError::Refused(
                        "this Anki version has no field descriptions".into(),
                    ))
                }
            }
        }
    })
}

fn run_template(cmd: &TemplateCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        TemplateCommand::List { model } => {
            let result = ctx.call(by_model("modelTemplates", model))?;
            let width = if ctx.term.stdout_tty { 40 } else { usize::MAX };
            let mut table = Table::new(&["Template", "Front", "Back"], result.clone());
            for (name, sides) in result.as_object().into_iter().flatten() {
                let side = |k: &str| plain_text(sides[k].as_str().unwrap_or_default(), width);
                table.push(vec![name.clone(), side("Front"), side("Back")]);
            }
            Output::Table(table)
        }
        TemplateCommand::Add { model, name, sides } => {
            let (Some(front), Some(back)) = (&sides.front, &sides.back) else {
                return Err(CliError::Usage(
                    "a new template needs both --front and --back".into(),
                ));
            };
            if front == "-" && back == "-" {
                return Err(CliError::Usage(
                    "only one of --front and --back can read stdin".into(),
                ));
            }
            let (front, back) = (
                ctx.read_source(front, "front template")?,
                ctx.read_source(back, "back template")?,
            );
            // The add-on would silently drop the change: point to `template set` instead.
            refuse_taken_name(
                ctx,
                model,
                "tmpls",
                name,
                "; change it with `model template set`",
            )?;
            ctx.call(template_add(model, name, &front, &back))?;
            done(
                format!("Added template '{name}' to '{model}'."),
                Value::Null,
            )
        }
        TemplateCommand::Remove { model, name, yes } => {
            ctx.confirm(
                &format!("Remove template '{name}' from '{model}' and every card made from it?"),
                *yes,
            )?;
            ctx.call(template_remove(model, name))?;
            done(format!("Removed template '{name}'."), Value::Null)
        }
        TemplateCommand::Rename { model, old, new } => {
            if old != new {
                refuse_taken_name(ctx, model, "tmpls", new, "; rename that one first")?;
            }
            ctx.call(template_rename(model, old, new))?;
            done(format!("Renamed template '{old}' to '{new}'."), Value::Null)
        }
        TemplateCommand::Move { model, name, index } => {
            ctx.call(template_move(model, name, *index))?;
            done(
                format!("Moved template '{name}' to position {index}."),
                Value::Null,
            )
        }
        TemplateCommand::Set { model, name, sides } => {
            if sides.front.is_none() && sides.back.is_none() {
                return Err(CliError::Usage("give --front and/or --back".into()));
            }
            if sides.front.as_deref() == Some("-") && sides.back.as_deref() == Some("-") {
                return Err(CliError::Usage(
                    "only one of --front and --back can read stdin".into(),
                ));
            }
            let mut parts = serde_json::Map::new();
            for (key, source) in [("Front", &sides.front), ("Back", &sides.back)] {
                if let Some(source) = source {
                    let text = ctx.read_source(source, "template")?;
                    if text.trim().is_empty() {
                        return Err(CliError::Usage(format!(
                            "the {key} template in '{source}' is empty"
                        )));
                    }
                    parts.insert(key.into(), json!(text));
                }
            }
            if !ctx.dry_run && !template_names(&fetch_model(ctx, model)?).contains(name) {
                return Err(CliError::Refused(format!(
                    "template was not found in {model}: {name}"
                )));
            }
            ctx.call(update_model_templates(
                model,
                json!({ name.clone(): parts }),
            ))?;
            done(
                format!("Updated template '{name}' of '{model}'."),
                Value::Null,
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (
                by_model("modelFieldNames", "Basic"),
                json!({"action": "modelFieldNames", "version": 6, "params": {"modelName": "Basic"}}),
            ),
            (
                find_models_by_name(&["Basic".into(), "Basic (and reversed card)".into()]),
                json!({"action": "findModelsByName", "version": 6, "params": {"modelNames": ["Basic", "Basic (and reversed card)"]}}),
            ),
            (
                find_models_by_id(&[1704387367119]),
                json!({"action": "findModelsById", "version": 6, "params": {"modelIds": [1704387367119_i64]}}),
            ),
            (
                model_name_from_id(1704387367119),
                json!({"action": "modelNameFromId", "version": 6, "params": {"modelId": 1704387367119_i64}}),
            ),
            (
                update_model_templates(
                    "Custom",
                    json!({"Card 1": {"Front": "{{Question}}?", "Back": "{{Answer}}!"}}),
                ),
                json!({"action": "updateModelTemplates", "version": 6, "params": {"model": {"name": "Custom", "templates": {"Card 1": {"Front": "{{Question}}?", "Back": "{{Answer}}!"}}}}}),
            ),
            (
                update_model_styling("Custom", "p { color: blue; }"),
                json!({"action": "updateModelStyling", "version": 6, "params": {"model": {"name": "Custom", "css": "p { color: blue; }"}}}),
            ),
            (
                find_and_replace(
                    Some("Basic"),
                    "text_to_replace",
                    "replace_with_text",
                    [true, false, true],
                ),
                json!({"action": "findAndReplaceInModels", "version": 6, "params": {"modelName": "Basic", "findText": "text_to_replace", "replaceText": "replace_with_text", "front": true, "back": false, "css": true}}),
            ),
            (
                template_rename("Basic", "Card 1", "Card 1 renamed"),
                json!({"action": "modelTemplateRename", "version": 6, "params": {"modelName": "Basic", "oldTemplateName": "Card 1", "newTemplateName": "Card 1 renamed"}}),
            ),
            (
                template_move("Basic", "Card 1", 1),
                json!({"action": "modelTemplateReposition", "version": 6, "params": {"modelName": "Basic", "templateName": "Card 1", "index": 1}}),
            ),
            (
                template_add(
                    "Basic",
                    "Card 3",
                    "Front html {{Field1}}",
                    "Back html {{Field2}}",
                ),
                json!({"action": "modelTemplateAdd", "version": 6, "params": {"modelName": "Basic", "template": {"Name": "Card 3", "Front": "Front html {{Field1}}", "Back": "Back html {{Field2}}"}}}),
            ),
            (
                template_remove("Basic", "Card 1"),
                json!({"action": "modelTemplateRemove", "version": 6, "params": {"modelName": "Basic", "templateName": "Card 1"}}),
            ),
            (
                field_rename("Basic", "Front", "FrontRenamed"),
                json!({"action": "modelFieldRename", "version": 6, "params": {"modelName": "Basic", "oldFieldName": "Front", "newFieldName": "FrontRenamed"}}),
            ),
            (
                field_action("modelFieldReposition", "Basic", "Back", json!({"index": 0})),
                json!({"action": "modelFieldReposition", "version": 6, "params": {"modelName": "Basic", "fieldName": "Back", "index": 0}}),
            ),
            (
                field_action("modelFieldAdd", "Basic", "NewField", json!({"index": 0})),
                json!({"action": "modelFieldAdd", "version": 6, "params": {"modelName": "Basic", "fieldName": "NewField", "index": 0}}),
            ),
            (
                field_action(
                    "modelFieldSetFontSize",
                    "Basic",
                    "Front",
                    json!({"fontSize": 10}),
                ),
                json!({"action": "modelFieldSetFontSize", "version": 6, "params": {"modelName": "Basic", "fieldName": "Front", "fontSize": 10}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
