//! The `card` subcommands that change scheduling: set-ease, forget, relearn, answer, set-due.

use serde_json::Value;

use super::parse::{check_days, parse_answers};
use super::per_card::{ids_where, per_card_table};
use super::selection::CardSelection;
use crate::api::card::{answer_cards, forget_cards, relearn_cards, set_due_date, set_ease_factors};
use crate::commands::context::{Ctx, Outcome};
use crate::commands::existing::require_cards;
use crate::error::{CliError, Result};
use crate::output::Output;

/// `card set-ease`: the ease factor of every selected card; unknown cards fail the command.
pub fn set_ease(ctx: &Ctx, ease: i64, selection: &CardSelection) -> Result<Outcome> {
    if !(1000..=10_000).contains(&ease) {
        return Err(CliError::Usage(format!(
            "ease {ease} is out of range: give 1000-10000 (2500 = 250%)"
        )));
    }
    let ids = selection.resolve(ctx)?;
    let (set, result) = ctx.send_each(set_ease_factors(&ids, &vec![ease; ids.len()]), ids.len())?;
    all_done("Set", &ids, &set, result, "card(s) not found, ease not set")
}

/// `card forget`: back to new, after the gate, the check that all are cards, and the question.
pub fn forget(ctx: &Ctx, selection: &CardSelection, yes: bool) -> Result<Output> {
    let ids = gated(ctx, "card forget", selection, yes, |n| {
        format!("Reset {n} card(s) to new? Their scheduling cannot be got back.")
    })?;
    ctx.send(forget_cards(&ids))?;
    Ok(message(
        format!("Reset {} card(s) to new.", ids.len()),
        Value::Null,
    ))
}

/// `card relearn`: back into relearning, with the same checks as `card forget`.
pub fn relearn(ctx: &Ctx, selection: &CardSelection, yes: bool) -> Result<Output> {
    let ids = gated(ctx, "card relearn", selection, yes, |n| {
        format!("Put {n} card(s) back into relearning? Their intervals cannot be got back.")
    })?;
    ctx.send(relearn_cards(&ids))?;
    Ok(message(
        format!("{} card(s) are relearning.", ids.len()),
        Value::Null,
    ))
}

/// The cards of a destructive `command`, once its gate is passed, all are known to be cards,
/// and the user said yes to `question` (given how many cards).
fn gated(
    ctx: &Ctx,
    command: &str,
    selection: &CardSelection,
    yes: bool,
    question: impl Fn(usize) -> String,
) -> Result<Vec<i64>> {
    ctx.destructive(command, yes)?;
    let ids = selection.resolve(ctx)?;
    require_cards(ctx, &ids, true)?;
    ctx.confirm(&question(ids.len()), yes)?;
    Ok(ids)
}

/// `card answer`: `CARD:EASE` pairs as in a review; unknown cards fail the command.
pub fn answer(ctx: &Ctx, answers: &[String]) -> Result<Outcome> {
    let pairs = parse_answers(answers)?;
    let ids: Vec<i64> = pairs.iter().map(|(c, _)| *c).collect();
    let (answered, result) = ctx.send_each(answer_cards(&pairs), ids.len())?;
    all_done(
        "Answered",
        &ids,
        &answered,
        result,
        "card(s) not found, not answered",
    )
}

/// The table of a change made card by card (`-o json`: the add-on's per-card result), with a
/// partial failure when it was not made to some cards, `failure` naming them (the add-on
/// answers false for an ID that is no card): the table still prints, the failure exits 5.
fn all_done(
    header: &str,
    ids: &[i64],
    done: &[bool],
    result: Value,
    failure: &str,
) -> Result<Outcome> {
    let missing = ids_where(ids, done, |ok| !ok);
    Ok(Outcome {
        output: per_card_table(header, ids, done, result),
        failure: (!missing.is_empty())
            .then(|| CliError::Partial(format!("{failure}: {}", missing.join(", ")))),
        more: None,
    })
}

/// `card set-due`: checks the days' syntax and the cards before setDueDate.
pub fn set_due(ctx: &Ctx, days: &str, selection: &CardSelection) -> Result<Output> {
    check_days(days)?;
    let ids = selection.resolve(ctx)?;
    require_cards(ctx, &ids, true)?;
    let set = ctx.send(set_due_date(&ids, days))?;
    Ok(message(
        format!("Set the due date of {} card(s).", ids.len()),
        Value::Bool(set),
    ))
}

fn message(text: String, result: Value) -> Output {
    Output::Message { text, result }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    fn found(n: usize) -> Value {
        Value::Array((0..n).map(|i| json!({"cardId": i, "mod": 1})).collect())
    }

    #[test]
    fn answers_are_parsed_sent_and_shown_per_card() {
        let anki = FakeAnki::new().reply_to(
            "answerCards",
            json!({"answers": [{"cardId": 1, "ease": 3}, {"cardId": 2, "ease": 1}]}),
            json!([true, true]),
        );
        let out = answer(&anki.ctx(), &["1:good".into(), "2:again".into()]).unwrap();
        assert!(out.failure.is_none());
        assert_eq!(rendered(&out.output, Format::Tsv), "1\tyes\n2\tyes\n");
        let bad = answer(&anki.ctx(), &["1:fine".into()]).unwrap_err();
        assert_eq!(bad.status().code(), 2);
    }

    #[test]
    fn unknown_cards_fail_answer_and_set_ease_after_their_per_card_result() {
        let anki = FakeAnki::new()
            .reply("answerCards", json!([true, false]))
            .reply("setEaseFactors", json!([false, true]));
        let ctx = anki.ctx();
        let out = answer(&ctx, &["1:4".into(), "2:4".into()]).unwrap();
        assert_eq!(rendered(&out.output, Format::Json), "[true,false]\n");
        let err = out.failure.expect("a partial failure");
        assert_eq!(err.to_string(), "card(s) not found, not answered: 2");
        assert_eq!(err.status().code(), 5);
        let out = set_ease(&ctx, 2500, &CardSelection::ids(&[1, 2])).unwrap();
        assert_eq!(rendered(&out.output, Format::Json), "[false,true]\n");
        let err = out.failure.expect("a partial failure");
        assert_eq!(err.to_string(), "card(s) not found, ease not set: 1");
        assert_eq!(
            anki.params_of("setEaseFactors"),
            [json!({"cards": [1, 2], "easeFactors": [2500, 2500]})]
        );
    }

    #[test]
    fn an_ease_out_of_range_is_refused_before_asking_anki() {
        let anki = FakeAnki::new();
        let err = set_ease(&anki.ctx(), 250, &CardSelection::ids(&[1])).unwrap_err();
        assert!(err.to_string().contains("1000-10000"), "{err}");
    }

    #[test]
    fn set_due_checks_days_and_cards_first() {
        let anki = FakeAnki::new()
            .reply("cardsModTime", json!([{"cardId": 1, "mod": 1}, {}]))
            .reply("cardsModTime", found(1))
            .reply_to(
                "setDueDate",
                json!({"cards": [1], "days": "3-7"}),
                json!(true),
            );
        let ctx = anki.ctx();
        assert!(set_due(&ctx, "7-3", &CardSelection::ids(&[1])).is_err());
        let err = set_due(&ctx, "0", &CardSelection::ids(&[1, 2])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "card was not found: 2; nothing was changed"
        );
        let out = set_due(&ctx, "3-7", &CardSelection::ids(&[1])).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Set the due date of 1 card(s).")
        );
    }

    #[test]
    fn forget_and_relearn_need_yes_off_a_terminal() {
        let anki = FakeAnki::new().reply("cardsModTime", found(2)).reply_to(
            "forgetCards",
            json!({"cards": [1, 2]}),
            Value::Null,
        );
        let ctx = anki.ctx();
        let err = relearn(&ctx, &CardSelection::ids(&[1]), false).unwrap_err();
        assert_eq!(err.status().code(), 2);
        let out = forget(&ctx, &CardSelection::ids(&[1, 2]), true).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Reset 2 card(s) to new.")
        );
    }
}
