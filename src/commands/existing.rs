//! Checks that the cards and decks a command names exist, before anything changes: several
//! actions skip unknown IDs silently, file them under Default, or create what they are asked about.

use super::context::Ctx;
use crate::api::card::cards_mod_time;
use crate::api::deck::deck_names;
use crate::error::{CliError, Result};

/// Fails, naming them, when some of `ids` are not cards.
///
/// Several actions silently skip unknown card IDs (changeDeck, forgetCards, relearnCards,
/// setDueDate), file them under the Default deck (getDecks), or fail with "list index out of
/// range" (areDue, getIntervals); this look-up tells the user which IDs are wrong instead.
/// `changes` adds "nothing was changed" to the message.
pub fn require_cards(ctx: &Ctx, ids: &[i64], changes: bool) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let (found, _) = ctx.send_each(cards_mod_time(ids), ids.len())?;
    let missing: Vec<String> = ids
        .iter()
        .zip(&found)
        .filter(|(_, f)| f.card_id.is_none())
        .map(|(id, _)| id.to_string())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let tail = if changes { "; nothing was changed" } else { "" };
    Err(CliError::Refused(format!(
        "card was not found: {}{tail}",
        missing.join(", ")
    )))
}

/// Fails, naming them, if any deck does not exist; `changes` adds
/// "nothing was changed" to the message.
pub fn require_decks(ctx: &Ctx, names: &[String], changes: bool) -> Result<()> {
    if names.is_empty() {
        return Ok(());
    }
    let all = ctx.send(deck_names())?;
    let missing: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !all.iter().any(|a| a == n))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        let tail = if changes { "; nothing was changed" } else { "" };
        Err(CliError::Refused(format!(
            "deck was not found: {}{tail}",
            missing.join(", ")
        )))
    }
}
