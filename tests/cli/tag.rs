//! Every tag command against the real backend.

use crate::anki::Anki;
use crate::common::{cli, expect, run};
use serde_json::{json, Value};

fn note(b: &Anki, front: &str, tags: &[&str]) -> i64 {
    let note = json!({"deckName": "Default", "modelName": "Basic", "fields": {"Front": front}, "tags": tags});
    b.call("addNote", json!({ "note": note })).as_i64().unwrap()
}

fn tags_of(b: &Anki, id: i64) -> Value {
    b.call("getNoteTags", json!({ "note": id }))
}

#[test]
fn list_add_remove_and_of() {
    let b = Anki::shared();
    let x = note(&b, "x", &["one"]);
    let y = note(&b, "y", &[]);
    expect(
        &b.url,
        &["tag", "add", "two three", &x.to_string(), &y.to_string()],
        0,
    );
    assert_eq!(tags_of(&b, y), json!(["three", "two"]));
    let r = run(
        &mut cli(&b.url),
        &["tag", "remove", "two", "-"],
        Some(&format!("[{x}, {y}]")),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(tags_of(&b, x), json!(["one", "three"]));
    let all: Value = serde_json::from_str(&expect(&b.url, &["tag", "list"], 0).stdout).unwrap();
    assert!(all.as_array().unwrap().contains(&json!("three")));
    assert_eq!(
        expect(&b.url, &["tag", "of", &x.to_string(), "-o", "tsv"], 0).stdout,
        "one\nthree\n"
    );
    expect(&b.url, &["tag", "of", "424242"], 1);
}

#[test]
fn set_replace_and_clear_unused() {
    let b = Anki::shared();
    let x = note(&b, "x", &["old", "keep"]);
    let y = note(&b, "y", &["old"]);
    expect(&b.url, &["tag", "replace", "old", "new", &x.to_string()], 0);
    assert_eq!(tags_of(&b, x), json!(["keep", "new"]));
    assert_eq!(tags_of(&b, y), json!(["old"]));
    expect(&b.url, &["tag", "replace", "old", "newer", "--all"], 0);
    assert_eq!(tags_of(&b, y), json!(["newer"]));
    expect(&b.url, &["tag", "set", &x.to_string(), "a", "b c"], 0);
    assert_eq!(tags_of(&b, x), json!(["a", "b", "c"]));
    expect(&b.url, &["tag", "clear-unused"], 0);
    let all = b.call("getTags", json!({}));
    assert!(
        !all.as_array().unwrap().contains(&json!("old"))
            && !all.as_array().unwrap().contains(&json!("keep")),
        "{all}"
    );
}
