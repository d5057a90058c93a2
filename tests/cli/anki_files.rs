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

    let again = summary(&import(b, &file, "", 0));
    assert_eq!(
        (&again["added"], &again["updated"], &again["failed"]),
        (&json!(0), &json!(0), &json!(0)),
        "{again}"
    );
    assert_eq!(notes_in(b, &query), without_guids(&made));
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
    assert!(text.starts_with("#separator:tab\n#html:true\n"), "{text}");
    let read = anki_library(&["import", out.to_str().unwrap()]);
    assert_eq!(read["log"]["new"], 2, "{read}");
    assert_eq!(
        without_guids(&read["notes"]),
        notes_in(b, &format!("deck:{deck}"))
    );
}
