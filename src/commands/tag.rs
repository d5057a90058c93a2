//! `anki-cli tag`: list, add, remove, replace and clean up tags.

use clap::Subcommand;
use serde_json::{json, Value};

use super::Ctx;
use crate::error::Result;
use crate::output::{Output, Table};
use crate::request::Request;

/// Subcommands of `anki-cli tag`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli tag list
  anki-cli tag add 'french verbs' 1502098034045 1502098034046
  anki-cli note find 'deck:French' | anki-cli tag add french -
  anki-cli tag remove leech -
  anki-cli tag replace verb verbs --all
  anki-cli tag of 1502098034045")]
pub enum TagCommand {
    /// List every tag in the collection
    #[command(visible_alias = "ls")]
    List,
    /// Show a note's tags
    Of {
        /// The note's ID
        note: i64,
    },
    /// Replace a note's tags with the given ones
    Set {
        /// The note's ID
        note: i64,
        /// The new tags (none removes all)
        tags: Vec<String>,
    },
    /// Add tags to notes
    Add {
        /// Tags, space-separated in one argument
        tags: String,
        /// Note IDs, or - to read them from stdin
        #[arg(required = true)]
        notes: Vec<String>,
    },
    /// Remove tags from notes
    #[command(visible_alias = "rm")]
    Remove {
        /// Tags, space-separated in one argument
        tags: String,
        /// Note IDs, or - to read them from stdin
        #[arg(required = true)]
        notes: Vec<String>,
    },
    /// Rename a tag in given notes, or in all notes with --all
    Replace {
        /// The tag to replace
        old: String,
        /// Its replacement
        new: String,
        /// Note IDs, or - to read them from stdin
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        notes: Vec<String>,
        /// In every note of the collection
        #[arg(long)]
        all: bool,
    },
    /// Forget tags that no note uses any more
    ClearUnused,
}

/// `getTags`
pub fn get_tags() -> Request {
    Request::bare("getTags")
}

/// `getNoteTags`
pub fn get_note_tags(note: i64) -> Request {
    Request::new("getNoteTags", json!({ "note": note }))
}

/// `updateNoteTags`
pub fn update_note_tags(note: i64, tags: &[String]) -> Request {
    Request::new("updateNoteTags", json!({ "note": note, "tags": tags }))
}

/// `addTags` (tags space-separated, as AnkiConnect takes them)
pub fn add_tags(notes: &[i64], tags: &str) -> Request {
    Request::new("addTags", json!({ "notes": notes, "tags": tags }))
}

/// `removeTags`
pub fn remove_tags(notes: &[i64], tags: &str) -> Request {
    Request::new("removeTags", json!({ "notes": notes, "tags": tags }))
}

/// `replaceTags`
pub fn replace_tags(notes: &[i64], old: &str, new: &str) -> Request {
    Request::new(
        "replaceTags",
        json!({ "notes": notes, "tag_to_replace": old, "replace_with_tag": new }),
    )
}

/// `replaceTagsInAllNotes`
pub fn replace_tags_in_all_notes(old: &str, new: &str) -> Request {
    Request::new(
        "replaceTagsInAllNotes",
        json!({ "tag_to_replace": old, "replace_with_tag": new }),
    )
}

/// `clearUnusedTags`
pub fn clear_unused_tags() -> Request {
    Request::bare("clearUnusedTags")
}

/// A table of tags from getTags or getNoteTags (a list of strings).
fn tag_table(ctx: &Ctx, request: Request) -> Result<Output> {
    let (tags, result): (Vec<String>, _) = ctx.call_as_raw(request)?;
    let mut table = Table::new(&["Tag"], result);
    for tag in tags {
        table.push(vec![tag]);
    }
    Ok(Output::Table(table))
}

fn done(text: String) -> Output {
    Output::Message {
        text,
        result: Value::Null,
    }
}

/// Runs a `tag` subcommand.
pub fn run(cmd: &TagCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        TagCommand::List => tag_table(ctx, get_tags())?,
        TagCommand::Of { note } => tag_table(ctx, get_note_tags(*note))?,
        TagCommand::Set { note, tags } => {
            let tags = super::note::spec::split_tags(tags);
            ctx.call_as::<()>(update_note_tags(*note, &tags))?;
            done(format!("Note {note} now has tags: {}", tags.join(" ")))
        }
        TagCommand::Add { tags, notes } => {
            let ids = ctx.ids(notes)?;
            ctx.call_as::<()>(add_tags(&ids, tags))?;
            done(format!("Tagged {} note(s) with {tags}.", ids.len()))
        }
        TagCommand::Remove { tags, notes } => {
            let ids = ctx.ids(notes)?;
            ctx.call_as::<()>(remove_tags(&ids, tags))?;
            done(format!("Removed {tags} from {} note(s).", ids.len()))
        }
        TagCommand::Replace {
            old,
            new,
            notes,
            all,
        } => {
            if *all {
                ctx.call_as::<()>(replace_tags_in_all_notes(old, new))?;
                done(format!("Replaced tag {old} with {new} in all notes."))
            } else {
                let ids = ctx.ids(notes)?;
                ctx.call_as::<()>(replace_tags(&ids, old, new))?;
                done(format!(
                    "Replaced tag {old} with {new} in {} note(s).",
                    ids.len()
                ))
            }
        }
        TagCommand::ClearUnused => {
            ctx.call_as::<()>(clear_unused_tags())?;
            done("Cleared unused tags.".into())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_match_the_reference_samples() {
        let cases = [
            (get_tags(), json!({"action": "getTags", "version": 6})),
            (
                get_note_tags(1483959289817),
                json!({"action": "getNoteTags", "version": 6, "params": {"note": 1483959289817_i64}}),
            ),
            (
                update_note_tags(1483959289817, &["european-languages".into()]),
                json!({"action": "updateNoteTags", "version": 6, "params": {"note": 1483959289817_i64, "tags": ["european-languages"]}}),
            ),
            (
                add_tags(&[1483959289817, 1483959291695], "european-languages"),
                json!({"action": "addTags", "version": 6, "params": {"notes": [1483959289817_i64, 1483959291695_i64], "tags": "european-languages"}}),
            ),
            (
                remove_tags(&[1483959289817, 1483959291695], "european-languages"),
                json!({"action": "removeTags", "version": 6, "params": {"notes": [1483959289817_i64, 1483959291695_i64], "tags": "european-languages"}}),
            ),
            (
                replace_tags(
                    &[1483959289817, 1483959291695],
                    "european-languages",
                    "french-languages",
                ),
                json!({"action": "replaceTags", "version": 6, "params": {"notes": [1483959289817_i64, 1483959291695_i64], "tag_to_replace": "european-languages", "replace_with_tag": "french-languages"}}),
            ),
            (
                replace_tags_in_all_notes("european-languages", "french-languages"),
                json!({"action": "replaceTagsInAllNotes", "version": 6, "params": {"tag_to_replace": "european-languages", "replace_with_tag": "french-languages"}}),
            ),
            (
                clear_unused_tags(),
                json!({"action": "clearUnusedTags", "version": 6}),
            ),
        ];
        for (req, expected) in cases {
            assert_eq!(req.to_json(), expected, "{}", req.action);
        }
    }
}
