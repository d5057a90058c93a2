//! Errors as data: each [`CliError`] has a stable [`Kind`], and with `-o json` (or
//! `ANKI_CLI_ERRORS=json`) it prints as one JSON object on stderr:
//! `{"error": {"code", "kind", "message", "hints", "action", "rows"}}`.

use serde_json::{json, Value};

use crate::error::{CliError, ExitStatus};
use crate::row_error::RowError;

/// The environment variable that asks for JSON errors whatever the output format.
pub const ERRORS_ENV: &str = "ANKI_CLI_ERRORS";

/// What went wrong, in a word an agent can branch on. The names are stable: new kinds may be
/// added, none renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad arguments, flags, input file or config; nothing was sent.
    Usage,
    /// A command that destroys data was not given consent (`--yes`, or `--allow-destructive`
    /// for the MCP server); nothing was sent.
    ConsentNeeded,
    /// The user answered no at a confirmation prompt; nothing was changed.
    Declined,
    /// A deck, note type, note, card or file that was named does not exist.
    NotFound,
    /// AnkiConnect ran the action and reported an error or a refusal.
    AnkiRefused,
    /// The server does not know the action (an older add-on, or a compatible server).
    UnsupportedAction,
    /// Nothing answers at the URL, or the connection broke.
    Connection,
    /// No reply within the timeout.
    Timeout,
    /// The reply was not AnkiConnect's, or not of the shape the action returns.
    UnexpectedReply,
    /// The API key is missing or wrong, or the request's origin was rejected.
    Auth,
    /// Some items of a batch failed; the others went through (their results are on stdout).
    Partial,
    /// Interrupted by Ctrl-C.
    Interrupted,
}

impl Kind {
    /// Every kind, in the order the README lists them.
    pub const ALL: [Kind; 12] = [
        Kind::Usage,
        Kind::ConsentNeeded,
        Kind::Declined,
        Kind::NotFound,
        Kind::AnkiRefused,
        Kind::UnsupportedAction,
        Kind::Connection,
        Kind::Timeout,
        Kind::UnexpectedReply,
        Kind::Auth,
        Kind::Partial,
        Kind::Interrupted,
    ];

    /// The kind's name in the JSON object.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Usage => "usage",
            Kind::ConsentNeeded => "consent_needed",
            Kind::Declined => "declined",
            Kind::NotFound => "not_found",
            Kind::AnkiRefused => "anki_refused",
            Kind::UnsupportedAction => "unsupported_action",
            Kind::Connection => "connection",
            Kind::Timeout => "timeout",
            Kind::UnexpectedReply => "unexpected_reply",
            Kind::Auth => "auth",
            Kind::Partial => "partial",
            Kind::Interrupted => "interrupted",
        }
    }

    /// The exit code that goes with the kind.
    pub fn status(self) -> ExitStatus {
        match self {
            Kind::Usage | Kind::ConsentNeeded => ExitStatus::Usage,
            Kind::Declined | Kind::NotFound | Kind::AnkiRefused | Kind::UnsupportedAction => {
                ExitStatus::ActionFailed
            }
            Kind::Connection | Kind::Timeout | Kind::UnexpectedReply => ExitStatus::Connection,
            Kind::Auth => ExitStatus::Auth,
            Kind::Partial => ExitStatus::Partial,
            Kind::Interrupted => ExitStatus::Interrupted,
        }
    }
}

/// Whether a message says that something named does not exist (the add-on's words and ours:
/// "deck was not found: X", "note was not found", "model was not found").
fn says_not_found(message: &str) -> bool {
    message.to_ascii_lowercase().contains("not found")
}

impl CliError {
    /// The error's kind (see [`Kind`]).
    pub fn kind(&self) -> Kind {
        match self {
            CliError::Action { message, .. } if says_not_found(message) => Kind::NotFound,
            CliError::Refused(message) if says_not_found(message) => Kind::NotFound,
            CliError::Action { .. } | CliError::Refused(_) => Kind::AnkiRefused,
            CliError::UnsupportedAction { .. } => Kind::UnsupportedAction,
            CliError::BadKey { .. } | CliError::Forbidden { .. } => Kind::Auth,
            CliError::Connect { .. } => Kind::Connection,
            CliError::Timeout { .. } => Kind::Timeout,
            CliError::Protocol { .. } | CliError::UnexpectedReply { .. } => Kind::UnexpectedReply,
            CliError::Usage(_) | CliError::NothingToDo(_) => Kind::Usage,
            CliError::ConsentNeeded(_) => Kind::ConsentNeeded,
            CliError::Partial(_) => Kind::Partial,
            CliError::Declined => Kind::Declined,
            CliError::Interrupted => Kind::Interrupted,
            CliError::Noted { error, .. } | CliError::Rows { error, .. } => error.kind(),
        }
    }

    /// The AnkiConnect action that failed, when one did.
    pub fn action(&self) -> Option<&str> {
        match self {
            CliError::Action { action, .. }
            | CliError::UnsupportedAction { action, .. }
            | CliError::UnexpectedReply { action, .. } => Some(action),
            CliError::Timeout { action, .. } if !action.is_empty() => Some(action),
            CliError::Noted { error, .. } | CliError::Rows { error, .. } => error.action(),
            _ => None,
        }
    }

    /// The rows of an input file that did not go in, when the error is about some.
    pub fn rows(&self) -> &[RowError] {
        match self {
            CliError::Rows { rows, .. } => rows,
            CliError::Noted { error, .. } => error.rows(),
            _ => &[],
        }
    }

    /// The error as data: `{"error": {"code", "kind", "message", "hints", "action", "rows"}}`.
    pub fn to_json(&self) -> Value {
        json!({"error": {
            "code": self.status().code(),
            "kind": self.kind().name(),
            "message": self.to_string(),
            "hints": self.hints(),
            "action": self.action(),
            "rows": self.rows(),
        }})
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Probe;

    /// One error of each variant that can end a command, as the commands make them.
    fn samples() -> Vec<CliError> {
        let url = "http://127.0.0.1:8765".to_string();
        vec![
            CliError::Usage("bad".into()),
            CliError::ConsentNeeded("`note delete` needs --yes".into()),
            CliError::Declined,
            CliError::Refused("deck was not found: X".into()),
            CliError::Action {
                action: "addNote".into(),
                message: "cannot create note because it is a duplicate".into(),
            },
            CliError::UnsupportedAction {
                action: "x".into(),
                by_add_on: true,
            },
            CliError::Connect {
                url: url.clone(),
                detail: "refused".into(),
            },
            CliError::Timeout {
                url: url.clone(),
                secs: 1.0,
                action: "deckNames".into(),
                probe: Some(Probe::Silent),
            },
            CliError::UnexpectedReply {
                action: "version".into(),
                reply: "\"x\"".into(),
            },
            CliError::BadKey { key_sent: false },
            CliError::Partial("1 of 2 failed".into()),
            CliError::Interrupted,
            CliError::Rows {
                error: Box::new(CliError::Partial("1 row(s) failed".into())),
                rows: vec![RowError::new(3, "column 2 (Back): no field 'Back'")],
            },
        ]
    }

    #[test]
    fn every_kind_is_reachable_and_keeps_its_exit_code() {
        let kinds: Vec<Kind> = samples().iter().map(CliError::kind).collect();
        for kind in Kind::ALL {
            assert!(kinds.contains(&kind), "no error has kind {}", kind.name());
        }
        for err in samples() {
            assert_eq!(err.status(), err.kind().status(), "{err}");
        }
    }

    #[test]
    fn every_kind_is_listed_in_the_readme() {
        let readme = include_str!("../README.md");
        for kind in Kind::ALL {
            let row = format!("| `{}` | {} |", kind.name(), kind.status().code());
            assert!(readme.contains(&row), "README lacks the row {row}");
        }
    }

    #[test]
    fn an_error_prints_as_one_object_with_every_field() {
        let err = CliError::Action {
            action: "addNote".into(),
            message: "deck was not found: Nowhere".into(),
        };
        assert_eq!(
            err.to_json(),
            json!({"error": {"code": 1, "kind": "not_found",
                "message": "addNote: deck was not found: Nowhere", "hints": [],
                "action": "addNote", "rows": []}})
        );
        let rows = samples().pop().unwrap().to_json();
        assert_eq!(rows["error"]["code"], 5);
        assert_eq!(
            rows["error"]["rows"],
            json!([{"row": 3, "column": 2, "reason": "column 2 (Back): no field 'Back'"}])
        );
        assert_eq!(RowError::new(4, "the first field is empty").column, None);
    }
}
