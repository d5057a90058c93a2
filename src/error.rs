//! Errors the CLI reports, each with its exit code and a hint for the user.

use std::fmt;

use crate::url::{redact_in, redact_url};

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

/// What a short second request (`version`) found after a request timed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// Anki answered it: the timed-out action itself is slow, or waits for something.
    Answered,
    /// No answer either: Anki answers nothing at all right now (a modal dialog, or busy).
    Silent,
    /// The connection failed: Anki is gone (crashed or quit).
    Gone,
}

/// Everything that can go wrong while running a command.
#[derive(Debug)]
pub enum CliError {
    /// AnkiConnect's own `error` string for an action, shown verbatim.
    Action {
        /// The action that failed.
        action: String,
        /// The add-on's words.
        message: String,
    },
    /// The server does not know the action (an older add-on, a typo in `api`, or an
    /// AnkiConnect-compatible server that lacks it); `by_add_on` when the add-on's own words said so.
    UnsupportedAction {
        /// The action.
        action: String,
        /// Whether the add-on itself said so (not a compatible server).
        by_add_on: bool,
    },
    /// The action ran but reported failure in its result (e.g. `false`).
    Refused(String),
    /// The API key was missing or wrong.
    BadKey {
        /// Whether a key was sent at all.
        key_sent: bool,
    },
    /// HTTP 403: AnkiConnect rejected the request's origin.
    Forbidden {
        /// AnkiConnect's URL.
        url: String,
    },
    /// Nothing listens at the URL, or the connection broke.
    Connect {
        /// AnkiConnect's URL.
        url: String,
        /// What the HTTP client said.
        detail: String,
    },
    /// No reply to `action` within the timeout; `probe` says whether Anki answered a short
    /// second request afterwards.
    Timeout {
        /// AnkiConnect's URL.
        url: String,
        /// The timeout that ran out, in seconds.
        secs: f64,
        /// The action that got no reply.
        action: String,
        /// What the second request found, if one was sent.
        probe: Option<Probe>,
    },
    /// The reply was not AnkiConnect's `{result, error}` envelope.
    Protocol {
        /// AnkiConnect's URL.
        url: String,
        /// What was wrong with the reply.
        detail: String,
    },
    /// The envelope was AnkiConnect's, but its `result` is not what the action returns;
    /// `reply` is already cut to [`REPLY_PREVIEW`] characters (see [`CliError::unexpected_reply`]).
    UnexpectedReply {
        /// The action replied to.
        action: String,
        /// The reply, cut short.
        reply: String,
    },
    /// Bad command-line input or input file; nothing was sent.
    Usage(String),
    /// A destructive command without consent (`--yes`); nothing was sent. Exits 2.
    ConsentNeeded(String),
    /// Some items of a batch failed.
    Partial(String),
    /// The user declined a confirmation prompt.
    Declined,
    /// Ctrl-C.
    Interrupted,
    /// `error`, with what the user should know about it (e.g. where their text was kept); exits
    /// as `error` does.
    Noted {
        /// The error.
        error: Box<CliError>,
        /// What the user should know about it.
        note: String,
    },
    /// `error`, with the rows of an input file that did not go in; exits as `error` does.
    Rows {
        /// The error.
        error: Box<CliError>,
        /// The rows, each with its reason.
        rows: Vec<crate::row_error::RowError>,
    },
    /// Nothing to do: `-` read no IDs from a pipe (an empty `find`), so nothing was sent; exits 0
    /// and says so on stderr only when that is a terminal.
    NothingToDo(String),
}

impl CliError {
    /// The exit status this error ends the process with.
    pub fn status(&self) -> ExitStatus {
        match self {
            CliError::Action { .. } | CliError::UnsupportedAction { .. } | CliError::Refused(_) => {
                ExitStatus::ActionFailed
            }
            CliError::BadKey { .. } | CliError::Forbidden { .. } => ExitStatus::Auth,
            CliError::Connect { .. }
            | CliError::Timeout { .. }
            | CliError::Protocol { .. }
            | CliError::UnexpectedReply { .. } => ExitStatus::Connection,
            CliError::Usage(_) | CliError::ConsentNeeded(_) => ExitStatus::Usage,
            CliError::Partial(_) => ExitStatus::Partial,
            CliError::Declined => ExitStatus::ActionFailed,
            CliError::Interrupted => ExitStatus::Interrupted,
            CliError::NothingToDo(_) => ExitStatus::Success,
            CliError::Noted { error, .. } | CliError::Rows { error, .. } => error.status(),
        }
    }

    /// Lines that tell the user what to do about the error.
    pub fn hints(&self) -> Vec<String> {
        let mut hints = self.own_hints();
        // A typo in `api ACTION` is likelier than an old add-on: the nearest name comes first.
        if let CliError::UnsupportedAction { action, .. } = self {
            let names = crate::actions::ACTIONS.iter().map(|a| a.name);
            if crate::actions::find(action).is_none() {
                if let Some(near) = crate::suggest::nearest(action, names) {
                    hints.insert(
                        0,
                        format!("Did you mean `{near}`? (`anki-cli actions` lists them all)"),
                    );
                }
            }
        }
        hints
    }

    fn own_hints(&self) -> Vec<String> {
        match self {
            CliError::Noted { error, .. } | CliError::Rows { error, .. } => error.hints(),
            CliError::Connect { url, .. } => vec![
                format!(
                    "Is Anki running with the AnkiConnect add-on listening on {}?",
                    redact_url(url)
                ),
                match crate::url::sandbox_command(url) {
                    Some(serve) => format!("Install AnkiConnect with add-on code 2055492159, or try the sandbox here: {serve}"),
                    None => "Install AnkiConnect with add-on code 2055492159, or try the sandbox: scripts/sandbox, with --url http://127.0.0.1:8765".into(),
                },
                "Point anki-cli elsewhere with --url, ANKI_CLI_URL or `url` in the config file.".into(),
            ],
            CliError::Timeout { probe: Some(Probe::Silent), .. } => vec![
                "Anki is probably showing a dialog that needs a click: look at Anki's window and close or answer it. While a dialog opened by a request is open, AnkiConnect answers nothing.".into(),
                "If no dialog is open, Anki is busy with a long task (a sync, Check Database, a big import) or hangs; try again when it is done.".into(),
            ],
            CliError::Timeout { probe: Some(Probe::Answered), action, .. } => vec![
                format!("Anki is not blocked: {action} itself takes longer here. Raise --timeout (e.g. --timeout 120), or check whether it waits for you in Anki's window."),
            ],
            CliError::Timeout { probe: Some(Probe::Gone), .. } => vec![
                "Anki may have crashed or quit while working on the request: start it again and check whether the action took effect.".into(),
            ],
            CliError::Timeout { probe: None, .. } => vec![
                "Anki may be busy (a sync or a modal dialog); try again or raise --timeout.".into(),
            ],
            CliError::Protocol { url, .. } => vec![format!(
                "Is {} really AnkiConnect? Check --url / ANKI_CLI_URL.",
                redact_url(url)
            )],
            CliError::UnexpectedReply { .. } => vec![
                "Is this AnkiConnect? Check --url / ANKI_CLI_URL, or update the add-on. Nothing was printed or saved (a change the action makes may have happened).".into(),
            ],
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
            CliError::UnsupportedAction { action, by_add_on: true } => vec![
                format!("The AnkiConnect add-on at this URL does not know `{action}`."),
                "Update the add-on (Tools > Add-ons > AnkiConnect > Check for Updates) and restart Anki.".into(),
            ],
            CliError::UnsupportedAction { action, by_add_on: false } => vec![
                format!("This AnkiConnect-compatible server implements only part of the API, without `{action}`; `anki-cli status` lists what it lacks."),
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
                write!(f, "{}", clean_message(message))
            }
            CliError::Action { action, message } => {
                write!(f, "{action}: {}", clean_message(message))
            }
            CliError::UnsupportedAction { action, .. } => {
                write!(f, "this server does not support {action}")
            }
            CliError::Refused(msg) => write!(f, "{msg}"),
            CliError::BadKey { key_sent: false } => {
                write!(f, "AnkiConnect requires an API key and none was given")
            }
            CliError::BadKey { key_sent: true } => write!(f, "AnkiConnect rejected the API key"),
            CliError::Forbidden { url } => {
                write!(f, "{} answered HTTP 403 Forbidden", redact_url(url))
            }
            CliError::Connect { url, detail } => write!(
                f,
                "cannot connect to AnkiConnect at {}: {}",
                redact_url(url),
                redact_in(detail, url)
            ),
            CliError::Timeout {
                url,
                secs,
                action,
                probe,
            } => {
                let to = if action.is_empty() {
                    String::new()
                } else {
                    format!(" to {action}")
                };
                write!(f, "no reply{to} from {} within {secs} s", redact_url(url))?;
                match probe {
                    Some(Probe::Silent) => write!(
                        f,
                        "; Anki does not answer anything right now (a second request got no reply either)"
                    ),
                    Some(Probe::Answered) => {
                        write!(f, "; Anki still answers other requests")
                    }
                    Some(Probe::Gone) => write!(f, "; Anki no longer accepts connections"),
                    None => Ok(()),
                }
            }
            CliError::Protocol { url, detail } => write!(
                f,
                "unexpected reply from {}: {}",
                redact_url(url),
                redact_in(detail, url)
            ),
            CliError::UnexpectedReply { action, reply } => {
                write!(f, "unexpected reply from AnkiConnect to {action}: {reply}")
            }
            CliError::Usage(msg) | CliError::ConsentNeeded(msg) => write!(f, "{msg}"),
            CliError::Rows { error, .. } => write!(f, "{error}"),
            CliError::Partial(msg) => write!(f, "{msg}"),
            CliError::Declined => write!(f, "cancelled; nothing was changed"),
            CliError::Interrupted => write!(f, "interrupted"),
            CliError::NothingToDo(msg) => write!(f, "{msg}"),
            CliError::Noted { error, note } => write!(f, "{error}\n{note}"),
        }
    }
}

impl std::error::Error for CliError {}

/// How many characters of an unexpected reply an error shows (a reply can be megabytes).
pub const REPLY_PREVIEW: usize = 200;

/// `text` cut to `max` characters, with `…` when something was cut.
pub fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

impl CliError {
    /// `action` answered `result`, which is not the shape it returns; `why` says what was
    /// expected (serde's words). The reply is cut to [`REPLY_PREVIEW`] characters.
    pub fn unexpected_reply(action: &str, result: &serde_json::Value, why: &str) -> CliError {
        let shown = cut(&result.to_string(), REPLY_PREVIEW);
        // serde's "invalid type: <the value again>, expected X": the value is shown already.
        let why = why.rfind("expected ").map_or(why, |at| &why[at..]);
        // serde's words for JSON shapes, as JSON calls them.
        let why = match why {
            "expected unit" => "expected null".to_string(),
            "expected a sequence" => "expected a list".to_string(),
            w if w == "expected a map" || w.starts_with("expected struct ") => {
                "expected an object".to_string()
            }
            w => cut(w, 80),
        };
        let reply = if why.is_empty() {
            shown
        } else {
            format!("{shown} ({why})")
        };
        CliError::UnexpectedReply {
            action: action.to_string(),
            reply,
        }
    }
}

impl CliError {
    /// A file named on the command line cannot be read: says so plainly for a directory (the
    /// OS's words are "Is a directory (os error 21)"), else gives the OS's reason.
    pub fn unreadable(what: &str, path: &str, err: &std::io::Error) -> CliError {
        if err.kind() == std::io::ErrorKind::IsADirectory || std::path::Path::new(path).is_dir() {
            return CliError::Usage(format!(
                "'{path}' is a directory; the {what} must be a file"
            ));
        }
        CliError::Usage(format!("cannot read {what} file '{path}': {err}"))
    }
}

/// Anki's message as text: without the invisible U+2068/U+2069 marks Anki puts around names,
/// and with its `<br>` line breaks as new lines.
pub fn clean_message(message: &str) -> String {
    let mut text: String = message
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    for br in ["<br>", "<br/>", "<br />", "<BR>"] {
        text = text.replace(br, "\n");
    }
    text
}

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
            (
                CliError::UnsupportedAction {
                    action: "a".into(),
                    by_add_on: true,
                },
                1,
            ),
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
                    action: "a".into(),
                    probe: None,
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
            (
                CliError::UnexpectedReply {
                    action: "a".into(),
                    reply: "42".into(),
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
    fn anki_messages_lose_isolation_marks_and_html_breaks() {
        let err = CliError::Action {
            action: "updateModelTemplates".into(),
            message: "Card template \u{2068}1\u{2069} in note type '\u{2068}Basic\u{2069}' has a problem.<br>Field '\u{2068}Back\u{2069}' not found.".into(),
        };
        assert_eq!(
            err.to_string(),
            "updateModelTemplates: Card template 1 in note type 'Basic' has a problem.\nField 'Back' not found."
        );
        assert_eq!(clean_message("a<br/>b<br />c"), "a\nb\nc");
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
    fn unexpected_replies_are_cut_to_200_characters() {
        let huge = serde_json::Value::String("x".repeat(1_000_000));
        let err = CliError::unexpected_reply("findNotes", &huge, &"y".repeat(1000));
        let text = err.to_string();
        assert!(
            text.starts_with("unexpected reply from AnkiConnect to findNotes: \"xxx"),
            "{text}"
        );
        assert!(text.len() < 400, "{} characters", text.len());
        assert_eq!(err.status().code(), 3);
        let small = CliError::unexpected_reply("version", &serde_json::json!(42), "");
        assert_eq!(
            small.to_string(),
            "unexpected reply from AnkiConnect to version: 42"
        );
        assert_eq!(cut("héllo", 2), "hé…");
        assert_eq!(cut("hé", 2), "hé");
    }

    #[test]
    fn connection_hint_names_the_url() {
        let err = CliError::Connect {
            url: "http://127.0.0.1:9".into(),
            detail: "refused".into(),
        };
        assert!(err.hints()[0].contains("http://127.0.0.1:9"));
    }

    #[test]
    fn a_timeout_says_what_the_second_request_found() {
        let timeout = |probe| CliError::Timeout {
            url: "http://127.0.0.1:8765".into(),
            secs: 30.0,
            action: "deckNames".into(),
            probe,
        };
        let silent = timeout(Some(Probe::Silent));
        assert!(silent.to_string().starts_with("no reply to deckNames from http://127.0.0.1:8765 within 30 s; Anki does not answer anything"), "{silent}");
        assert!(silent.hints()[0].contains("dialog that needs a click"));
        let answered = timeout(Some(Probe::Answered));
        assert!(answered
            .to_string()
            .ends_with("Anki still answers other requests"));
        assert!(answered.hints()[0].contains("--timeout"));
        assert!(timeout(Some(Probe::Gone)).hints()[0].contains("crashed"));
        assert_eq!(silent.status().code(), 3);
    }

    #[test]
    fn errors_never_show_the_password_of_a_url() {
        let url = "http://bob:s3cret@anki.example:8765";
        let errors = [
            CliError::Connect {
                url: url.into(),
                detail: format!("error sending request for url ({url}/)"),
            },
            CliError::Timeout {
                url: url.into(),
                secs: 1.0,
                action: "version".into(),
                probe: Some(Probe::Silent),
            },
            CliError::Protocol {
                url: url.into(),
                detail: "HTTP status 500".into(),
            },
            CliError::Forbidden { url: url.into() },
        ];
        for err in errors {
            let text = format!("{err} {}", err.hints().join(" "));
            assert!(!text.contains("s3cret") && !text.contains("bob"), "{text}");
            assert!(text.contains("anki.example:8765"), "{text}");
        }
    }
}
