//! `note import --fast` (a package import instead of addNotes) against the real add-on. Every test
//! runs on an Anki of its own: a package import writes import options into the collection's
//! config, and the tests count the requests Anki served or kill it.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::time::Duration;

use crate::anki::{Anki, Options};
use crate::common::{cmd, numbered_csv, q, spawn, wait_bounded, wait_until, write_file, Run};
use serde_json::{json, Value};

/// Runs `note import FILE ARGS` (ARGS a command line) against `url`, asserting the exit code.
fn import(url: &str, file: &Path, args: &str, code: i32) -> Run {
    cmd(url, &format!("note import {} {args}", q(file)), code)
}

fn summary(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// How many requests for `action` Anki served from index `since` of its log on.
fn served(b: &Anki, since: usize, action: &str) -> usize {
    b.served()[since..]
        .iter()
        .filter(|s| s.action == action)
        .count()
}

/// Everything about the notes `query` finds that an import decides, keyed by note type and first
/// field: fields, tags, and per card its template, deck, type, queue and new-card position.
fn snapshot(b: &Anki, query: &str) -> BTreeMap<(String, String), Value> {
    let ids = b.call("findNotes", json!({ "query": query }));
    let notes = b.call("notesInfo", json!({ "notes": ids }));
    let mut out = BTreeMap::new();
    for note in notes.as_array().unwrap() {
        let cards = b.call("cardsInfo", json!({ "cards": note["cards"] }));
        let mut cards: Vec<Value> = cards
            .as_array()
            .unwrap()
            .iter()
            .map(|c| json!([c["ord"], c["deckName"], c["type"], c["queue"], c["due"]]))
            .collect();
        cards.sort_by_key(|c| c[0].as_i64());
        let fields = &note["fields"];
        let first = fields
            .as_object()
            .unwrap()
            .values()
            .find(|f| f["order"] == 0)
            .unwrap()["value"]
            .as_str()
            .unwrap()
            .to_string();
        let key = (note["modelName"].as_str().unwrap().to_string(), first);
        let entry = json!({"fields": fields, "tags": note["tags"], "cards": cards});
        assert!(
            out.insert(key.clone(), entry).is_none(),
            "two notes {key:?}"
        );
    }
    out
}

/// An Anki with two decks and one note, the same for each test that compares two of them.
fn seeded() -> Anki {
    let b = Anki::start(Options::default());
    b.call("createDeck", json!({"deck": "Fast::Deck"}));
    b.call("createDeck", json!({"deck": "Other"}));
    b.call(
        "addNote",
        json!({"note": {"deckName": "Fast::Deck", "modelName": "Basic",
            "fields": {"Front": "seed", "Back": "s"}, "tags": ["CaseTag"]}}),
    );
    b
}

const MODELS: [&str; 5] = [
    "Basic",
    "Basic (and reversed card)",
    "Basic (optional reversed card)",
    "Basic (type in the answer)",
    "Cloze",
];

/// A note type's JSON without its modification time and sync number.
fn without_mtime(model: &Value) -> Value {
    let mut model = model.clone();
    let object = model.as_object_mut().unwrap();
    object.remove("mod");
    object.remove("usn");
    model
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// The collection's config values for `keys`, read from its file (Anki must not be running).
fn config_values(base: &Path, keys: &[&str]) -> BTreeMap<String, Value> {
    let db = rusqlite::Connection::open(base.join("User 1").join("collection.anki2")).unwrap();
    let mut out = BTreeMap::new();
    for key in keys {
        let value: Option<Vec<u8>> = db
            .query_row("select val from config where key = ?1", [key], |r| r.get(0))
            .ok();
        if let Some(value) = value {
            out.insert(key.to_string(), serde_json::from_slice(&value).unwrap());
        }
    }
    out
}

#[test]
fn fast_import_gives_exactly_what_the_normal_path_gives() {
    let (normal, fast) = std::thread::scope(|s| {
        let a = s.spawn(seeded);
        let b = s.spawn(seeded);
        (a.join().unwrap(), b.join().unwrap())
    });
    let dir = tempfile::tempdir().unwrap();
    // Several note types and decks, chunks of 4 rows; a repeat of the first field in the same
    // chunk, in a later chunk and in HTML; a duplicate of the seed note; a row Anki calls empty;
    // text that Anki normalizes (NFC, CRLF) and a tag whose case Anki takes from the collection.
    let file = write_file(
        dir.path(),
        "words.csv",
        "model,deck,Front,Back,Add Reverse,tags\n\
         Basic,Fast::Deck,plain,back,,t1 casetag\n\
         Basic,Other,\"unicode é 日本 🙂 e\u{301}\",\"<b>html</b> &amp; \"\"quotes\"\" <i>x</i>\",,\n\
         Basic (and reversed card),Fast::Deck,rev1,b1,,\n\
         Basic (and reversed card),Fast::Deck,rev2,<br>,,\n\
         Basic (optional reversed card),Fast::Deck,opt1,b,y,opt\n\
         Basic (optional reversed card),Fast::Deck,opt2,b,,opt\n\
         Basic (type in the answer),Fast::Deck,type1,ans,,\n\
         Basic,Fast::Deck,\"  spaces  \",\"line1\r\nline2\ttab\",,\n\
         Basic,Fast::Deck,dup,first,,\n\
         Basic,Fast::Deck,dup,again,,\n\
         Basic,Fast::Deck,media,\"<img src=\"\"cat.jpg\"\"> [sound:a b.mp3]\",,\n\
         Basic,Fast::Deck,seed,dup of the seed,,\n\
         Basic,Fast::Deck,<br>,empty,,\n\
         Basic,Fast::Deck,<b>dup</b>,html dup,,\n\
         Basic,Other,last,z,,\n",
    );
    let models_before = fast.call("findModelsByName", json!({ "modelNames": MODELS }));
    let names_before = fast.call("modelNames", json!({}));
    let decks_before = fast.call("deckNames", json!({}));
    let args = "--batch 4";
    let a = summary(&import(&normal.url, &file, args, 5));
    let since = fast.served().len();
    let started = now_ms();
    let r = import(&fast.url, &file, "--batch 4 --fast", 5);
    let b = summary(&r);
    assert_eq!(a, b, "the same report");
    assert_eq!(
        (
            a["added"].clone(),
            a["skipped"].clone(),
            a["failed"].clone()
        ),
        (json!(11), json!(3), json!(1)),
        "{a}"
    );
    assert!(
        r.stderr
            .contains("row 14: cannot create note because it is empty"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("--fast:"),
        "nothing fell back: {}",
        r.stderr
    );
    assert_eq!(served(&fast, since, "importPackage"), 1);
    assert_eq!(
        served(&fast, since, "addNotes"),
        0,
        "every note came in the package"
    );
    assert_eq!(served(&normal, 0, "importPackage"), 0);

    let expected = snapshot(&normal, "deck:*");
    let got = snapshot(&fast, "deck:*");
    assert_eq!(expected.len(), 12, "the seed and 11 rows");
    for (key, note) in &expected {
        assert_eq!(got.get(key), Some(note), "{key:?}");
    }
    assert_eq!(got.len(), expected.len());
    let rev2 = &got[&("Basic (and reversed card)".to_string(), "rev2".to_string())];
    assert_eq!(
        rev2["cards"].as_array().unwrap().len(),
        1,
        "<br> makes no card"
    );
    let opt1 = &got[&(
        "Basic (optional reversed card)".to_string(),
        "opt1".to_string(),
    )];
    assert_eq!(opt1["cards"].as_array().unwrap().len(), 2);
    let plain = &got[&("Basic".to_string(), "plain".to_string())];
    assert_eq!(
        plain["cards"][0][4], 2,
        "after the seed's card, in file order"
    );
    assert_eq!(plain["tags"], json!(["CaseTag", "t1"]));

    // Anki's importer (the add-on asks it to merge note types) saves each note type of the
    // package again: the same JSON, but a new modification time, marked for the next sync.
    let models_after = fast.call("findModelsByName", json!({ "modelNames": MODELS }));
    for (before, after) in models_before
        .as_array()
        .unwrap()
        .iter()
        .zip(models_after.as_array().unwrap())
    {
        let name = after["name"].as_str().unwrap();
        let in_package = name != "Cloze";
        assert_eq!(
            without_mtime(before),
            without_mtime(after),
            "{name}: the same note type"
        );
        assert_eq!(after["usn"] == -1, in_package, "{name}: {}", after["usn"]);
        assert_eq!(
            after["mod"].as_i64().unwrap() >= started / 1000,
            in_package,
            "{name}: {}",
            after["mod"]
        );
    }
    assert_eq!(
        fast.call("modelNames", json!({})),
        names_before,
        "no new note type"
    );
    assert_eq!(
        fast.call("deckNames", json!({})),
        decks_before,
        "no new deck"
    );
    assert_eq!(
        fast.call(
            "getMediaFilesNames",
            json!({"pattern": "_anki-cli-import-*"})
        ),
        json!([]),
        "the package is gone from the media folder"
    );

    // A rerun adds nothing, sends no package and no addNotes, and says what the normal one says.
    let since = fast.served().len();
    let again = summary(&import(&fast.url, &file, "--batch 4 --fast", 5));
    assert_eq!(again, summary(&import(&normal.url, &file, args, 5)));
    assert_eq!(
        (again["added"].clone(), again["skipped"].clone()),
        (json!(0), json!(14))
    );
    for action in ["storeMediaFile", "importPackage", "addNotes", "addNote"] {
        assert_eq!(served(&fast, since, action), 0, "{action}");
    }
    assert_eq!(snapshot(&fast, "deck:*"), got);

    // The import options Anki saved (as `note import --help` says), and only with --fast.
    let keys = [
        "mergeNotetypes",
        "withScheduling",
        "withDeckConfigs",
        "updateNotes",
        "updateNotetypes",
    ];
    fast.kill();
    normal.kill();
    assert_eq!(
        config_values(&fast.base, &keys),
        BTreeMap::from([
            ("mergeNotetypes".to_string(), json!(true)),
            ("withScheduling".to_string(), json!(true)),
            ("withDeckConfigs".to_string(), json!(true)),
            ("updateNotes".to_string(), json!("IfNewer")),
            ("updateNotetypes".to_string(), json!("IfNewer")),
        ])
    );
    assert_eq!(config_values(&normal.base, &keys), BTreeMap::new());
    // No change that needs a full sync: the collection's schema time is from before the import.
    let db = rusqlite::Connection::open(fast.base.join("User 1").join("collection.anki2")).unwrap();
    let scm: i64 = db
        .query_row("select scm from col", [], |r| r.get(0))
        .unwrap();
    assert!(
        scm < started,
        "schema changed at {scm}, the import started at {started}"
    );
}

#[test]
fn cloze_image_occlusion_and_renamed_media_go_through_add_notes() {
    let b = Anki::start(Options::default());
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "mixed.csv",
        "model,Front,Back,Text,Back Extra,Occlusion,Image\n\
         Basic,plain1,p,,,,\n\
         Cloze,,,c {{c1::one}} {{c2::two}},ex,,\n\
         Image Occlusion,,,,,{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2:oi=1}},\"<img src=\"\"io.png\"\">\"\n\
         Basic,colon,\"<img src=\"\"a:b.jpg\"\"> [sound:x?y.mp3]\",,,,\n\
         Basic,plain2,\"<img src=\"\"cat.jpg\"\">\",,,,\n",
    );
    let since = b.served().len();
    let r = import(&b.url, &file, "-d Default --fast", 0);
    assert_eq!(summary(&r)["added"], 5, "{}", r.stdout);
    for reason in [
        "--fast: note type 'Cloze' is a cloze note type (Anki's package importer makes no cloze cards), so its rows go through addNotes instead.",
        "--fast: note type 'Image Occlusion' is an image occlusion note type",
        "--fast: row 5: field Back refers to the media file 'a:b.jpg', which Anki's package importer would rename, so rows like it go through addNotes instead.",
        "--fast: 3 row(s) went through addNotes",
    ] {
        assert!(r.stderr.contains(reason), "missing '{reason}' in {}", r.stderr);
    }
    let log = b.served();
    let added: Vec<String> = log[since..]
        .iter()
        .filter(|s| s.action == "addNotes")
        .flat_map(|s| s.request["params"]["notes"].as_array().unwrap().clone())
        .map(|n| n["modelName"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        added,
        ["Cloze", "Image Occlusion", "Basic"],
        "only the three"
    );
    assert_eq!(served(&b, since, "importPackage"), 1, "the plain rows");
    let notes = snapshot(&b, "deck:Default");
    assert_eq!(
        notes[&("Basic".to_string(), "colon".to_string())]["fields"]["Back"]["value"],
        "<img src=\"a:b.jpg\"> [sound:x?y.mp3]",
        "as addNotes stores it (the package importer would make it ab.jpg, xy.mp3)"
    );
    assert_eq!(
        notes[&("Basic".to_string(), "plain2".to_string())]["fields"]["Back"]["value"],
        "<img src=\"cat.jpg\">"
    );
    let cloze = &notes[&("Cloze".to_string(), "c {{c1::one}} {{c2::two}}".to_string())];
    assert_eq!(
        cloze["cards"].as_array().unwrap().len(),
        2,
        "one card per cloze"
    );
}

/// Reads one HTTP request; returns its body.
fn read_body(stream: &mut TcpStream) -> Option<String> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    String::from_utf8(body).ok()
}

/// A proxy to `anki` that points every importPackage at a file that is not there, so the real
/// add-on fails it (nothing else can make a correct package fail); returns the proxy's URL.
fn failing_import_proxy(anki: &str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let target = anki.trim_start_matches("http://").to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { break };
            let target = target.clone();
            std::thread::spawn(move || {
                let Some(body) = read_body(&mut stream) else {
                    return;
                };
                let mut request: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                if request["action"] == "importPackage" {
                    request["params"]["path"] = json!("/nonexistent/anki-cli-fast-test.apkg");
                }
                let body = request.to_string();
                let Ok(mut anki) = TcpStream::connect(&target) else {
                    return;
                };
                let _ = write!(
                    anki,
                    "POST / HTTP/1.1\r\nHost: {target}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let mut reply = Vec::new();
                let _ = anki.read_to_end(&mut reply);
                let reply = String::from_utf8_lossy(&reply);
                let reply = reply.split_once("\r\n\r\n").map_or("", |(_, b)| b);
                let _ = stream.write_all(
                    format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
                        reply.len()
                    )
                    .as_bytes(),
                );
            });
        }
    });
    url
}

#[test]
fn a_failed_package_import_falls_back_to_add_notes() {
    let b = Anki::start(Options::default());
    let proxy = failing_import_proxy(&b.url);
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "words.csv", "Front,Back\nf1,a\nf2,b\nf3,c\n");
    let since = b.served().len();
    let r = import(&proxy, &file, "-d Default -m Basic --fast", 0);
    assert_eq!(summary(&r)["added"], 3, "{}", r.stdout);
    assert!(
        r.stderr.contains("--fast: the package import failed (")
            && r.stderr
                .contains("so its 3 row(s) go through addNotes instead."),
        "{}",
        r.stderr
    );
    let log = b.served();
    let import = log[since..]
        .iter()
        .find(|s| s.action == "importPackage")
        .expect("importPackage was sent");
    assert!(
        !import.reply["error"].is_null(),
        "the add-on failed it: {}",
        import.reply
    );
    assert_eq!(served(&b, since, "addNotes"), 1);
    assert_eq!(
        served(&b, since, "deleteMediaFile"),
        1,
        "the package is deleted all the same"
    );
    assert_eq!(
        b.call(
            "getMediaFilesNames",
            json!({"pattern": "_anki-cli-import-*"})
        ),
        json!([])
    );
    let notes = snapshot(&b, "deck:Default");
    assert_eq!(notes.len(), 3);
    assert_eq!(
        notes[&("Basic".to_string(), "f2".to_string())]["fields"]["Back"]["value"],
        "b"
    );
}

/// Starts a fast import (the command line `line`) and kills Anki once `ready` holds of what it has
/// served; returns the interrupted run's exit code and stderr.
fn kill_when(b: &Anki, line: &str, ready: impl Fn(&Anki) -> bool) -> (Option<i32>, String) {
    let child = spawn(&b.url, line);
    let (limit, every) = (Duration::from_secs(120), Duration::from_millis(10));
    wait_until(limit, every, "the import did not get there in time", || {
        ready(b)
    });
    b.kill();
    let out = wait_bounded(child, Duration::from_secs(120), "the interrupted import");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// How many requests for `action` Anki has received (its log, searched as text: parsing it every
/// few milliseconds would slow Anki down on a busy machine).
fn requests_for(b: &Anki, action: &str) -> usize {
    std::fs::read_to_string(b.api_log())
        .unwrap_or_default()
        .matches(&format!("\"action\": \"{action}\""))
        .count()
}

fn note_count(b: &Anki) -> usize {
    b.call("findNotes", json!({"query": "deck:Default"}))
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn killed_midway_twice_a_rerun_adds_each_row_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = Anki::start_at(&dir.path().join("base"));
    let rows = 1200;
    let file = numbered_csv(dir.path(), "big.csv", rows);
    let line = format!(
        "note import {} -d Default -m Basic --batch 100 --fast",
        q(&file)
    );

    // 1. Killed while the chunks are checked (here, not by Anki: every row is new to an empty
    //    collection): nothing is in yet (the package comes at the end).
    let (code, stderr) = kill_when(&b, &line, |b| requests_for(b, "findModelsByName") >= 1);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("Run the same command again"), "{stderr}");
    b.restart();
    assert_eq!(note_count(&b), 0, "no row is in before its package");

    // 2. Killed the moment Anki starts the package import (the add-on logs a request before it
    //    runs it): the package is either wholly in or not at all.
    let (code, stderr) = kill_when(&b, &line, |b| requests_for(b, "importPackage") > 0);
    assert!(matches!(code, Some(0 | 3)), "{code:?} {stderr}");
    b.restart();
    let before = note_count(&b);
    assert!(before == 0 || before == rows, "all or nothing: {before}");

    // 3. The rerun adds each row once.
    let s = summary(&cmd(&b.url, &line, 0));
    assert_eq!(
        (
            s["added"].clone(),
            s["skipped"].clone(),
            s["failed"].clone()
        ),
        (json!(rows - before), json!(before), json!(0)),
        "{s}"
    );
    let fronts: std::collections::HashSet<String> = b
        .call(
            "notesInfo",
            json!({"notes": b.call("findNotes", json!({"query": "deck:Default"}))}),
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["fields"]["Front"]["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(note_count(&b), rows, "each row exactly once");
    assert_eq!(fronts.len(), rows, "no row twice");
}
