//! The MCP tools, generated from the clap tree: one per command that runs without a terminal,
//! named by its path (`note_add`), with an input schema made from its arguments and flags, and
//! the command line a call's arguments make. Adding a command adds its tool.

use std::any::TypeId;

use clap::ArgAction;
use serde_json::{json, Map, Value};

use crate::actions::{Effect, ACTIONS};
use crate::cli::{QUERY_ARG, TERMINAL_ONLY};
use crate::commands::safety::DESTRUCTIVE;
use crate::error::CliError;
use crate::ids;

/// What is never a tool besides the terminal-only commands ([`TERMINAL_ONLY`]): `gui …` needs
/// Anki's window, `mcp` is the server itself, `completions` prints a script for a shell.
pub const NOT_TOOLS: &[&str] = &["gui", "mcp", "completions"];

/// Whether the command (or group) at `path` (`note edit`) is left out of the tools.
pub fn left_out(path: &str) -> bool {
    TERMINAL_ONLY
        .iter()
        .chain(NOT_TOOLS)
        .any(|t| path == *t || path.starts_with(&format!("{t} ")))
}

/// The raw escape hatches: they send whatever they are given, deletions included, so the
/// server runs them only with `--allow-destructive`.
pub const RAW: &[&str] = &["api", "multi"];

/// Commands that send no action of the table and change nothing.
const LOCAL_READS: &[&str] = &["actions", "config path", "config show"];

/// How one argument of a command goes on its command line.
#[derive(Debug, Clone)]
struct Param {
    /// The property name (clap's id, e.g. `deck`).
    id: String,
    /// `--long`, or `None` for a positional.
    long: Option<String>,
    /// A switch: `true` puts the flag on the line.
    switch: bool,
    /// A list of note or card IDs: integers only (`-` would read the server's own stdin).
    ids: bool,
}

/// One tool: a command, its schema and its safety facts.
#[derive(Debug, Clone)]
pub struct ToolSpec {
    /// The tool's name: the command path joined by `_` (`model_field_rename`).
    pub name: String,
    /// The command path (`["model", "field", "rename"]`).
    pub path: Vec<String>,
    /// The command's one-line help and an example.
    pub description: String,
    /// The input schema (JSON Schema of an object).
    pub schema: Map<String, Value>,
    /// Whether it may change the collection (else it only reads).
    pub writes: bool,
    /// Whether it needs consent: in the table of destructive commands, or a raw escape hatch.
    pub destructive: bool,
    params: Vec<Param>,
}

/// Every tool, in the clap tree's order.
pub fn all() -> Vec<ToolSpec> {
    let mut root = <crate::cli::Cli as clap::CommandFactory>::command();
    root.build();
    let mut tools = Vec::new();
    for sub in root.get_subcommands().filter(|s| s.get_name() != "help") {
        collect(sub, vec![sub.get_name().to_string()], &mut tools);
    }
    tools
}

fn collect(node: &clap::Command, path: Vec<String>, out: &mut Vec<ToolSpec>) {
    if left_out(&path.join(" ")) {
        return;
    }
    if node.has_subcommands() {
        // Building the tree added a `help` subcommand to each group: not a command.
        for sub in node.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut deeper = path.clone();
            deeper.push(sub.get_name().to_string());
            collect(sub, deeper, out);
        }
        return;
    }
    out.push(spec(node, path));
}

fn spec(node: &clap::Command, path: Vec<String>) -> ToolSpec {
    let joined = path.join(" ");
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut params = Vec::new();
    for arg in node.get_arguments() {
        let id = arg.get_id().as_str();
        if arg.is_global_set() || arg.is_hide_set() || matches!(id, "help" | "version" | "yes") {
            continue;
        }
        let switch = matches!(arg.get_action(), ArgAction::SetTrue | ArgAction::SetFalse);
        properties.insert(id.to_string(), property(arg, switch));
        if arg.is_required_set() {
            required.push(Value::from(id));
        }
        params.push(Param {
            id: id.to_string(),
            long: arg.get_long().map(String::from),
            switch,
            ids: takes_ids(arg),
        });
    }
    let mut schema = Map::new();
    schema.insert("type".into(), json!("object"));
    schema.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        schema.insert("required".into(), Value::Array(required));
    }
    schema.insert("additionalProperties".into(), json!(false));
    let raw = RAW.contains(&joined.as_str());
    ToolSpec {
        name: path.join("_"),
        description: describe(node, &path),
        schema,
        writes: raw || writes(&joined),
        destructive: raw || DESTRUCTIVE.iter().any(|d| d.command == joined),
        path,
        params,
    }
}

/// Whether `arg` takes note or card IDs (its value name says so: [`ids::is_id_list`]).
fn takes_ids(arg: &clap::Arg) -> bool {
    arg.get_value_names()
        .is_some_and(|names| names.iter().any(|n| ids::is_id_list(n.as_str())))
}

/// The JSON Schema of one argument: its type (an array when it takes several values), its
/// choices, its help and its default.
fn property(arg: &clap::Arg, switch: bool) -> Value {
    let mut p = Map::new();
    let scalar = if switch {
        json!({"type": "boolean"})
    } else if takes_ids(arg) {
        json!({"type": "integer"})
    } else {
        let choices: Vec<Value> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| Value::from(v.get_name()))
            .collect();
        let parser = arg.get_value_parser().type_id();
        if !choices.is_empty() {
            json!({"type": "string", "enum": choices})
        } else if [
            TypeId::of::<i64>(),
            TypeId::of::<u64>(),
            TypeId::of::<u32>(),
        ]
        .iter()
        .chain(&[
            TypeId::of::<i32>(),
            TypeId::of::<usize>(),
            TypeId::of::<u16>(),
        ])
        .any(|t| parser == *t)
        {
            json!({"type": "integer"})
        } else if parser == TypeId::of::<f64>() || parser == TypeId::of::<f32>() {
            json!({"type": "number"})
        } else if parser == TypeId::of::<bool>() {
            json!({"type": "boolean"})
        } else {
            json!({"type": "string"})
        }
    };
    let many = !switch
        && arg.get_id() != QUERY_ARG
        && (matches!(arg.get_action(), ArgAction::Append)
            || arg.get_num_args().is_some_and(|n| n.max_values() > 1));
    if many {
        p.insert("type".into(), json!("array"));
        p.insert("items".into(), scalar);
    } else if let Value::Object(scalar) = scalar {
        p.extend(scalar);
    }
    if let Some(help) = arg.get_help() {
        let help = help.to_string();
        // `-` reads the command's stdin, which is the server's protocol channel here.
        let help = match help.strip_suffix(", or - to read them from stdin") {
            Some(ids) if takes_ids(arg) => ids.to_string(),
            _ => help,
        };
        p.insert("description".into(), Value::from(help));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    if let ([default], false, false) = (&defaults[..], switch, many) {
        let typed = match p.get("type").and_then(Value::as_str) {
            Some("integer") => default.parse::<i64>().map(Value::from).ok(),
            Some("number") => default.parse::<f64>().map(Value::from).ok(),
            Some("boolean") => default.parse::<bool>().map(Value::from).ok(),
            _ => Some(Value::from(default.as_str())),
        };
        if let Some(typed) = typed {
            p.insert("default".into(), typed);
        }
    }
    Value::Object(p)
}

/// The command's one-line help and the first example of its help, if it has one.
fn describe(node: &clap::Command, path: &[String]) -> String {
    let about = node.get_about().map(|a| a.to_string()).unwrap_or_default();
    let command = format!("anki-cli {}", path.join(" "));
    let example = node.get_after_help().map(|h| h.to_string()).and_then(|h| {
        h.lines()
            .map(str::trim)
            .find(|l| *l == command || l.starts_with(&format!("{command} ")))
            .map(|l| l.split("  ").next().unwrap_or(l).trim().to_string())
    });
    match example {
        Some(example) => format!("{about}. Example: {example}"),
        None => about,
    }
}

/// Whether the command at `path` may change Anki: it sends an action the table marks as a write, or
/// sends none of the table's actions (and is not a known local read).
fn writes(path: &str) -> bool {
    if LOCAL_READS.contains(&path) {
        return false;
    }
    let mut sent = ACTIONS.iter().filter(|a| {
        let words: Vec<&str> = a
            .command
            .split(' ')
            .take_while(|w| !w.starts_with('-'))
            .collect();
        words.join(" ") == path
    });
    let mut any = false;
    let writes = sent.any(|a| {
        any = true;
        a.effect != Effect::Read
    });
    writes || !any
}

impl ToolSpec {
    /// The command line a call with `args` makes: the command path, its flags (and `--yes`
    /// when `yes`), then `--` and the positional arguments. Global flags are not arguments: they
    /// come from the server's own settings.
    pub fn command_line(
        &self,
        args: &Map<String, Value>,
        yes: bool,
    ) -> Result<Vec<String>, CliError> {
        let mut line = vec!["anki-cli".to_string()];
        line.extend(self.path.iter().cloned());
        // Positionals go in the command's order, whatever order the call's object has.
        let mut positionals: Vec<(usize, Vec<String>)> = Vec::new();
        for (key, value) in args {
            let Some((index, param)) = self.params.iter().enumerate().find(|(_, p)| p.id == *key)
            else {
                let known: Vec<&str> = self.params.iter().map(|p| p.id.as_str()).collect();
                return Err(CliError::Usage(format!(
                    "{} takes no argument '{key}' (it takes: {})",
                    self.name,
                    known.join(", ")
                )));
            };
            if value.is_null() {
                continue;
            }
            if param.switch {
                match value {
                    Value::Bool(true) => {
                        line.push(format!("--{}", param.long.as_deref().unwrap_or(key)))
                    }
                    Value::Bool(false) => {}
                    other => {
                        return Err(CliError::Usage(format!(
                            "{key} is true or false, not {other}"
                        )))
                    }
                }
                continue;
            }
            let values = match value {
                Value::Array(items) => items
                    .iter()
                    .map(|v| word(key, v))
                    .collect::<Result<Vec<_>, _>>()?,
                one => vec![word(key, one)?],
            };
            if param.ids {
                if let Some(bad) = values.iter().find(|v| v.parse::<i64>().is_err()) {
                    return Err(CliError::Usage(format!(
                        "{key} takes IDs (integers), not '{bad}'"
                    )));
                }
            }
            match &param.long {
                Some(long) => line.extend(values.into_iter().map(|v| format!("--{long}={v}"))),
                None => positionals.push((index, values)),
            }
        }
        if yes && self.destructive && !RAW.contains(&self.path.join(" ").as_str()) {
            line.push("--yes".into());
        }
        if !positionals.is_empty() {
            positionals.sort_by_key(|(index, _)| *index);
            line.push("--".into());
            line.extend(positionals.into_iter().flat_map(|(_, values)| values));
        }
        Ok(line)
    }
}

/// One value of argument `key` as a word of the command line.
fn word(key: &str, value: &Value) -> Result<String, CliError> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        other => Err(CliError::Usage(format!(
            "{key} takes a string or a number, not {other}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tool(name: &str) -> ToolSpec {
        all()
            .into_iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("no tool {name}"))
    }

    #[test]
    fn every_command_but_the_terminal_ones_is_a_tool() {
        let tools = all();
        let names: Vec<&str> = tools.iter().map(|t| t.name.as_str()).collect();
        for name in [
            "note_add",
            "deck_list",
            "card_find",
            "model_field_rename",
            "api",
        ] {
            assert!(names.contains(&name), "{name} missing: {names:?}");
        }
        assert!(names.len() > 90 && names.len() < 120, "{}", names.len());
        for name in names.iter() {
            assert!(!name.split('_').any(|w| w == "help"), "{name}");
            assert!(
                !name.starts_with("gui_")
                    && !["repl", "mcp", "completions", "note_edit"].contains(name),
                "{name} needs a terminal"
            );
        }
        let mut unique = names.clone();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }

    #[test]
    fn schemas_have_types_enums_and_required_arguments() {
        let add = tool("note_add");
        let props = &add.schema["properties"];
        assert_eq!(props["fields"]["type"], "array", "{props}");
        assert_eq!(props["deck"]["type"], "string");
        assert!(props.get("yes").is_none());
        let find = tool("note_find");
        assert_eq!(find.schema["properties"]["query"]["type"], "string");
        let ease = tool("card_set-ease");
        assert_eq!(ease.schema["properties"]["ease"]["type"], "integer");
        assert!(ease.schema["required"]
            .as_array()
            .unwrap()
            .contains(&json!("ease")));
        assert_eq!(
            tool("note_find").description,
            "Find notes with Anki's search syntax; prints their IDs. Example: anki-cli note find deck:French tag:verbs"
        );
        assert!(!tool("multi").description.contains("Example: anki-cli adds"));
        for (name, key) in [
            ("note_delete", "notes"),
            ("note_info", "notes"),
            ("tag_add", "notes"),
            ("card_suspend", "cards"),
            ("deck_move", "cards"),
            ("stats_card-reviews", "cards"),
        ] {
            let ids = &tool(name).schema["properties"][key];
            assert_eq!(ids["type"], "array", "{name}: {ids}");
            assert_eq!(ids["items"], json!({"type": "integer"}), "{name}: {ids}");
            assert!(
                !ids["description"].as_str().unwrap().contains("stdin"),
                "{ids}"
            );
        }
        let import = tool("note_import");
        assert!(import.schema["properties"]["on_duplicate"]["enum"]
            .as_array()
            .is_some_and(|e| e.contains(&json!("skip"))));
    }

    #[test]
    fn reads_writes_and_consent_come_from_the_tables() {
        for name in [
            "deck_list",
            "note_find",
            "card_info",
            "status",
            "model_show",
        ] {
            assert!(!tool(name).writes, "{name} only reads");
        }
        for name in [
            "note_add",
            "deck_create",
            "note_import",
            "api",
            "card_suspend",
        ] {
            assert!(tool(name).writes, "{name} writes");
        }
        assert!(tool("note_delete").destructive && tool("multi").destructive);
        assert!(!tool("note_add").destructive);
    }

    #[test]
    fn a_call_makes_a_command_line() {
        let add = tool("note_add");
        let args = json!({"deck": "French", "model": "Basic", "fields": ["Front=-x", "Back=y"], "allow_duplicate": true});
        let line = add.command_line(args.as_object().unwrap(), false).unwrap();
        assert_eq!(
            line,
            [
                "anki-cli",
                "note",
                "add",
                "--deck=French",
                "--model=Basic",
                "--field=Front=-x",
                "--field=Back=y",
                "--allow-duplicate"
            ]
        );
        let delete = tool("note_delete");
        let line = delete
            .command_line(json!({"notes": [1, 2]}).as_object().unwrap(), true)
            .unwrap();
        assert_eq!(
            line,
            ["anki-cli", "note", "delete", "--yes", "--", "1", "2"]
        );
        let err = add
            .command_line(
                json!({"url": "http://elsewhere"}).as_object().unwrap(),
                false,
            )
            .unwrap_err();
        assert_eq!(err.status().code(), 2);
        assert!(err.to_string().contains("url"), "{err}");
        let line = delete
            .command_line(json!({"notes": [1, "2"]}).as_object().unwrap(), true)
            .unwrap();
        assert_eq!(line[4..], ["--", "1", "2"]);
        // `tag add TAGS NOTES...`: positionals in the command's order, not the object's.
        let line = tool("tag_add")
            .command_line(
                json!({"notes": [7], "tags": "a b"}).as_object().unwrap(),
                false,
            )
            .unwrap();
        assert_eq!(line, ["anki-cli", "tag", "add", "--", "a b", "7"]);
        for bad in [json!(["-"]), json!([1.5]), json!(["x"])] {
            let err = delete
                .command_line(json!({ "notes": bad }).as_object().unwrap(), true)
                .unwrap_err();
            assert_eq!(err.status().code(), 2, "{bad}");
            assert!(err.to_string().contains("IDs (integers)"), "{err}");
        }
    }
}
