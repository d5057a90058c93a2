//! IDs from arguments or from stdin (`-`), so `find … | … -` pipelines work.

use serde_json::Value;

use crate::error::{CliError, Result};

/// The value name of an argument that takes note IDs (or `-`): `--help` shows it, and the MCP
/// tools type such an argument as an array of integers.
pub const NOTE_ID: &str = "NOTE_ID";

/// The value name of an argument that takes card IDs (or `-`); see [`NOTE_ID`].
pub const CARD_ID: &str = "CARD_ID";

/// Whether an argument with this value name takes a list of IDs ([`NOTE_ID`], [`CARD_ID`]).
pub fn is_id_list(value_name: &str) -> bool {
    [NOTE_ID, CARD_ID].contains(&value_name)
}

/// Parses ID arguments; a lone `-` is replaced by what `read_stdin` returns.
///
/// Stdin may hold IDs separated by whitespace or newlines, or one JSON array. When `-` reads no
/// IDs at all (`card find` matched nothing), there is nothing to do: [`CliError::NothingToDo`]
/// stops the command before it sends anything, and it exits 0. No IDs on the command line at
/// all is a usage error.
pub fn parse_ids(
    args: &[String],
    read_stdin: &mut dyn FnMut() -> Result<String>,
) -> Result<Vec<i64>> {
    let mut ids = Vec::new();
    for arg in args {
        if arg == "-" {
            ids.extend(parse_id_text(&read_stdin()?, "stdin")?);
        } else {
            ids.push(parse_one(arg, "argument")?);
        }
    }
    if ids.is_empty() && args.iter().any(|a| a == "-") {
        return Err(CliError::NothingToDo(
            "no IDs on stdin: nothing to do, nothing was sent".into(),
        ));
    }
    if ids.is_empty() {
        return Err(CliError::Usage(
            "no IDs given (pass IDs as arguments, or - to read them from stdin)".into(),
        ));
    }
    Ok(ids)
}

/// Parses a block of text holding IDs: whitespace-separated, or a JSON array.
pub fn parse_id_text(text: &str, origin: &str) -> Result<Vec<i64>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let value: Value = serde_json::from_str(trimmed).map_err(|e| {
            CliError::Usage(format!("IDs on {origin} are not a valid JSON array: {e}"))
        })?;
        let items = value.as_array().cloned().unwrap_or_default();
        return items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Number(n) if n.as_i64().is_some() => Ok(n.as_i64().unwrap_or_default()),
                Value::String(s) => parse_one(s, origin),
                other => Err(CliError::Usage(format!(
                    "item {} on {origin} is not an ID: {other}",
                    i + 1
                ))),
            })
            .collect();
    }
    text.split_whitespace()
        .map(|token| parse_one(token, origin))
        .collect()
}

fn parse_one(token: &str, origin: &str) -> Result<i64> {
    token
        .parse::<i64>()
        .ok()
        .filter(|id| *id >= 0)
        .ok_or_else(|| CliError::Usage(format!("not a valid ID on {origin}: '{token}'")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], stdin: &str) -> Result<Vec<i64>> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let stdin = stdin.to_string();
        parse_ids(&args, &mut || Ok(stdin.clone()))
    }

    #[test]
    fn arguments_and_stdin_mix() {
        assert_eq!(
            parse(&["1", "-", "4"], "2\n 3\n").unwrap(),
            vec![1, 2, 3, 4]
        );
    }

    #[test]
    fn stdin_may_be_a_json_array() {
        assert_eq!(
            parse(&["-"], "[10, 11, \"12\"]\n").unwrap(),
            vec![10, 11, 12]
        );
    }

    #[test]
    fn bad_tokens_are_named() {
        let err = parse(&["12", "x7"], "").unwrap_err();
        assert!(err.to_string().contains("'x7'"));
        assert_eq!(err.status().code(), 2);
        assert!(parse(&["-"], "[1, {}]")
            .unwrap_err()
            .to_string()
            .contains("item 2"));
        assert!(parse(&["-5"], "").is_err());
    }

    #[test]
    fn no_ids_on_stdin_is_nothing_to_do_but_no_arguments_is_a_usage_error() {
        for stdin in ["", "  \n", "[]"] {
            let err = parse(&["-"], stdin).unwrap_err();
            assert!(matches!(err, CliError::NothingToDo(_)), "{stdin:?}: {err}");
            assert_eq!(err.status().code(), 0);
        }
        let err = parse(&[], "").unwrap_err();
        assert_eq!(err.status().code(), 2, "{err}");
    }
}
