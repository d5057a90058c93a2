//! The transport and what surrounds it: a request that times out (a modal dialog in Anki), servers
//! that speak AnkiConnect without being the add-on, output files that are not regular files, and
//! what errors and logs must not show (passwords in URLs, config values that may be keys).
//!
//! The real add-on where it can show the behaviour; an in-process [`Server`] only for what it
//! cannot (an action that hangs while `version` answers, a compatible server lacking actions).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use serde_json::{json, Value};

use crate::anki::{Anki, Options};
use crate::common::{cli, cmd, exits, q, run_line, tty, tty_cli, wait_until, write_file, Run};

/// An in-process server speaking AnkiConnect's HTTP: `answer(action, request)` gives the reply
/// envelope, or `None` to never answer (the connection stays open, as Anki's does while a dialog
/// blocks it). Records the action of every request it got.
struct Server {
    url: String,
    actions: Arc<Mutex<Vec<String>>>,
}

type Answer = dyn Fn(&str, &Value) -> Option<Value> + Send + Sync;

impl Server {
    fn start(answer: impl Fn(&str, &Value) -> Option<Value> + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind server");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let actions = Arc::new(Mutex::new(Vec::new()));
        let answer: Arc<Answer> = Arc::new(answer);
        let seen = actions.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { break };
                let (answer, seen) = (answer.clone(), seen.clone());
                thread::spawn(move || serve_one(stream, &*answer, &seen));
            }
        });
        Server { url, actions }
    }

    /// The actions received so far, in order.
    fn actions(&self) -> Vec<String> {
        self.actions.lock().unwrap().clone()
    }
}

fn serve_one(mut stream: TcpStream, answer: &Answer, seen: &Mutex<Vec<String>>) {
    let body = crate::common::read_request(&mut stream);
    if body.is_empty() {
        return;
    }
    let request: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let action = request["action"].as_str().unwrap_or_default().to_string();
    seen.lock().unwrap().push(action.clone());
    match answer(&action, &request) {
        Some(reply) => {
            let body = reply.to_string();
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
        }
        // Hold the connection open without a word, longer than any test waits.
        None => thread::sleep(Duration::from_secs(60)),
    }
}

fn ok(result: Value) -> Option<Value> {
    Some(json!({"result": result, "error": null}))
}

fn err(message: &str) -> Option<Value> {
    Some(json!({"result": null, "error": message}))
}

// ---- A request that times out: does Anki still answer? ----

#[test]
fn a_timeout_on_a_silent_server_says_anki_probably_shows_a_dialog() {
    let server = Server::start(|_, _| None);
    let r = cmd(&server.url, "--timeout 0.3 deck list", 3).err_has(&[
        "no reply to deckNamesAndIds",
        "Anki does not answer anything",
        "probably showing a dialog that needs a click",
    ]);
    assert!(!r.stderr.contains("raise --timeout"), "{}", r.stderr);
    assert_eq!(
        server.actions(),
        ["deckNamesAndIds", "version"],
        "one short second request checks whether Anki answers at all"
    );
}

#[test]
fn a_timeout_while_anki_still_answers_says_the_action_is_slow() {
    let server = Server::start(|action, _| match action {
        "version" => ok(json!(6)),
        _ => None,
    });
    let r = cmd(&server.url, "--timeout 0.3 deck list", 3).err_has(&[
        "no reply to deckNames",
        "Anki still answers other requests",
        "Raise --timeout",
    ]);
    assert!(!r.stderr.contains("needs a click"), "{}", r.stderr);
}

/// Sends a foreign origin's requestPermission to `b` without waiting: the add-on asks in a modal
/// dialog, inside the request. Returns a thread that reads the reply.
fn ask_permission(b: &Anki) -> thread::JoinHandle<String> {
    let addr = b.url.trim_start_matches("http://").to_string();
    let mut stream = TcpStream::connect(&addr).expect("connect to Anki");
    let body = r#"{"action":"requestPermission","version":6}"#;
    write!(
        stream,
        "POST / HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://transport-dialog.example\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    thread::spawn(move || {
        let mut reply = String::new();
        let _ = stream.read_to_string(&mut reply);
        reply
    })
}

#[test]
fn a_modal_dialog_in_the_real_anki_is_named_when_a_request_times_out() {
    // Until a dialog opened inside a request closes (here the launcher's watchdog closes each
    // after half a second), Anki answers nothing. Three permission prompts in a row keep it
    // blocked for over a second: time for the CLI's request and its second one to time out.
    let b = Anki::start(Options::default());
    let modal = b.base.join("modal-dialog");
    for _attempt in 0..4 {
        let first = ask_permission(&b);
        let (limit, every) = (Duration::from_secs(30), Duration::from_millis(5));
        wait_until(limit, every, "Anki showed no dialog", || modal.exists());
        let more = [ask_permission(&b), ask_permission(&b)];
        let r = run_line(&mut cli(&b.url), "--timeout 0.3 deck list", None);
        for asking in std::iter::once(first).chain(more) {
            let reply = asking.join().unwrap();
            assert!(reply.contains(r#""permission": "denied""#), "{reply}");
        }
        if r.code == Some(3) && r.stderr.contains("Anki does not answer anything") {
            assert!(
                r.stderr.contains("no reply to deckNamesAndIds")
                    && r.stderr
                        .contains("probably showing a dialog that needs a click"),
                "{}",
                r.stderr
            );
            // Once the dialogs are gone, Anki answers again.
            cmd(&b.url, "version", 0);
            return;
        }
        // The machine was so slow that the dialogs were gone before the second request: again.
        let (limit, every) = (Duration::from_secs(30), Duration::from_millis(20));
        wait_until(limit, every, "the dialog stayed open", || !modal.exists());
    }
    panic!("the dialogs never outlasted a 0.3 s request and its 0.3 s second request");
}

// ---- gui import without a file blocks the API until its file chooser is closed ----

#[test]
fn gui_import_without_a_file_says_first_that_it_blocks_and_asks_on_a_terminal() {
    let server = Server::start(|_, _| ok(Value::Null));
    exits(&mut tty_cli(&server.url), "gui import", Some("n\n"), 1)
        .err_has(&["Open Anki's file chooser?", "answers no other request"]);
    assert!(server.actions().is_empty(), "nothing was sent");

    exits(&mut tty_cli(&server.url), "gui import", Some("y\n"), 0);
    assert_eq!(server.actions(), ["guiImportFile"]);

    // A script is told too, before the request goes out, and needs no --yes: nothing is lost.
    let piped = cmd(&server.url, "gui import", 0);
    assert!(
        piped
            .stderr
            .starts_with("Opening Anki's file chooser: pick a file or cancel it in Anki's window; until then AnkiConnect answers no other request."),
        "{}",
        piped.stderr
    );
    assert_eq!(server.actions(), ["guiImportFile", "guiImportFile"]);
    // With a file, Anki shows its import options after answering: no question, no note.
    let with_file = tty(&server.url, "gui import /tmp/x.apkg", 0);
    assert!(with_file.stderr.is_empty(), "{}", with_file.stderr);
}

// ---- AnkiConnect-compatible servers that lack actions ----

/// A server that speaks AnkiConnect without being the add-on: it knows only `supported`, and
/// words its refusal its own way. With `reflect`, it lists its actions through apiReflect.
fn compatible_server(supported: &'static [&'static str], reflect: bool) -> Server {
    Server::start(move |action, request| {
        let knows = supported.contains(&action) || (reflect && action == "apiReflect");
        if !knows {
            return err(&format!("Unsupported action: {action}"));
        }
        match action {
            "version" => ok(json!(6)),
            "requestPermission" => {
                ok(json!({"permission": "granted", "requireApiKey": false, "version": 6}))
            }
            "apiReflect" => {
                let mut actions: Vec<&str> = supported.to_vec();
                actions.push("apiReflect");
                ok(json!({"scopes": ["actions"], "actions": actions}))
            }
            "deckNames" => ok(json!(["Default", "transport_compatible"])),
            "deckNamesAndIds" => ok(json!({"Default": 1, "transport_compatible": 2})),
            "findNotes" => {
                assert!(request["params"]["query"].is_string());
                ok(json!([]))
            }
            _ => ok(Value::Null),
        }
    })
}

#[test]
fn status_works_on_a_compatible_server_and_lists_what_it_lacks() {
    let server = compatible_server(
        &[
            "version",
            "requestPermission",
            "deckNames",
            "deckNamesAndIds",
            "findNotes",
        ],
        true,
    );
    let r = cmd(&server.url, "status", 0);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["apiVersion"], 6);
    assert_eq!(report["profile"], Value::Null);
    assert_eq!(report["missingActionsComplete"], true);
    let missing: Vec<&str> = report["missingActions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    for lacking in ["getActiveProfile", "getTags", "addNote", "multi"] {
        assert!(missing.contains(&lacking), "{lacking} in {missing:?}");
    }
    for has in ["version", "deckNames", "apiReflect"] {
        assert!(!missing.contains(&has), "{has} in {missing:?}");
    }

    tty(&server.url, "doctor", 0).out_has(&["the server has no getActiveProfile", "getTags"]);
}

#[test]
fn status_works_on_a_compatible_server_that_cannot_list_its_actions() {
    let server = compatible_server(&["version", "deckNames"], false);
    let r = cmd(&server.url, "status", 0);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["permission"], "unknown");
    assert_eq!(report["apiVersion"], 6);
    assert_eq!(report["missingActionsComplete"], false);
    assert_eq!(
        report["missingActions"],
        json!(["requestPermission", "getActiveProfile", "apiReflect"]),
        "at least what status itself found missing"
    );
}

#[test]
fn a_command_that_needs_a_missing_action_says_the_server_does_not_support_it() {
    let server = compatible_server(&["version", "deckNames", "deckNamesAndIds"], true);
    cmd(&server.url, "deck list --names", 0);
    let r = cmd(&server.url, "tag list", 1);
    assert_eq!(
        r.stderr.lines().next().unwrap_or_default(),
        "anki-cli: error: this server does not support getTags",
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("AnkiConnect-compatible server")
            && !r.stderr.contains("Update the add-on"),
        "{}",
        r.stderr
    );
    // The real add-on's own words still point at an update.
    let b = Anki::shared();
    cmd(&b.url, "api transportNoSuchAction", 1).err_has(&[
        "error: this server does not support transportNoSuchAction",
        "Update the add-on",
    ]);
}

// ---- Output files: `-` is stdout; fifos, devices and symlinks are never replaced ----

/// Runs the CLI in `dir` (so a file named `-` would land there).
/// Runs the command line `line` against `url` in `dir`, asserting exit code 0.
fn run_in(dir: &Path, url: &str, line: &str) -> Run {
    exits(cli(url).current_dir(dir), line, None, 0)
}

fn make_fifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

#[test]
fn out_dash_writes_to_stdout_and_creates_no_file() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &b.url, "model css get Basic --out -").out_has(&[".card"]);

    b.call("createDeck", json!({"deck": "transport_out::Deck"}));
    let note = json!({"deckName": "transport_out::Deck", "modelName": "Basic",
        "fields": {"Front": "transport_out front", "Back": "back"}});
    b.call("addNote", json!({ "note": note }));
    run_in(
        dir.path(),
        &b.url,
        "note export --query deck:transport_out::Deck --out -",
    )
    .out_has(&["transport_out front"]);

    run_in(dir.path(), &b.url, "stats html --out -").out_has(&["<"]);

    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "no file named '-': {left:?}");
}

#[test]
fn out_force_writes_through_a_fifo_and_a_symlink_without_replacing_them() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();

    let fifo = dir.path().join("css.fifo");
    make_fifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let r = cmd(
        &b.url,
        &format!("model css get Basic --out {} --force", q(&fifo)),
        0,
    );
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert!(
        reader.join().unwrap().contains(".card"),
        "the CSS went through the fifo"
    );
    assert!(is_fifo(&fifo), "the fifo is still a fifo");

    // Without --force too: writing into a fifo overwrites nothing.
    let reader = {
        let fifo = fifo.clone();
        thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    cmd(
        &b.url,
        &format!("model css get Basic --out {}", q(&fifo)),
        0,
    );
    assert!(reader.join().unwrap().contains(".card"));
    assert!(is_fifo(&fifo));

    let target = write_file(dir.path(), "target.css", "old");
    let link = dir.path().join("link.css");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    cmd(
        &b.url,
        &format!("model css get Basic --out {}", q(&link)),
        2,
    )
    .err_has(&["--force"]);
    cmd(
        &b.url,
        &format!("model css get Basic --out {} --force", q(&link)),
        0,
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert!(std::fs::read_to_string(&target).unwrap().contains(".card"));

    cmd(
        &b.url,
        &format!("model css get Basic --out {} --force", q(dir.path())),
        2,
    )
    .err_has(&["is a directory"]);
}

/// What is checked before anything is sent is exit 2: an `--out` file in a folder that does not
/// exist is refused before the command asks Anki anything.
#[test]
fn out_into_a_missing_folder_is_refused_before_sending() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no_such_folder").join("x.css");
    for line in [
        "model css get Basic",
        "stats html",
        "note export --query deck:Default",
    ] {
        cmd(&b.url, &format!("-v {line} --out {}", q(&out)), 2).err_has(&["does not exist"]);
    }
    let r = cmd(
        &b.url,
        &format!("-v model css get Basic --out {}", q(&out)),
        2,
    );
    assert!(
        !r.stderr.contains("> POST"),
        "nothing was sent: {}",
        r.stderr
    );
}

#[test]
fn out_force_writes_into_a_device_without_replacing_it() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    // A device of the test's own (a copy of /dev/full: every write fails), so nothing shared is
    // at risk if it were replaced. Skipped where device nodes cannot be made.
    let full = dir.path().join("full");
    let made = Command::new("mknod")
        .arg(&full)
        .args(["c", "1", "7"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: cannot make a device node here");
        return;
    }
    // A write that fails once the command has run is exit 1, as a failed write to stdout is
    // (README "Exit codes"); every --out writer follows the rule.
    b.call(
        "storeMediaFile",
        json!({"filename": "out_full.txt", "data": "ZnVsbA=="}),
    );
    for line in [
        "model css get Basic",
        "media get out_full.txt",
        "stats html",
        "note export --query deck:Default",
    ] {
        cmd(&b.url, &format!("{line} --out {} --force", q(&full)), 1)
            .err_has(&["cannot write", "No space left"]);
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&full)
            .unwrap()
            .file_type()
            .is_char_device(),
        "the device is still a device"
    );
}

// ---- What errors and logs must not show ----

#[test]
fn a_password_in_the_url_never_shows_in_logs_or_errors() {
    let b = Anki::shared();
    let port = b.url.rsplit(':').next().unwrap();
    let with_password = format!("http://bob:s3cret@127.0.0.1:{port}");
    let r = cmd(&with_password, "-v version", 0)
        .err_has(&[&format!("> POST http://***@127.0.0.1:{port}")]);
    assert!(
        !r.stderr.contains("s3cret") && !r.stderr.contains("bob"),
        "{}",
        r.stderr
    );

    let r =
        cmd("http://bob:s3cret@127.0.0.1:9", "-v version", 3).err_has(&["http://***@127.0.0.1:9"]);
    assert!(!r.stderr.contains("s3cret"), "{}", r.stderr);

    let silent = Server::start(|_, _| None);
    let url = silent.url.replace("http://", "http://bob:s3cret@");
    let r = cmd(&url, "--timeout 0.2 version", 3);
    assert!(
        r.stderr.contains("no reply") && !r.stderr.contains("s3cret"),
        "{}",
        r.stderr
    );

    let r = cmd("http://127.0.0.1:9", "--url ftp://bob:s3cret@h version", 2);
    assert!(!r.stderr.contains("s3cret"), "{}", r.stderr);
}

#[test]
fn config_errors_never_show_a_value_that_may_be_a_key() {
    let dir = tempfile::tempdir().unwrap();
    for text in [
        "url = \"s3cret key/+=\"\n",
        "key = 123456789\n",
        "timeout = \"s3cret\"\n",
        "output = \"s3cret\"\n",
    ] {
        let config = write_file(dir.path(), "config.toml", text);
        let mut cmd = cli("http://127.0.0.1:9");
        cmd.env_remove("ANKI_CLI_URL")
            .env("ANKI_CLI_CONFIG", &config);
        let r = exits(&mut cmd, "deck list", None, 2);
        assert!(r.stderr.contains("config.toml"), "{text}: {}", r.stderr);
        assert!(
            !r.stderr.contains("s3cret") && !r.stderr.contains("123456789"),
            "{text}: {}",
            r.stderr
        );
    }
    for (var, value) in [
        ("ANKI_CLI_URL", "s3cret key/+="),
        ("ANKI_CLI_TIMEOUT", "s3cret"),
        ("ANKI_CLI_OUTPUT", "s3cret"),
    ] {
        let r = exits(
            cli("http://127.0.0.1:9").env(var, value),
            "deck list",
            None,
            2,
        );
        assert!(
            r.stderr.contains(var) && !r.stderr.contains("s3cret"),
            "{var}: {}",
            r.stderr
        );
    }
}

#[test]
fn an_empty_url_variable_is_a_usage_error_like_an_empty_flag() {
    cmd("", "version", 2).err_has(&["ANKI_CLI_URL is set but empty"]);
    cmd("http://127.0.0.1:9", "--url '' version", 2);
}

#[test]
fn bad_params_json_is_named_once() {
    let r = cmd("http://127.0.0.1:9", "api deckNames --params '{bad'", 2);
    assert!(
        r.stderr.contains("error: --params is not valid JSON")
            && !r.stderr.contains("--params from --params"),
        "{}",
        r.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "params.json", "{bad");
    let params = q(format!("@{}", file.display()));
    cmd(
        "http://127.0.0.1:9",
        &format!("api deckNames --params {params}"),
        2,
    )
    .err_has(&["--params from ", "params.json"]);
}
