//! Profiles, sync, packages and reloading: the collection-level misc actions.

use clap::Subcommand;
use serde_json::Value;

use super::context::Ctx;
use crate::api::misc::{
    export_package, get_active_profile, get_profiles, import_package, load_profile,
    reload_collection,
};
use crate::error::{CliError, Result};
use crate::output::{Output, Table};

/// Subcommands of `anki-cli profile`.
#[derive(Debug, Clone, Subcommand)]
#[command(
    after_help = "Examples:\n  anki-cli profile list\n  anki-cli profile load 'User 2'\n  anki-cli --profile 'User 2' deck list"
)]
pub enum ProfileCommand {
    /// List Anki's profiles
    #[command(visible_alias = "ls")]
    List,
    /// Print the active profile
    Current,
    /// Switch Anki to another profile
    Load {
        /// Profile name
        name: String,
    },
}

/// Subcommands of `anki-cli package`.
#[derive(Debug, Clone, Subcommand)]
#[command(after_help = "\
Paths are on the machine where Anki runs (the same one unless --url points elsewhere).
A relative path is taken from the current directory when Anki runs here; for a remote
Anki give an absolute path.

Examples:
  anki-cli package export French /home/me/french.apkg --with-scheduling
  anki-cli package import /home/me/shared-deck.apkg")]
pub enum PackageCommand {
    /// Export a deck to an .apkg file (the path is on the machine where Anki runs)
    Export {
        /// Deck name
        deck: String,
        /// Where Anki writes the package
        path: String,
        /// Include review history and scheduling
        #[arg(long)]
        with_scheduling: bool,
    },
    /// Import an .apkg file (the path is on the machine where Anki runs)
    #[command(after_help = "\
Anki's importer updates notes and note types the collection already has when the package
holds newer versions, and cannot say beforehand which: asks first on a terminal; otherwise
needs --yes.

Example:
  anki-cli package import /home/me/shared-deck.apkg --yes")]
    Import {
        /// The package's path
        path: String,
        /// Do not ask for confirmation (required when stdin is not a terminal)
        #[arg(short, long)]
        yes: bool,
    },
}

/// The package path to send: Anki opens it itself, relative to *its* working directory.
///
/// When Anki runs on this machine a relative path is made absolute here, so it means what it
/// means in the user's shell; for a remote Anki only an absolute path is unambiguous.
pub fn path_for_anki(url: &str, path: &str) -> Result<String> {
    let given = std::path::Path::new(path);
    if path.is_empty() {
        return Err(CliError::Usage("the package path is empty".into()));
    }
    if given.is_absolute() || absolute_anywhere(path) {
        return Ok(path.to_string());
    }
    if !crate::url::is_local_url(url) {
        return Err(CliError::Usage(format!(
            "the package path '{path}' is relative, but Anki at {url} runs on another machine: \
             give an absolute path there"
        )));
    }
    let cwd = std::env::current_dir()
        .map_err(|e| CliError::Usage(format!("cannot resolve '{path}': {e}")))?;
    Ok(cwd.join(given).display().to_string())
}

/// Whether `path` is absolute on Unix (`/d/a.apkg`) or Windows (`C:\d\a.apkg`, `\\host\share`,
/// `\d\a.apkg` on the current drive): Anki may run on the other system.
fn absolute_anywhere(path: &str) -> bool {
    let bytes = path.as_bytes();
    let drive = bytes.len() >= 3
        && bytes[0].is_ascii_alphabetic()
        && bytes[1] == b':'
        && matches!(bytes[2], b'\\' | b'/');
    drive || path.starts_with(['/', '\\'])
}

/// Switches to `name`, failing clearly when Anki has no such profile.
pub fn ensure_profile(ctx: &Ctx, name: &str) -> Result<()> {
    match ctx.send(load_profile(name))? {
        true => Ok(()),
        false => Err(CliError::Refused(format!(
            "Anki has no profile named '{name}' (see `anki-cli profile list`)"
        ))),
    }
}

/// Runs a `profile` subcommand.
pub fn run_profile(cmd: &ProfileCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        ProfileCommand::List => {
            let (profiles, result) = ctx.send_raw(get_profiles())?;
            let mut table = Table::new(&["Profile"], result);
            for p in profiles {
                table.push(vec![p]);
            }
            Output::Table(table)
        }
        ProfileCommand::Current => {
            let name = ctx.send(get_active_profile())?;
            Output::Message {
                text: name.clone(),
                result: Value::String(name),
            }
        }
        ProfileCommand::Load { name } => {
            ensure_profile(ctx, name)?;
            Output::Message {
                text: format!("Loaded profile '{name}'."),
                result: Value::Bool(true),
            }
        }
    })
}

/// Runs a `package` subcommand.
pub fn run_package(cmd: &PackageCommand, ctx: &Ctx) -> Result<Output> {
    Ok(match cmd {
        PackageCommand::Export {
            deck,
            path,
            with_scheduling,
        } => {
            let path = &path_for_anki(&ctx.settings.url.value, path)?;
            match ctx.send(export_package(deck, path, *with_scheduling))? {
                true => Output::Message {
                    text: format!("Anki wrote '{deck}' to {path}."),
                    result: Value::Bool(true),
                },
                false => return Err(CliError::Refused(format!("deck was not found: {deck}"))),
            }
        }
        PackageCommand::Import { path, yes } => {
            ctx.destructive("package import", *yes)?;
            let path = &path_for_anki(&ctx.settings.url.value, path)?;
            ctx.confirm(
                &format!(
                    "Import {path}? Anki overwrites notes and note types the package holds newer versions of; this cannot be undone."
                ),
                *yes,
            )?;
            if !ctx.send(import_package(path))? {
                return Err(CliError::Refused(
                    "Anki has no collection open to import into".into(),
                ));
            }
            Output::Message {
                text: format!("Imported {path}."),
                result: Value::Bool(true),
            }
        }
    })
}

/// Runs `sync`, with a spinner on a terminal while Anki syncs.
pub fn sync(ctx: &Ctx) -> Result<Output> {
    let spinner = ctx.term.stderr_tty.then(|| {
        let bar = indicatif::ProgressBar::new_spinner().with_message("Syncing with AnkiWeb…");
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        bar
    });
    let result = ctx.send_raw(crate::api::misc::sync());
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    let ((), result) = result?;
    Ok(Output::Message {
        text: "Synced with AnkiWeb.".into(),
        result,
    })
}

/// Runs `reload`.
pub fn reload(ctx: &Ctx) -> Result<Output> {
    ctx.send(reload_collection())?;
    Ok(Output::Message {
        text: "Reloaded the collection.".into(),
        result: Value::Null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::fake_anki::{rendered, FakeAnki};
    use crate::output::Format;
    use serde_json::json;

    #[test]
    fn package_paths_are_made_absolute_for_a_local_anki_only() {
        let local = "http://127.0.0.1:8765";
        assert_eq!(
            path_for_anki(local, "/data/a.apkg").unwrap(),
            "/data/a.apkg"
        );
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(
            path_for_anki(local, "a.apkg").unwrap(),
            cwd.join("a.apkg").display().to_string()
        );
        let remote = path_for_anki("http://192.168.1.5:8765", "a.apkg").unwrap_err();
        assert_eq!(remote.status().code(), 2);
        assert!(remote.to_string().contains("'a.apkg'"), "{remote}");
        assert_eq!(
            path_for_anki("http://192.168.1.5:8765", "/d/a.apkg").unwrap(),
            "/d/a.apkg"
        );
        for windows in ["C:\\d\\a.apkg", "c:/d/a.apkg", "\\\\nas\\d\\a.apkg"] {
            assert_eq!(
                path_for_anki("http://192.168.1.5:8765", windows).unwrap(),
                windows
            );
        }
        assert!(path_for_anki("http://192.168.1.5:8765", "C:a.apkg").is_err());
    }

    #[test]
    fn profiles_list_current_and_load_an_unknown_one() {
        let anki = FakeAnki::new()
            .reply("getProfiles", json!(["User 1", "Kid"]))
            .reply("getActiveProfile", json!("User 1"))
            .reply_to("loadProfile", json!({"name": "Nope"}), json!(false));
        let list = run_profile(&ProfileCommand::List, &anki.ctx()).unwrap();
        assert_eq!(rendered(&list, Format::Tsv), "User 1\nKid\n");
        let current = run_profile(&ProfileCommand::Current, &anki.ctx()).unwrap();
        assert_eq!(rendered(&current, Format::Table), "User 1\n");
        let load = ProfileCommand::Load {
            name: "Nope".into(),
        };
        let err = run_profile(&load, &anki.ctx()).unwrap_err();
        assert_eq!(err.status().code(), 1);
        assert!(err.to_string().contains("'Nope'"), "{err}");
    }

    #[test]
    fn packages_report_what_anki_refused() {
        let anki = FakeAnki::new()
            .reply_to(
                "exportPackage",
                json!({"deck": "Nope", "path": "/d/a.apkg", "includeSched": false}),
                json!(false),
            )
            .reply_to("importPackage", json!({"path": "/d/a.apkg"}), json!(false));
        let export = PackageCommand::Export {
            deck: "Nope".into(),
            path: "/d/a.apkg".into(),
            with_scheduling: false,
        };
        let err = run_package(&export, &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("Nope"), "{err}");
        let import = PackageCommand::Import {
            path: "/d/a.apkg".into(),
            yes: true,
        };
        let err = run_package(&import, &anki.ctx()).unwrap_err();
        assert!(err.to_string().contains("no collection"), "{err}");
        let no_yes = PackageCommand::Import {
            path: "/d/a.apkg".into(),
            yes: false,
        };
        let unsent = FakeAnki::new();
        assert_eq!(
            run_package(&no_yes, &unsent.ctx())
                .unwrap_err()
                .status()
                .code(),
            2
        );
    }

    #[test]
    fn sync_and_reload_expect_null() {
        let anki = FakeAnki::new()
            .reply("sync", json!(null))
            .reply("reloadCollection", json!(null));
        assert_eq!(
            rendered(&sync(&anki.ctx()).unwrap(), Format::Table),
            "Synced with AnkiWeb.\n"
        );
        reload(&anki.ctx()).unwrap();
        let odd = FakeAnki::new().reply("sync", json!(true));
        assert_eq!(sync(&odd.ctx()).unwrap_err().status().code(), 3);
    }
}
