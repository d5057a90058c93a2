//! `model find-replace`: replace text in the templates and CSS of one or all note types.

use serde_json::json;

use crate::api::model::find_and_replace_in_models;
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// Runs `model find-replace` on `model` (`None`: all note types); `sides` says whether to change
/// the fronts, the backs and the CSS.
pub fn run(
    ctx: &Ctx,
    find: &str,
    replace: &str,
    model: Option<&str>,
    sides: [bool; 3],
) -> Result<Output> {
    if find.is_empty() {
        return Err(CliError::Usage("the text to find is empty".into()));
    }
    let n = ctx.send(find_and_replace_in_models(model, find, replace, sides))?;
    Ok(Output::Message {
        text: format!("Changed {n} note type(s)."),
        result: json!(n),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;

    #[test]
    fn an_empty_search_is_refused_before_sending() {
        let anki = FakeAnki::new();
        let err = run(&anki.ctx(), "", "x", None, [true; 3]).unwrap_err();
        assert_eq!(err.status().code(), 2, "{err}");
        assert!(anki.sent().is_empty());
    }

    #[test]
    fn all_note_types_are_an_empty_name() {
        let anki = FakeAnki::new().reply("findAndReplaceInModels", json!(2));
        let out = run(&anki.ctx(), "a", "b", None, [true, false, true]).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Changed 2 note type(s).")
        );
        assert_eq!(anki.params_of("findAndReplaceInModels")[0]["modelName"], "");
    }
}
