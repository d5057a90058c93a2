//! Every note command against the real backend.

use crate::anki::Anki;
use crate::common::{cli, expect, run, write_file};
use serde_json::{json, Value};

fn add(b: &Anki, args: &[&str]) -> i64 {
    let mut full = vec!["note", "add", "-d", "Default", "-m", "Basic"];
    full.extend_from_slice(args);
    expect(&b.url, &full, 0)
        .stdout
        .trim()
        .parse()
        .expect("a note ID")
}

fn info(b: &Anki, id: i64) -> Value {
    b.call("notesInfo", json!({"notes": [id]}))[0].clone()
}

#[test]
fn add_with_fields_positionals_tags_files_and_stdin() {
    let b = Anki::shared();
    let id = add(
        &b,
        &[
            "-f",
            "Front=Bonjour",
            "-f",
            "back=Hello",
            "-t",
            "french greetings",
            "-t",
            "x",
        ],
    );
    let note = info(&b, id);
    assert_eq!(
        note["fields"]["Back"]["value"], "Hello",
        "field names match case-insensitively"
    );
    assert_eq!(note["tags"], json!(["french", "greetings", "x"]));

    let id = add(&b, &["Chat", "Cat"]);
    assert_eq!(info(&b, id)["fields"]["Front"]["value"], "Chat");

    let dir = tempfile::tempdir().unwrap();
    let front = write_file(dir.path(), "front.html", "<b>long</b> html");
    let r = run(
        &mut cli(&b.url),
        &[
            "note",
            "add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            &format!("Front=@{}", front.display()),
            "-f",
            "Back=-",
            "-t",
            "@@x",
        ],
        Some("from stdin\n"),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let note = info(&b, r.stdout.trim().parse().unwrap());
    assert_eq!(note["fields"]["Front"]["value"], "<b>long</b> html");
    assert_eq!(note["fields"]["Back"]["value"], "from stdin");
}

#[test]
fn add_refusals_exit_1_with_the_reason() {
    let b = Anki::shared();
    add(&b, &["-f", "Front=same"]);
    let dup = expect(
        &b.url,
        &[
            "note",
            "add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=same",
        ],
        1,
    );
    assert!(
        dup.stderr
            .contains("cannot create note because it is a duplicate"),
        "{}",
        dup.stderr
    );
    add(&b, &["-f", "Front=same", "--allow-duplicate"]);

    let empty = expect(
        &b.url,
        &[
            "note",
            "add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Back=only back",
        ],
        1,
    );
    assert!(empty.stderr.contains("empty"), "{}", empty.stderr);
    let deck = expect(
        &b.url,
        &[
            "note", "add", "-d", "Nowhere", "-m", "Basic", "-f", "Front=x",
        ],
        1,
    );
    assert!(
        deck.stderr.contains("deck was not found: Nowhere"),
        "{}",
        deck.stderr
    );
    let model = expect(
        &b.url,
        &[
            "note", "add", "-d", "Default", "-m", "Nope", "-f", "Front=x",
        ],
        1,
    );
    assert!(
        model.stderr.contains("model was not found: Nope"),
        "{}",
        model.stderr
    );
}

#[test]
fn add_input_errors_exit_2_before_sending() {
    let b = Anki::shared();
    let field = expect(
        &b.url,
        &[
            "note", "add", "-d", "Default", "-m", "Basic", "-f", "Side=x",
        ],
        2,
    );
    assert!(
        field.stderr.contains("no field 'Side'") && field.stderr.contains("Front, Back"),
        "{}",
        field.stderr
    );
    let many = expect(
        &b.url,
        &["note", "add", "-d", "Default", "-m", "Basic", "a", "b", "c"],
        2,
    );
    assert!(many.stderr.contains("3 values"), "{}", many.stderr);
    let file = expect(
        &b.url,
        &[
            "note",
            "add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=@/no/such.html",
        ],
        2,
    );
    assert!(file.stderr.contains("/no/such.html"), "{}", file.stderr);
    let media = expect(
        &b.url,
        &[
            "note",
            "add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=x",
            "--audio",
            "/no/a.mp3;fields=Front",
        ],
        2,
    );
    assert!(media.stderr.contains("/no/a.mp3"), "{}", media.stderr);
    let nodeck = expect(&b.url, &["note", "add", "-m", "Basic", "-f", "Front=x"], 2);
    assert!(nodeck.stderr.contains("--deck"), "{}", nodeck.stderr);
    assert_eq!(
        b.call("findNotes", json!({"query": ""})),
        json!([]),
        "nothing was added"
    );
}

#[test]
fn deck_and_model_default_from_the_config_file() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "French"}));
    let dir = tempfile::tempdir().unwrap();
    let config = write_file(
        dir.path(),
        "config.toml",
        "deck = \"French\"\nmodel = \"Basic\"\n",
    );
    let r = run(
        cli(&b.url).env("ANKI_CLI_CONFIG", &config),
        &["note", "add", "-f", "Front=x"],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        b.call("findNotes", json!({"query": "deck:French"}))
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn duplicate_scope_flags_reach_the_add_on() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "Other"}));
    add(&b, &["-f", "Front=word"]);
    let args = [
        "note",
        "add",
        "-d",
        "Other",
        "-m",
        "Basic",
        "-f",
        "Front=word",
    ];
    expect(&b.url, &args, 1);
    let mut scoped = args.to_vec();
    scoped.extend(["--duplicate-scope", "deck"]);
    expect(&b.url, &scoped, 0);
    let mut other_deck = args.to_vec();
    other_deck.extend([
        "--duplicate-scope",
        "deck",
        "--duplicate-deck",
        "Default",
        "--allow-duplicate",
    ]);
    expect(&b.url, &other_deck, 0);
}

#[test]
fn media_from_a_local_file_lands_in_the_field() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("dot.png");
    std::fs::write(&img, [0x89, b'P', b'N', b'G', 0, 1, 2]).unwrap();
    let id = add(
        &b,
        &[
            "-f",
            "Front=pic",
            "--picture",
            &format!("{};fields=Back", img.display()),
        ],
    );
    assert_eq!(
        info(&b, id)["fields"]["Back"]["value"],
        "<img src=\"dot.png\">"
    );
}

#[test]
fn dry_run_shows_the_add_note_request() {
    let b = Anki::shared();
    let r = expect(
        &b.url,
        &[
            "--dry-run",
            "note",
            "add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=x",
            "--allow-duplicate",
        ],
        0,
    );
    let req: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        req,
        json!({"action": "addNote", "version": 6, "params": {"note": {"deckName": "Default", "modelName": "Basic", "fields": {"Front": "x"}, "options": {"allowDuplicate": true}}}})
    );
    assert_eq!(b.call("findNotes", json!({"query": ""})), json!([]));
}

#[test]
fn can_add_reports_per_note() {
    let b = Anki::shared();
    add(&b, &["-f", "Front=taken"]);
    let ok = expect(
        &b.url,
        &[
            "note",
            "can-add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=free",
        ],
        0,
    );
    assert_eq!(
        serde_json::from_str::<Value>(&ok.stdout).unwrap(),
        json!({"canAdd": true})
    );
    let no = expect(
        &b.url,
        &[
            "note",
            "can-add",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=taken",
        ],
        1,
    );
    assert!(no.stderr.contains("duplicate"), "{}", no.stderr);
    let plain = expect(
        &b.url,
        &[
            "note",
            "can-add",
            "--no-detail",
            "-d",
            "Default",
            "-m",
            "Basic",
            "-f",
            "Front=taken",
        ],
        1,
    );
    assert_eq!(plain.stdout.trim(), "false");

    let dir = tempfile::tempdir().unwrap();
    let notes = write_file(
        dir.path(),
        "notes.json",
        r#"[{"fields": {"Front": "free"}}, {"fields": {"Front": "taken"}}, {"deckName": "Nope", "fields": {"Front": "y"}}]"#,
    );
    let batch = expect(
        &b.url,
        &[
            "note",
            "can-add",
            "--file",
            notes.to_str().unwrap(),
            "-d",
            "Default",
            "-m",
            "Basic",
            "-o",
            "tsv",
        ],
        5,
    );
    let lines: Vec<&str> = batch.stdout.lines().collect();
    assert_eq!(lines[0], "1\tyes\t");
    assert!(
        lines[1].starts_with("2\tno\t") && lines[1].contains("duplicate"),
        "{}",
        batch.stdout
    );
    assert!(
        lines[2].contains("deck was not found: Nope"),
        "{}",
        batch.stdout
    );
}

#[test]
fn add_batch_is_all_or_nothing_with_reasons() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let good = write_file(
        dir.path(),
        "good.jsonl",
        "{\"fields\": {\"Front\": \"a\"}}\n{\"fields\": {\"Front\": \"b\"}, \"tags\": [\"t\"]}\n",
    );
    let r = expect(
        &b.url,
        &[
            "note",
            "add-batch",
            good.to_str().unwrap(),
            "-d",
            "Default",
            "-m",
            "Basic",
        ],
        0,
    );
    assert_eq!(r.stdout.lines().count(), 2);

    let bad = write_file(
        dir.path(),
        "bad.json",
        r#"[{"deckName":"Default","modelName":"Basic","fields":{"Front":"c"}},{"deckName":"Default","modelName":"Basic","fields":{"Front":"a"}}]"#,
    );
    let r = expect(&b.url, &["note", "add-batch", bad.to_str().unwrap()], 1);
    assert!(r.stderr.contains("duplicate"), "{}", r.stderr);
    assert_eq!(
        b.call("findNotes", json!({"query": "front:c"})),
        json!([]),
        "rolled back"
    );

    let broken = write_file(dir.path(), "broken.jsonl", "{\"fields\": {}}\nnot json\n");
    let r = expect(
        &b.url,
        &[
            "note",
            "add-batch",
            broken.to_str().unwrap(),
            "-d",
            "Default",
            "-m",
            "Basic",
        ],
        2,
    );
    assert!(r.stderr.contains("line 2"), "{}", r.stderr);
}

#[test]
fn find_and_info_by_ids_stdin_and_query() {
    let b = Anki::shared();
    let a = add(&b, &["-f", "Front=<b>alpha</b>", "-t", "greek"]);
    add(&b, &["-f", "Front=beta", "-t", "greek"]);
    let found: Vec<i64> = expect(&b.url, &["note", "find", "tag:greek"], 0)
        .stdout
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert_eq!(found.len(), 2);

    let r = run(
        &mut cli(&b.url),
        &["note", "info", "-"],
        Some(&format!("{}\n{}\n", found[0], found[1])),
    );
    let infos: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(infos.as_array().unwrap().len(), 2);

    let q: Value =
        serde_json::from_str(&expect(&b.url, &["note", "info", "--query", "front:beta"], 0).stdout)
            .unwrap();
    assert_eq!(q[0]["fields"]["Front"]["value"], "beta");

    let tty = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["note", "info", &a.to_string(), "424242"],
        None,
    );
    assert!(
        tty.stdout.contains("Front: alpha") && !tty.stdout.contains("<b>"),
        "{}",
        tty.stdout
    );
    assert!(
        tty.stdout.contains("424242") && tty.stdout.contains("(not found)"),
        "{}",
        tty.stdout
    );
}

#[test]
fn update_fields_tags_and_media() {
    let b = Anki::shared();
    let id = add(&b, &["-f", "Front=q", "-f", "Back=a", "-t", "old keep"]);
    let ids = id.to_string();
    expect(
        &b.url,
        &["note", "update", &ids, "-f", "back=new answer"],
        0,
    );
    assert_eq!(info(&b, id)["fields"]["Back"]["value"], "new answer");

    expect(
        &b.url,
        &[
            "note",
            "update",
            &ids,
            "--add-tag",
            "added",
            "--remove-tag",
            "old",
        ],
        0,
    );
    assert_eq!(info(&b, id)["tags"], json!(["added", "keep"]));

    expect(
        &b.url,
        &[
            "note",
            "update",
            &ids,
            "-f",
            "Front=q2",
            "--tags",
            "only these",
        ],
        0,
    );
    let note = info(&b, id);
    assert_eq!(
        (
            note["fields"]["Front"]["value"].clone(),
            note["tags"].clone()
        ),
        (json!("q2"), json!(["only", "these"]))
    );

    let bad = expect(&b.url, &["note", "update", &ids, "-f", "Nope=x"], 2);
    assert!(bad.stderr.contains("Nope"), "{}", bad.stderr);
    let missing = expect(&b.url, &["note", "update", "424242", "-f", "Front=x"], 1);
    assert!(missing.stderr.contains("424242"), "{}", missing.stderr);
    expect(&b.url, &["note", "update", &ids], 2);
}

#[test]
fn update_model_changes_the_note_type() {
    let b = Anki::shared();
    let id = add(&b, &["-f", "Front=chat", "-f", "Back=cat"]);
    expect(
        &b.url,
        &[
            "note",
            "update-model",
            &id.to_string(),
            "-m",
            "Basic (and reversed card)",
            "-f",
            "Front=chien",
            "-f",
            "Back=dog",
            "-t",
            "moved",
        ],
        0,
    );
    let note = info(&b, id);
    assert_eq!(note["modelName"], "Basic (and reversed card)");
    assert_eq!(note["fields"]["Front"]["value"], "chien");
    assert_eq!(note["cards"].as_array().unwrap().len(), 2);
    assert_eq!(note["tags"], json!(["moved"]));
}

#[test]
fn delete_confirms_then_deletes() {
    let b = Anki::shared();
    let id = add(&b, &["-f", "Front=gone"]).to_string();
    expect(&b.url, &["note", "delete", &id], 2);
    assert_eq!(
        b.call("findNotes", json!({"query": ""}))
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let no = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["note", "delete", &id],
        Some("n\n"),
    );
    assert_eq!(no.code, Some(1));
    let r = run(
        &mut cli(&b.url),
        &["note", "delete", "-", "--yes"],
        Some(&id),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(b.call("findNotes", json!({"query": ""})), json!([]));
}

#[test]
fn remove_empty_removes_unused_note_types() {
    let b = Anki::shared();
    add(&b, &["-f", "Front=keeps Basic alive"]);
    expect(&b.url, &["note", "remove-empty"], 2);
    expect(&b.url, &["note", "remove-empty", "--yes"], 0);
    assert_eq!(b.call("modelNames", json!({})), json!(["Basic"]));
    assert_eq!(
        b.call("findNotes", json!({"query": ""}))
            .as_array()
            .unwrap()
            .len(),
        1,
        "no note deleted"
    );
}

#[test]
fn mod_time_lists_each_note() {
    let b = Anki::shared();
    let id = add(&b, &["-f", "Front=t"]);
    let r: Value = serde_json::from_str(
        &expect(&b.url, &["note", "mod-time", &id.to_string(), "9"], 0).stdout,
    )
    .unwrap();
    assert_eq!(r[0]["noteId"], id);
    assert!(r[0]["mod"].as_i64().unwrap() > 0);
    assert_eq!(r[1], json!({}));
}

fn editor_script(dir: &std::path::Path, body: &str) -> String {
    let path = dir.join("editor.sh");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&path, perms).unwrap();
    path.display().to_string()
}

#[test]
fn edit_sends_only_what_changed() {
    let b = Anki::shared();
    let id = add(&b, &["-f", "Front=hello", "-f", "Back=world", "-t", "a"]);
    let dir = tempfile::tempdir().unwrap();
    let editor = editor_script(
        dir.path(),
        "sed -i -e 's/^world$/monde/' -e 's/^a$/a b/' \"$1\"",
    );
    let r = run(
        cli(&b.url)
            .env("EDITOR", &editor)
            .env_remove("VISUAL")
            .arg("-v"),
        &["note", "edit", &id.to_string()],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let note = info(&b, id);
    assert_eq!(note["fields"]["Back"]["value"], "monde");
    assert_eq!(note["fields"]["Front"]["value"], "hello");
    assert_eq!(note["tags"], json!(["a", "b"]));
    assert!(
        r.stderr.contains("\"updateNote\"") && !r.stderr.contains("\"Front\":\"hello\"}"),
        "only Back sent: {}",
        r.stderr
    );

    let unchanged = editor_script(dir.path(), "true");
    let r = run(
        cli(&b.url)
            .env("EDITOR", &unchanged)
            .env_remove("VISUAL")
            .arg("-v"),
        &["note", "edit", &id.to_string()],
        None,
    );
    assert_eq!(r.code, Some(0));
    assert!(
        !r.stderr.contains("updateNote"),
        "nothing sent: {}",
        r.stderr
    );
}

#[test]
fn edit_keeps_the_text_when_the_editor_fails_or_the_file_breaks() {
    let b = Anki::shared();
    let id = add(&b, &["-f", "Front=hello", "-f", "Back=world"]);
    let dir = tempfile::tempdir().unwrap();
    for body in [
        "sed -i 's/world/typed text/' \"$1\"; exit 3",
        "sed -i -e 's/world/typed text/' -e 's/=== Back ===/=== Bogus ===/' \"$1\"",
    ] {
        let editor = editor_script(dir.path(), body);
        let r = run(
            cli(&b.url).env("EDITOR", &editor).env_remove("VISUAL"),
            &["note", "edit", &id.to_string()],
            None,
        );
        assert_eq!(r.code, Some(1), "{}", r.stderr);
        let kept = r
            .stderr
            .split("kept in ")
            .nth(1)
            .expect("path printed")
            .trim()
            .to_string();
        assert!(
            std::fs::read_to_string(&kept)
                .unwrap()
                .contains("typed text"),
            "{kept}"
        );
        assert_eq!(
            info(&b, id)["fields"]["Back"]["value"],
            "world",
            "nothing sent"
        );
        std::fs::remove_file(kept).unwrap();
    }
}
