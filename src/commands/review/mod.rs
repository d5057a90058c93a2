//! `anki-cli review [DECK]`: study on a terminal while Anki does the scheduling.
//!
//! **Terminal-only**: it reads single key presses and drives Anki's window, so it refuses to
//! run without a terminal (exit 2) and is no tool for scripts or an MCP server; those use
//! `gui review`, `gui current`, `gui show-answer` and `gui answer`.

mod keys;
mod next_due;
mod render;
mod session;

use clap::Args;
use serde_json::json;

use crate::api::gui::gui_review_active;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// `review --help` after the options.
pub const AFTER_HELP: &str = "\
Anki's own reviewer picks the cards and schedules them (learning steps, FSRS, the intervals on
the buttons), so Anki's desktop app must be running; anki-cli shows each card as text.

Keys:
  Space/Enter  show the answer; on the answer, Good
  1 2 3 4      Again, Hard, Good, Easy (with the interval each gives)
  u            undo the last answer, suspension or burial
  e            edit the note in $VISUAL/$EDITOR (as `note edit`)
  s            suspend the card      -  bury it until tomorrow
  r            replay the audio      ?  the keys
  q, Esc       quit with a summary (cards, time, answers)

Without DECK it goes on with the review Anki's window shows, else the default deck (`deck` in
the config file, `set deck` in the REPL). It needs a terminal: scripts use `gui review DECK`,
`gui current`, `gui show-answer` and `gui answer good`. With nothing to study it says when
there will be, and exits 0.

Examples:
  anki-cli review French
  anki-cli review 'Japanese::JLPT N3'
  ssh desktop anki-cli review French";

/// Arguments of `anki-cli review`.
#[derive(Debug, Clone, Args)]
pub struct ReviewArgs {
    /// The deck to study (default: the review Anki shows, else the default deck)
    pub deck: Option<String>,
}

/// Runs `anki-cli review`.
pub fn run(ctx: &Ctx, args: &ReviewArgs) -> Result<Output> {
    if ctx.dry_run {
        return Err(CliError::Usage(
            "review answers cards as you study; --dry-run has nothing to show for it: run it without --dry-run"
                .into(),
        ));
    }
    ctx.term.require_interactive(
        "review reads keys on a terminal",
        "scripts use `gui review DECK`, `gui current`, `gui show-answer` and \
         `gui answer good|again|hard|easy`",
    )?;
    let deck = match &args.deck {
        Some(deck) => deck.clone(),
        None if ctx.send(gui_review_active())? => {
            ctx.send(crate::api::gui::gui_current_card())?.deck_name
        }
        None => ctx.settings.deck_or(None).ok_or_else(|| {
            CliError::Usage(
                "give the deck to study (e.g. anki-cli review French), or set a default deck"
                    .into(),
            )
        })?,
    };
    let mut session = session::Session::new(ctx, &deck);
    if !session.open()? {
        let next = next_due::next_due(ctx, &deck)?;
        return Ok(Output::Message {
            text: format!("Nothing to study in {deck} now. {next}"),
            result: json!({"deck": deck, "cards": 0, "next": next}),
        });
    }
    session.run()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;

    #[test]
    fn without_a_terminal_or_with_dry_run_it_refuses_before_sending() {
        let anki = FakeAnki::new();
        let args = ReviewArgs {
            deck: Some("French".into()),
        };
        let err = run(&anki.ctx(), &args).unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(err.to_string().contains("gui current"), "{err}");
        let mut ctx = anki.ctx();
        ctx.dry_run = true;
        let err = run(&ctx, &args).unwrap_err();
        assert!(err.to_string().contains("--dry-run"), "{err}");
        assert!(anki.sent().is_empty());
    }
}
