//! The folder format of `model pull` / `model push`: `note-type.toml` (name, ID, fields with
//! their IDs, templates with their IDs and files), `style.css`, and `templates/*.html`. IDs tell
//! renames from additions; a new field or template simply has no `id`.

use std::collections::HashSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::api::model::Model;
use crate::error::{CliError, Result};

/// The manifest's file name.
pub const MANIFEST: &str = "note-type.toml";
/// The CSS file's name.
pub const CSS_FILE: &str = "style.css";
/// The comment at the top of a pulled manifest.
pub const HEADER: &str = "\
# A note type pulled by anki-cli. Edit style.css, templates/*.html and this file,
# then run `anki-cli model push <this folder>`. Keep the `id` lines: they tell a
# rename from a removal plus an addition. A new field or template needs no id.
";

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
pub fn to_files(model: &Model) -> (Manifest, Vec<(String, String)>) {
    let mut files = vec![(CSS_FILE.to_string(), model.css.clone())];
    let fields = model
        .fields
        .iter()
        .map(|f| FieldEntry {
            id: f.id,
            name: f.name.clone(),
            font: f.font.clone(),
            size: f.size,
            description: f.description.clone(),
        })
        .collect();
    let mut templates = Vec::new();
    for (i, t) in model.templates.iter().enumerate() {
        let base = format!("templates/{}-{}", i + 1, slug(&t.name));
        let (front, back) = (format!("{base}.front.html"), format!("{base}.back.html"));
        files.push((front.clone(), t.qfmt.clone()));
        files.push((back.clone(), t.afmt.clone()));
        templates.push(TemplateEntry {
            id: t.id,
            name: t.name.clone(),
            front,
            back,
        });
    }
    let manifest = Manifest {
        name: model.name.clone(),
        id: model.id,
        fields,
        templates,
    };
    (manifest, files)
}

/// What a folder pulled from `model` would want: the note type exactly as it is.
pub fn desired_of(model: &Model) -> Desired {
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
    let mut seen = HashSet::new();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::model::sample::vocab;

    #[test]
    fn field_names_anki_would_change_are_refused() {
        let mut d = desired_of(&vocab());
        for bad in ["a:b", "{x}", "#x", " x"] {
            d.manifest.fields[0].name = bad.into();
            assert!(check_field_names(&d.manifest.fields).is_err(), "{bad}");
        }
        d.manifest.fields[0].name = "a b-c".into();
        assert!(check_field_names(&d.manifest.fields).is_ok());
    }

    #[test]
    fn manifest_round_trips_through_toml() {
        let (manifest, _) = to_files(&vocab());
        let text = toml::to_string(&manifest).unwrap();
        let back: Manifest = toml::from_str(&text).unwrap();
        assert_eq!(back, manifest);
    }

    #[test]
    fn a_folder_reads_back_as_the_note_type_it_was_pulled_from() {
        let dir = tempfile::tempdir().unwrap();
        let (manifest, files) = to_files(&vocab());
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        for (rel, text) in &files {
            std::fs::write(dir.path().join(rel), text).unwrap();
        }
        let toml = toml::to_string(&manifest).unwrap();
        std::fs::write(dir.path().join(MANIFEST), format!("{HEADER}\n{toml}")).unwrap();
        assert_eq!(read_folder(dir.path()).unwrap(), desired_of(&vocab()));
        std::fs::write(dir.path().join("templates/1-card-1.back.html"), " ").unwrap();
        let err = read_folder(dir.path()).unwrap_err().to_string();
        assert_eq!(err, "template 'Card 1' has an empty side; Anki needs both");
    }
}
