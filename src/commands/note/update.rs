//! `note update` (fields, media and tags, through the fewest update actions) and
//! `note update-model` (a note's type changed, after a question).

use std::path::Path;

use clap::Args;
use serde_json::Value;

use super::fetch::fetch_note;
use super::spec::{build_fields, field_names, media, split_tags, FieldArgs};
use crate::api::note::{
    add_tags, remove_tags, update_note, update_note_fields, update_note_model, update_note_tags,
};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// Arguments of `note update`.
#[derive(Debug, Clone, Args)]
pub struct UpdateArgs {
    /// The note's ID
    pub id: i64,
    /// Fields and media.
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Replace all tags with these (space-separated; '' removes all)
    #[arg(long, value_name = "TAGS", conflicts_with_all = ["add_tag", "remove_tag"])]
    pub tags: Option<String>,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub add_tag: Vec<String>,
    /// Remove a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub remove_tag: Vec<String>,
}

/// Runs `note update`: updateNote when fields and all tags change, updateNoteFields or
/// updateNoteTags when only one of them does, then addTags / removeTags.
pub fn update(ctx: &Ctx, args: &UpdateArgs) -> Result<Output> {
    let has_fields = !args.fields.is_empty();
    if !has_fields && args.tags.is_none() && args.add_tag.is_empty() && args.remove_tag.is_empty() {
        return Err(CliError::Usage(
            "nothing to change: give --field, a media flag, --tags, --add-tag or --remove-tag"
                .into(),
        ));
    }
    let tags = args
        .tags
        .as_ref()
        .map(|t| split_tags(std::slice::from_ref(t)));
    let mut calls = Vec::new();
    if has_fields {
        // updateNoteFields matches names exactly and ignores unknown ones: check and spell them first.
        let known = fetch_note(ctx, args.id)?.field_names();
        let model = format!("of note {}", args.id);
        let mut fields = build_fields(ctx, &[], &args.fields.fields, Some(&known), &model)?;
        if args.fields.markdown {
            super::markdown::convert_fields(ctx, &mut fields, Path::new("."), true)?;
        }
        let media = media(&args.fields)?;
        calls.push(match &tags {
            Some(tags) => update_note(args.id, fields, media, tags),
            None => update_note_fields(args.id, fields, media),
        });
    } else if let Some(tags) = &tags {
        calls.push(update_note_tags(args.id, tags));
    }
    if !args.add_tag.is_empty() {
        calls.push(add_tags(&[args.id], &split_tags(&args.add_tag).join(" ")));
    }
    if !args.remove_tag.is_empty() {
        calls.push(remove_tags(
            &[args.id],
            &split_tags(&args.remove_tag).join(" "),
        ));
    }
    ctx.send_all(calls)?;
    Ok(Output::Message {
        text: format!("Updated note {}.", args.id),
        result: Value::Null,
    })
}

/// Runs `note update-model`: the note becomes a `model` note with these field values
/// (`NAME=VALUE`) and tags, after saying what is lost.
pub fn update_model(
    ctx: &Ctx,
    id: i64,
    model: &str,
    pairs: &[String],
    tags: &[String],
    yes: bool,
) -> Result<Output> {
    ctx.destructive("note update-model", yes)?;
    let tags = split_tags(tags);
    let known = field_names(ctx, model)?;
    let fields = build_fields(ctx, &[], pairs, Some(&known), model)?;
    let note = fetch_note(ctx, id)?;
    let kept_tags = if tags.is_empty() {
        "its tags are removed".to_string()
    } else {
        format!("its tags become: {}", tags.join(" "))
    };
    ctx.confirm(
        &format!(
            "Change note {id} from '{}' to '{model}'? Its fields ({}) are replaced by the values given and {kept_tags}; the old values cannot be got back.",
            note.model_name,
            note.field_names().join(", ")
        ),
        yes,
    )?;
    ctx.send(update_note_model(id, model, fields, &tags))?;
    Ok(Output::Message {
        text: format!("Note {id} is now a '{model}' note."),
        result: Value::Null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::FakeAnki;
    use serde_json::json;

    fn note_7() -> Value {
        json!([{"noteId": 7, "modelName": "Basic", "tags": ["old"], "cards": [70],
                "fields": {"Front": {"value": "f", "order": 0}, "Back": {"value": "b", "order": 1}}}])
    }

    fn args(fields: &[&str], tags: Option<&str>) -> UpdateArgs {
        UpdateArgs {
            id: 7,
            fields: FieldArgs {
                fields: fields.iter().map(|f| f.to_string()).collect(),
                ..Default::default()
            },
            tags: tags.map(String::from),
            add_tag: Vec::new(),
            remove_tag: Vec::new(),
        }
    }

    #[test]
    fn fields_alone_use_update_note_fields_with_the_names_spelled_right() {
        let anki = FakeAnki::new()
            .reply("notesInfo", note_7())
            .reply("updateNoteFields", json!(null));
        let out = update(&anki.ctx(), &args(&["back=new"], None)).unwrap();
        assert!(matches!(out, Output::Message { ref text, .. } if text == "Updated note 7."));
        assert_eq!(
            anki.params_of("updateNoteFields"),
            [json!({"note": {"id": 7, "fields": {"Back": "new"}}})]
        );
    }

    #[test]
    fn markdown_values_are_sent_as_html() {
        let anki = FakeAnki::new()
            .reply("notesInfo", note_7())
            .reply("updateNoteFields", json!(null));
        let mut markdown = args(&["Back=**new** `x`"], None);
        markdown.fields.markdown = true;
        update(&anki.ctx(), &markdown).unwrap();
        assert_eq!(
            anki.params_of("updateNoteFields"),
            [json!({"note": {"id": 7, "fields": {"Back": "<strong>new</strong> <code>x</code>"}}})]
        );
    }

    #[test]
    fn fields_and_tags_use_update_note_and_tags_alone_update_note_tags() {
        let anki = FakeAnki::new()
            .reply("notesInfo", note_7())
            .reply("updateNote", json!(null));
        update(&anki.ctx(), &args(&["Front=x"], Some("a b"))).unwrap();
        assert_eq!(
            anki.params_of("updateNote"),
            [json!({"note": {"id": 7, "fields": {"Front": "x"}, "tags": ["a", "b"]}})]
        );
        let anki = FakeAnki::new().reply_to(
            "updateNoteTags",
            json!({"note": 7, "tags": []}),
            json!(null),
        );
        update(&anki.ctx(), &args(&[], Some(""))).unwrap();
        assert_eq!(anki.sent(), ["updateNoteTags"], "no look-up for tags alone");
    }

    #[test]
    fn added_and_removed_tags_are_their_own_actions() {
        let anki = FakeAnki::new()
            .reply_to("addTags", json!({"notes": [7], "tags": "x y"}), json!(null))
            .reply_to(
                "removeTags",
                json!({"notes": [7], "tags": "old"}),
                json!(null),
            );
        let mut args = args(&[], None);
        args.add_tag = vec!["x y".into()];
        args.remove_tag = vec!["old".into()];
        update(&anki.ctx(), &args).unwrap();
    }

    #[test]
    fn an_unknown_field_or_nothing_to_change_sends_no_update() {
        let anki = FakeAnki::new().reply("notesInfo", note_7());
        let err = update(&anki.ctx(), &args(&["Side=x"], None)).unwrap_err();
        assert!(err.to_string().contains("no field 'Side'"), "{err}");
        assert_eq!(anki.sent(), ["notesInfo"]);
        let err = update(&anki.ctx(), &args(&[], None)).unwrap_err();
        assert_eq!(err.status().code(), 2);
    }

    #[test]
    fn update_model_checks_the_new_fields_then_changes_the_note() {
        let anki = FakeAnki::new()
            .reply_to(
                "modelFieldNames",
                json!({"modelName": "Cloze"}),
                json!(["Text", "Back Extra"]),
            )
            .reply("notesInfo", note_7())
            .reply("updateNoteModel", json!(null));
        let out = update_model(&anki.ctx(), 7, "Cloze", &["text=x".into()], &[], true).unwrap();
        assert!(
            matches!(out, Output::Message { ref text, .. } if text == "Note 7 is now a 'Cloze' note.")
        );
        assert_eq!(
            anki.params_of("updateNoteModel"),
            [json!({"note": {"id": 7, "modelName": "Cloze", "fields": {"Text": "x"}, "tags": []}})]
        );
    }
}
