//! `anki-cli tag`: list, add, remove, replace and clean up tags.

use clap::Subcommand;
use serde_json::Value;

use super::context::Ctx;
use crate::api::note::{
    add_tags, clear_unused_tags, get_note_tags, get_tags, remove_tags, replace_tags,
    replace_tags_in_all_notes, update_note_tags,
};
use crate::error::Result;
use crate::ids;
use crate::output::{Output, Table};
use crate::request::Call;

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
        #[arg(required = true, value_name = ids::NOTE_ID)]
        notes: Vec<String>,
    },
    /// Remove tags from notes
    #[command(visible_alias = "rm")]
    Remove {
        /// Tags, space-separated in one argument
        tags: String,
        /// Note IDs, or - to read them from stdin
        #[arg(required = true, value_name = ids::NOTE_ID)]
        notes: Vec<String>,
    },
    /// Rename a tag in given notes, or in all notes with --all
    Replace {
        /// The tag to replace
        old: String,
        /// Its replacement
        new: String,
        /// Note IDs, or - to read them from stdin
        #[arg(required_unless_present = "all", conflicts_with = "all", value_name = ids::NOTE_ID)]
        notes: Vec<String>,
        /// In every note of the collection
        #[arg(long)]
        all: bool,
    },
    /// Forget tags that no note uses any more
    ClearUnused,
}

/// A table of tags from getTags or getNoteTags (a list of strings).
fn tag_table(ctx: &Ctx, call: Call<Vec<String>>) -> Result<Output> {
    let (tags, result) = ctx.send_raw(call)?;
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
            ctx.send(update_note_tags(*note, &tags))?;
            done(format!("Note {note} now has tags: {}", tags.join(" ")))
        }
        TagCommand::Add { tags, notes } => {
            let ids = ctx.ids(notes)?;
            ctx.send(add_tags(&ids, tags))?;
            done(format!("Tagged {} note(s) with {tags}.", ids.len()))
        }
        TagCommand::Remove { tags, notes } => {
            let ids = ctx.ids(notes)?;
            ctx.send(remove_tags(&ids, tags))?;
            done(format!("Removed {tags} from {} note(s).", ids.len()))
        }
        TagCommand::Replace {
            old,
            new,
            notes,
            all,
        } => {
            if *all {
                ctx.send(replace_tags_in_all_notes(old, new))?;
                done(format!("Replaced tag {old} with {new} in all notes."))
            } else {
                let ids = ctx.ids(notes)?;
                ctx.send(replace_tags(&ids, old, new))?;
                done(format!(
                    "Replaced tag {old} with {new} in {} note(s).",
                    ids.len()
                ))
            }
        }
        TagCommand::ClearUnused => {
            ctx.send(clear_unused_tags())?;
            done("Cleared unused tags.".into())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    #[test]
    fn list_and_of_are_tables_of_tags() {
        let anki = FakeAnki::new()
            .reply("getTags", json!(["french", "verbs"]))
            .reply_to("getNoteTags", json!({"note": 7}), json!(["verbs"]));
        let out = run(&TagCommand::List, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), "french\nverbs\n");
        let out = run(&TagCommand::Of { note: 7 }, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), "verbs\n");
    }

    #[test]
    fn a_tag_list_of_another_shape_is_exit_3() {
        let anki = FakeAnki::new().reply("getTags", json!({"french": 1}));
        let err = run(&TagCommand::List, &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 3);
    }

    #[test]
    fn set_splits_the_tags_and_replace_all_needs_no_ids() {
        let anki = FakeAnki::new()
            .reply_to(
                "updateNoteTags",
                json!({"note": 7, "tags": ["a", "b", "c"]}),
                json!(null),
            )
            .reply_to(
                "replaceTagsInAllNotes",
                json!({"tag_to_replace": "verb", "replace_with_tag": "verbs"}),
                json!(null),
            );
        let cmd = TagCommand::Set {
            note: 7,
            tags: vec!["a b".into(), "c".into()],
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Note 7 now has tags: a b c")
        );
        let cmd = TagCommand::Replace {
            old: "verb".into(),
            new: "verbs".into(),
            notes: Vec::new(),
            all: true,
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Replaced tag verb with verbs in all notes.")
        );
    }

    #[test]
    fn add_and_remove_count_the_notes() {
        let anki = FakeAnki::new()
            .reply_to(
                "addTags",
                json!({"notes": [7, 8], "tags": "x y"}),
                json!(null),
            )
            .reply_to(
                "removeTags",
                json!({"notes": [7], "tags": "x"}),
                json!(null),
            );
        let cmd = TagCommand::Add {
            tags: "x y".into(),
            notes: vec!["7".into(), "8".into()],
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Tagged 2 note(s) with x y.")
        );
        let cmd = TagCommand::Remove {
            tags: "x".into(),
            notes: vec!["7".into()],
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Removed x from 1 note(s).")
        );
    }
}
