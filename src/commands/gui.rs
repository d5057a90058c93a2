//! `anki-cli gui`: the 21 actions that drive Anki's window (they need the desktop app).

use clap::{Subcommand, ValueEnum};
use serde_json::{json, Value};

use super::note::spec::{build_partial_note, NoteSpecArgs};
use super::Ctx;
use crate::error::{CliError, Result};
use crate::output::{cell, plain_text, Output, Table};
use crate::registry::Covered;
use crate::request::Request;

/// The actions this module wraps.
pub const COVERS: &[Covered] = &[
    Covered {
        action: "guiBrowse",
        command: "gui browse",
    },
    Covered {
        action: "guiSelectCard",
        command: "gui select",
    },
    Covered {
        action: "guiSelectNote",
        command: "gui select-note",
    },
    Covered {
        action: "guiSelectedNotes",
        command: "gui selected",
    },
    Covered {
        action: "guiEditNote",
        command: "gui edit",
    },
    Covered {
        action: "guiAddCards",
        command: "gui add",
    },
    Covered {
        action: "guiAddNoteSetData",
        command: "gui add-set",
    },
    Covered {
        action: "guiReviewActive",
        command: "gui reviewing",
    },
    Covered {
        action: "guiCurrentCard",
        command: "gui current",
    },
    Covered {
        action: "guiStartCardTimer",
        command: "gui start-timer",
    },
    Covered {
        action: "guiShowQuestion",
        command: "gui show-question",
    },
    Covered {
        action: "guiShowAnswer",
        command: "gui show-answer",
    },
    Covered {
        action: "guiAnswerCard",
        command: "gui answer",
    },
    Covered {
        action: "guiPlayAudio",
        command: "gui play-audio",
    },
    Covered {
        action: "guiUndo",
        command: "gui undo",
    },
    Covered {
        action: "guiDeckOverview",
        command: "gui deck",
    },
    Covered {
        action: "guiDeckBrowser",
        command: "gui decks",
    },
    Covered {
        action: "guiDeckReview",
        command: "gui review",
    },
    Covered {
        action: "guiImportFile",
        command: "gui import",
    },
    Covered {
        action: "guiExitAnki",
        command: "gui exit",
    },
    Covered {
        action: "guiCheckDatabase",
        command: "gui check-database",
    },
];

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

/// Sort order for `gui browse --sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Order {
    /// Ascending
    Ascending,
    /// Descending
    Descending,
}

/// Subcommands of `anki-cli gui`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
These drive Anki's window, so they need the desktop app (not a headless server).

Examples:
  anki-cli gui browse 'deck:French is:due'
  anki-cli gui add -d French -m Basic -f Front=chat
  anki-cli gui review French
  anki-cli gui current
  anki-cli gui show-answer && anki-cli gui answer good")]
pub enum GuiCommand {
    /// Open the Browser on a search; prints the matching card IDs
    Browse {
        /// An Anki search
        query: Option<String>,
        /// Sort by this Browser column (e.g. noteCrt, cardDue)
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
    /// Open a note in Anki's edit dialog
    Edit {
        /// Note ID
        note: i64,
    },
    /// Open the Add dialog, filled in with the same flags as `note add`; prints the note ID it will get
    Add(NoteSpecArgs),
    /// Fill in the open Add dialog (with --append, add to the fields' current text)
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
    /// Undo the last action in Anki
    Undo,
    /// Open a deck's overview screen
    Deck {
        /// Deck name
        name: String,
    },
    /// Go to the deck list
    Decks,
    /// Start reviewing a deck
    Review {
        /// Deck name
        name: String,
    },
    /// Open Anki's import dialog (optionally on a file on Anki's machine)
    Import {
        /// File path on the machine where Anki runs (use / on Windows too)
        path: Option<String>,
    },
    /// Close Anki
    Exit,
    /// Run Anki's Check Database
    CheckDatabase,
}

// ---- request builders (pure) ----

/// `guiBrowse`
pub fn browse(query: Option<&str>, sort: Option<(&str, Order)>) -> Request {
    let mut params = json!({});
    if let Some(q) = query {
        params["query"] = json!(q);
    }
    if let Some((column, order)) = sort {
        let order = if order == Order::Descending {
            "descending"
        } else {
            "ascending"
        };
        params["reorderCards"] = json!({"columnId": column, "order": order});
    }
    Request::new("guiBrowse", params)
}

/// `guiAddNoteSetData`
pub fn add_note_set_data(note: Value, append: bool) -> Request {
    let mut params = json!({ "note": note });
    if append {
        params["append"] = json!(true);
    }
    Request::new("guiAddNoteSetData", params)
}

/// Builds the request of a subcommand that needs no look-ups.
pub fn request(cmd: &GuiCommand) -> Option<Request> {
    Some(match cmd {
        GuiCommand::Browse { query, sort, order } => {
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

/// Runs a `gui` subcommand.
pub fn run(cmd: &GuiCommand, ctx: &Ctx) -> Result<Output> {
    if let GuiCommand::Add(args) = cmd {
        let note = build_partial_note(ctx, args)?;
        let request = if note.is_empty() {
            Request::bare("guiAddCards")
        } else {
            Request::new("guiAddCards", json!({ "note": note }))
        };
        let id = ctx.call(request)?;
        return Ok(Output::Ids(id.as_i64().into_iter().collect()));
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
    let request = request(cmd).expect("every other subcommand builds directly");
    let result = ctx.call(request)?;
    Ok(match cmd {
        GuiCommand::Browse { .. } | GuiCommand::Selected => Output::Ids(crate::commands::note::id_list(&result)),
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
        GuiCommand::Review { name } => yes_no(&format!("Reviewing deck '{name}'."), result, &format!("deck was not found: {name}"))?,
        GuiCommand::Edit { note } => Output::Message { text: format!("Opened note {note} for editing."), result },
        GuiCommand::Undo => Output::Message { text: "Undone.".into(), result },
        GuiCommand::Decks => Output::Message { text: "Showing the deck list.".into(), result },
        GuiCommand::Import { .. } => Output::Message { text: "Opened the import dialog.".into(), result },
        GuiCommand::Exit => Output::Message { text: "Anki is closing.".into(), result },
        GuiCommand::CheckDatabase => Output::Message { text: "Checked the database.".into(), result },
        GuiCommand::Add(_) | GuiCommand::AddSet { .. } => unreachable!("handled above"),
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
