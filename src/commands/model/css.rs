//! `model css`: a note type's CSS, printed or written to a file, or replaced.

use std::path::PathBuf;

use clap::Subcommand;
use serde_json::Value;

use crate::api::model::{model_styling, update_model_styling};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::output::{Format, Output};

/// Subcommands of `anki-cli model css`.
#[derive(Debug, Clone, Subcommand)]
#[command(
    after_help = "Examples:\n  anki-cli model css get Basic > basic.css\n  anki-cli model css set Basic basic.css"
)]
pub enum CssCommand {
    /// Print a note type's CSS (or write it with --out)
    Get {
        /// Note type
        model: String,
        /// Write it to this file
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Overwrite an existing file
        #[arg(long)]
        force: bool,
    },
    /// Replace a note type's CSS with a file's content (or - for stdin)
    Set {
        /// Note type
        model: String,
        /// CSS file, or -
        file: String,
    },
}

/// Runs a `model css` subcommand.
pub fn run(cmd: &CssCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        CssCommand::Get { model, out, force } => {
            // The file is checked before Anki is asked anything.
            if let Some(path) = crate::files::out_path(out.as_deref()) {
                crate::files::check_overwrite(path, *force)?;
            }
            let (styling, result) = ctx.send_raw(model_styling(model))?;
            match crate::files::out_path(out.as_deref()) {
                Some(path) => {
                    crate::files::write_atomically(path, styling.css.as_bytes())?;
                    Output::Message {
                        text: format!("Wrote {}.", path.display()),
                        result: Value::Null,
                    }
                }
                None if ctx.settings.output.value == Format::Json => Output::Json(result),
                None => Output::Text(styling.css),
            }
        }
        CssCommand::Set { model, file } => {
            let css = ctx.read_source(file, "CSS")?;
            ctx.send(update_model_styling(model, &css))?;
            Output::Message {
                text: format!("Updated the CSS of '{model}'."),
                result: Value::Null,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};

    #[test]
    fn get_prints_the_css() {
        let anki = FakeAnki::new().reply_to(
            "modelStyling",
            json!({"modelName": "Basic"}),
            json!({"css": ".card {}"}),
        );
        let cmd = CssCommand::Get {
            model: "Basic".into(),
            out: None,
            force: false,
        };
        let out = run(&cmd, &anki.ctx()).unwrap();
        assert_eq!(rendered(&out, Format::Tsv), ".card {}\n");
    }
}
