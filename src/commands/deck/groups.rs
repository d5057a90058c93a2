//! Options groups named by ID or by name. AnkiConnect has no action that lists every group, so a
//! name is looked up among the groups the decks use (each deck's getDeckConfig, many decks to a
//! multi request); a group no deck uses is reachable by its ID only.

use std::str::FromStr;

use serde_json::Value;

use crate::api::deck::{deck_names, get_deck_config, ConfigName};
use crate::api::misc::multi;
use crate::api::reply::{MultiItem, OrFalse};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};

/// What `--help` says a GROUP argument can be.
pub const GROUP_HELP: &str = "\
GROUP is an options group's ID or its name. A name is looked up among the groups that decks use
(AnkiConnect cannot list the others): a group no deck uses is reached by its ID, as `deck config
clone` printed it. A name made of digits only is taken as an ID; a name two groups share is
refused with their IDs.";

/// Decks per multi request of getDeckConfig.
const CHUNK: usize = 200;

/// An options group as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupRef {
    /// By ID (digits only).
    Id(i64),
    /// By name.
    Name(String),
}

impl FromStr for GroupRef {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("give an options group's name or ID".into());
        }
        if s.bytes().all(|b| b.is_ascii_digit()) {
            return s
                .parse()
                .map(GroupRef::Id)
                .map_err(|_| format!("{s} is too large for an ID"));
        }
        Ok(GroupRef::Name(s.to_string()))
    }
}

impl std::fmt::Display for GroupRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GroupRef::Id(id) => write!(f, "{id}"),
            GroupRef::Name(name) => write!(f, "'{name}'"),
        }
    }
}

impl GroupRef {
    /// The group's ID: as given, or the one group of that name among the groups decks use
    /// (an exact match first, else a unique match ignoring case).
    pub fn resolve(&self, ctx: &Ctx) -> Result<i64> {
        match self {
            GroupRef::Id(id) => Ok(*id),
            GroupRef::Name(name) => pick(name, &groups_in_use(ctx)?),
        }
    }
}

/// The options groups the decks use, each once, in the order the decks list them.
pub fn groups_in_use(ctx: &Ctx) -> Result<Vec<ConfigName>> {
    let decks = ctx.send(deck_names())?;
    let mut groups: Vec<ConfigName> = Vec::new();
    for chunk in decks.chunks(CHUNK) {
        let actions: Vec<Value> = chunk.iter().map(|d| get_deck_config(d).to_json()).collect();
        let call = multi::<MultiItem<OrFalse<ConfigName>>>(actions);
        let (replies, _) = ctx.send_each(call, chunk.len())?;
        for reply in replies {
            // A deck deleted meanwhile answers false; it uses no group any more.
            if let Some(OrFalse::Value(group)) = reply.result {
                if !groups.iter().any(|g| g.id == group.id) {
                    groups.push(group);
                }
            }
        }
    }
    Ok(groups)
}

/// The ID of the one group named `name` among `groups`, or an error naming the choices.
fn pick(name: &str, groups: &[ConfigName]) -> Result<i64> {
    let exact: Vec<&ConfigName> = groups.iter().filter(|g| g.name == name).collect();
    let matches = if exact.is_empty() {
        let lower = name.to_lowercase();
        groups
            .iter()
            .filter(|g| g.name.to_lowercase() == lower)
            .collect()
    } else {
        exact
    };
    match matches.as_slice() {
        [one] => Ok(one.id),
        [] => {
            let known: Vec<String> = groups
                .iter()
                .map(|g| format!("'{}' ({})", g.name, g.id))
                .collect();
            Err(CliError::Refused(format!(
                "no options group named '{name}' among those decks use (known: {}); a group no \
                 deck uses can be given by its ID",
                known.join(", ")
            )))
        }
        many => {
            let ids: Vec<String> = many.iter().map(|g| g.id.to_string()).collect();
            Err(CliError::Refused(format!(
                "{} options groups are named '{name}' (IDs {}): give the ID",
                many.len(),
                ids.join(", ")
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    fn group(id: i64, name: &str) -> ConfigName {
        ConfigName {
            id,
            name: name.into(),
        }
    }

    #[test]
    fn digits_are_an_id_anything_else_a_name() {
        assert_eq!("1699".parse::<GroupRef>(), Ok(GroupRef::Id(1699)));
        assert_eq!(
            "Hard words".parse::<GroupRef>(),
            Ok(GroupRef::Name("Hard words".into()))
        );
        assert!("  ".parse::<GroupRef>().is_err());
        assert!("99999999999999999999".parse::<GroupRef>().is_err());
    }

    #[test]
    fn names_resolve_exactly_then_ignoring_case_and_ambiguity_is_refused() {
        let groups = [
            group(1, "Default"),
            group(5, "Hard"),
            group(6, "hard"),
            group(7, "Easy"),
        ];
        assert_eq!(pick("hard", &groups).unwrap(), 6);
        assert_eq!(pick("easy", &groups).unwrap(), 7);
        let err = pick("HARD", &groups).unwrap_err().to_string();
        assert_eq!(
            err,
            "2 options groups are named 'HARD' (IDs 5, 6): give the ID"
        );
        let err = pick("Nope", &groups).unwrap_err().to_string();
        assert!(
            err.contains("no options group named 'Nope'") && err.contains("'Easy' (7)"),
            "{err}"
        );
    }

    #[test]
    fn groups_in_use_are_read_in_one_multi_and_counted_once() {
        let anki = FakeAnki::new()
            .reply("deckNames", json!(["A", "B", "C"]))
            .reply(
                "multi",
                json!([
                    {"result": {"id": 1, "name": "Default", "new": {}}, "error": null},
                    {"result": {"id": 9, "name": "Hard words"}, "error": null},
                    {"result": {"id": 1, "name": "Default"}, "error": null}
                ]),
            );
        let id = GroupRef::Name("Hard words".into())
            .resolve(&anki.ctx())
            .unwrap();
        assert_eq!(id, 9);
        assert_eq!(
            anki.params_of("multi")[0]["actions"][2],
            json!({"action": "getDeckConfig", "version": 6, "params": {"deck": "C"}})
        );
    }
}
