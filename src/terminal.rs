//! What is a terminal, whether color is allowed, and asking the user to confirm.

use std::io::{BufRead, IsTerminal, Write};

use crate::config::Env;
use crate::error::{CliError, Result};

/// Set to 1 to make anki-cli behave as on a terminal (for tests and `script`-less CI).
pub const FORCE_TTY_VAR: &str = "ANKI_CLI_FORCE_TTY";

/// Terminal facts, decided once at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    /// stdin is a terminal (confirmation prompts may be shown).
    pub stdin_tty: bool,
    /// stdout is a terminal (tables, human sentences).
    pub stdout_tty: bool,
    /// stderr is a terminal (colored error prefix).
    pub stderr_tty: bool,
    /// Color and bold are allowed (`NO_COLOR` unset).
    pub color: bool,
}

impl Terminal {
    /// Detects the real streams, honouring `ANKI_CLI_FORCE_TTY` and `NO_COLOR`.
    pub fn detect(env: &Env) -> Self {
        let forced = env.get(FORCE_TTY_VAR).is_some_and(|v| v != "0");
        let stdout_tty = forced || std::io::stdout().is_terminal();
        Terminal {
            stdin_tty: forced || std::io::stdin().is_terminal(),
            stdout_tty,
            stderr_tty: forced || std::io::stderr().is_terminal(),
            color: stdout_tty && !forced && env.0.get("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    /// A terminal-less setting, for tests.
    pub fn piped() -> Self {
        Terminal {
            stdin_tty: false,
            stdout_tty: false,
            stderr_tty: false,
            color: false,
        }
    }

    /// For a command that needs stdin and stdout to be a terminal (it reads keys, or runs an
    /// editor): a usage error saying `needs`, which of the two is not a terminal, then `instead`.
    pub fn require_interactive(&self, needs: &str, instead: &str) -> Result<()> {
        let missing: Vec<&str> = [("stdin", self.stdin_tty), ("stdout", self.stdout_tty)]
            .into_iter()
            .filter(|(_, tty)| !tty)
            .map(|(name, _)| name)
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        Err(CliError::Usage(format!(
            "{needs}, but {} {} not one: {instead}",
            missing.join(" and "),
            if missing.len() == 1 { "is" } else { "are" }
        )))
    }
}

/// Asks `question` on stderr and reads y/N from stdin; without a terminal, `--yes` is required.
pub fn confirm(term: &Terminal, question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !term.stdin_tty {
        return Err(CliError::ConsentNeeded(format!(
            "confirmation needed ({question}) but stdin is not a terminal: pass --yes to go ahead"
        )));
    }
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "{question} [y/N] ");
    let _ = stderr.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| CliError::Usage(format!("cannot read the answer: {e}")))?;
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(CliError::Declined)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn require_interactive_names_what_is_not_a_terminal() {
        let both = Terminal {
            stdin_tty: true,
            stdout_tty: true,
            ..Terminal::piped()
        };
        assert!(both
            .require_interactive("x needs a terminal", "do y")
            .is_ok());
        let err = Terminal::piped()
            .require_interactive("x needs a terminal", "do y")
            .unwrap_err();
        assert_eq!(err.status(), crate::error::ExitStatus::Usage);
        assert_eq!(
            err.to_string(),
            "x needs a terminal, but stdin and stdout are not one: do y"
        );
        let no_stdout = Terminal {
            stdin_tty: true,
            ..Terminal::piped()
        };
        assert_eq!(
            no_stdout
                .require_interactive("x needs a terminal", "do y")
                .unwrap_err()
                .to_string(),
            "x needs a terminal, but stdout is not one: do y"
        );
    }

    #[test]
    fn without_a_terminal_yes_is_required() {
        let err = confirm(&Terminal::piped(), "Delete deck X?", false).unwrap_err();
        assert!(err.to_string().contains("--yes"));
        assert_eq!(err.status().code(), 2);
        assert!(confirm(&Terminal::piped(), "Delete deck X?", true).is_ok());
    }
}
