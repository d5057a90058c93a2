//! No data loss without consent: the one table of destructive commands and the one gate they use.
//!
//! The rule: a command that destroys what cannot be got back asks on a terminal and needs
//! `--yes` otherwise, and `--dry-run` shows what it would send and sends nothing. Ordinary edits
//! (tags, fields, due dates, ease, templates, CSS) stay scriptable without `--yes`.
//!
//! A command in [`DESTRUCTIVE`] calls [`Ctx::destructive`] before it sends anything (when its
//! condition holds), then [`Ctx::confirm`] with the details once it knows them. A unit test walks
//! the clap tree: exactly the commands of the table have `--yes`.
//!
//! Not in the table: `note add`/`note update` media (`--picture`, `--audio`, `--video`). The
//! add-on stores them without deleteExisting, so Anki keeps an existing file of that name and
//! stores other content as `NAME-SHA1.EXT`; nothing is lost (`tests/cli/media.rs` checks it).

use super::context::Ctx;
use crate::error::{CliError, Result};

/// When a destructive command needs consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Every run.
    Always,
    /// Only when this holds (known from the arguments, or from a plan read from Anki).
    If(&'static str),
}

/// A command that can destroy what cannot be got back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Destructive {
    /// Its path in the command tree, e.g. `note delete`.
    pub command: &'static str,
    /// When it needs `--yes`.
    pub when: When,
    /// What is lost, for messages and the README.
    pub loses: &'static str,
}

/// Every command that needs `--yes` (off a terminal) or a "y" (on one).
pub const DESTRUCTIVE: &[Destructive] = &[
    Destructive {
        command: "deck delete",
        when: When::Always,
        loses: "the decks with all their cards and subdecks",
    },
    Destructive {
        command: "deck config remove",
        when: When::Always,
        loses: "the options group (its decks fall back to Default)",
    },
    Destructive {
        command: "note delete",
        when: When::Always,
        loses: "the notes with all their cards and review history",
    },
    Destructive {
        command: "note remove-empty",
        when: When::Always,
        loses: "every note type that no note uses",
    },
    Destructive {
        command: "note update-model",
        when: When::Always,
        loses: "the note's fields and tags as they are now",
    },
    Destructive {
        command: "card forget",
        when: When::Always,
        loses: "the cards' scheduling (they become new)",
    },
    Destructive {
        command: "card relearn",
        when: When::Always,
        loses: "the cards' intervals (they go back to relearning)",
    },
    Destructive {
        command: "card set",
        when: When::If("it sets a column other than flags or did"),
        loses: "the card's scheduling or identity columns as they are now",
    },
    Destructive {
        command: "media delete",
        when: When::Always,
        loses: "the media files (moved to Anki's media trash)",
    },
    Destructive {
        command: "media store",
        when: When::If("it would replace an existing media file with other content"),
        loses: "the existing media file's content (moved to Anki's media trash)",
    },
    Destructive {
        command: "model field remove",
        when: When::Always,
        loses: "the field and its content in every note",
    },
    Destructive {
        command: "model template remove",
        when: When::Always,
        loses: "the template and every card made from it",
    },
    Destructive {
        command: "model push",
        when: When::If("its plan removes a field or a template"),
        loses: "the removed fields' content and the removed templates' cards",
    },
    Destructive {
        command: "package import",
        when: When::Always,
        loses: "notes and note types the package overwrites with its own versions (Anki cannot show which beforehand)",
    },
];

/// The table's entry for `command`.
///
/// # Panics
/// When `command` is not in [`DESTRUCTIVE`]: every gate names a command of the table.
pub fn entry(command: &str) -> &'static Destructive {
    DESTRUCTIVE
        .iter()
        .find(|d| d.command == command)
        .unwrap_or_else(|| panic!("`{command}` is not in commands::safety::DESTRUCTIVE"))
}

impl Ctx<'_> {
    /// The gate of a destructive `command` (an entry of [`DESTRUCTIVE`]), before anything is
    /// sent: with `--yes` or in a dry run it passes; off a terminal without `--yes` it fails with
    /// exit 2 and nothing has been sent. On a terminal the question comes later, from
    /// [`Ctx::confirm`], once the command knows exactly what it would destroy.
    pub fn destructive(&self, command: &str, yes: bool) -> Result<()> {
        let entry = entry(command);
        if yes || self.dry_run || self.term.stdin_tty {
            return Ok(());
        }
        Err(CliError::ConsentNeeded(format!(
            "`{}` destroys what cannot be got back ({}); stdin is not a terminal, so it cannot ask: \
             pass --yes to go ahead (nothing was sent)",
            entry.command, entry.loses
        )))
    }

    /// Asks before a destructive action (never in a dry run, which changes nothing); without a
    /// terminal `--yes` is required.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<()> {
        if self.dry_run {
            return Ok(());
        }
        crate::terminal::confirm(&self.term, question, yes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every leaf command's path, e.g. `note delete`, with the command itself.
    fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
        let mut subs = cmd.get_subcommands().peekable();
        if subs.peek().is_none() {
            out.push((path.trim().to_string(), cmd.clone()));
        }
        for sub in subs {
            leaves(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn exactly_the_destructive_commands_have_yes() {
        let mut all = Vec::new();
        leaves(&crate::cli::Cli::command(), "", &mut all);
        assert!(all.len() > 100, "the walk found {} commands", all.len());
        let mut wrong = Vec::new();
        for (path, cmd) in &all {
            let yes = cmd.get_arguments().find(|a| a.get_id() == "yes");
            let listed = DESTRUCTIVE.iter().any(|d| d.command == path);
            match (yes, listed) {
                (Some(arg), true) => {
                    if arg.get_long() != Some("yes") || arg.get_short() != Some('y') {
                        wrong.push(format!("{path}: its consent flag must be -y/--yes"));
                    }
                }
                (None, true) => wrong.push(format!("{path} is destructive but has no --yes")),
                (Some(_), false) => wrong.push(format!(
                    "{path} has --yes but is not in DESTRUCTIVE (add it, or drop the flag)"
                )),
                (None, false) => {}
            }
        }
        for d in DESTRUCTIVE {
            if !all.iter().any(|(p, _)| p == d.command) {
                wrong.push(format!("{} is in DESTRUCTIVE but not a command", d.command));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    fn ctx_with<'a>(
        transport: &'a dyn crate::client::Transport,
        settings: &'a crate::config::Settings,
        term: crate::terminal::Terminal,
        dry_run: bool,
    ) -> Ctx<'a> {
        Ctx {
            transport,
            settings,
            term,
            dry_run,
            stdin_allowed: true,
            progress: None,
        }
    }

    #[test]
    fn the_gate_needs_yes_off_a_terminal_only() {
        let none = crate::config::Overrides::default();
        let settings =
            crate::config::resolve_layers(&none, &none, &none, &crate::config::Env::default())
                .expect("default settings");
        let dry = crate::commands::fake_anki::FakeAnki::new();
        let piped = crate::terminal::Terminal::piped();
        let tty = crate::terminal::Terminal {
            stdin_tty: true,
            ..piped
        };
        let err = ctx_with(&dry, &settings, piped, false)
            .destructive("note update-model", false)
            .unwrap_err();
        assert_eq!(err.status().code(), 2);
        let text = err.to_string();
        assert!(
            text.contains("note update-model") && text.contains("--yes"),
            "{text}"
        );
        assert!(ctx_with(&dry, &settings, piped, false)
            .destructive("note update-model", true)
            .is_ok());
        assert!(ctx_with(&dry, &settings, piped, true)
            .destructive("note update-model", false)
            .is_ok());
        assert!(ctx_with(&dry, &settings, tty, false)
            .destructive("note update-model", false)
            .is_ok());
        assert!(dry.sent().is_empty());
    }
}
