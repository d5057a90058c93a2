//! `card suspend` and `card unsuspend`: exact counts, and unknown cards refused before any change.

use serde_json::Value;

use super::per_card::ids_where;
use crate::api::card::{are_suspended, suspend, unsuspend};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// Suspends (`suspend`) or unsuspends cards, sending only those whose state changes.
///
/// The add-on's own check is unreliable (it removes items from the list it iterates, so it
/// can report `true` when nothing changed), and unsuspend always answers null; areSuspended
/// first gives exact counts and names unknown cards before anything changes.
pub fn set_suspended(ctx: &Ctx, ids: &[i64], to: bool) -> Result<Output> {
    let verb = if to { "Suspended" } else { "Unsuspended" };
    let (states, _) = ctx.send_each(are_suspended(ids), ids.len())?;
    let missing = ids_where(ids, &states, Option::is_none);
    if !missing.is_empty() {
        return Err(CliError::Refused(format!(
            "card was not found: {}; nothing was changed",
            missing.join(", ")
        )));
    }
    let todo: Vec<i64> = ids
        .iter()
        .zip(&states)
        .filter(|(_, s)| **s != Some(to))
        .map(|(id, _)| *id)
        .collect();
    let already = ids.len() - todo.len();
    if todo.is_empty() {
        let text = if to {
            format!("All {} card(s) were suspended already.", ids.len())
        } else {
            format!("None of the {} card(s) was suspended.", ids.len())
        };
        // What the add-on answers when nothing changes.
        let result = if to { Value::Bool(false) } else { Value::Null };
        return Ok(message(text, result));
    }
    let result = send_change(ctx, &todo, to)?;
    let note = match (already, to) {
        (0, _) => String::new(),
        (n, true) => format!(" ({n} already were)"),
        (n, false) => format!(" ({n} were not suspended)"),
    };
    Ok(message(
        format!("{verb} {} card(s){note}.", todo.len()),
        result,
    ))
}

/// Sends suspend (true, or false when nothing changed) or unsuspend (null); returns the answer.
fn send_change(ctx: &Ctx, ids: &[i64], to: bool) -> Result<Value> {
    Ok(if to {
        Value::Bool(ctx.send(suspend(ids))?)
    } else {
        ctx.send(unsuspend(ids))?.map_or(Value::Null, Value::Bool)
    })
}

fn message(text: String, result: Value) -> Output {
    Output::Message { text, result }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    fn text(out: &Output) -> (&str, &Value) {
        match out {
            Output::Message { text, result } => (text, result),
            other => panic!("not a message: {other:?}"),
        }
    }

    #[test]
    fn only_cards_whose_state_changes_are_sent_and_counted() {
        let anki = FakeAnki::new()
            .reply("areSuspended", json!([true, false, false]))
            .reply_to("suspend", json!({"cards": [2, 3]}), json!(true));
        let out = set_suspended(&anki.ctx(), &[1, 2, 3], true).unwrap();
        assert_eq!(
            text(&out),
            ("Suspended 2 card(s) (1 already were).", &json!(true))
        );
    }

    #[test]
    fn nothing_to_change_sends_nothing() {
        let anki = FakeAnki::new().reply("areSuspended", json!([false, false]));
        let out = set_suspended(&anki.ctx(), &[1, 2], false).unwrap();
        assert_eq!(
            text(&out),
            ("None of the 2 card(s) was suspended.", &Value::Null)
        );
        assert_eq!(anki.sent(), ["areSuspended"]);
    }

    #[test]
    fn unknown_cards_are_refused_before_any_change() {
        let anki = FakeAnki::new().reply("areSuspended", json!([true, null, false]));
        let err = set_suspended(&anki.ctx(), &[1, 2, 3], false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "card was not found: 2; nothing was changed"
        );
        assert_eq!(anki.sent(), ["areSuspended"], "no unsuspend");
    }

    #[test]
    fn unsuspend_answers_null() {
        let anki = FakeAnki::new()
            .reply("areSuspended", json!([true, false]))
            .reply_to("unsuspend", json!({"cards": [1]}), Value::Null);
        let out = set_suspended(&anki.ctx(), &[1, 2], false).unwrap();
        assert_eq!(
            text(&out),
            (
                "Unsuspended 1 card(s) (1 were not suspended).",
                &Value::Null
            )
        );
    }
}
