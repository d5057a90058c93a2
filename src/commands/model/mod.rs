//! `anki-cli model`: all 26 note type actions, with templates and CSS as files.

pub mod create;
pub mod folder;

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use crate::api::model::{
    by_model, field_action, field_rename, find_and_replace, find_models_by_id, find_models_by_name,
    model_name_from_id, template_add, template_move, template_remove, template_rename,
    update_model_styling, update_model_templates,
};
use crate::api::reply::Ordered;
use crate::commands::context::{decode, Ctx};
use crate::error::{CliError, Result};
use crate::output::{cell, plain_text, Output, Table};
use crate::request::Request;

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

// ---- running ----

/// A modelStyling reply.
#[derive(Debug, serde::Deserialize)]
struct Styling {
    css: String,
}

/// An entry of a modelFieldFonts reply.
#[derive(Debug, serde::Deserialize)]
struct Font {
    font: String,
    size: i64,
}

/// An entry of a modelTemplates reply.
#[derive(Debug, serde::Deserialize)]
struct Sides {
    #[serde(rename = "Front")]
    front: String,
    #[serde(rename = "Back")]
    back: String,
}

fn done(text: String, result: Value) -> Output {
    Output::Message { text, result }
}

/// The parts of a note type object (findModelsByName, findModelsById, createModel) that
/// anki-cli reads; the object itself is kept as JSON.
#[derive(Debug, serde::Deserialize)]
pub struct ModelShape {
    /// The note type's ID.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Its CSS.
    pub css: String,
    /// Its fields.
    pub flds: Vec<PartShape>,
    /// Its card templates.
    pub tmpls: Vec<PartShape>,
}

/// A field or template of a [`ModelShape`].
#[derive(Debug, serde::Deserialize)]
pub struct PartShape {
    /// Its name.
    pub name: String,
}

/// Sends findModelsByName or findModelsById: the note type objects, checked to be note types.
pub fn find_models(ctx: &Ctx, request: Request, asked: usize) -> Result<Vec<Value>> {
    let (_, result): (Vec<ModelShape>, _) = ctx.call_each_as(request, asked)?;
    Ok(match result {
        Value::Array(models) => models,
        _ => unreachable!("decoded as a list above"),
    })
}

/// Fetches one note type's full object by name.
pub fn fetch_model(ctx: &Ctx, name: &str) -> Result<Value> {
    find_models(ctx, find_models_by_name(&[name.to_string()]), 1)?
        .pop()
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
            let (names, result): (Vec<String>, _) = ctx.call_as_raw(Request::bare("modelNames"))?;
            let mut table = Table::new(&["Note type"], result);
            for name in names {
                table.push(vec![name]);
            }
            Output::Table(table)
        }
        ModelCommand::List { names: false } => {
            let (models, result): (Ordered<i64>, _) =
                ctx.call_as_raw(Request::bare("modelNamesAndIds"))?;
            let mut table = Table::new(&["Note type", "ID"], result).with_ids(1);
            for (name, id) in models.0 {
                table.push(vec![name, id.to_string()]);
            }
            Output::Table(table)
        }
        ModelCommand::Show { names, id } => {
            let models = if id.is_empty() {
                find_models(ctx, find_models_by_name(names), names.len())?
            } else {
                find_models(ctx, find_models_by_id(id), id.len())?
            };
            Output::Table(show_table(&Value::Array(models)))
        }
        ModelCommand::Name { id } => {
            let name: String = ctx.call_as(model_name_from_id(*id))?;
            done(name.clone(), Value::String(name))
        }
        ModelCommand::Create(args) => create::run(args, ctx)?,
        ModelCommand::Field(cmd) => run_field(cmd, ctx)?,
        ModelCommand::Template(cmd) => run_template(cmd, ctx)?,
        ModelCommand::Css(CssCommand::Get { model, out, force }) => {
            let (styling, result): (Styling, _) =
                ctx.call_as_raw(by_model("modelStyling", model))?;
            let css = styling.css;
            match crate::files::out_path(out.as_deref()) {
                Some(path) => {
                    crate::files::check_overwrite(path, *force)?;
                    crate::files::write_atomically(path, css.as_bytes())?;
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
            ctx.call_as::<()>(update_model_styling(model, &css))?;
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
            let n: i64 = ctx.call_as(find_and_replace(
                model.as_deref(),
                find,
                replace,
                [!no_front, !no_back, !no_css],
            ))?;
            done(format!("Changed {n} note type(s)."), json!(n))
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
            let names: Vec<String> = decode("modelFieldNames", &results[0])?;
            let fonts: Ordered<Font> = decode("modelFieldFonts", &results[1])?;
            let descriptions: Vec<String> = decode("modelFieldDescriptions", &results[2])?;
            let mut fields = Vec::new();
            let mut table = Table::new(&["#", "Field", "Font", "Size", "Description"], Value::Null);
            for (i, name) in names.into_iter().enumerate() {
                let (font, size) = fonts
                    .0
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or((Value::Null, Value::Null), |(_, f)| {
                        (json!(f.font), json!(f.size))
                    });
                let description = descriptions.get(i).cloned().unwrap_or_default();
                fields.push(
                    json!({"name": name, "font": font, "size": size, "description": description}),
                );
                table.push(vec![
                    i.to_string(),
                    name,
                    cell(&font),
                    cell(&size),
                    description,
                ]);
            }
            table.result = Value::Array(fields);
            Output::Table(table)
        }
        FieldCommand::Usage { model } => {
            // {template: [[fields on the front], [fields the back adds]]}
            let (usage, result): (Ordered<(Vec<String>, Vec<String>)>, _) =
                ctx.call_as_raw(by_model("modelFieldsOnTemplates", model))?;
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
                "flds",
                field,
                "; move it with `model field move`",
            )?;
            let extra = index.map_or(json!({}), |i| json!({ "index": i }));
            ctx.call_as::<()>(field_action("modelFieldAdd", model, field, extra))?;
            done(format!("Added field '{field}' to '{model}'."), Value::Null)
        }
        FieldCommand::Remove { model, field, yes } => {
            ctx.destructive("model field remove", *yes)?;
            ctx.confirm(
                &format!("Remove field '{field}' from '{model}' and its content in every note?"),
                *yes,
            )?;
            ctx.call_as::<()>(field_action("modelFieldRemove", model, field, json!({})))?;
            done(
                format!("Removed field '{field}' from '{model}'."),
                Value::Null,
            )
        }
        FieldCommand::Rename { model, old, new } => {
            if old != new {
                refuse_taken_name(ctx, model, "flds", new, "; rename that one first")?;
            }
            ctx.call_as::<()>(field_rename(model, old, new))?;
            done(format!("Renamed field '{old}' to '{new}'."), Value::Null)
        }
        FieldCommand::Move {
            model,
            field,
            index,
        } => {
            ctx.call_as::<()>(field_action(
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
            ctx.call_as::<()>(field_action(
                "modelFieldSetFont",
                model,
                field,
                json!({ "font": font }),
            ))?;
            done(format!("Field '{field}' now uses {font}."), Value::Null)
        }
        FieldCommand::FontSize { model, field, size } => {
            ctx.call_as::<()>(field_action(
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
            match ctx.call_as::<bool>(field_action(
                "modelFieldSetDescription",
                model,
                field,
                json!({ "description": description }),
            ))? {
                true => done(format!("Described field '{field}'."), Value::Bool(true)),
                false => {
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
            let (templates, result): (Ordered<Sides>, _) =
                ctx.call_as_raw(by_model("modelTemplates", model))?;
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
            ctx.call_as::<()>(template_add(model, name, &front, &back))?;
            done(
                format!("Added template '{name}' to '{model}'."),
                Value::Null,
            )
        }
        TemplateCommand::Remove { model, name, yes } => {
            ctx.destructive("model template remove", *yes)?;
            ctx.confirm(
                &format!("Remove template '{name}' from '{model}' and every card made from it?"),
                *yes,
            )?;
            ctx.call_as::<()>(template_remove(model, name))?;
            done(format!("Removed template '{name}'."), Value::Null)
        }
        TemplateCommand::Rename { model, old, new } => {
            if old != new {
                refuse_taken_name(ctx, model, "tmpls", new, "; rename that one first")?;
            }
            ctx.call_as::<()>(template_rename(model, old, new))?;
            done(format!("Renamed template '{old}' to '{new}'."), Value::Null)
        }
        TemplateCommand::Move { model, name, index } => {
            ctx.call_as::<()>(template_move(model, name, *index))?;
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
            ctx.call_as::<()>(update_model_templates(
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
