//! Which cards a `card` subcommand acts on: IDs, `-` (stdin), or a search.

use clap::Args;

use crate::api::card::find_cards;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::ids;

/// Cards chosen by ID, by `-` (stdin), or by a search.
#[derive(Debug, Clone, Args)]
pub struct CardSelection {
    /// Card IDs, or - to read them from stdin
    #[arg(required_unless_present = "query", conflicts_with = "query", value_name = ids::CARD_ID)]
    pub cards: Vec<String>,
    /// Select the cards with an Anki search instead (find, then act); one argument, so quote a
    /// search of several words
    #[arg(short, long, allow_hyphen_values = true)]
    pub query: Option<String>,
}

impl CardSelection {
    /// The selected card IDs (running findCards for --query).
    pub fn resolve(&self, ctx: &Ctx) -> Result<Vec<i64>> {
        match &self.query {
            Some(q) => {
                let ids = ctx.send(find_cards(q))?;
                if ids.is_empty() {
                    // As `-` reading no IDs: nothing to do, exit 0 (README "Exit codes").
                    return Err(CliError::NothingToDo(format!(
                        "no cards match '{q}': nothing to do, nothing was changed"
                    )));
                }
                Ok(ids)
            }
            None => ctx.ids(&self.cards),
        }
    }

    /// Cards given by ID (for tests and callers that have IDs already).
    #[cfg(test)]
    pub fn ids(ids: &[i64]) -> Self {
        CardSelection {
            cards: ids.iter().map(i64::to_string).collect(),
            query: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    #[test]
    fn a_search_that_finds_nothing_is_nothing_to_do() {
        let anki = FakeAnki::new().reply_to("findCards", json!({"query": "tag:none"}), json!([]));
        let sel = CardSelection {
            cards: vec![],
            query: Some("tag:none".into()),
        };
        let err = sel.resolve(&anki.ctx()).unwrap_err();
        assert!(matches!(err, CliError::NothingToDo(_)), "{err:?}");
        assert_eq!(err.status(), crate::error::ExitStatus::Success);
        assert!(
            err.to_string().contains("no cards match 'tag:none'"),
            "{err}"
        );
        assert_eq!(
            CardSelection::ids(&[3, 4]).resolve(&anki.ctx()).unwrap(),
            [3, 4]
        );
    }
}
