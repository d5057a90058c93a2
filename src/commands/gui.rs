//! `anki-cli gui`: the 21 actions that drive Anki's window (they need the desktop app).

use std::io::Write;
use std::time::{Duration, Instant};

use clap::{Subcommand, ValueEnum};
use serde_json::{json, Value};

use super::context::{decode, Ctx};
use super::note::spec::{build_partial_note, NoteSpecArgs};
use crate::api::gui::{add_note_set_data, browse, Order};
use crate::error::{CliError, Result};
use crate::output::{cell, plain_text, Output, Table};
use crate::request::Request;

/// A review answer button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Ease {
    /// 1
    Again,
    /// 2
    Hard,
    /// 3
    Good,
    /// 4
    Easy,
}

impl Ease {
    /// The button number AnkiConnect expects.
    pub fn number(self) -> i64 {
        match self {
            Ease::Again => 1,
            Ease::Hard => 2,
            Ease::Good => 3,
            Ease::Easy => 4,
        }
    }
}

/// Subcommands of `anki-cli gui`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
These drive Anki's window, so they need the desktop app (not a headless server).

Examples:
  anki-cli gui browse 'deck:French is:due' --sort cardDue
  anki-cli gui add -d French -m Basic -f Front=chat
  anki-cli gui review French
  anki-cli gui current
  anki-cli gui show-answer && anki-cli gui answer good
  anki-cli gui decks")]
pub enum GuiCommand {
    /// Open the Browser on a search; prints the matching card IDs
    #[command(after_help = "\
The words of QUERY are one search, as in Anki's search bar (see `anki-cli note find --help`).
The IDs are AnkiConnect's search for QUERY, not in the Browser's order. Without QUERY the
Browser opens on its last search and nothing is printed.

--sort takes a column the Browser shows; by default these are noteFld (Sort Field), template
(Card Type), cardDue (Due) and deck (Deck), or noteFld, note, template and noteTags when it
shows notes. Columns added in Anki (right-click the Browser's header) can be used too: noteCrt,
noteMod, cardMod, cardIvl, cardEase, cardReps, cardLapses, originalPosition, difficulty,
stability, retrievability.

Examples:
  anki-cli gui browse deck:French is:due
  anki-cli gui browse deck:French --sort cardDue --order descending")]
    Browse {
        /// An Anki search; its words together are one search, e.g. deck:French is:due
        #[arg(value_name = "QUERY")]
        query: Vec<String>,
        /// Sort by this Browser column (one it shows, e.g. cardDue, noteFld, deck)
        #[arg(long, value_name = "COLUMN")]
        sort: Option<String>,
        /// Sort order with --sort
        #[arg(long, value_enum, default_value = "ascending", requires = "sort")]
        order: Order,
    },
    /// Select a card in the open Browser
    Select {
        /// Card ID
        card: i64,
    },
    /// Deprecated alias of `gui select`: AnkiConnect's guiSelectNote takes a card ID
    SelectNote {
        /// Card ID (despite the name)
        card: i64,
    },
    /// Notes selected in the open Browser; prints their IDs
    Selected,
    /// Open a note in AnkiConnect's edit dialog (it fails on Anki 26: use `note edit` there)
    Edit {
        /// Note ID
        note: i64,
    },
    /// Open the Add dialog, empty or filled in with the same flags as `note add`
    #[command(after_help = "\
A filled-in dialog needs both a deck and a note type (--deck and --model, or deck/model in the
config file). The note is added when you click Add in Anki, and gets its ID then: AnkiConnect
answers 0 (older Anki versions answered the ID the note would get, which is printed then).
If an Add dialog with unsaved input is open already, Anki first asks whether to discard it.

Examples:
  anki-cli gui add
  anki-cli gui add -d French -m Basic -f Front=chat -t verbs")]
    Add(NoteSpecArgs),
    /// Fill in the open Add dialog (with --append, add to the fields' current text)
    #[command(after_help = "\
Fields are those of the note type the dialog shows (after --model, if given); a field it does not
have is an error. With --append, tags are added to the dialog's tags.

Examples:
  anki-cli gui add && anki-cli gui add-set -d French -m Basic -f Front=chat
  anki-cli gui add-set --append -f 'Back= (informal)' -t slang")]
    AddSet {
        /// The note's parts.
        #[command(flatten)]
        note: NoteSpecArgs,
        /// Append to the current field text instead of replacing it
        #[arg(long)]
        append: bool,
    },
    /// Whether a review is in progress
    Reviewing,
    /// The card under review, readable (JSON with -o json)
    Current,
    /// Restart the timer of the card under review
    StartTimer,
    /// Show the question of the card under review
    ShowQuestion,
    /// Show the answer of the card under review
    ShowAnswer,
    /// Answer the card under review (its answer must be showing)
    Answer {
        /// The button
        #[arg(value_enum)]
        ease: Ease,
    },
    /// Replay the audio of the card under review
    PlayAudio,
    /// Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)
    Undo,
    /// Open a deck's overview screen
    Deck {
        /// Deck name
        name: String,
    },
    /// Go to the deck list
    Decks,
    /// Start reviewing a deck (when it has nothing due, Anki shows its overview)
    Review {
        /// Deck name
        name: String,
    },
    /// Open Anki's import dialog on a file (or its file chooser); nothing is imported until you confirm
    #[command(after_help = "\
Anki shows its import options for the file and imports when you click Import in its window (a
.colpkg replaces the whole collection, after asking). Anki 26 imports .apkg, .colpkg, .zip, .csv,
.tsv, .txt and Mnemosyne .db files; for anything else it says \"Unsupported file type\".
Without PATH, Anki's file chooser opens and the command waits until it is closed (up to 300 s,
or --timeout). While it is open AnkiConnect answers no other request, from anki-cli or anything
else, so the command says so first, and on a terminal asks before it opens the chooser. To import
CSV/TSV without Anki's window, use `anki-cli note import`.

Examples:
  anki-cli gui import /home/me/french.apkg
  anki-cli gui import C:/Users/me/words.csv")]
    Import {
        /// File path on the machine where Anki runs (use / on Windows too)
        path: Option<String>,
    },
    /// Close Anki, and wait until it stops answering (up to 15 s)
    Exit,
    /// Start Anki's Check Database (Anki shows the outcome in its window)
    CheckDatabase,
}

/// Builds the request of a subcommand that needs no look-ups.
pub fn request(cmd: &GuiCommand) -> Option<Request> {
    Some(match cmd {
        GuiCommand::Browse { query, sort, order } => {
            let query = (!query.is_empty()).then(|| crate::commands::input::join_query(query));
            browse(query.as_deref(), sort.as_deref().map(|s| (s, *order)))
        }
        GuiCommand::Select { card } => Request::new("guiSelectCard", json!({ "card": card })),
        GuiCommand::SelectNote { card } => Request::new("guiSelectNote", json!({ "note": card })),
        GuiCommand::Selected => Request::bare("guiSelectedNotes"),
        GuiCommand::Edit { note } => Request::new("guiEditNote", json!({ "note": note })),
        GuiCommand::Reviewing => Request::bare("guiReviewActive"),
        GuiCommand::Current => Request::bare("guiCurrentCard"),
        GuiCommand::StartTimer => Request::bare("guiStartCardTimer"),
        GuiCommand::ShowQuestion => Request::bare("guiShowQuestion"),
        GuiCommand::ShowAnswer => Request::bare("guiShowAnswer"),
        GuiCommand::Answer { ease } => {
            Request::new("guiAnswerCard", json!({ "ease": ease.number() }))
        }
        GuiCommand::PlayAudio => Request::bare("guiPlayAudio"),
        GuiCommand::Undo => Request::bare("guiUndo"),
        GuiCommand::Deck { name } => Request::new("guiDeckOverview", json!({ "name": name })),
        GuiCommand::Decks => Request::bare("guiDeckBrowser"),
        GuiCommand::Review { name } => Request::new("guiDeckReview", json!({ "name": name })),
        GuiCommand::Import { path } => match path {
            Some(p) => Request::new("guiImportFile", json!({ "path": p })),
            None => Request::bare("guiImportFile"),
        },
        GuiCommand::Exit => Request::bare("guiExitAnki"),
        GuiCommand::CheckDatabase => Request::bare("guiCheckDatabase"),
        GuiCommand::Add(_) | GuiCommand::AddSet { .. } => return None,
    })
}

/// The readable view of `guiCurrentCard`.
pub fn current_card_table(card: &Value, tty: bool) -> Table {
    let width = if tty { 60 } else { usize::MAX };
    let text = |key: &str| {
        let html = card[key].as_str().unwrap_or_default();
        let html = html.rfind("</style>").map_or(html, |end| &html[end + 8..]);
        plain_text(html, width)
    };
    let mut table = Table::new(&["", ""], card.clone());
    table.push(vec!["Card".into(), cell(&card["cardId"])]);
    table.push(vec!["Deck".into(), cell(&card["deckName"])]);
    table.push(vec![
        "Note type".into(),
        format!("{} ({})", cell(&card["modelName"]), cell(&card["template"])),
    ]);
    table.push(vec!["Question".into(), text("question")]);
    table.push(vec!["Answer".into(), text("answer")]);
    let buttons: Vec<String> = card["buttons"]
        .as_array()
        .into_iter()
        .flatten()
        .zip(card["nextReviews"].as_array().into_iter().flatten())
        .map(|(b, next)| {
            let name = match b.as_i64() {
                Some(1) => "again",
                Some(2) => "hard",
                Some(3) => "good",
                Some(4) => "easy",
                _ => "?",
            };
            // Anki wraps numbers in bidi isolates (U+2068/U+2069); "<1m" is text, not HTML.
            let next: String = next
                .as_str()
                .unwrap_or_default()
                .chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
                .collect();
            format!("{name} ({next})")
        })
        .collect();
    table.push(vec!["Buttons".into(), buttons.join("  ")]);
    table
}

/// Checks that `result` has the shape `action` returns for `cmd` (IDs are decoded where used).
fn check_reply(cmd: &GuiCommand, action: &str, result: &Value) -> Result<()> {
    match cmd {
        GuiCommand::Browse { .. } | GuiCommand::Selected => {
            decode::<Vec<i64>>(action, result).map(drop)
        }
        GuiCommand::Current => decode::<serde_json::Map<String, Value>>(action, result).map(drop),
        // null: the add-on returns nothing.
        GuiCommand::Edit { .. } | GuiCommand::Decks | GuiCommand::Import { .. } => {
            decode::<()>(action, result)
        }
        // true or false (guiUndo and guiCheckDatabase answer true).
        _ => decode::<bool>(action, result).map(drop),
    }
}

fn yes_no(what: &str, result: Value, failure: &str) -> Result<Output> {
    match result {
        Value::Bool(true) => Ok(Output::Message {
            text: what.to_string(),
            result: Value::Bool(true),
        }),
        Value::Bool(false) => Err(CliError::Refused(failure.to_string())),
        other => Ok(Output::Message {
            text: what.to_string(),
            result: other,
        }),
    }
}

/// What AnkiConnect's `guiEditNote` raises on Anki 26, whose edit form lost the button box the
/// add-on's dialog hides.
const EDIT_DIALOG_BROKEN: &str = "object has no attribute 'buttonBox'";

/// Adds what the user can do to the add-on's errors that are known problems, not bad input.
fn explain(cmd: &GuiCommand, err: CliError) -> CliError {
    let CliError::Action { action, message } = err else {
        return err;
    };
    let message = match cmd {
        GuiCommand::Edit { note } if message.contains(EDIT_DIALOG_BROKEN) => format!(
            "{message}\nThis is a known AnkiConnect problem with this Anki version: its edit dialog \
             does not open. Edit the note with `anki-cli note edit {note}` instead."
        ),
        GuiCommand::Browse { .. } if message.starts_with("invalid columnId") => format!(
            "{message} (sort by a column the Browser shows: by default noteFld, template, cardDue \
             or deck; see `anki-cli gui browse --help`)"
        ),
        _ => message,
    };
    CliError::Action { action, message }
}

/// `guiAddCards`: empty, or filled in with a note that names its deck and note type.
fn add_cards(ctx: &Ctx, args: &NoteSpecArgs) -> Result<Output> {
    let note = build_partial_note(ctx, args)?;
    let request = if note.is_empty() {
        Request::bare("guiAddCards")
    } else {
        // The add-on reads both unconditionally (a bare KeyError otherwise).
        let missing: Vec<&str> = [("deckName", "--deck"), ("modelName", "--model")]
            .into_iter()
            .filter(|(key, _)| !note.contains_key(*key))
            .map(|(_, flag)| flag)
            .collect();
        if !missing.is_empty() {
            return Err(CliError::Usage(format!(
                "a filled-in Add dialog needs a deck and a note type: give {} \
                 (or set deck/model in the config file)",
                missing.join(" and ")
            )));
        }
        Request::new("guiAddCards", json!({ "note": note }))
    };
    let (id, result): (i64, _) = ctx.call_as_raw(request)?;
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

/// `guiDeckReview`, then whether a review really started (Anki shows the overview instead when
/// the deck has nothing due).
fn review(ctx: &Ctx, name: &str) -> Result<Output> {
    let found: bool = ctx.call_as(Request::new("guiDeckReview", json!({ "name": name })))?;
    if !found {
        return Err(CliError::Refused(format!("deck was not found: {name}")));
    }
    let result = Value::Bool(true);
    let text = if ctx.call_as::<bool>(Request::bare("guiReviewActive"))? {
        format!("Reviewing deck '{name}'.")
    } else {
        format!("Deck '{name}' has nothing to review now; Anki shows its overview.")
    };
    Ok(Output::Message { text, result })
}

/// How long `gui exit` waits for Anki to stop answering before it says Anki did not close.
const EXIT_WAIT: Duration = Duration::from_secs(15);

/// `guiExitAnki`, then wait until AnkiConnect stops answering: the add-on closes Anki from a
/// timer 1 s after its reply, and with Anki 26 that timer is dropped before it fires.
fn exit(ctx: &Ctx) -> Result<Output> {
    let result = ctx.call(Request::bare("guiExitAnki"))?;
    decode::<()>("guiExitAnki", &result)?;
    let deadline = Instant::now() + EXIT_WAIT;
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(250));
        match ctx.call(Request::bare("version")) {
            Ok(_) | Err(CliError::Timeout { .. }) => continue,
            Err(CliError::Connect { .. } | CliError::Protocol { .. }) => {
                return Ok(Output::Message {
                    text: "Anki is closing: AnkiConnect no longer answers.".into(),
                    result,
                })
            }
            Err(other) => return Err(other),
        }
    }
    Err(CliError::Refused(format!(
        "Anki is still running {} s after guiExitAnki. This is a known AnkiConnect problem with \
         this Anki version: the timer that should close Anki is dropped before it fires. Close \
         Anki from its window instead.",
        EXIT_WAIT.as_secs()
    )))
}

/// Before `gui import` without a file: Anki's file chooser is a modal dialog opened inside the
/// request, and until someone closes it in Anki's window AnkiConnect answers nothing at all. Says
/// so first; on a terminal also asks (it destroys nothing, so scripts need no `--yes`). A dry run
/// only shows the request.
fn warn_file_chooser(ctx: &Ctx) -> Result<()> {
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

/// Runs a `gui` subcommand.
pub fn run(cmd: &GuiCommand, ctx: &Ctx) -> Result<Output> {
    run_inner(cmd, ctx).map_err(|err| explain(cmd, err))
}

fn run_inner(cmd: &GuiCommand, ctx: &Ctx) -> Result<Output> {
    if let GuiCommand::Add(args) = cmd {
        return add_cards(ctx, args);
    }
    if let GuiCommand::Review { name } = cmd {
        return review(ctx, name);
    }
    if let GuiCommand::Exit = cmd {
        return exit(ctx);
    }
    if let GuiCommand::AddSet { note, append } = cmd {
        let note = build_partial_note(ctx, note)?;
        if note.is_empty() {
            return Err(CliError::Usage(
                "nothing to fill in: give --deck, --model, --field or --tag".into(),
            ));
        }
        let result = ctx.call(add_note_set_data(Value::Object(note), *append))?;
        // The add-on reports a closed dialog as a result object, not as an error.
        if result != Value::Bool(true) && result.get("error").is_none() {
            return Err(CliError::unexpected_reply(
                "guiAddNoteSetData",
                &result,
                "expected true or {\"error\": …}",
            ));
        }
        if let Some(err) = result.get("error") {
            return Err(CliError::Refused(format!(
                "guiAddNoteSetData: {}",
                cell(err)
            )));
        }
        return Ok(Output::Message {
            text: "Filled in the Add dialog.".into(),
            result,
        });
    }
    if let GuiCommand::Import { path: None } = cmd {
        warn_file_chooser(ctx)?;
    }
    let request = request(cmd).expect("every other subcommand builds directly");
    let action = request.action.clone();
    let result = ctx.call(request)?;
    check_reply(cmd, &action, &result)?;
    Ok(match cmd {
        GuiCommand::Browse { .. } | GuiCommand::Selected => Output::Ids(decode(&action, &result)?),
        GuiCommand::Current => Output::Table(current_card_table(&result, ctx.term.stdout_tty)),
        GuiCommand::Reviewing => {
            let text = if result == Value::Bool(true) { "A review is in progress." } else { "No review in progress." };
            Output::Message { text: text.into(), result }
        }
        GuiCommand::Select { card } | GuiCommand::SelectNote { card } => {
            yes_no(&format!("Selected card {card}."), result, "the Browser is not open")?
        }
        GuiCommand::StartTimer => yes_no("Timer restarted.", result, "no review in progress")?,
        GuiCommand::ShowQuestion => yes_no("Showing the question.", result, "no review in progress")?,
        GuiCommand::ShowAnswer => yes_no("Showing the answer.", result, "no review in progress")?,
        GuiCommand::Answer { ease } => yes_no(
            &format!("Answered {:?}.", ease).to_lowercase(),
            result,
            "cannot answer: no review in progress, the answer is not showing, or that button does not exist",
        )?,
        GuiCommand::PlayAudio => yes_no("Playing audio.", result, "no review in progress")?,
        GuiCommand::Deck { name } => yes_no(&format!("Showing deck '{name}'."), result, &format!("deck was not found: {name}"))?,
        GuiCommand::Edit { note } => Output::Message { text: format!("Opened note {note} for editing."), result },
        GuiCommand::Undo => Output::Message { text: "Asked Anki to undo its last action.".into(), result },
        GuiCommand::Decks => Output::Message { text: "Showing the deck list.".into(), result },
        GuiCommand::Import { path: None } => Output::Message {
            text: "Anki's file chooser was closed; if a file was chosen, confirm the import in Anki's window.".into(),
            result,
        },
        GuiCommand::Import { path: Some(path) } => Output::Message {
            text: format!("Asked Anki to import '{path}': confirm the import in its window."),
            result,
        },
        GuiCommand::CheckDatabase => Output::Message {
            text: "Started Check Database; Anki shows the outcome in its window.".into(),
            result,
        },
        GuiCommand::Add(_)
        | GuiCommand::AddSet { .. }
        | GuiCommand::Review { .. }
        | GuiCommand::Exit => {
            unreachable!("handled above")
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
                browse(Some("deck:current"), Some(("noteCrt", Order::Ascending))),
                json!({"action": "guiBrowse", "version": 6, "params": {"query": "deck:current", "reorderCards": {"order": "ascending", "columnId": "noteCrt"}}}),
            ),
            (
                request(&GuiCommand::Select {
                    card: 1494723142483,
                })
                .unwrap(),
                json!({"action": "guiSelectCard", "version": 6, "params": {"card": 1494723142483_i64}}),
            ),
            (
                request(&GuiCommand::SelectNote {
                    card: 1494723142483,
                })
                .unwrap(),
                json!({"action": "guiSelectNote", "version": 6, "params": {"note": 1494723142483_i64}}),
            ),
            (
                request(&GuiCommand::Selected).unwrap(),
                json!({"action": "guiSelectedNotes", "version": 6}),
            ),
            (
                request(&GuiCommand::Edit {
                    note: 1649198355435,
                })
                .unwrap(),
                json!({"action": "guiEditNote", "version": 6, "params": {"note": 1649198355435_i64}}),
            ),
            (
                request(&GuiCommand::Answer { ease: Ease::Easy }).unwrap(),
                json!({"action": "guiAnswerCard", "version": 6, "params": {"ease": 4}}),
            ),
            (
                request(&GuiCommand::Deck {
                    name: "Default".into(),
                })
                .unwrap(),
                json!({"action": "guiDeckOverview", "version": 6, "params": {"name": "Default"}}),
            ),
            (
                request(&GuiCommand::Review {
                    name: "Default".into(),
                })
                .unwrap(),
                json!({"action": "guiDeckReview", "version": 6, "params": {"name": "Default"}}),
            ),
            (
                request(&GuiCommand::Import {
                    path: Some("C:/Users/Desktop/cards.txt".into()),
                })
                .unwrap(),
                json!({"action": "guiImportFile", "version": 6, "params": {"path": "C:/Users/Desktop/cards.txt"}}),
            ),
            (
                request(&GuiCommand::Exit).unwrap(),
                json!({"action": "guiExitAnki", "version": 6}),
            ),
            (
                add_note_set_data(json!({"fields": {"Front": "x"}}), true),
                json!({"action": "guiAddNoteSetData", "version": 6, "params": {"note": {"fields": {"Front": "x"}}, "append": true}}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }

    #[test]
    fn current_card_reads_well() {
        let card = json!({
            "answer": "<style>.card{}</style>back content", "question": "<style>.card{}</style><b>front</b> content",
            "deckName": "Default", "modelName": "Basic", "template": "Card 1", "cardId": 1498938915662_i64,
            "buttons": [1, 2, 3], "nextReviews": ["<1m", "<10m", "4d"], "fieldOrder": 0, "fields": {}, "css": ""
        });
        let table = current_card_table(&card, true);
        let text: Vec<String> = table.rows.iter().map(|r| r.join(": ")).collect();
        assert!(
            text.contains(&"Question: front content".to_string()),
            "{text:?}"
        );
        assert!(
            text.contains(&"Buttons: again (<1m)  hard (<10m)  good (4d)".to_string()),
            "{text:?}"
        );
        assert!(
            text.contains(&"Note type: Basic (Card 1)".to_string()),
            "{text:?}"
        );
    }
}
