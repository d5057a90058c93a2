//! Requests for AnkiConnect's actions that drive Anki's window: one builder per action, pure (no I/O).

use serde_json::{json, Value};

use crate::request::Request;

/// Sort order for `gui browse --sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Order {
    /// Ascending
    Ascending,
    /// Descending
    Descending,
}

/// `guiBrowse`
pub fn browse(query: Option<&str>, sort: Option<(&str, Order)>) -> Request {
    let mut params = json!({});
    if let Some(q) = query {
        params["query"] = json!(q);
    }
    if let Some((column, order)) = sort {
        let order = if order == Order::Descending {
            "descending"
        } else {
            "ascending"
        };
        params["reorderCards"] = json!({"columnId": column, "order": order});
    }
    Request::new("guiBrowse", params)
}

/// `guiAddNoteSetData`
pub fn add_note_set_data(note: Value, append: bool) -> Request {
    let mut params = json!({ "note": note });
    if append {
        params["append"] = json!(true);
    }
    Request::new("guiAddNoteSetData", params)
}
