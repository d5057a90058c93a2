//! `note can-add`: Anki's verdict on a note from the flags, or on every note of a file.

use serde_json::Value;

use super::duplicate::{duplicates_phrase, existing, is_duplicate, OPTIONS_HINT};
use super::notes_file::read_notes;
use super::spec::{build_note, NoteSpecArgs};
use crate::api::note::{
    can_add_note, can_add_note_with_error_detail, can_add_notes, can_add_notes_with_error_detail,
    NewNote, Verdict,
};
use crate::commands::context::{Ctx, Outcome};
use crate::error::{CliError, Result};
use crate::output::{Output, Table};

/// Runs `note can-add`: a table of verdicts; a refused note is exit 1 (5 among several).
/// `detail` asks for reasons (the *WithErrorDetail actions).
pub fn can_add(
    ctx: &Ctx,
    args: &NoteSpecArgs,
    file: Option<&str>,
    detail: bool,
) -> Result<Outcome> {
    let (notes, single) = match file {
        Some(f) => (
            read_notes(ctx, f, args.deck.as_deref(), args.model.as_deref())?,
            false,
        ),
        None => (vec![build_note(ctx, args)?], true),
    };
    let (answers, result) = match verdicts(ctx, &notes, single, detail) {
        // Add-ons before 2023 lack the *WithErrorDetail actions: fall back to yes/no.
        Err(CliError::UnsupportedAction { .. }) if detail => verdicts(ctx, &notes, single, false)?,
        other => other?,
    };
    let mut table = Table::new(&["#", "Can add", "Reason"], result);
    let mut refused = Vec::new();
    let mut duplicates = 0;
    for (i, answer) in answers.iter().enumerate() {
        // The user chose yes/no answers: the add-on is not to blame for the missing reasons.
        let reason = if !detail && !answer.can_add {
            "(--no-detail gives no reason; run without it to see why)".to_string()
        } else if !answer.can_add && is_duplicate(&answer.error) && duplicates < MAX_LOOKUPS {
            // Which note it duplicates: one search per refused note, for the first few.
            duplicates += 1;
            let ids = existing(ctx, &notes[i]);
            format!("{}{}", answer.error, duplicates_phrase(&ids))
        } else {
            answer.error.clone()
        };
        if !answer.can_add {
            refused.push((i + 1, reason.clone()));
        }
        table.push(vec![
            (i + 1).to_string(),
            if answer.can_add { "yes" } else { "no" }.into(),
            reason,
        ]);
    }
    let failure = match (refused.len(), single) {
        (0, _) => None,
        (_, true) if !detail => Some(CliError::Refused(format!(
            "the note cannot be added {}",
            refused[0].1
        ))),
        (_, true) if duplicates > 0 => Some(CliError::Refused(format!(
            "the note cannot be added: {}; {OPTIONS_HINT}",
            refused[0].1
        ))),
        (_, true) => Some(CliError::Refused(format!(
            "the note cannot be added: {}",
            refused[0].1
        ))),
        (n, false) => Some(CliError::Partial(format!(
            "{n} of {} notes cannot be added",
            answers.len()
        ))),
    };
    Ok(Outcome {
        output: Output::Table(table),
        failure,
        more: None,
    })
}

/// How many refused notes a check looks up the duplicates of (one search each).
const MAX_LOOKUPS: usize = 20;

/// Asks Anki whether `notes` can be added: one verdict per note, and the raw result. Without
/// `detail` (canAddNote(s): yes/no only) a refusal's reason says that there is none.
fn verdicts(
    ctx: &Ctx,
    notes: &[NewNote],
    single: bool,
    detail: bool,
) -> Result<(Vec<Verdict>, Value)> {
    let no_reason = |ok: bool| Verdict {
        can_add: ok,
        error: if ok {
            String::new()
        } else {
            "(no reason: this add-on has no *WithErrorDetail)".into()
        },
    };
    Ok(match (single, detail) {
        (true, true) => {
            let (v, raw) = ctx.send_raw(can_add_note_with_error_detail(&notes[0]))?;
            (vec![v], raw)
        }
        (true, false) => {
            let (ok, raw) = ctx.send_raw(can_add_note(&notes[0]))?;
            (vec![no_reason(ok)], raw)
        }
        (false, true) => ctx.send_each(can_add_notes_with_error_detail(notes), notes.len())?,
        (false, false) => {
            let (oks, raw) = ctx.send_each(can_add_notes(notes), notes.len())?;
            (oks.into_iter().map(no_reason).collect(), raw)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::commands::note::spec::FieldArgs;
    use crate::output::Format;
    use serde_json::json;

    fn spec() -> NoteSpecArgs {
        NoteSpecArgs {
            deck: Some("Default".into()),
            model: Some("Basic".into()),
            fields: FieldArgs {
                fields: vec!["Front=chat".into()],
                ..Default::default()
            },
            ..Default::default()
        }
    }

    #[test]
    fn a_refused_note_is_exit_1_with_the_add_on_reason() {
        let anki = FakeAnki::new()
            .reply("modelFieldNames", json!(["Front", "Back"]))
            .reply(
                "canAddNoteWithErrorDetail",
                json!({"canAdd": false, "error": "cannot create note because it is a duplicate"}),
            )
            // Which note it duplicates: Anki's own dupe: search on the first field.
            .reply(
                "findModelsByName",
                json!([{"id": 77, "name": "Basic", "css": "", "flds": [{"name": "Front"}, {"name": "Back"}], "tmpls": []}]),
            )
            .reply_to("findNotes", json!({"query": "\"dupe:77,chat\""}), json!([1234]));
        let out = can_add(&anki.ctx(), &spec(), None, true).unwrap();
        assert_eq!(
            rendered(&out.output, Format::Tsv),
            "1\tno\tcannot create note because it is a duplicate of note 1234 (same note type and first field)\n"
        );
        let failure = out.failure.unwrap();
        assert_eq!(failure.status().code(), 1);
        assert_eq!(
            failure.to_string(),
            format!("the note cannot be added: cannot create note because it is a duplicate of note 1234 (same note type and first field); {OPTIONS_HINT}")
        );
    }

    #[test]
    fn an_add_on_without_reasons_gets_yes_no_answers() {
        // Add-ons before 2023 lack canAddNoteWithErrorDetail: the plain action answers instead.
        let anki = FakeAnki::new()
            .reply("modelFieldNames", json!(["Front", "Back"]))
            .lacks("canAddNoteWithErrorDetail")
            .reply("canAddNote", json!(false));
        let out = can_add(&anki.ctx(), &spec(), None, true).unwrap();
        assert_eq!(out.failure.unwrap().status().code(), 1);
        let tsv = rendered(&out.output, Format::Tsv);
        assert!(
            tsv.starts_with("1\tno\t") && !tsv.contains("--no-detail"),
            "{tsv}"
        );
        assert_eq!(
            anki.sent(),
            ["modelFieldNames", "canAddNoteWithErrorDetail", "canAddNote"]
        );
    }

    #[test]
    fn no_detail_asks_can_add_note_and_a_yes_is_no_failure() {
        let anki = FakeAnki::new()
            .reply("modelFieldNames", json!(["Front", "Back"]))
            .reply("canAddNote", json!(true));
        let out = can_add(&anki.ctx(), &spec(), None, false).unwrap();
        assert!(out.failure.is_none());
        assert_eq!(rendered(&out.output, Format::Tsv), "1\tyes\t\n");
        assert_eq!(anki.sent(), ["modelFieldNames", "canAddNote"]);
    }

    #[test]
    fn a_file_of_notes_is_exit_5_when_some_cannot_be_added() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.json");
        std::fs::write(
            &path,
            "{\"fields\": {\"Front\": \"a\"}}\n{\"fields\": {\"Front\": \"b\"}}\n",
        )
        .unwrap();
        let anki = FakeAnki::new().reply("canAddNotes", json!([true, false]));
        let out = can_add(
            &anki.ctx(),
            &spec(),
            Some(&path.display().to_string()),
            false,
        )
        .unwrap();
        assert_eq!(
            rendered(&out.output, Format::Tsv),
            "1\tyes\t\n2\tno\t(--no-detail gives no reason; run without it to see why)\n"
        );
        let failure = out.failure.unwrap();
        assert_eq!(failure.status().code(), 5);
        assert_eq!(failure.to_string(), "1 of 2 notes cannot be added");
        assert_eq!(
            anki.params_of("canAddNotes")[0]["notes"][1]["deckName"],
            "Default"
        );
    }
}
