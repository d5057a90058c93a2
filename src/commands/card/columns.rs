//! `card set`: raw card columns as KEY=VALUE, with the checks that keep it from silently doing
//! nothing or overwriting scheduling unasked.

use serde_json::Value;

use crate::api::card::{set_specific_value_of_card, SetOutcome};
use crate::commands::context::Ctx;
use crate::commands::input::parse_assignments;
use crate::error::{CliError, Result};
use crate::output::Output;

/// The card columns `setSpecificValueOfCard` can change: what Anki saves of a card.
/// Other names are set on a Python object and silently dropped (`mod` and `usn` Anki sets itself).
pub const CARD_KEYS: &[&str] = &[
    "custom_data",
    "decay",
    "desired_retention",
    "did",
    "due",
    "factor",
    "flags",
    "id",
    "ivl",
    "lapses",
    "last_review_time",
    "left",
    "nid",
    "odid",
    "odue",
    "ord",
    "original_position",
    "queue",
    "reps",
    "type",
];

/// The columns `card set` may overwrite without `--yes`: a flag and the deck are ordinary edits;
/// every other column holds scheduling or identity that cannot be got back once overwritten.
pub const ORDINARY_KEYS: &[&str] = &["flags", "did"];

/// The keys AnkiConnect refuses without `warning_check` (they can corrupt scheduling).
pub const RISKY_KEYS: &[&str] = &[
    "did", "id", "ivl", "lapses", "left", "mod", "nid", "odid", "odue", "ord", "queue", "reps",
    "type", "usn",
];

/// Checks `card set` keys: each must be a card column Anki saves.
pub fn check_card_keys(keys: &[String]) -> Result<()> {
    match keys.iter().find(|k| !CARD_KEYS.contains(&k.as_str())) {
        None => Ok(()),
        Some(key) => Err(CliError::Usage(format!(
            "unknown card key '{key}': Anki would silently ignore it (keys: {})",
            CARD_KEYS.join(", ")
        ))),
    }
}

/// `card set`: checks the keys, asks before overwriting scheduling or identity columns, then
/// sends setSpecificValueOfCard and reads its answer.
pub fn set_columns(
    ctx: &Ctx,
    card: i64,
    values: &[String],
    warning_check: bool,
    yes: bool,
) -> Result<Output> {
    let pairs = parse_assignments(values)?;
    let keys: Vec<String> = pairs.iter().map(|(k, _)| k.clone()).collect();
    check_card_keys(&keys)?;
    let overwritten: Vec<&str> = keys
        .iter()
        .map(String::as_str)
        .filter(|k| !ORDINARY_KEYS.contains(k))
        .collect();
    if !overwritten.is_empty() {
        ctx.destructive("card set", yes)?;
        ctx.confirm(
            &format!(
                "Overwrite {} of card {card}? The old values cannot be got back.",
                overwritten.join(", ")
            ),
            yes,
        )?;
    }
    // Numbers go as JSON numbers: current Anki rejects "1" for an integer column.
    let vals: Vec<Value> = pairs.iter().map(|(_, v)| v.clone()).collect();
    let call = set_specific_value_of_card(card, &keys, &vals, warning_check);
    // [true] per key, [false, why] for a refused one, or false for a risky key.
    let (reply, result) = ctx.send_raw(call)?;
    match reply
        .into_option()
        .as_deref()
        .and_then(<[SetOutcome]>::first)
    {
        Some(SetOutcome::Done(true)) => Ok(Output::Message {
            text: format!("Updated card {card}."),
            result,
        }),
        Some(SetOutcome::Failed(_, why)) => Err(CliError::Refused(format!("card {card}: {why}"))),
        Some(SetOutcome::Done(false)) => Err(CliError::unexpected_reply(
            "setSpecificValueOfCard",
            &result,
            "expected true or [false, reason] per key",
        )),
        None => {
            let risky: Vec<&str> = keys
                .iter()
                .map(String::as_str)
                .filter(|k| RISKY_KEYS.contains(k))
                .collect();
            Err(CliError::Refused(format!(
                "AnkiConnect refused to set {}: it can corrupt scheduling; add --warning-check to set it anyway",
                if risky.is_empty() { "these keys".to_string() } else { risky.join(", ") }
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn card_keys_must_be_columns_anki_saves() {
        assert!(check_card_keys(&["flags".into(), "odue".into()]).is_ok());
        let err = check_card_keys(&["flags".into(), "flag".into()])
            .unwrap_err()
            .to_string();
        assert!(err.contains("'flag'") && err.contains("flags"), "{err}");
        assert!(
            check_card_keys(&["mod".into()]).is_err(),
            "Anki sets mod itself"
        );
    }

    #[test]
    fn a_flag_is_set_without_asking_and_sent_as_a_number() {
        let anki = FakeAnki::new().reply("setSpecificValueOfCard", json!([true]));
        let out = set_columns(&anki.ctx(), 7, &["flags=1".into()], false, false).unwrap();
        assert!(matches!(out, Output::Message { ref text, .. } if text == "Updated card 7."));
        assert_eq!(
            anki.params_of("setSpecificValueOfCard"),
            [json!({"card": 7, "keys": ["flags"], "newValues": [1]})]
        );
    }

    #[test]
    fn refusals_name_the_reason_or_the_risky_keys() {
        let anki = FakeAnki::new()
            .reply("setSpecificValueOfCard", json!([[false, "no such card"]]))
            .reply("setSpecificValueOfCard", json!(false));
        let ctx = anki.ctx();
        let err = set_columns(&ctx, 7, &["flags=1".into()], false, true).unwrap_err();
        assert_eq!(err.to_string(), "card 7: no such card");
        let err = set_columns(&ctx, 7, &["ivl=3".into(), "flags=1".into()], false, true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("refused to set ivl:"), "{err}");
    }

    #[test]
    fn overwriting_scheduling_off_a_terminal_needs_yes() {
        let anki = FakeAnki::new();
        let err = set_columns(&anki.ctx(), 7, &["due=3".into()], false, false).unwrap_err();
        assert!(err.to_string().contains("--yes"), "{err}");
        assert!(anki.sent().is_empty());
    }
}
