//! The one dispatcher: a parsed command to the command module that runs it (the REPL uses it too).

use crate::cli::Command;
use crate::commands::context::{Ctx, Outcome};
use crate::commands::{
    api, card, collection, deck, gui, media, misc, model, multi, note, review, settings, stats, tag,
};
use crate::error::{CliError, Result};
use crate::output::Output;

/// Runs one parsed command.
pub fn run(command: &Command, ctx: &Ctx) -> Result<Outcome> {
    match command {
        Command::Deck(cmd) => deck::run(cmd, ctx).map(Outcome::from),
        Command::Note(cmd) => note::run(cmd, ctx),
        Command::Tag(cmd) => tag::run(cmd, ctx).map(Outcome::from),
        Command::Card(cmd) => card::run(cmd, ctx),
        Command::Stats(cmd) => stats::run(cmd, ctx),
        Command::Media(cmd) => media::run(cmd, ctx).map(Outcome::from),
        Command::Model(cmd) => model::run(cmd, ctx).map(Outcome::from),
        Command::Gui(cmd) => gui::run(cmd, ctx).map(Outcome::from),
        Command::Review(args) => review::run(ctx, args).map(Outcome::from),
        Command::Profile(cmd) => collection::run_profile(cmd, ctx).map(Outcome::from),
        Command::Package(cmd) => collection::run_package(cmd, ctx).map(Outcome::from),
        Command::Sync => collection::sync(ctx).map(Outcome::from),
        Command::Reload => collection::reload(ctx).map(Outcome::from),
        Command::Multi { file } => multi::run(file, ctx),
        Command::Status => misc::status(ctx),
        Command::Version => misc::version(ctx).map(Outcome::from),
        Command::Api(args) => api::run(args, ctx).map(Outcome::from),
        Command::Actions => Ok(misc::actions().into()),
        Command::Config(cmd) => settings::run(cmd, ctx).map(Outcome::from),
        Command::Repl => Err(CliError::Usage("already in the REPL".into())),
        Command::Mcp(_) => Err(CliError::Usage(
            "`mcp` serves on stdio: run it as `anki-cli mcp` on its own".into(),
        )),
        Command::Completions { shell } => {
            Ok(Output::Text(crate::generate::completion(*shell)).into())
        }
    }
}
