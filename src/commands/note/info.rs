//! `note info` and `note mod-time`: tables of what notesInfo and notesModTime say per note.

use serde_json::Value;

use crate::api::note::{find_notes, notes_info, notes_mod_time};
use crate::api::reply::NoteInfo;
use crate::commands::chunks;
use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::{plain_text, Output, Table};

/// Notes per notesInfo request (a note's entry is a few hundred bytes: replies of 1–2 MB).
const CHUNK: usize = 5000;

/// Runs `note info`: the notes of `query`, else of the IDs in `notes`; read in chunks, each
/// printed as it arrives.
pub fn info(ctx: &Ctx, notes: &[String], query: Option<&str>) -> Result<Outcome> {
    let ids = match query {
        Some(q) => ctx.send(find_notes(q))?,
        None => ctx.ids(notes)?,
    };
    if let (Some(q), true) = (query, ids.is_empty()) {
        // As `-` reading no IDs and `card … --query`: nothing to do, exit 0.
        return Err(CliError::NothingToDo(format!(
            "no notes match '{q}': nothing to do"
        )));
    }
    let tty = ctx.term.stdout_tty;
    chunks::stream(
        ctx,
        ids,
        chunks::size(ctx, CHUNK),
        |ctx, ids| ctx.send_each(notes_info(ids), ids.len()),
        move |_, ids, (found, result)| Ok(Output::Table(info_table(ids, &found, result, tty))),
    )
}

fn info_table(ids: &[i64], notes: &[NoteInfo], result: Value, tty: bool) -> Table {
    let width = if tty { 40 } else { usize::MAX };
    let mut table = Table::new(&["Note", "Type", "Tags", "Fields", "Cards"], result).with_ids(0);
    for (i, note) in notes.iter().enumerate() {
        let Some(id) = note.note_id else {
            let id = ids
                .get(i)
                .map_or_else(|| "?".to_string(), |id| id.to_string());
            table.push(vec![
                id,
                "(not found)".into(),
                String::new(),
                String::new(),
                String::new(),
            ]);
            continue;
        };
        let shown: Vec<String> = note
            .field_names()
            .iter()
            .take(2)
            .map(|n| format!("{n}: {}", plain_text(note.field(n), width)))
            .collect();
        table.push(vec![
            id.to_string(),
            note.model_name.clone(),
            note.tags.join(" "),
            shown.join("\n"),
            note.cards.len().to_string(),
        ]);
    }
    table
}

/// Runs `note mod-time`: each note's last modification, `(not found)` for an unknown ID.
pub fn mod_time(ctx: &Ctx, notes: &[String]) -> Result<Output> {
    let ids = ctx.ids(notes)?;
    let (times, result) = ctx.send_each(notes_mod_time(&ids), ids.len())?;
    let mut table = Table::new(&["Note", "Modified"], result).with_ids(0);
    for (id, entry) in ids.iter().zip(times) {
        let modified = entry
            .modified
            .map_or_else(|| "(not found)".into(), |m| m.to_string());
        table.push(vec![id.to_string(), modified]);
    }
    Ok(Output::Table(table))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    #[test]
    fn info_shows_the_first_two_fields_and_marks_unknown_ids() {
        let anki = FakeAnki::new().reply_to(
            "notesInfo",
            json!({"notes": [7, 8]}),
            json!([
                {"noteId": 7, "modelName": "Basic", "tags": ["a", "b"], "cards": [70, 71],
                 "fields": {"Back": {"value": "<b>cat</b>", "order": 1},
                            "Front": {"value": "chat", "order": 0},
                            "Extra": {"value": "x", "order": 2}}},
                {}
            ]),
        );
        let out = info(&anki.ctx(), &["7".into(), "8".into()], None)
            .unwrap()
            .output;
        let tsv = rendered(&out, Format::Tsv);
        let lines: Vec<&str> = tsv.lines().collect();
        assert!(lines[0].starts_with("7\tBasic\ta b\tFront: chat"), "{tsv}");
        assert!(tsv.contains("Back: cat") && !tsv.contains("Extra"), "{tsv}");
        assert!(tsv.ends_with("8\t(not found)\t\t\t\n"), "{tsv}");
        assert_eq!(rendered(&out, Format::Ids), "7\n8\n");
    }

    #[test]
    fn info_by_query_and_a_short_reply_is_exit_3() {
        let anki = FakeAnki::new()
            .reply_to("findNotes", json!({"query": "tag:x"}), json!([]))
            .reply_to("notesInfo", json!({"notes": [7, 8]}), json!([{}]));
        // A search matching nothing is nothing to do: exit 0, no notesInfo sent.
        let none = info(&anki.ctx(), &[], Some("tag:x")).unwrap_err();
        assert!(matches!(none, CliError::NothingToDo(_)), "{none:?}");
        assert_eq!(none.status().code(), 0);
        assert_eq!(anki.sent(), ["findNotes"]);
        let err = info(&anki.ctx(), &["7".into(), "8".into()], None).unwrap_err();
        assert_eq!(err.status().code(), 3);
    }

    #[test]
    fn mod_time_marks_unknown_notes() {
        let anki = FakeAnki::new().reply(
            "notesModTime",
            json!([{"noteId": 7, "mod": 1700000000}, {}]),
        );
        let out = mod_time(&anki.ctx(), &["7".into(), "8".into()]).unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "7\t1700000000\n8\t(not found)\n"
        );
    }
}
