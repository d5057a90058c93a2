//! Hostile input, second round (issue 22): concurrent imports, secrets, temp and errors files,
//! replies too big or not counted, media replaced without consent.

use std::path::Path;
use std::time::Duration;

use crate::anki::{Anki, Options};
use crate::common::{cmd, q, spawn, wait_bounded, write_file};
use serde_json::{json, Value};

/// Writes a Front,Back CSV with rows `range` ("word N,meaning N").
fn csv(dir: &Path, name: &str, range: std::ops::Range<usize>) -> std::path::PathBuf {
    let mut text = String::from("Front,Back\n");
    for i in range {
        text.push_str(&format!("word {i},meaning {i}\n"));
    }
    write_file(dir, name, &text)
}

fn fronts(b: &Anki, query: &str) -> Vec<String> {
    let ids = b.call("findNotes", json!({ "query": query }));
    b.call("notesInfo", json!({ "notes": ids }))
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["fields"]["Front"]["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn two_fast_imports_at_once_add_each_distinct_row_once() {
    let b = Anki::start(Options::default());
    let dir = tempfile::tempdir().unwrap();
    let a = csv(dir.path(), "a.csv", 0..800);
    let c = csv(dir.path(), "b.csv", 400..1200);
    let line = |f: &Path| {
        format!(
            "note import {} -d Default -m Basic --batch 100 --fast",
            q(f)
        )
    };
    let first = spawn(&b.url, &line(&a));
    let second = spawn(&b.url, &line(&c));
    let limit = Duration::from_secs(300);
    let outs = [
        wait_bounded(first, limit, "first import"),
        wait_bounded(second, limit, "second import"),
    ];
    let mut added = 0;
    for out in &outs {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let s: Value = serde_json::from_slice(&out.stdout).unwrap();
        added += s["added"].as_i64().unwrap();
    }
    let mut got = fronts(&b, "deck:Default");
    assert_eq!(got.len(), 1200, "each distinct row once");
    got.sort();
    got.dedup();
    assert_eq!(got.len(), 1200, "no row twice");
    assert_eq!(added, 1200, "the summaries add up to what is in Anki");
}

#[test]
fn a_package_left_by_a_killed_fast_import_goes_at_once() {
    let b = Anki::start(Options::default());
    let dir = tempfile::tempdir().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    // As a killed run leaves it: a minute old, of another process.
    let left = format!("_anki-cli-import-{}-1.apkg", now - 60_000);
    b.call(
        "storeMediaFile",
        json!({"filename": left, "data": "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="}),
    );
    let file = csv(dir.path(), "one.csv", 0..3);
    cmd(
        &b.url,
        &format!("note import {} -d Default -m Basic --fast", q(&file)),
        0,
    );
    assert_eq!(
        b.call(
            "getMediaFilesNames",
            json!({"pattern": "_anki-cli-import-*"})
        ),
        json!([])
    );
}

#[test]
fn a_url_password_is_never_printed_nor_kept_in_the_history() {
    let b = Anki::shared();
    let port = b.url.rsplit(':').next().unwrap();
    let secret_url = format!("http://bob:SECRETPW@127.0.0.1:{port}");
    let home = tempfile::tempdir().unwrap();
    let config = write_file(
        home.path(),
        "config.toml",
        &format!("url = \"{secret_url}\"\n"),
    );
    let mut runs = Vec::new();
    for format in ["auto", "table", "json", "tsv", "ids"] {
        let line = format!("config show -o {format}");
        // From --url, from ANKI_CLI_URL (cmd sets it) and from the config file.
        runs.push(crate::common::run_line(
            &mut crate::common::cli(&b.url),
            &format!("--url {secret_url} {line}"),
            None,
        ));
        runs.push(crate::common::run_line(
            &mut crate::common::cli(&secret_url),
            &line,
            None,
        ));
        let mut from_file = crate::common::cli(&b.url);
        from_file
            .env_remove("ANKI_CLI_URL")
            .env("ANKI_CLI_CONFIG", &config);
        runs.push(crate::common::run_line(&mut from_file, &line, None));
    }
    // The REPL's `set` table, in every format.
    let mut repl = format!("set url {secret_url}\n");
    for format in ["table", "json", "tsv"] {
        repl.push_str(&format!("set output {format}\nset\n"));
    }
    runs.push(crate::common::run_line(
        &mut crate::common::cli(&b.url),
        "repl",
        Some(&repl),
    ));
    for run in &runs {
        assert!(
            !run.stdout.contains("SECRETPW") && !run.stderr.contains("SECRETPW"),
            "{}{}",
            run.stdout,
            run.stderr
        );
    }
    assert!(
        runs[0].stdout.contains("***@127.0.0.1"),
        "{}",
        runs[0].stdout
    );
    assert!(runs.last().unwrap().stdout.contains("***@127.0.0.1"));

    // The history file of a terminal session keeps the line without the password.
    let mut session = crate::repl::spawn_tty_repl(&b.url, home.path());
    session.exp_string("> ").expect("the first prompt");
    session.send_line(&format!("set url {secret_url}")).unwrap();
    session.exp_string("> ").expect("a prompt after set");
    session.send_line("exit").unwrap();
    session.exp_eof().expect("the REPL ends");
    let history = std::fs::read_to_string(home.path().join("data/anki-cli/history.txt")).unwrap();
    assert!(
        history.contains("set url http://***@127.0.0.1"),
        "{history}"
    );
    assert!(!history.contains("SECRETPW"), "{history}");
}

#[test]
fn the_spooled_stdin_is_private_and_goes_on_ctrl_c() {
    let b = Anki::shared();
    let tmp = tempfile::tempdir().unwrap();
    let mut child = crate::common::cli(&b.url)
        .env("TMPDIR", tmp.path())
        .args(["note", "import", "-", "-d", "Default", "-m", "Basic"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Stdin stays open: anki-cli is still spooling it when Ctrl-C comes.
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, b"Front,Back\nsecret,data\n").unwrap();
    let spool = || {
        std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect::<Vec<_>>()
    };
    crate::common::wait_until(
        Duration::from_secs(60),
        Duration::from_millis(50),
        "the spool file",
        || !spool().is_empty(),
    );
    let file = spool().pop().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = wait_bounded(child, Duration::from_secs(60), "import -");
    drop(stdin);
    assert_eq!(out.status.code(), Some(130));
    assert_eq!(
        spool(),
        Vec::<std::path::PathBuf>::new(),
        "removed on Ctrl-C"
    );
}

#[test]
fn the_errors_file_is_never_the_input_and_only_there_when_rows_failed() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let deck = "hostile_errors";
    cmd(&b.url, &format!("deck create {deck}"), 0);
    let text = "Front,Back\nhostile_e1,a\nhostile_e1,b\n";
    let bad = write_file(dir.path(), "bad.csv", text);
    // Even with --force, and through another spelling of the same path.
    let same = dir.path().join(".").join("bad.csv");
    cmd(
        &b.url,
        &format!(
            "note import {} -d {deck} -m Basic --on-duplicate error --errors {} --force",
            q(&bad),
            q(&same)
        ),
        2,
    )
    .err_has(&["is the file being imported"]);
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        text,
        "the input is intact"
    );

    // Nothing fails: no errors file, and the same command again works as it is.
    let good = csv(dir.path(), "good.csv", 0..3);
    let errors = dir.path().join("errors.csv");
    let line = format!(
        "note import {} -d {deck} -m Basic --errors {}",
        q(&good),
        q(&errors)
    );
    cmd(&b.url, &line, 0);
    assert!(!errors.exists(), "nothing failed: no errors file");
    cmd(&b.url, &line, 0);
    assert!(!errors.exists());
}

#[test]
fn media_store_over_other_content_needs_yes() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let name = "hostile_media_store.txt";
    let first = write_file(dir.path(), name, "first");
    cmd(&b.url, &format!("media store {}", q(&first)), 0);
    let content = || b.call("retrieveMediaFile", json!({ "filename": name }));
    assert_eq!(content(), json!("Zmlyc3Q="));
    // The same content again: nothing is lost, no --yes needed.
    cmd(&b.url, &format!("media store {}", q(&first)), 0);
    let other = tempfile::tempdir().unwrap();
    let second = write_file(other.path(), name, "second");
    cmd(&b.url, &format!("media store {}", q(&second)), 2).err_has(&["media store", "--yes"]);
    assert_eq!(content(), json!("Zmlyc3Q="), "the old file is untouched");
    cmd(&b.url, &format!("media store {} --yes", q(&second)), 0);
    assert_eq!(content(), json!("c2Vjb25k"));
    cmd(&b.url, &format!("media delete {name} --yes"), 0);
}

#[test]
fn add_batch_names_the_note_that_repeats_another_of_the_batch() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let deck = "hostile_add_batch";
    cmd(&b.url, &format!("deck create {deck}"), 0);
    let file = write_file(
        dir.path(),
        "notes.json",
        r#"[{"fields": {"Front": "hostile_ab_1"}}, {"fields": {"Front": "hostile_ab_2"}},
            {"fields": {"Front": "hostile_ab_1", "Back": "again"}}]"#,
    );
    cmd(
        &b.url,
        &format!("note add-batch {} -d {deck} -m Basic", q(&file)),
        1,
    )
    .err_has(&["note 3: cannot create note because it is a duplicate (of note 1 of this batch)"]);
    assert!(
        fronts(b, &format!("deck:{deck}")).is_empty(),
        "nothing added"
    );
}

/// A server answering each request with `head` and then `chunk` again and again (at most
/// 200 MB), until the client hangs up.
fn endless_server(head: &'static str, chunk: &'static [u8]) -> String {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let Ok(mut stream) = stream else { break };
            std::thread::spawn(move || {
                let _ = crate::common::read_request(&mut stream);
                let _ = stream.write_all(head.as_bytes());
                for _ in 0..(200 << 20) / chunk.len() {
                    if stream.write_all(chunk).is_err() {
                        break;
                    }
                }
            });
        }
    });
    url
}

#[test]
fn an_endless_reply_is_exit_3_at_the_size_limit() {
    // Chunked, one 64 KB chunk after another, never ending.
    static CHUNK: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let chunk = CHUNK.get_or_init(|| {
        let mut c = b"10000\r\n".to_vec();
        c.extend(std::iter::repeat_n(b' ', 0x10000));
        c.extend(b"\r\n");
        c
    });
    let url = endless_server(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        chunk,
    );
    let mut cli = crate::common::cli(&url);
    cli.env("ANKI_CLI_MAX_REPLY_MB", "2");
    crate::common::exits(&mut cli, "deck list --timeout 60", None, 3)
        .err_has(&["the reply to deckNamesAndIds is larger than the 2 MB anki-cli reads"]);
}

#[test]
fn long_error_texts_and_verbose_dumps_are_cut_with_their_length() {
    use crate::common::{http_response, Stub};
    let error = "E".repeat(100_000);
    let body = format!(r#"{{"result": null, "error": "{error}"}}"#);
    let response: &'static str = Box::leak(http_response("200 OK", &body).into_boxed_str());
    let stub = Stub::start(Some(response));
    let run = crate::common::exits(&mut crate::common::cli(&stub.url), "-v deck list", None, 1);
    assert!(
        run.stderr.contains("characters in all)"),
        "{}",
        &run.stderr[..300]
    );
    assert!(
        run.stderr.len() < 5_000,
        "{} bytes on stderr",
        run.stderr.len()
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_to_stdout_is_exit_1() {
    for line in ["--help", "--version", "config path", "note --help"] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = crate::common::cli("http://127.0.0.1:9")
            .args(crate::common::words(line))
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{line}: {stderr}");
        assert!(stderr.contains("cannot write output"), "{line}: {stderr}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn import_reads_dev_stdin_like_a_file() {
    let b = Anki::shared();
    let deck = "hostile_dev_stdin";
    cmd(&b.url, &format!("deck create {deck}"), 0);
    crate::common::cmd_in(
        &b.url,
        &format!("note import /dev/stdin -d {deck} -m Basic"),
        "Front,Back\nhostile_stdin_1,a\nhostile_stdin_2,b\n",
        0,
    );
    let mut got = fronts(b, &format!("deck:{deck}"));
    got.sort();
    assert_eq!(got, ["hostile_stdin_1", "hostile_stdin_2"]);
}
