//! The Windows exe (`x86_64-pc-windows-gnu`) under Wine against the real headless Anki over
//! 127.0.0.1: a smoke set of what differs on Windows (paths, devices, line ends, the console).
//!
//! `scripts/test-windows` builds the exe and runs these with `--ignored`, naming it in
//! `ANKI_CLI_WINDOWS_EXE`; a plain `cargo test` leaves them out. Where the output does not depend
//! on the system, the Windows exe must print what the Linux binary prints.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

use crate::anki::Anki;
use crate::common::{cli, exits, http_response, q, write_file, Run, Stub};

/// The Windows exe under Wine, pointed at `url`, with the same clean environment as [`cli`].
fn win_cli(url: &str) -> Command {
    let exe = std::env::var_os("ANKI_CLI_WINDOWS_EXE").expect(
        "ANKI_CLI_WINDOWS_EXE names the Windows anki-cli.exe (scripts/test-windows sets it)",
    );
    let mut cmd = Command::new(std::env::var_os("ANKI_CLI_WINE").unwrap_or("wine".into()));
    cmd.arg(exe);
    for (key, _) in std::env::vars() {
        if key.starts_with("ANKI_CLI_") || key == "NO_COLOR" {
            cmd.env_remove(key);
        }
    }
    let home = std::env::temp_dir().join("anki-cli-test-home");
    cmd.env("WINEDEBUG", "-all")
        .env("ANKI_CLI_CONFIG", z(&home.join("no-such-config.toml")))
        .env("ANKI_CLI_URL", url)
        .stdin(Stdio::null());
    cmd
}

/// `path` as the Windows exe sees it: Wine's drive `Z:` is the Unix root.
fn z(path: &Path) -> String {
    format!("Z:{}", path.display()).replace('/', "\\")
}

/// Runs the Windows exe with the command line `line`, asserting the exit code.
fn win(url: &str, line: &str, code: i32) -> Run {
    exits(&mut win_cli(url), line, None, code)
}

/// The same command line through the Linux binary and the Windows exe: both must print the same.
fn same_on_both(url: &str, line: &str, stdin: Option<&str>) -> String {
    let (mut linux, mut windows) = (cli(url), win_cli(url));
    let on_linux = exits(&mut linux, line, stdin, 0).stdout;
    let on_windows = exits(&mut windows, line, stdin, 0).stdout;
    assert_eq!(
        on_windows.replace("\r\n", "\n"),
        on_linux,
        "anki-cli {line}"
    );
    on_linux
}

fn note_ids(b: &Anki, query: &str) -> Vec<i64> {
    serde_json::from_value(b.call("findNotes", json!({ "query": query }))).unwrap()
}

#[test]
#[ignore = "the Windows exe under Wine: scripts/test-windows"]
fn status_and_config_path() {
    let b = Anki::shared();
    win(&b.url, "status", 0).out_has(&["\"reachable\":true", "\"apiVersion\":6"]);
    // Without ANKI_CLI_CONFIG, the file lives in the user's roaming application data.
    let mut cmd = win_cli(&b.url);
    cmd.env_remove("ANKI_CLI_CONFIG");
    let path = exits(&mut cmd, "config path", None, 0).stdout;
    assert!(
        path.trim_end()
            .ends_with("\\AppData\\Roaming\\anki-cli\\config.toml")
            && path.starts_with("C:\\"),
        "{path}"
    );
}

#[test]
#[ignore = "the Windows exe under Wine: scripts/test-windows"]
fn decks_are_created_listed_and_deleted_only_with_consent() {
    let b = Anki::shared();
    win(&b.url, "deck create win_deck::Sub", 0);
    let list = win(&b.url, "deck list", 0).stdout;
    assert!(list.contains("win_deck::Sub"), "{list}");
    // No terminal and no --yes: refused, exit 2, nothing deleted.
    win(&b.url, "deck delete win_deck", 2).err_has(&["--yes"]);
    assert!(b
        .call("deckNames", json!({}))
        .to_string()
        .contains("win_deck"));
    win(&b.url, "deck delete win_deck --yes", 0);
    assert!(!b
        .call("deckNames", json!({}))
        .to_string()
        .contains("win_deck"));
}

#[test]
#[ignore = "the Windows exe under Wine: scripts/test-windows"]
fn a_picture_from_a_drive_path_lands_in_the_field() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "win_pic"}));
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("win_pic_dot.png");
    let bytes = [0x89, b'P', b'N', b'G', 0, 7, 7];
    std::fs::write(&img, bytes).unwrap();
    let line = format!(
        "note add -d win_pic -m Basic -f 'Front=win_pic cat' --picture {}",
        q(format!("{};fields=Back", z(&img)))
    );
    win(&b.url, &line, 0);
    let ids = note_ids(b, "\"Front:win_pic cat\"");
    let info = b.call("notesInfo", json!({ "notes": ids }));
    assert_eq!(
        info[0]["fields"]["Back"]["value"], "<img src=\"win_pic_dot.png\">",
        "{info}"
    );
    let stored = b.call("retrieveMediaFile", json!({"filename": "win_pic_dot.png"}));
    use base64::Engine;
    let stored = base64::engine::general_purpose::STANDARD
        .decode(stored.as_str().unwrap())
        .unwrap();
    assert_eq!(stored, bytes);
}

#[test]
#[ignore = "the Windows exe under Wine: scripts/test-windows"]
fn a_csv_with_bom_and_crlf_imports_and_exports_to_a_drive_path() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "win_io"}));
    let dir = tempfile::tempdir().unwrap();
    let csv = write_file(
        dir.path(),
        "words.csv",
        "\u{feff}Front,Back\r\nwin_io chat,cat\r\nwin_io chien,\"dog\r\nhound\"\r\n",
    );
    let line = format!("note import {} -d win_io -m Basic", q(z(&csv)));
    win(&b.url, &line, 0);
    let ids = note_ids(b, "deck:win_io");
    assert_eq!(ids.len(), 2);
    let info: Value = b.call("notesInfo", json!({ "notes": ids }));
    let fronts: Vec<&str> = (0..2)
        .map(|i| info[i]["fields"]["Front"]["value"].as_str().unwrap())
        .collect();
    assert!(
        fronts.contains(&"win_io chat") && fronts.contains(&"win_io chien"),
        "the BOM is not part of the first field: {fronts:?}"
    );

    let out = dir.path().join("out.csv");
    let export = format!("note export --query deck:win_io --out {}", q(z(&out)));
    win(&b.url, &export, 0);
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(
        written.contains("win_io chat") && written.contains("win_io chien"),
        "{written}"
    );
    // An existing file needs --force; the device NUL is written into, never replaced.
    win(&b.url, &export, 2).err_has(&["--force"]);
    win(&b.url, &format!("{export} --force"), 0);
    win(
        &b.url,
        "note export --query deck:win_io --out NUL --format json",
        0,
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 2, "no temporary file is left: {left:?}");
}

#[test]
#[ignore = "the Windows exe under Wine: scripts/test-windows"]
fn card_info_dates_read_as_on_linux() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "win_card"}));
    let note = json!({"deckName": "win_card", "modelName": "Basic",
                      "fields": {"Front": "win_card due", "Back": "b"}});
    let id = b.call("addNote", json!({ "note": note }));
    let cards: Vec<i64> =
        serde_json::from_value(b.call("findCards", json!({"query": "deck:win_card"}))).unwrap();
    b.call("setDueDate", json!({"cards": cards, "days": "3"}));
    assert!(id.is_i64());
    let tsv = same_on_both(&b.url, &format!("card info {} -o tsv", cards[0]), None);
    let is_date = |w: &[u8]| {
        w.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    };
    assert!(
        tsv.as_bytes().windows(10).any(is_date) && !tsv.contains("day "),
        "a date in Due: {tsv}"
    );
}

#[test]
#[ignore = "the Windows exe under Wine: scripts/test-windows"]
fn a_piped_repl_session_prints_as_on_linux() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "win_repl"}));
    let note = json!({"deckName": "win_repl", "modelName": "Basic",
                      "fields": {"Front": "win_repl x", "Back": "y"}});
    let id = b.call("addNote", json!({ "note": note }));
    let script =
        "version\nnote find deck:win_repl\nprofile current\nexit\ndeck create win_repl_not_run\n";
    let out = same_on_both(&b.url, "repl", Some(script));
    assert_eq!(out, format!("6\n{id}\n\"User 1\"\n"));
    assert!(!b
        .call("deckNames", json!({}))
        .to_string()
        .contains("win_repl_not_run"));
}

#[test]
#[ignore = "the Windows exe under Wine: scripts/test-windows"]
fn a_wrong_typed_reply_exits_3() {
    let reply = http_response(
        "200 OK",
        "{\"result\": {\"permission\": 6}, \"error\": null}",
    );
    let stub = Stub::start(Some(Box::leak(reply.into_boxed_str())));
    win(&stub.url, "status", 3).err_has(&["requestPermission"]);
}
