//! Every note command against the real add-on. Tests share one Anki: each works in a deck of its
//! own, with first fields (what duplicates are judged by) and tags that start with its name.

use crate::anki::{Anki, Options};
use crate::common::{cli, cmd, cmd_in, exits, q, run_line, tty_cli, write_file};
use serde_json::{json, Value};

/// Creates a deck of the test's own and returns its name.
fn deck(b: &Anki, name: &str) -> String {
    b.call("createDeck", json!({ "deck": name }));
    name.to_string()
}

/// `note add -d DECK -m Basic ARGS` (a command line); returns the new note's ID.
fn add_to(b: &Anki, deck: &str, args: &str) -> i64 {
    cmd(
        &b.url,
        &format!("note add -d {} -m Basic {args}", q(deck)),
        0,
    )
    .stdout
    .trim()
    .parse()
    .expect("a note ID")
}

fn info(b: &Anki, id: i64) -> Value {
    b.call("notesInfo", json!({"notes": [id]}))[0].clone()
}

fn find(b: &Anki, query: &str) -> Vec<i64> {
    serde_json::from_value(b.call("findNotes", json!({ "query": query }))).unwrap()
}

#[test]
fn add_with_fields_positionals_tags_files_and_stdin() {
    let b = Anki::shared();
    let d = deck(b, "note_add");
    let id = add_to(
        b,
        &d,
        "-f 'Front=note_add Bonjour' -f back=Hello \
         -t 'note_add_french note_add_greetings' -t note_add_x",
    );
    let note = info(b, id);
    assert_eq!(
        note["fields"]["Back"]["value"], "Hello",
        "field names match case-insensitively"
    );
    assert_eq!(
        note["tags"],
        json!(["note_add_french", "note_add_greetings", "note_add_x"])
    );

    let id = add_to(b, &d, "'note_add Chat' Cat");
    assert_eq!(info(b, id)["fields"]["Front"]["value"], "note_add Chat");
    assert_eq!(info(b, id)["fields"]["Back"]["value"], "Cat");

    let dir = tempfile::tempdir().unwrap();
    let front = write_file(dir.path(), "front.html", "<b>note_add long</b> html");
    let line = format!(
        "note add -d {d} -m Basic -f {} -f Back=- -t @@note_add",
        q(format!("Front=@{}", front.display()))
    );
    let r = cmd_in(&b.url, &line, "from stdin\n", 0);
    let note = info(b, r.stdout.trim().parse().unwrap());
    assert_eq!(
        note["fields"]["Front"]["value"],
        "<b>note_add long</b> html"
    );
    assert_eq!(note["fields"]["Back"]["value"], "from stdin");
    assert_eq!(
        note["tags"],
        json!(["@@note_add"]),
        "tags are literal, never files"
    );
    assert_eq!(find(b, "deck:note_add").len(), 3);
}

#[test]
fn fifty_adds_in_a_row_all_succeed() {
    // The add-on closes every connection after one reply: a client that kept connections for
    // reuse would fail on a closed one. Fifty runs, then fifty adds in one process (a REPL).
    let b = Anki::shared();
    let d = deck(b, "note_fifty");
    for i in 0..50 {
        add_to(b, &d, &format!("-f 'Front=note_fifty {i}'"));
    }
    assert_eq!(find(b, "deck:note_fifty").len(), 50);

    let d = deck(b, "note_fifty_repl");
    let script: String = (0..50)
        .map(|i| format!("note add -d {d} -m Basic -f 'Front=note_fifty_repl {i}'\n"))
        .collect();
    let r = cmd_in(&b.url, "repl", &script, 0);
    assert_eq!(r.stdout.lines().count(), 50, "fifty note IDs: {}", r.stdout);
    assert_eq!(find(b, "deck:note_fifty_repl").len(), 50);
}

#[test]
fn add_refusals_exit_1_with_the_reason() {
    let b = Anki::shared();
    let d = deck(b, "note_refusals");
    add_to(b, &d, "-f 'Front=note_refusals same'");
    cmd(
        &b.url,
        &format!("note add -d {d} -m Basic -f 'Front=note_refusals same'"),
        1,
    )
    .err_has(&["addNote: cannot create note because it is a duplicate"]);
    add_to(b, &d, "-f 'Front=note_refusals same' --allow-duplicate");
    assert_eq!(find(b, "deck:note_refusals").len(), 2);

    for (empty_front, why) in [("Back=only back", "no Front"), ("Front=<br>", "HTML only")] {
        let empty = cmd(
            &b.url,
            &format!("note add -d {d} -m Basic -f {}", q(empty_front)),
            1,
        );
        assert!(
            empty
                .stderr
                .contains("cannot create note because it is empty"),
            "{why}: {}",
            empty.stderr
        );
    }
    cmd(
        &b.url,
        "note add -d 'note_refusals Nowhere' -m Basic -f 'Front=note_refusals x'",
        1,
    )
    .err_has(&["deck was not found: note_refusals Nowhere"]);
    let model = cmd(
        &b.url,
        &format!("note add -d {d} -m 'note_refusals Nope' -f 'Front=note_refusals x'"),
        1,
    );
    assert!(
        model
            .stderr
            .contains("there is no note type 'note_refusals Nope'")
            && !model.stderr.contains("modelFieldNames"),
        "the note type is named, not the internal action: {}",
        model.stderr
    );
    assert_eq!(find(b, "deck:note_refusals").len(), 2, "nothing else added");
}

#[test]
fn add_input_errors_exit_2_before_sending() {
    let b = Anki::shared();
    let d = deck(b, "note_input");
    let with = |extra: &str| cmd(&b.url, &format!("note add -d {d} -m Basic {extra}"), 2);
    with("-f 'Side=note_input x'").err_has(&["no field 'Side'", "Front, Back"]);
    with("'note_input a' b c").err_has(&["3 values"]);
    with("-f Front=@/no/such.html").err_has(&["/no/such.html"]);
    with("-f 'Front=note_input x' --audio '/no/a.mp3;fields=Front'").err_has(&["/no/a.mp3"]);
    cmd(&b.url, "note add -m Basic -f 'Front=note_input x'", 2).err_has(&["--deck"]);
    assert_eq!(
        find(b, "deck:note_input"),
        Vec::<i64>::new(),
        "nothing was added"
    );
    assert_eq!(
        find(b, "\"Front:note_input*\""),
        Vec::<i64>::new(),
        "nothing was added anywhere"
    );
}

#[test]
fn deck_and_model_default_from_the_config_file() {
    let b = Anki::shared();
    let d = deck(b, "note_config");
    let dir = tempfile::tempdir().unwrap();
    let config = write_file(
        dir.path(),
        "config.toml",
        &format!("deck = \"{d}\"\nmodel = \"Basic\"\n"),
    );
    let r = exits(
        cli(&b.url).env("ANKI_CLI_CONFIG", &config),
        "note add -f 'Front=note_config x'",
        None,
        0,
    );
    let added: i64 = r.stdout.trim().parse().unwrap();
    assert_eq!(find(b, "deck:note_config"), vec![added]);
    assert_eq!(info(b, added)["modelName"], "Basic");
}

#[test]
fn duplicate_scope_flags_reach_the_add_on() {
    let b = Anki::shared();
    let first = deck(b, "note_scope_first");
    let other = deck(b, "note_scope_other");
    add_to(b, &first, "-f 'Front=note_scope word'");
    let add = format!("note add -d {other} -m Basic -f 'Front=note_scope word'");
    cmd(&b.url, &add, 1).err_has(&["duplicate"]);
    cmd(&b.url, &format!("{add} --duplicate-scope deck"), 0);
    assert_eq!(find(b, "deck:note_scope_other").len(), 1);
    let in_first = format!("{add} --duplicate-scope deck --duplicate-deck {first}");
    cmd(&b.url, &in_first, 1).err_has(&["duplicate"]);
    cmd(&b.url, &format!("{in_first} --allow-duplicate"), 0);
    assert_eq!(find(b, "deck:note_scope_other").len(), 2);
}

#[test]
fn media_from_a_local_file_lands_in_the_field() {
    let b = Anki::shared();
    let d = deck(b, "note_media");
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("note_media_dot.png");
    let bytes = [0x89, b'P', b'N', b'G', 0, 1, 2];
    std::fs::write(&img, bytes).unwrap();
    let id = add_to(
        b,
        &d,
        &format!(
            "-f 'Front=note_media pic' --picture {}",
            q(format!("{};fields=Back", img.display()))
        ),
    );
    assert_eq!(
        info(b, id)["fields"]["Back"]["value"],
        "<img src=\"note_media_dot.png\">"
    );
    let stored = b.call(
        "retrieveMediaFile",
        json!({"filename": "note_media_dot.png"}),
    );
    use base64::Engine;
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(stored.as_str().unwrap())
            .unwrap(),
        bytes
    );
}

#[test]
fn dry_run_shows_the_add_note_request() {
    let b = Anki::shared();
    let r = cmd(
        &b.url,
        "--dry-run note add -d note_dry -m Basic -f 'Front=note_dry x' --allow-duplicate",
        0,
    );
    let req: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        req,
        json!({"action": "addNote", "version": 6, "params": {"note": {"deckName": "note_dry", "modelName": "Basic", "fields": {"Front": "note_dry x"}, "options": {"allowDuplicate": true}}}})
    );
    assert_eq!(find(b, "\"Front:note_dry x\""), Vec::<i64>::new());
}

#[test]
fn can_add_reports_per_note() {
    let b = Anki::shared();
    let d = deck(b, "note_can_add");
    add_to(b, &d, "-f 'Front=note_can_add taken'");
    let one = |front: &str, extra: &str, code: i32| {
        let line = format!(
            "note can-add -d {d} -m Basic -f {} {extra}",
            q(format!("Front={front}"))
        );
        cmd(&b.url, &line, code)
    };
    let ok = one("note_can_add free", "", 0);
    assert_eq!(
        serde_json::from_str::<Value>(&ok.stdout).unwrap(),
        json!({"canAdd": true})
    );
    one("note_can_add taken", "", 1).err_has(&["cannot create note because it is a duplicate"]);
    assert_eq!(
        one("note_can_add free", "--no-detail", 0).stdout.trim(),
        "true"
    );
    assert_eq!(
        one("note_can_add taken", "--no-detail", 1).stdout.trim(),
        "false"
    );

    let dir = tempfile::tempdir().unwrap();
    let notes = write_file(
        dir.path(),
        "notes.json",
        r#"[{"fields": {"Front": "note_can_add free"}}, {"fields": {"Front": "note_can_add taken"}}, {"deckName": "note_can_add Nope", "fields": {"Front": "note_can_add y"}}]"#,
    );
    let batch = |extra: &str| {
        let line = format!(
            "note can-add --file {} -d {d} -m Basic -o tsv {extra}",
            q(&notes)
        );
        cmd(&b.url, &line, 5).stdout
    };
    let detailed = batch("");
    let lines: Vec<&str> = detailed.lines().collect();
    assert_eq!(lines[0], "1\tyes\t");
    assert!(
        lines[1].starts_with("2\tno\t") && lines[1].contains("duplicate"),
        "{detailed}"
    );
    assert!(
        lines[2].contains("deck was not found: note_can_add Nope"),
        "{detailed}"
    );
    let plain = batch("--no-detail");
    let answers: Vec<&str> = plain
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(answers, ["yes", "no", "no"], "{plain}");
    assert_eq!(find(b, "deck:note_can_add").len(), 1, "checks add nothing");
}

#[test]
fn add_batch_is_all_or_nothing_with_reasons() {
    let b = Anki::shared();
    let d = deck(b, "note_batch");
    let dir = tempfile::tempdir().unwrap();
    let good = write_file(
        dir.path(),
        "good.jsonl",
        "{\"fields\": {\"Front\": \"note_batch a\"}}\n{\"fields\": {\"Front\": \"note_batch b\"}, \"tags\": [\"note_batch_t\"]}\n",
    );
    let r = cmd(
        &b.url,
        &format!("note add-batch {} -d {d} -m Basic", q(&good)),
        0,
    );
    let ids: Vec<i64> = r.stdout.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(info(b, ids[1])["tags"], json!(["note_batch_t"]));

    let bad = write_file(
        dir.path(),
        "bad.json",
        r#"[{"deckName":"note_batch","modelName":"Basic","fields":{"Front":"note_batch c"}},{"deckName":"note_batch","modelName":"Basic","fields":{"Front":"note_batch a"}}]"#,
    );
    let r = cmd(&b.url, &format!("note add-batch {}", q(&bad)), 1);
    assert!(
        r.stderr.contains("nothing was added")
            && r.stderr.contains("1 of 2 notes cannot be added")
            && r.stderr
                .contains("note 2: cannot create note because it is a duplicate"),
        "the refused note is named: {}",
        r.stderr
    );
    assert_eq!(
        find(b, "\"Front:note_batch c\""),
        Vec::<i64>::new(),
        "rolled back"
    );

    let broken = write_file(dir.path(), "broken.jsonl", "{\"fields\": {}}\nnot json\n");
    cmd(
        &b.url,
        &format!("note add-batch {} -d {d} -m Basic", q(&broken)),
        2,
    )
    .err_has(&["line 2"]);
    assert_eq!(find(b, "deck:note_batch").len(), 2);
}

#[test]
fn find_and_info_by_ids_stdin_and_query() {
    let b = Anki::shared();
    let d = deck(b, "note_find");
    let a = add_to(
        b,
        &d,
        "-f 'Front=<b>note_find alpha</b>' -t note_find_greek",
    );
    let beta = add_to(b, &d, "-f 'Front=note_find beta' -t note_find_greek");
    let found: Vec<i64> = cmd(&b.url, "note find tag:note_find_greek", 0)
        .stdout
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(sorted, vec![a, beta]);

    let r = cmd_in(
        &b.url,
        "note info -",
        &format!("{}\n{}\n", found[0], found[1]),
        0,
    );
    let infos: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(infos.as_array().unwrap().len(), 2);
    assert_eq!(infos[0]["noteId"], found[0]);

    let q: Value = serde_json::from_str(
        &cmd(&b.url, "note info --query '\"front:note_find beta\"'", 0).stdout,
    )
    .unwrap();
    assert_eq!(q.as_array().unwrap().len(), 1);
    assert_eq!(q[0]["fields"]["Front"]["value"], "note_find beta");

    let tty = run_line(&mut tty_cli(&b.url), &format!("note info {a} 424242"), None);
    assert!(
        tty.stdout.contains("Front: note_find alpha") && !tty.stdout.contains("<b>"),
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
    let d = deck(b, "note_update");
    let id = add_to(
        b,
        &d,
        "-f 'Front=note_update q' -f Back=a -t 'note_update_old note_update_keep'",
    );
    let ids = id.to_string();
    cmd(
        &b.url,
        &format!("note update {ids} -f 'back=new answer'"),
        0,
    );
    assert_eq!(info(b, id)["fields"]["Back"]["value"], "new answer");

    cmd(
        &b.url,
        &format!("note update {ids} --add-tag note_update_added --remove-tag note_update_old"),
        0,
    );
    assert_eq!(
        info(b, id)["tags"],
        json!(["note_update_added", "note_update_keep"])
    );

    let line = format!(
        "note update {ids} -f 'Front=note_update q2' \
         --tags 'note_update_only note_update_these'"
    );
    cmd(&b.url, &line, 0);
    let note = info(b, id);
    assert_eq!(
        (
            note["fields"]["Front"]["value"].clone(),
            note["tags"].clone()
        ),
        (
            json!("note_update q2"),
            json!(["note_update_only", "note_update_these"])
        )
    );

    cmd(
        &b.url,
        &format!("note update {ids} --tags note_update_tagged"),
        0,
    );
    assert_eq!(info(b, id)["tags"], json!(["note_update_tagged"]));

    let dir = tempfile::tempdir().unwrap();
    let sound = write_file(dir.path(), "note_update_beep.mp3", "ID3 not really");
    let audio = q(format!("{};fields=Back", sound.display()));
    cmd(&b.url, &format!("note update {ids} --audio {audio}"), 0);
    assert_eq!(
        info(b, id)["fields"]["Back"]["value"],
        "new answer[sound:note_update_beep.mp3]"
    );

    cmd(&b.url, &format!("note update {ids} -f Nope=x"), 2).err_has(&["Nope"]);
    cmd(&b.url, "note update 424242 -f Front=x", 1).err_has(&["Note was not found: 424242"]);
    cmd(&b.url, &format!("note update {ids}"), 2);
}

#[test]
fn update_model_changes_the_note_type() {
    let b = Anki::shared();
    let d = deck(b, "note_update_model");
    let id = add_to(b, &d, "-f 'Front=note_update_model chat' -f Back=cat -t x");
    let line = format!(
        "note update-model {id} -m 'Basic (and reversed card)' \
         -f 'Front=note_update_model chien' -f Back=dog -t note_update_model_moved --yes"
    );
    cmd(&b.url, &line, 0);
    let note = info(b, id);
    assert_eq!(note["modelName"], "Basic (and reversed card)");
    assert_eq!(note["fields"]["Front"]["value"], "note_update_model chien");
    assert_eq!(note["fields"]["Back"]["value"], "dog");
    assert_eq!(note["cards"].as_array().unwrap().len(), 2);
    assert_eq!(note["tags"], json!(["note_update_model_moved"]));
}

#[test]
fn delete_confirms_then_deletes() {
    let b = Anki::shared();
    let d = deck(b, "note_delete");
    let id = add_to(b, &d, "-f 'Front=note_delete gone'").to_string();
    let keep = add_to(b, &d, "-f 'Front=note_delete kept'");
    cmd(&b.url, &format!("note delete {id}"), 2).err_has(&["--yes"]);
    assert_eq!(find(b, "deck:note_delete").len(), 2);
    exits(
        &mut tty_cli(&b.url),
        &format!("note delete {id}"),
        Some("n\n"),
        1,
    );
    assert_eq!(find(b, "deck:note_delete").len(), 2);
    cmd_in(&b.url, "note delete - --yes", &id, 0);
    assert_eq!(find(b, "deck:note_delete"), vec![keep]);
}

#[test]
fn remove_empty_removes_unused_note_types() {
    // Collection-wide: it removes every note type no note uses, so it gets an Anki of its own.
    let b = Anki::start(Options::default());
    let id = add_to(&b, "Default", "-f 'Front=keeps Basic alive'");
    assert!(
        b.call("modelNames", json!({})).as_array().unwrap().len() > 1,
        "a fresh profile has the stock note types"
    );
    cmd(&b.url, "note remove-empty", 2);
    cmd(&b.url, "note remove-empty --yes", 0);
    assert_eq!(b.call("modelNames", json!({})), json!(["Basic"]));
    assert_eq!(find(&b, ""), vec![id], "no note deleted");
}

#[test]
fn mod_time_lists_each_note() {
    let b = Anki::shared();
    let d = deck(b, "note_mod_time");
    let id = add_to(b, &d, "-f 'Front=note_mod_time t'");
    let r: Value =
        serde_json::from_str(&cmd(&b.url, &format!("note mod-time {id} 9"), 0).stdout).unwrap();
    assert_eq!(r[0]["noteId"], id);
    assert_eq!(r[0]["mod"], info(b, id)["mod"]);
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
    let d = deck(b, "note_edit");
    let id = add_to(
        b,
        &d,
        "-f 'Front=note_edit hello' -f Back=world -t note_edit_a",
    );
    let dir = tempfile::tempdir().unwrap();
    let editor = editor_script(
        dir.path(),
        "sed -i -e 's/^world$/monde/' -e 's/^note_edit_a$/note_edit_a note_edit_b/' \"$1\"",
    );
    let r = exits(
        tty_cli(&b.url)
            .env("EDITOR", &editor)
            .env_remove("VISUAL")
            .arg("-v"),
        &format!("note edit {id}"),
        None,
        0,
    );
    let note = info(b, id);
    assert_eq!(note["fields"]["Back"]["value"], "monde");
    assert_eq!(note["fields"]["Front"]["value"], "note_edit hello");
    assert_eq!(note["tags"], json!(["note_edit_a", "note_edit_b"]));
    assert!(
        r.stderr.contains("\"updateNote\"") && !r.stderr.contains("\"Front\":\"note_edit hello\""),
        "only Back sent: {}",
        r.stderr
    );

    let unchanged = editor_script(dir.path(), "true");
    let r = exits(
        tty_cli(&b.url)
            .env("EDITOR", &unchanged)
            .env_remove("VISUAL")
            .arg("-v"),
        &format!("note edit {id}"),
        None,
        0,
    );
    assert!(
        !r.stderr.contains("updateNote"),
        "nothing sent: {}",
        r.stderr
    );
}

#[test]
fn edit_keeps_the_text_when_the_editor_fails_or_the_file_breaks() {
    let b = Anki::shared();
    let d = deck(b, "note_edit_fails");
    let id = add_to(b, &d, "-f 'Front=note_edit_fails hello' -f Back=world");
    let dir = tempfile::tempdir().unwrap();
    for body in [
        "sed -i 's/world/typed text/' \"$1\"; exit 3",
        "sed -i -e 's/world/typed text/' -e 's/=== Back ===/=== Bogus ===/' \"$1\"",
    ] {
        let editor = editor_script(dir.path(), body);
        let r = exits(
            tty_cli(&b.url).env("EDITOR", &editor).env_remove("VISUAL"),
            &format!("note edit {id}"),
            None,
            1,
        );
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
            info(b, id)["fields"]["Back"]["value"],
            "world",
            "nothing sent"
        );
        std::fs::remove_file(kept).unwrap();
    }
}
