//! `note import` and `note export` against the real backend.

use crate::anki::Anki;
use crate::common::{cli, expect, run, write_file};
use serde_json::{json, Value};

fn notes(b: &Anki, query: &str) -> Vec<Value> {
    let ids = b.call("findNotes", json!({ "query": query }));
    b.call("notesInfo", json!({ "notes": ids }))
        .as_array()
        .unwrap()
        .clone()
}

fn import(b: &Anki, file: &std::path::Path, extra: &[&str], code: i32) -> crate::common::Run {
    let mut args = vec!["note", "import", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    expect(&b.url, &args, code)
}

#[test]
fn csv_with_bom_quotes_newlines_and_special_columns() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "French"}));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("words.csv");
    std::fs::write(
        &file,
        "\u{feff}front,BACK,deck,tags\r\n\"chat, le\",\"cat\r\nfeline\",French,animals noun\r\nchien,dog,,\r\n",
    )
    .unwrap();
    let r = import(
        &b,
        &file,
        &[
            "--deck", "Default", "--model", "Basic", "--tags", "imported",
        ],
        0,
    );
    let summary: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(summary["added"], 2, "{summary}");
    let chat = &notes(&b, "deck:French")[0];
    assert_eq!(chat["fields"]["Front"]["value"], "chat, le");
    assert_eq!(
        chat["fields"]["Back"]["value"], "cat\nfeline",
        "Anki stores line breaks as \\n"
    );
    assert_eq!(chat["tags"], json!(["animals", "imported", "noun"]));
    assert_eq!(notes(&b, "deck:Default")[0]["tags"], json!(["imported"]));
}

#[test]
fn tsv_no_header_map_and_delimiter() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let tsv = write_file(dir.path(), "w.tsv", "uno\tone\ndos\ttwo\n");
    import(
        &b,
        &tsv,
        &["--no-header", "-d", "Default", "-m", "Basic"],
        0,
    );
    assert_eq!(notes(&b, "").len(), 2);
    let semi = write_file(dir.path(), "w.txt", "Word;Meaning\ntres;three\n");
    import(
        &b,
        &semi,
        &[
            "--delimiter",
            ";",
            "--map",
            "Word=Front",
            "--map",
            "meaning=Back",
            "-d",
            "Default",
            "-m",
            "Basic",
        ],
        0,
    );
    assert_eq!(
        notes(&b, "front:tres")[0]["fields"]["Back"]["value"],
        "three"
    );
}

#[test]
fn problems_are_reported_with_rows_and_nothing_is_sent() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "bad.csv",
        "Front,Side,deck\nok,,Default\nx,y,Default\n,,Default\nz,,Nowhere\nragged\n",
    );
    let r = import(&b, &file, &["-m", "Basic"], 2);
    for expected in [
        "4 problem(s)",
        "row 3, column 2 (Side): note type 'Basic' has no field 'Side' (its fields: Front, Back)",
        "row 4: the first field (Front) is empty",
        "row 5, column 3 (deck): deck was not found: Nowhere",
        "row 6: 1 columns, but the header has 3",
    ] {
        assert!(
            r.stderr.contains(expected),
            "missing '{expected}' in {}",
            r.stderr
        );
    }
    assert_eq!(notes(&b, "").len(), 0, "nothing imported");

    let bytes = dir.path().join("latin1.csv");
    std::fs::write(&bytes, b"Front,Back\ncaf\xe9,coffee\n").unwrap();
    let r = import(&b, &bytes, &["-d", "Default", "-m", "Basic"], 2);
    assert!(
        r.stderr.contains("row 2, column 1: not valid UTF-8"),
        "{}",
        r.stderr
    );

    let empty = write_file(dir.path(), "empty.csv", "");
    assert!(import(&b, &empty, &["-d", "Default", "-m", "Basic"], 2)
        .stderr
        .contains("is empty"));
    let header_only = write_file(dir.path(), "header.csv", "Front,Back\n");
    assert!(
        import(&b, &header_only, &["-d", "Default", "-m", "Basic"], 0)
            .stdout
            .contains("\"rows\":0")
    );
    let no_model = write_file(dir.path(), "nomodel.csv", "Front\nx\n");
    assert!(import(&b, &no_model, &["-d", "Default"], 2)
        .stderr
        .contains("--model"));
}

#[test]
fn duplicate_policies() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let first = write_file(dir.path(), "a.csv", "Front,Back\nchat,cat\nchien,dog\n");
    import(&b, &first, &["-d", "Default", "-m", "Basic"], 0);
    let again = write_file(
        dir.path(),
        "b.csv",
        "Front,Back,tags\nchat,CAT!,fixed\noiseau,bird,\n",
    );

    let skip: Value =
        serde_json::from_str(&import(&b, &again, &["-d", "Default", "-m", "Basic"], 0).stdout)
            .unwrap();
    assert_eq!(
        (skip["added"].clone(), skip["skipped"].clone()),
        (json!(1), json!(1)),
        "{skip}"
    );

    let errors = dir.path().join("errors.csv");
    let r = import(
        &b,
        &again,
        &[
            "-d",
            "Default",
            "-m",
            "Basic",
            "--on-duplicate",
            "error",
            "--errors",
            errors.to_str().unwrap(),
        ],
        5,
    );
    assert!(r.stderr.contains("duplicate"), "{}", r.stderr);
    let written = std::fs::read_to_string(&errors).unwrap();
    assert!(
        written.starts_with("Front,Back,tags,reason\n") && written.contains("chat,CAT!,fixed,"),
        "{written}"
    );

    let upd: Value = serde_json::from_str(
        &import(
            &b,
            &again,
            &["-d", "Default", "-m", "Basic", "--on-duplicate", "update"],
            0,
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(
        upd["updated"], 2,
        "chat and oiseau (added by the skip run) are updated: {upd}"
    );
    let chat = &notes(&b, "front:chat")[0];
    assert_eq!(
        (
            chat["fields"]["Back"]["value"].clone(),
            chat["tags"].clone()
        ),
        (json!("CAT!"), json!(["fixed"]))
    );

    let allow: Value = serde_json::from_str(
        &import(
            &b,
            &again,
            &["-d", "Default", "-m", "Basic", "--on-duplicate", "allow"],
            0,
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(allow["added"], 2);
    assert_eq!(notes(&b, "front:chat").len(), 2);
}

#[test]
fn errors_file_round_trip_and_the_all_or_nothing_fallback() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "Target"}));
    let dir = tempfile::tempdir().unwrap();
    let seed = write_file(dir.path(), "seed.csv", "Front,Back\ntaken,x\n");
    import(&b, &seed, &["-d", "Target", "-m", "Basic"], 0);
    // One bad row in a batch makes the add-on's addNotes fail the whole batch: good rows still go in.
    let mixed = write_file(
        dir.path(),
        "mixed.csv",
        "Front,Back\ngood1,a\ntaken,b\ngood2,c\n",
    );
    let errors = dir.path().join("failed.csv");
    let r = import(
        &b,
        &mixed,
        &[
            "-d",
            "Target",
            "-m",
            "Basic",
            "--on-duplicate",
            "error",
            "--errors",
            errors.to_str().unwrap(),
            "--batch",
            "10",
        ],
        5,
    );
    assert!(
        r.stdout.contains("\"added\":2") && r.stdout.contains("\"failed\":1"),
        "{}",
        r.stdout
    );
    assert_eq!(notes(&b, "deck:Target").len(), 3);

    // Fix the failed row (make it unique) and feed the errors file straight back.
    let text = std::fs::read_to_string(&errors)
        .unwrap()
        .replace("taken,b", "taken-fixed,b");
    std::fs::write(&errors, text).unwrap();
    let back: Value =
        serde_json::from_str(&import(&b, &errors, &["-d", "Target", "-m", "Basic"], 0).stdout)
            .unwrap();
    assert_eq!(back["added"], 1, "{back}");
}

#[test]
fn dry_run_checks_with_anki_and_adds_nothing() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let seed = write_file(dir.path(), "seed.csv", "Front\nold\n");
    import(&b, &seed, &["-d", "Default", "-m", "Basic"], 0);
    let file = write_file(dir.path(), "new.csv", "Front\nold\nnew\n");
    let r = import(
        &b,
        &file,
        &[
            "-d",
            "Default",
            "-m",
            "Basic",
            "--dry-run",
            "--on-duplicate",
            "error",
        ],
        5,
    );
    let summary: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        summary,
        json!({"added": 1, "updated": 0, "skipped": 0, "failed": 1, "dryRun": true})
    );
    assert_eq!(notes(&b, "").len(), 1, "nothing added");
}

#[test]
fn export_then_import_applies_spreadsheet_edits() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "Sheet"}));
    let dir = tempfile::tempdir().unwrap();
    let seed = write_file(
        dir.path(),
        "seed.csv",
        "Front,Back,tags\none,1,a\ntwo,2,b\n",
    );
    import(&b, &seed, &["-d", "Sheet", "-m", "Basic"], 0);
    let out = dir.path().join("sheet.csv");
    expect(
        &b.url,
        &[
            "note",
            "export",
            "--query",
            "deck:Sheet",
            "--out",
            out.to_str().unwrap(),
        ],
        0,
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("id,deck,model,tags,Front,Back\n")
            && text.contains(",Sheet,Basic,a,one,1\n"),
        "{text}"
    );
    expect(
        &b.url,
        &[
            "note",
            "export",
            "--query",
            "deck:Sheet",
            "--out",
            out.to_str().unwrap(),
        ],
        2,
    );

    std::fs::write(&out, text.replace(",a,one,1", ",a edited,one,uno")).unwrap();
    let r: Value = serde_json::from_str(&import(&b, &out, &[], 0).stdout).unwrap();
    assert_eq!(r["updated"], 2, "{r}");
    let one = &notes(&b, "front:one")[0];
    assert_eq!(
        (one["fields"]["Back"]["value"].clone(), one["tags"].clone()),
        (json!("uno"), json!(["a", "edited"]))
    );
    assert_eq!(notes(&b, "deck:Sheet").len(), 2, "no duplicates added");

    let json_out = expect(
        &b.url,
        &[
            "note",
            "export",
            "--query",
            "deck:Sheet",
            "--format",
            "json",
        ],
        0,
    )
    .stdout;
    let parsed: Value = serde_json::from_str(&json_out).unwrap();
    assert_eq!(parsed.as_array().unwrap().len(), 2);
    assert_eq!(parsed[0]["deck"], "Sheet");
}

#[test]
fn an_import_interrupted_by_a_dying_backend_resumes_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let collection = dir.path().join("kept.anki2");
    let mut b = Anki::start_at(&collection);
    let rows = 3000;
    let mut csv = String::from("Front,Back\n");
    for i in 0..rows {
        csv.push_str(&format!("word {i},meaning {i}\n"));
    }
    let file = write_file(dir.path(), "big.csv", &csv);
    let child = cli(&b.url)
        .args([
            "note",
            "import",
            file.to_str().unwrap(),
            "-d",
            "Default",
            "-m",
            "Basic",
            "--batch",
            "50",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Kill the backend once some notes are in (or the import has finished).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let count = b
            .call("findNotes", json!({"query": ""}))
            .as_array()
            .unwrap()
            .len();
        if count > 0 || std::time::Instant::now() > deadline {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    b.kill();
    let first = child.wait_with_output().unwrap();
    let first_code = first.status.code();
    assert!(
        first_code == Some(3) || first_code == Some(0),
        "{first_code:?} {}",
        String::from_utf8_lossy(&first.stderr)
    );
    if first_code == Some(3) {
        assert!(String::from_utf8_lossy(&first.stderr).contains("Run the same command again"));
    }

    let b = Anki::start_at(&collection);
    let before = b
        .call("findNotes", json!({"query": ""}))
        .as_array()
        .unwrap()
        .len();
    let r = run(
        &mut cli(&b.url),
        &[
            "note",
            "import",
            file.to_str().unwrap(),
            "-d",
            "Default",
            "-m",
            "Basic",
            "--batch",
            "50",
        ],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let summary: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        summary["added"].as_u64().unwrap() as usize,
        rows - before,
        "{summary}"
    );
    assert_eq!(
        summary["skipped"].as_u64().unwrap() as usize,
        before,
        "{summary}"
    );
    assert_eq!(
        b.call("findNotes", json!({"query": ""}))
            .as_array()
            .unwrap()
            .len(),
        rows,
        "each row exactly once"
    );
}
