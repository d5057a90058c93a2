//! Big inputs against the real add-on, made small: the import's local duplicate check (rows Anki
//! would surely accept are not sent to its slow per-note check), and the read commands' chunks,
//! streaming and interruption with a chunk size of a few notes (`ANKI_CLI_CHUNK`).

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use crate::anki::Anki;
use crate::common::{cli, cmd, exits, q, wait_bounded, wait_until, words, write_file};
use serde_json::{json, Value};

/// A note type of the test's own (Front, Back), so its notes are only the test's.
fn model(b: &Anki, name: &str) {
    b.call(
        "createModel",
        json!({"modelName": name, "inOrderFields": ["Front", "Back"],
               "cardTemplates": [{"Name": "Card 1", "Front": "{{Front}}", "Back": "{{Back}}"}]}),
    );
}

/// Adds notes of `model` in `deck` with these first fields.
fn add(b: &Anki, deck: &str, model: &str, firsts: &[&str]) {
    let notes: Vec<Value> = firsts
        .iter()
        .map(|f| json!({"deckName": deck, "modelName": model, "fields": {"Front": f, "Back": "x"}}))
        .collect();
    b.call("addNotes", json!({ "notes": notes }));
}

/// How many notes of `deck` the canAddNotesWithErrorDetail requests Anki served from log index
/// `since` on carried (other tests share the Anki).
fn checked_notes(b: &Anki, since: usize, deck: &str) -> usize {
    b.served()[since..]
        .iter()
        .filter(|s| s.action == "canAddNotesWithErrorDetail")
        .flat_map(|s| {
            s.request["params"]["notes"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter(|note| note["deckName"] == deck)
        .count()
}

/// A CSV of `new` unique rows named after `tag`, with `extra` first fields in between.
fn rows(dir: &Path, tag: &str, new: usize, extra: &[(usize, &str)]) -> std::path::PathBuf {
    let mut csv = String::from("Front,Back\n");
    for i in 0..new {
        for (at, first) in extra {
            if *at == i {
                csv.push_str(&format!("\"{first}\",again\n"));
            }
        }
        csv.push_str(&format!("{tag} word {i},meaning {i}\n"));
    }
    write_file(dir, &format!("{tag}.csv"), &csv)
}

/// The Front field of every note of `note_type`, as Anki has it.
fn first_fields(b: &Anki, note_type: &str) -> Vec<String> {
    b.call(
        "notesInfo",
        json!({"query": format!("\"note:{note_type}\"")}),
    )
    .as_array()
    .unwrap()
    .iter()
    .map(|n| n["fields"]["Front"]["value"].as_str().unwrap().to_string())
    .collect()
}

fn summary(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// Duplicates Anki finds through HTML, a named character reference and `&nbsp;`, and a row
/// repeated two chunks apart, are skipped; every other row is added without Anki's check.
fn local_check(fast: bool) {
    let b = Anki::shared();
    let tag = if fast { "scale_fast" } else { "scale_normal" };
    let (deck, note_type) = (format!("{tag} deck"), format!("{tag} model"));
    b.call("createDeck", json!({ "deck": deck }));
    model(b, &note_type);
    add(
        b,
        &deck,
        &note_type,
        &[
            &format!("<b>{tag} bold</b>"),
            &format!("{tag} caf&eacute;"),
            &format!("{tag}&nbsp;space"),
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let file = rows(
        dir.path(),
        tag,
        80,
        &[
            (10, &format!("{tag} bold")),
            (20, &format!("{tag} café")),
            (30, &format!("{tag} space")),
            (70, &format!("{tag} word 5")),
        ],
    );
    let since = b.served().len();
    let flags = if fast { "--fast" } else { "" };
    let run = cmd(
        &b.url,
        &format!(
            "note import {} -d {} -m {} --batch 10 {flags}",
            q(&file),
            q(&deck),
            q(&note_type)
        ),
        0,
    );
    let result = summary(&run.stdout);
    assert_eq!(
        (result["added"].as_u64(), result["skipped"].as_u64()),
        (Some(80), Some(4)),
        "{result}"
    );
    // Only rows that look like a note Anki has (or this import added) were asked, if any
    // (some are known duplicates already, by the index of the deck's notes).
    let asked = checked_notes(b, since, &deck);
    assert!(asked <= 4, "Anki checked {asked} notes");
    let firsts = first_fields(b, &note_type);
    assert_eq!(firsts.len(), 83);
    let repeated = format!("{tag} word 5");
    assert_eq!(firsts.iter().filter(|f| **f == repeated).count(), 1);
}

#[test]
fn import_judges_plain_rows_locally_and_asks_anki_about_lookalikes() {
    local_check(false);
}

#[test]
fn fast_import_judges_plain_rows_locally_and_asks_anki_about_lookalikes() {
    local_check(true);
}

/// Where Anki's duplicate check is slow (told so here by `ANKI_CLI_SLOW_CHECK_MS=0`), stderr
/// says so once, measured on rows of the first chunk though they need no check; addNotes gets
/// rows judged already, with Anki's check inside it made cheap (by checksum, its verdict waived),
/// and two rows Anki judges equal in one chunk still make one note.
fn slow_check(fast: bool) {
    let b = Anki::shared();
    let tag = if fast {
        "scale_slow_fast"
    } else {
        "scale_slow"
    };
    let (deck, note_type) = (format!("{tag} deck"), format!("{tag} model"));
    b.call("createDeck", json!({ "deck": deck }));
    model(b, &note_type);
    add(b, &deck, &note_type, &[&format!("{tag} old")]);
    let dir = tempfile::tempdir().unwrap();
    let file = rows(
        dir.path(),
        tag,
        60,
        &[
            (5, &format!("{tag} caf&eacute; noir")),
            (6, &format!("{tag} café noir")),
            (40, &format!("{tag} old")),
        ],
    );
    let since = b.served().len();
    let flags = if fast { "--fast" } else { "" };
    let mut command = cli(&b.url);
    command.env("ANKI_CLI_SLOW_CHECK_MS", "0");
    let run = exits(
        &mut command,
        &format!(
            "note import {} -d {} -m {} --batch 100 {flags}",
            q(&file),
            q(&deck),
            q(&note_type)
        ),
        None,
        0,
    );
    let result = summary(&run.stdout);
    assert_eq!(
        (result["added"].as_u64(), result["skipped"].as_u64()),
        (Some(61), Some(2)),
        "{result}\n{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("Anki's duplicate check takes").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Tools > Check Database"),
        "{}",
        run.stderr
    );
    assert!(
        checked_notes(b, since, &deck) >= 20,
        "rows decided here were timed on Anki all the same"
    );
    let adds: Vec<Value> = b.served()[since..]
        .iter()
        .filter(|s| s.action == "addNotes")
        .flat_map(|s| s.request["params"]["notes"].as_array().cloned().unwrap())
        .filter(|note| note["deckName"] == deck.as_str())
        .collect();
    assert_eq!(
        adds.is_empty(),
        fast,
        "--fast adds by package: {adds:?}\n{}",
        run.stderr
    );
    for note in &adds {
        assert_eq!(note["options"]["allowDuplicate"], true, "{note}");
        assert_eq!(
            note["options"]["duplicateScopeOptions"]["checkAllModels"], true,
            "{note}"
        );
    }
    let firsts = first_fields(b, &note_type);
    assert_eq!(firsts.len(), 62, "{firsts:?}");
    let pair = firsts.iter().filter(|f| f.contains(" noir")).count();
    assert_eq!(pair, 1, "{firsts:?}");
}

#[test]
fn import_tells_a_slow_check_and_adds_without_checking_again() {
    slow_check(false);
}

#[test]
fn fast_import_tells_a_slow_check() {
    slow_check(true);
}

/// The read tests' deck: `notes` Basic notes of its own (once per test run).
fn read_deck(b: &Anki, deck: &str, notes: usize) {
    b.call("createDeck", json!({ "deck": deck }));
    let firsts: Vec<String> = (0..notes).map(|i| format!("{deck} {i}")).collect();
    let firsts: Vec<&str> = firsts.iter().map(String::as_str).collect();
    add(b, deck, "Basic", &firsts);
}

/// Runs a command line with the given chunk size (`None`: the default), asserting exit 0.
fn chunked(b: &Anki, line: &str, chunk: Option<usize>) -> String {
    let mut command = cli(&b.url);
    if let Some(n) = chunk {
        command.env("ANKI_CLI_CHUNK", n.to_string());
    }
    exits(&mut command, line, None, 0).stdout
}

/// The requests for `action` from log index `since` on that asked only about `ids` (other
/// tests share the Anki): how many, and the most IDs one carried.
fn requests(b: &Anki, since: usize, action: &str, key: &str, ids: &Value) -> (usize, usize) {
    let ours: std::collections::HashSet<i64> = ids
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    let sizes: Vec<usize> = b.served()[since..]
        .iter()
        .filter(|s| s.action == action)
        .filter_map(|s| s.request["params"][key].as_array().cloned())
        .filter(|asked| {
            !asked.is_empty()
                && asked
                    .iter()
                    .all(|id| id.as_i64().is_some_and(|id| ours.contains(&id)))
        })
        .map(|asked| asked.len())
        .collect();
    (sizes.len(), sizes.into_iter().max().unwrap_or(0))
}

#[test]
fn reads_in_chunks_print_what_one_request_prints() {
    let b = Anki::shared();
    let deck = "scale_read";
    read_deck(b, deck, 150);
    let query = q(format!("deck:{deck}"));
    let note_ids = b.call("findNotes", json!({ "query": format!("deck:{deck}") }));
    let card_ids = b.call("findCards", json!({ "query": format!("deck:{deck}") }));
    for line in [
        format!("note info --query {query} -o json"),
        format!("note info --query {query} -o tsv"),
        format!("card info --query {query} -o json"),
        format!("card info --query {query} -o tsv"),
        format!("card info --query {query} -o ids"),
        format!("note export --query {query}"),
        format!("note export --query {query} --format json"),
        format!("note export --query {query} --format tsv"),
    ] {
        let whole = chunked(b, &line, None);
        let since = b.served().len();
        let parts = chunked(b, &line, Some(7));
        assert_eq!(parts, whole, "{line}");
        let (action, key, ids) = if line.starts_with("card") {
            ("cardsInfo", "cards", &card_ids)
        } else {
            ("notesInfo", "notes", &note_ids)
        };
        assert_eq!(requests(b, since, action, key, ids), (22, 7), "{line}");
    }
    // -o json is the add-on's array, as one request of all of them gives it.
    let expected = b.call("cardsInfo", json!({ "cards": card_ids }));
    let printed: Value = serde_json::from_str(&chunked(
        b,
        &format!("card info --query {query} -o json"),
        Some(7),
    ))
    .unwrap();
    assert_eq!(printed, expected);
    // --out: the same bytes as stdout.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("notes.csv");
    chunked(
        b,
        &format!("note export --query {query} --out {}", q(&out)),
        Some(7),
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        chunked(b, &format!("note export --query {query}"), None)
    );
}

/// How many requests for `action` the Anki has received (its log searched as text).
fn received(b: &Anki, action: &str) -> usize {
    std::fs::read_to_string(b.api_log())
        .unwrap_or_default()
        .matches(&format!("\"action\": \"{action}\""))
        .count()
}

/// Starts `line` with one item per request; once Anki has received three requests for
/// `action` from it, sends it SIGINT. Its exit code, stdout and stderr.
#[cfg(unix)]
fn interrupted(b: &Anki, line: &str, action: &str) -> (Option<i32>, String, String) {
    let before = received(b, action);
    let child = cli(&b.url)
        .env("ANKI_CLI_CHUNK", "1")
        .args(words(line))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn anki-cli");
    wait_until(
        Duration::from_secs(120),
        Duration::from_millis(20),
        "the reads did not start in time",
        || received(b, action) >= before + 3,
    );
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let out = wait_bounded(child, Duration::from_secs(60), line);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_chunked_read_between_whole_rows_and_leaves_no_file() {
    let b = Anki::shared();
    let deck = "scale_interrupt";
    read_deck(b, deck, 150);
    let query = q(format!("deck:{deck}"));
    let (code, stdout, stderr) =
        interrupted(b, &format!("card info --query {query} -o tsv"), "cardsInfo");
    assert_eq!(code, Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        !lines.is_empty() && lines.len() < 150,
        "{} rows",
        lines.len()
    );
    assert!(stdout.ends_with('\n'), "the last row is whole");
    assert!(
        lines.iter().all(|l| l.split('\t').count() == 10),
        "{stdout}"
    );

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("notes.csv");
    std::fs::write(&out, "before\n").unwrap();
    let (code, _, stderr) = interrupted(
        b,
        &format!("note export --query {query} --out {} --force", q(&out)),
        "notesInfo",
    );
    assert_eq!(code, Some(130), "{stderr}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "before\n");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file is left");
}

/// An export of several chunks finds its columns and each note's deck before the first row:
/// a note type whose first note comes after the first chunk, notes outside the first note's
/// deck (a few, then more than a chunk), and a note with cards in two decks all come out as one
/// request of all the notes gives them.
#[test]
fn a_chunked_export_of_several_decks_and_note_types_matches_one_read() {
    let b = Anki::shared();
    let tag = "scale_mixed";
    let (home, other, note_type) = (
        format!("{tag} home"),
        format!("{tag} other"),
        format!("{tag} model"),
    );
    b.call("createDeck", json!({ "deck": home }));
    b.call("createDeck", json!({ "deck": other }));
    b.call(
        "createModel",
        json!({"modelName": note_type, "inOrderFields": ["Front", "Back", "Note"],
               "cardTemplates": [{"Name": "Card 1", "Front": "{{Front}}", "Back": "{{Back}}"}]}),
    );
    let firsts: Vec<String> = (0..20).map(|i| format!("{tag} {i}")).collect();
    add(
        b,
        &home,
        "Basic",
        &firsts.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    // Another note type's notes come after the first chunk, in the other deck.
    add(
        b,
        &other,
        &note_type,
        &[&format!("{tag} other 1"), &format!("{tag} other 2")],
    );
    // A note with its two cards in two decks.
    let both = b.call(
        "addNote",
        json!({"note": {"deckName": home, "modelName": "Basic (and reversed card)",
                        "fields": {"Front": format!("{tag} both"), "Back": "x"}}}),
    );
    let cards = b.call("findCards", json!({ "query": format!("nid:{both}") }));
    let info = b.call("cardsInfo", json!({ "cards": cards }));
    let second = info
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["ord"] == 1)
        .unwrap();
    b.call(
        "changeDeck",
        json!({"cards": [second["cardId"]], "deck": other}),
    );
    // A few notes elsewhere (asked per chunk), then many (the first note's deck is searched too).
    for (query, more) in [
        (format!("\"deck:{tag} *\""), 0),
        (format!("\"deck:{tag} *\""), 10),
    ] {
        if more > 0 {
            let extra: Vec<String> = (0..more).map(|i| format!("{tag} extra {i}")).collect();
            add(
                b,
                &other,
                "Basic",
                &extra.iter().map(String::as_str).collect::<Vec<_>>(),
            );
        }
        for format in ["csv", "json"] {
            let line = format!("note export --query {} --format {format}", q(&query));
            let whole = chunked(b, &line, None);
            let parts = chunked(b, &line, Some(7));
            assert_eq!(parts, whole, "{line}");
            if format == "csv" {
                let header = whole.lines().next().unwrap();
                assert_eq!(header, "id,deck,model,tags,Front,Back,Note");
                assert!(whole.contains(&format!("{tag} other 1")), "{whole}");
                let both_row = whole
                    .lines()
                    .find(|l| l.contains(&format!("{tag} both")))
                    .unwrap();
                assert!(both_row.contains(&format!(",{home},")), "{both_row}");
            }
        }
    }
}

#[test]
fn reviews_read_as_they_arrive_in_parts_match_one_whole_read() {
    let b = Anki::shared();
    let deck = "scale_reviews";
    b.call("createDeck", json!({ "deck": deck }));
    let firsts = ["scale_reviews_1", "scale_reviews_2", "scale_reviews_3"];
    add(b, deck, "Basic", &firsts);
    let cards = b.call("findCards", json!({ "query": format!("deck:{deck}") }));
    let cards: Vec<i64> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_i64().unwrap())
        .collect();
    assert_eq!(cards.len(), 3);
    // 20 reviews (IDs of this test's own), so parts of 7 rows are 7, 7 and 6.
    let reviews: Vec<Value> = (0..20_i64)
        .map(|i| {
            json!([
                1_400_000_000_000_i64 + i,
                cards[i as usize % 3],
                -1,
                1 + i % 4,
                i,
                -i,
                2500,
                1000 + i,
                i % 4
            ])
        })
        .collect();
    b.call("insertReviews", json!({ "reviews": reviews }));
    for format in ["json", "tsv", "ids"] {
        let line = format!("stats reviews {deck} -o {format}");
        let whole = chunked(b, &line, None);
        let parts = chunked(b, &line, Some(7));
        assert_eq!(parts, whole, "{line}");
        let one = chunked(b, &line, Some(1));
        assert_eq!(one, whole, "{line} in parts of one row");
        match format {
            "json" => {
                // The add-on lists them card by card.
                let mut got: Vec<Value> = serde_json::from_str(&whole).unwrap();
                got.sort_by_key(|r| r[0].as_i64());
                assert_eq!(got, reviews);
            }
            _ => {
                assert_eq!(whole.lines().count(), 20, "{whole}");
                let first = format!("1400000000000\t{}\t-1\t1\t0\t0\t2500\t1000\t0", cards[0]);
                let wanted = if format == "tsv" {
                    first.as_str()
                } else {
                    "1400000000000"
                };
                assert!(whole.lines().any(|l| l == wanted), "{wanted}: {whole}");
            }
        }
    }
    // After the last review: an empty list, in parts or not.
    let line = format!("stats reviews {deck} --since 1400000000019 -o json");
    assert_eq!(chunked(b, &line, Some(7)), "[]\n");
}
