//! The REPL's loop: the line editor with history and completion on a terminal, or one command
//! per line of a piped stdin.

use std::cell::RefCell;
use std::io::{self, BufRead};
use std::rc::Rc;

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Config, Editor};

use super::complete;
use super::history::{history_path, HISTORY_SIZE};
use super::line::{parse_line, Line};
use super::run_line::run_line;
use crate::api::misc::get_active_profile;
use crate::app::session::{report, Session};
use crate::cli::{Cli, Command};
use crate::commands::collection::ProfileCommand;
use crate::commands::context::Ctx;
use crate::error::{CliError, ExitStatus};

/// Runs `f` on a context for the session's settings (no line flags, no dry run).
fn with_ctx<R>(
    session: &Session,
    verbose: bool,
    f: impl FnOnce(&Ctx) -> Result<R, CliError>,
) -> Result<R, CliError> {
    let settings = session.settings(&Default::default())?;
    let transport = session.transport(&settings, verbose);
    f(&Ctx {
        transport: &transport,
        settings: &settings,
        term: session.term,
        dry_run: false,
        stdin_allowed: false,
        progress: None,
    })
}

/// Switches Anki to the `--profile` given to `anki-cli repl`, once, before the first line (not
/// in a dry run).
fn switch_profile(session: &Session) -> Result<(), CliError> {
    let Some(profile) = &session.startup.profile else {
        return Ok(());
    };
    if session.dry_run(&Default::default()) {
        return Ok(());
    }
    with_ctx(session, session.startup.verbose, |ctx| {
        crate::commands::collection::ensure_profile(ctx, profile)
    })
}

/// The prompt: the active profile, or that Anki is not reachable.
fn prompt(session: &Session) -> String {
    let state = match with_ctx(session, false, |ctx| ctx.send(get_active_profile())) {
        Ok(profile) => profile,
        // A server that answers otherwise still is reachable.
        Err(
            CliError::UnexpectedReply { .. }
            | CliError::UnsupportedAction { .. }
            | CliError::BadKey { .. },
        ) => "anki".into(),
        Err(_) => "not reachable".into(),
    };
    format!("anki ({state})> ")
}

/// Whether a command may switch Anki's profile (then the prompt and the cached completions,
/// which are per profile, are refreshed).
fn switches_profile(cli: &Cli) -> bool {
    matches!(
        cli.command,
        Some(Command::Profile(ProfileCommand::Load { .. }))
    ) || cli.global.profile.is_some()
}

/// Whether a line changes what the prompt and the completer show: a setting (`set model X`
/// changes the fields `-f` offers, `set url` the Anki asked) or the profile.
fn changes_what_is_shown(line: &Result<Line, CliError>) -> bool {
    match line {
        Ok(Line::Set(..) | Line::Unset(_)) => true,
        Ok(Line::Command(cli)) => switches_profile(cli),
        _ => false,
    }
}

/// Runs the session until `exit`, Ctrl-D or the end of stdin; returns the exit status.
pub fn run(mut session: Session) -> ExitStatus {
    if let Err(err) = switch_profile(&session) {
        // Nothing runs on a profile the user did not ask for.
        report(&err, &session);
        return err.status();
    }
    // The clap tree, built once for the session: every line is parsed on it, Tab walks it.
    let root = Rc::new(RefCell::new(crate::cli::command()));
    if !session.term.stdin_tty {
        return run_script(&mut session, &mut root.borrow_mut());
    }
    let config = Config::builder()
        .max_history_size(HISTORY_SIZE)
        .and_then(|c| c.history_ignore_dups(true))
        .map(|c| {
            c.history_ignore_space(true)
                .completion_type(CompletionType::List)
                .build()
        })
        .unwrap_or_default();
    let mut editor: Editor<complete::ReplHelper, DefaultHistory> = match Editor::with_config(config)
    {
        Ok(e) => e,
        Err(e) => {
            report(
                &CliError::Usage(format!("cannot start the line editor: {e}")),
                &session,
            );
            return ExitStatus::Usage;
        }
    };
    editor.set_helper(Some(complete::ReplHelper::new(&session, Rc::clone(&root))));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let mut current_prompt = prompt(&session);
    let stdout = io::stdout();
    loop {
        match editor.readline(&current_prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    // Kept without any URL's password (`set url http://user:pw@…`).
                    let _ = editor.add_history_entry(crate::url::redact_line(&line));
                }
                let parsed = parse_line(&line, &mut root.borrow_mut());
                if matches!(parsed, Ok(Line::Exit)) {
                    break;
                }
                let changes = changes_what_is_shown(&parsed);
                let failure = run_line(&mut session, parsed, &root.borrow(), &mut stdout.lock());
                if changes
                    || matches!(failure, Some(ExitStatus::Connection))
                    || current_prompt.contains("not reachable")
                {
                    current_prompt = prompt(&session);
                    if let Some(helper) = editor.helper_mut() {
                        helper.reset(&session);
                    }
                }
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                report(
                    &CliError::Usage(format!("cannot read the line: {e}")),
                    &session,
                );
                break;
            }
        }
    }
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(path);
    }
    ExitStatus::Success
}

/// Runs commands from a non-terminal stdin, one per line; non-zero if any failed.
fn run_script(session: &mut Session, root: &mut clap::Command) -> ExitStatus {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut last_failure = None;
    for line in stdin.lock().lines() {
        let Ok(line) = line else {
            report(&CliError::Usage("stdin is not valid UTF-8".into()), session);
            return ExitStatus::Usage;
        };
        let parsed = parse_line(&line, root);
        if matches!(parsed, Ok(Line::Exit)) {
            break;
        }
        if let Some(failure) = run_line(session, parsed, root, &mut stdout.lock()) {
            last_failure = Some(failure);
        }
    }
    last_failure.unwrap_or(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Line, CliError> {
        parse_line(line, &mut crate::cli::command())
    }

    #[test]
    fn profile_switches_are_recognised() {
        let switches = |line: &str| match parse(line).unwrap() {
            Line::Command(cli) => switches_profile(&cli),
            other => panic!("{other:?}"),
        };
        assert!(switches("profile load 'User 2'"));
        assert!(switches("--profile X deck list"));
        assert!(switches("deck list --profile=X"));
        assert!(!switches("profile current"));
        assert!(!switches("deck create profile"));
    }

    /// `set model X` refreshes the completer, so `-f` offers X's fields (it once kept the note
    /// type it was created with).
    #[test]
    fn every_set_refreshes_what_the_completer_knows() {
        assert!(changes_what_is_shown(&parse("set model Cloze")));
        assert!(changes_what_is_shown(&parse("unset deck")));
        assert!(changes_what_is_shown(&parse("profile load X")));
        assert!(!changes_what_is_shown(&parse("deck list")));
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("none.toml").display().to_string();
        let env =
            crate::config::Env([(crate::config::env_vars::CONFIG.to_string(), config)].into());
        let mut session = Session::new(
            env,
            crate::terminal::Terminal::piped(),
            Default::default(),
            true,
        )
        .unwrap();
        let root = Rc::new(RefCell::new(crate::cli::command()));
        let mut helper = complete::ReplHelper::new(&session, Rc::clone(&root));
        assert_eq!(helper.default_model(), None);
        super::super::settings::apply_set(&mut session, "model", "Cloze").unwrap();
        helper.reset(&session);
        assert_eq!(helper.default_model(), Some("Cloze"));
    }
}
