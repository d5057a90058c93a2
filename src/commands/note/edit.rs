//! `note edit`: a note as one plain-text document in $VISUAL / $EDITOR.
//!
//! The document has a `=== NAME ===` header per field and a final `=== tags ===`
//! section. Value lines that start with `===` or `\` are escaped with a leading `\`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Map, Value};

use super::{fetch_note, note_field_names};
use crate::commands::tag::update_note_tags;
use crate::commands::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::request::Request;

const TAGS: &str = "tags";

/// A note's editable content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Field names and values, in the note type's order.
    pub fields: Vec<(String, String)>,
    /// The tags.
    pub tags: Vec<String>,
}

fn header(name: &str) -> String {
    format!("=== {name} ===")
}

fn parse_header(line: &str) -> Option<&str> {
    line.strip_prefix("=== ")
        .and_then(|l| l.strip_suffix(" ==="))
}

/// Renders the document the editor shows.
pub fn render(id: i64, model: &str, doc: &Document) -> String {
    let mut out = format!(
        "# anki-cli note edit: note {id} ({model})\n\
         # Edit the text under each header, then save and quit. Lines starting with '#'\n\
         # before the first header are ignored. Tags are separated by spaces.\n\
         # To cancel, quit without saving (or make the editor exit with an error).\n"
    );
    for (name, value) in &doc.fields {
        out.push_str(&header(name));
        out.push('\n');
        for line in value.split('\n') {
            if line.starts_with("===") || line.starts_with('\\') {
                out.push('\\');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str(&header(TAGS));
    out.push('\n');
    out.push_str(&doc.tags.join(" "));
    out.push('\n');
    out
}

/// Parses an edited document; it must have exactly the note's fields and the tags section.
pub fn parse(text: &str, field_names: &[String]) -> std::result::Result<Document, String> {
    let mut sections: Vec<(String, Vec<&str>)> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if let Some(name) = parse_header(line) {
            if sections.iter().any(|(n, _)| n == name) {
                return Err(format!(
                    "line {}: section '{name}' appears twice",
                    number + 1
                ));
            }
            sections.push((name.to_string(), Vec::new()));
        } else if let Some((_, lines)) = sections.last_mut() {
            lines.push(line);
        } else if !line.starts_with('#') && !line.trim().is_empty() {
            return Err(format!(
                "line {}: text before the first === FIELD === header",
                number + 1
            ));
        }
    }
    let mut fields = Vec::new();
    for name in field_names {
        let (_, lines) = sections
            .iter()
            .find(|(n, _)| n == name)
            .ok_or_else(|| format!("the section '{}' is missing", header(name)))?;
        let value: Vec<&str> = lines
            .iter()
            .map(|l| l.strip_prefix('\\').unwrap_or(l))
            .collect();
        fields.push((
            name.clone(),
            value.join("\n").trim_end_matches('\n').to_string(),
        ));
    }
    let (_, tag_lines) = sections
        .iter()
        .find(|(n, _)| n == TAGS)
        .ok_or_else(|| format!("the section '{}' is missing", header(TAGS)))?;
    if let Some((unknown, _)) = sections
        .iter()
        .find(|(n, _)| n != TAGS && !field_names.contains(n))
    {
        return Err(format!(
            "'{unknown}' is not a field of this note (fields: {})",
            field_names.join(", ")
        ));
    }
    let tags = tag_lines
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(String::from)
        .collect();
    Ok(Document { fields, tags })
}

/// The request that saves what changed between `before` and `after`, if anything did.
pub fn changes(id: i64, before: &Document, after: &Document) -> Option<Request> {
    let changed: Map<String, Value> = after
        .fields
        .iter()
        .zip(&before.fields)
        .filter(|((_, new), (_, old))| new != old)
        .map(|((name, new), _)| (name.clone(), json!(new)))
        .collect();
    let tags_changed = after.tags != before.tags;
    match (changed.is_empty(), tags_changed) {
        (true, false) => None,
        (true, true) => Some(update_note_tags(id, &after.tags)),
        (false, false) => Some(super::update_note_fields(
            json!({"id": id, "fields": changed}),
        )),
        (false, true) => Some(super::update_note(
            json!({"id": id, "fields": changed, "tags": after.tags}),
        )),
    }
}

fn document_of(note: &Value) -> Document {
    let fields = note_field_names(note)
        .into_iter()
        .map(|name| {
            let value = note["fields"][&name]["value"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            (name, value)
        })
        .collect();
    let tags = note["tags"]
        .as_array()
        .map(|t| {
            t.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    Document { fields, tags }
}

/// The editor command: $VISUAL, else $EDITOR, else vi.
fn editor_command() -> Result<Vec<String>> {
    let raw = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".into());
    shlex::split(&raw)
        .filter(|words| !words.is_empty())
        .ok_or_else(|| CliError::Usage(format!("cannot parse the editor command '{raw}'")))
}

fn keep(path: &Path, why: &str) -> CliError {
    CliError::Refused(format!(
        "{why}; nothing was changed. Your text is kept in {}",
        path.display()
    ))
}

/// Runs `note edit ID`.
pub fn run(ctx: &Ctx, id: i64) -> Result<Output> {
    let note = fetch_note(ctx, id)?;
    let model = note
        .get("modelName")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_string();
    let before = document_of(&note);
    let names: Vec<String> = before.fields.iter().map(|(n, _)| n.clone()).collect();
    let path: PathBuf =
        std::env::temp_dir().join(format!("anki-cli-note-{id}-{}.txt", std::process::id()));
    let original = render(id, &model, &before);
    std::fs::write(&path, &original)
        .map_err(|e| CliError::Usage(format!("cannot write {}: {e}", path.display())))?;

    let editor = editor_command()?;
    let status = Command::new(&editor[0])
        .args(&editor[1..])
        .arg(&path)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => return Err(keep(&path, &format!("the editor exited with {s}"))),
        Err(e) => {
            return Err(keep(
                &path,
                &format!("cannot run the editor '{}': {e}", editor[0]),
            ))
        }
    }
    let edited = std::fs::read_to_string(&path)
        .map_err(|_| keep(&path, "the edited file cannot be read"))?;
    if edited == original {
        let _ = std::fs::remove_file(&path);
        return Ok(Output::Message {
            text: "No changes.".into(),
            result: Value::Null,
        });
    }
    let after = parse(&edited, &names)
        .map_err(|why| keep(&path, &format!("the edited note does not parse: {why}")))?;
    let Some(request) = changes(id, &before, &after) else {
        let _ = std::fs::remove_file(&path);
        return Ok(Output::Message {
            text: "No changes.".into(),
            result: Value::Null,
        });
    };
    match ctx.call(request) {
        Ok(_) => {
            let _ = std::fs::remove_file(&path);
            Ok(Output::Message {
                text: format!("Updated note {id}."),
                result: Value::Null,
            })
        }
        Err(CliError::DryRun) => Err(CliError::DryRun),
        Err(e) => {
            crate::app::report(&e, ctx.term);
            Err(keep(&path, "saving failed"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            fields: vec![
                ("Front".into(), "hello\n=== tricky ===\n\\x".into()),
                ("Back".into(), "".into()),
            ],
            tags: vec!["a".into(), "b".into()],
        }
    }

    #[test]
    fn render_then_parse_round_trips_with_escapes() {
        let text = render(7, "Basic", &doc());
        assert!(text.contains("\\=== tricky ==="));
        assert_eq!(
            parse(&text, &["Front".into(), "Back".into()]).unwrap(),
            doc()
        );
    }

    #[test]
    fn parse_errors_say_what_is_wrong() {
        let names = ["Front".to_string(), "Back".to_string()];
        assert!(parse("=== Front ===\nx\n=== tags ===\n", &names)
            .unwrap_err()
            .contains("Back"));
        assert!(parse(
            "=== Front ===\n=== Back ===\n=== Side ===\n=== tags ===\n",
            &names
        )
        .unwrap_err()
        .contains("Side"));
        assert!(parse("junk\n=== Front ===\n", &names)
            .unwrap_err()
            .contains("line 1"));
    }

    #[test]
    fn only_changes_are_sent() {
        let before = doc();
        assert_eq!(changes(1, &before, &before), None);
        let mut after = before.clone();
        after.fields[1].1 = "new".into();
        assert_eq!(
            changes(1, &before, &after).unwrap().to_json(),
            json!({"action": "updateNoteFields", "version": 6, "params": {"note": {"id": 1, "fields": {"Back": "new"}}}})
        );
        after.tags = vec!["c".into()];
        assert_eq!(changes(1, &before, &after).unwrap().action, "updateNote");
        let mut tags_only = before.clone();
        tags_only.tags.clear();
        assert_eq!(
            changes(1, &before, &tags_only).unwrap().action,
            "updateNoteTags"
        );
    }
}
