//! `anki-cli deck`: all 13 deck actions; options groups (`deck config`) in [`config`].

pub mod config;
pub mod groups;

use clap::Subcommand;
use serde_json::Value;

use super::context::Ctx;
use super::existing::{require_cards, require_decks};
use super::input::deck_name;
use crate::api::deck::{
    change_deck, create_deck, deck_name_from_id, deck_names, deck_names_and_ids, delete_decks,
    get_deck_stats, get_decks,
};
use crate::error::{CliError, Result};
use crate::ids;
use crate::output::{Output, Table};

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
        #[arg(required = true, value_name = ids::CARD_ID)]
        cards: Vec<String>,
        /// The target deck
        #[arg(long, value_name = "DECK", value_parser = deck_name)]
        to: String,
    },

    /// Show which deck each card is in
    #[command(after_help = "Examples:\n  anki-cli deck of-cards 1502298036657 1502032366472")]
    OfCards {
        /// Card IDs, or - to read them from stdin
        #[arg(required = true, value_name = ids::CARD_ID)]
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
    Config(config::DeckConfigCommand),
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
        DeckCommand::Create { names } => {
            let ids = ctx.send_all(names.iter().map(|n| create_deck(n)).collect())?;
            // One name is one createDeck: its bare result. Several print one result each.
            Ok(match ids[..] {
                [id] => Output::id(id),
                _ => Output::Ids(ids),
            })
        }
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
            if let Some(why) = crate::api::deck::unplaced(&decks, &cards) {
                return Err(CliError::unexpected_reply("getDecks", &result, &why));
            }
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
        DeckCommand::Config(cmd) => config::run(cmd, ctx),
    }
}

fn stats(ctx: &Ctx, names: &[String]) -> Result<Output> {
    // getDeckStats creates any deck it is asked about, so names are checked first
    // (and the look-up gives full names for the rows).
    let mut full_names: Vec<(i64, String)> = Vec::new();
    let names: Vec<String> = {
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
    fn a_reply_of_another_shape_is_exit_3() {
        let anki = FakeAnki::new().reply("deckNamesAndIds", json!(["not", "an", "object"]));
        let err = run(&DeckCommand::List { names: false }, &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 3);
    }
}
