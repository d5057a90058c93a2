//! Anki's own text files against the real thing: files made by Anki's exporter (the venv's
//! `anki` library, `tests/anki/text_files.py`) go in with no flags, and what `note export
//! --format anki` writes is read by Anki's own importer on a throwaway collection.

use std::path::Path;
use std::process::Command;

use crate::anki::Anki;
use crate::common::{cmd, q, repo_root, Run};
use serde_json::{json, Value};

/// Runs `tests/anki/text_files.py` with `args`; its JSON output.
fn anki_library(args: &[&str]) -> Value {
    let out = Command::new(repo_root().join(".venv/bin/python"))
        .arg(repo_root().join("tests/anki/text_files.py"))
        .args(args)
        .output()
        .expect("run the venv's Python");
    assert!(
        out.status.success(),
        "text_files.py {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn summary(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// The notes of a search as the helper prints them: note type, decks, fields, tags.
fn notes_in(b: &Anki, query: &str) -> Vec<Value> {
    let ids = b.call("findNotes", json!({ "query": query }));
    let mut notes: Vec<Value> = b
        .call("notesInfo", json!({ "notes": ids }))
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let cards = n["cards"].clone();
            let decks = b.call("getDecks", json!({ "cards": cards }));
            let mut decks: Vec<String> = decks.as_object().unwrap().keys().cloned().collect();
            decks.sort();
            let mut fields: Vec<(i64, String, Value)> = n["fields"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (v["order"].as_i64().unwrap(), k.clone(), v["value"].clone()))
                .collect();
            fields.sort_by_key(|f| f.0);
            let mut tags: Vec<String> = serde_json::from_value(n["tags"].clone()).unwrap();
            tags.sort();
            json!({
                "notetype": n["modelName"],
                "decks": decks,
                "fields": fields.into_iter().map(|(_, k, v)| (k, v)).collect::<serde_json::Map<_, _>>(),
                "tags": tags,
            })
        })
        .collect();
    notes.sort_by_key(|n| {
        n["fields"]["Front"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    });
    notes
}

/// The helper's notes without their GUIDs, sorted as [`notes_in`] sorts.
fn without_guids(notes: &Value) -> Vec<Value> {
    let mut notes: Vec<Value> = notes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let mut n = n.clone();
            n.as_object_mut().unwrap().remove("guid");
            n
        })
        .collect();
    notes.sort_by_key(|n| {
        n["fields"]["Front"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    });
    notes
}

fn import(b: &Anki, file: &Path, extra: &str, code: i32) -> Run {
    cmd(&b.url, &format!("note import {} {extra}", q(file)), code)
}

#[test]
fn ankis_own_export_imports_with_no_flags_and_again_changes_nothing() {
    let b = Anki::shared();
    let prefix = "ankifiles_every";
    for deck in [prefix.to_string(), format!("{prefix}::Sub")] {
        b.call("createDeck", json!({ "deck": deck }));
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    let made = anki_library(&["export", file.to_str().unwrap(), prefix]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"),
        "{text}"
    );

    let first = summary(&import(b, &file, "", 0));
    assert_eq!(first["added"], 3, "{first}");
    assert_eq!(
        first["fileHeaders"]["headers"]["notetype column"], "2",
        "{first}"
    );
    let query = format!("\"deck:{prefix}\"");
    assert_eq!(notes_in(b, &query), without_guids(&made));

    // The notes carry the file's GUIDs.
    let package = dir.path().join("check.apkg");
    b.call(
        "exportPackage",
        json!({"deck": prefix, "path": package, "includeSched": false}),
    );
    let mut expected: Vec<Value> = made
        .as_array()
        .unwrap()
        .iter()
        .map(|n| json!([n["guid"], n["fields"]["Front"]]))
        .collect();
    expected.sort_by_key(|g| g[0].as_str().unwrap().to_string());
    assert_eq!(
        anki_library(&["guids", package.to_str().unwrap()]),
        json!(expected)
    );

    // Again: every row finds its note by GUID, and nothing changes.
    let again = summary(&import(b, &file, "", 0));
    assert_eq!(
        [
            &again["added"],
            &again["updated"],
            &again["unchanged"],
            &again["failed"]
        ],
        [&json!(0), &json!(0), &json!(3), &json!(0)],
        "{again}"
    );
    assert_eq!(notes_in(b, &query), without_guids(&made));

    // An edited row updates its note (found by GUID though its first field changed).
    let edited = text.replace("ankifiles_every chat\t", "ankifiles_every CHAT\t");
    std::fs::write(&file, edited).unwrap();
    let kept = summary(&import(b, &file, "--existing-notes keep", 0));
    assert_eq!(
        [&kept["added"], &kept["updated"], &kept["skipped"]],
        [&json!(0), &json!(0), &json!(3)],
        "{kept}"
    );
    let updated = summary(&import(b, &file, "", 0));
    assert_eq!(
        [
            &updated["added"],
            &updated["updated"],
            &updated["unchanged"]
        ],
        [&json!(0), &json!(1), &json!(2)],
        "{updated}"
    );
    assert_eq!(
        notes_in(b, &query)[0]["fields"]["Front"],
        "ankifiles_every CHAT"
    );

    // --existing-notes duplicate adds the rows as new notes (new GUIDs; --on-duplicate allow lets
    // Anki add a note whose first field another note has).
    let copies = summary(&import(
        b,
        &file,
        "--existing-notes duplicate --on-duplicate allow",
        0,
    ));
    assert_eq!(copies["added"], 3, "{copies}");
    assert_eq!(notes_in(b, &query).len(), 6);
}

#[test]
fn the_exporters_defaults_need_only_the_deck_and_note_type() {
    let b = Anki::shared();
    let prefix = "ankifiles_defaults";
    b.call("createDeck", json!({ "deck": prefix }));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain.txt");
    anki_library(&["export", file.to_str().unwrap(), prefix, "defaults"]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("#separator:tab\n#html:true\n#tags column:3\n"),
        "{text}"
    );
    let r = summary(&import(b, &file, &format!("-d {prefix} -m Basic"), 0));
    assert_eq!(r["added"], 3, "{r}");
    let notes = notes_in(b, &format!("\"deck:{prefix}\""));
    assert_eq!(notes[0]["fields"]["Back"], "cat <b>bold</b>");
    assert_eq!(notes[0]["tags"], json!(["animals", "french"]));
    assert_eq!(notes[1]["fields"]["Back"], "dog, \"tab\"\there");
}

#[test]
fn our_anki_format_is_read_by_ankis_own_importer_into_the_same_notes() {
    let b = Anki::shared();
    let deck = "ankifiles_out";
    b.call("createDeck", json!({ "deck": deck }));
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.csv");
    std::fs::write(
        &seed,
        "Front,Back,model,tags\n\
         ankifiles_out #one,\"two\tlines\nwith <b>HTML</b> &amp; \"\"quotes\"\"\",Basic,a b::c\n\
         ankifiles_out rev,back,Basic (and reversed card),\n",
    )
    .unwrap();
    import(b, &seed, &format!("-d {deck}"), 0);
    let out = dir.path().join("notes.txt");
    cmd(
        &b.url,
        &format!("note export --query deck:{deck} --out {}", q(&out)),
        0,
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"),
        "{text}"
    );
    let read = anki_library(&["import", out.to_str().unwrap()]);
    assert_eq!(read["log"]["new"], 2, "{read}");
    assert_eq!(
        without_guids(&read["notes"]),
        notes_in(b, &format!("deck:{deck}"))
    );
    // The GUIDs are the notes' own: Anki's importer, given the file again, updates the same notes.
    let package = dir.path().join("check.apkg");
    b.call(
        "exportPackage",
        json!({"deck": deck, "path": package, "includeSched": false}),
    );
    let ours = anki_library(&["guids", package.to_str().unwrap()]);
    let mut theirs: Vec<Value> = read["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| json!([n["guid"], n["fields"]["Front"]]))
        .collect();
    theirs.sort_by_key(|g| g[0].as_str().unwrap().to_string());
    assert_eq!(ours, json!(theirs));
    let twice = anki_library(&["import", out.to_str().unwrap(), "2"]);
    assert_eq!(
        (&twice["log"]["new"], &twice["log"]["duplicate"]),
        (&json!(0), &json!(2)),
        "{twice}"
    );
    assert_eq!(twice["notes"].as_array().unwrap().len(), 2);
    // And note import reads it back as the same notes, unchanged.
    let back = summary(&import(b, &out, "", 0));
    assert_eq!(
        [&back["added"], &back["updated"], &back["unchanged"]],
        [&json!(0), &json!(0), &json!(2)],
        "{back}"
    );
}

/// A note's field values by name.
fn fields_of(b: &Anki, query: &str) -> Vec<serde_json::Map<String, Value>> {
    notes_in(b, query)
        .into_iter()
        .map(|n| n["fields"].as_object().unwrap().clone())
        .collect()
}

#[test]
fn markdown_notes_render_as_written_with_their_images_stored() {
    let b = Anki::shared();
    let deck = "ankifiles_md";
    b.call("createDeck", json!({ "deck": deck }));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ankifiles_md_cat.png"), b"cat picture").unwrap();

    // note add --markdown, the image next to where it runs.
    let mut add = crate::common::cli(&b.url);
    add.current_dir(dir.path());
    crate::common::exits(
        &mut add,
        &format!(
            "note add -d {deck} -m Basic --markdown -f {} -f {}",
            q("Front=**ankifiles_md add** _it_"),
            q("Back=![a cat](ankifiles_md_cat.png) $a_1 * b_2$")
        ),
        None,
        0,
    );
    let stored = b.call(
        "retrieveMediaFile",
        json!({"filename": "ankifiles_md_cat.png"}),
    );
    assert_eq!(
        stored,
        json!("Y2F0IHBpY3R1cmU="),
        "the image is in Anki's media folder"
    );

    // note import with #markdown:true: a list, a table, code, math, HTML and a cloze. A different
    // file of the same name is already in Anki's media folder: this one gets a name of its own.
    b.call(
        "storeMediaFile",
        json!({"filename": "ankifiles_md_dog.png", "data": "b3RoZXI="}),
    );
    std::fs::write(dir.path().join("ankifiles_md_dog.png"), b"dog picture").unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(
        &file,
        "#separator:tab\n#markdown:true\n#notetype column:1\n\
         Basic\tankifiles_md list\t\"- one\n- **two**\n\n| a | b |\n|---|---|\n| 1 | 2 |\"\n\
         Basic\tankifiles_md code\t\"```\nx < y\n```\n$$\\frac{1}{2}$$ <i>kept</i> ![](ankifiles_md_dog.png)\"\n\
         Cloze\t{{c1::ankifiles_md **Paris**::city}}\t\n",
    )
    .unwrap();
    let r = summary(&import(b, &file, &format!("-d {deck}"), 0));
    assert_eq!(r["added"], 3, "{r}");
    assert_eq!(r["fileHeaders"]["headers"]["markdown"], "true", "{r}");
    let fields = fields_of(b, &format!("deck:{deck}"));
    let by_front = |front: &str| {
        fields
            .iter()
            .find(|f| f.get("Front").and_then(Value::as_str) == Some(front))
            .unwrap_or_else(|| panic!("no note {front}: {fields:?}"))
            .clone()
    };
    assert_eq!(
        by_front("<strong>ankifiles_md add</strong> <em>it</em>")["Back"],
        "<img src=\"ankifiles_md_cat.png\" alt=\"a cat\"> \\(a_1 * b_2\\)"
    );
    assert_eq!(
        by_front("ankifiles_md list")["Back"],
        "<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>\n<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody></table>"
    );
    let code = by_front("ankifiles_md code")["Back"]
        .as_str()
        .unwrap()
        .to_string();
    let dog = code
        .split("<img src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    assert_eq!(
        code,
        format!("<pre><code>x &lt; y\n</code></pre>\n<p>\\[\\frac{{1}}{{2}}\\] <i>kept</i> <img src=\"{dog}\"></p>")
    );
    assert_ne!(dog, "ankifiles_md_dog.png", "the other file keeps its name");
    assert_eq!(
        b.call("retrieveMediaFile", json!({ "filename": dog })),
        json!("ZG9nIHBpY3R1cmU=")
    );
    let cloze = fields.iter().find(|f| f.contains_key("Text")).unwrap();
    assert_eq!(
        cloze["Text"],
        "{{c1::ankifiles_md <strong>Paris</strong>::city}}"
    );
}
