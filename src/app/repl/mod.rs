//! The interactive session: the same parser and dispatcher as the one-shot CLI, line by line.

pub mod complete;

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Config, Editor};

use super::session::{execute, report, Session};
use crate::cli::{Cli, GlobalArgs};
use crate::error::{CliError, ExitStatus};
use crate::output::{Format, Output, Renderer, Table};
use crate::request::Request;

/// How many lines the history file keeps.
pub const HISTORY_SIZE: usize = 1000;

/// The history file under the platform data directory.
pub fn history_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("anki-cli").join("history.txt"))
}

/// What one input line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// Nothing (blank or a comment).
    Empty,
    /// Leave the session.
    Exit,
    /// `help` (or `?`) alone: the REPL's own help.
    Help,
    /// `set` alone: show the settings.
    ShowSettings,
    /// `set NAME VALUE`.
    Set(String, String),
    /// `unset NAME`.
    Unset(String),
    /// An anki-cli command, as words (the words of a search as typed, see [`parse_line`]).
    Command(Vec<String>),
}

/// One word of a line: its value as a shell would see it, and the text as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Quotes and backslashes removed, as in a shell.
    pub value: String,
    /// The word exactly as typed, quotes included.
    pub raw: String,
}

/// Splits a line into words the way `shlex::split` does (POSIX-shell-like quotes and
/// backslashes, `#` at the start of a word comments out the rest), keeping each word as typed.
/// `None` when a quote or a trailing backslash is left open.
pub fn split_line(line: &str) -> Option<Vec<Word>> {
    let mut words = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if matches!(c, ' ' | '\t' | '\n') {
            chars.next();
            continue;
        }
        if c == '#' {
            while chars.next_if(|&(_, c)| c != '\n').is_some() {}
            continue;
        }
        let mut value = String::new();
        let mut end = line.len();
        while let Some((i, c)) = chars.next() {
            match c {
                ' ' | '\t' | '\n' => {
                    end = i;
                    break;
                }
                '\'' => loop {
                    match chars.next()?.1 {
                        '\'' => break,
                        c => value.push(c),
                    }
                },
                '"' => loop {
                    match chars.next()?.1 {
                        '"' => break,
                        '\\' => match chars.next()?.1 {
                            c @ ('$' | '`' | '"' | '\\') => value.push(c),
                            '\n' => {}
                            c => {
                                value.push('\\');
                                value.push(c);
                            }
                        },
                        c => value.push(c),
                    }
                },
                '\\' => match chars.next()?.1 {
                    '\n' => {}
                    c => value.push(c),
                },
                c => value.push(c),
            }
        }
        words.push(Word {
            value,
            raw: line[start..end].to_string(),
        });
    }
    Some(words)
}

/// A search word as Anki gets it in the REPL: as typed, so that Anki's own double quotes and
/// backslashes reach it (`deck:"My Deck"`), except that a word wholly in single quotes loses
/// them (`'deck:French tag:verbs'`, as on the command line).
fn search_word(word: &Word) -> String {
    let raw = word.raw.as_str();
    match raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        Some(inner) if !inner.contains('\'') => inner.to_string(),
        _ => raw.to_string(),
    }
}

/// Splits a line like a shell and recognises the REPL's own words. The words of a search
/// (`note find`, `card find`, `gui browse`) are kept as typed, as in Anki's search bar.
pub fn parse_line(line: &str) -> Result<Line, CliError> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return Ok(Line::Empty);
    }
    let mut words = split_line(trimmed).ok_or_else(|| {
        CliError::Usage("unbalanced quotes (or a backslash at the end of the line)".into())
    })?;
    if words.first().is_some_and(|w| w.value == "anki-cli") {
        words.remove(0);
    }
    let mut values: Vec<String> = words.iter().map(|w| w.value.clone()).collect();
    let args: Vec<String> = std::iter::once("anki-cli".to_string())
        .chain(values.iter().cloned())
        .collect();
    for i in crate::cli::query_word_indices(&args) {
        values[i - 1] = search_word(&words[i - 1]);
    }
    let Some((first, rest)) = values.split_first() else {
        return Ok(Line::Empty);
    };
    Ok(match (first.as_str(), rest) {
        ("exit" | "quit", []) => Line::Exit,
        ("help" | "?", []) => Line::Help,
        ("set", []) => Line::ShowSettings,
        ("set", [name, value @ ..]) if !value.is_empty() => {
            Line::Set(name.clone(), value.join(" "))
        }
        ("set", [name]) => {
            return Err(CliError::Usage(format!(
                "set {name} needs a value (or use: unset {name})"
            )))
        }
        ("unset", [name]) => Line::Unset(name.clone()),
        _ => Line::Command(values),
    })
}

/// The REPL's own help (`help` inside it): what can be typed, `set`, history, how to leave.
pub fn help_text() -> String {
    let root = <Cli as clap::CommandFactory>::command();
    let mut text = String::from(
        "Type any anki-cli command without `anki-cli`, e.g. `deck list`.\n\nCommands:\n",
    );
    for sub in root
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && !matches!(s.get_name(), "help" | "repl" | "completions"))
    {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        text.push_str(&format!("  {:<13} {about}\n", sub.get_name()));
    }
    let history = history_path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "not kept (no data directory)".into());
    text.push_str(&format!(
        "  {:<13} the full help of a command (or: COMMAND --help)

Searches: the words after `note find`, `card find` and `gui browse` are one search, sent to
Anki as typed, as in its search bar:
  note find deck:French tag:verbs -is:suspended
  card find deck:\"My Deck\" is:due

Session settings (they apply to every following command):
  set                        show the settings and where each comes from
  set output FORMAT          auto, table, json, ids or tsv
  set deck NAME              default deck (note add, import, ...)
  set model NAME             default note type
  set url URL                talk to another AnkiConnect
  set dry-run on|off         print requests instead of sending them (on: nothing is sent)
  unset NAME                 back to the flag, environment or config file value

Keys: Tab completes commands, flags, and deck, note type, field and tag names (in searches
after deck:, note: and tag:); a second Tab lists the choices.
History: Up/Down, Ctrl-R searches it; the last {HISTORY_SIZE} lines are kept in
  {history}
  (a line typed with a leading space is not kept).
Ctrl-C clears the line. Leave with exit, quit or Ctrl-D.
",
        "help COMMAND"
    ));
    text
}

/// The settings `set` can change.
pub const SETTINGS: [&str; 5] = ["output", "deck", "model", "url", "dry-run"];

/// Applies `set NAME VALUE` to the session.
pub fn apply_set(session: &mut Session, name: &str, value: &str) -> Result<(), CliError> {
    let o = &mut session.overrides;
    match name {
        "output" => {
            o.session_output = Some(Format::from_str(value, true).map_err(|_| {
                CliError::Usage(format!(
                    "invalid output format '{value}': use auto, table, json, ids or tsv"
                ))
            })?)
        }
        "deck" => o.session_deck = Some(value.to_string()),
        "model" => o.session_model = Some(value.to_string()),
        "url" => o.session_url = Some(crate::config::normalize_url(value)?),
        "dry-run" => {
            o.session_dry_run = Some(match value {
                "on" | "true" | "yes" => true,
                "off" | "false" | "no" => false,
                other => {
                    return Err(CliError::Usage(format!(
                        "invalid dry-run setting '{other}': use on or off"
                    )))
                }
            })
        }
        other => {
            return Err(CliError::Usage(format!(
                "unknown setting '{other}': use {}",
                SETTINGS.join(", ")
            )))
        }
    }
    Ok(())
}

/// Applies `unset NAME`.
pub fn apply_unset(session: &mut Session, name: &str) -> Result<(), CliError> {
    let o = &mut session.overrides;
    match name {
        "output" => o.session_output = None,
        "deck" => o.session_deck = None,
        "model" => o.session_model = None,
        "url" => o.session_url = None,
        "dry-run" => o.session_dry_run = None,
        other => {
            return Err(CliError::Usage(format!(
                "unknown setting '{other}': use {}",
                SETTINGS.join(", ")
            )))
        }
    }
    Ok(())
}

fn settings_table(session: &Session, global: &GlobalArgs) -> Result<Output, CliError> {
    let s = session.settings(&global.overrides())?;
    let mut table = Table::new(&["Setting", "Value", "Source"], serde_json::Value::Null);
    table.push(vec![
        "url".into(),
        s.url.value.clone(),
        s.url.source.to_string(),
    ]);
    table.push(vec![
        "output".into(),
        s.output.value.name().into(),
        s.output.source.to_string(),
    ]);
    for (name, setting) in [("deck", &s.deck), ("model", &s.model)] {
        match setting {
            Some(v) => table.push(vec![name.into(), v.value.clone(), v.source.to_string()]),
            None => table.push(vec![name.into(), "(not set)".into(), String::new()]),
        }
    }
    let dry_run = match session.overrides.session_dry_run {
        Some(on) => (on, "set"),
        None => (
            global.dry_run,
            if global.dry_run {
                "--dry-run"
            } else {
                "default"
            },
        ),
    };
    table.push(vec![
        "dry-run".into(),
        if dry_run.0 { "on" } else { "off" }.into(),
        dry_run.1.into(),
    ]);
    table.result = serde_json::json!({"url": s.url.value, "output": s.output.value.name(),
        "deck": s.deck.map(|d| d.value), "model": s.model.map(|m| m.value), "dryRun": dry_run.0});
    Ok(Output::Table(table))
}

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
        Ok(Line::ShowSettings) => settings_table(session, global).and_then(|output| {
            let s = session.settings(&global.overrides())?;
            let renderer = Renderer {
                format: s.output.value,
                tty: session.term.stdout_tty,
                color: session.term.color,
            };
            let _ = renderer.render(&output, out);
            Ok(ExitStatus::Success)
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
            let profile =
                crate::client::Transport::call(&transport, &Request::bare("getActiveProfile"));
            match profile {
                Ok(v) => Some(v.as_str().unwrap_or("anki").to_string()),
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
    fn lines_split_like_a_shell() {
        assert_eq!(parse_line("  # note").unwrap(), Line::Empty);
        assert_eq!(parse_line("quit").unwrap(), Line::Exit);
        assert_eq!(
            parse_line("note add --field \"Front=hello world\"").unwrap(),
            Line::Command(vec![
                "note".into(),
                "add".into(),
                "--field".into(),
                "Front=hello world".into()
            ])
        );
        assert_eq!(
            parse_line("anki-cli deck list").unwrap(),
            Line::Command(vec!["deck".into(), "list".into()])
        );
        assert_eq!(
            parse_line("set deck Japanese::JLPT N3").unwrap(),
            Line::Set("deck".into(), "Japanese::JLPT N3".into())
        );
        assert_eq!(parse_line("set").unwrap(), Line::ShowSettings);
        assert!(parse_line("note add \"oops").is_err());
        assert!(parse_line("set deck").is_err());
    }

    #[test]
    fn split_line_agrees_with_shlex() {
        let lines = [
            "note add --field \"Front=hello world\" -t a",
            "a 'b c' \"d\\\"e\" f\\ g h\\\\i",
            "x'y'z \"q\\$\\n\" # a comment",
            "deck:\"My Deck\" 'tag:a b'",
            "\tmixed   spaces\t ",
            "ümlaut 'ö ü' \"日本\"",
            "a\\\nb",
            "",
        ];
        for line in lines {
            let ours: Vec<String> = split_line(line)
                .unwrap()
                .into_iter()
                .map(|w| w.value)
                .collect();
            assert_eq!(Some(ours), shlex::split(line), "{line}");
        }
        for open in ["a 'b", "a \"b", "a b\\"] {
            assert_eq!(split_line(open), None, "{open}");
            assert_eq!(shlex::split(open), None, "{open}");
        }
        let raws: Vec<String> = split_line("note find deck:\"My Deck\"  'a b'")
            .unwrap()
            .into_iter()
            .map(|w| w.raw)
            .collect();
        assert_eq!(raws, ["note", "find", "deck:\"My Deck\"", "'a b'"]);
    }

    #[test]
    fn the_words_of_a_search_are_kept_as_typed() {
        let words = |line: &str| match parse_line(line).unwrap() {
            Line::Command(words) => words,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            words("note find deck:\"My Deck\" -tag:done \"front:a b\" -o json"),
            [
                "note",
                "find",
                "deck:\"My Deck\"",
                "-tag:done",
                "\"front:a b\"",
                "-o",
                "json"
            ]
        );
        assert_eq!(
            words("card find 'deck:French tag:verbs' front:a\\_b"),
            ["card", "find", "deck:French tag:verbs", "front:a\\_b"],
            "single quotes group as in the shell; backslashes reach Anki"
        );
        assert_eq!(
            words("note add -f \"Front=a b\" --tag 'x'"),
            ["note", "add", "-f", "Front=a b", "--tag", "x"],
            "other commands split like a shell"
        );
        assert_eq!(
            words("anki-cli gui browse deck:\"A B\""),
            ["gui", "browse", "deck:\"A B\""]
        );
    }

    #[test]
    fn help_is_the_repls_own() {
        assert_eq!(parse_line("help").unwrap(), Line::Help);
        assert_eq!(parse_line(" ? ").unwrap(), Line::Help);
        assert!(matches!(parse_line("help note").unwrap(), Line::Command(_)));
        let text = help_text();
        for part in [
            "set output",
            "unset NAME",
            "Ctrl-R",
            "exit, quit or Ctrl-D",
            "note find deck:French tag:verbs",
            "  deck ",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
        assert!(!text.contains("Usage:"), "not the CLI's help");
    }

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
