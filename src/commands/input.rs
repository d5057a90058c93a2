//! What commands read besides their flags: JSON arguments (inline, `@FILE` or `-`) and batches of
//! JSON objects.

use serde_json::Value;

use super::context::Ctx;
use crate::error::{CliError, Result};

/// Parses a batch of JSON objects: one JSON array, or one object per line (blank lines skipped).
/// `item` names an entry in errors ("note", "action").
pub fn parse_json_items(text: &str, origin: &str, item: &str) -> Result<Vec<Value>> {
    let items: Vec<Value> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text)
            .map_err(|e| CliError::Usage(format!("{origin} is not a valid JSON array: {e}")))?
    } else {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                serde_json::from_str(l).map_err(|e| {
                    CliError::Usage(format!("{origin} line {}: not valid JSON: {e}", i + 1))
                })
            })
            .collect::<Result<_>>()?
    };
    if items.is_empty() {
        return Err(CliError::Usage(format!("{origin} holds no {item}s")));
    }
    if let Some(i) = items.iter().position(|v| !v.is_object()) {
        return Err(CliError::Usage(format!(
            "{origin}: {item} {} is not a JSON object",
            i + 1
        )));
    }
    Ok(items)
}

/// Reads a JSON argument: inline text, `@FILE`, or `-` for stdin.
pub fn read_json_arg(ctx: &Ctx, arg: &str, what: &str) -> Result<Value> {
    let (text, origin) = if arg == "-" {
        (ctx.read_stdin()?, "stdin".to_string())
    } else if let Some(path) = arg.strip_prefix('@') {
        (ctx.read_source(path, what)?, path.to_string())
    } else {
        (arg.to_string(), what.to_string())
    };
    serde_json::from_str(&text).map_err(|e| {
        let what = if origin == what {
            what.to_string()
        } else {
            format!("{what} from {origin}")
        };
        CliError::Usage(format!("{what} is not valid JSON: {e}"))
    })
}
