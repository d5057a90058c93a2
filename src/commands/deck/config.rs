//! `anki-cli deck config`: options groups (deck configurations), read, changed, cloned, removed
//! and assigned, each checked where the add-on would fail silently.

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use crate::api::deck::{
    clone_deck_config_id, get_deck_config, remove_deck_config_id, save_deck_config,
    set_deck_config_id, ConfigId,
};
use crate::api::reply::OrFalse;
use crate::commands::context::Ctx;
use crate::commands::deck::groups::{GroupRef, GROUP_HELP};
use crate::commands::input::{parse_assignments, read_json_arg};
use crate::error::{CliError, Result};
use crate::output::{cell, Output};

/// Subcommands of `anki-cli deck config`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
An options group is shared by every deck that uses it: changing it changes them all.

Examples:
  anki-cli deck config get French
  anki-cli deck config get French -o json > french.json
  anki-cli deck config set French new.perDay=50 'lapse.delays=[10, 60]'
  anki-cli deck config set --file french.json
  anki-cli deck config set French desiredRetention=0.85
  anki-cli deck config clone 'Hard words' --from Default
  anki-cli deck config use 'Hard words' French Spanish
  anki-cli deck config use 1699999999999 French
  anki-cli deck config remove 'Hard words' --yes

Where a group is named (clone --from, use, remove), its ID or its name will do; a name is
looked up among the groups that decks use (AnkiConnect cannot list the others).")]
pub enum DeckConfigCommand {
    /// Show the options group a deck uses
    Get {
        /// Deck name
        deck: String,
    },
    /// Change options: KEY=VALUE pairs on a deck's group, or a whole group from a JSON file
    #[command(after_help = SET_HELP)]
    Set(ConfigSetArgs),
    /// Create a new options group copied from another (default: the Default group, ID 1); prints its ID
    #[command(after_help = GROUP_HELP)]
    Clone {
        /// Name of the new group
        #[arg(value_parser = non_empty)]
        name: String,
        /// The group to copy: its name or ID
        #[arg(long, value_name = "GROUP")]
        from: Option<GroupRef>,
    },
    /// Remove an options group (decks using it fall back to Default)
    #[command(visible_alias = "rm", after_help = GROUP_HELP)]
    Remove {
        /// The group: its name or ID
        #[arg(value_name = "GROUP")]
        group: GroupRef,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Make decks use an options group
    #[command(after_help = GROUP_HELP)]
    Use {
        /// The group: its name or ID
        #[arg(value_name = "GROUP")]
        group: GroupRef,
        /// Deck names
        #[arg(required = true)]
        decks: Vec<String>,
    },
}

/// Arguments of `deck config set`.
#[derive(Debug, Clone, Args)]
pub struct ConfigSetArgs {
    /// Deck whose options group to change (with KEY=VALUE pairs)
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    pub deck: Option<String>,
    /// Settings as dotted keys, e.g. new.perDay=30; values are JSON when they parse as JSON
    #[arg(requires = "deck")]
    pub assignments: Vec<String>,
    /// A whole options group as JSON (as `deck config get -o json` prints it), or - for stdin
    #[arg(long, value_name = "FILE|-")]
    pub file: Option<String>,
}

/// `deck config set --help`: the keys, FSRS's among them.
const SET_HELP: &str = "\
Keys are the group's settings as `deck config get` shows them; a key that is not there is
refused with the keys that are. Some of Anki 26's:
  new.perDay, rev.perDay        new cards and reviews a day
  new.delays, lapse.delays      learning and relearning steps in minutes, e.g. '[1, 10]'
  rev.maxIvl                    the longest interval, in days
  desiredRetention              FSRS: the chance of recalling a card when it is due, which
                                the intervals aim at (0.70-0.99, Anki's default 0.9); higher
                                means more reviews
  fsrsParams6                   FSRS: the model's parameters (Anki's Optimize writes them;
                                fsrsParams5 and fsrsWeights are older FSRS versions')
  sm2Retention                  FSRS: the retention assumed for reviews with no history
  ignoreRevlogsBeforeDate       FSRS: the optimizer skips reviews before this YYYY-MM-DD
  easyDaysPercentages           how many reviews each weekday gets, Monday first (1.0 = normal)
FSRS itself is switched on for the whole collection in Anki's deck options (no AnkiConnect
action reaches that switch); the FSRS keys take effect once it is on. The group is shared:
every deck that uses it changes.

Examples:
  anki-cli deck config set French desiredRetention=0.85
  anki-cli deck config set French new.perDay=50 'lapse.delays=[10, 60]'
  anki-cli deck config get French -o json > french.json && anki-cli deck config set --file french.json";

fn non_empty(s: &str) -> std::result::Result<String, String> {
    if s.trim().is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(s.to_string())
    }
}

/// Runs a `deck config` subcommand.
pub fn run(cmd: &DeckConfigCommand, ctx: &Ctx) -> Result<Output> {
    match cmd {
        DeckConfigCommand::Get { deck } => Ok(Output::Record(get_config(ctx, deck)?)),
        DeckConfigCommand::Set(args) => {
            let config = match (&args.file, &args.deck) {
                (Some(file), _) => {
                    let source = if file == "-" {
                        file.clone()
                    } else {
                        format!("@{file}")
                    };
                    let config = read_json_arg(ctx, &source, "--file")?;
                    if config.get("id").is_none() {
                        return Err(CliError::Usage(
                            "the options group in --file has no \"id\" key".into(),
                        ));
                    }
                    config
                }
                (None, Some(deck)) => {
                    if args.assignments.is_empty() {
                        return Err(CliError::Usage(
                            "give KEY=VALUE pairs to change, e.g. new.perDay=30".into(),
                        ));
                    }
                    let assignments = parse_assignments(&args.assignments)?;
                    let mut config = get_config(ctx, deck)?;
                    for (key, value) in assignments {
                        check_value(&key, &value)?;
                        set_dotted(&mut config, &key, value)?;
                    }
                    config
                }
                (None, None) => {
                    return Err(CliError::Usage(
                        "give a deck and KEY=VALUE pairs, or --file".into(),
                    ))
                }
            };
            let id = config.get("id").cloned().unwrap_or(Value::Null);
            let name = config.get("name").map(cell).unwrap_or_default();
            match ctx.send(save_deck_config(config))? {
                true => Ok(Output::Message {
                    text: format!("Saved options group '{name}' (ID {}).", cell(&id)),
                    result: Value::Bool(true),
                }),
                false => Err(CliError::Refused(format!(
                    "no options group has ID {}; nothing was saved",
                    cell(&id)
                ))),
            }
        }
        DeckConfigCommand::Clone { name, from } => {
            let from = from.as_ref().map(|g| g.resolve(ctx)).transpose()?;
            match ctx.send(clone_deck_config_id(name, from))? {
                OrFalse::Value(id) => Ok(Output::id(id)),
                OrFalse::False => Err(CliError::Refused(format!(
                    "no options group has ID {} to copy from",
                    from.unwrap_or(1)
                ))),
            }
        }
        DeckConfigCommand::Remove { group, yes } => {
            ctx.destructive("deck config remove", *yes)?;
            let id = group.resolve(ctx)?;
            let label = match group {
                GroupRef::Name(name) => format!("'{name}' (ID {id})"),
                GroupRef::Id(_) => id.to_string(),
            };
            ctx.confirm(
                &format!("Remove options group {label}? Decks using it fall back to Default."),
                *yes,
            )?;
            match ctx.send(remove_deck_config_id(id))? {
                true => Ok(Output::Message {
                    text: format!("Removed options group {label}."),
                    result: Value::Bool(true),
                }),
                false => Err(CliError::Refused(format!("no options group has ID {id}"))),
            }
        }
        DeckConfigCommand::Use { group, decks } => use_config(ctx, group.resolve(ctx)?, decks),
    }
}

/// `deck config use`: setDeckConfigId, checked.
///
/// The add-on accepts any group ID, even one that does not exist (the decks then silently use
/// Default). So the decks' groups are read first, the group checked afterwards, and on a
/// wrong ID every deck is put back on its previous group.
fn use_config(ctx: &Ctx, config_id: i64, decks: &[String]) -> Result<Output> {
    let mut before = Vec::new();
    for deck in decks {
        before.push(config_id_of(ctx, deck)?);
    }
    if !ctx.send(set_deck_config_id(decks, config_id))? {
        return Err(CliError::Refused(format!(
            "nothing changed: a deck among {} does not exist",
            decks.join(", ")
        )));
    }
    if ctx.writes_apply() && config_id_of(ctx, &decks[0])? != config_id {
        for (deck, id) in decks.iter().zip(&before) {
            ctx.send(set_deck_config_id(std::slice::from_ref(deck), *id))?;
        }
        return Err(CliError::Refused(format!(
            "no options group has ID {config_id}; nothing was changed"
        )));
    }
    Ok(Output::Message {
        text: format!("{} deck(s) now use options group {config_id}.", decks.len()),
        result: Value::Bool(true),
    })
}

/// The ID of the options group `deck` uses.
fn config_id_of(ctx: &Ctx, deck: &str) -> Result<i64> {
    let config = get_config(ctx, deck)?;
    crate::commands::context::decode::<ConfigId>("getDeckConfig", &config).map(|c| c.id)
}

/// A deck's options group as getDeckConfig returns it (an object; `false` for an unknown deck).
fn get_config(ctx: &Ctx, deck: &str) -> Result<Value> {
    match ctx.send(get_deck_config(deck))? {
        OrFalse::Value(config) => Ok(Value::Object(config)),
        OrFalse::False => Err(CliError::Refused(format!("deck was not found: {deck}"))),
    }
}

/// Refuses values Anki's deck options would not take for the keys it bounds.
fn check_value(key: &str, value: &Value) -> Result<()> {
    if key == "desiredRetention" && !value.as_f64().is_some_and(|r| (0.7..=0.99).contains(&r)) {
        return Err(CliError::Usage(format!(
            "desiredRetention must be a number from 0.70 to 0.99, as in Anki's deck options (got {value})"
        )));
    }
    Ok(())
}

/// Sets `a.b.c` in a JSON object; every key on the path must already exist.
pub fn set_dotted(target: &mut Value, dotted: &str, value: Value) -> Result<()> {
    let mut node = target;
    let parts: Vec<&str> = dotted.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let obj: &mut Map<String, Value> = node.as_object_mut().ok_or_else(|| {
            CliError::Usage(format!(
                "'{}' is not a group of settings",
                parts[..i].join(".")
            ))
        })?;
        if !obj.contains_key(*part) {
            let known: Vec<&String> = obj.keys().collect();
            let place = if i == 0 {
                String::new()
            } else {
                format!(" in '{}'", parts[..i].join("."))
            };
            return Err(CliError::Usage(format!(
                "unknown setting '{dotted}': no '{part}'{place} (known: {})",
                known
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        if i + 1 == parts.len() {
            obj.insert(part.to_string(), value);
            return Ok(());
        }
        node = obj.get_mut(*part).expect("checked above");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn config_use_of_a_missing_group_puts_every_deck_back() {
        // setDeckConfigId accepts any ID; the decks then silently use Default (ID 1).
        let anki = FakeAnki::new()
            .reply_to("getDeckConfig", json!({"deck": "A"}), json!({"id": 5}))
            .reply_to("getDeckConfig", json!({"deck": "B"}), json!({"id": 6}))
            .reply_to(
                "setDeckConfigId",
                json!({"decks": ["A", "B"], "configId": 99}),
                json!(true),
            )
            .reply_to("getDeckConfig", json!({"deck": "A"}), json!({"id": 1}))
            .reply_to(
                "setDeckConfigId",
                json!({"decks": ["A"], "configId": 5}),
                json!(true),
            )
            .reply_to(
                "setDeckConfigId",
                json!({"decks": ["B"], "configId": 6}),
                json!(true),
            );
        let cmd = DeckConfigCommand::Use {
            group: GroupRef::Id(99),
            decks: vec!["A".into(), "B".into()],
        };
        let err = run(&cmd, &anki.ctx()).unwrap_err().to_string();
        assert!(err.contains("no options group has ID 99"), "{err}");
    }

    #[test]
    fn desired_retention_is_bounded_as_in_anki() {
        assert!(check_value("desiredRetention", &json!(0.85)).is_ok());
        let err = check_value("desiredRetention", &json!(85)).unwrap_err();
        assert!(err.to_string().contains("0.70 to 0.99"), "{err}");
        assert!(check_value("desiredRetention", &json!("0.9")).is_err());
        assert!(check_value("new.perDay", &json!(500)).is_ok());
    }

    #[test]
    fn clone_without_source_omits_clone_from() {
        assert_eq!(
            clone_deck_config_id("X", None).request.params,
            Some(json!({"name": "X"}))
        );
    }

    #[test]
    fn dotted_keys_must_exist() {
        let mut config = json!({"new": {"perDay": 20}, "name": "Default"});
        set_dotted(&mut config, "new.perDay", json!(99)).unwrap();
        assert_eq!(config["new"]["perDay"], 99);
        let err = set_dotted(&mut config, "new.perDya", json!(1))
            .unwrap_err()
            .to_string();
        assert!(err.contains("perDya") && err.contains("perDay"), "{err}");
        assert!(set_dotted(&mut config, "name.x", json!(1)).is_err());
    }
}
