//! `model pull` / `model push`: a note type as a folder of files, to edit and keep in git.
//!
//! The folder holds `note-type.toml` (name, ID, fields with their IDs, templates with
//! their IDs and files), `style.css`, and `templates/*.html`. IDs tell renames from
//! additions; a new field or template simply has no `id`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::fetch_model;
use super::Ctx;
use crate::api::model::{
    field_action, field_rename, template_add, template_move, template_remove, template_rename,
};
use crate::api::model::{update_model_styling, update_model_templates};
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
    if dir.is_file() {
        return Err(CliError::Usage(format!(
            "'{}' is a file; give the folder `model pull` wrote",
            dir.display()
        )));
    }
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
    check_field_names(&manifest.fields)?;
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

/// Anki drops these characters from field names (`a:b` becomes `ab`), which would make later
/// steps miss the field.
const FIELD_NAME_DROPS: &[char] = &[':', '{', '}', '"'];

/// Checks field names Anki would change instead of taking them as they are.
fn check_field_names(fields: &[FieldEntry]) -> Result<()> {
    for field in fields {
        let name = &field.name;
        let bad = name.chars().find(|c| FIELD_NAME_DROPS.contains(c));
        let starts = name.starts_with(['#', '/', '^']);
        if bad.is_some() || starts || name.trim() != name {
            return Err(CliError::Usage(format!(
                "field name '{name}' in {MANIFEST} would not stay as it is: Anki drops : {{ }} \" \
                 from field names, a leading # / ^, and spaces around them"
            )));
        }
    }
    Ok(())
}

/// The fields Anki fills in itself: a template may use them whatever the note type's fields are.
const SPECIAL_FIELDS: &[&str] = &[
    "FrontSide",
    "Card",
    "CardFlag",
    "CardID",
    "Deck",
    "Subdeck",
    "Tags",
    "Type",
];

/// One `{{…}}` tag of a card template.
#[derive(Debug, Clone, PartialEq)]
struct Tag<'a> {
    /// Where the tag is in the text, braces included.
    span: std::ops::Range<usize>,
    /// `#`, `^` or `/` for the start, inverted start and end of a conditional; none for a
    /// replacement.
    sigil: Option<char>,
    /// The filters before the field of a replacement, with their colons (`text:`, `type:cloze:`).
    filters: &'a str,
    /// The field's name (empty for `{{}}`).
    field: &'a str,
}

/// The `{{…}}` tags of a template, or `None` when it changes its delimiters (`{{=<% %>=}}`),
/// which anki-cli leaves to Anki to check.
fn template_tags(text: &str) -> Option<Vec<Tag<'_>>> {
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{") {
        let start = from + open;
        let Some(close) = text[start + 2..].find("}}") else {
            break;
        };
        let end = start + 2 + close + 2;
        let inner = text[start + 2..end - 2].trim();
        from = end;
        if inner.starts_with('=') {
            return None;
        }
        let (sigil, rest) = match inner.chars().next() {
            Some(c @ ('#' | '^' | '/')) => (Some(c), inner[1..].trim()),
            _ => (None, inner),
        };
        let (filters, field) = match rest.rfind(':') {
            Some(colon) if sigil.is_none() => (&rest[..=colon], rest[colon + 1..].trim()),
            _ => ("", rest),
        };
        tags.push(Tag {
            span: start..end,
            sigil,
            filters,
            field,
        });
    }
    Some(tags)
}

/// `text` as Anki leaves it when fields are renamed (`Some(new name)`) or removed (`None`):
/// Anki rewrites or drops the tags that name them.
fn carry(text: &str, fate: &HashMap<&str, Option<&str>>) -> String {
    let Some(tags) = template_tags(text) else {
        return text.to_string();
    };
    let mut out = String::new();
    let mut at = 0;
    for tag in tags {
        let Some(new) = fate.get(tag.field).filter(|new| **new != Some(tag.field)) else {
            continue;
        };
        out.push_str(&text[at..tag.span.start]);
        if let Some(new) = new {
            let sigil = tag.sigil.map(String::from).unwrap_or_default();
            out.push_str(&format!("{{{{{sigil}{}{new}}}}}", tag.filters));
        }
        at = tag.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Checks, before anything is sent, that Anki will take every template as the push leaves it.
///
/// A side edited in the folder is sent after the field renames, so it must name the fields
/// as `note-type.toml` names them; an unedited side follows the renames the way Anki carries
/// it along. Each front needs a field, conditionals must be closed, and no two fronts may be
/// the same.
pub fn check_templates(model: &Value, desired: &Desired) -> Result<()> {
    let wanted = &desired.manifest.fields;
    let names: Vec<&str> = wanted.iter().map(|f| f.name.as_str()).collect();
    // What becomes of each field Anki has: its new name, or None when it is removed.
    let fate: HashMap<&str, Option<&str>> = model["flds"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| {
            let kept = wanted
                .iter()
                .find(|w| w.id.is_some() && w.id == f["id"].as_i64())
                .map(|w| w.name.as_str());
            Some((f["name"].as_str()?, kept))
        })
        .collect();
    let removed: Vec<&str> = fate
        .iter()
        .filter(|(_, new)| new.is_none())
        .map(|(old, _)| *old)
        .collect();
    let mut fronts: Vec<(&TemplateEntry, String)> = Vec::new();
    for (t, (front, back)) in desired.manifest.templates.iter().zip(&desired.sides) {
        let current = t.id.and_then(|id| {
            model["tmpls"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|c| c["id"].as_i64() == Some(id))
        });
        for (is_front, file, text, key) in [
            (true, &t.front, front, "qfmt"),
            (false, &t.back, back, "afmt"),
        ] {
            let now = current.and_then(|c| c[key].as_str());
            let edited = now != Some(text.as_str());
            let after = if edited {
                text.clone()
            } else {
                carry(text, &fate)
            };
            let Some(tags) = template_tags(&after) else {
                continue;
            };
            if edited {
                check_tags(&tags, file, &names, &fate)?;
            }
            if is_front && !tags.iter().any(|tag| !tag.field.is_empty()) {
                return Err(CliError::Usage(if edited {
                    format!(
                        "{file}: the front of template '{}' has no {{{{Field}}}}; Anki needs one there",
                        t.name
                    )
                } else {
                    format!(
                        "removing field(s) {} leaves the front of template '{}' ({file}) without a field, which Anki refuses: edit that file",
                        quoted(&removed),
                        t.name
                    )
                }));
            }
            if is_front {
                fronts.push((t, after));
            }
        }
    }
    for (i, (a, front)) in fronts.iter().enumerate() {
        if let Some((b, _)) = fronts[i + 1..].iter().find(|(_, other)| other == front) {
            return Err(CliError::Usage(format!(
                "templates '{}' and '{}' would have the same front ({} and {}); Anki refuses that",
                a.name, b.name, a.front, b.front
            )));
        }
    }
    Ok(())
}

/// Checks the tags of an edited side: each names a field the note type will have, and every
/// conditional is closed in order.
fn check_tags(
    tags: &[Tag],
    file: &str,
    names: &[&str],
    fate: &HashMap<&str, Option<&str>>,
) -> Result<()> {
    let mut open: Vec<&str> = Vec::new();
    for tag in tags {
        let field = tag.field;
        if field.is_empty() && tag.sigil.is_none() {
            continue;
        }
        if !names.contains(&field) && !SPECIAL_FIELDS.contains(&field) {
            let why = match fate.get(field) {
                Some(Some(new)) => format!(
                    "but {MANIFEST} renames that field to '{new}': write {{{{{new}}}}} there (the rename carries unedited templates along, not edited ones)"
                ),
                Some(None) => format!("a field {MANIFEST} removes"),
                None => format!("which is no field (fields: {})", names.join(", ")),
            };
            return Err(CliError::Usage(format!(
                "{file} uses {{{{{}{}}}}}, {why}",
                tag.sigil.map(String::from).unwrap_or_default(),
                field
            )));
        }
        match tag.sigil {
            Some('#' | '^') => open.push(field),
            Some(_) => match open.pop() {
                Some(started) if started == field => {}
                Some(started) => {
                    return Err(CliError::Usage(format!(
                        "{file}: {{{{/{field}}}}} closes {{{{#{started}}}}}; close {{{{#{started}}}}} first"
                    )))
                }
                None => {
                    return Err(CliError::Usage(format!(
                        "{file}: {{{{/{field}}}}} closes nothing (no {{{{#{field}}}}} before it)"
                    )))
                }
            },
            None => {}
        }
    }
    match open.last() {
        Some(field) => Err(CliError::Usage(format!(
            "{file}: {{{{#{field}}}}} is never closed: add {{{{/{field}}}}}"
        ))),
        None => Ok(()),
    }
}

fn quoted(names: &[&str]) -> String {
    let mut names: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    names.sort();
    names.join(", ")
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

/// The steps that reshape one kind of part, and the removals that come at the very end of a push.
struct Reshaped {
    /// Renames, additions and moves.
    steps: Vec<Step>,
    /// Removals: they destroy content (a field's values, a template's cards), so a push sends
    /// them only after everything else went through.
    removals: Vec<Step>,
}

/// Steps that turn `current` parts into `wanted` ones (matched by ID): rename, add, move; the
/// parts to remove stay (at the end) until the removals, which come last.
fn reshape(
    current: &[(Option<i64>, String)],
    wanted: &[(Option<i64>, String)],
    ops: PartOps,
) -> Reshaped {
    let kind = ops.kind;
    let is_wanted = |id: Option<i64>| id.is_some() && wanted.iter().any(|(w, _)| *w == id);
    let existing = |id: Option<i64>| id.and_then(|id| current.iter().find(|(c, _)| *c == Some(id)));
    let mut steps = Vec::new();
    let mut removals = Vec::new();
    // Every part in Anki's order, named as the steps so far leave it.
    let mut names: Vec<(Option<i64>, String)> = current.to_vec();
    let extra = if kind == "template" {
        " (and its cards)"
    } else {
        ""
    };
    for i in 0..names.len() {
        let (id, name) = names[i].clone();
        if is_wanted(id) {
            continue;
        }
        // A part to remove whose name a kept or new part is to have steps aside until its removal.
        let mut now = name.clone();
        if wanted.iter().any(|(_, w)| *w == name) {
            now = temporary_name(&name, &names, wanted);
            steps.push((
                format!("rename {kind} '{name}' to '{now}' until it is removed"),
                (ops.rename)(&name, &now),
            ));
            names[i].1 = now.clone();
        }
        removals.push((format!("remove {kind} '{name}'{extra}"), (ops.remove)(&now)));
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
    // Move parts into the wanted order, simulating each move; the parts to remove end up last.
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
    Reshaped { steps, removals }
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

/// The steps that turn `model` (the note type as Anki has it) into `desired`, in the order they
/// go: field renames (which carry the templates along), additions and moves, field settings,
/// template renames, additions and moves, template HTML (written with the new field names), the
/// CSS, and last the removals, which destroy content.
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

    // Fields: rename, add, move, then font/size/description.
    let wanted = &desired.manifest.fields;
    let wanted_parts: Vec<(Option<i64>, String)> =
        wanted.iter().map(|w| (w.id, w.name.clone())).collect();
    let Reshaped {
        mut steps,
        removals: field_removals,
    } = reshape(
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

    // Templates: rename, add, move, then content.
    let wanted = &desired.manifest.templates;
    let wanted_parts: Vec<(Option<i64>, String)> =
        wanted.iter().map(|w| (w.id, w.name.clone())).collect();
    let templates = reshape(
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
    );
    steps.extend(templates.steps);
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
    steps.extend(field_removals);
    steps.extend(templates.removals);
    steps
}

/// Runs `model push`.
pub fn push(args: &PushArgs, ctx: &Ctx) -> Result<Output> {
    let desired = read_folder(&args.dir)?;
    let model = model_by_id(ctx, desired.manifest.id, &desired.manifest.name)?;
    if model["name"].as_str() != Some(desired.manifest.name.as_str()) {
        return Err(CliError::Usage(format!(
            "the folder says '{}' but Anki calls note type {} '{}'; AnkiConnect cannot rename note types: set name = \"{}\" in {MANIFEST}",
            desired.manifest.name,
            desired.manifest.id,
            model["name"].as_str().unwrap_or("?"),
            model["name"].as_str().unwrap_or("?")
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

/// The note type with this ID as Anki has it now.
fn model_by_id(ctx: &Ctx, id: i64, name: &str) -> Result<Value> {
    super::find_models(ctx, crate::api::model::find_models_by_id(&[id]), 1)?
        .pop()
        .ok_or_else(|| CliError::Refused(format!("model was not found: {name} (ID {id})")))
}

/// Sends the steps in order. When one fails, what the steps before it changed is undone
/// (the note type is put back as `original` was), and the error says so.
fn apply(ctx: &Ctx, original: &Value, steps: &[Step]) -> Result<()> {
    if ctx.dry_run {
        let requests: Vec<Request> = steps.iter().map(|(_, r)| r.clone()).collect();
        return crate::client::send_all(ctx.transport, &requests).map(|_| ());
    }
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
fn restore(ctx: &Ctx, original: &Value) -> Result<()> {
    let id = original["id"].as_i64().unwrap_or_default();
    let now = model_by_id(ctx, id, original["name"].as_str().unwrap_or("?"))?;
    for (_, request) in plan(&now, &desired_of(original)) {
        ctx.call(request)?;
    }
    Ok(())
}

/// What a folder pulled from `model` would want: the note type exactly as it is.
pub fn desired_of(model: &Value) -> Desired {
    let (manifest, files) = to_files(model);
    let text = |path: &str| {
        files
            .iter()
            .find(|(f, _)| f == path)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let sides = manifest
        .templates
        .iter()
        .map(|t| (text(&t.front), text(&t.back)))
        .collect();
    Desired {
        css: text(CSS_FILE),
        sides,
        manifest,
    }
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
        desired_of(&model())
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
                "rename field 'Meaning' to 'Definition'",
                "add field 'Example'",
                "move field 'Example' to position 0",
                "update template HTML of 'Card 1'",
                "update the CSS",
                "remove field 'Old'",
            ]
        );
    }

    #[test]
    fn a_part_to_remove_steps_aside_for_a_new_part_of_its_name() {
        let mut d = unchanged();
        d.manifest.fields[2].id = None;
        let steps = plan(&model(), &d);
        let text: Vec<&str> = steps.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            text[..3],
            [
                "rename field 'Old' to 'Old~1' until it is removed",
                "add field 'Old'",
                "move field 'Old' to position 2",
            ]
        );
        assert_eq!(text.last(), Some(&"remove field 'Old'"));
        assert_eq!(
            steps.last().unwrap().1.params.as_ref().unwrap()["fieldName"],
            "Old~1",
            "the old field goes, under its temporary name"
        );
    }

    fn check(d: &Desired) -> String {
        check_templates(&model(), d)
            .map(|_| "ok".into())
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn an_edited_template_must_name_the_fields_after_the_renames() {
        let mut d = unchanged();
        d.manifest.fields[1].name = "Definition".into();
        assert_eq!(check(&d), "ok", "an unedited side follows the rename");
        d.sides[0].1 = "{{FrontSide}}<hr>{{Meaning}}".into();
        let err = check(&d);
        assert!(
            err.contains("uses {{Meaning}}") && err.contains("write {{Definition}}"),
            "{err}"
        );
        d.sides[0].1 = "{{FrontSide}}<hr>{{text:Definition}} {{#Tags}}{{Tags}}{{/Tags}}".into();
        assert_eq!(check(&d), "ok");
        d.sides[0].1 = "{{Nope}}".into();
        assert!(check(&d).contains("which is no field (fields: Word, Definition, Old)"));
        d.sides[0].1 = "{{#Word}}x".into();
        assert!(check(&d).contains("never closed"), "{}", check(&d));
        d.sides[0].1 = "{{#Word}}x{{/Old}}".into();
        assert!(check(&d).contains("closes {{#Word}}"), "{}", check(&d));
        d.sides[0].1 = "{{=<% %>=}}<%Nope%>".into();
        assert_eq!(check(&d), "ok", "other delimiters are left to Anki");
    }

    #[test]
    fn a_front_needs_a_field_and_fronts_differ() {
        let mut d = unchanged();
        d.sides[0].0 = "just text".into();
        assert!(check(&d).contains("has no {{Field}}"), "{}", check(&d));
        let mut d = unchanged();
        d.manifest.fields.retain(|f| f.name != "Word");
        let err = check(&d);
        assert!(
            err.contains("removing field(s) 'Word' leaves the front of template 'Card 1'"),
            "{err}"
        );
        let mut d = unchanged();
        d.manifest.templates.push(TemplateEntry {
            id: None,
            name: "Card 2".into(),
            front: "templates/2-card-2.front.html".into(),
            back: "templates/2-card-2.back.html".into(),
        });
        d.sides.push(("{{Word}}".into(), "x".into()));
        assert!(check(&d).contains("the same front"), "{}", check(&d));
    }

    #[test]
    fn renames_and_removals_carry_tags_as_anki_does() {
        let fate: HashMap<&str, Option<&str>> = [
            ("Front", Some("Word")),
            ("Back", None),
            ("Same", Some("Same")),
        ]
        .into();
        assert_eq!(
            carry(
                "{{cloze:Front}} {{#Back}}b{{/Back}} {{ Front }} {{Same}}",
                &fate
            ),
            "{{cloze:Word}} b {{Word}} {{Same}}"
        );
    }

    #[test]
    fn field_names_anki_would_change_are_refused() {
        let mut d = unchanged();
        for bad in ["a:b", "{x}", "#x", " x"] {
            d.manifest.fields[0].name = bad.into();
            assert!(check_field_names(&d.manifest.fields).is_err(), "{bad}");
        }
        d.manifest.fields[0].name = "a b-c".into();
        assert!(check_field_names(&d.manifest.fields).is_ok());
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
