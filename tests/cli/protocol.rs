//! The real add-on's protocol, as anki-cli relies on it (texts from the add-on's `__init__.py` and
//! `web.py`): reply shapes by version, error texts, `multi`, key checks, origins, the banner, and
//! one reply per connection.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::anki::{Anki, Options};
use crate::common::cmd;
use serde_json::{json, Value};

/// The add-on's error for a missing or wrong key.
const BAD_KEY: &str = "valid api key must be provided";

/// A raw HTTP reply: status line, header lines (lower-cased names) and body.
struct Reply {
    status: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn parse_reply(raw: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap_or_default().to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

fn connect(anki: &Anki) -> TcpStream {
    let stream = TcpStream::connect(anki.url.trim_start_matches("http://")).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    stream
}

/// A keep-alive POST (HTTP/1.1, no `Connection: close`), as a pooling client sends it.
fn keep_alive_post(body: &str, extra_headers: &str) -> String {
    format!(
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra_headers}Content-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

/// Reads until the server closes the connection (a reset counts); fails the test if it keeps the
/// connection open past the read timeout.
fn read_until_closed(stream: &mut TcpStream) -> Vec<u8> {
    let mut reply = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return reply,
            Ok(n) => reply.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return reply,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => panic!(
                "the add-on should close the connection after its reply: {e}; got {}",
                String::from_utf8_lossy(&reply)
            ),
        }
    }
}

#[test]
fn version_6_wraps_results_and_version_4_or_none_returns_them_bare() {
    let b = Anki::shared();
    assert_eq!(
        b.raw(r#"{"action":"getProfiles","version":6}"#),
        json!({"result": ["User 1"], "error": null})
    );
    assert_eq!(
        b.raw(r#"{"action":"getProfiles","version":5}"#),
        json!({"result": ["User 1"], "error": null}),
        "every version above 4 wraps"
    );
    assert_eq!(
        b.raw(r#"{"action":"getProfiles","version":4}"#),
        json!(["User 1"])
    );
    assert_eq!(
        b.raw(r#"{"action":"version"}"#),
        json!(6),
        "a missing version means 4: the bare result"
    );
    assert_eq!(
        b.raw(r#"{"action":"deleteMediaFile","version":6,"params":{"filename":"protocol_version_none.txt"}}"#),
        json!({"result": null, "error": null}),
        "actions without a result answer null"
    );
    assert_eq!(
        b.raw(r#"{"action":"nope"}"#),
        json!({"result": null, "error": "unsupported action"}),
        "errors keep the envelope even for version 4"
    );
}

#[test]
fn errors_are_the_add_on_texts_and_the_cli_shows_them_verbatim() {
    let b = Anki::shared();
    let error = |body: &str| -> String {
        let reply = b.raw(body);
        assert!(reply["result"].is_null(), "{reply}");
        reply["error"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(
        error(r#"{"action":"nope","version":6}"#),
        "unsupported action"
    );
    assert_eq!(
        error(r#"{"action":"deckNameFromId","version":6,"params":{}}"#),
        "AnkiConnect.deckNameFromId() missing 1 required positional argument: 'deckId'",
        "a missing parameter is Python's TypeError"
    );
    assert_eq!(
        error(r#"{"action":"version","version":6,"params":{"x":1}}"#),
        "AnkiConnect.version() got an unexpected keyword argument 'x'"
    );
    assert_eq!(
        error(
            r#"{"action":"addNote","version":6,"params":{"note":{"deckName":"protocol_errors::NoSuchDeck","modelName":"Basic","fields":{}}}}"#
        ),
        "deck was not found: protocol_errors::NoSuchDeck"
    );
    assert_eq!(
        error("not json"),
        "Expecting value: line 1 column 1 (char 0)"
    );
    assert!(
        error(r#"{"version":6}"#).starts_with("'action' is a required property"),
        "the request schema is checked"
    );
    assert!(
        error(r#"{"action":"version","version":"6"}"#).starts_with("'6' is not of type 'integer'")
    );

    let r = cmd(&b.url, "api version --params '{\"x\":1}'", 1);
    assert_eq!(
        r.stderr.lines().next().unwrap_or_default(),
        "anki-cli: error: version: AnkiConnect.version() got an unexpected keyword argument 'x'"
    );
    cmd(&b.url, "api protocolNoSuchAction", 1)
        .err_has(&["error: this server does not support protocolNoSuchAction"]);
}

#[test]
fn multi_runs_inner_actions_with_their_own_versions() {
    let b = Anki::shared();
    let reply = b.call(
        "multi",
        json!({"actions": [
            {"action": "getProfiles"},
            {"action": "getProfiles", "version": 6},
            {"action": "nope", "version": 6},
            {"action": "nope"},
            {"action": "version", "version": 6, "params": {"x": 1}}
        ]}),
    );
    assert_eq!(
        reply,
        json!([
            ["User 1"],
            {"result": ["User 1"], "error": null},
            {"result": null, "error": "unsupported action"},
            {"result": null, "error": "unsupported action"},
            {"result": null, "error": "AnkiConnect.version() got an unexpected keyword argument 'x'"}
        ]),
        "an inner action without a version gets 4 (bare), whatever the outer version"
    );
    assert_eq!(
        b.raw(r#"{"action":"multi","params":{"actions":[{"action":"version","version":6}]}}"#),
        json!([{"result": 6, "error": null}]),
        "the outer version shapes only the outer reply"
    );
}

#[test]
fn api_reflect_lists_the_actions_it_is_asked_about() {
    let b = Anki::shared();
    assert_eq!(
        b.call(
            "apiReflect",
            json!({"scopes": ["actions"], "actions": ["multi", "protocolNope", "version"]})
        ),
        json!({"scopes": ["actions"], "actions": ["multi", "version"]})
    );
    let all = b.call(
        "apiReflect",
        json!({"scopes": ["actions"], "actions": null}),
    );
    let names: Vec<&str> = all["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for name in anki_cli::actions::ACTIONS.iter().map(|a| a.name) {
        assert!(names.contains(&name), "{name} is not in {names:?}");
    }
    assert_eq!(
        b.raw(r#"{"action":"apiReflect","version":6}"#)["error"],
        "scopes has invalid value"
    );
}

#[test]
fn key_is_checked_on_every_action_and_inner_action_but_request_permission() {
    let b = Anki::start(Options::key("k"));
    assert_eq!(
        b.raw(r#"{"action":"version","version":6}"#)["error"],
        BAD_KEY
    );
    assert_eq!(
        b.raw(r#"{"action":"version","version":6,"key":"nope"}"#)["error"],
        BAD_KEY
    );
    assert_eq!(
        b.raw(r#"{"action":"version","key":"nope"}"#),
        json!({"result": null, "error": BAD_KEY}),
        "the key error keeps the envelope for version 4 too"
    );
    assert_eq!(
        b.raw(r#"{"action":"version","version":6,"key":"k"}"#)["result"],
        6
    );
    assert_eq!(
        b.raw(r#"{"action":"requestPermission","version":6}"#),
        json!({"result": {"permission": "granted", "requireApikey": true, "version": 6}, "error": null}),
        "requestPermission needs no key, and spells requireApikey so"
    );
    assert_eq!(
        b.raw(r#"{"action":"multi","version":6,"key":"k","params":{"actions":[{"action":"version","version":6},{"action":"version","version":6,"key":"k"}]}}"#)["result"],
        json!([{"result": null, "error": BAD_KEY}, {"result": 6, "error": null}]),
        "each inner action needs the key too"
    );

    // A foreign origin's requestPermission asks the user in a dialog; nobody says yes here.
    let (status, body) = b.raw_http(
        r#"{"action":"requestPermission","version":6}"#,
        "Origin: http://protocol.example\r\n",
    );
    assert!(status.contains("200"), "{status}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap(),
        json!({"result": {"permission": "denied"}, "error": null})
    );
    let log = std::fs::read_to_string(b.base.join("anki.log")).unwrap_or_default();
    assert!(
        log.contains("closing modal dialog: QMessageBox title='A website wants to access to Anki'")
            && log.contains("http://protocol.example"),
        "the add-on asked in a dialog: {log}"
    );
}

#[test]
fn foreign_origins_get_403_and_an_empty_body_gets_the_banner() {
    let b = Anki::shared();
    let version = r#"{"action":"version","version":6}"#;

    let mut stream = connect(b);
    let request = keep_alive_post(version, "Origin: http://evil.example\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let denied = parse_reply(&read_until_closed(&mut stream));
    assert_eq!(denied.status, "HTTP/1.1 403 Forbidden");
    assert_eq!(denied.body, "", "a 403 has no body");
    assert_eq!(
        denied.header("content-length"),
        None,
        "the 403 has no Content-Length: its end is the closed connection"
    );

    for allowed in [
        "http://localhost",
        "http://127.0.0.1:3000",
        "chrome-extension://abc",
    ] {
        let (status, body) = b.raw_http(version, &format!("Origin: {allowed}\r\n"));
        assert!(status.contains("200"), "{allowed}: {status}");
        assert_eq!(body, r#"{"result": 6, "error": null}"#, "{allowed}");
    }

    let (status, banner) = b.raw_http("", "");
    assert!(status.contains("200"), "{status}");
    assert_eq!(banner, r#"{"apiVersion": "AnkiConnect v.6"}"#);
}

#[test]
fn the_add_on_closes_the_connection_after_every_reply() {
    let b = Anki::shared();
    let mut stream = connect(b);
    let version = r#"{"action":"version","version":6}"#;
    // Two requests on one keep-alive connection, the second sent before the first is answered.
    let two = format!(
        "{}{}",
        keep_alive_post(version, ""),
        keep_alive_post(r#"{"action":"getProfiles","version":6}"#, "")
    );
    stream.write_all(two.as_bytes()).unwrap();
    let started = Instant::now();
    let raw = read_until_closed(&mut stream);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "closed at once"
    );
    let reply = parse_reply(&raw);
    assert_eq!(reply.status, "HTTP/1.1 200 OK", "an HTTP/1.1 reply");
    assert_eq!(
        reply.header("connection"),
        None,
        "it does not say it will close"
    );
    assert_eq!(reply.header("content-length"), Some("28"));
    assert_eq!(
        reply.body, r#"{"result": 6, "error": null}"#,
        "only the first request was answered; the second died with the connection"
    );

    // A connection that sent one request is dead afterwards.
    let mut stream = connect(b);
    stream
        .write_all(keep_alive_post(version, "").as_bytes())
        .unwrap();
    read_until_closed(&mut stream);
    let again = stream.write_all(keep_alive_post(version, "").as_bytes());
    let mut rest = Vec::new();
    let read = stream.read_to_end(&mut rest);
    assert!(
        again.is_err()
            || matches!(&read, Ok(0))
            || read.as_ref().is_err_and(|e| matches!(
                e.kind(),
                ErrorKind::ConnectionReset | ErrorKind::BrokenPipe
            )),
        "a second request on the connection gets no reply: {again:?} {read:?} {rest:?}"
    );
}
