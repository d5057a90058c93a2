//! `note edit`: a note as one plain-text document in $VISUAL / $EDITOR.
//!
//! The document has a `=== NAME ===` header per field and a final `=== tags ===`
//! section. Value lines that start with `===` or `\` are escaped with a leading `\`.

use std::process::Command;

use serde_json::Value;

use super::fetch::fetch_note;
use crate::api::note::{update_note, update_note_fields, update_note_tags, Fields, Media};
use crate::api::reply::NoteInfo;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::request::Call;
use crate::temp::PrivateTemp;

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
    parse_sections(text, field_names, None)
}

/// Parses a document given with `--file`: the sections it leaves out keep `before`'s values.
pub fn parse_over(text: &str, before: &Document) -> std::result::Result<Document, String> {
    let names: Vec<String> = before.fields.iter().map(|(n, _)| n.clone()).collect();
    parse_sections(text, &names, Some(before))
}

fn parse_sections(
    text: &str,
    field_names: &[String],
    keep: Option<&Document>,
) -> std::result::Result<Document, String> {
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
    let missing = |name: &str| format!("the section '{}' is missing", header(name));
    let mut fields = Vec::new();
    for (i, name) in field_names.iter().enumerate() {
        let Some((_, lines)) = sections.iter().find(|(n, _)| n == name) else {
            let kept = keep.map(|doc| doc.fields[i].clone());
            fields.push(kept.ok_or_else(|| missing(name))?);
            continue;
        };
        let value: Vec<&str> = lines
            .iter()
            .map(|l| l.strip_prefix('\\').unwrap_or(l))
            .collect();
        fields.push((
            name.clone(),
            value.join("\n").trim_end_matches('\n').to_string(),
        ));
    }
    let tag_lines = sections.iter().find(|(n, _)| n == TAGS).map(|(_, l)| l);
    if tag_lines.is_none() && keep.is_none() {
        return Err(missing(TAGS));
    }
    if let Some((unknown, _)) = sections
        .iter()
        .find(|(n, _)| n != TAGS && !field_names.contains(n))
    {
        return Err(format!(
            "'{unknown}' is not a field of this note (fields: {})",
            field_names.join(", ")
        ));
    }
    let tags = match (tag_lines, keep) {
        (Some(lines), _) => lines
            .iter()
            .flat_map(|l| l.split_whitespace())
            .map(String::from)
            .collect(),
        (None, Some(doc)) => doc.tags.clone(),
        (None, None) => Vec::new(),
    };
    Ok(Document { fields, tags })
}

/// The call that saves what changed between `before` and `after`, if anything did.
pub fn changes(id: i64, before: &Document, after: &Document) -> Option<Call<()>> {
    let changed: Fields = after
        .fields
        .iter()
        .zip(&before.fields)
        .filter(|((_, new), (_, old))| new != old)
        .map(|((name, new), _)| (name.clone(), new.clone()))
        .collect();
    let tags_changed = after.tags != before.tags;
    match (changed.is_empty(), tags_changed) {
        (true, false) => None,
        (true, true) => Some(update_note_tags(id, &after.tags)),
        (false, false) => Some(update_note_fields(id, changed, Media::default())),
        (false, true) => Some(update_note(id, changed, Media::default(), &after.tags)),
    }
}

fn document_of(note: &NoteInfo) -> Document {
    let fields = note
        .field_names()
        .into_iter()
        .map(|name| {
            let value = note.field(&name).to_string();
            (name, value)
        })
        .collect();
    Document {
        fields,
        tags: note.tags.clone(),
    }
}

/// What to do instead of an editor, for the errors that refuse to open one.
const INSTEAD: &str =
    "or give the edited note with --file FILE (- for stdin; sections left out stay as they are)";

/// The editor command: $VISUAL, else $EDITOR; with neither set, an error that says how to set one
/// (guessing vi would leave a piped or unaware user in an editor they cannot see or leave).
fn editor_command() -> Result<Vec<String>> {
    let set = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let raw = set("VISUAL").or_else(|| set("EDITOR")).ok_or_else(|| {
        CliError::Usage(format!(
            "note edit needs an editor and none is set: set VISUAL or EDITOR (e.g. export EDITOR=nano), {INSTEAD}"
        ))
    })?;
    shlex::split(&raw)
        .filter(|words| !words.is_empty())
        .ok_or_else(|| CliError::Usage(format!("cannot parse the editor command '{raw}'")))
}

fn keep(temp: PrivateTemp, why: &str) -> CliError {
    CliError::Refused(format!(
        "{why}; nothing was changed. Your text is kept in {}",
        temp.keep().display()
    ))
}

/// Checks, before anything is sent, that an editor can run: one is set, and stdin and stdout
/// are a terminal for it.
fn check_editor(ctx: &Ctx) -> Result<Vec<String>> {
    let editor = editor_command()?;
    ctx.term.require_interactive(
        "note edit opens an editor, which needs a terminal",
        &format!("run it in a terminal, {INSTEAD}"),
    )?;
    Ok(editor)
}

/// Runs `note edit ID --file FILE`: the edited document comes from the file, no editor opens.
fn run_from_file(ctx: &Ctx, id: i64, file: &str) -> Result<Output> {
    let text = ctx.read_source(file, "edited note")?;
    let note = fetch_note(ctx, id)?;
    let before = document_of(&note);
    let origin = if file == "-" { "stdin" } else { file };
    let after = parse_over(&text, &before)
        .map_err(|why| CliError::Usage(format!("{origin}: {why}; nothing was changed")))?;
    let text = match changes(id, &before, &after) {
        Some(request) => {
            ctx.send(request)?;
            format!("Updated note {id}.")
        }
        None => "No changes.".into(),
    };
    // With --file there is often no terminal, and the user still learns what happened: the
    // sentence is printed piped too (the result, null, only when JSON is asked for).
    if ctx.term.stdout_tty || ctx.settings.output.value == crate::output::Format::Json {
        return Ok(Output::Message {
            text,
            result: Value::Null,
        });
    }
    Ok(Output::Text(text))
}

/// Runs `note edit ID`, in an editor or from `file`.
pub fn run(ctx: &Ctx, id: i64, file: Option<&str>) -> Result<Output> {
    if let Some(file) = file {
        return run_from_file(ctx, id, file);
    }
    let editor = check_editor(ctx)?;
    let note = fetch_note(ctx, id)?;
    let model = note.model_name.clone();
    let before = document_of(&note);
    let names: Vec<String> = before.fields.iter().map(|(n, _)| n.clone()).collect();
    let original = render(id, &model, &before);
    let (mut file, temp) = PrivateTemp::new(&format!("anki-cli-note-{id}-"), ".txt")
        .map_err(|e| CliError::Usage(format!("cannot make a temporary file: {e}")))?;
    let path = temp.path().to_path_buf();
    std::io::Write::write_all(&mut file, original.as_bytes())
        .map_err(|e| CliError::Usage(format!("cannot write {}: {e}", path.display())))?;
    drop(file);

    let status = Command::new(&editor[0])
        .args(&editor[1..])
        .arg(&path)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => return Err(keep(temp, &format!("the editor exited with {s}"))),
        Err(e) => {
            return Err(keep(
                temp,
                &format!("cannot run the editor '{}': {e}", editor[0]),
            ))
        }
    }
    let edited = match std::fs::read_to_string(&path) {
        Ok(edited) => edited,
        Err(_) => return Err(keep(temp, "the edited file cannot be read")),
    };
    if edited == original {
        return Ok(Output::Message {
            text: "No changes.".into(),
            result: Value::Null,
        });
    }
    let after = match parse(&edited, &names) {
        Ok(after) => after,
        Err(why) => {
            return Err(keep(
                temp,
                &format!("the edited note does not parse: {why}"),
            ))
        }
    };
    let Some(request) = changes(id, &before, &after) else {
        return Ok(Output::Message {
            text: "No changes.".into(),
            result: Value::Null,
        });
    };
    match ctx.send(request) {
        Ok(()) => {
            drop(temp);
            Ok(Output::Message {
                text: format!("Updated note {id}."),
                result: Value::Null,
            })
        }
        Err(e) => Err(CliError::Noted {
            error: Box::new(e),
            note: keep(temp, "saving failed").to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

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

    fn edit_note_7(anki: FakeAnki) -> FakeAnki {
        anki.reply_to(
            "notesInfo",
            json!({"notes": [7]}),
            json!([{"noteId": 7, "modelName": "Basic", "tags": ["a"], "cards": [70],
                    "fields": {"Front": {"value": "f", "order": 0}, "Back": {"value": "b", "order": 1}}}]),
        )
    }

    #[test]
    fn a_file_changes_only_its_sections_and_an_unchanged_one_sends_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("edit.txt");
        std::fs::write(&path, "=== Back ===\nmonde\n").unwrap();
        let anki = edit_note_7(FakeAnki::new()).reply("updateNoteFields", json!(null));
        let out = run(&anki.ctx(), 7, Some(&path.display().to_string())).unwrap();
        // Piped (as FakeAnki's context is), the sentence is printed all the same.
        assert_eq!(out, Output::Text("Updated note 7.".into()));
        assert_eq!(
            anki.params_of("updateNoteFields"),
            [json!({"note": {"id": 7, "fields": {"Back": "monde"}}})]
        );
        std::fs::write(&path, "=== Back ===\nb\n=== tags ===\na\n").unwrap();
        let anki = edit_note_7(FakeAnki::new());
        let out = run(&anki.ctx(), 7, Some(&path.display().to_string())).unwrap();
        assert_eq!(out, Output::Text("No changes.".into()));
        assert_eq!(anki.sent(), ["notesInfo"]);
    }

    #[test]
    fn a_file_naming_another_field_is_refused_before_sending() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("edit.txt");
        std::fs::write(&path, "=== Side ===\nx\n").unwrap();
        let anki = edit_note_7(FakeAnki::new());
        let err = run(&anki.ctx(), 7, Some(&path.display().to_string())).unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(err.to_string().contains("'Side' is not a field"), "{err}");
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
        assert_eq!(
            changes(1, &before, &after).unwrap().request.action,
            "updateNote"
        );
        let mut tags_only = before.clone();
        tags_only.tags.clear();
        assert_eq!(
            changes(1, &before, &tags_only).unwrap().request.action,
            "updateNoteTags"
        );
    }
}
