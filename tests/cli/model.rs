//! Every note type command against the real backend, with a pull/edit/push round trip.

use crate::anki::Anki;
use crate::common::{cli, expect, run, write_file};
use serde_json::{json, Value};

fn json_out(b: &Anki, args: &[&str]) -> Value {
    serde_json::from_str(&expect(&b.url, args, 0).stdout).unwrap()
}

fn create_vocab(b: &Anki) {
    expect(
        &b.url,
        &[
            "model",
            "create",
            "Vocab",
            "-f",
            "Word",
            "-f",
            "Meaning",
            "-t",
            "Recognize:{{Word}}:{{FrontSide}}<hr id=answer>{{Meaning}}",
            "--css",
            "-",
        ],
        0,
    );
}

#[test]
fn create_list_show_and_name() {
    let b = Anki::shared();
    let r = run(
        &mut cli(&b.url),
        &[
            "model",
            "create",
            "Vocab",
            "-f",
            "Word",
            "-f",
            "Meaning",
            "-t",
            "Recognize:{{Word}}:{{FrontSide}}<hr>{{Meaning}}",
            "--css",
            "-",
        ],
        Some(".card { color: navy }"),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let ids = json_out(&b, &["model", "list"]);
    let id = ids["Vocab"].as_i64().unwrap();
    assert!(json_out(&b, &["model", "list", "--names"])
        .as_array()
        .unwrap()
        .contains(&json!("Vocab")));
    let shown = json_out(&b, &["model", "show", "Vocab"]);
    assert_eq!(shown[0]["css"], ".card { color: navy }");
    assert_eq!(
        json_out(&b, &["model", "show", "--id", &id.to_string()])[0]["name"],
        "Vocab"
    );
    assert_eq!(
        expect(&b.url, &["model", "name", &id.to_string()], 0)
            .stdout
            .trim(),
        "\"Vocab\""
    );
    let tty = run(
        cli(&b.url).env("ANKI_CLI_FORCE_TTY", "1"),
        &["model", "show", "Vocab"],
        None,
    );
    assert!(
        tty.stdout.contains("field 0")
            && tty.stdout.contains("Recognize")
            && tty.stdout.contains("css"),
        "{}",
        tty.stdout
    );

    let dup = expect(
        &b.url,
        &["model", "create", "Vocab", "-f", "A", "-t", "C:{{A}}:{{A}}"],
        1,
    );
    assert!(
        dup.stderr.contains("Model name already exists"),
        "{}",
        dup.stderr
    );
    let missing = expect(&b.url, &["model", "show", "Nope"], 1);
    assert!(
        missing.stderr.contains("model was not found: Nope"),
        "{}",
        missing.stderr
    );
    expect(&b.url, &["model", "name", "42"], 1);
}

#[test]
fn create_cloze_and_from_a_spec_file() {
    let b = Anki::shared();
    expect(
        &b.url,
        &[
            "model",
            "create",
            "MyCloze",
            "-f",
            "Text",
            "--cloze",
            "-t",
            "Cloze:{{cloze:Text}}:{{cloze:Text}}",
        ],
        0,
    );
    assert_eq!(json_out(&b, &["model", "show", "MyCloze"])[0]["type"], 1);
    let dir = tempfile::tempdir().unwrap();
    let spec = write_file(
        dir.path(),
        "spec.toml",
        "name = \"FromToml\"\nfields = [\"Q\", \"A\"]\ncss = \".x{}\"\n[[templates]]\nname = \"One\"\nfront = \"{{Q}}\"\nback = \"{{A}}\"\n",
    );
    expect(
        &b.url,
        &["model", "create", "--from", spec.to_str().unwrap()],
        0,
    );
    assert_eq!(
        b.call("modelFieldNames", json!({"modelName": "FromToml"})),
        json!(["Q", "A"])
    );
    let bad = write_file(dir.path(), "bad.toml", "name = \"X\"\nfeilds = []\n");
    let r = expect(
        &b.url,
        &["model", "create", "--from", bad.to_str().unwrap()],
        2,
    );
    assert!(
        r.stderr.contains("line 2") && r.stderr.contains("feilds"),
        "{}",
        r.stderr
    );
}

#[test]
fn fields_add_rename_move_font_describe_remove() {
    let b = Anki::shared();
    create_vocab(&b);
    expect(
        &b.url,
        &["model", "field", "add", "Vocab", "Example", "--index", "0"],
        0,
    );
    expect(
        &b.url,
        &["model", "field", "rename", "Vocab", "Meaning", "Definition"],
        0,
    );
    expect(&b.url, &["model", "field", "move", "Vocab", "Word", "0"], 0);
    expect(
        &b.url,
        &["model", "field", "font", "Vocab", "Word", "Noto Sans"],
        0,
    );
    expect(
        &b.url,
        &["model", "field", "font-size", "Vocab", "Word", "28"],
        0,
    );
    expect(
        &b.url,
        &[
            "model",
            "field",
            "describe",
            "Vocab",
            "Word",
            "The word itself",
        ],
        0,
    );
    let list = json_out(&b, &["model", "field", "list", "Vocab"]);
    assert_eq!(
        list[0],
        json!({"name": "Word", "font": "Noto Sans", "size": 28, "description": "The word itself"})
    );
    assert_eq!(
        b.call("modelFieldNames", json!({"modelName": "Vocab"})),
        json!(["Word", "Example", "Definition"])
    );
    let usage = json_out(&b, &["model", "field", "usage", "Vocab"]);
    assert_eq!(usage["Recognize"], json!([["Word"], ["Definition"]]));

    expect(&b.url, &["model", "field", "remove", "Vocab", "Example"], 2);
    expect(
        &b.url,
        &["model", "field", "remove", "Vocab", "Example", "--yes"],
        0,
    );
    let missing = expect(
        &b.url,
        &["model", "field", "rename", "Vocab", "Nope", "X"],
        1,
    );
    assert!(
        missing
            .stderr
            .contains("field was not found in Vocab: Nope"),
        "{}",
        missing.stderr
    );
}

#[test]
fn templates_add_set_rename_move_remove_and_css() {
    let b = Anki::shared();
    create_vocab(&b);
    let dir = tempfile::tempdir().unwrap();
    let front = write_file(dir.path(), "f.html", "{{Meaning}}");
    let back = write_file(dir.path(), "b.html", "{{FrontSide}}<hr>{{Word}}");
    expect(
        &b.url,
        &[
            "model",
            "template",
            "add",
            "Vocab",
            "Recall",
            "--front",
            front.to_str().unwrap(),
            "--back",
            back.to_str().unwrap(),
        ],
        0,
    );
    let again = expect(
        &b.url,
        &[
            "model",
            "template",
            "add",
            "Vocab",
            "Recall",
            "--front",
            front.to_str().unwrap(),
            "--back",
            back.to_str().unwrap(),
        ],
        2,
    );
    assert!(again.stderr.contains("template set"), "{}", again.stderr);
    let new_front = write_file(dir.path(), "f2.html", "Meaning: {{Meaning}}");
    expect(
        &b.url,
        &[
            "model",
            "template",
            "set",
            "Vocab",
            "Recall",
            "--front",
            new_front.to_str().unwrap(),
        ],
        0,
    );
    let templates = json_out(&b, &["model", "template", "list", "Vocab"]);
    assert_eq!(
        templates["Recall"],
        json!({"Front": "Meaning: {{Meaning}}", "Back": "{{FrontSide}}<hr>{{Word}}"})
    );
    expect(
        &b.url,
        &[
            "model",
            "template",
            "set",
            "Vocab",
            "Nope",
            "--front",
            new_front.to_str().unwrap(),
        ],
        1,
    );

    expect(
        &b.url,
        &["model", "template", "rename", "Vocab", "Recall", "Produce"],
        0,
    );
    expect(
        &b.url,
        &["model", "template", "move", "Vocab", "Produce", "0"],
        0,
    );
    let order: Vec<String> = json_out(&b, &["model", "show", "Vocab"])[0]["tmpls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(order, vec!["Produce", "Recognize"]);
    expect(
        &b.url,
        &["model", "template", "remove", "Vocab", "Produce", "--yes"],
        0,
    );

    let css = write_file(dir.path(), "s.css", ".card { color: red }");
    expect(
        &b.url,
        &["model", "css", "set", "Vocab", css.to_str().unwrap()],
        0,
    );
    assert_eq!(
        expect(&b.url, &["model", "css", "get", "Vocab"], 0).stdout,
        ".card { color: red }\n"
    );
    let changed = expect(
        &b.url,
        &[
            "model",
            "find-replace",
            "red",
            "blue",
            "--model",
            "Vocab",
            "--no-front",
            "--no-back",
        ],
        0,
    );
    assert_eq!(changed.stdout.trim(), "1");
    assert_eq!(
        b.call("modelStyling", json!({"modelName": "Vocab"}))["css"],
        ".card { color: blue }"
    );
}

#[test]
fn pull_edit_push_round_trip() {
    let b = Anki::shared();
    create_vocab(&b);
    let note = json!({"deckName": "Default", "modelName": "Vocab", "fields": {"Word": "chat", "Meaning": "cat"}});
    let nid = b.call("addNote", json!({ "note": note }));
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("vocab");
    let f = folder.to_str().unwrap();
    expect(&b.url, &["model", "pull", "Vocab", f], 0);
    assert!(folder.join("note-type.toml").exists() && folder.join("style.css").exists());
    expect(&b.url, &["model", "pull", "Vocab", f], 2);

    let unchanged = expect(&b.url, &["-v", "model", "push", f], 0);
    assert!(
        unchanged.stdout.contains("Nothing to push") || unchanged.stdout.contains("[]"),
        "{}",
        unchanged.stdout
    );
    assert!(
        !unchanged.stderr.contains("\"modelField") && !unchanged.stderr.contains("updateModel"),
        "nothing sent: {}",
        unchanged.stderr
    );

    // Rename a field, add one, edit the CSS and a template.
    let manifest_path = folder.join("note-type.toml");
    let manifest = std::fs::read_to_string(&manifest_path).unwrap();
    let manifest = manifest.replacen("name = \"Meaning\"", "name = \"Definition\"", 1);
    let manifest = format!("{manifest}\n[[fields]]\nname = \"Example\"\n");
    // New fields go at the end of the list: move the appended table before [[templates]] by rewriting the file.
    let (head, templates) = manifest.split_once("[[templates]]").unwrap();
    let templates_part = templates
        .split_once("\n[[fields]]")
        .map_or(templates.to_string(), |(t, _)| t.to_string());
    std::fs::write(
        &manifest_path,
        format!("{head}[[fields]]\nname = \"Example\"\n\n[[templates]]{templates_part}"),
    )
    .unwrap();
    std::fs::write(folder.join("style.css"), ".card { font-size: 30px }").unwrap();
    let back = std::fs::read_dir(folder.join("templates"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".back.html"))
        .unwrap();
    std::fs::write(
        &back,
        "{{FrontSide}}<hr id=answer>{{Definition}}<br>{{Example}}",
    )
    .unwrap();

    let refused = expect(&b.url, &["model", "push", f], 2);
    assert!(
        refused
            .stderr
            .contains("rename field 'Meaning' to 'Definition'")
            && refused.stderr.contains("add field 'Example'"),
        "{}",
        refused.stderr
    );
    assert_eq!(
        b.call("modelFieldNames", json!({"modelName": "Vocab"})),
        json!(["Word", "Meaning"]),
        "nothing applied yet"
    );

    expect(&b.url, &["model", "push", f, "--yes"], 0);
    assert_eq!(
        b.call("modelFieldNames", json!({"modelName": "Vocab"})),
        json!(["Word", "Definition", "Example"])
    );
    assert_eq!(
        b.call("modelStyling", json!({"modelName": "Vocab"}))["css"],
        ".card { font-size: 30px }"
    );
    assert!(
        b.call("modelTemplates", json!({"modelName": "Vocab"}))["Recognize"]["Back"]
            .as_str()
            .unwrap()
            .contains("{{Example}}")
    );
    let info = b.call("notesInfo", json!({"notes": [nid]}));
    assert_eq!(
        info[0]["fields"]["Definition"]["value"], "cat",
        "the rename kept the content"
    );

    // After the push, pulling again and pushing is a no-op.
    let again = dir.path().join("again");
    expect(
        &b.url,
        &["model", "pull", "Vocab", again.to_str().unwrap()],
        0,
    );
    let noop = expect(&b.url, &["model", "push", again.to_str().unwrap()], 0);
    assert!(
        noop.stdout.contains("Nothing") || noop.stdout.contains("[]"),
        "{}",
        noop.stdout
    );
}
