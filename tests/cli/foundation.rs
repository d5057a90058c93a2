//! Transport, settings, output and exit-code behaviour of the whole binary.

use std::io::{Read, Write};
use std::process::Stdio;
use std::time::Duration;

use crate::anki::{Anki, Options};
use crate::common::{
    cli, cmd, cmd_in, exits, http_response, q, run_line, spawn, tty, tty_cli, Stub,
};
use serde_json::{json, Value};

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[test]
fn cannot_connect_exits_3_and_names_the_url() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    cmd(&url, "deck list", 3)
        .err_has(&["cannot connect", &url])
        .err_has(&["hint: Is Anki running"]);
}

#[test]
fn timeout_exits_3() {
    let stub = Stub::start(None);
    cmd(&stub.url, "--timeout 0.5 version", 3).err_has(&["no reply", "0.5"]);
}

#[test]
fn http_403_exits_4() {
    // The add-on's own 403 (web.py), byte for byte: no Content-Length, the connection just closes.
    // The real add-on sends it only for a foreign Origin header, which anki-cli never sends.
    let stub = Stub::start(Some(
        "HTTP/1.1 403 Forbidden\r\nAccess-Control-Allow-Origin: http://localhost\r\n\
         Access-Control-Allow-Headers: *\r\n\r\n",
    ));
    cmd(&stub.url, "version", 4).err_has(&["403", "webCorsOriginList"]);
}

#[test]
fn a_connection_closed_without_a_reply_exits_3() {
    let stub = Stub::start(Some(""));
    cmd(&stub.url, "version", 3).err_has(&[&stub.url]);
}

#[test]
fn a_reply_that_is_not_the_envelope_exits_3() {
    let stub = Stub::start(Some(leak(http_response("200 OK", "<html>not anki</html>"))));
    cmd(&stub.url, "version", 3).err_has(&["not JSON", "<html>"]);

    // Like the add-on's bare result for a version-4 request: no envelope.
    let stub = Stub::start(Some(leak(http_response("200 OK", "{\"hello\": 1}"))));
    cmd(&stub.url, "deck list", 3).err_has(&["envelope"]);

    let stub = Stub::start(Some(leak(http_response(
        "200 OK",
        "{\"result\": {\"permission\": 6}, \"error\": null}",
    ))));
    let r = cmd(&stub.url, "status", 3);
    assert!(
        r.stderr.contains("requestPermission") && r.stderr.contains("{\"permission\":6}"),
        "a wrong-typed reply names the action and the reply: {}",
        r.stderr
    );
}

/// The requests the add-on logged (its `apiLogPath`), across the Ankis of this test binary.
fn logged_requests() -> Vec<Value> {
    let prefix = format!("{}-", std::process::id());
    let mut requests = Vec::new();
    for entry in std::fs::read_dir(crate::anki::api_log_dir()).unwrap() {
        let path = entry.unwrap().path();
        let ours = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(&prefix));
        if !ours {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for block in text.split("\n\n") {
            if let Some(json) = block.trim_start().strip_prefix("[request]\n") {
                if let Ok(request) = serde_json::from_str(json) {
                    requests.push(request);
                }
            }
        }
    }
    requests
}

#[test]
fn requests_carry_version_6_and_the_key() {
    let b = Anki::start(Options::key("s3cret"));
    let deck = "requests_carry::Deck";
    exits(
        cli(&b.url).env("ANKI_CLI_KEY", "s3cret"),
        &format!("deck create {deck}"),
        None,
        0,
    );
    // The add-on logs each request as it received it.
    let received: Vec<Value> = logged_requests()
        .into_iter()
        .filter(|r| r["params"]["deck"] == deck)
        .collect();
    assert_eq!(
        received,
        vec![
            json!({"action": "createDeck", "version": 6, "key": "s3cret", "params": {"deck": deck}})
        ]
    );
}

#[test]
fn requests_ask_the_server_to_close_the_connection() {
    // The add-on closes every connection after its reply and says nothing about it, so anki-cli
    // asks for the close itself (a server's view of the headers: the real add-on does not show it).
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
            head.push(byte[0]);
        }
        let body = r#"{"result": 6, "error": null}"#;
        let reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let _ = stream.write_all(reply.as_bytes());
        String::from_utf8_lossy(&head).to_ascii_lowercase()
    });
    cmd(&url, "version", 0);
    let head = server.join().unwrap();
    assert!(head.contains("\r\nconnection: close\r\n"), "{head}");
    assert!(head.contains("\r\ncontent-length: "), "{head}");
}

#[test]
fn anki_errors_are_shown_verbatim_with_exit_1() {
    let b = Anki::shared();
    cmd(
        &b.url,
        "api deleteDecks --params '{\"decks\": [\"Default\"]}'",
        1,
    )
    .err_has(&["deleteDecks: Since Anki 2.1.28 it's not possible"]);
}

#[test]
fn unknown_actions_suggest_updating_the_add_on() {
    let b = Anki::shared();
    cmd(&b.url, "api getFancyThing", 1).err_has(&["getFancyThing", "Update the add-on"]);
}

#[test]
fn api_sends_params_inline_from_file_and_stdin() {
    let b = Anki::shared();
    let inline: Value = serde_json::from_str(
        &cmd(
            &b.url,
            "api createDeck --params '{\"deck\":\"api_params::Inline\"}'",
            0,
        )
        .stdout,
    )
    .unwrap();
    assert!(inline.as_i64().unwrap() > 1);
    let dir = tempfile::tempdir().unwrap();
    let file =
        crate::common::write_file(dir.path(), "p.json", r#"{"deck":"api_params::FromFile"}"#);
    let params = q(format!("@{}", file.display()));
    cmd(&b.url, &format!("api createDeck --params {params}"), 0);
    cmd_in(
        &b.url,
        "api createDeck --params -",
        r#"{"deck":"api_params::FromStdin"}"#,
        0,
    );
    let names = b.call("deckNames", json!({}));
    for d in [
        "api_params::Inline",
        "api_params::FromFile",
        "api_params::FromStdin",
    ] {
        assert!(
            names.as_array().unwrap().contains(&json!(d)),
            "{d} missing from {names}"
        );
    }
    cmd(&b.url, "api createDeck --params '{deck:'", 2).err_has(&["not valid JSON"]);
    cmd(&b.url, "api createDeck --params @/no/such/file.json", 2);
}

#[test]
fn api_key_missing_wrong_and_right() {
    let b = Anki::start(Options::key("s3cret"));
    cmd(&b.url, "deck list", 4).err_has(&["requires an API key", "ANKI_CLI_KEY"]);

    exits(
        cli(&b.url).env("ANKI_CLI_KEY", "nope"),
        "deck list",
        None,
        4,
    )
    .err_has(&["rejected the API key"]);

    let dir = tempfile::tempdir().unwrap();
    let keyfile = crate::common::write_file(dir.path(), "key", "s3cret\n");
    let ok = cmd(
        &b.url,
        &format!("--key-file {} -v deck list", q(&keyfile)),
        0,
    );
    assert!(
        ok.stderr.contains("\"key\":\"***\""),
        "verbose log shows the redacted key: {}",
        ok.stderr
    );
    assert!(!ok.stderr.contains("s3cret") && !ok.stdout.contains("s3cret"));
}

#[test]
fn status_reports_version_key_and_actions() {
    let b = Anki::start(Options::key("k"));
    let good = exits(cli(&b.url).env("ANKI_CLI_KEY", "k"), "status", None, 0);
    let report: Value = serde_json::from_str(&good.stdout).unwrap();
    assert_eq!(report["apiVersion"], 6);
    assert_eq!(report["apiKeyRequired"], true);
    assert_eq!(report["apiKeyAccepted"], true);
    assert_eq!(report["apiKeySent"], true);
    assert_eq!(report["permission"], "granted");
    assert_eq!(report["profile"], "User 1");
    assert_eq!(report["missingActions"], json!([]), "{report}");

    let none = tty(&b.url, "status", 4);
    assert!(
        none.stdout.contains("required, none given") && none.stderr.contains("ANKI_CLI_KEY"),
        "requestPermission answers without a key, version then fails: {} {}",
        none.stdout,
        none.stderr
    );

    exits(tty_cli(&b.url).env("ANKI_CLI_KEY", "x"), "status", None, 4).out_has(&["REJECTED"]);
}

#[test]
fn version_prints_the_api_version() {
    let b = Anki::shared();
    assert_eq!(cmd(&b.url, "version", 0).stdout, "6\n");
    let tty = run_line(&mut tty_cli(&b.url), "version", None);
    assert_eq!(tty.stdout, "AnkiConnect API version 6\n");
}

#[test]
fn dry_run_prints_requests_redacted_and_sends_nothing() {
    let b = Anki::shared();
    let r = exits(
        cli(&b.url).env("ANKI_CLI_KEY", "s3cret"),
        "--dry-run deck create dry_run::Deck1 dry_run::Deck2",
        None,
        0,
    )
    .out_has(&["\"createDeck\"", "dry_run::Deck1", "dry_run::Deck2"]);
    assert!(
        r.stdout.contains("\"key\": \"***\"") && !r.stdout.contains("s3cret"),
        "{}",
        r.stdout
    );
    let names = b.call("deckNames", json!({}));
    assert!(
        !names.to_string().contains("dry_run::"),
        "nothing was created: {names}"
    );

    cmd(&b.url, "--dry-run deck delete Default", 0)
        .out_has(&["\"deleteDecks\"", "\"cardsToo\": true"]);
}

#[test]
fn settings_come_from_flags_env_and_config_file() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let config = crate::common::write_file(
        dir.path(),
        "config.toml",
        &format!("url = \"{}\"\noutput = \"tsv\"\ndeck = \"French\"\n", b.url),
    );
    let mut cmd = cli("http://127.0.0.1:9");
    cmd.env_remove("ANKI_CLI_URL")
        .env("ANKI_CLI_CONFIG", &config);
    let r = exits(&mut cmd, "deck list", None, 0);
    let rows: Vec<&str> = r.stdout.lines().collect();
    assert!(
        rows.contains(&"Default\t1") && rows.iter().all(|l| l.split('\t').count() == 2),
        "url and output (tsv, no header) from the config file: {}",
        r.stdout
    );

    let mut cmd = cli("http://127.0.0.1:9");
    cmd.env("ANKI_CLI_CONFIG", &config);
    assert_eq!(
        run_line(&mut cmd, "deck list", None).code,
        Some(3),
        "env beats file"
    );

    let mut cmd = cli("http://127.0.0.1:9");
    cmd.env("ANKI_CLI_CONFIG", &config);
    let r = exits(
        &mut cmd,
        &format!("--url {} -o json deck list", q(&b.url)),
        None,
        0,
    );
    let decks: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(decks["Default"], 1, "JSON from the flag: {}", r.stdout);

    let mut cmd = cli(&b.url);
    cmd.env("ANKI_CLI_CONFIG", &config)
        .env("ANKI_CLI_KEY", "hidden");
    let show = run_line(&mut cmd, "config show -o json", None);
    let shown: Value = serde_json::from_str(&show.stdout).unwrap();
    assert_eq!(shown["output"], "json");
    assert_eq!(shown["sources"]["output"], "flag --output");
    assert_eq!(shown["deck"], "French");
    assert_eq!(shown["key"], "***");
    assert_eq!(shown["sources"]["url"], "environment ANKI_CLI_URL");
    assert!(!show.stdout.contains("hidden"));

    let mut cmd = cli(&b.url);
    cmd.env("ANKI_CLI_CONFIG", &config);
    assert_eq!(
        run_line(&mut cmd, "config path", None).stdout.trim(),
        config.to_str().unwrap()
    );
}

#[test]
fn a_malformed_config_file_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let config = crate::common::write_file(
        dir.path(),
        "config.toml",
        "url = \"http://x\"\ntimeout = [\n",
    );
    let mut cmd = cli("http://127.0.0.1:9");
    cmd.env("ANKI_CLI_CONFIG", &config);
    let r = exits(&mut cmd, "deck list", None, 2);
    assert!(
        r.stderr.contains("line 2") || r.stderr.contains("line 3"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("config.toml"), "{}", r.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let r = cmd("http://127.0.0.1:9", "deck frobnicate", 2);
    assert!(r.stderr.contains("frobnicate"));
    cmd("http://127.0.0.1:9", "--output xml deck list", 2);
    cmd("http://127.0.0.1:9", "--url ftp://nope deck list", 2);
    cmd("http://127.0.0.1:9", "--timeout -1 deck list", 2);
    assert!(cmd("http://127.0.0.1:9", "--help", 0)
        .stdout
        .contains("Exit codes"));
}

#[test]
fn a_closed_pipe_exits_0_quietly() {
    let b = Anki::shared();
    // The reader is gone before anki-cli writes (it needs a round trip first), like `| head -0`.
    let mut child = spawn(&b.url, "deck list -o tsv");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ctrl_c_exits_130() {
    let stub = Stub::start(None);
    let mut child = cli(&stub.url)
        .args(["version"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Once the request has arrived, the CLI is waiting on the reply with its handler installed.
    stub.bodies
        .recv_timeout(Duration::from_secs(10))
        .expect("request arrives");
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let code = child.wait().unwrap().code();
    assert_eq!(code, Some(130));
}
