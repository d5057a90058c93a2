//! What commands read besides their flags: JSON arguments (inline, `@FILE` or `-`) and batches of
//! JSON objects.

use serde_json::Value;

use super::context::Ctx;
use crate::error::{CliError, Result};

/// The words (after `note find`, `card find`, `gui browse`) of a positional search joined into the one search they form.
pub fn join_query(words: &[String]) -> String {
    words.join(" ")
}

/// Splits `KEY=VALUE` pairs; values are JSON when they parse as JSON, else strings.
pub fn parse_assignments(pairs: &[String]) -> Result<Vec<(String, Value)>> {
    pairs
        .iter()
        .map(|pair| {
            let (key, raw) = pair
                .split_once('=')
                .filter(|(k, _)| !k.trim().is_empty())
                .ok_or_else(|| CliError::Usage(format!("expected KEY=VALUE, got '{pair}'")))?;
            let value =
                serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()));
            Ok((key.trim().to_string(), value))
        })
        .collect()
}

/// A deck name with no empty level: Anki would name an empty level "blank" (`A::` makes `A::blank`).
pub fn deck_name(s: &str) -> std::result::Result<String, String> {
    if s.split("::").any(|level| level.trim().is_empty()) {
        Err(format!(
            "'{s}' has an empty level; each part between '::' needs a name"
        ))
    } else {
        Ok(s.to_string())
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn assignments_parse_json_or_string() {
        let parsed = parse_assignments(&[
            "new.perDay=30".into(),
            "name=Fast".into(),
            "lapse.delays=[10, 60]".into(),
        ])
        .unwrap();
        assert_eq!(parsed[0], ("new.perDay".into(), json!(30)));
        assert_eq!(parsed[1], ("name".into(), json!("Fast")));
        assert_eq!(parsed[2], ("lapse.delays".into(), json!([10, 60])));
        assert!(parse_assignments(&["novalue".into()])
            .unwrap_err()
            .to_string()
            .contains("'novalue'"));
    }

    #[test]
    fn deck_names_need_every_level() {
        assert!(deck_name("A::B").is_ok());
        for bad in ["", " ", "A::", "::B", "A:: ::B"] {
            assert!(deck_name(bad).is_err(), "{bad}");
        }
    }
}
