//! The REPL's own help: what can be typed, `set`, history, how to leave.

use super::history::{history_path, HISTORY_SIZE};

/// The REPL's own help (`help` inside it): what can be typed, `set`, history, how to leave;
/// `root` is the session's clap tree.
pub fn help_text(root: &clap::Command) -> String {
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
  set output FORMAT          auto, table, json, ids or tsv (json: errors print as JSON too)
  set deck NAME              default deck (note add, import, ...)
  set model NAME             default note type
  set url URL                talk to another AnkiConnect
  set dry-run on|off         on: reads are sent, writes are printed instead of sent
  unset NAME                 back to the start-up flag, environment or config file value
The latest `set` wins over the flags given to `anki-cli repl` (dry run included); a flag typed
on a line (`deck list -o json`) applies to that line only. A `set` that changes nothing says so.

Keys: Tab completes commands, flags, and deck, note type, field and tag names (in searches
after deck:, note: and tag:); a second Tab lists the choices.
History: Up/Down, Ctrl-R searches it; the last {HISTORY_SIZE} lines are kept in
  {history}
  (a line typed with a leading space is not kept; the file is private: mode 0600 on Unix,
  under your own user profile on Windows).
Ctrl-C clears the line. Leave with exit, quit or Ctrl-D.
",
        "help COMMAND"
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::super::line::{parse_line, Line};
    use super::*;

    #[test]
    fn help_is_the_repls_own() {
        let mut root = crate::cli::command();
        assert!(matches!(parse_line("help", &mut root).unwrap(), Line::Help));
        assert!(matches!(parse_line(" ? ", &mut root).unwrap(), Line::Help));
        assert!(matches!(
            parse_line("help note", &mut root).unwrap(),
            Line::Clap(_)
        ));
        let text = help_text(&root);
        for part in [
            "set output",
            "unset NAME",
            "Ctrl-R",
            "exit, quit or Ctrl-D",
            "note find deck:French tag:verbs",
            "  deck ",
            "The latest `set` wins over the flags given to `anki-cli repl`",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
        assert!(!text.contains("Usage:"), "not the CLI's help");
    }
}
