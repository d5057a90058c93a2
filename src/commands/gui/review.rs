//! `gui review`: start reviewing a deck, and say whether a review really started.

use serde_json::Value;

use crate::api::gui::{gui_deck_review, gui_review_active};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// `guiDeckReview`, then whether a review really started (Anki shows the overview instead when
/// the deck has nothing due).
pub fn review(ctx: &Ctx, name: &str) -> Result<Output> {
    if !ctx.send(gui_deck_review(name))? {
        return Err(CliError::Refused(format!("deck was not found: {name}")));
    }
    let result = Value::Bool(true);
    let text = if ctx.send(gui_review_active())? {
        format!("Reviewing deck '{name}'.")
    } else {
        format!("Deck '{name}' has nothing to review now; Anki shows its overview.")
    };
    Ok(Output::Message { text, result })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn an_unknown_deck_is_refused_and_an_empty_one_explained() {
        let anki = FakeAnki::new().reply("guiDeckReview", json!(false));
        let err = review(&anki.ctx(), "Nope").unwrap_err();
        assert_eq!(err.to_string(), "deck was not found: Nope");
        assert_eq!(anki.sent(), ["guiDeckReview"]);
        let anki = FakeAnki::new()
            .reply_to("guiDeckReview", json!({"name": "French"}), json!(true))
            .reply("guiReviewActive", json!(false));
        let out = review(&anki.ctx(), "French").unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text.contains("nothing to review now")),
            "{out:?}"
        );
    }
}
