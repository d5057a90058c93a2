//! Decks and note types as Anki has them, fetched once when an import starts, with each note
//! type's fields read on first use and the decks an import creates (or a dry run would).

use std::collections::{HashMap, HashSet};

use crate::commands::context::Ctx;
use crate::error::Result;

/// Decks and note types as Anki has them, fetched once and cached.
pub struct Catalog {
    decks: HashSet<String>,
    /// Decks a dry run with --create-decks would create (they pass the checks).
    planned: HashSet<String>,
    models: HashMap<String, i64>,
    fields: HashMap<String, Vec<String>>,
}

impl Catalog {
    /// Fetches deck names and note type names with their IDs.
    pub fn fetch(ctx: &Ctx) -> Result<Catalog> {
        let decks = ctx.send(crate::api::deck::deck_names())?;
        let models = ctx.send(crate::api::model::model_names_and_ids())?;
        Ok(Catalog {
            decks: decks.into_iter().collect(),
            planned: HashSet::new(),
            models: models.0.into_iter().collect(),
            fields: HashMap::new(),
        })
    }

    /// A catalog with known contents (tests).
    pub fn known(decks: &[&str], models: &[(&str, &[&str])]) -> Catalog {
        Catalog {
            decks: decks.iter().map(|d| d.to_string()).collect(),
            planned: HashSet::new(),
            models: models
                .iter()
                .enumerate()
                .map(|(i, (m, _))| (m.to_string(), i as i64 + 1))
                .collect(),
            fields: models
                .iter()
                .map(|(m, f)| (m.to_string(), f.iter().map(|x| x.to_string()).collect()))
                .collect(),
        }
    }

    /// Whether the deck exists (or a dry run plans to create it).
    pub fn has_deck(&self, deck: &str) -> bool {
        self.decks.contains(deck) || self.planned.contains(deck)
    }

    /// Records a deck that has just been created.
    pub fn add_deck(&mut self, deck: &str) {
        self.planned.remove(deck);
        self.decks.insert(deck.to_string());
    }

    /// Records a deck that a dry run would create: rows naming it pass the checks.
    pub fn plan_deck(&mut self, deck: &str) {
        self.planned.insert(deck.to_string());
    }

    /// For a deck a dry run would create: an existing deck to ask Anki's checks with instead.
    pub fn stand_in(&self, deck: &str) -> Option<&str> {
        if !self.planned.contains(deck) {
            return None;
        }
        self.decks.iter().map(String::as_str).min()
    }

    /// A note type's ID (for `dupe:` searches).
    pub fn model_id(&self, model: &str) -> Option<i64> {
        self.models.get(model).copied()
    }

    /// A note type named so, else (a number) the note type with that ID.
    pub fn model_by_name_or_id(&self, value: &str) -> Option<String> {
        if self.models.contains_key(value) {
            return Some(value.to_string());
        }
        let id = value.parse::<i64>().ok()?;
        self.models
            .iter()
            .find(|(_, &m)| m == id)
            .map(|(name, _)| name.clone())
    }

    /// A note type's field names (fetched on first use); `None` if there is no such type.
    pub fn fields(&mut self, ctx: Option<&Ctx>, model: &str) -> Result<Option<Vec<String>>> {
        if !self.models.contains_key(model) {
            return Ok(None);
        }
        if !self.fields.contains_key(model) {
            let Some(ctx) = ctx else { return Ok(None) };
            let names = crate::commands::note::spec::field_names(ctx, model)?;
            self.fields.insert(model.to_string(), names);
        }
        Ok(self.fields.get(model).cloned())
    }
}
