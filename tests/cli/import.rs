//! `note import` and `note export` against the real add-on. On the shared Anki each test imports
//! into decks of its own, with first fields that start with its name; tests that count the
//! requests Anki served, or kill it, use an Anki of their own.

use std::path::Path;
use std::time::Duration;

use crate::anki::{Anki, Options};
use crate::common::{cmd, numbered_csv, q, spawn, wait_bounded, wait_until, write_file, Run};
use serde_json::{json, Value};

fn deck(b: &Anki, name: &str) -> String {
    b.call("createDeck", json!({ "deck": name }));
    name.to_string()
}

fn notes(b: &Anki, query: &str) -> Vec<Value> {
    let ids = b.call("findNotes", json!({ "query": query }));
    b.call("notesInfo", json!({ "notes": ids }))
        .as_array()
        .unwrap()
        .clone()
}

fn count(b: &Anki, query: &str) -> usize {
    b.call("findNotes", json!({ "query": query }))
        .as_array()
        .unwrap()
        .len()
}

fn import(b: &Anki, file: &Path, extra: &str, code: i32) -> Run {
    cmd(&b.url, &format!("note import {} {extra}", q(file)), code)
}

/// `-d DECK -m Basic`, for a command line.
fn basic(deck: &str) -> String {
    format!("-d {} -m Basic", q(deck))
}

/// Writes `csv` to `name` in `dir` and imports it into `deck` as Basic notes, asserting exit 0.
fn seed(b: &Anki, dir: &Path, name: &str, deck: &str, csv: &str) {
    import(b, &write_file(dir, name, csv), &basic(deck), 0);
}

fn summary(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// A summary's counts: [added, updated, unchanged, skipped, failed, invalid].
fn counts(summary: &Value) -> [u64; 6] {
    [
        "added",
        "updated",
        "unchanged",
        "skipped",
        "failed",
        "invalid",
    ]
    .map(|k| {
        summary[k]
            .as_u64()
            .unwrap_or_else(|| panic!("no {k} in {summary}"))
    })
}

/// How many requests for `action` Anki served from index `since` of its log on.
fn served(b: &Anki, since: usize, action: &str) -> usize {
    b.served()[since..]
        .iter()
        .filter(|s| s.action == action)
        .count()
}

#[test]
fn csv_with_bom_quotes_newlines_and_special_columns() {
    let b = Anki::shared();
    let main = deck(b, "import_bom");
    let other = deck(b, "import_bom_column");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("words.csv");
    std::fs::write(
        &file,
        format!("\u{feff}front,BACK,deck,tags\r\n\"import_bom chat, le\",\"cat\r\nfeline\",{other},import_bom_animals import_bom_noun\r\nimport_bom chien,dog,,\r\n"),
    )
    .unwrap();
    let r = import(
        b,
        &file,
        &format!("--deck {main} --model Basic --tags import_bom"),
        0,
    );
    assert_eq!(counts(&summary(&r)), [2, 0, 0, 0, 0, 0]);
    let chat = &notes(b, "deck:import_bom_column")[0];
    assert_eq!(chat["fields"]["Front"]["value"], "import_bom chat, le");
    assert_eq!(
        chat["fields"]["Back"]["value"], "cat\nfeline",
        "Anki stores line breaks as \\n"
    );
    assert_eq!(
        chat["tags"],
        json!(["import_bom", "import_bom_animals", "import_bom_noun"])
    );
    let chien = notes(b, "deck:import_bom");
    assert_eq!(chien.len(), 1, "the column's deck is not a subdeck");
    assert_eq!(chien[0]["fields"]["Front"]["value"], "import_bom chien");
    assert_eq!(chien[0]["tags"], json!(["import_bom"]));
}

#[test]
fn tsv_no_header_map_and_delimiter() {
    let b = Anki::shared();
    let d = deck(b, "import_tsv");
    let dir = tempfile::tempdir().unwrap();
    let tsv = write_file(
        dir.path(),
        "w.tsv",
        "import_tsv uno\tone\nimport_tsv dos\ttwo\n",
    );
    import(b, &tsv, &format!("--no-header -d {d} -m Basic"), 0);
    assert_eq!(count(b, "deck:import_tsv"), 2);
    assert_eq!(
        notes(b, "\"front:import_tsv dos\"")[0]["fields"]["Back"]["value"],
        "two"
    );
    let semi = write_file(dir.path(), "w.txt", "Word;Meaning\nimport_tsv tres;three\n");
    import(
        b,
        &semi,
        &format!("--delimiter ';' --map Word=Front --map meaning=Back -d {d} -m Basic"),
        0,
    );
    assert_eq!(
        notes(b, "\"front:import_tsv tres\"")[0]["fields"]["Back"]["value"],
        "three"
    );
    assert_eq!(count(b, "deck:import_tsv"), 3);
}

#[test]
fn problems_are_reported_with_rows_and_nothing_is_sent() {
    let b = Anki::shared();
    let d = deck(b, "import_problems");
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "bad.csv",
        &format!("Front,Side,deck\nimport_problems ok,,{d}\nimport_problems x,y,{d}\n,,{d}\nimport_problems z,,import_problems Nowhere\nragged\n"),
    );
    let r = import(b, &file, "-m Basic", 2);
    for expected in [
        "has problems in 4 row(s); nothing was imported",
        "row 3, column 2 (Side): note type 'Basic' has no field 'Side' (its fields: Front, Back)",
        "row 4: the first field (Front) is empty",
        "deck was not found: import_problems Nowhere (named by 1 row: 5); pass --create-decks",
        "row 6: 1 columns, but the header has 3",
    ] {
        assert!(
            r.stderr.contains(expected),
            "missing '{expected}' in {}",
            r.stderr
        );
    }
    assert_eq!(count(b, "deck:import_problems"), 0, "nothing imported");

    let bytes = dir.path().join("latin1.csv");
    std::fs::write(&bytes, b"Front,Back\nimport_problems caf\xe9,coffee\n").unwrap();
    import(b, &bytes, &basic(&d), 2).err_has(&["row 2, column 1: not valid UTF-8"]);

    let empty = write_file(dir.path(), "empty.csv", "");
    assert!(import(b, &empty, &basic(&d), 2).stderr.contains("is empty"));
    let header_only = write_file(dir.path(), "header.csv", "Front,Back\n");
    assert!(import(b, &header_only, &basic(&d), 0)
        .stdout
        .contains("\"rows\":0"));
    let no_model = write_file(dir.path(), "nomodel.csv", "Front\nimport_problems x\n");
    assert!(import(b, &no_model, &format!("-d {d}"), 2)
        .stderr
        .contains("--model"));
    assert_eq!(count(b, "deck:import_problems"), 0, "nothing imported");
}

#[test]
fn duplicate_policies() {
    let b = Anki::shared();
    let d = deck(b, "import_dup");
    let flags = basic(&d);
    let dir = tempfile::tempdir().unwrap();
    seed(
        b,
        dir.path(),
        "a.csv",
        &d,
        "Front,Back\nimport_dup chat,cat\nimport_dup chien,dog\n",
    );
    let again = write_file(
        dir.path(),
        "b.csv",
        "Front,Back,tags\nimport_dup chat,CAT!,import_dup_fixed\nimport_dup oiseau,bird,\n",
    );

    let skip = summary(&import(b, &again, &flags, 0));
    assert_eq!(
        (skip["added"].clone(), skip["skipped"].clone()),
        (json!(1), json!(1)),
        "{skip}"
    );

    let errors = dir.path().join("errors.csv");
    import(
        b,
        &again,
        &format!("{flags} --on-duplicate error --errors {}", q(&errors)),
        5,
    )
    .err_has(&["row 2: cannot create note because it is a duplicate"]);
    let written = std::fs::read_to_string(&errors).unwrap();
    assert_eq!(
        written,
        "Front,Back,tags,reason\n\
         import_dup chat,CAT!,import_dup_fixed,cannot create note because it is a duplicate\n\
         import_dup oiseau,bird,,cannot create note because it is a duplicate\n"
    );

    let upd = summary(&import(
        b,
        &again,
        &format!("{flags} --on-duplicate update"),
        0,
    ));
    assert_eq!(
        counts(&upd),
        [0, 1, 1, 0, 0, 0],
        "chat is updated; oiseau (added by the skip run) already holds what its row holds: {upd}"
    );
    let chat = &notes(b, "\"front:import_dup chat\"")[0];
    assert_eq!(
        (
            chat["fields"]["Back"]["value"].clone(),
            chat["tags"].clone()
        ),
        (json!("CAT!"), json!(["import_dup_fixed"]))
    );

    let allow = summary(&import(
        b,
        &again,
        &format!("{flags} --on-duplicate allow"),
        0,
    ));
    assert_eq!(allow["added"], 2, "{allow}");
    assert_eq!(count(b, "\"front:import_dup chat\""), 2);
    assert_eq!(count(b, "deck:import_dup"), 5);
}

#[test]
fn errors_file_round_trip_with_exact_reasons() {
    let b = Anki::shared();
    let d = deck(b, "import_round_trip");
    let flags = basic(&d);
    let dir = tempfile::tempdir().unwrap();
    seed(
        b,
        dir.path(),
        "seed.csv",
        &d,
        "Front,Back\nimport_round_trip taken,x\n",
    );
    // The bad rows (a duplicate, and a first field that is only HTML) fail with Anki's own
    // reasons; the good rows of the same chunk still go in.
    let mixed = write_file(
        dir.path(),
        "mixed.csv",
        "Front,Back\nimport_round_trip good1,a\nimport_round_trip taken,b\n<br>,empty\nimport_round_trip good2,c\n",
    );
    let errors = dir.path().join("failed.csv");
    let args = format!(
        "{flags} --on-duplicate error --errors {} --batch 10",
        q(&errors)
    );
    let r = import(b, &mixed, &args, 5);
    assert_eq!(counts(&summary(&r)), [2, 0, 0, 0, 2, 0]);
    assert!(
        r.stderr
            .contains("row 3: cannot create note because it is a duplicate")
            && r.stderr
                .contains("row 4: cannot create note because it is empty"),
        "{}",
        r.stderr
    );
    assert_eq!(count(b, "deck:import_round_trip"), 3);
    let text = std::fs::read_to_string(&errors).unwrap();
    assert_eq!(
        text,
        "Front,Back,reason\n\
         import_round_trip taken,b,cannot create note because it is a duplicate\n\
         <br>,empty,cannot create note because it is empty\n"
    );

    // Fix the failed rows and feed the errors file straight back (its reason column is ignored).
    let fixed = text
        .replace(
            "import_round_trip taken,b",
            "import_round_trip taken-fixed,b",
        )
        .replace("<br>,empty", "import_round_trip filled,empty");
    std::fs::write(&errors, fixed).unwrap();
    let back = summary(&import(b, &errors, &flags, 0));
    assert_eq!(back["added"], 2, "{back}");
    assert_eq!(count(b, "deck:import_round_trip"), 5);
}

#[test]
fn dry_run_checks_with_anki_and_adds_nothing() {
    let b = Anki::shared();
    let d = deck(b, "import_dry");
    let dir = tempfile::tempdir().unwrap();
    seed(b, dir.path(), "seed.csv", &d, "Front\nimport_dry old\n");
    let file = write_file(
        dir.path(),
        "new.csv",
        "Front\nimport_dry old\nimport_dry new\nimport_dry new\n",
    );
    let r = import(
        b,
        &file,
        &format!("-d {d} -m Basic --dry-run --on-duplicate error"),
        5,
    );
    let sum = summary(&r);
    assert_eq!(
        (counts(&sum), &sum["dryRun"]),
        ([1, 0, 0, 0, 2, 0], &json!(true)),
        "the old row and the repeated new row would fail"
    );
    assert!(
        r.stderr.contains(
            "row 4: cannot create note because it is a duplicate (of row 3 of this file)"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(count(b, "deck:import_dry"), 1, "nothing added");
}

#[test]
fn export_then_import_applies_spreadsheet_edits() {
    let b = Anki::shared();
    let d = deck(b, "import_sheet");
    let dir = tempfile::tempdir().unwrap();
    // 15 notes, some with what a round trip could garble: line breaks, HTML, entities, quotes.
    let mut csv = String::from("Front,Back,tags\nimport_sheet one,1,a\nimport_sheet two,2,b\n");
    for i in 0..13 {
        csv.push_str(&format!(
            "import_sheet n{i},\"line {i}\nnext <b>bold</b> &amp; \"\"quoted\"\"\",t{i} Shared\n"
        ));
    }
    seed(b, dir.path(), "seed.csv", &d, &csv);
    let out = dir.path().join("sheet.csv");
    let export = format!("note export --query deck:import_sheet --out {}", q(&out));
    cmd(&b.url, &export, 0);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("id,deck,model,tags,Front,Back\n")
            && text.contains(",import_sheet,Basic,a,import_sheet one,1\n"),
        "{text}"
    );
    cmd(&b.url, &export, 2).err_has(&["--force"]);

    // Re-importing the export as it is changes nothing and sends no update.
    let ids: Vec<Value> = b
        .call("findNotes", json!({"query": "deck:import_sheet"}))
        .as_array()
        .unwrap()
        .clone();
    let updates_sent = || {
        b.served()
            .iter()
            .filter(|s| s.action == "updateNote" || s.action == "updateNoteFields")
            .filter(|s| ids.contains(&s.request["params"]["note"]["id"]))
            .count()
    };
    let r = summary(&import(b, &out, "", 0));
    assert_eq!(counts(&r), [0, 0, 15, 0, 0, 0], "{r}");
    assert_eq!(updates_sent(), 0);

    // Two rows edited: a field and a tag on one, only a tag on the other.
    let edited = text
        .replace(",a,import_sheet one,1", ",a edited,import_sheet one,uno")
        .replace(",b,import_sheet two,2", ",b extra,import_sheet two,2");
    assert_ne!(edited, text);
    std::fs::write(&out, edited).unwrap();
    let r = cmd(&b.url, &format!("note import {} -o table", q(&out)), 0);
    assert!(
        r.stdout.contains("updated 2, unchanged 13,"),
        "only the rows that changed are updated: {}",
        r.stdout
    );
    assert_eq!(updates_sent(), 2);
    let one = &notes(b, "\"front:import_sheet one\"")[0];
    assert_eq!(
        (one["fields"]["Back"]["value"].clone(), one["tags"].clone()),
        (json!("uno"), json!(["a", "edited"]))
    );
    assert_eq!(
        notes(b, "\"front:import_sheet two\"")[0]["tags"],
        json!(["b", "extra"])
    );
    assert_eq!(count(b, "deck:import_sheet"), 15, "no duplicates added");

    let json_out = cmd(
        &b.url,
        "note export --query deck:import_sheet --format json",
        0,
    )
    .stdout;
    let parsed: Value = serde_json::from_str(&json_out).unwrap();
    assert_eq!(parsed.as_array().unwrap().len(), 15);
    assert_eq!(parsed[0]["deck"], "import_sheet");
}

#[test]
fn anki_is_asked_first_and_a_rerun_sends_no_add_notes() {
    // An Anki of its own, so its API log holds only this test's requests.
    let b = Anki::start(Options::default());
    cmd(&b.url, "note add -d Default -m Basic -f Front=seed", 0);
    // Chunks of 5: r4 and <b>r4</b> are duplicates in Anki's eyes (HTML is ignored); so are the
    // two r5 and the two r6 rows, which share a chunk; <br> is empty once HTML is stripped.
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "words.csv",
        "Front,Back\n\
         r0,a\nr1,a\nr2,a\nr3,a\nr4,a\n\
         <b>r4</b>,b\nr5,a\nr5,b\nseed,b\n<br>,b\n\
         r6,a\n<i>r6</i>,b\nr7,a\nr8,a\nr3,b\n",
    );
    let errors = dir.path().join("errors.csv");
    let line = format!(
        "note import {} {} --batch 5 --errors {}",
        q(&file),
        basic("Default"),
        q(&errors)
    );
    let before = b.served().len();
    let first = summary(&cmd(&b.url, &line, 5));
    assert_eq!(counts(&first), [9, 0, 0, 5, 1, 0]);
    assert_eq!(
        first["skippedIn"],
        json!({"Default": 5}),
        "the skipped rows' notes are in Default"
    );
    assert_eq!(
        std::fs::read_to_string(&errors).unwrap(),
        "Front,Back,reason\n<br>,b,cannot create note because it is empty\n"
    );
    let log = b.served();
    let adds: Vec<_> = log[before..]
        .iter()
        .filter(|s| s.action.starts_with("addNote"))
        .collect();
    assert!(
        adds.iter()
            .all(|s| s.action == "addNotes" && s.reply["error"].is_null()),
        "the add-on never met a note it refused (no add-and-roll-back): {:?}",
        adds.iter().map(|s| &s.reply).collect::<Vec<_>>()
    );
    assert_eq!(adds.len(), 3, "one addNotes per chunk");
    assert_eq!(
        served(&b, before, "canAddNotesWithErrorDetail"),
        5,
        "a check per chunk, and one more for chunks 2 and 3, whose repeats waited"
    );
    assert_eq!(count(&b, "deck:Default"), 10);

    // The errors file is there now: a file that is no errors file is not overwritten without --force,
    // and nothing is sent; the same command again replaces its own errors file.
    let before = b.served().len();
    let other = write_file(dir.path(), "other.csv", "Name,Value\nx,y\n");
    let other_line = line.replace(&q(&errors), &q(&other));
    cmd(&b.url, &other_line, 2).err_has(&["exists; pass --force to overwrite it"]);
    assert_eq!(
        b.served().len(),
        before,
        "nothing sent before the errors file is refused"
    );
    let again = summary(&cmd(&b.url, &line, 5));
    assert_eq!(counts(&again), [0, 0, 0, 14, 1, 0]);
    assert_eq!(again["skippedIn"], json!({"Default": 14}));
    assert_eq!(
        std::fs::read_to_string(&errors).unwrap(),
        "Front,Back,reason\n<br>,b,cannot create note because it is empty\n",
        "written anew"
    );
    assert_eq!(
        served(&b, before, "addNotes"),
        0,
        "nothing to add (see {})",
        b.api_log().display()
    );
    assert_eq!(served(&b, before, "addNote"), 0);
    assert_eq!(
        served(&b, before, "canAddNotesWithErrorDetail"),
        1,
        "rows already in their deck are known from one read of the deck (findNotes, notesInfo) \
         and need no check; only <br>, which matches no note, is checked (Anki finds it empty)"
    );
    assert_eq!(
        served(&b, before, "findCards"),
        0,
        "no search to say where the notes are: Anki refused them in their own deck"
    );
    assert_eq!(count(&b, "deck:Default"), 10);
}

#[test]
fn allow_sends_allow_duplicate_and_update_updates_a_chunk_at_once() {
    let b = Anki::start(Options::default());
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "words.csv", "Front,Back\nw1,a\nw1,b\nw2,a\n");
    let args = |policy: &str| format!("-d Default -m Basic --on-duplicate {policy}");
    let r = summary(&import(&b, &file, &args("allow"), 0));
    assert_eq!(r["added"], 3, "{r}");
    let before = b.served().len();
    let r = summary(&import(&b, &file, &args("allow"), 0));
    assert_eq!(r["added"], 3, "allow adds them again: {r}");
    let log = b.served();
    let checks: Vec<_> = log[before..]
        .iter()
        .filter(|s| s.action == "canAddNotesWithErrorDetail" || s.action == "addNotes")
        .collect();
    assert_eq!(checks.len(), 2, "one check and one addNotes");
    for s in &checks {
        for note in s.request["params"]["notes"].as_array().unwrap() {
            assert_eq!(note["options"]["allowDuplicate"], true, "{}", s.action);
        }
    }
    assert_eq!(count(&b, "Front:w1"), 4);

    assert_eq!(count(&b, "Front:w2"), 2);

    // Updates of a whole chunk: one check, the searches in one multi, one notesInfo, the
    // updates in one multi; nothing is added.
    let file = write_file(
        dir.path(),
        "update.csv",
        "Front,Back\nu1,old\nu2,old\nu3,old\n",
    );
    import(&b, &file, &args("update"), 0);
    std::fs::write(&file, "Front,Back\nu1,new 1\nu2,new 2\nu3,new 3\n").unwrap();
    let before = b.served().len();
    let r = summary(&import(&b, &file, &args("update"), 0));
    assert_eq!(counts(&r), [0, 3, 0, 0, 0, 0]);
    for (action, times) in [
        ("canAddNotesWithErrorDetail", 1),
        ("multi", 2),
        ("findNotes", 3),
        ("notesInfo", 1),
        ("updateNoteFields", 3),
        ("addNotes", 0),
    ] {
        assert_eq!(served(&b, before, action), times, "{action}");
    }
    let u2 = &notes(&b, "Front:u2")[0];
    assert_eq!(u2["fields"]["Back"]["value"], "new 2");
}

#[test]
fn an_import_interrupted_by_a_dying_backend_resumes_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base");
    let mut b = Anki::start_at(&base);
    let rows = 1500;
    let file = numbered_csv(dir.path(), "big.csv", rows);
    let line = format!("note import {} {} --batch 50", q(&file), basic("Default"));
    let child = spawn(&b.url, &line);
    // Kill Anki (SIGKILL, as a crash) once some notes are in, well before all of them are.
    let (limit, every) = (Duration::from_secs(120), Duration::from_millis(20));
    wait_until(limit, every, "no note arrived in time", || {
        count(&b, "") > 0
    });
    b.kill();
    let first = wait_bounded(child, Duration::from_secs(120), "the interrupted import");
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("Run the same command again"), "{stderr}");

    b.restart();
    let before = count(&b, "");
    assert!(
        before < rows,
        "the import was interrupted: {before} of {rows}"
    );
    let r = cmd(&b.url, &line, 0);
    assert_eq!(
        counts(&summary(&r)),
        [(rows - before) as u64, 0, 0, before as u64, 0, 0]
    );
    assert_eq!(count(&b, ""), rows, "each row exactly once");
    let fronts: std::collections::HashSet<String> = notes(&b, "")
        .iter()
        .map(|n| n["fields"]["Front"]["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fronts.len(), rows, "no row twice");
}

#[test]
fn on_invalid_abort_writes_the_bad_rows_and_skip_imports_the_others() {
    let b = Anki::shared();
    let d = deck(b, "import_invalid");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mixed.csv");
    std::fs::write(
        &file,
        b"Front,Back\n\
          import_invalid good1,a\n\
          ,empty first\n\
          import_invalid ragged\n\
          import_invalid good2,b\n\
          import_invalid caf\xe9,latin-1\n\
          import_invalid good3,\"two\nlines\"\n",
    )
    .unwrap();
    let errors = dir.path().join("bad.csv");
    let flags = |extra: &str| format!("-d import_invalid -m Basic --errors {} {extra}", q(&errors));
    let expected_errors = "Front,Back,reason\n\
        ,empty first,the first field (Front) is empty\n\
        import_invalid ragged,\"1 columns, but the header has 2\"\n\
        import_invalid caf\u{fffd},latin-1,column 1: not valid UTF-8 (save the file as UTF-8)\n";

    // abort (the default): nothing is sent, and the bad rows are in the errors file all the same.
    import(b, &file, &flags(""), 2).err_has(&[
        "has problems in 3 row(s); nothing was imported",
        "These rows are in",
        "--on-invalid skip",
    ]);
    assert_eq!(count(b, &format!("deck:{d}")), 0, "nothing imported");
    assert_eq!(std::fs::read_to_string(&errors).unwrap(), expected_errors);

    // skip: the good rows go in, the bad ones are left out and counted, exit 5.
    let r = import(b, &file, &flags("--on-invalid skip --force"), 5);
    let sum = summary(&r);
    assert_eq!(counts(&sum), [3, 0, 0, 0, 3, 3], "{sum}");
    assert!(
        r.stderr.contains("3 row(s) failed")
            && r.stderr.contains("row 3: the first field (Front) is empty"),
        "{}",
        r.stderr
    );
    assert_eq!(count(b, &format!("deck:{d}")), 3);
    assert_eq!(
        notes(b, "\"front:import_invalid good3\"")[0]["fields"]["Back"]["value"],
        "two\nlines"
    );
    assert_eq!(std::fs::read_to_string(&errors).unwrap(), expected_errors);
}

#[test]
fn a_missing_deck_or_note_type_is_reported_once_and_create_decks_creates_decks() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let (a, bb) = ("import_create::New A", "import_create::New B");
    let mut csv = String::from("Front,deck\n");
    for i in 0..30 {
        let deck = if i < 20 { a } else { "" };
        csv.push_str(&format!("import_create w{i},{deck}\n"));
    }
    let file = write_file(dir.path(), "words.csv", &csv);
    let flags = basic(bb);
    let r = import(b, &file, &flags, 2).err_has(&["has problems in 30 row(s)", &format!(
                "deck was not found: {a} (named by 20 rows: 2, 3, 4, 5, 6, …); pass --create-decks to create it"
            ), &format!(
                "deck was not found: {bb} (--deck, for 10 rows: 22, 23, 24, 25, 26, …)"
            )]);
    assert_eq!(
        r.stderr.matches("deck was not found").count(),
        2,
        "each missing deck once: {}",
        r.stderr
    );
    let decks =
        || -> Vec<String> { serde_json::from_value(b.call("deckNames", json!({}))).unwrap() };
    assert!(!decks().iter().any(|d| d.starts_with("import_create")));

    let create = format!("{flags} --create-decks");
    let dry = format!("{create} --dry-run");
    let sum = summary(&import(b, &file, &dry, 0));
    assert_eq!(counts(&sum), [30, 0, 0, 0, 0, 0], "{sum}");
    assert_eq!(
        (&sum["dryRun"], &sum["createdDecks"]),
        (&json!(true), &json!([a, bb]))
    );
    assert!(
        !decks().iter().any(|d| d.starts_with("import_create")),
        "a dry run creates no deck"
    );

    let sum = summary(&import(b, &file, &create, 0));
    assert_eq!(counts(&sum), [30, 0, 0, 0, 0, 0], "{sum}");
    assert_eq!(sum["createdDecks"], json!([a, bb]));
    assert_eq!(count(b, &format!("\"deck:{a}\"")), 20);
    assert_eq!(count(b, &format!("\"deck:{bb}\"")), 10);
    let again = summary(&import(b, &file, &create, 0));
    assert_eq!(counts(&again), [0, 0, 0, 30, 0, 0]);
    assert_eq!(again["createdDecks"], json!([]));
    assert_eq!(again["skippedIn"], json!({a: 20, bb: 10}));

    // A dry run into a deck still to be created: Anki's check runs against a deck that exists,
    // and in the deck scope against the new (empty) deck.
    let c = "import_create::New C";
    let few = write_file(
        dir.path(),
        "few.csv",
        "Front\nimport_create w0\nimport_create w1\n",
    );
    let dry_c = |scope: &str| {
        format!(
            "-d {} -m Basic --create-decks --dry-run --duplicate-scope {scope}",
            q(c)
        )
    };
    let sum = summary(&import(b, &few, &dry_c("collection"), 0));
    assert_eq!(counts(&sum), [0, 0, 0, 2, 0, 0], "{sum}");
    assert_eq!(
        (&sum["skippedIn"], &sum["createdDecks"]),
        (&json!({a: 2}), &json!([c]))
    );
    let sum = summary(&import(b, &few, &dry_c("deck"), 0));
    assert_eq!(counts(&sum), [2, 0, 0, 0, 0, 0], "{sum}");
    assert!(!decks().iter().any(|d| d == c), "a dry run creates no deck");

    // A missing note type: once, counted; --create-decks does not make note types.
    let models = write_file(
        dir.path(),
        "models.csv",
        "Front,model\nimport_create m1,import_create NoType\nimport_create m2,import_create NoType\nimport_create m3,\n",
    );
    import(b, &models, &create, 2).err_has(&[
        "model was not found: import_create NoType (named by 2 rows: 2, 3); create the note type first",
        "has problems in 2 row(s)",
    ]);
    assert_eq!(
        count(b, "\"front:import_create m3\""),
        0,
        "nothing imported"
    );
}

#[test]
fn duplicate_scope_deck_and_where_skipped_rows_are() {
    let b = Anki::shared();
    let (a, other) = (deck(b, "import_scope_a"), deck(b, "import_scope_b"));
    let dir = tempfile::tempdir().unwrap();
    seed(
        b,
        dir.path(),
        "seed.csv",
        &a,
        "Front,Back\nimport_scope x,1\nimport_scope y,1\n",
    );
    let file = write_file(
        dir.path(),
        "words.csv",
        "Front,Back\nimport_scope x,2\nimport_scope y,2\nimport_scope z,2\n",
    );
    let into_b = |extra: &str| format!("{} {extra}", basic(&other));

    // The collection scope: x and y are there already, but in the other deck, and the summary says so.
    import(b, &file, &into_b("-o table"), 0).out_has(&[
        "Added 1, updated 0, unchanged 0, skipped 2 as already in the collection (2 in deck import_scope_a), failed 0.",
        "--duplicate-scope deck adds them",
    ]);
    assert_eq!(count(b, "deck:import_scope_b"), 1);

    // The deck scope: a row whose note is only in another deck is added to this one.
    let sum = summary(&import(b, &file, &into_b("--duplicate-scope deck"), 0));
    assert_eq!(counts(&sum), [2, 0, 0, 1, 0, 0], "{sum}");
    assert_eq!(sum["skippedIn"], json!({"import_scope_b": 1}));
    assert_eq!(count(b, "deck:import_scope_b"), 3);
    assert_eq!(count(b, "\"front:import_scope x\""), 2);

    // Updates in the deck scope change the note in the row's deck, not the one elsewhere.
    std::fs::write(&file, "Front,Back\nimport_scope x,3\n").unwrap();
    let sum = summary(&import(
        b,
        &file,
        &into_b("--duplicate-scope deck --on-duplicate update"),
        0,
    ));
    assert_eq!(counts(&sum), [0, 1, 0, 0, 0, 0], "{sum}");
    let back = |deck: &str| {
        notes(b, &format!("deck:{deck} \"front:import_scope x\""))[0]["fields"]["Back"]["value"]
            .clone()
    };
    assert_eq!((back(&a), back(&other)), (json!("1"), json!("3")));
}

#[test]
fn an_unterminated_quote_and_a_directory_are_named_as_such() {
    let b = Anki::shared();
    let d = deck(b, "import_quote");
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "q.csv",
        "Front,Back\nimport_quote a,b\nimport_quote c,\"open\nimport_quote d,e\nimport_quote f,g\n",
    );
    for extra in ["", "--on-invalid skip"] {
        let r = import(b, &file, &format!("{} {extra}", basic(&d)), 2);
        assert!(
            r.stderr.contains(
                "row 3 (line 3), column 2: a quoted field is never closed: the quote (\") that opens it has no closing quote"
            ) && r.stderr.contains("nothing was imported")
                && !r.stderr.contains("columns, but the header"),
            "{}",
            r.stderr
        );
    }
    assert_eq!(count(b, "deck:import_quote"), 0);
    import(b, dir.path(), &basic(&d), 2).err_has(&["it is a directory, not a CSV or TSV file"]);
}

#[test]
fn ctrl_c_tells_how_far_the_import_got_and_the_same_command_finishes_it() {
    let b = Anki::start(Options::default());
    let dir = tempfile::tempdir().unwrap();
    let rows = 1500;
    let file = numbered_csv(dir.path(), "big.csv", rows);
    let errors = dir.path().join("errors.csv");
    let line = format!(
        "note import {} {} --batch 50 --errors {}",
        q(&file),
        basic("Default"),
        q(&errors)
    );
    let child = spawn(&b.url, &line);
    let (limit, every) = (Duration::from_secs(120), Duration::from_millis(20));
    wait_until(limit, every, "no note arrived in time", || {
        count(&b, "") > 0
    });
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let first = wait_bounded(child, Duration::from_secs(60), "the interrupted import");
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("anki-cli: interrupted: stopped after adding ")
            && stderr.contains(", failing 0 row(s). Run the same command again to continue"),
        "the same counts and hint as any other interruption: {stderr}"
    );
    let number_after = |text: &str| -> Option<usize> {
        let rest = stderr.split(text).nth(1)?;
        rest.split(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    };
    let added = number_after("stopped after adding ").unwrap_or_else(|| panic!("{stderr}"));
    // The chunk Anki was adding when Ctrl-C came is counted as maybe in.
    let in_flight = number_after(" (and ").unwrap_or(0);
    let before = count(&b, "");
    assert!(
        added <= before && before <= added + in_flight && before < rows,
        "{added} (+{in_flight} in flight) reported, {before} in Anki, of {rows}"
    );

    assert!(!errors.exists(), "no row failed: no errors file");
    let r = cmd(&b.url, &line, 0);
    let sum = summary(&r);
    assert_eq!(
        counts(&sum),
        [(rows - before) as u64, 0, 0, before as u64, 0, 0]
    );
    assert_eq!(count(&b, ""), rows, "each row exactly once");
}
