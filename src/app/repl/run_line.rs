//! Runs one REPL line, parsed once ([`super::line::parse_line`]): the REPL's own words, or an
//! anki-cli command through the same dispatcher as the one-shot CLI. The line's own flags are
//! typed; the session adds its `set` values and the start-up flags as typed settings too.

use std::io::Write;

use super::help::help_text;
use super::line::Line;
use super::settings::{apply_set, apply_unset, settings_table};
use crate::app::session::{execute, json_errors_with, report_as, usage_from_clap, Session};
use crate::cli::GlobalArgs;
use crate::error::{CliError, ExitStatus};
use crate::output::Renderer;

/// Runs one parsed line; returns the failure status if it failed. Nothing here exits the process.
pub fn run_line(
    session: &mut Session,
    line: Result<Line, CliError>,
    root: &clap::Command,
    out: &mut dyn Write,
) -> Option<ExitStatus> {
    // Errors print as the one-shot CLI prints them: JSON under `-o json` (the line's own flag,
    // else `set output json`, the start-up flag, the environment or the config file).
    let line_flags = match &line {
        Ok(Line::Command(cli)) => cli.global.clone(),
        _ => GlobalArgs::default(),
    };
    let result = match line {
        Ok(Line::Empty) | Ok(Line::Exit) => Ok(ExitStatus::Success),
        Ok(Line::Help) => {
            let _ = out.write_all(help_text(root).as_bytes());
            Ok(ExitStatus::Success)
        }
        Ok(Line::ShowSettings) => session.settings(&Default::default()).map(|s| {
            let renderer = Renderer {
                format: s.output.value,
                tty: session.term.stdout_tty,
                color: session.term.color,
            };
            let table = settings_table(
                &s,
                session.overrides.session_dry_run,
                session.startup.dry_run,
            );
            let _ = renderer.render(&table, out);
            ExitStatus::Success
        }),
        Ok(Line::Set(name, value)) => {
            apply_set(session, &name, &value).map(|_| ExitStatus::Success)
        }
        Ok(Line::Unset(name)) => apply_unset(session, &name).map(|_| ExitStatus::Success),
        Ok(Line::Command(cli)) => execute(&cli, session, out),
        Ok(Line::Clap(err)) => {
            // Help and version are not failures; usage errors are.
            if err.use_stderr() && json_errors_with(&line_flags, session) {
                let _ = writeln!(std::io::stderr(), "{}", usage_from_clap(&err).to_json());
            } else {
                let _ = err.print();
            }
            return err.use_stderr().then_some(ExitStatus::Usage);
        }
        Err(e) => Err(e),
    };
    let _ = out.flush();
    match result {
        Ok(ExitStatus::Success) => None,
        Ok(status) => Some(status),
        Err(err) => {
            report_as(&err, session.term, json_errors_with(&line_flags, session));
            Some(err.status())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::line::parse_line;
    use super::*;
    use crate::cli::GlobalArgs;
    use crate::config::{env_vars, Env};
    use crate::terminal::Terminal;

    /// A REPL session started with `startup` flags, without a config file (`dir` keeps its
    /// folder alive).
    fn session(dir: &tempfile::TempDir, startup: GlobalArgs) -> Session {
        let config = dir.path().join("none.toml").display().to_string();
        let env = Env([(env_vars::CONFIG.to_string(), config)].into());
        Session::new(env, Terminal::piped(), startup, true).unwrap()
    }

    fn run(session: &mut Session, line: &str) -> (Option<ExitStatus>, String) {
        let mut root = crate::cli::command();
        let mut out = Vec::new();
        let parsed = parse_line(line, &mut root);
        let status = run_line(session, parsed, &root, &mut out);
        (status, String::from_utf8(out).unwrap())
    }

    fn shown(session: &mut Session) -> serde_json::Value {
        let (status, shown) = run(session, "set");
        assert_eq!(status, None);
        serde_json::from_str(&shown).unwrap()
    }

    #[test]
    fn set_changes_the_settings_that_set_alone_shows() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(&dir, GlobalArgs::default());
        assert_eq!(run(&mut s, "set deck 'My Deck'").0, None);
        assert_eq!(run(&mut s, "set output json").0, None);
        let shown = shown(&mut s);
        assert_eq!(shown["deck"], "My Deck");
        assert_eq!(shown["output"], "json");
        assert_eq!(run(&mut s, "unset deck").0, None);
        assert!(s.overrides.session_deck.is_none());
        // An unknown setting is a usage error (checked without run_line, which would print it
        // in the middle of the test output).
        let unknown = apply_set(&mut s, "colour", "red").unwrap_err();
        assert_eq!(unknown.status(), ExitStatus::Usage);
        assert!(unknown.to_string().contains("unknown setting 'colour'"));
        assert_eq!(run(&mut s, "# nothing").1, "");
    }

    #[test]
    fn set_dry_run_prints_requests_instead_of_sending_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(&dir, GlobalArgs::default());
        assert_eq!(run(&mut s, "set dry-run on").0, None);
        let (status, shown) = run(&mut s, "deck create 'A B'");
        assert_eq!(status, None);
        let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(shown["action"], "createDeck");
        assert_eq!(shown["params"]["deck"], "A B");
    }

    /// The rule: the latest `set` wins over the flags given to `anki-cli repl`, for every
    /// setting, dry run included; `unset` goes back to the flag.
    #[test]
    fn the_latest_set_wins_over_the_start_up_flags() {
        let dir = tempfile::tempdir().unwrap();
        let startup = GlobalArgs {
            url: Some("http://127.0.0.1:9".into()),
            output: Some(crate::output::Format::Tsv),
            dry_run: true,
            ..GlobalArgs::default()
        };
        let mut s = session(&dir, startup);
        assert_eq!(run(&mut s, "set output json").0, None);
        assert_eq!(run(&mut s, "set url http://127.0.0.1:8").0, None);
        let now = shown(&mut s);
        assert_eq!(now["url"], "http://127.0.0.1:8");
        assert_eq!(now["output"], "json");
        assert_eq!(now["dryRun"], true);
        assert_eq!(run(&mut s, "set dry-run off").0, None);
        assert!(!s.dry_run(&GlobalArgs::default()));
        assert_eq!(run(&mut s, "unset url").0, None);
        assert_eq!(run(&mut s, "unset dry-run").0, None);
        let back = shown(&mut s);
        assert_eq!(back["url"], "http://127.0.0.1:9");
        assert_eq!(back["dryRun"], true);
        // A line's own flag wins for that line only.
        let (status, out) = run(&mut s, "deck create X -o json --url http://127.0.0.1:7");
        assert_eq!(status, None);
        assert!(out.contains("createDeck"), "still a dry run: {out}");
    }

    /// A line is split and parsed once, on one clap tree per session: no tree is built per line.
    #[test]
    fn a_line_is_parsed_once_on_the_sessions_tree() {
        let dir = tempfile::tempdir().unwrap();
        let nowhere = GlobalArgs {
            url: Some("http://127.0.0.1:9".into()),
            ..GlobalArgs::default()
        };
        let mut s = session(&dir, nowhere);
        let mut root = crate::cli::command();
        let (builds, parses) = crate::cli::counts();
        let lines = [
            "set dry-run on",
            "deck create A",
            "note find deck:French -tag:done",
            "help",
            "set",
        ];
        for line in lines {
            let parsed = parse_line(line, &mut root);
            run_line(&mut s, parsed, &root, &mut Vec::new());
        }
        assert_eq!(
            crate::cli::counts(),
            (builds, parses + 2),
            "no tree built; one parse for each of the two commands"
        );
    }
}
