//! Errors the CLI reports, each with its exit code and a hint for the user.

use std::fmt;

/// The documented exit codes of anki-cli.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Everything worked.
    Success = 0,
    /// AnkiConnect ran the action and reported an error (or a refusal such as `false`).
    ActionFailed = 1,
    /// The command line or an input file was wrong; nothing was sent.
    Usage = 2,
    /// AnkiConnect could not be reached, timed out, or answered with something else.
    Connection = 3,
    /// The API key is missing or wrong, or AnkiConnect rejected the request's origin.
    Auth = 4,
    /// Some items of a batch failed; the others went through.
    Partial = 5,
    /// Interrupted by Ctrl-C.
    Interrupted = 130,
}

impl ExitStatus {
    /// The numeric process exit code.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// Every status with a one-line meaning, for help text and the README.
    pub const TABLE: [(ExitStatus, &'static str); 7] = [
        (ExitStatus::Success, "success"),
        (
            ExitStatus::ActionFailed,
            "AnkiConnect returned an error for the action",
        ),
        (
            ExitStatus::Usage,
            "usage error or bad input; nothing was sent",
        ),
        (
            ExitStatus::Connection,
            "cannot connect, timed out, or the reply was not AnkiConnect's",
        ),
        (
            ExitStatus::Auth,
            "API key missing or wrong, or request origin rejected (HTTP 403)",
        ),
        (ExitStatus::Partial, "some items of a batch failed"),
        (ExitStatus::Interrupted, "interrupted (Ctrl-C)"),
    ];
}

/// Everything that can go wrong while running a command.
#[derive(Debug)]
pub enum CliError {
    /// AnkiConnect's own `error` string for an action, shown verbatim.
    Action { action: String, message: String },
    /// The server does not know the action (an older add-on, or a typo in `api`).
    UnsupportedAction { action: String },
    /// The action ran but reported failure in its result (e.g. `false`).
    Refused(String),
    /// The API key was missing or wrong.
    BadKey { key_sent: bool },
    /// HTTP 403: AnkiConnect rejected the request's origin.
    Forbidden { url: String },
    /// Nothing listens at the URL, or the connection broke.
    Connect { url: String, detail: String },
    /// No reply within the timeout.
    Timeout { url: String, secs: f64 },
    /// The reply was not AnkiConnect's `{result, error}` envelope.
    Protocol { url: String, detail: String },
    /// Bad command-line input or input file; nothing was sent.
    Usage(String),
    /// Some items of a batch failed.
    Partial(String),
    /// The user declined a confirmation prompt.
    Declined,
    /// Ctrl-C.
    Interrupted,
    /// Internal: a dry run stopped before sending.
    DryRun,
}

impl CliError {
    /// The exit status this error ends the process with.
    pub fn status(&self) -> ExitStatus {
        match self {
            CliError::Action { .. } | CliError::UnsupportedAction { .. } | CliError::Refused(_) => {
                ExitStatus::ActionFailed
            }
            CliError::BadKey { .. } | CliError::Forbidden { .. } => ExitStatus::Auth,
            CliError::Connect { .. } | CliError::Timeout { .. } | CliError::Protocol { .. } => {
                ExitStatus::Connection
            }
            CliError::Usage(_) => ExitStatus::Usage,
            CliError::Partial(_) => ExitStatus::Partial,
            CliError::Declined => ExitStatus::ActionFailed,
            CliError::Interrupted => ExitStatus::Interrupted,
            CliError::DryRun => ExitStatus::Success,
        }
    }

    /// Lines that tell the user what to do about the error.
    pub fn hints(&self) -> Vec<String> {
        match self {
            CliError::Connect { url, .. } => vec![
                format!("Is Anki running with the AnkiConnect add-on listening on {url}?"),
                "Install AnkiConnect with add-on code 2055492159, or try the sandbox: scripts/sandbox".into(),
                "Point anki-cli elsewhere with --url, ANKI_CLI_URL or `url` in the config file.".into(),
            ],
            CliError::Timeout { .. } => vec![
                "Anki may be busy (a sync or a modal dialog); try again or raise --timeout.".into(),
            ],
            CliError::Protocol { url, .. } => vec![format!(
                "Is {url} really AnkiConnect? Check --url / ANKI_CLI_URL."
            )],
            CliError::BadKey { key_sent: false } => vec![
                "AnkiConnect requires an API key: set ANKI_CLI_KEY, `key` in the config file, or --key-file PATH.".into(),
            ],
            CliError::BadKey { key_sent: true } => vec![
                "The API key sent was not accepted; compare it with AnkiConnect's apiKey setting.".into(),
            ],
            CliError::Forbidden { .. } => vec![
                "AnkiConnect rejected the request's origin; check webCorsOriginList in its config.".into(),
            ],
            CliError::Action { action, message } if action == "sync" && message.contains("auth not configured") => vec![
                "Anki is not logged in to AnkiWeb: log in once from Anki (Tools > Preferences > Syncing).".into(),
            ],
            CliError::Action { action, message } if action == "sync" && message.contains("Sync status") => vec![
                "AnkiWeb needs a full sync (upload or download): start it from Anki's window, then sync here again.".into(),
            ],
            CliError::UnsupportedAction { action } => vec![
                format!("The AnkiConnect add-on at this URL does not know `{action}`."),
                "Update the add-on (Tools > Add-ons > AnkiConnect > Check for Updates) and restart Anki.".into(),
            ],
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Some add-on errors already name the action ("sync: auth not configured").
            CliError::Action { action, message }
                if message
                    .strip_prefix(action.as_str())
                    .is_some_and(|rest| rest.starts_with(':')) =>
            {
                write!(f, "{message}")
            }
            CliError::Action { action, message } => write!(f, "{action}: {message}"),
            CliError::UnsupportedAction { action } => write!(f, "{action}: unsupported action"),
            CliError::Refused(msg) => write!(f, "{msg}"),
            CliError::BadKey { key_sent: false } => {
                write!(f, "AnkiConnect requires an API key and none was given")
            }
            CliError::BadKey { key_sent: true } => write!(f, "AnkiConnect rejected the API key"),
            CliError::Forbidden { url } => write!(f, "{url} answered HTTP 403 Forbidden"),
            CliError::Connect { url, detail } => {
                write!(f, "cannot connect to AnkiConnect at {url}: {detail}")
            }
            CliError::Timeout { url, secs } => write!(f, "no reply from {url} within {secs} s"),
            CliError::Protocol { url, detail } => {
                write!(f, "unexpected reply from {url}: {detail}")
            }
            CliError::Usage(msg) => write!(f, "{msg}"),
            CliError::Partial(msg) => write!(f, "{msg}"),
            CliError::Declined => write!(f, "cancelled; nothing was changed"),
            CliError::Interrupted => write!(f, "interrupted"),
            CliError::DryRun => write!(f, "dry run: nothing was sent"),
        }
    }
}

impl std::error::Error for CliError {}

/// Shorthand for results whose error is a [`CliError`].
pub type Result<T, E = CliError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_match_the_documented_table() {
        let codes: Vec<u8> = ExitStatus::TABLE.iter().map(|(s, _)| s.code()).collect();
        assert_eq!(codes, vec![0, 1, 2, 3, 4, 5, 130]);
    }

    #[test]
    fn each_error_maps_to_its_exit_code() {
        let url = "http://x".to_string();
        let cases = [
            (
                CliError::Action {
                    action: "a".into(),
                    message: "m".into(),
                },
                1,
            ),
            (CliError::UnsupportedAction { action: "a".into() }, 1),
            (CliError::Usage("u".into()), 2),
            (
                CliError::Connect {
                    url: url.clone(),
                    detail: "d".into(),
                },
                3,
            ),
            (
                CliError::Timeout {
                    url: url.clone(),
                    secs: 1.0,
                },
                3,
            ),
            (
                CliError::Protocol {
                    url: url.clone(),
                    detail: "d".into(),
                },
                3,
            ),
            (CliError::BadKey { key_sent: true }, 4),
            (CliError::Forbidden { url }, 4),
            (CliError::Partial("p".into()), 5),
            (CliError::Interrupted, 130),
        ];
        for (err, code) in cases {
            assert_eq!(err.status().code(), code, "{err}");
        }
    }

    #[test]
    fn an_error_that_names_its_action_is_not_prefixed_twice() {
        let err = CliError::Action {
            action: "sync".into(),
            message: "sync: auth not configured".into(),
        };
        assert_eq!(err.to_string(), "sync: auth not configured");
        let err = CliError::Action {
            action: "sync".into(),
            message: "Sync status 2 not one of [0, 1]".into(),
        };
        assert_eq!(err.to_string(), "sync: Sync status 2 not one of [0, 1]");
        let err = CliError::Action {
            action: "syncX".into(),
            message: "sync: x".into(),
        };
        assert_eq!(err.to_string(), "syncX: sync: x");
    }

    #[test]
    fn connection_hint_names_the_url() {
        let err = CliError::Connect {
            url: "http://127.0.0.1:9".into(),
            detail: "refused".into(),
        };
        assert!(err.hints()[0].contains("http://127.0.0.1:9"));
    }
}
