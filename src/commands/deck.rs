//! `anki-cli deck`: all 13 deck actions.

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::context::Ctx;
use super::existing::{require_cards, require_decks};
use super::input::{deck_name, parse_assignments, read_json_arg};
use crate::api::deck::{
    change_deck, clone_deck_config_id, create_deck, deck_name_from_id, deck_names,
    deck_names_and_ids, delete_decks, get_deck_config, get_deck_stats, get_decks,
    remove_deck_config_id, save_deck_config, set_deck_config_id, ConfigId,
};
use crate::api::reply::OrFalse;
use crate::error::{CliError, Result};
use crate::output::{cell, Output, Table};

/// Subcommands of `anki-cli deck`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli deck list
  anki-cli deck create 'Japanese::JLPT N3'
  anki-cli deck stats Default 'Japanese::JLPT N3'
  anki-cli api findCards --params '{\"query\":\"deck:Default\"}' | anki-cli deck move - --to Archive
  anki-cli deck delete Scratch --yes
  anki-cli deck config get Default
  anki-cli deck config set Default new.perDay=30 rev.perDay=300")]
pub enum DeckCommand {
    /// List decks with their IDs
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  anki-cli deck list\n  anki-cli deck list --names -o tsv\n  anki-cli deck list -o json | jq 'keys'"
    )]
    List {
        /// Names only (the deckNames action)
        #[arg(long)]
        names: bool,
    },

    /// Create decks (parents such as `A` in `A::B` are created too); prints the new IDs
    #[command(
        after_help = "An existing deck is left as it is and its ID printed.\n\nExamples:\n  anki-cli deck create French\n  anki-cli deck create 'Japanese::JLPT N3' 'Japanese::JLPT N2'"
    )]
    Create {
        /// Deck names; `::` separates levels
        #[arg(required = true, value_parser = deck_name)]
        names: Vec<String>,
    },

    /// Delete decks together with all their cards and subdecks
    #[command(
        visible_alias = "rm",
        after_help = "Asks first on a terminal; otherwise needs --yes. Unknown names stop the command before anything is deleted.\n\nExamples:\n  anki-cli deck delete Scratch\n  anki-cli deck delete 'Old::Stuff' Temp --yes"
    )]
    Delete {
        /// Deck names
        #[arg(required = true)]
        names: Vec<String>,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },

    /// New, learning and review counts per deck (all decks when none are named)
    #[command(
        after_help = "Due counts include subdecks; \"Own cards\" counts the cards directly in the deck.\n\nExamples:\n  anki-cli deck stats\n  anki-cli deck stats French Spanish -o tsv"
    )]
    Stats {
        /// Deck names
        names: Vec<String>,
    },

    /// Move cards to a deck (created if missing)
    #[command(
        after_help = "Examples:\n  anki-cli deck move 1502098034045 1502098034048 --to 'Japanese::JLPT N3'\n  anki-cli api findCards --params '{\"query\":\"tag:leech\"}' | anki-cli deck move - --to Leeches"
    )]
    Move {
        /// Card IDs, or - to read them from stdin
        #[arg(required = true)]
        cards: Vec<String>,
        /// The target deck
        #[arg(long, value_name = "DECK", value_parser = deck_name)]
        to: String,
    },

    /// Show which deck each card is in
    #[command(after_help = "Examples:\n  anki-cli deck of-cards 1502298036657 1502032366472")]
    OfCards {
        /// Card IDs, or - to read them from stdin
        #[arg(required = true)]
        cards: Vec<String>,
    },

    /// Print the name of the deck with this ID
    #[command(
        after_help = "Examples:\n  anki-cli deck name 1\n  anki-cli deck name 1519323742721"
    )]
    Name {
        /// A deck ID
        id: i64,
    },

    /// Options groups (deck configurations): get, set, clone, remove, use
    #[command(subcommand)]
    Config(DeckConfigCommand),
}

/// Subcommands of `anki-cli deck config`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
An options group is shared by every deck that uses it: changing it changes them all.

Examples:
  anki-cli deck config get French
  anki-cli deck config get French -o json > french.json
  anki-cli deck config set French new.perDay=50 'lapse.delays=[10, 60]'
  anki-cli deck config set --file french.json
  anki-cli deck config clone 'Intensive' --from 1
  anki-cli deck config use 1699999999999 French Spanish
  anki-cli deck config remove 1699999999999 --yes")]
pub enum DeckConfigCommand {
    /// Show the options group a deck uses
    Get {
        /// Deck name
        deck: String,
    },
    /// Change options: KEY=VALUE pairs on a deck's group, or a whole group from a JSON file
    Set(ConfigSetArgs),
    /// Create a new options group copied from another (default: the Default group, ID 1)
    Clone {
        /// Name of the new group
        #[arg(value_parser = non_empty)]
        name: String,
        /// ID of the group to copy
        #[arg(long, value_name = "CONFIG_ID")]
        from: Option<i64>,
    },
    /// Remove an options group (decks using it fall back to Default)
    #[command(visible_alias = "rm")]
    Remove {
        /// The group's ID
        id: i64,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// Make decks use an options group
    Use {
        /// The group's ID
        config_id: i64,
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

fn non_empty(s: &str) -> std::result::Result<String, String> {
    if s.trim().is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(s.to_string())
    }
}

// ---- running ----

/// Runs a `deck` subcommand.
pub fn run(cmd: &DeckCommand, ctx: &Ctx) -> Result<Output> {
    match cmd {
        DeckCommand::List { names: true } => {
            let (names, result) = ctx.send_raw(deck_names())?;
            let mut table = Table::new(&["Deck"], result);
            for name in names {
                table.push(vec![name]);
            }
            Ok(Output::Table(table))
        }
        DeckCommand::List { names: false } => {
            let (decks, result) = ctx.send_raw(deck_names_and_ids())?;
            let mut table = Table::new(&["Deck", "ID"], result).with_ids(1);
            for (name, id) in decks.0 {
                table.push(vec![name, id.to_string()]);
            }
            Ok(Output::Table(table))
        }
        DeckCommand::Create { names } => Ok(Output::Ids(
            ctx.send_all(names.iter().map(|n| create_deck(n)).collect())?,
        )),
        DeckCommand::Delete { names, yes } => {
            ctx.destructive("deck delete", *yes)?;
            require_decks(ctx, names, true)?;
            let what = if names.len() == 1 {
                format!("deck '{}'", names[0])
            } else {
                format!("{} decks", names.len())
            };
            // Anki never deletes the Default deck (ID 1): only its cards and subdecks go.
            let default_kept = if names.iter().any(|n| n == "Default") {
                " (Anki keeps the Default deck itself, emptied)"
            } else {
                ""
            };
            ctx.confirm(
                &format!("Delete {what} with all its cards and subdecks{default_kept}?"),
                *yes,
            )?;
            ctx.send(delete_decks(names))?;
            Ok(Output::Message {
                text: format!("Deleted {what}{default_kept}."),
                result: Value::Null,
            })
        }
        DeckCommand::Stats { names } => stats(ctx, names),
        DeckCommand::Move { cards, to } => {
            let cards = ctx.ids(cards)?;
            // changeDeck skips unknown IDs silently (and still creates the deck).
            require_cards(ctx, &cards, true)?;
            ctx.send(change_deck(&cards, to))?;
            Ok(Output::Message {
                text: format!("Moved {} card(s) to '{to}'.", cards.len()),
                result: Value::Null,
            })
        }
        DeckCommand::OfCards { cards } => {
            let cards = ctx.ids(cards)?;
            // getDecks files an unknown ID under the Default deck.
            require_cards(ctx, &cards, false)?;
            let (decks, result) = ctx.send_raw(get_decks(&cards))?;
            let mut table = Table::new(&["Deck", "Cards"], result);
            for (deck, ids) in decks.0 {
                let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
                table.push(vec![deck, ids.join(" ")]);
            }
            Ok(Output::Table(table))
        }
        DeckCommand::Name { id } => {
            let name = ctx.send(deck_name_from_id(*id))?;
            // The add-on falls back to the Default deck (ID 1) for unknown IDs.
            if *id != 1 && name == "Default" {
                return Err(CliError::Refused(format!("deck was not found: {id}")));
            }
            Ok(Output::Message {
                text: name.clone(),
                result: Value::String(name),
            })
        }
        DeckCommand::Config(cmd) => run_config(cmd, ctx),
    }
}

fn stats(ctx: &Ctx, names: &[String]) -> Result<Output> {
    // getDeckStats creates any deck it is asked about, so names are checked first
    // (and the look-up gives full names for the rows). A dry run skips it when it can.
    let mut full_names: Vec<(i64, String)> = Vec::new();
    let names: Vec<String> = if ctx.dry_run && !names.is_empty() {
        names.to_vec()
    } else {
        let all = ctx.send(deck_names_and_ids())?;
        for (name, id) in all.0 {
            full_names.push((id, name));
        }
        let missing: Vec<&str> = names
            .iter()
            .map(String::as_str)
            .filter(|n| !full_names.iter().any(|(_, f)| f == n))
            .collect();
        if !missing.is_empty() {
            return Err(CliError::Refused(format!(
                "deck was not found: {}",
                missing.join(", ")
            )));
        }
        if names.is_empty() {
            full_names.iter().map(|(_, n)| n.clone()).collect()
        } else {
            names.to_vec()
        }
    };
    let (stats, result) = ctx.send_raw(get_deck_stats(&names))?;
    let mut table = Table::new(
        &["Deck", "ID", "New", "Learning", "Review", "Own cards"],
        result.clone(),
    )
    .with_ids(1);
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    for s in stats.values() {
        let name = full_names
            .iter()
            .find(|(i, _)| *i == s.deck_id)
            .map_or_else(|| s.name.clone(), |(_, n)| n.clone());
        let order = names.iter().position(|n| *n == name).unwrap_or(usize::MAX);
        let own = s.total_in_deck.map(|n| n.to_string()).unwrap_or_default();
        rows.push((
            order,
            vec![
                name,
                s.deck_id.to_string(),
                s.new_count.to_string(),
                s.learn_count.to_string(),
                s.review_count.to_string(),
                own,
            ],
        ));
    }
    // Anki leaves an empty Default deck out of its deck tree, so the add-on has no entry
    // for it: its counts are all zero.
    if let Some(order) = names.iter().position(|n| n == "Default") {
        if !stats.values().any(|s| s.deck_id == 1) {
            let zero = || "0".to_string();
            rows.push((
                order,
                vec!["Default".into(), "1".into(), zero(), zero(), zero(), zero()],
            ));
        }
    }
    rows.sort_by_key(|(order, _)| *order);
    for (_, row) in rows {
        table.push(row);
    }
    Ok(Output::Table(table))
}

fn run_config(cmd: &DeckConfigCommand, ctx: &Ctx) -> Result<Output> {
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
            match ctx.send(clone_deck_config_id(name, *from))? {
                OrFalse::Value(id) => Ok(Output::Ids(vec![id])),
                OrFalse::False => Err(CliError::Refused(format!(
                    "no options group has ID {} to copy from",
                    from.unwrap_or(1)
                ))),
            }
        }
        DeckConfigCommand::Remove { id, yes } => {
            ctx.destructive("deck config remove", *yes)?;
            ctx.confirm(
                &format!("Remove options group {id}? Decks using it fall back to Default."),
                *yes,
            )?;
            match ctx.send(remove_deck_config_id(*id))? {
                true => Ok(Output::Message {
                    text: format!("Removed options group {id}."),
                    result: Value::Bool(true),
                }),
                false => Err(CliError::Refused(format!("no options group has ID {id}"))),
            }
        }
        DeckConfigCommand::Use { config_id, decks } => use_config(ctx, *config_id, decks),
    }
}

/// `deck config use`: setDeckConfigId, checked.
///
/// The add-on accepts any group ID, even one that does not exist (the decks then silently use
/// Default). So the decks' groups are read first, the group checked afterwards, and on a
/// wrong ID every deck is put back on its previous group.
fn use_config(ctx: &Ctx, config_id: i64, decks: &[String]) -> Result<Output> {
    let mut before = Vec::new();
    if !ctx.dry_run {
        for deck in decks {
            before.push(config_id_of(ctx, deck)?);
        }
    }
    if !ctx.send(set_deck_config_id(decks, config_id))? {
        return Err(CliError::Refused(format!(
            "nothing changed: a deck among {} does not exist",
            decks.join(", ")
        )));
    }
    if config_id_of(ctx, &decks[0])? != config_id {
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
    super::context::decode::<ConfigId>("getDeckConfig", &config).map(|c| c.id)
}

/// A deck's options group as getDeckConfig returns it (an object; `false` for an unknown deck).
fn get_config(ctx: &Ctx, deck: &str) -> Result<Value> {
    match ctx.send(get_deck_config(deck))? {
        OrFalse::Value(config) => Ok(Value::Object(config)),
        OrFalse::False => Err(CliError::Refused(format!("deck was not found: {deck}"))),
    }
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
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn list_keeps_anki_order_and_marks_ids() {
        let anki = FakeAnki::new().reply("deckNamesAndIds", json!({"Default": 1, "A::B": 7}));
        let out = run(&DeckCommand::List { names: false }, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), "Default\t1\nA::B\t7\n");
        assert_eq!(rendered(&out, Format::Ids), "1\n7\n");
    }

    #[test]
    fn delete_names_unknown_decks_and_deletes_nothing() {
        let anki = FakeAnki::new().reply("deckNames", json!(["Default", "French"]));
        let cmd = DeckCommand::Delete {
            names: names(&["French", "Nope"]),
            yes: true,
        };
        let err = run(&cmd, &anki.ctx()).unwrap_err().to_string();
        assert!(err.contains("Nope") && !err.contains("French"), "{err}");
        assert_eq!(anki.sent(), ["deckNames"], "no deleteDecks");
    }

    #[test]
    fn name_of_an_unknown_id_is_refused_not_default() {
        // The add-on answers "Default" for any ID it does not know.
        let anki = FakeAnki::new().reply("deckNameFromId", json!("Default"));
        let err = run(&DeckCommand::Name { id: 42 }, &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 1);
        assert!(err.to_string().contains("42"), "{err}");
    }

    #[test]
    fn stats_checks_names_first_and_fills_in_an_empty_default() {
        let anki = FakeAnki::new()
            .reply("deckNamesAndIds", json!({"Default": 1, "A::B": 7}))
            .reply_to(
                "getDeckStats",
                json!({"decks": ["A::B", "Default"]}),
                json!({"7": {"deck_id": 7, "name": "B", "new_count": 3, "learn_count": 0,
                              "review_count": 2, "total_in_deck": 5}}),
            );
        let cmd = DeckCommand::Stats {
            names: names(&["A::B", "Default"]),
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert_eq!(
            rendered(&out, Format::Tsv),
            "A::B\t7\t3\t0\t2\t5\nDefault\t1\t0\t0\t0\t0\n"
        );
        let unknown = FakeAnki::new().reply("deckNamesAndIds", json!({"Default": 1}));
        let cmd = DeckCommand::Stats {
            names: names(&["Nope"]),
        };
        assert!(run(&cmd, &unknown.ctx()).is_err());
        assert_eq!(
            unknown.sent(),
            ["deckNamesAndIds"],
            "getDeckStats would create it"
        );
    }

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
        let cmd = DeckCommand::Config(DeckConfigCommand::Use {
            config_id: 99,
            decks: names(&["A", "B"]),
        });
        let err = run(&cmd, &anki.ctx()).unwrap_err().to_string();
        assert!(err.contains("no options group has ID 99"), "{err}");
    }

    #[test]
    fn a_reply_of_another_shape_is_exit_3() {
        let anki = FakeAnki::new().reply("deckNamesAndIds", json!(["not", "an", "object"]));
        let err = run(&DeckCommand::List { names: false }, &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 3);
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
