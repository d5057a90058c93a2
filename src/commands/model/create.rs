//! `model create`: a note type from flags or from a TOML/JSON spec file.

use std::path::PathBuf;

use clap::Args;

use crate::api::model::{create_model, ModelSpec, TemplateSpec};
use crate::commands::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::Output;

/// Arguments of `model create`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "\
A template is NAME:FRONT:BACK; colons inside {{…}} do not split, and FRONT or BACK may be
@FILE to read a file. A spec file (TOML or JSON) describes the whole note type:

  name = \"Vocab\"
  fields = [\"Word\", \"Meaning\"]
  css = \".card { font-size: 24px; }\"
  cloze = false
  [[templates]]
  name = \"Recognize\"
  front = \"{{Word}}\"
  back = \"{{FrontSide}}<hr id=answer>{{Meaning}}\"

Examples:
  anki-cli model create Vocab -f Word -f Meaning -t 'Recognize:{{Word}}:{{FrontSide}}<hr>{{Meaning}}'
  anki-cli model create MyCloze -f Text -f Extra --cloze -t 'Cloze:{{cloze:Text}}:{{cloze:Text}}<br>{{Extra}}'
  anki-cli model create Fancy -f Q -f A -t 'Card 1:@front.html:@back.html' --css style.css
  anki-cli model create --from vocab.toml")]
pub struct CreateArgs {
    /// Name of the new note type
    #[arg(required_unless_present = "from", conflicts_with = "from")]
    pub name: Option<String>,
    /// A field, in order (repeatable)
    #[arg(short = 'f', long = "field", value_name = "FIELD")]
    pub fields: Vec<String>,
    /// A card template as NAME:FRONT:BACK (repeatable)
    #[arg(short = 't', long = "template", value_name = "NAME:FRONT:BACK")]
    pub templates: Vec<String>,
    /// CSS file for the cards
    #[arg(long, value_name = "FILE")]
    pub css: Option<String>,
    /// Make it a cloze note type
    #[arg(long)]
    pub cloze: bool,
    /// Read the whole note type from a TOML or JSON spec file
    #[arg(long, value_name = "FILE", conflicts_with_all = ["fields", "templates", "css", "cloze"])]
    pub from: Option<PathBuf>,
}

/// Splits `NAME:FRONT:BACK`, ignoring colons inside `{{…}}`.
pub fn split_template(spec: &str) -> Result<(String, String, String)> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    let mut chars = spec.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                depth += 1;
                current.push_str("{{");
            }
            '}' if chars.peek() == Some(&'}') && depth > 0 => {
                chars.next();
                depth -= 1;
                current.push_str("}}");
            }
            ':' if depth == 0 && parts.len() < 2 => parts.push(std::mem::take(&mut current)),
            _ => current.push(ch),
        }
    }
    parts.push(current);
    match <[String; 3]>::try_from(parts) {
        Ok([name, front, back])
            if !name.trim().is_empty() && !front.is_empty() && !back.is_empty() =>
        {
            Ok((name, front, back))
        }
        _ => Err(CliError::Usage(format!(
            "expected --template NAME:FRONT:BACK, got '{spec}'"
        ))),
    }
}

/// Parses a spec file as JSON (by extension or content) or TOML.
pub fn parse_spec(path: &str, text: &str) -> Result<ModelSpec> {
    let spec: ModelSpec = if path.ends_with(".json") || text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| CliError::Usage(format!("{path}: {e}")))?
    } else {
        crate::config::parse_toml(path, text)?
    };
    if spec.fields.is_empty() || spec.templates.is_empty() {
        return Err(CliError::Usage(format!(
            "{path}: a note type needs at least one field and one template"
        )));
    }
    Ok(spec)
}

fn side(ctx: &Ctx, text: &str) -> Result<String> {
    match text.strip_prefix('@') {
        Some(path) => ctx.read_source(path, "template"),
        None => Ok(text.to_string()),
    }
}

/// Runs `model create`.
pub fn run(args: &CreateArgs, ctx: &Ctx) -> Result<Output> {
    let spec = match &args.from {
        Some(path) => {
            let shown = path.display().to_string();
            let text = std::fs::read_to_string(path)
                .map_err(|e| CliError::Usage(format!("cannot read {shown}: {e}")))?;
            parse_spec(&shown, &text)?
        }
        None => {
            if args.fields.is_empty() || args.templates.is_empty() {
                return Err(CliError::Usage(
                    "give at least one --field and one --template (or --from FILE)".into(),
                ));
            }
            let mut templates = Vec::new();
            for t in &args.templates {
                let (name, front, back) = split_template(t)?;
                templates.push(TemplateSpec {
                    name,
                    front: side(ctx, &front)?,
                    back: side(ctx, &back)?,
                });
            }
            let css = args
                .css
                .as_deref()
                .map(|f| ctx.read_source(f, "CSS"))
                .transpose()?;
            ModelSpec {
                name: args.name.clone().unwrap_or_default(),
                fields: args.fields.clone(),
                templates,
                css,
                cloze: args.cloze,
            }
        }
    };
    let (created, model) = ctx.send_raw(create_model(&spec))?;
    Ok(Output::Message {
        text: format!("Created note type '{}' (ID {}).", spec.name, created.id),
        result: model,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_outside_braces() {
        assert_eq!(
            split_template("Cloze:{{cloze:Text}}:{{cloze:Text}}<br>{{Extra}}").unwrap(),
            (
                "Cloze".into(),
                "{{cloze:Text}}".into(),
                "{{cloze:Text}}<br>{{Extra}}".into()
            )
        );
        assert_eq!(split_template("A:x:y:z").unwrap().2, "y:z");
        assert!(split_template("A:x").is_err());
        assert!(split_template(":x:y").is_err());
    }

    #[test]
    fn spec_files_in_toml_and_json() {
        let toml = "name = \"V\"\nfields = [\"A\"]\n[[templates]]\nname = \"C\"\nfront = \"{{A}}\"\nback = \"{{A}}\"\n";
        let spec = parse_spec("v.toml", toml).unwrap();
        assert_eq!(spec.templates[0].name, "C");
        let json = r#"{"name": "V", "fields": ["A"], "templates": [{"name": "C", "front": "x", "back": "y"}], "cloze": true}"#;
        assert!(parse_spec("v.json", json).unwrap().cloze);
        let err = parse_spec("v.toml", "name = \"V\"\nfield = []\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2"), "{err}");
    }
}
