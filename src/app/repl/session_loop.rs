//! The REPL's loop: the line editor with history and completion on a terminal, or one command
//! per line of a piped stdin.

use crate::api::misc::get_active_profile;
use std::io::{self, BufRead};

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Config, Editor};

use super::complete;
use super::history::{history_path, HISTORY_SIZE};
use super::line::{parse_line, Line};
use super::run_line::run_line;
use crate::app::session::{report, Session};
use crate::cli::GlobalArgs;
use crate::error::{CliError, ExitStatus};

/// Switches Anki to the `--profile` given to `anki-cli repl`, once, before the first line.
fn switch_profile(session: &Session, global: &GlobalArgs) -> Result<(), CliError> {
    let Some(profile) = &global.profile else {
        return Ok(());
    };
    if global.dry_run {
        return Ok(());
    }
    let settings = session.settings(&global.overrides())?;
    let transport = session.transport(&settings, global.verbose);
    let ctx = crate::commands::context::Ctx {
        transport: &transport,
        settings: &settings,
        term: session.term,
        dry_run: false,
        stdin_allowed: false,
    };
    crate::commands::collection::ensure_profile(&ctx, profile)
}

/// The prompt: the active profile, or that Anki is not reachable.
fn prompt(session: &Session, global: &GlobalArgs) -> String {
    let state = session
        .settings(&global.overrides())
        .ok()
        .and_then(|s| {
            let transport = session.transport(&s, false);
            let profile = crate::client::Transport::call(&transport, &get_active_profile().request);
            match profile {
                // A profile name; a server that answers otherwise still is reachable.
                Ok(v) => {
                    Some(serde_json::from_value::<String>(v).unwrap_or_else(|_| "anki".into()))
                }
                Err(CliError::UnsupportedAction { .. }) | Err(CliError::BadKey { .. }) => {
                    Some("anki".into())
                }
                Err(_) => None,
            }
        })
        .unwrap_or_else(|| "not reachable".into());
    format!("anki ({state})> ")
}

/// Whether a command line may switch Anki's profile (then the prompt and the cached completions,
/// which are per profile, are refreshed).
fn switches_profile(words: &[String]) -> bool {
    let load =
        words.first().is_some_and(|w| w == "profile") && words.get(1).is_some_and(|w| w == "load");
    load || words
        .iter()
        .any(|w| w == "--profile" || w.starts_with("--profile="))
}

/// Runs the session until `exit`, Ctrl-D or the end of stdin; returns the exit status.
pub fn run(mut session: Session, global: &GlobalArgs) -> ExitStatus {
    if let Err(err) = switch_profile(&session, global) {
        // Nothing runs on a profile the user did not ask for.
        report(&err, session.term);
        return err.status();
    }
    if !session.term.stdin_tty {
        return run_script(&mut session, global);
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
                session.term,
            );
            return ExitStatus::Usage;
        }
    };
    editor.set_helper(Some(complete::ReplHelper::new(&session, global)));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let mut current_prompt = prompt(&session, global);
    let stdout = io::stdout();
    loop {
        match editor.readline(&current_prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                let parsed = parse_line(&line);
                if matches!(parsed, Ok(Line::Exit)) {
                    break;
                }
                let changes_connection =
                    matches!(&parsed, Ok(Line::Set(n, _)) | Ok(Line::Unset(n)) if n == "url");
                let changes_profile =
                    matches!(&parsed, Ok(Line::Command(words)) if switches_profile(words));
                let failure = run_line(&mut session, global, &line, &mut stdout.lock());
                if changes_connection
                    || changes_profile
                    || matches!(failure, Some(ExitStatus::Connection))
                    || current_prompt.contains("not reachable")
                {
                    current_prompt = prompt(&session, global);
                    if let Some(helper) = editor.helper_mut() {
                        helper.reset(&session, global);
                    }
                }
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                report(
                    &CliError::Usage(format!("cannot read the line: {e}")),
                    session.term,
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
fn run_script(session: &mut Session, global: &GlobalArgs) -> ExitStatus {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut last_failure = None;
    for line in stdin.lock().lines() {
        let Ok(line) = line else {
            report(
                &CliError::Usage("stdin is not valid UTF-8".into()),
                session.term,
            );
            return ExitStatus::Usage;
        };
        if matches!(parse_line(&line), Ok(Line::Exit)) {
            break;
        }
        if let Some(failure) = run_line(session, global, &line, &mut stdout.lock()) {
            last_failure = Some(failure);
        }
    }
    last_failure.unwrap_or(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_switches_are_recognised() {
        let words = |line: &str| match parse_line(line).unwrap() {
            Line::Command(words) => words,
            other => panic!("{other:?}"),
        };
        assert!(switches_profile(&words("profile load 'User 2'")));
        assert!(switches_profile(&words("--profile X deck list")));
        assert!(switches_profile(&words("deck list --profile=X")));
        assert!(!switches_profile(&words("profile current")));
        assert!(!switches_profile(&words("deck create profile")));
    }
}
