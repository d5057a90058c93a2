//! What a newcomer meets (issue 15): pipelines that tolerate nothing, an atomic `model push`,
//! `note edit` that never hangs, readable dates and IDs, and messages that name the real problem.
//! Everything runs against the real add-on; each test works on decks and note types named after it.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::anki::Anki;
use crate::common::{cli, cmd, cmd_in, exits, q, tty_cli, write_file};

/// Adds Basic notes to `deck` and returns their note IDs.
fn notes(b: &Anki, deck: &str, fronts: &[&str]) -> Vec<i64> {
    b.call("createDeck", json!({ "deck": deck }));
    fronts
        .iter()
        .map(|front| {
            let note = json!({"deckName": deck, "modelName": "Basic",
                              "fields": {"Front": front, "Back": "back"}});
            b.call("addNote", json!({ "note": note })).as_i64().unwrap()
        })
        .collect()
}

fn card_of(b: &Anki, note: i64) -> i64 {
    b.call("findCards", json!({"query": format!("nid:{note}")}))[0]
        .as_i64()
        .unwrap()
}

// ---- 15.4: a pipeline with nothing in it ----

#[test]
fn an_empty_pipeline_exits_0_and_sends_nothing() {
    let b = Anki::shared();
    let deck = "newcomer_empty_pipe";
    let ids = notes(b, deck, &["newcomer_empty_pipe one"]);
    // The README's pipeline, when nothing is due: find prints nothing.
    let found = cmd(
        &b.url,
        &format!("card find {}", q(format!("\"deck:{deck}\" is:suspended"))),
        0,
    );
    assert_eq!(found.stdout, "", "nothing matches");
    for line in [
        "-v card suspend -",
        "-v card info -",
        "-v note delete - --yes",
        "-v tag add newcomer_empty_pipe_tag -",
    ] {
        let r = cmd_in(&b.url, line, &found.stdout, 0);
        assert_eq!(r.stdout, "", "{line}");
        assert!(
            !r.stderr.contains("POST"),
            "{line} sent nothing: {}",
            r.stderr
        );
        assert!(
            !r.stderr.contains("nothing to do"),
            "no terminal, no chatter: {}",
            r.stderr
        );
    }
    // On a terminal the user is told why nothing happened.
    exits(&mut tty_cli(&b.url), "card suspend -", Some("\n"), 0).err_has(&["nothing to do"]);
    // No IDs on the command line at all stays a usage error.
    cmd(&b.url, "note delete --yes", 2).err_has(&["required"]);
    // And IDs in the pipe still go through.
    let card = card_of(b, ids[0]);
    cmd_in(&b.url, "card suspend -", &format!("{card}\n"), 0);
    assert_eq!(
        b.call("areSuspended", json!({ "cards": [card] })),
        json!([true])
    );
}

// ---- 15.5: model push checks everything first, and undoes a half-applied push ----

/// Creates a note type with fields Front and Back and pulls it into a folder; returns the
/// folder's temp dir and path.
fn pulled(b: &Anki, model: &str, cloze: bool) -> (tempfile::TempDir, std::path::PathBuf) {
    let (fields, front, back) = if cloze {
        (
            json!(["Text", "Extra"]),
            "{{cloze:Text}}",
            "{{cloze:Text}}<br>{{Extra}}",
        )
    } else {
        (
            json!(["Front", "Back"]),
            "{{Front}}",
            "{{FrontSide}}<hr id=answer>{{Back}}",
        )
    };
    b.call(
        "createModel",
        json!({"modelName": model, "inOrderFields": fields, "isCloze": cloze,
               "cardTemplates": [{"Name": "Card 1", "Front": front, "Back": back}]}),
    );
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("model");
    cmd(
        &b.url,
        &format!("model pull {} {}", q(model), q(&folder)),
        0,
    );
    (dir, folder)
}

fn rename_field(folder: &std::path::Path, old: &str, new: &str) {
    let path = folder.join("note-type.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let renamed = text.replacen(
        &format!("name = \"{old}\""),
        &format!("name = \"{new}\""),
        1,
    );
    assert_ne!(text, renamed, "{old} is in the manifest");
    std::fs::write(path, renamed).unwrap();
}

fn template_file(folder: &std::path::Path, side: &str) -> std::path::PathBuf {
    folder.join(format!("templates/1-card-1.{side}.html"))
}

fn templates(b: &Anki, model: &str) -> Value {
    b.call("modelTemplates", json!({ "modelName": model }))
}

#[test]
fn push_refuses_an_edited_template_that_names_a_field_it_renames_before_sending() {
    // The issue's case: Back renamed in the manifest, the back template edited but still
    // saying {{Back}}. Anki would take the rename and then refuse the template.
    let b = Anki::shared();
    let m = "newcomer_push_check";
    let (_dir, folder) = pulled(b, m, false);
    rename_field(&folder, "Back", "Answer");
    let back = template_file(&folder, "back");
    std::fs::write(&back, "{{FrontSide}}<hr id=answer>{{Back}} (edited)").unwrap();
    let f = folder.to_str().unwrap();
    let r = cmd(&b.url, &format!("-v model push {} --yes", q(f)), 2).err_has(&[
        "templates/1-card-1.back.html uses {{Back}}",
        "renames that field to 'Answer': write {{Answer}}",
    ]);
    assert!(
        !r.stderr.contains("modelField") && !r.stderr.contains("updateModel"),
        "nothing was sent: {}",
        r.stderr
    );
    assert_eq!(
        b.call("modelFieldNames", json!({ "modelName": m })),
        json!(["Front", "Back"])
    );

    // Written with the new name, the same push goes through; an unedited side follows the rename.
    std::fs::write(&back, "{{FrontSide}}<hr id=answer>{{Answer}} (edited)").unwrap();
    cmd(&b.url, &format!("model push {} --yes", q(f)), 0);
    assert_eq!(
        b.call("modelFieldNames", json!({ "modelName": m })),
        json!(["Front", "Answer"])
    );
    assert_eq!(
        templates(b, m)["Card 1"],
        json!({"Front": "{{Front}}", "Back": "{{FrontSide}}<hr id=answer>{{Answer}} (edited)"})
    );
}

#[test]
fn push_removes_fields_last_and_refuses_a_front_left_without_a_field() {
    let b = Anki::shared();
    let m = "newcomer_push_remove";
    let (_dir, folder) = pulled(b, m, false);
    let manifest = folder.join("note-type.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    // Drop the Front field: the unedited front ({{Front}}) would be left with no field.
    let (head, rest) = text.split_once("[[fields]]").unwrap();
    let (_, after_front) = rest.split_once("[[fields]]").unwrap();
    std::fs::write(&manifest, format!("{head}[[fields]]{after_front}")).unwrap();
    let f = folder.to_str().unwrap();
    cmd(&b.url, &format!("model push {} --yes", q(f)), 2)
        .err_has(&["removing field(s) 'Front' leaves the front of template 'Card 1'"]);
    // With a front that uses Back instead, Front goes, as the last step.
    std::fs::write(template_file(&folder, "front"), "{{Back}}?").unwrap();
    let r = cmd(&b.url, &format!("model push {} --yes", q(f)), 0);
    let plan: Vec<&str> = r.stderr.lines().filter(|l| l.starts_with("  - ")).collect();
    assert_eq!(
        plan.last(),
        Some(&"  - remove field 'Front'"),
        "{}",
        r.stderr
    );
    assert_eq!(
        b.call("modelFieldNames", json!({ "modelName": m })),
        json!(["Back"])
    );
}

#[test]
fn a_push_that_fails_half_way_is_undone_and_anki_s_message_is_cleaned() {
    // A cloze note type's front must keep its {{cloze:…}}: anki-cli leaves that check to Anki,
    // so the rename goes through and the template is refused; the rename is then undone.
    let b = Anki::shared();
    let m = "newcomer_push_undo";
    let (_dir, folder) = pulled(b, m, true);
    rename_field(&folder, "Extra", "Notes");
    std::fs::write(template_file(&folder, "front"), "{{Text}}").unwrap();
    let before = templates(b, m);
    let r = cmd(&b.url, &format!("model push {} --yes", q(&folder)), 1);
    assert!(
        r.stderr.contains(&format!(
            "Card template 1 in note type '{m}' has a problem.\nExpected to find '{{{{cloze:Text}}}}'"
        )),
        "the message is cleaned: {}",
        r.stderr
    );
    assert!(
        !r.stderr.contains('\u{2068}') && !r.stderr.contains("<br>"),
        "{:?}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("step 2 of 2 (update template HTML of 'Card 1') failed")
            && r.stderr.contains("the 1 change(s) before it were undone"),
        "{}",
        r.stderr
    );
    assert_eq!(
        b.call("modelFieldNames", json!({ "modelName": m })),
        json!(["Text", "Extra"]),
        "the rename was undone"
    );
    assert_eq!(templates(b, m), before, "the templates are as they were");
}

// ---- 15.7: note edit never opens an editor it cannot show ----

#[test]
fn note_edit_without_an_editor_or_a_terminal_fails_at_once() {
    let b = Anki::shared();
    let id = notes(b, "newcomer_edit", &["newcomer_edit hello"])[0];
    let id = id.to_string();
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("editor-ran");
    let editor = write_file(
        dir.path(),
        "editor.sh",
        &format!("#!/bin/sh\ntouch '{}'\n", marker.display()),
    );
    let mut perms = std::fs::metadata(&editor).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&editor, perms).unwrap();

    // On a terminal but with no editor set: no vi, exit 2, and how to set one.
    let r = exits(
        tty_cli(&b.url)
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .arg("-v"),
        &format!("note edit {id}"),
        None,
        2,
    )
    .err_has(&["set VISUAL or EDITOR", "--file"]);
    assert!(!r.stderr.contains("POST"), "nothing sent: {}", r.stderr);

    // An editor is set, but stdin and stdout are pipes: it is not started.
    exits(
        cli(&b.url).env("EDITOR", &editor).env_remove("VISUAL"),
        &format!("note edit {id}"),
        None,
        2,
    )
    .err_has(&["stdin and stdout are not one"]);
    assert!(!marker.exists(), "the editor did not run");

    // --file takes the edited text instead; sections left out stay as they are.
    exits(
        cli(&b.url).env_remove("EDITOR").env_remove("VISUAL"),
        &format!("note edit {id} --file -"),
        Some("=== Back ===\nmonde\n"),
        0,
    );
    let note = &b.call(
        "notesInfo",
        json!({ "notes": [id.parse::<i64>().unwrap()] }),
    )[0];
    assert_eq!(note["fields"]["Back"]["value"], "monde");
    assert_eq!(note["fields"]["Front"]["value"], "newcomer_edit hello");
    cmd(
        &b.url,
        &format!("note edit {id} --file {}", q(dir.path())),
        2,
    )
    .err_has(&["is a directory"]);
}

#[test]
fn note_edit_on_a_real_terminal_without_an_editor_does_not_hang() {
    let b = Anki::shared();
    let id = notes(b, "newcomer_edit_pty", &["newcomer_edit_pty hello"])[0];
    let bin = assert_cmd::cargo::cargo_bin("anki-cli");
    let mut command = std::process::Command::new(bin);
    command
        .args(["note", "edit", &id.to_string()])
        .env("ANKI_CLI_URL", &b.url)
        .env("ANKI_CLI_CONFIG", "/nonexistent/config.toml")
        .env("TERM", "xterm")
        .env_remove("EDITOR")
        .env_remove("VISUAL")
        .env_remove("ANKI_CLI_FORCE_TTY");
    let started = Instant::now();
    let mut session = rexpect::session::spawn_command(command, Some(20_000)).expect("a pty");
    session
        .exp_string("set VISUAL or EDITOR")
        .expect("the message, not an editor");
    session.exp_eof().expect("it ends");
    let status = session.process().wait().expect("it exits");
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 2)),
        "{status:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(15));
}

// ---- 15.8: readable output ----

/// The Due column of `card info -o tsv`, per card.
fn due_column(b: &Anki, cards: &[i64]) -> Vec<String> {
    let ids: Vec<String> = cards.iter().map(i64::to_string).collect();
    cmd(&b.url, &format!("card info -o tsv {}", ids.join(" ")), 0)
        .stdout
        .lines()
        .map(|l| l.split('\t').nth(4).unwrap_or_default().to_string())
        .collect()
}

/// The local date `days` days after Anki's today (which starts at 4 am), as the `date` tool
/// gives it.
fn local_date_in(days: i64) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "date -d \"$(date -d '-4 hours' +%F) +{days} days\" +%F"
        ))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn card_info_shows_due_dates() {
    let b = Anki::shared();
    let ids = notes(
        b,
        "newcomer_due",
        &[
            "newcomer_due new",
            "newcomer_due review",
            "newcomer_due lapse",
        ],
    );
    let cards: Vec<i64> = ids.iter().map(|n| card_of(b, *n)).collect();
    b.call("setDueDate", json!({"cards": [cards[1]], "days": "3"}));
    b.call("setDueDate", json!({"cards": [cards[2]], "days": "10"}));
    b.call("suspend", json!({"cards": [cards[2]]}));
    let expected = (local_date_in(3), local_date_in(10));
    let due = due_column(b, &cards);
    assert!(due[0].starts_with("new #"), "{due:?}");
    // The suspended card is found its date too (Anki's search skips suspended cards).
    let again = (local_date_in(3), local_date_in(10));
    assert!(
        [&expected, &again].contains(&&(due[1].clone(), due[2].clone())),
        "{due:?}, expected {expected:?}"
    );
    // A learning card is due at a time of day.
    b.call("unsuspend", json!({"cards": [cards[2]]}));
    b.call(
        "answerCards",
        json!({"answers": [{"cardId": cards[2], "ease": 1}]}),
    );
    let learning = &due_column(b, &cards[2..])[0];
    let shape = learning.len() == 16
        && learning.as_bytes()[4] == b'-'
        && learning.as_bytes()[10] == b' '
        && learning.as_bytes()[13] == b':';
    assert!(shape, "YYYY-MM-DD HH:MM: {learning}");
    // JSON keeps AnkiConnect's numbers.
    let json: Value =
        serde_json::from_str(&cmd(&b.url, &format!("card info -o json {}", cards[1]), 0).stdout)
            .unwrap();
    assert!(json[0]["due"].is_i64(), "{json}");
}

#[test]
fn api_with_ids_output_prints_ids() {
    let b = Anki::shared();
    let ids = notes(
        b,
        "newcomer_api_ids",
        &["newcomer_api_ids a", "newcomer_api_ids b"],
    );
    let params = r#"{"query": "deck:newcomer_api_ids"}"#;
    let r = cmd(&b.url, &format!("api findNotes -p {} -o ids", q(params)), 0);
    let mut printed: Vec<i64> = r.stdout.lines().map(|l| l.parse().unwrap()).collect();
    printed.sort();
    assert_eq!(printed, ids);
    // A result that is no list of IDs still prints as JSON.
    let r = cmd(&b.url, "api version -o ids", 0);
    assert_eq!(r.stdout.trim(), "6");
    let r = cmd(&b.url, "api deckNamesAndIds -o ids", 0);
    assert!(r.stdout.starts_with('{'), "{}", r.stdout);
}

#[test]
fn a_terminal_of_zero_columns_gets_a_table_of_normal_width() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "newcomer_zero_columns"}));
    let bin = assert_cmd::cargo::cargo_bin("anki-cli");
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "stty cols 0 rows 0; exec '{}' deck list",
            bin.display()
        ))
        .env("ANKI_CLI_URL", &b.url)
        .env("ANKI_CLI_CONFIG", "/nonexistent/config.toml")
        .env("TERM", "xterm")
        .env_remove("ANKI_CLI_FORCE_TTY");
    let mut session = rexpect::session::spawn_command(command, Some(30_000)).expect("a pty");
    let (table, _) = session
        .exp_regex("newcomer_zero_columns[^\n]*\n")
        .expect("the deck's row, its name on one line");
    assert!(table.contains("Deck") || table.contains("Name"), "{table}");
}

// ---- 15.9 and 15.12: messages ----

#[test]
fn a_mistyped_action_is_answered_with_the_nearest_name_first() {
    let b = Anki::shared();
    let r = cmd(&b.url, "api findCardz", 1);
    let hints: Vec<&str> = r.stderr.lines().filter(|l| l.contains("hint:")).collect();
    assert!(
        hints.first().is_some_and(|h| h.contains("`findCards`")),
        "{}",
        r.stderr
    );
    assert!(
        hints.iter().any(|h| h.contains("Update the add-on")),
        "then the update: {}",
        r.stderr
    );
    // A real action never gets a suggestion.
    let r = cmd(&b.url, "api deckNames", 0);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn an_unknown_note_type_is_named_with_the_nearest_one() {
    let b = Anki::shared();
    b.call("createDeck", json!({"deck": "newcomer_model_typo"}));
    let r = cmd(
        &b.url,
        "note add -d newcomer_model_typo -m 'Basic (and reversed cardd)' a b",
        1,
    );
    assert!(
        r.stderr.contains(
            "there is no note type 'Basic (and reversed cardd)'; did you mean 'Basic (and reversed card)'?"
        ) && !r.stderr.contains("modelFieldNames"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_directory_given_as_a_file_is_called_a_directory() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let path = q(d);
    for line in [
        format!("multi {path}"),
        format!(
            "note add -d Default -m Basic -f {}",
            q(format!("Front=@{d}"))
        ),
        format!("api deckNames -p {}", q(format!("@{d}"))),
        format!("note add-batch {path}"),
    ] {
        let r = cmd(&b.url, &line, 2);
        assert!(
            r.stderr.contains(&format!("'{d}' is a directory")) && !r.stderr.contains("os error"),
            "{line}: {}",
            r.stderr
        );
    }
    let file = write_file(dir.path(), "a-file", "x");
    cmd(&b.url, &format!("model push {}", q(&file)), 2).err_has(&["is a file"]);
}

#[test]
fn can_add_without_detail_does_not_blame_the_add_on() {
    let b = Anki::shared();
    notes(b, "newcomer_can_add", &["newcomer_can_add dup"]);
    let line =
        "note can-add -d newcomer_can_add -m Basic -f 'Front=newcomer_can_add dup' -f Back=x";
    let r = cmd(&b.url, &format!("{line} --no-detail"), 1);
    assert!(
        r.stderr.contains("--no-detail")
            && !r.stderr.contains("WithErrorDetail")
            && !r.stderr.contains("add-on"),
        "{}",
        r.stderr
    );
    cmd(&b.url, line, 1).err_has(&["duplicate"]);
}

#[test]
fn multi_takes_its_own_params_object() {
    let b = Anki::shared();
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "batch.json",
        "{\n  \"actions\": [\n    {\"action\": \"version\"},\n    {\"action\": \"findCardz\"}\n  ]\n}\n",
    );
    let r = cmd(&b.url, &format!("multi {} -o tsv", q(&file)), 5);
    let rows: Vec<&str> = r.stdout.lines().collect();
    assert!(
        rows[0].starts_with("1\tversion\tok\t6") && rows[1].contains("FAILED"),
        "{}",
        r.stdout
    );
}

// ---- issue 23: what the second newcomer met ----

#[test]
fn a_duplicate_names_the_existing_note_and_the_options_everywhere() {
    let b = Anki::shared();
    let deck = "newcomer_dupe";
    let existing = notes(b, deck, &["newcomer_dupe *chat_"])[0].to_string();
    let fields = "-f 'Front=newcomer_dupe *chat_' -f Back=again";
    let r = cmd(&b.url, &format!("note add -d {deck} -m Basic {fields}"), 1);
    for part in [
        format!("duplicate of note {existing}"),
        "--allow-duplicate".into(),
        "--duplicate-scope".into(),
    ] {
        assert!(r.stderr.contains(&part), "note add, {part}: {}", r.stderr);
    }
    let r = cmd(
        &b.url,
        &format!("note can-add -d {deck} -m Basic {fields}"),
        1,
    );
    assert!(
        r.stderr.contains(&format!("duplicate of note {existing}"))
            && r.stderr.contains("--allow-duplicate"),
        "note can-add: {}",
        r.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let batch = write_file(
        dir.path(),
        "notes.json",
        &json!([{"deckName": deck, "modelName": "Basic",
                 "fields": {"Front": "newcomer_dupe new", "Back": "x"}},
                {"deckName": deck, "modelName": "Basic",
                 "fields": {"Front": "newcomer_dupe *chat_", "Back": "x"}}])
        .to_string(),
    );
    let r = cmd(&b.url, &format!("note add-batch {}", q(&batch)), 1);
    assert!(
        r.stderr.contains(&format!(
            "note 2: cannot create note because it is a duplicate of note {existing}"
        )) && r.stderr.contains("allowDuplicate"),
        "note add-batch: {}",
        r.stderr
    );
    // With --duplicate-scope deck, a note in another deck is no duplicate.
    b.call("createDeck", json!({"deck": "newcomer_dupe_other"}));
    cmd(
        &b.url,
        &format!("note add -d newcomer_dupe_other -m Basic {fields} --duplicate-scope deck"),
        0,
    );
}

#[test]
fn a_forced_table_of_ids_is_a_table() {
    let b = Anki::shared();
    let ids = notes(b, "newcomer_table_ids", &["newcomer_table_ids a"]);
    let card = card_of(b, ids[0]);
    let query = "card find deck:newcomer_table_ids";
    let bare = exits(&mut tty_cli(&b.url), query, None, 0);
    assert_eq!(bare.stdout.trim(), card.to_string(), "bare IDs by default");
    for run in [
        exits(&mut tty_cli(&b.url), &format!("{query} -o table"), None, 0),
        cmd(&b.url, &format!("{query} -o table"), 0),
    ] {
        assert!(
            run.stdout.contains("ID") && run.stdout.lines().count() >= 4,
            "a table: {}",
            run.stdout
        );
        assert!(run.stdout.contains(&card.to_string()), "{}", run.stdout);
    }
}

#[test]
fn note_edit_from_a_file_says_what_it_did() {
    let b = Anki::shared();
    let id = notes(b, "newcomer_edit_said", &["newcomer_edit_said hello"])[0];
    let line = format!("note edit {id} --file -");
    let r = cmd_in(&b.url, &line, "=== Back ===\nmonde\n", 0);
    assert_eq!(r.stdout, format!("Updated note {id}.\n"), "piped too");
    let r = cmd_in(
        &b.url,
        &format!("{line} -o json"),
        "=== Back ===\nmonde 1\n",
        0,
    );
    assert_eq!(r.stdout.trim(), "null", "JSON when asked for");
    let r = exits(
        &mut tty_cli(&b.url),
        &line,
        Some("=== Back ===\nmonde 1\n"),
        0,
    );
    assert!(r.stdout.contains("No changes."), "{}", r.stdout);
    let r = exits(
        &mut tty_cli(&b.url),
        &line,
        Some("=== Back ===\nmonde 2\n"),
        0,
    );
    assert!(
        r.stdout.contains(&format!("Updated note {id}.")),
        "{}",
        r.stdout
    );
}
