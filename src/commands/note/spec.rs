//! The flags that describe a note (deck, type, fields, tags, duplicate options, media),
//! shared by `note add`, `note can-add` and `note update`, and turned into AnkiConnect's note object.

use std::path::Path;

use clap::{Args, ValueEnum};

use crate::api::model::{model_field_names, model_names};
use crate::api::note::{self, Fields, Media, NewNote, NoteOptions, ScopeOptions};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::media_spec;

/// Field values and media for a note.
#[derive(Debug, Clone, Args, Default)]
pub struct FieldArgs {
    /// A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @
    #[arg(short = 'f', long = "field", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,

    /// Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)
    #[arg(long, value_name = "SPEC")]
    pub audio: Vec<String>,

    /// Attach video (same syntax as --audio)
    #[arg(long, value_name = "SPEC")]
    pub video: Vec<String>,

    /// Attach a picture (same syntax as --audio)
    #[arg(long, value_name = "SPEC")]
    pub picture: Vec<String>,

    /// Field values are Markdown: converted to HTML (an image that is a local file is stored as media)
    #[arg(long)]
    pub markdown: bool,
}

impl FieldArgs {
    /// Whether no field value and no media was given.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
            && self.audio.is_empty()
            && self.video.is_empty()
            && self.picture.is_empty()
    }
}

/// Where duplicates are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DuplicateScope {
    /// Only in the target deck (or --duplicate-deck)
    Deck,
    /// Anywhere in the collection (AnkiConnect's default)
    Collection,
}

/// Duplicate-check options of addNote.
#[derive(Debug, Clone, Args, Default)]
pub struct DuplicateArgs {
    /// Add the note even if its first field duplicates another note's
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Where to look for duplicates
    #[arg(long, value_enum, value_name = "SCOPE")]
    pub duplicate_scope: Option<DuplicateScope>,
    /// With --duplicate-scope deck: look in this deck instead of the target deck
    #[arg(long, value_name = "DECK")]
    pub duplicate_deck: Option<String>,
    /// With --duplicate-scope deck: also look in the deck's subdecks
    #[arg(long)]
    pub check_children: bool,
    /// Look for duplicates in every note type, not just this one
    #[arg(long)]
    pub check_all_models: bool,
}

impl DuplicateArgs {
    /// The addNote `options` the flags ask for (empty when none was given).
    pub fn options(&self) -> NoteOptions {
        NoteOptions {
            allow_duplicate: self.allow_duplicate.then_some(true),
            duplicate_scope: self.duplicate_scope.map(|scope| match scope {
                DuplicateScope::Deck => note::DuplicateScope::Deck,
                DuplicateScope::Collection => note::DuplicateScope::Collection,
            }),
            duplicate_scope_options: ScopeOptions {
                deck_name: self.duplicate_deck.clone(),
                check_children: self.check_children.then_some(true),
                check_all_models: self.check_all_models.then_some(true),
            },
        }
    }
}

/// Everything that describes a new note.
#[derive(Debug, Clone, Args, Default)]
pub struct NoteSpecArgs {
    /// Deck to add to (default: `deck` in the config file)
    #[arg(short = 'd', long, value_name = "DECK")]
    pub deck: Option<String>,

    /// Note type (default: `model` in the config file)
    #[arg(short = 'm', long, value_name = "NOTE_TYPE")]
    pub model: Option<String>,

    /// Field values in the note type's field order (same @FILE / - rules as --field)
    #[arg(value_name = "VALUE")]
    pub values: Vec<String>,

    /// Fields and media.
    #[command(flatten)]
    pub fields: FieldArgs,

    /// A tag (repeatable; spaces separate several)
    #[arg(short = 't', long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// Duplicate options.
    #[command(flatten)]
    pub duplicates: DuplicateArgs,
}

/// Splits repeatable tag flags, where one flag may hold several space-separated tags.
pub fn split_tags(tags: &[String]) -> Vec<String> {
    tags.iter()
        .flat_map(|t| t.split_whitespace())
        .map(String::from)
        .collect()
}

/// Resolves a field value: `@FILE` reads a file, `-` reads stdin, `@@x` is the literal `@x`.
pub fn resolve_value(ctx: &Ctx, raw: &str, stdin_used: &mut bool) -> Result<String> {
    if raw == "-" {
        if *stdin_used {
            return Err(CliError::Usage(
                "only one value can be read from stdin (-)".into(),
            ));
        }
        *stdin_used = true;
        let text = ctx.read_stdin()?;
        return Ok(text
            .strip_suffix('\n')
            .map(|t| t.strip_suffix('\r').unwrap_or(t))
            .unwrap_or(&text)
            .to_string());
    }
    if let Some(literal) = raw.strip_prefix("@@") {
        return Ok(format!("@{literal}"));
    }
    if let Some(path) = raw.strip_prefix('@') {
        let file =
            std::fs::File::open(path).map_err(|e| CliError::unreadable("field value", path, &e))?;
        return crate::limits::read_text_or(file, &format!("field value {path}"), |e| {
            CliError::unreadable("field value", path, e)
        });
    }
    Ok(raw.to_string())
}

/// Splits `NAME=VALUE` (the value unresolved).
pub fn split_field(pair: &str) -> Result<(&str, &str)> {
    pair.split_once('=')
        .filter(|(name, _)| !name.trim().is_empty())
        .map(|(n, v)| (n.trim(), v))
        .ok_or_else(|| CliError::Usage(format!("expected --field NAME=VALUE, got '{pair}'")))
}

/// Finds `name` among `known` field names, case-insensitively as AnkiConnect does.
pub fn canonical_field<'k>(name: &str, known: &'k [String], model: &str) -> Result<&'k str> {
    known
        .iter()
        .find(|k| k.to_lowercase() == name.to_lowercase())
        .map(String::as_str)
        .ok_or_else(|| {
            CliError::Usage(format!(
                "note type '{model}' has no field '{name}' (its fields: {})",
                known.join(", ")
            ))
        })
}

/// Builds the fields object from positionals and `--field` pairs.
///
/// With `known` field names, names are checked and spelled as the note type spells them.
pub fn build_fields(
    ctx: &Ctx,
    values: &[String],
    pairs: &[String],
    known: Option<&[String]>,
    model: &str,
) -> Result<Fields> {
    let mut stdin_used = false;
    let mut fields = Fields::new();
    if !values.is_empty() {
        let known = known.expect("field names are fetched when values are positional");
        if values.len() > known.len() {
            return Err(CliError::Usage(format!(
                "{} values given but note type '{model}' has {} fields ({})",
                values.len(),
                known.len(),
                known.join(", ")
            )));
        }
        for (name, raw) in known.iter().zip(values) {
            fields.insert(name.clone(), resolve_value(ctx, raw, &mut stdin_used)?);
        }
    }
    for pair in pairs {
        let (name, raw) = split_field(pair)?;
        let name = match known {
            Some(known) => canonical_field(name, known, model)?.to_string(),
            None => name.to_string(),
        };
        if fields.contains_key(&name) {
            return Err(CliError::Usage(format!("field '{name}' is given twice")));
        }
        fields.insert(name, resolve_value(ctx, raw, &mut stdin_used)?);
    }
    Ok(fields)
}

/// The media flags' objects, by kind.
pub fn media(args: &FieldArgs) -> Result<Media> {
    let parse = |flag: &str, specs: &[String]| {
        specs
            .iter()
            .map(|spec| media_spec::parse(flag, spec))
            .collect::<Result<Vec<_>>>()
    };
    Ok(Media {
        audio: parse("--audio", &args.audio)?,
        video: parse("--video", &args.video)?,
        picture: parse("--picture", &args.picture)?,
    })
}

/// A new note needs a deck and a note type: from the flags, else the config file.
fn need_deck_and_model(ctx: &Ctx, args: &NoteSpecArgs) -> Result<()> {
    let settings = &ctx.settings;
    let missing = if settings.deck_or(args.deck.as_deref()).is_none() {
        "no deck given: pass --deck DECK or set `deck` in the config file"
    } else if settings.model_or(args.model.as_deref()).is_none() {
        "no note type given: pass --model NOTE_TYPE or set `model` in the config file"
    } else {
        return Ok(());
    };
    Err(CliError::Usage(missing.into()))
}

/// Fetches a note type's field names (an error names the missing type).
pub fn field_names(ctx: &Ctx, model: &str) -> Result<Vec<String>> {
    match ctx.send(model_field_names(model)) {
        Err(CliError::Action { message, .. }) if message.starts_with("model was not found") => {
            Err(unknown_note_type(ctx, model))
        }
        other => other,
    }
}

/// "There is no note type MODEL", with the nearest name there is when it looks like a typo.
pub fn unknown_note_type(ctx: &Ctx, model: &str) -> CliError {
    let names = ctx.send(model_names()).unwrap_or_default();
    let hint = match crate::suggest::nearest(model, names.iter().map(String::as_str)) {
        Some(near) => format!("; did you mean '{near}'?"),
        None => " (`anki-cli model list` lists them)".into(),
    };
    CliError::Refused(format!("there is no note type '{model}'{hint}"))
}

/// Builds AnkiConnect's note object for canAddNote from the flags (nothing is stored).
pub fn build_note(ctx: &Ctx, args: &NoteSpecArgs) -> Result<NewNote> {
    build_note_storing(ctx, args, false)
}

/// Builds AnkiConnect's note object for addNote from the flags; with `--markdown` and
/// `store_media`, the local images the values show are stored in Anki's media folder.
pub fn build_note_storing(ctx: &Ctx, args: &NoteSpecArgs, store_media: bool) -> Result<NewNote> {
    need_deck_and_model(ctx, args)?;
    let mut note = build_partial_note(ctx, args)?;
    if args.fields.markdown {
        super::markdown::convert_fields(ctx, &mut note.fields, Path::new("."), store_media)?;
    }
    if note.fields.is_empty() {
        return Err(CliError::Usage(
            "no field values given: pass --field NAME=VALUE or values in field order".into(),
        ));
    }
    note.options = args.duplicates.options();
    Ok(note)
}

/// Builds a note object where every part is optional (for Anki's Add dialog), without
/// duplicate options.
///
/// Deck and note type come from the flags or the config file when set; field names
/// are checked when the note type is known.
pub fn build_partial_note(ctx: &Ctx, args: &NoteSpecArgs) -> Result<NewNote> {
    let model = ctx.settings.model_or(args.model.as_deref());
    if model.is_none() && !args.values.is_empty() {
        let needs = "values in field order need --model NOTE_TYPE";
        return Err(CliError::Usage(needs.into()));
    }
    let has_fields = !args.values.is_empty() || !args.fields.fields.is_empty();
    let known = match &model {
        Some(model) if has_fields => Some(field_names(ctx, model)?),
        _ => None,
    };
    let (values, pairs) = (&args.values, &args.fields.fields);
    let model_name = model.as_deref().unwrap_or("?");
    let fields = build_fields(ctx, values, pairs, known.as_deref(), model_name)?;
    Ok(NewNote {
        deck: ctx.settings.deck_or(args.deck.as_deref()),
        model,
        fields,
        tags: split_tags(&args.tags),
        options: NoteOptions::default(),
        media: media(&args.fields)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_options_only_when_given() {
        assert_eq!(DuplicateArgs::default().options(), NoteOptions::default());
        let args = DuplicateArgs {
            allow_duplicate: false,
            duplicate_scope: Some(DuplicateScope::Deck),
            duplicate_deck: Some("Default".into()),
            check_children: false,
            check_all_models: true,
        };
        assert_eq!(
            serde_json::to_value(args.options()).unwrap(),
            serde_json::json!({"duplicateScope": "deck", "duplicateScopeOptions": {"deckName": "Default", "checkAllModels": true}})
        );
    }

    #[test]
    fn tags_split_on_spaces() {
        assert_eq!(split_tags(&["a b".into(), "c".into()]), vec!["a", "b", "c"]);
    }

    #[test]
    fn field_pairs_and_names() {
        assert_eq!(split_field("Front=a=b").unwrap(), ("Front", "a=b"));
        assert!(split_field("=x").is_err());
        let known = vec!["Front".to_string(), "Back".to_string()];
        assert_eq!(canonical_field("front", &known, "Basic").unwrap(), "Front");
        let err = canonical_field("Side", &known, "Basic")
            .unwrap_err()
            .to_string();
        assert!(err.contains("Side") && err.contains("Front, Back"), "{err}");
    }
}
