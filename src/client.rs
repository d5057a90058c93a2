//! The transport: sends a [`Request`] to AnkiConnect and returns its `result`.
//!
//! One small blocking HTTP layer ([`HttpTransport`]), the [`DryRun`] wrapper that sends reads
//! and records writes, and the pure reply parser.

use std::cell::RefCell;
use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::actions::{Effect, StandIn};
pub use crate::error::Probe;
use crate::error::{CliError, Result};
use crate::request::Request;

/// Anything that can answer AnkiConnect requests.
pub trait Transport {
    /// Sends one request and returns AnkiConnect's `result`, or the error it reported.
    fn call(&self, request: &Request) -> Result<Value>;
    /// A transport of its own for reads from another thread (`None`: reads go in turn here).
    fn detached(&self) -> Option<Box<dyn Transport + Send>> {
        None
    }
    /// Sends one request and gives its reply's body to read as it arrives (see
    /// `reply_stream`), for replies too big to hold; `None`: this transport cannot, use
    /// [`Transport::call`].
    fn open(&self, _request: &Request) -> Result<Option<Body>> {
        Ok(None)
    }
}

/// The body of a reply being read as it arrives ([`Transport::open`]), at most the reply cap
/// (`limits.rs`), with what its errors name.
pub struct Body {
    /// The bytes of the reply (a `{result, error}` envelope).
    pub reader: Box<dyn std::io::Read + Send>,
    /// Where it came from.
    pub url: String,
    /// The action it answers.
    pub action: String,
    /// Whether a key was sent (for a key error).
    pub key_sent: bool,
    /// The error for a transfer that failed on the way (a timeout, a reset).
    pub failed: Box<dyn Fn(&std::io::Error) -> CliError + Send>,
}

/// The error string AnkiConnect uses for a missing or wrong key.
const BAD_KEY: &str = "valid api key must be provided";
/// The error string AnkiConnect uses for an action it does not know.
const UNSUPPORTED: &str = "unsupported action";

/// Whether `msg` says the server does not know the action: the add-on's exact
/// "unsupported action", or the "Unsupported action: NAME" of AnkiConnect-compatible servers.
/// Returns whether the text was the add-on's own.
fn unsupported(msg: &str) -> Option<bool> {
    let lower = msg.trim().to_ascii_lowercase();
    if lower == UNSUPPORTED {
        return Some(msg.trim() == UNSUPPORTED);
    }
    lower
        .strip_prefix(UNSUPPORTED)
        .is_some_and(|rest| rest.starts_with(':'))
        .then_some(false)
}

/// Turns an HTTP status and body into the action's result or a [`CliError`].
pub fn parse_reply(
    url: &str,
    action: &str,
    key_sent: bool,
    status: u16,
    body: &[u8],
) -> Result<Value> {
    if status == 403 {
        return Err(CliError::Forbidden {
            url: url.to_string(),
        });
    }
    if !(200..300).contains(&status) {
        return Err(CliError::Protocol {
            url: url.to_string(),
            detail: format!("HTTP status {status}"),
        });
    }
    let mut reply: Value = serde_json::from_slice(body).map_err(|_| CliError::Protocol {
        url: url.to_string(),
        detail: format!("the body is not JSON: {}", preview(body)),
    })?;
    let (Some(_), Some(error)) = (reply.get("result"), reply.get("error")) else {
        return Err(CliError::Protocol {
            url: url.to_string(),
            detail: format!(
                "the JSON is not AnkiConnect's {{result, error}} envelope: {}",
                preview(body)
            ),
        });
    };
    match action_error(action, key_sent, error) {
        Some(error) => Err(error),
        None => Ok(reply["result"].take()), // not copied: it may be megabytes
    }
}

/// The error an envelope's `error` stands for (`None`: null, the action succeeded).
pub fn action_error(action: &str, key_sent: bool, error: &Value) -> Option<CliError> {
    Some(match error {
        Value::Null => return None,
        Value::String(msg) if msg == BAD_KEY => CliError::BadKey { key_sent },
        Value::String(msg) if unsupported(msg).is_some() => CliError::UnsupportedAction {
            action: action.to_string(),
            by_add_on: unsupported(msg) == Some(true),
        },
        Value::String(msg) => CliError::Action {
            action: action.to_string(),
            message: crate::limits::shown(msg), // any length: a few hundred characters
        },
        // Not the add-on's (its errors are strings): shown cut, as any unexpected reply.
        other => CliError::Action {
            action: action.to_string(),
            message: crate::error::cut(&other.to_string(), crate::error::REPLY_PREVIEW),
        },
    })
}

fn preview(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    match text.trim() {
        "" => "(empty)".into(),
        text => crate::error::cut(text, 80),
    }
}

/// Per-request settings of the HTTP transport.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// Where AnkiConnect listens.
    pub url: String,
    /// The API key, if one is configured.
    pub key: Option<String>,
    /// Timeout for ordinary actions.
    pub timeout: Duration,
    /// Whether the user chose the timeout (then it also applies to long actions).
    pub timeout_explicit: bool,
    /// Log requests and replies on stderr.
    pub verbose: bool,
    /// `ANKI_CLI_START`: run when nothing listens, then the request is sent once more.
    pub start: Option<std::path::PathBuf>,
}

/// A new HTTP client that opens a fresh connection for every request.
///
/// AnkiConnect answers HTTP/1.1 without `Connection: close` and then closes the socket after every
/// reply, so a pooled connection is always dead by the next request; nothing is kept idle.
pub fn new_client() -> Result<reqwest::blocking::Client> {
    reqwest::blocking::Client::builder()
        .user_agent(concat!("anki-cli/", env!("CARGO_PKG_VERSION")))
        .pool_max_idle_per_host(0)
        .no_proxy()
        .build()
        .map_err(|e| CliError::Usage(format!("cannot start the HTTP client: {e}")))
}

/// Sends requests over HTTP, one connection per request (see [`new_client`]).
#[derive(Clone)]
pub struct HttpTransport {
    client: reqwest::blocking::Client,
    options: HttpOptions,
}

impl HttpTransport {
    /// Uses an existing client, so the REPL builds it once for the whole session.
    pub fn with_client(client: reqwest::blocking::Client, options: HttpOptions) -> Self {
        HttpTransport { client, options }
    }

    /// The timeout for one action: the user's choice, else the action's own default.
    fn timeout_for(&self, action: &str) -> Duration {
        if self.options.timeout_explicit {
            return self.options.timeout;
        }
        crate::actions::default_timeout(action)
            .map_or(self.options.timeout, |t| t.max(self.options.timeout))
    }

    fn log(&self, line: &str) {
        if self.options.verbose {
            let _ = writeln!(std::io::stderr(), "{line}");
        }
    }

    /// The error for a request that failed on the way; after a timeout, a short second request
    /// ([`HttpTransport::probe`]) tells a busy action from an Anki that answers nothing at all.
    fn failed(&self, action: &str, timeout: Duration, err: &reqwest::Error) -> CliError {
        let url = &self.options.url;
        let mut error = transport_error(url, timeout, err);
        if let CliError::Timeout {
            action: timed_out,
            probe,
            ..
        } = &mut error
        {
            *timed_out = action.to_string();
            let probe_timeout = PROBE_TIMEOUT.min(timeout);
            self.log(&format!(
                "< no reply in {} s; does Anki answer anything? > POST version (timeout {} s)",
                timeout.as_secs_f64(),
                probe_timeout.as_secs_f64()
            ));
            let found = self.probe(probe_timeout);
            self.log(match found {
                Probe::Answered => "< version answered: Anki is not blocked",
                Probe::Silent => "< no reply to version either: Anki answers nothing right now",
                Probe::Gone => "< version could not connect: Anki is gone",
            });
            *probe = Some(found);
        }
        error
    }

    /// Sends `version` with a short timeout: does Anki answer anything right now?
    pub fn probe(&self, timeout: Duration) -> Probe {
        let body =
            serde_json::to_vec(&Request::bare("version").envelope(self.options.key.as_deref()))
                .expect("a JSON value always serializes");
        let sent = self
            .client
            .post(&self.options.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::CONNECTION, "close")
            .timeout(timeout)
            .body(body)
            .send()
            .and_then(|r| r.bytes());
        match sent {
            Ok(_) => Probe::Answered,
            Err(e) if e.is_timeout() => Probe::Silent,
            Err(_) => Probe::Gone,
        }
    }
}

/// How long the second request after a timeout waits at most (never longer than the first).
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

impl Transport for HttpTransport {
    fn detached(&self) -> Option<Box<dyn Transport + Send>> {
        Some(Box::new(self.clone()))
    }
    fn call(&self, request: &Request) -> Result<Value> {
        let (response, started) = self.post(request)?;
        let (url, action) = (&self.options.url, &request.action);
        let status = response.status().as_u16();
        let bytes = crate::limits::read_reply(response, action, url, |e| {
            self.failed(action, self.timeout_for(action), e)
        })?;
        self.log(&format!(
            "< HTTP {status} in {} ms\n< {}",
            started.elapsed().as_millis(),
            crate::limits::shown(&String::from_utf8_lossy(&bytes))
        ));
        parse_reply(url, action, self.options.key.is_some(), status, &bytes)
    }
    fn open(&self, request: &Request) -> Result<Option<Body>> {
        let (response, started) = self.post(request)?;
        let (url, action) = (&self.options.url, &request.action);
        let status = response.status().as_u16();
        self.log(&format!(
            "< HTTP {status} in {} ms (the reply is read as it arrives)",
            started.elapsed().as_millis()
        ));
        let key_sent = self.options.key.is_some();
        if !(200..300).contains(&status) {
            return parse_reply(url, action, key_sent, status, b"").map(|_| None);
        }
        let reader = crate::limits::capped_reply(response, action, url)?;
        let (this, timed_out, at) = (self.clone(), action.clone(), url.clone());
        Ok(Some(Body {
            reader: Box::new(std::io::BufReader::with_capacity(1 << 16, reader)),
            url: url.clone(),
            action: action.clone(),
            key_sent,
            failed: Box::new(move |e| {
                crate::limits::read_error(e, &at, |err| {
                    this.failed(&timed_out, this.timeout_for(&timed_out), err)
                })
            }),
        }))
    }
}

impl HttpTransport {
    /// Sends `request` (starting Anki first when nothing listens and `ANKI_CLI_START` says
    /// how); returns the response, its body still unread, and when it was sent.
    fn post(&self, request: &Request) -> Result<(reqwest::blocking::Response, Instant)> {
        let url = &self.options.url;
        let key = self.options.key.as_deref();
        let body =
            serde_json::to_vec(&request.envelope(key)).expect("a JSON value always serializes");
        let timeout = self.timeout_for(&request.action);
        self.log(&format!(
            "> POST {}\n> {}",
            crate::url::redact_url(url),
            request.redacted_envelope(key.is_some())
        ));
        let started = Instant::now();
        let send = |body: Vec<u8>| {
            self.client
                .post(url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(reqwest::header::CONNECTION, "close")
                .timeout(timeout)
                .body(body)
                .send()
        };
        let response = match send(body.clone()) {
            // Nothing listens, so nothing was sent: start Anki and send it again.
            Err(e)
                if e.is_connect() && crate::autostart::run(self.options.start.as_deref(), url) =>
            {
                send(body)
            }
            other => other,
        }
        .map_err(|e| self.failed(&request.action, timeout, &e))?;
        Ok((response, started))
    }
}

fn transport_error(url: &str, timeout: Duration, err: &reqwest::Error) -> CliError {
    if err.is_timeout() {
        return CliError::Timeout {
            url: url.to_string(),
            secs: timeout.as_secs_f64(),
            action: String::new(),
            probe: None,
        };
    }
    let mut detail = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(err);
    while let Some(e) = source {
        detail = e.to_string();
        source = e.source();
    }
    let detail = crate::url::redact_in(&detail, url);
    if err.is_connect() || err.is_request() {
        CliError::Connect {
            url: url.to_string(),
            detail,
        }
    } else {
        CliError::Protocol {
            url: url.to_string(),
            detail,
        }
    }
}

/// `--dry-run`: reads go to Anki through `inner`; every write (see [`crate::actions::Effect`]) is
/// recorded instead of sent and answered with a stand-in of its reply's shape (IDs `0`), so the
/// command runs to its end. The caller prints [`DryRun::written`].
pub struct DryRun<'a> {
    inner: &'a dyn Transport,
    written: RefCell<Vec<Request>>,
}

impl<'a> DryRun<'a> {
    /// A dry run whose reads go to `inner`.
    pub fn new(inner: &'a dyn Transport) -> Self {
        DryRun {
            inner,
            written: RefCell::new(Vec::new()),
        }
    }

    /// The writes that would have been sent, in order.
    pub fn written(&self) -> Vec<Request> {
        self.written.borrow().clone()
    }
}

impl Transport for DryRun<'_> {
    fn call(&self, request: &Request) -> Result<Value> {
        let stand_in = match crate::actions::effect(&request.action) {
            Effect::Write(StandIn::Each) => crate::stand_in::multi(request),
            Effect::Write(stand_in) => Some(crate::stand_in::reply(stand_in, request)),
            Effect::Read => None,
        };
        let Some(stand_in) = stand_in else {
            return self.inner.call(request).map_err(|error| match error {
                CliError::Connect { .. } | CliError::Timeout { .. } | CliError::Protocol { .. } => {
                    CliError::Noted {
                        note: format!(
                            "the dry run needs Anki's reply to {} (a read) to go on; the writes \
                             it built before that are printed",
                            request.action
                        ),
                        error: Box::new(error),
                    }
                }
                other => other,
            });
        };
        self.written.borrow_mut().push(request.clone());
        Ok(stand_in)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const URL: &str = "http://127.0.0.1:8765";

    #[test]
    fn success_returns_the_result() {
        let body = br#"{"result":["Default"],"error":null}"#;
        let v = parse_reply(URL, "deckNames", false, 200, body).unwrap();
        assert_eq!(v, json!(["Default"]));
    }

    #[test]
    fn anki_error_is_shown_verbatim() {
        let err = parse_reply(
            URL,
            "deckNameFromId",
            false,
            200,
            br#"{"result":null,"error":"deck was not found: 7"}"#,
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "deckNameFromId: deck was not found: 7");
        assert_eq!(err.status().code(), 1);
    }

    #[test]
    fn key_errors_are_auth_errors() {
        let body = br#"{"result":null,"error":"valid api key must be provided"}"#;
        assert!(matches!(
            parse_reply(URL, "x", false, 200, body),
            Err(CliError::BadKey { key_sent: false })
        ));
        assert!(matches!(
            parse_reply(URL, "x", true, 200, body),
            Err(CliError::BadKey { key_sent: true })
        ));
    }

    #[test]
    fn unknown_action_names_the_action() {
        let body = br#"{"result":null,"error":"unsupported action"}"#;
        let err = parse_reply(URL, "getFoo", false, 200, body).unwrap_err();
        assert!(
            matches!(&err, CliError::UnsupportedAction { action, by_add_on: true } if action == "getFoo")
        );
        assert_eq!(err.to_string(), "this server does not support getFoo");
        assert!(err.hints().iter().any(|h| h.contains("Update the add-on")));
    }

    #[test]
    fn compatible_servers_word_unsupported_actions_their_own_way() {
        for text in [
            "Unsupported action: getActiveProfile",
            "unsupported action: getActiveProfile",
            "Unsupported action",
        ] {
            let body = serde_json::to_vec(&json!({"result": null, "error": text})).unwrap();
            let err = parse_reply(URL, "getActiveProfile", false, 200, &body).unwrap_err();
            assert!(
                matches!(&err, CliError::UnsupportedAction { action, by_add_on: false } if action == "getActiveProfile"),
                "{text}: {err:?}"
            );
            assert_eq!(err.status().code(), 1);
            assert!(
                !err.hints().iter().any(|h| h.contains("Update the add-on")),
                "not the add-on: {:?}",
                err.hints()
            );
        }
        // An error that merely mentions the words is the action's own.
        let body = br#"{"result":null,"error":"unsupported actions list: x"}"#;
        assert!(matches!(
            parse_reply(URL, "x", false, 200, body),
            Err(CliError::Action { .. })
        ));
    }

    #[test]
    fn forbidden_and_other_statuses() {
        assert!(matches!(
            parse_reply(URL, "x", false, 403, b""),
            Err(CliError::Forbidden { .. })
        ));
        assert!(matches!(
            parse_reply(URL, "x", false, 500, b"oops"),
            Err(CliError::Protocol { .. })
        ));
    }

    #[test]
    fn non_envelopes_are_protocol_errors() {
        for body in [&b"<html>hi</html>"[..], b"", b"6", br#"{"result":1}"#] {
            let err = parse_reply(URL, "x", false, 200, body).unwrap_err();
            assert!(matches!(err, CliError::Protocol { .. }), "{body:?}");
        }
    }

    /// Answers every request with its action's name, counting them.
    struct Echo(RefCell<Vec<String>>);

    impl Transport for Echo {
        fn call(&self, request: &Request) -> Result<Value> {
            self.0.borrow_mut().push(request.action.clone());
            Ok(json!(request.action))
        }
    }

    #[test]
    fn a_dry_run_sends_reads_and_records_writes() {
        let echo = Echo(RefCell::new(Vec::new()));
        let dry = DryRun::new(&echo);
        assert_eq!(
            dry.call(&Request::bare("deckNames")).unwrap(),
            json!("deckNames")
        );
        let add = Request::new("addNotes", json!({"notes": [{}, {}]}));
        assert_eq!(dry.call(&add).unwrap(), json!([0, 0]));
        let store = Request::new(
            "storeMediaFile",
            json!({"filename": "a.png", "data": "eA=="}),
        );
        assert_eq!(dry.call(&store).unwrap(), json!("a.png"));
        let reads = Request::new(
            "multi",
            json!({"actions": [{"action": "deckNames"}, {"action": "version"}]}),
        );
        assert_eq!(
            dry.call(&reads).unwrap(),
            json!("multi"),
            "only reads: sent"
        );
        let mixed = Request::new(
            "multi",
            json!({"actions": [{"action": "deckNames"}, {"action": "createDeck", "params": {"deck": "x"}}]}),
        );
        assert_eq!(
            dry.call(&mixed).unwrap(),
            json!([{"result": null, "error": null}, {"result": 0, "error": null}])
        );
        assert_eq!(
            dry.call(&Request::bare("noSuchAction")).unwrap(),
            json!(null)
        );
        assert_eq!(*echo.0.borrow(), ["deckNames", "multi"]);
        assert_eq!(
            dry.written(),
            vec![add, store, mixed, Request::bare("noSuchAction")]
        );
    }

    #[test]
    fn a_read_the_dry_run_cannot_make_is_named() {
        struct Gone;
        impl Transport for Gone {
            fn call(&self, _: &Request) -> Result<Value> {
                Err(CliError::Connect {
                    url: URL.into(),
                    detail: "refused".into(),
                })
            }
        }
        let dry = DryRun::new(&Gone);
        let err = dry.call(&Request::bare("modelFieldNames")).unwrap_err();
        assert!(
            err.to_string()
                .contains("needs Anki's reply to modelFieldNames"),
            "{err}"
        );
        assert_eq!(err.status().code(), 3);
    }
}
