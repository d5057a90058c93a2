//! `model pull` / `model push`: a note type as a folder of files, to edit and keep in git.
//!
//! The folder holds `note-type.toml` (name, ID, fields with their IDs, templates with
//! their IDs and files), `style.css`, and `templates/*.html`. IDs tell renames from
//! additions; a new field or template simply has no `id`.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{
    fetch_model, field_action, field_rename, template_add, template_move, template_remove,
    template_rename,
};
use super::{update_model_styling, update_model_templates, Ctx};
use crate::error::{CliError, Result};
use crate::output::{Output, Table};
use crate::request::Request;

/// The manifest's file name.
pub const MANIFEST: &str = "note-type.toml";
const CSS_FILE: &str = "style.css";
const HEADER: &str = "\
# A note type pulled by anki-cli. Edit style.css, templates/*.html and this file,
# then run `anki-cli model push <this folder>`. Keep the `id` lines: they tell a
# rename from a removal plus an addition. A new field or template needs no id.
";

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

/// Arguments of `model push`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "\
Shows the plan (field and template renames, additions, moves, removals; template and CSS
changes) and asks before applying it on a terminal; otherwise pass --yes. An unchanged
folder sends nothing.

Example:
  anki-cli model push ./basic")]
pub struct PushArgs {
    /// A folder written by `model pull`
    pub dir: PathBuf,
    /// Apply without asking (required when stdin is not a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

/// The manifest of a pulled note type.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The note type's name (as in Anki; renaming a note type is not possible through AnkiConnect).
    pub name: String,
    /// The note type's ID.
    pub id: i64,
    /// Fields in order.
    pub fields: Vec<FieldEntry>,
    /// Card templates in order.
    pub templates: Vec<TemplateEntry>,
}

/// A field in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FieldEntry {
    /// Anki's field ID; absent for a new field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Field name.
    pub name: String,
    /// Editor font.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<String>,
    /// Editor font size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Description shown in the editor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A card template in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TemplateEntry {
    /// Anki's template ID; absent for a new template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Template name.
    pub name: String,
    /// Front HTML file, relative to the folder.
    pub front: String,
    /// Back HTML file, relative to the folder.
    pub back: String,
}

fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "template".into()
    } else {
        s
    }
}

/// A pulled note type: manifest plus file contents by relative path.
pub fn to_files(model: &Value) -> (Manifest, Vec<(String, String)>) {
    let mut files = vec![(
        CSS_FILE.to_string(),
        model["css"].as_str().unwrap_or_default().to_string(),
    )];
    let fields = model["flds"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| FieldEntry {
            id: f["id"].as_i64(),
            name: f["name"].as_str().unwrap_or_default().into(),
            font: f["font"].as_str().map(String::from),
            size: f["size"].as_i64(),
            description: f["description"].as_str().map(String::from),
        })
        .collect();
    let mut templates = Vec::new();
    for (i, t) in model["tmpls"].as_array().into_iter().flatten().enumerate() {
        let name = t["name"].as_str().unwrap_or_default().to_string();
        let base = format!("templates/{}-{}", i + 1, slug(&name));
        let (front, back) = (format!("{base}.front.html"), format!("{base}.back.html"));
        files.push((front.clone(), t["qfmt"].as_str().unwrap_or_default().into()));
        files.push((back.clone(), t["afmt"].as_str().unwrap_or_default().into()));
        templates.push(TemplateEntry {
            id: t["id"].as_i64(),
            name,
            front,
            back,
        });
    }
    let manifest = Manifest {
        name: model["name"].as_str().unwrap_or_default().into(),
        id: model["id"].as_i64().unwrap_or_default(),
        fields,
        templates,
    };
    (manifest, files)
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
        .map_err(|e| CliError::Usage(format!("cannot create {}: {e}", dir.display())))?;
    for (rel, text) in &files {
        crate::commands::media::write_atomically(&dir.join(rel), text.as_bytes())?;
    }
    crate::commands::media::write_atomically(
        &dir.join(MANIFEST),
        format!("{HEADER}\n{toml}").as_bytes(),
    )?;
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

/// What a pulled folder wants the note type to be.
#[derive(Debug, Clone, PartialEq)]
pub struct Desired {
    /// The manifest.
    pub manifest: Manifest,
    /// The CSS text.
    pub css: String,
    /// Front and back HTML per template, in manifest order.
    pub sides: Vec<(String, String)>,
}

/// Reads a folder written by `model pull`.
pub fn read_folder(dir: &Path) -> Result<Desired> {
    let path = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        CliError::Usage(format!(
            "cannot read {}: {e} (is this a folder from `model pull`?)",
            path.display()
        ))
    })?;
    let manifest: Manifest = crate::config::parse_toml(&path.display().to_string(), &text)?;
    let read = |rel: &str| {
        std::fs::read_to_string(dir.join(rel))
            .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", dir.join(rel).display())))
    };
    let css = read(CSS_FILE)?;
    let mut sides = Vec::new();
    for t in &manifest.templates {
        let (front, back) = (read(&t.front)?, read(&t.back)?);
        if front.trim().is_empty() || back.trim().is_empty() {
            return Err(CliError::Usage(format!(
                "template '{}' has an empty side; Anki needs both",
                t.name
            )));
        }
        sides.push((front, back));
    }
    check_unique(manifest.fields.iter().map(|f| f.name.as_str()), "field")?;
    check_unique(
        manifest.templates.iter().map(|t| t.name.as_str()),
        "template",
    )?;
    if manifest.fields.is_empty() || manifest.templates.is_empty() {
        return Err(CliError::Usage(
            "a note type needs at least one field and one template".into(),
        ));
    }
    Ok(Desired {
        manifest,
        css,
        sides,
    })
}

fn check_unique<'a>(names: impl Iterator<Item = &'a str>, what: &str) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for name in names {
        if name.trim().is_empty() {
            return Err(CliError::Usage(format!("a {what} has an empty name")));
        }
        if !seen.insert(name) {
            return Err(CliError::Usage(format!("two {what}s are named '{name}'")));
        }
    }
    Ok(())
}

/// One step of a push: a sentence for people and the request that does it.
pub type Step = (String, Request);

/// How to change one kind of part (fields or templates) of a note type.
struct PartOps<'a> {
    /// "field" or "template", for the plan's sentences.
    kind: &'a str,
    remove: &'a dyn Fn(&str) -> Request,
    rename: &'a dyn Fn(&str, &str) -> Request,
    /// Adds the wanted part at this index of the wanted list.
    add: &'a dyn Fn(usize) -> Request,
    reposition: &'a dyn Fn(&str, u32) -> Request,
}

/// The Anki ID and name of a part as Anki has it.
fn part_of(value: &Value) -> (Option<i64>, String) {
    (
        value["id"].as_i64(),
        value["name"].as_str().unwrap_or_default().to_string(),
    )
}

/// Steps that turn `current` parts into `wanted` ones (matched by ID): remove, rename, add, move.
fn reshape(
    current: &[(Option<i64>, String)],
    wanted: &[(Option<i64>, String)],
    ops: PartOps,
) -> Vec<Step> {
    let kind = ops.kind;
    let is_wanted = |id: Option<i64>| id.is_some() && wanted.iter().any(|(w, _)| *w == id);
    let existing = |id: Option<i64>| id.and_then(|id| current.iter().find(|(c, _)| *c == Some(id)));
    let mut steps = Vec::new();
    // The kept and added parts, in Anki's order, named as the steps so far leave them.
    let mut names: Vec<(Option<i64>, String)> = Vec::new();
    for (id, name) in current {
        if is_wanted(*id) {
            names.push((*id, name.clone()));
        } else {
            let extra = if kind == "template" {
                " (and its cards)"
            } else {
                ""
            };
            steps.push((format!("remove {kind} '{name}'{extra}"), (ops.remove)(name)));
        }
    }
    for (id, new) in wanted {
        let Some(pos) = names.iter().position(|(n, _)| id.is_some() && n == id) else {
            continue;
        };
        if names[pos].1 == *new {
            continue;
        }
        // Anki does not refuse a name another part has: it renames that other part (`B` to
        // `B+`, in the templates too). Such a part is renamed later in the plan (wanted
        // names are unique), so it gets a temporary name until then.
        if let Some(other) = names.iter().position(|(_, n)| n == new) {
            let temp = temporary_name(new, &names, wanted);
            steps.push((
                format!("rename {kind} '{new}' to '{temp}' for now"),
                (ops.rename)(new, &temp),
            ));
            names[other].1 = temp;
        }
        let old = std::mem::replace(&mut names[pos].1, new.clone());
        steps.push((
            format!("rename {kind} '{old}' to '{new}'"),
            (ops.rename)(&old, new),
        ));
    }
    for (i, (id, name)) in wanted.iter().enumerate() {
        if existing(*id).is_none() {
            steps.push((format!("add {kind} '{name}'"), (ops.add)(i)));
            names.push((None, name.clone()));
        }
    }
    // Move parts into the wanted order, simulating each move.
    for (i, (_, name)) in wanted.iter().enumerate() {
        if names.get(i).map(|(_, n)| n) != Some(name) {
            if let Some(from) = names.iter().position(|(_, n)| n == name) {
                let moved = names.remove(from);
                names.insert(i, moved);
                steps.push((
                    format!("move {kind} '{name}' to position {i}"),
                    (ops.reposition)(name, i as u32),
                ));
            }
        }
    }
    steps
}

/// A name no part has now or is to have: `NAME~1`, `NAME~2`, …
fn temporary_name(
    name: &str,
    names: &[(Option<i64>, String)],
    wanted: &[(Option<i64>, String)],
) -> String {
    (1..)
        .map(|i| format!("{name}~{i}"))
        .find(|t| !names.iter().chain(wanted).any(|(_, n)| n == t))
        .expect("some number is free")
}

/// The steps that turn `model` (the note type as Anki has it) into `desired`.
pub fn plan(model: &Value, desired: &Desired) -> Vec<Step> {
    let name = desired.manifest.name.as_str();
    let parts = |key: &str| -> Vec<(Option<i64>, String)> {
        model[key]
            .as_array()
            .into_iter()
            .flatten()
            .map(part_of)
            .collect()
    };
    let find = |key: &str, id: Option<i64>| -> Option<&Value> {
        id.and_then(|id| {
            model[key]
                .as_array()
                .into_iter()
                .flatten()
                .find(|p| p["id"].as_i64() == Some(id))
        })
    };

    // Fields: remove, rename, add, move, then font/size/description.
    let wanted = &desired.manifest.fields;
    let wanted_parts: Vec<(Option<i64>, String)> =
        wanted.iter().map(|w| (w.id, w.name.clone())).collect();
    let mut steps = reshape(
        &parts("flds"),
        &wanted_parts,
        PartOps {
            kind: "field",
            remove: &|f| field_action("modelFieldRemove", name, f, json!({})),
            rename: &|old, new| field_rename(name, old, new),
            add: &|i| field_action("modelFieldAdd", name, &wanted[i].name, json!({})),
            reposition: &|f, i| {
                field_action("modelFieldReposition", name, f, json!({ "index": i }))
            },
        },
    );
    for w in wanted {
        let current = find("flds", w.id);
        let differs = |key: &str, value: &Value| current.is_none_or(|f| f[key] != *value);
        let settings = [
            (
                "font",
                w.font.as_ref().map(|v| json!(v)),
                "modelFieldSetFont",
                "font",
                "set font of",
            ),
            (
                "size",
                w.size.map(|v| json!(v)),
                "modelFieldSetFontSize",
                "fontSize",
                "set font size of",
            ),
            (
                "description",
                w.description.as_ref().map(|v| json!(v)),
                "modelFieldSetDescription",
                "description",
                "describe",
            ),
        ];
        for (key, value, action, param, verb) in settings {
            if let Some(value) = value.filter(|v| differs(key, v)) {
                let shown = if key == "description" {
                    String::new()
                } else {
                    format!(" to {}", crate::output::cell(&value))
                };
                steps.push((
                    format!("{verb} '{}'{shown}", w.name),
                    field_action(action, name, &w.name, json!({ param: value })),
                ));
            }
        }
    }

    // Templates: remove, rename, add, move, then content.
    let wanted = &desired.manifest.templates;
    let wanted_parts: Vec<(Option<i64>, String)> =
        wanted.iter().map(|w| (w.id, w.name.clone())).collect();
    steps.extend(reshape(
        &parts("tmpls"),
        &wanted_parts,
        PartOps {
            kind: "template",
            remove: &|t| template_remove(name, t),
            rename: &|old, new| template_rename(name, old, new),
            add: &|i| {
                template_add(
                    name,
                    &wanted[i].name,
                    &desired.sides[i].0,
                    &desired.sides[i].1,
                )
            },
            reposition: &|t, i| template_move(name, t, i),
        },
    ));
    let known = |id: Option<i64>| find("tmpls", id);
    let mut changed = serde_json::Map::new();
    for (w, (front, back)) in wanted.iter().zip(&desired.sides) {
        if let Some(t) = known(w.id) {
            let mut sides = serde_json::Map::new();
            if t["qfmt"].as_str() != Some(front.as_str()) {
                sides.insert("Front".into(), json!(front));
            }
            if t["afmt"].as_str() != Some(back.as_str()) {
                sides.insert("Back".into(), json!(back));
            }
            if !sides.is_empty() {
                changed.insert(w.name.clone(), Value::Object(sides));
            }
        }
    }
    if !changed.is_empty() {
        let what: Vec<String> = changed.keys().map(|k| format!("'{k}'")).collect();
        steps.push((
            format!("update template HTML of {}", what.join(", ")),
            update_model_templates(name, Value::Object(changed)),
        ));
    }
    if model["css"].as_str() != Some(desired.css.as_str()) {
        steps.push((
            "update the CSS".into(),
            update_model_styling(name, &desired.css),
        ));
    }
    steps
}

/// Runs `model push`.
pub fn push(args: &PushArgs, ctx: &Ctx) -> Result<Output> {
    let desired = read_folder(&args.dir)?;
    let found = ctx.call(super::find_models_by_id(&[desired.manifest.id]))?;
    let model = found
        .as_array()
        .and_then(|a| a.first())
        .cloned()
        .ok_or_else(|| {
            CliError::Refused(format!(
                "model was not found: {} (ID {})",
                desired.manifest.name, desired.manifest.id
            ))
        })?;
    if model["name"].as_str() != Some(desired.manifest.name.as_str()) {
        return Err(CliError::Usage(format!(
            "the folder says '{}' but Anki calls note type {} '{}'; AnkiConnect cannot rename note types: set name = \"{}\" in {MANIFEST}",
            desired.manifest.name,
            desired.manifest.id,
            model["name"].as_str().unwrap_or("?"),
            model["name"].as_str().unwrap_or("?")
        )));
    }
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
    ctx.confirm(&format!("Apply these {} change(s)?", steps.len()), args.yes)?;
    let requests: Vec<Request> = steps.iter().map(|(_, r)| r.clone()).collect();
    crate::client::send_all(ctx.transport, &requests)?;
    let mut table = Table::new(
        &["Applied"],
        json!(steps.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>()),
    );
    for (s, _) in &steps {
        table.push(vec![s.clone()]);
    }
    Ok(Output::Table(table))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Value {
        json!({
            "id": 1, "name": "Vocab", "css": ".card {}",
            "flds": [
                {"id": 10, "name": "Word", "font": "Arial", "size": 20, "description": ""},
                {"id": 11, "name": "Meaning", "font": "Arial", "size": 20, "description": ""},
                {"id": 12, "name": "Old", "font": "Arial", "size": 20, "description": ""}
            ],
            "tmpls": [{"id": 20, "name": "Card 1", "qfmt": "{{Word}}", "afmt": "{{Meaning}}"}]
        })
    }

    fn unchanged() -> Desired {
        let (manifest, files) = to_files(&model());
        let get = |p: &str| files.iter().find(|(f, _)| f == p).unwrap().1.clone();
        let sides = manifest
            .templates
            .iter()
            .map(|t| (get(&t.front), get(&t.back)))
            .collect();
        Desired {
            manifest,
            css: get(CSS_FILE),
            sides,
        }
    }

    #[test]
    fn an_unchanged_folder_plans_nothing() {
        assert!(plan(&model(), &unchanged()).is_empty());
    }

    #[test]
    fn renames_adds_moves_and_removals_are_planned_in_order() {
        let mut d = unchanged();
        d.manifest.fields.retain(|f| f.name != "Old");
        d.manifest.fields[1].name = "Definition".into();
        d.manifest.fields.insert(
            0,
            FieldEntry {
                id: None,
                name: "Example".into(),
                font: None,
                size: None,
                description: None,
            },
        );
        d.css = ".card { color: red }".into();
        d.sides[0].1 = "{{FrontSide}}<hr>{{Definition}}".into();
        let steps: Vec<String> = plan(&model(), &d).into_iter().map(|(s, _)| s).collect();
        assert_eq!(
            steps,
            vec![
                "remove field 'Old'",
                "rename field 'Meaning' to 'Definition'",
                "add field 'Example'",
                "move field 'Example' to position 0",
                "update template HTML of 'Card 1'",
                "update the CSS",
            ]
        );
    }

    #[test]
    fn swapped_names_go_through_a_temporary_name() {
        let mut d = unchanged();
        d.manifest.fields[0].name = "Meaning".into();
        d.manifest.fields[1].name = "Word".into();
        let steps: Vec<String> = plan(&model(), &d).into_iter().map(|(s, _)| s).collect();
        assert_eq!(
            steps,
            vec![
                "rename field 'Meaning' to 'Meaning~1' for now",
                "rename field 'Word' to 'Meaning'",
                "rename field 'Meaning~1' to 'Word'",
            ]
        );
    }

    #[test]
    fn template_changes_send_only_changed_sides() {
        let mut d = unchanged();
        d.sides[0].0 = "new front".into();
        let steps = plan(&model(), &d);
        assert_eq!(steps.len(), 1);
        assert_eq!(
            steps[0].1.params.as_ref().unwrap()["model"]["templates"],
            json!({"Card 1": {"Front": "new front"}})
        );
    }

    #[test]
    fn manifest_round_trips_through_toml() {
        let (manifest, _) = to_files(&model());
        let text = toml::to_string(&manifest).unwrap();
        let back: Manifest = toml::from_str(&text).unwrap();
        assert_eq!(back, manifest);
    }
}
