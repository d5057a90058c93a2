//! `anki-cli api`: the escape hatch that sends any action raw.

use clap::Args;
use serde_json::Value;

use super::context::Ctx;
use super::input::read_json_arg;
use crate::error::{CliError, Result};
use crate::output::{Format, Output};
use crate::request::Request;

/// Arguments of `anki-cli api`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "\
Examples:
  anki-cli api deckNames
  anki-cli api createDeck --params '{\"deck\": \"Japanese::Tokyo\"}'
  anki-cli api findNotes --params @query.json
  echo '{\"query\": \"deck:French\"}' | anki-cli api findCards --params -

The result prints as JSON whatever the output format, except that with -o ids a list of IDs
(or one ID) prints one per line; AnkiConnect's error exits 1.")]
pub struct ApiArgs {
    /// The AnkiConnect action, e.g. deckNames (see `anki-cli actions`)
    pub action: String,

    /// The params object: inline JSON, @FILE, or - for stdin
    #[arg(long, short = 'p', value_name = "JSON|@FILE|-")]
    pub params: Option<String>,
}

/// Builds the request for `api` from an action name and optional params.
pub fn build(action: &str, params: Option<Value>) -> Result<Request> {
    if action.trim().is_empty() {
        return Err(CliError::Usage("the action name is empty".into()));
    }
    match params {
        None => Ok(Request::bare(action)),
        Some(obj @ Value::Object(_)) => Ok(Request::new(action, obj)),
        Some(other) => Err(CliError::Usage(format!(
            "--params must be a JSON object, got {other}"
        ))),
    }
}

/// Runs `api`.
pub fn run(args: &ApiArgs, ctx: &Ctx) -> Result<Output> {
    let params = args
        .params
        .as_deref()
        .map(|p| read_json_arg(ctx, p, "--params"))
        .transpose()?;
    let request = build(&args.action, params)?;
    let result = ctx.call(request)?;
    if ctx.settings.output.value == Format::Ids {
        if let Some(ids) = as_ids(&result) {
            return Ok(Output::Ids(ids));
        }
    }
    Ok(Output::Json(result))
}

/// A result that is a list of IDs (findNotes, addNotes, …) or one ID (addNote, createDeck).
fn as_ids(result: &Value) -> Option<Vec<i64>> {
    match result {
        Value::Array(items) => items.iter().map(Value::as_i64).collect(),
        one => one.as_i64().map(|id| vec![id]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use serde_json::json;

    #[test]
    fn builds_bare_and_param_requests() {
        assert_eq!(
            build("deckNames", None).unwrap().to_json(),
            json!({"action": "deckNames", "version": 6})
        );
        let req = build("createDeck", Some(json!({"deck": "Japanese::Tokyo"}))).unwrap();
        assert_eq!(
            req.to_json(),
            json!({"action": "createDeck", "version": 6, "params": {"deck": "Japanese::Tokyo"}})
        );
    }

    #[test]
    fn id_results_are_lists_of_integers() {
        assert_eq!(as_ids(&json!([1, 2])), Some(vec![1, 2]));
        assert_eq!(as_ids(&json!(7)), Some(vec![7]));
        assert_eq!(as_ids(&json!([])), Some(vec![]));
        assert_eq!(as_ids(&json!([1, "x"])), None);
        assert_eq!(as_ids(&json!({"a": 1})), None);
        assert_eq!(as_ids(&json!(null)), None);
    }

    #[test]
    fn params_must_be_an_object() {
        let err = build("x", Some(json!([1]))).unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(err.to_string().contains("[1]"));
    }

    #[test]
    fn the_result_prints_raw() {
        let anki =
            FakeAnki::new().reply_to("createDeck", json!({"deck": "A"}), json!(1519323742721_i64));
        let args = ApiArgs {
            action: "createDeck".into(),
            params: Some(r#"{"deck": "A"}"#.into()),
        };
        let out = run(&args, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Json), "1519323742721\n");
        let failing = FakeAnki::new().fail("createDeck", "boom");
        assert_eq!(run(&args, &failing.ctx()).unwrap_err().status().code(), 1);
    }
}
