//! Every tag command against the real add-on. On the shared Anki each test uses tags and first
//! fields that start with its name; collection-wide commands run on an Anki of the test's own.

use crate::anki::{Anki, Options};
use crate::common::{cmd, cmd_in};
use serde_json::{json, Value};

fn note(b: &Anki, front: &str, tags: &[&str]) -> i64 {
    let note = json!({"deckName": "Default", "modelName": "Basic", "fields": {"Front": front}, "tags": tags});
    b.call("addNote", json!({ "note": note })).as_i64().unwrap()
}

fn tags_of(b: &Anki, id: i64) -> Value {
    b.call("notesInfo", json!({ "notes": [id] }))[0]["tags"].clone()
}

fn all_tags(b: &Anki) -> Vec<String> {
    serde_json::from_value(b.call("getTags", json!({}))).unwrap()
}

#[test]
fn list_add_remove_and_of() {
    let b = Anki::shared();
    let x = note(b, "tag_list x", &["tag_list_one"]);
    let y = note(b, "tag_list y", &[]);
    cmd(
        &b.url,
        &format!("tag add 'tag_list_two tag_list_three' {x} {y}"),
        0,
    );
    assert_eq!(tags_of(b, y), json!(["tag_list_three", "tag_list_two"]));
    cmd_in(
        &b.url,
        "tag remove tag_list_two -",
        &format!("[{x}, {y}]"),
        0,
    );
    assert_eq!(tags_of(b, x), json!(["tag_list_one", "tag_list_three"]));
    assert_eq!(tags_of(b, y), json!(["tag_list_three"]));
    let listed: Vec<String> = serde_json::from_str(&cmd(&b.url, "tag list", 0).stdout).unwrap();
    assert!(
        listed.contains(&"tag_list_three".to_string())
            && listed.contains(&"tag_list_one".to_string()),
        "{listed:?}"
    );
    assert_eq!(
        cmd(&b.url, &format!("tag of {x} -o tsv"), 0).stdout,
        "tag_list_one\ntag_list_three\n"
    );
    cmd(&b.url, "tag of 424242", 1).err_has(&["Note was not found: 424242"]);
}

#[test]
fn set_and_replace_in_given_notes() {
    let b = Anki::shared();
    let x = note(b, "tag_set x", &["tag_set_old", "tag_set_keep"]);
    let y = note(b, "tag_set y", &["tag_set_old"]);
    cmd(
        &b.url,
        &format!("tag replace tag_set_old tag_set_new {x}"),
        0,
    );
    assert_eq!(tags_of(b, x), json!(["tag_set_keep", "tag_set_new"]));
    assert_eq!(
        tags_of(b, y),
        json!(["tag_set_old"]),
        "only the given notes"
    );
    cmd(
        &b.url,
        &format!("tag set {x} tag_set_a 'tag_set_b tag_set_c'"),
        0,
    );
    assert_eq!(
        tags_of(b, x),
        json!(["tag_set_a", "tag_set_b", "tag_set_c"])
    );
    cmd(&b.url, &format!("tag set {y}"), 0);
    assert_eq!(tags_of(b, y), json!([]), "no tags removes all");
}

#[test]
fn replace_in_all_notes_and_clear_unused() {
    // Both act on the whole collection: an Anki of this test's own.
    let b = Anki::start(Options::default());
    let x = note(&b, "x", &["old", "keep"]);
    let y = note(&b, "y", &["old"]);
    let z = note(&b, "z", &["other"]);
    cmd(&b.url, "tag replace old newer --all", 0);
    assert_eq!(tags_of(&b, x), json!(["keep", "newer"]));
    assert_eq!(tags_of(&b, y), json!(["newer"]));
    assert_eq!(tags_of(&b, z), json!(["other"]));
    assert!(
        all_tags(&b).contains(&"old".to_string()),
        "still registered"
    );

    cmd(&b.url, &format!("tag set {x} a"), 0);
    cmd(&b.url, "tag clear-unused", 0);
    assert_eq!(all_tags(&b), ["a", "newer", "other"]);
}
