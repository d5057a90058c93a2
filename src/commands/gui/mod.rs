//! `anki-cli gui`: the 21 actions that drive Anki's window (they need the desktop app). The clap
//! tree, and the mapping of each subcommand to its builder and message; the dialogs, the review,
//! the current card and exit have their own children.

pub mod current;
mod dialogs;
mod exit;
mod review;

use clap::{Subcommand, ValueEnum};
use serde_json::Value;

use crate::api::gui::{
    gui_answer_card, gui_browse, gui_check_database, gui_current_card, gui_deck_browser,
    gui_deck_overview, gui_edit_note, gui_import_file, gui_play_audio, gui_review_active,
    gui_select_card, gui_select_note, gui_selected_notes, gui_show_answer, gui_show_question,
    gui_start_card_timer, gui_undo, Order,
};
use crate::commands::context::Ctx;
use crate::commands::input::join_query;
use crate::commands::note::spec::NoteSpecArgs;
use crate::error::{CliError, Result};
use crate::output::Output;

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
pub enum SortOrder {
    /// Ascending
    Ascending,
    /// Descending
    Descending,
}

impl From<SortOrder> for Order {
    fn from(order: SortOrder) -> Self {
        match order {
            SortOrder::Ascending => Order::Ascending,
            SortOrder::Descending => Order::Descending,
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
        order: SortOrder,
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

/// Runs a `gui` subcommand.
pub fn run(cmd: &GuiCommand, ctx: &Ctx) -> Result<Output> {
    run_inner(cmd, ctx).map_err(|err| explain(cmd, err))
}

fn run_inner(cmd: &GuiCommand, ctx: &Ctx) -> Result<Output> {
    let none = "no review in progress";
    Ok(match cmd {
        GuiCommand::Browse { query, sort, order } => {
            let query = (!query.is_empty()).then(|| join_query(query));
            let sort = sort.as_deref().map(|column| (column, Order::from(*order)));
            Output::Ids(ctx.send(gui_browse(query.as_deref(), sort))?)
        }
        GuiCommand::Select { card } => yes_no(
            &format!("Selected card {card}."),
            ctx.send(gui_select_card(*card))?,
            "the Browser is not open",
        )?,
        GuiCommand::SelectNote { card } => yes_no(
            &format!("Selected card {card}."),
            ctx.send(gui_select_note(*card))?,
            "the Browser is not open",
        )?,
        GuiCommand::Selected => Output::Ids(ctx.send(gui_selected_notes())?),
        GuiCommand::Edit { note } => {
            let ((), result) = ctx.send_raw(gui_edit_note(*note))?;
            message(format!("Opened note {note} for editing."), result)
        }
        GuiCommand::Add(args) => dialogs::add_cards(ctx, args)?,
        GuiCommand::AddSet { note, append } => dialogs::add_set(ctx, note, *append)?,
        GuiCommand::Reviewing => {
            let active = ctx.send(gui_review_active())?;
            let text = if active {
                "A review is in progress."
            } else {
                "No review in progress."
            };
            message(text.into(), Value::Bool(active))
        }
        GuiCommand::Current => {
            let (card, result) = ctx.send_raw(gui_current_card())?;
            Output::Table(current::current_card_table(
                &card,
                result,
                ctx.term.stdout_tty,
            ))
        }
        GuiCommand::StartTimer => yes_no(
            "Timer restarted.",
            ctx.send(gui_start_card_timer())?,
            none,
        )?,
        GuiCommand::ShowQuestion => yes_no(
            "Showing the question.",
            ctx.send(gui_show_question())?,
            none,
        )?,
        GuiCommand::ShowAnswer => {
            yes_no("Showing the answer.", ctx.send(gui_show_answer())?, none)?
        }
        GuiCommand::Answer { ease } => yes_no(
            &format!("Answered {ease:?}.").to_lowercase(),
            ctx.send(gui_answer_card(ease.number()))?,
            "cannot answer: no review in progress, the answer is not showing, or that button does not exist",
        )?,
        GuiCommand::PlayAudio => yes_no("Playing audio.", ctx.send(gui_play_audio())?, none)?,
        GuiCommand::Undo => {
            let (_, result) = ctx.send_raw(gui_undo())?;
            message("Asked Anki to undo its last action.".into(), result)
        }
        GuiCommand::Deck { name } => yes_no(
            &format!("Showing deck '{name}'."),
            ctx.send(gui_deck_overview(name))?,
            &format!("deck was not found: {name}"),
        )?,
        GuiCommand::Decks => {
            let ((), result) = ctx.send_raw(gui_deck_browser())?;
            message("Showing the deck list.".into(), result)
        }
        GuiCommand::Review { name } => review::review(ctx, name)?,
        GuiCommand::Import { path } => {
            if path.is_none() {
                dialogs::warn_file_chooser(ctx)?;
            }
            let ((), result) = ctx.send_raw(gui_import_file(path.as_deref()))?;
            let text = match path {
                None => "Anki's file chooser was closed; if a file was chosen, confirm the import in Anki's window.".into(),
                Some(path) => format!("Asked Anki to import '{path}': confirm the import in its window."),
            };
            message(text, result)
        }
        GuiCommand::Exit => exit::exit(ctx)?,
        GuiCommand::CheckDatabase => {
            let (_, result) = ctx.send_raw(gui_check_database())?;
            message(
                "Started Check Database; Anki shows the outcome in its window.".into(),
                result,
            )
        }
    })
}

fn message(text: String, result: Value) -> Output {
    Output::Message { text, result }
}

/// `what` when the action answered true; `failure` refused when it answered false.
fn yes_no(what: &str, done: bool, failure: &str) -> Result<Output> {
    if done {
        Ok(message(what.to_string(), Value::Bool(true)))
    } else {
        Err(CliError::Refused(failure.to_string()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    fn said(out: &Output) -> &str {
        match out {
            Output::Message { text, .. } => text,
            other => panic!("not a message: {other:?}"),
        }
    }

    #[test]
    fn browse_sends_one_search_and_its_sort() {
        let anki = FakeAnki::new().reply_to(
            "guiBrowse",
            json!({"query": "deck:French is:due", "reorderCards": {"columnId": "cardDue", "order": "descending"}}),
            json!([3, 4]),
        );
        let cmd = GuiCommand::Browse {
            query: vec!["deck:French".into(), "is:due".into()],
            sort: Some("cardDue".into()),
            order: SortOrder::Descending,
        };
        assert_eq!(
            rendered(&run(&cmd, &anki.ctx()).unwrap(), Format::Ids),
            "3\n4\n"
        );
    }

    #[test]
    fn known_add_on_problems_are_explained() {
        let anki = FakeAnki::new()
            .fail("guiBrowse", "invalid columnId: nope")
            .fail(
                "guiEditNote",
                "'EditDialog' object has no attribute 'buttonBox'",
            );
        let cmd = GuiCommand::Browse {
            query: vec![],
            sort: Some("nope".into()),
            order: SortOrder::Ascending,
        };
        let err = run(&cmd, &anki.ctx()).unwrap_err().to_string();
        assert!(err.contains("by default noteFld"), "{err}");
        let err = run(&GuiCommand::Edit { note: 5 }, &anki.ctx())
            .unwrap_err()
            .to_string();
        assert!(err.contains("anki-cli note edit 5"), "{err}");
    }

    #[test]
    fn false_is_refused_with_the_reason() {
        let anki = FakeAnki::new()
            .reply("guiSelectCard", json!(false))
            .reply("guiAnswerCard", json!(false))
            .reply("guiDeckOverview", json!(false));
        let ctx = anki.ctx();
        let err = run(&GuiCommand::Select { card: 1 }, &ctx).unwrap_err();
        assert_eq!(err.to_string(), "the Browser is not open");
        let err = run(&GuiCommand::Answer { ease: Ease::Good }, &ctx).unwrap_err();
        assert!(err.to_string().starts_with("cannot answer"), "{err}");
        let err = run(&GuiCommand::Deck { name: "X".into() }, &ctx).unwrap_err();
        assert_eq!(err.to_string(), "deck was not found: X");
    }

    #[test]
    fn messages_say_what_happened() {
        let anki = FakeAnki::new()
            .reply_to("guiAnswerCard", json!({"ease": 3}), json!(true))
            .reply("guiReviewActive", json!(false))
            .reply("guiUndo", json!(true))
            .reply_to("guiImportFile", json!({"path": "/a.apkg"}), json!(null));
        let ctx = anki.ctx();
        let out = run(&GuiCommand::Answer { ease: Ease::Good }, &ctx).unwrap();
        assert_eq!(said(&out), "answered good.");
        let out = run(&GuiCommand::Reviewing, &ctx).unwrap();
        assert_eq!(said(&out), "No review in progress.");
        let out = run(&GuiCommand::Undo, &ctx).unwrap();
        assert_eq!(said(&out), "Asked Anki to undo its last action.");
        let out = run(
            &GuiCommand::Import {
                path: Some("/a.apkg".into()),
            },
            &ctx,
        )
        .unwrap();
        assert!(said(&out).contains("'/a.apkg'"), "{out:?}");
    }

    #[test]
    fn replies_of_the_wrong_shape_exit_3() {
        let anki = FakeAnki::new()
            .reply("guiShowAnswer", json!(null))
            .reply("guiDeckBrowser", json!(true))
            .reply("guiCurrentCard", json!({"cardId": 1}));
        let ctx = anki.ctx();
        for cmd in [
            GuiCommand::ShowAnswer,
            GuiCommand::Decks,
            GuiCommand::Current,
        ] {
            assert_eq!(run(&cmd, &ctx).unwrap_err().status().code(), 3, "{cmd:?}");
        }
    }
}
