//! Every note type command against the real add-on, with a pull/edit/push round trip. Each test
//! that changes a note type creates one of its own first; Basic and friends are only read.

use crate::anki::Anki;
use crate::common::{cmd, cmd_in, q, run_line, tty_cli, write_file};
use serde_json::{json, Value};

fn json_out(b: &Anki, line: &str) -> Value {
    serde_json::from_str(&cmd(&b.url, line, 0).stdout).unwrap()
}

fn field_names(b: &Anki, model: &str) -> Value {
    b.call("modelFieldNames", json!({ "modelName": model }))
}

/// Creates note type `name` with fields Word and Meaning and one template, Recognize.
fn create_vocab(b: &Anki, name: &str) {
    let template = "'Recognize:{{Word}}:{{FrontSide}}<hr id=answer>{{Meaning}}'";
    let line = format!("model create {} -f Word -f Meaning -t {template}", q(name));
    cmd(&b.url, &line, 0);
}

#[test]
fn create_list_show_and_name() {
    let b = Anki::shared();
    let name = "model_create_Vocab";
    let template = "'Recognize:{{Word}}:{{FrontSide}}<hr>{{Meaning}}'";
    let line = format!("model create {name} -f Word -f Meaning -t {template} --css -");
    let r = cmd_in(&b.url, &line, ".card { color: navy }", 0);
    let created: Value = serde_json::from_str(&r.stdout).unwrap();
    let ids = json_out(b, "model list");
    let id = ids[name].as_i64().unwrap();
    assert_eq!(created["id"], id, "prints the new note type");
    assert!(ids["Basic"].is_i64(), "{ids}");
    assert!(json_out(b, "model list --names")
        .as_array()
        .unwrap()
        .contains(&json!(name)));
    let shown = json_out(b, &format!("model show {name} Basic"));
    assert_eq!(shown[0]["css"], ".card { color: navy }");
    assert_eq!(shown[1]["name"], "Basic");
    assert_eq!(
        json_out(b, &format!("model show --id {id}"))[0]["name"],
        name
    );
    assert_eq!(
        cmd(&b.url, &format!("model name {id}"), 0).stdout.trim(),
        format!("\"{name}\"")
    );
    run_line(&mut tty_cli(&b.url), &format!("model show {name}"), None).out_has(&[
        "field 0",
        "Recognize",
        "css",
    ]);

    cmd(
        &b.url,
        &format!("model create {name} -f A -t {}", "'C:{{A}}:{{A}}'"),
        1,
    )
    .err_has(&["Model name already exists"]);
    cmd(&b.url, "model show model_create_Nope", 1)
        .err_has(&["model was not found: model_create_Nope"]);
    cmd(&b.url, "model name 42", 1).err_has(&["model was not found: 42"]);
    cmd(&b.url, "model show --id 42", 1).err_has(&["model was not found: 42"]);
}

#[test]
fn create_cloze_and_from_a_spec_file() {
    let b = Anki::shared();
    cmd(
        &b.url,
        "model create model_cloze_MyCloze -f Text --cloze -t 'Cloze:{{cloze:Text}}:{{cloze:Text}}'",
        0,
    );
    assert_eq!(json_out(b, "model show model_cloze_MyCloze")[0]["type"], 1);
    let dir = tempfile::tempdir().unwrap();
    let spec = write_file(
        dir.path(),
        "spec.toml",
        "name = \"model_cloze_FromToml\"\nfields = [\"Q\", \"A\"]\ncss = \".x{}\"\n[[templates]]\nname = \"One\"\nfront = \"{{Q}}\"\nback = \"{{A}}\"\n",
    );
    cmd(&b.url, &format!("model create --from {}", q(&spec)), 0);
    assert_eq!(field_names(b, "model_cloze_FromToml"), json!(["Q", "A"]));
    assert_eq!(
        b.call("modelStyling", json!({"modelName": "model_cloze_FromToml"})),
        json!({"css": ".x{}"})
    );
    let bad = write_file(dir.path(), "bad.toml", "name = \"X\"\nfeilds = []\n");
    cmd(&b.url, &format!("model create --from {}", q(&bad)), 2).err_has(&["line 2", "feilds"]);
    // The add-on checks templates against the fields.
    cmd(
        &b.url,
        "model create model_cloze_Broken -f A -t 'C:{{Nope}}:{{A}}'",
        1,
    )
    .err_has(&["Nope"]);
}

#[test]
fn fields_add_rename_move_font_describe_remove() {
    let b = Anki::shared();
    let m = "model_fields_Vocab";
    create_vocab(b, m);
    cmd(&b.url, &format!("model field add {m} Example --index 0"), 0);
    cmd(
        &b.url,
        &format!("model field rename {m} Meaning Definition"),
        0,
    );
    cmd(&b.url, &format!("model field move {m} Word 0"), 0);
    cmd(&b.url, &format!("model field font {m} Word 'Noto Sans'"), 0);
    cmd(&b.url, &format!("model field font-size {m} Word 28"), 0);
    cmd(
        &b.url,
        &format!("model field describe {m} Word 'The word itself'"),
        0,
    );
    let list = json_out(b, &format!("model field list {m}"));
    assert_eq!(
        list[0],
        json!({"name": "Word", "font": "Noto Sans", "size": 28, "description": "The word itself"})
    );
    assert_eq!(list[1]["name"], "Example");
    assert_eq!(field_names(b, m), json!(["Word", "Example", "Definition"]));
    let usage = json_out(b, &format!("model field usage {m}"));
    assert_eq!(usage, json!({"Recognize": [["Word"], ["Definition"]]}));
    run_line(&mut tty_cli(&b.url), &format!("model field list {m}"), None)
        .out_has(&["Noto Sans", "The word itself"]);

    cmd(&b.url, &format!("model field remove {m} Example"), 2);
    cmd(&b.url, &format!("model field remove {m} Example --yes"), 0);
    assert_eq!(field_names(b, m), json!(["Word", "Definition"]));
    cmd(&b.url, &format!("model field rename {m} Nope X"), 1)
        .err_has(&[&format!("field was not found in {m}: Nope")]);
    cmd(&b.url, "model field font model_fields_Nope Word Arial", 1)
        .err_has(&["model was not found: model_fields_Nope"]);
}

#[test]
fn field_and_template_names_that_are_taken_are_refused() {
    // Anki renames the other field to "Meaning+" (and its uses in the templates) instead of
    // refusing, and modelFieldAdd only moves an existing field.
    let b = Anki::shared();
    let m = "model_taken_Vocab";
    create_vocab(b, m);
    cmd(&b.url, &format!("model field rename {m} Word Meaning"), 2)
        .err_has(&[&format!("'{m}' already has a field 'Meaning'")]);
    cmd(&b.url, &format!("model field add {m} Meaning --index 0"), 2)
        .err_has(&["model field move"]);
    assert_eq!(field_names(b, m), json!(["Word", "Meaning"]), "unchanged");

    let dir = tempfile::tempdir().unwrap();
    let front = write_file(dir.path(), "f.html", "{{Meaning}}");
    let back = write_file(dir.path(), "b.html", "{{Word}}");
    cmd(
        &b.url,
        &format!(
            "model template add {m} Recall --front {} --back {}",
            q(&front),
            q(&back)
        ),
        0,
    );
    cmd(
        &b.url,
        &format!("model template rename {m} Recall Recognize"),
        2,
    )
    .err_has(&[&format!("'{m}' already has a template 'Recognize'")]);
    let names: Vec<String> = b
        .call("modelTemplates", json!({ "modelName": m }))
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(names, ["Recognize", "Recall"]);
}

#[test]
fn templates_add_set_rename_move_remove_and_css() {
    let b = Anki::shared();
    let m = "model_templates_Vocab";
    create_vocab(b, m);
    let dir = tempfile::tempdir().unwrap();
    let front = write_file(dir.path(), "f.html", "{{Meaning}}");
    let back = write_file(dir.path(), "b.html", "{{FrontSide}}<hr>{{Word}}");
    let add = format!(
        "model template add {m} Recall --front {} --back {}",
        q(&front),
        q(&back)
    );
    cmd(&b.url, &add, 0);
    // The add-on would answer null and drop the change.
    cmd(&b.url, &add, 2).err_has(&["template set"]);
    let new_front = write_file(dir.path(), "f2.html", "Meaning: {{Meaning}}");
    cmd(
        &b.url,
        &format!("model template set {m} Recall --front {}", q(&new_front)),
        0,
    );
    let templates = json_out(b, &format!("model template list {m}"));
    assert_eq!(
        templates["Recall"],
        json!({"Front": "Meaning: {{Meaning}}", "Back": "{{FrontSide}}<hr>{{Word}}"})
    );
    // The add-on ignores templates it does not have.
    cmd(
        &b.url,
        &format!("model template set {m} Nope --front {}", q(&new_front)),
        1,
    )
    .err_has(&[&format!("template was not found in {m}: Nope")]);

    cmd(
        &b.url,
        &format!("model template rename {m} Recall Produce"),
        0,
    );
    cmd(&b.url, &format!("model template move {m} Produce 0"), 0);
    let order: Vec<String> = json_out(b, &format!("model show {m}"))[0]["tmpls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(order, vec!["Produce", "Recognize"]);
    cmd(&b.url, &format!("model template remove {m} Produce"), 2);
    cmd(
        &b.url,
        &format!("model template remove {m} Produce --yes"),
        0,
    );
    cmd(
        &b.url,
        &format!("model template remove {m} Recognize --yes"),
        1,
    )
    .err_has(&["must have 1 template"]);
    let left: Vec<String> = json_out(b, &format!("model template list {m}"))
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(left, ["Recognize"]);

    let css = write_file(dir.path(), "s.css", ".card { color: red }");
    cmd(&b.url, &format!("model css set {m} {}", q(&css)), 0);
    assert_eq!(
        cmd(&b.url, &format!("model css get {m}"), 0).stdout,
        ".card { color: red }\n"
    );
    let saved = dir.path().join("saved.css");
    cmd(&b.url, &format!("model css get {m} --out {}", q(&saved)), 0);
    assert_eq!(
        std::fs::read_to_string(&saved).unwrap(),
        ".card { color: red }"
    );
    let changed = cmd(
        &b.url,
        &format!("model find-replace red blue --model {m} --no-front --no-back"),
        0,
    );
    assert_eq!(changed.stdout.trim(), "1");
    assert_eq!(
        b.call("modelStyling", json!({ "modelName": m }))["css"],
        ".card { color: blue }"
    );
    let front_only = cmd(
        &b.url,
        &format!(
            "model find-replace {} --model {m} --no-back --no-css",
            "'{{Word}}' '<b>{{Word}}</b>'"
        ),
        0,
    );
    assert_eq!(front_only.stdout.trim(), "1");
    let templates = b.call("modelTemplates", json!({ "modelName": m }));
    assert_eq!(templates["Recognize"]["Front"], "<b>{{Word}}</b>");
    assert_eq!(
        templates["Recognize"]["Back"],
        "{{FrontSide}}<hr id=answer>{{Meaning}}"
    );
    let none = cmd(
        &b.url,
        &format!("model find-replace zzz-absent x --model {m}"),
        0,
    );
    assert_eq!(none.stdout.trim(), "0");
}

#[test]
fn pull_edit_push_round_trip() {
    let b = Anki::shared();
    let m = "model_push_Vocab";
    create_vocab(b, m);
    let note = json!({"deckName": "Default", "modelName": m, "fields": {"Word": "model_push_chat", "Meaning": "cat"}});
    let nid = b.call("addNote", json!({ "note": note }));
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("vocab");
    let f = folder.to_str().unwrap();
    cmd(&b.url, &format!("model pull {m} {}", q(f)), 0);
    assert!(folder.join("note-type.toml").exists() && folder.join("style.css").exists());
    cmd(&b.url, &format!("model pull {m} {}", q(f)), 2);

    let unchanged = cmd(&b.url, &format!("-v model push {}", q(f)), 0);
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
    let (head, templates) = manifest.split_once("[[templates]]").unwrap();
    std::fs::write(
        &manifest_path,
        format!("{head}[[fields]]\nname = \"Example\"\n\n[[templates]]{templates}"),
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

    // Renames, additions and template or CSS edits destroy nothing: no --yes needed (a plan
    // with a removal needs it: safety::destructive_commands_need_yes_and_send_nothing_without_it).
    cmd(&b.url, &format!("model push {}", q(f)), 0).err_has(&[
        "rename field 'Meaning' to 'Definition'",
        "add field 'Example'",
    ]);
    assert_eq!(field_names(b, m), json!(["Word", "Definition", "Example"]));
    assert_eq!(
        b.call("modelStyling", json!({ "modelName": m }))["css"],
        ".card { font-size: 30px }"
    );
    assert_eq!(
        b.call("modelTemplates", json!({ "modelName": m }))["Recognize"]["Back"],
        "{{FrontSide}}<hr id=answer>{{Definition}}<br>{{Example}}"
    );
    let info = b.call("notesInfo", json!({ "notes": [nid] }));
    assert_eq!(
        info[0]["fields"]["Definition"]["value"], "cat",
        "the rename kept the content"
    );

    // After the push, pulling again and pushing is a no-op.
    let again = dir.path().join("again");
    cmd(&b.url, &format!("model pull {m} {}", q(&again)), 0);
    let noop = cmd(&b.url, &format!("model push {}", q(&again)), 0);
    assert!(
        noop.stdout.contains("Nothing") || noop.stdout.contains("[]"),
        "{}",
        noop.stdout
    );
}

#[test]
fn push_swaps_field_names_without_losing_content() {
    // Renaming Word to Meaning directly would make Anki rename the other field to "Meaning+".
    let b = Anki::shared();
    let m = "model_swap_Vocab";
    create_vocab(b, m);
    let note = json!({"deckName": "Default", "modelName": m, "fields": {"Word": "model_swap_chat", "Meaning": "cat"}});
    let nid = b.call("addNote", json!({ "note": note }));
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("swap");
    let f = folder.to_str().unwrap();
    cmd(&b.url, &format!("model pull {m} {}", q(f)), 0);
    let manifest_path = folder.join("note-type.toml");
    let manifest = std::fs::read_to_string(&manifest_path)
        .unwrap()
        .replacen("name = \"Word\"", "name = \"@swap@\"", 1)
        .replacen("name = \"Meaning\"", "name = \"Word\"", 1)
        .replacen("name = \"@swap@\"", "name = \"Meaning\"", 1);
    std::fs::write(&manifest_path, manifest).unwrap();
    cmd(&b.url, &format!("model push {} --yes", q(f)), 0).err_has(&["for now"]);
    assert_eq!(field_names(b, m), json!(["Meaning", "Word"]));
    let info = b.call("notesInfo", json!({ "notes": [nid] }));
    assert_eq!(info[0]["fields"]["Meaning"]["value"], "model_swap_chat");
    assert_eq!(info[0]["fields"]["Word"]["value"], "cat");
    assert_eq!(
        b.call("modelTemplates", json!({ "modelName": m }))["Recognize"]["Front"],
        "{{Meaning}}",
        "the template follows the renamed field"
    );
}
