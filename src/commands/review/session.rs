//! The study loop: Anki's own reviewer does the scheduling (guiDeckReview, guiCurrentCard,
//! guiShowAnswer, guiAnswerCard); this prints each card as text and turns keys into those
//! actions, line by line (nothing is redrawn, so a plain terminal shows no flicker).

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::json;

use super::keys::{next_key, width, Key};
use super::render::{card_text, sounds_in};
use crate::api::card::{cards_info, suspend, unsuspend, CardInfo};
use crate::api::deck::get_deck_stats;
use crate::api::gui::{
    gui_answer_card, gui_current_card, gui_deck_review, gui_play_audio, gui_review_active,
    gui_show_answer, gui_undo, CurrentCard,
};
use crate::commands::card::batch::{set_each, USER_BURIED};
use crate::commands::context::Ctx;
use crate::commands::gui::current::{button_name, interval_text};
use crate::error::{CliError, Result};
use crate::output::Output;

/// How long Anki may take to record an answer or an undo (it does so in the background, after
/// replying) before the session says so.
const SETTLE: Duration = Duration::from_secs(15);

/// How often the session looks whether Anki has moved on.
const POLL: Duration = Duration::from_millis(40);

/// The keys, as `?` shows them.
pub const HELP: &str = "\
Space/Enter  show the answer; on the answer, Good
1 2 3 4      Again, Hard, Good, Easy (with the interval each gives)
u            undo the last answer, suspension or burial
e            edit the note in $VISUAL/$EDITOR
s            suspend the card      -  bury it until tomorrow
r            replay the audio      ?  this help
q, Esc       quit with a summary";

/// What can be undone, newest last.
enum Done {
    /// Answered `card`, which had `reps` reviews before.
    Answered { card: i64, ease: i64, reps: i64 },
    /// Suspended `card`.
    Suspended { card: i64 },
    /// Buried `card`, whose queue was `queue`.
    Buried { card: i64, queue: i64 },
}

/// One study session on one deck.
pub struct Session<'a> {
    ctx: &'a Ctx<'a>,
    deck: String,
    started: Instant,
    answers: [usize; 4],
    done: Vec<Done>,
}

impl<'a> Session<'a> {
    /// A session on `deck` (not yet opened).
    pub fn new(ctx: &'a Ctx<'a>, deck: &str) -> Self {
        Session {
            ctx,
            deck: deck.to_string(),
            started: Instant::now(),
            answers: [0; 4],
            done: Vec::new(),
        }
    }

    /// Opens the deck's review in Anki; false when it has nothing to study now.
    pub fn open(&self) -> Result<bool> {
        if !self.ctx.send(gui_deck_review(&self.deck))? {
            return Err(CliError::Refused(format!(
                "deck was not found: {}",
                self.deck
            )));
        }
        self.ctx.send(gui_review_active())
    }

    /// Studies until the deck is done, `q`, or Ctrl-C; returns the summary.
    pub fn run(&mut self) -> Result<Output> {
        say(&format!(
            "Studying {} — ? for the keys, q to quit.",
            self.deck
        ));
        let mut card = self.current()?;
        let mut answer_shown = false;
        let mut question_shown = false;
        loop {
            let Some(shown) = card.clone() else {
                say(&format!(
                    "\nCongratulations! You have finished {} for now.",
                    self.deck
                ));
                return self.summary();
            };
            if !question_shown {
                self.show_question(&shown)?;
                question_shown = true;
            }
            let key = next_key()?;
            let mut reopen = false;
            match (key, answer_shown) {
                (Key::Next, false) => {
                    self.ctx.send(gui_show_answer())?;
                    self.show_answer(&shown);
                    answer_shown = true;
                    continue;
                }
                (Key::Next, true) => card = self.answer(&shown, 3)?,
                (Key::Ease(ease), true) => {
                    if !shown.buttons.contains(&ease) {
                        say(&format!("This card has no button {ease}."));
                        continue;
                    }
                    card = self.answer(&shown, ease)?;
                }
                (Key::Ease(_), false) => {
                    say("Show the answer first (Space or Enter).");
                    continue;
                }
                (Key::Undo, _) => reopen = self.undo()?,
                (Key::Edit, _) => reopen = self.edit(shown.card_id)?,
                (Key::Suspend, _) => {
                    self.ctx.send(suspend(&[shown.card_id]))?;
                    self.done.push(Done::Suspended {
                        card: shown.card_id,
                    });
                    say("Suspended.");
                    reopen = true;
                }
                (Key::Bury, _) => {
                    let queue = self.info(shown.card_id)?.queue;
                    set_each(self.ctx, "queue", &[(shown.card_id, USER_BURIED)], true)?;
                    self.done.push(Done::Buried {
                        card: shown.card_id,
                        queue,
                    });
                    say("Buried until tomorrow.");
                    reopen = true;
                }
                (Key::Replay, _) => {
                    self.ctx.send(gui_play_audio())?;
                    continue;
                }
                (Key::Help, _) => {
                    say(HELP);
                    continue;
                }
                (Key::Quit, _) => return self.summary(),
                (Key::Interrupt, _) => {
                    if let Output::Message { text, .. } = self.summary()? {
                        say(&text);
                    }
                    return Err(CliError::Interrupted);
                }
            }
            if reopen {
                // Anki's reviewer is not refreshed while its window has no focus: open the
                // deck's review again, so that it shows what the collection now holds.
                card = if self.open()? { self.current()? } else { None };
            }
            answer_shown = false;
            question_shown = false;
        }
    }

    /// The card Anki's reviewer shows, or `None` when the review is over.
    fn current(&self) -> Result<Option<CurrentCard>> {
        if !self.ctx.send(gui_review_active())? {
            return Ok(None);
        }
        self.ctx.send(gui_current_card()).map(Some)
    }

    fn info(&self, card: i64) -> Result<CardInfo> {
        let (mut infos, _) = self.ctx.send_each(cards_info(&[card]), 1)?;
        Ok(infos.remove(0))
    }

    /// The counts left in the deck, as Anki's overview shows them.
    fn counts(&self) -> Result<String> {
        let stats = self
            .ctx
            .send(get_deck_stats(std::slice::from_ref(&self.deck)))?;
        Ok(match stats.values().next() {
            Some(s) => format!(
                "{} new · {} learning · {} to review",
                s.new_count, s.learn_count, s.review_count
            ),
            None => String::new(),
        })
    }

    fn show_question(&self, card: &CurrentCard) -> Result<()> {
        let width = width();
        let head = format!("── {} · {} ", self.deck, self.counts()?);
        let fill = width.saturating_sub(head.chars().count());
        say(&format!("\n{head}{}", "─".repeat(fill)));
        say(&self.text(&card.question, card, width));
        say("[Space: show answer]");
        Ok(())
    }

    fn show_answer(&self, card: &CurrentCard) {
        let width = width();
        say(&"─".repeat(width.min(40)));
        say(&self.text(&card.answer, card, width));
        let mut line = String::new();
        let mut lines = Vec::new();
        for (button, next) in card.buttons.iter().zip(&card.next_reviews) {
            let item = format!("{button} {} {}", button_name(*button), interval_text(next));
            if !line.is_empty() && line.chars().count() + 3 + item.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push_str("   ");
            }
            line.push_str(&item);
        }
        lines.push(line);
        say(&lines.join("\n"));
    }

    fn text(&self, html: &str, card: &CurrentCard, width: usize) -> String {
        let mut fields: Vec<_> = card.fields.iter().collect();
        fields.sort_by_key(|(_, f)| f.order);
        let sounds: Vec<String> = fields
            .iter()
            .flat_map(|(_, f)| sounds_in(&f.value))
            .collect();
        card_text(html, &sounds, width, self.ctx.term.color)
    }

    /// Answers `card` with `ease` and waits until Anki has recorded it and moved on.
    fn answer(&mut self, card: &CurrentCard, ease: i64) -> Result<Option<CurrentCard>> {
        let reps = self.info(card.card_id)?.reps;
        if !self.ctx.send(gui_answer_card(ease))? {
            say("Anki did not take the answer; the card is shown again.");
            return if self.open()? {
                self.current()
            } else {
                Ok(None)
            };
        }
        self.answers[(ease - 1) as usize] += 1;
        self.done.push(Done::Answered {
            card: card.card_id,
            ease,
            reps,
        });
        say(&format!("→ {}", button_name(ease)));
        self.settle("the answer is recorded", || {
            Ok(self.info(card.card_id)?.reps > reps)
        })?;
        // Recorded; the reviewer shows the next card once Anki's background step returns.
        let deadline = Instant::now() + Duration::from_secs(1);
        loop {
            let next = self.current()?;
            let moved = next.as_ref().is_none_or(|n| n.card_id != card.card_id);
            if moved || Instant::now() > deadline {
                return Ok(next);
            }
            std::thread::sleep(POLL);
        }
    }

    /// Undoes the last answer (guiUndo), suspension or burial; true when something was undone.
    fn undo(&mut self) -> Result<bool> {
        let Some(last) = self.done.pop() else {
            say("Nothing to undo.");
            return Ok(false);
        };
        match last {
            Done::Answered { card, ease, reps } => {
                self.ctx.send(gui_undo())?;
                self.settle("the undo is recorded", || Ok(self.info(card)?.reps <= reps))?;
                self.answers[(ease - 1) as usize] -= 1;
                // The reviewer keeps the old card after an undo: open the review again and
                // check that the card undone is the one shown.
                let shown = if self.open()? { self.current()? } else { None };
                match shown {
                    Some(c) if c.card_id == card => say("Undone: the card is back."),
                    _ => say("Undone; Anki shows another card first."),
                }
            }
            Done::Suspended { card } => {
                self.ctx.send(unsuspend(&[card]))?;
                say("Unsuspended.");
            }
            Done::Buried { card, queue } => {
                set_each(self.ctx, "queue", &[(card, queue)], true)?;
                say("Unburied.");
            }
        }
        Ok(true)
    }

    /// Edits the card's note in the editor, as `note edit` does; errors are said, not fatal.
    fn edit(&self, card: i64) -> Result<bool> {
        let note = self.info(card)?.note;
        match crate::commands::note::edit::run(self.ctx, note, None) {
            Ok(Output::Message { text, .. }) => say(&text),
            Ok(_) => {}
            Err(e @ (CliError::Usage(_) | CliError::Refused(_))) => say(&e.to_string()),
            Err(e) => return Err(e),
        }
        Ok(true)
    }

    /// Polls `check` until it holds; after [`SETTLE`], an error saying what did not happen.
    fn settle(&self, what: &str, mut check: impl FnMut() -> Result<bool>) -> Result<()> {
        let deadline = Instant::now() + SETTLE;
        while !check()? {
            if Instant::now() > deadline {
                return Err(CliError::Refused(format!(
                    "Anki did not report that {what} within {} s; the session stops",
                    SETTLE.as_secs()
                )));
            }
            std::thread::sleep(POLL);
        }
        Ok(())
    }

    /// `q`'s summary: cards, time, answers.
    fn summary(&self) -> Result<Output> {
        let cards: usize = self.answers.iter().sum();
        let secs = self.started.elapsed().as_secs();
        let [again, hard, good, easy] = self.answers;
        Ok(Output::Message {
            text: format!(
                "Studied {cards} card(s) in {}:{:02} min: again {again}, hard {hard}, good {good}, easy {easy}.",
                secs / 60,
                secs % 60
            ),
            result: json!({"deck": self.deck, "cards": cards, "seconds": secs,
                           "again": again, "hard": hard, "good": good, "easy": easy}),
        })
    }
}

/// Prints a line (or lines) at once.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}
