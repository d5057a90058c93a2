//! `anki-cli model`: all 26 note type actions, with templates and CSS as files.

pub mod create;
pub mod css;
pub mod field;
pub mod find_replace;
pub mod manifest;
pub mod note_type;
pub mod plan;
pub mod pull;
pub mod push;
#[cfg(test)]
pub mod sample;
pub mod show;
pub mod template;
pub mod template_check;

use clap::Subcommand;

use crate::commands::context::Ctx;
use crate::error::Result;
use crate::output::Output;

/// Subcommands of `anki-cli model`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Examples:
  anki-cli model list
  anki-cli model show Basic
  anki-cli model create Vocab --field Word --field Meaning --template 'Recognize:{{Word}}:{{FrontSide}}<hr>{{Meaning}}'
  anki-cli model field add Vocab Example --index 1
  anki-cli model template set Vocab Recognize --front front.html
  anki-cli model css set Vocab style.css
  anki-cli model pull Vocab ./vocab && $EDITOR ./vocab/style.css && anki-cli model push ./vocab")]
pub enum ModelCommand {
    /// List note types with their IDs
    #[command(visible_alias = "ls")]
    List {
        /// Names only (the modelNames action)
        #[arg(long)]
        names: bool,
    },
    /// Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json
    #[command(
        after_help = "Examples:\n  anki-cli model show Basic\n  anki-cli model show --id 1483883011648 -o json"
    )]
    Show {
        /// Note type names
        #[arg(required_unless_present = "id", conflicts_with = "id")]
        names: Vec<String>,
        /// Look note types up by ID instead
        #[arg(long, value_name = "ID", num_args = 1..)]
        id: Vec<i64>,
    },
    /// Print the name of the note type with this ID
    Name {
        /// A note type ID
        id: i64,
    },
    /// Create a note type from flags or from a TOML/JSON spec file
    Create(create::CreateArgs),
    /// Fields: list, usage, add, remove, rename, move, font, font-size, describe
    #[command(subcommand)]
    Field(field::FieldCommand),
    /// Card templates: list, add, remove, rename, move, set
    #[command(subcommand)]
    Template(template::TemplateCommand),
    /// The note type's CSS: get or set
    #[command(subcommand)]
    Css(css::CssCommand),
    /// Find and replace text in templates and CSS of one or all note types
    #[command(
        after_help = "Examples:\n  anki-cli model find-replace 'font-size: 20px' 'font-size: 24px' --model Basic --no-front --no-back\n  anki-cli model find-replace '{{Front}}' '{{Word}}'"
    )]
    FindReplace {
        /// Text to find
        find: String,
        /// Replacement
        replace: String,
        /// Only this note type (default: all)
        #[arg(short, long)]
        model: Option<String>,
        /// Leave front templates alone
        #[arg(long)]
        no_front: bool,
        /// Leave back templates alone
        #[arg(long)]
        no_back: bool,
        /// Leave the CSS alone
        #[arg(long)]
        no_css: bool,
    },
    /// Write a note type to a folder (templates, CSS, manifest) to edit and keep in git
    Pull(pull::PullArgs),
    /// Apply what changed in a pulled folder (shows the plan first)
    Push(push::PushArgs),
}

/// Runs a `model` subcommand.
pub fn run(cmd: &ModelCommand, ctx: &Ctx) -> Result<Output> {
    match cmd {
        ModelCommand::List { names } => show::list(ctx, *names),
        ModelCommand::Show { names, id } => show::show(ctx, names, id),
        ModelCommand::Name { id } => show::name(ctx, *id),
        ModelCommand::Create(args) => create::run(args, ctx),
        ModelCommand::Field(cmd) => field::run(cmd, ctx),
        ModelCommand::Template(cmd) => template::run(cmd, ctx),
        ModelCommand::Css(cmd) => css::run(cmd, ctx),
        ModelCommand::FindReplace {
            find,
            replace,
            model,
            no_front,
            no_back,
            no_css,
        } => find_replace::run(
            ctx,
            find,
            replace,
            model.as_deref(),
            [!no_front, !no_back, !no_css],
        ),
        ModelCommand::Pull(args) => pull::pull(args, ctx),
        ModelCommand::Push(args) => push::push(args, ctx),
    }
}
