//! `anki-cli multi`: run a batch of actions in one request.

use serde_json::Value;

use super::context::Ctx;
use crate::api::misc::multi;
use crate::error::{CliError, Result};
use crate::output::{Output, Table};

/// Help for `anki-cli multi`.
pub const AFTER_HELP: &str = "\
The input is a JSON array of {\"action\", \"params\"} objects, or one such object per line, or
multi's own params object {\"actions\": [...]}.
anki-cli adds \"version\": 6 to each (the add-on assumes 4 without it, and 4 hides errors)
and the API key to each (the add-on checks it on every inner action). Each result prints;
failed items are marked and the exit code is 5 when any failed.

Examples:
  anki-cli multi batch.json
  printf '%s\\n' '{\"action\":\"deckNames\"}' '{\"action\":\"version\"}' | anki-cli multi -";

/// Parses the batch: a JSON array, one JSON object per line, or `{"actions": [...]}` (the
/// params of AnkiConnect's multi).
pub fn parse_actions(text: &str, origin: &str) -> Result<Vec<Value>> {
    let wrapped = serde_json::from_str::<Value>(text)
        .ok()
        .filter(|v| v.get("action").is_none())
        .and_then(|mut v| match v.get_mut("actions").map(Value::take) {
            Some(Value::Array(items)) => Some(items),
            _ => None,
        });
    let items = match wrapped {
        Some(items) if items.is_empty() => {
            return Err(CliError::Usage(format!("{origin} holds no actions")))
        }
        Some(items) => items,
        None => super::input::parse_json_items(text, origin, "action")?,
    };
    for (i, item) in items.iter().enumerate() {
        let ok = item
            .get("action")
            .and_then(Value::as_str)
            .is_some_and(|a| !a.is_empty())
            && item.get("params").is_none_or(Value::is_object);
        if !ok {
            return Err(CliError::Usage(format!(
                "{origin}: item {} needs an \"action\" string and an optional \"params\" object: {item}",
                i + 1
            )));
        }
    }
    Ok(items)
}

/// Runs `multi FILE|-`.
pub fn run(file: &str, ctx: &Ctx) -> Result<super::context::Outcome> {
    let origin = if file == "-" { "stdin" } else { file };
    let text = ctx.read_source(file, "batch")?;
    let actions = parse_actions(&text, origin)?;
    let names: Vec<String> = actions
        .iter()
        .map(|a| a["action"].as_str().unwrap_or_default().to_string())
        .collect();
    // One reply per action: {result, error} (a bare result for an inner version below 5).
    let (replies, result) = ctx.send_each(multi::<Value>(actions), names.len())?;
    let mut table = Table::new(&["#", "Action", "Status", "Result"], result);
    let mut failed = 0;
    for (i, (name, reply)) in names.iter().zip(&replies).enumerate() {
        let (status, shown) = match reply.get("error") {
            Some(Value::Null) | None => ("ok", reply.get("result").unwrap_or(reply).to_string()),
            Some(err) => {
                failed += 1;
                (
                    "FAILED",
                    err.as_str()
                        .map_or_else(|| err.to_string(), crate::error::clean_message),
                )
            }
        };
        table.push(vec![
            (i + 1).to_string(),
            name.clone(),
            status.into(),
            shown,
        ]);
    }
    let failure = (failed > 0)
        .then(|| CliError::Partial(format!("{failed} of {} actions failed", names.len())));
    Ok(super::context::Outcome {
        output: Output::Table(table),
        failure,
        more: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    #[test]
    fn batches_parse_as_array_or_lines() {
        let a = parse_actions(
            r#"[{"action": "deckNames"}, {"action": "x", "params": {"a": 1}}]"#,
            "f",
        )
        .unwrap();
        assert_eq!(a.len(), 2);
        let b = parse_actions(
            "{\"action\": \"deckNames\"}\n\n{\"action\": \"version\"}\n",
            "f",
        )
        .unwrap();
        assert_eq!(b.len(), 2);
        assert!(parse_actions("{\"action\": 1}", "f")
            .unwrap_err()
            .to_string()
            .contains("item 1"));
        assert!(parse_actions("{\"action\": \"a\"}\nnope", "f")
            .unwrap_err()
            .to_string()
            .contains("line 2"));
        assert!(parse_actions("[]", "f").is_err());
    }

    #[test]
    fn the_params_of_multi_are_taken_as_they_are() {
        let a = parse_actions(
            "{\n  \"actions\": [{\"action\": \"deckNames\"}, {\"action\": \"version\"}]\n}\n",
            "f",
        )
        .unwrap();
        assert_eq!(a[1]["action"], "version");
        assert!(parse_actions(r#"{"actions": []}"#, "f").is_err());
        let err = parse_actions(r#"{"actions": [{"params": {}}]}"#, "f").unwrap_err();
        assert!(err.to_string().contains("item 1"), "{err}");
    }

    #[test]
    fn each_reply_prints_and_a_failed_one_sets_the_exit_code() {
        let dir = tempfile::tempdir().unwrap();
        let batch = dir.path().join("batch.json");
        std::fs::write(&batch, r#"[{"action": "deckNames"}, {"action": "nope"}]"#).unwrap();
        let anki = FakeAnki::new().reply(
            "multi",
            json!([{"result": ["Default"], "error": null},
                   {"result": null, "error": "unsupported action"}]),
        );
        let outcome = run(&batch.display().to_string(), &anki.ctx()).unwrap();
        assert_eq!(
            rendered(&outcome.output, Format::Tsv),
            "1\tdeckNames\tok\t[\"Default\"]\n2\tnope\tFAILED\tunsupported action\n"
        );
        assert_eq!(outcome.failure.unwrap().status().code(), 5);
        let short = FakeAnki::new().reply("multi", json!([{"result": 1, "error": null}]));
        let err = run(&batch.display().to_string(), &short.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 3, "one reply for two actions: {err}");
    }
}
