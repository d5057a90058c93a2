//! Runs one REPL line: the REPL's own words, or an anki-cli command through the same parser and
//! dispatcher as the one-shot CLI, with the global flags given to `anki-cli repl`.

use std::io::Write;

use clap::Parser;

use super::help::help_text;
use super::line::{parse_line, Line};
use super::settings::{apply_set, apply_unset, settings_table};
use crate::app::session::{execute, report, Session};
use crate::cli::{Cli, GlobalArgs};
use crate::error::ExitStatus;
use crate::output::Renderer;

/// Runs one line; returns the failure status if it failed. Nothing here exits the process.
pub fn run_line(
    session: &mut Session,
    global: &GlobalArgs,
    line: &str,
    out: &mut dyn Write,
) -> Option<ExitStatus> {
    let result = match parse_line(line) {
        Ok(Line::Empty) | Ok(Line::Exit) => Ok(ExitStatus::Success),
        Ok(Line::Help) => {
            let _ = out.write_all(help_text().as_bytes());
            Ok(ExitStatus::Success)
        }
        Ok(Line::ShowSettings) => session.settings(&global.overrides()).map(|s| {
            let renderer = Renderer {
                format: s.output.value,
                tty: session.term.stdout_tty,
                color: session.term.color,
            };
            let table = settings_table(&s, session.overrides.session_dry_run, global.dry_run);
            let _ = renderer.render(&table, out);
            ExitStatus::Success
        }),
        Ok(Line::Set(name, value)) => {
            apply_set(session, &name, &value).map(|_| ExitStatus::Success)
        }
        Ok(Line::Unset(name)) => apply_unset(session, &name).map(|_| ExitStatus::Success),
        Ok(Line::Command(words)) => {
            let args: Vec<String> = std::iter::once("anki-cli".to_string())
                .chain(global_words(global, session.overrides.session_dry_run))
                .chain(words)
                .collect();
            match Cli::try_parse_from(crate::cli::gather_query(args)) {
                Ok(cli) => execute(&cli, session, out),
                Err(err) => {
                    // Help and version are not failures; usage errors are.
                    let _ = err.print();
                    return err.use_stderr().then_some(ExitStatus::Usage);
                }
            }
        }
        Err(e) => Err(e),
    };
    let _ = out.flush();
    match result {
        Ok(ExitStatus::Success) => None,
        Ok(status) => Some(status),
        Err(err) => {
            report(&err, session.term);
            Some(err.status())
        }
    }
}

/// The global flags given to `anki-cli repl`, repeated for every line; `set dry-run` overrides
/// `--dry-run`.
fn global_words(global: &GlobalArgs, dry_run: Option<bool>) -> Vec<String> {
    let mut words = Vec::new();
    if let Some(url) = &global.url {
        words.extend(["--url".to_string(), url.clone()]);
    }
    if let Some(path) = &global.key_file {
        words.extend(["--key-file".to_string(), path.display().to_string()]);
    }
    if let Some(t) = global.timeout {
        words.extend(["--timeout".to_string(), t.to_string()]);
    }
    if let Some(f) = global.output {
        words.extend(["--output".to_string(), f.name().to_string()]);
    }
    if global.verbose {
        words.push("--verbose".into());
    }
    if dry_run.unwrap_or(global.dry_run) {
        words.push("--dry-run".into());
    }
    // `--profile` is not repeated: it switches once when the session starts (see `run`), so a
    // `profile load` inside the session is not undone by the next line.
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{env_vars, Env, Overrides};
    use crate::terminal::Terminal;

    /// A REPL session without a config file (`dir` keeps its folder alive).
    fn session(dir: &tempfile::TempDir) -> Session {
        let config = dir.path().join("none.toml").display().to_string();
        Session {
            env: Env([(env_vars::CONFIG.to_string(), config)].into()),
            term: Terminal::piped(),
            client: crate::client::new_client().unwrap(),
            overrides: Overrides::default(),
            in_repl: true,
        }
    }

    fn run(session: &mut Session, global: &GlobalArgs, line: &str) -> (Option<ExitStatus>, String) {
        let mut out = Vec::new();
        let status = run_line(session, global, line, &mut out);
        (status, String::from_utf8(out).unwrap())
    }

    #[test]
    fn set_changes_the_settings_that_set_alone_shows() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(&dir);
        let global = GlobalArgs::default();
        assert_eq!(run(&mut s, &global, "set deck 'My Deck'").0, None);
        assert_eq!(run(&mut s, &global, "set output json").0, None);
        let (status, shown) = run(&mut s, &global, "set");
        assert_eq!(status, None);
        let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(shown["deck"], "My Deck");
        assert_eq!(shown["output"], "json");
        assert_eq!(run(&mut s, &global, "unset deck").0, None);
        assert!(s.overrides.session_deck.is_none());
        assert_eq!(
            run(&mut s, &global, "set colour red").0,
            Some(ExitStatus::Usage)
        );
        assert_eq!(run(&mut s, &global, "# nothing").1, "");
    }

    #[test]
    fn set_dry_run_prints_requests_instead_of_sending_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(&dir);
        let global = GlobalArgs::default();
        assert_eq!(run(&mut s, &global, "set dry-run on").0, None);
        let (status, shown) = run(&mut s, &global, "deck create 'A B'");
        assert_eq!(status, None);
        let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(shown["action"], "createDeck");
        assert_eq!(shown["params"]["deck"], "A B");
    }

    #[test]
    fn the_repls_flags_are_repeated_and_set_dry_run_wins() {
        let global = GlobalArgs {
            url: Some("http://h:1".into()),
            timeout: Some(5.0),
            output: Some(crate::output::Format::Tsv),
            verbose: true,
            dry_run: true,
            profile: Some("User 2".into()),
            ..GlobalArgs::default()
        };
        assert_eq!(
            global_words(&global, None),
            [
                "--url",
                "http://h:1",
                "--timeout",
                "5",
                "--output",
                "tsv",
                "--verbose",
                "--dry-run"
            ]
        );
        assert!(!global_words(&global, Some(false)).contains(&"--dry-run".to_string()));
        assert_eq!(
            global_words(&GlobalArgs::default(), Some(true)),
            ["--dry-run"]
        );
    }
}
