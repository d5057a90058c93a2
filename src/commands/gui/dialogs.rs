//! The `gui` subcommands that open or fill in Anki's dialogs: Add, and Import's file chooser.

use std::io::Write;

use crate::api::gui::{gui_add_cards, gui_add_note_set_data, NoteSetData};
use crate::api::note::NewNote;
use crate::commands::context::Ctx;
use crate::commands::note::spec::{build_partial_note, NoteSpecArgs};
use crate::error::{CliError, Result};
use crate::output::Output;

/// `guiAddCards`: empty, or filled in with a note that names its deck and note type.
pub fn add_cards(ctx: &Ctx, args: &NoteSpecArgs) -> Result<Output> {
    let note = build_partial_note(ctx, args)?;
    let call = if note == NewNote::default() {
        gui_add_cards(None)
    } else {
        // The add-on reads both unconditionally (a bare KeyError otherwise).
        let missing: Vec<&str> = [(&note.deck, "--deck"), (&note.model, "--model")]
            .into_iter()
            .filter(|(given, _)| given.is_none())
            .map(|(_, flag)| flag)
            .collect();
        if !missing.is_empty() {
            return Err(CliError::Usage(format!(
                "a filled-in Add dialog needs a deck and a note type: give {} \
                 (or set deck/model in the config file)",
                missing.join(" and ")
            )));
        }
        gui_add_cards(Some(&note))
    };
    let (id, result) = ctx.send_raw(call)?;
    // Anki gives a note its ID when it is added: the add-on answers 0 for the dialog's new note.
    Ok(if id > 0 {
        Output::Ids(vec![id])
    } else {
        Output::Message {
            text: "Opened the Add dialog; the note is added when you click Add in Anki.".into(),
            result,
        }
    })
}

/// `guiAddNoteSetData`: fills in the open Add dialog (with `append`, adds to its content).
pub fn add_set(ctx: &Ctx, args: &NoteSpecArgs, append: bool) -> Result<Output> {
    let note = build_partial_note(ctx, args)?;
    if note == NewNote::default() {
        return Err(CliError::Usage(
            "nothing to fill in: give --deck, --model, --field or --tag".into(),
        ));
    }
    let (reply, result) = ctx.send_raw(gui_add_note_set_data(&note, append))?;
    match reply {
        NoteSetData::Filled(true) => Ok(Output::Message {
            text: "Filled in the Add dialog.".into(),
            result,
        }),
        // The add-on reports a closed dialog as a result object, not as an error.
        NoteSetData::Refused { error } => {
            Err(CliError::Refused(format!("guiAddNoteSetData: {error}")))
        }
        NoteSetData::Filled(false) => Err(CliError::unexpected_reply(
            "guiAddNoteSetData",
            &result,
            "expected true or {\"error\": …}",
        )),
    }
}

/// Before `gui import` without a file: Anki's file chooser is a modal dialog opened inside the
/// request, and until someone closes it in Anki's window AnkiConnect answers nothing at all. Says
/// so first; on a terminal also asks (it destroys nothing, so scripts need no `--yes`). A dry run
/// only shows the request.
pub fn warn_file_chooser(ctx: &Ctx) -> Result<()> {
    if ctx.dry_run {
        return Ok(());
    }
    if ctx.term.stdin_tty {
        ctx.confirm(
            "Open Anki's file chooser? Until it is closed in Anki's window, AnkiConnect answers no other request",
            false,
        )?;
    }
    let _ = writeln!(
        std::io::stderr(),
        "Opening Anki's file chooser: pick a file or cancel it in Anki's window; until then \
         AnkiConnect answers no other request."
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use clap::Parser;
    use serde_json::json;

    /// `NoteSpecArgs` as the flags give them.
    fn spec(flags: &[&str]) -> NoteSpecArgs {
        #[derive(Parser)]
        struct Flags {
            #[command(flatten)]
            note: NoteSpecArgs,
        }
        let args = std::iter::once("gui").chain(flags.iter().copied());
        Flags::try_parse_from(args).expect("flags").note
    }

    #[test]
    fn a_filled_in_add_dialog_needs_deck_and_model() {
        let anki = FakeAnki::new();
        let err = add_cards(&anki.ctx(), &spec(&["-d", "French", "-f", "Front=chat"])).unwrap_err();
        assert!(err.to_string().contains("give --model"), "{err}");
        assert!(anki.sent().is_empty());
    }

    #[test]
    fn an_empty_add_dialog_answers_0_and_an_old_anki_the_id() {
        let anki = FakeAnki::new()
            .reply("guiAddCards", json!(0))
            .reply("guiAddCards", json!(1234));
        let ctx = anki.ctx();
        let out = add_cards(&ctx, &spec(&[])).unwrap();
        assert!(matches!(out, Output::Message { .. }), "{out:?}");
        let out = add_cards(&ctx, &spec(&["-d", "French", "-m", "Basic"])).unwrap();
        assert!(
            matches!(out, Output::Ids(ref ids) if ids == &[1234]),
            "{out:?}"
        );
        assert_eq!(anki.params_of("guiAddCards")[0], serde_json::Value::Null);
        assert_eq!(
            anki.params_of("guiAddCards")[1]["note"]["modelName"],
            "Basic"
        );
    }

    #[test]
    fn a_closed_add_dialog_is_refused() {
        let anki = FakeAnki::new().reply(
            "guiAddNoteSetData",
            json!({"error": "Add Note dialog is not open", "code": 1}),
        );
        let err = add_set(&anki.ctx(), &spec(&["-t", "x"]), true).unwrap_err();
        assert_eq!(
            err.to_string(),
            "guiAddNoteSetData: Add Note dialog is not open"
        );
        assert_eq!(anki.params_of("guiAddNoteSetData")[0]["append"], true);
        let empty = add_set(&anki.ctx(), &spec(&[]), false).unwrap_err();
        assert_eq!(empty.status().code(), 2);
    }
}
