//! One input line of the REPL: split like a shell (a search's words kept as typed) and
//! recognised as the REPL's own words (`exit`, `help`, `set`, `unset`) or parsed, once, into the
//! same typed command line as the shell's.

use crate::cli::Cli;
use crate::error::CliError;

/// What one input line asks for.
#[derive(Debug)]
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
    /// An anki-cli command, parsed (with the line's own flags only).
    Command(Box<Cli>),
    /// A line clap answered itself: help, version, or a usage error (printed as clap words it).
    Clap(clap::Error),
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

/// Splits a line like a shell into its words (without a leading `anki-cli`); the words of a
/// search (`note find`, `card find`, `gui browse`) are kept as typed, as in Anki's search bar.
/// `root` is the session's clap tree (see [`crate::cli::command`]).
pub fn words(line: &str, root: &clap::Command) -> Result<Vec<String>, CliError> {
    let mut words = split_line(line.trim()).ok_or_else(|| {
        CliError::Usage("unbalanced quotes (or a backslash at the end of the line)".into())
    })?;
    if words.first().is_some_and(|w| w.value == "anki-cli") {
        words.remove(0);
    }
    let mut values: Vec<String> = words.iter().map(|w| w.value.clone()).collect();
    let args: Vec<String> = std::iter::once("anki-cli".to_string())
        .chain(values.iter().cloned())
        .collect();
    for i in crate::cli::query_word_indices(root, &args) {
        values[i - 1] = search_word(&words[i - 1]);
    }
    Ok(values)
}

/// Splits a line like a shell, recognises the REPL's own words, and parses a command once on the
/// session's clap tree `root` into the same [`Cli`] the shell's command line gives.
pub fn parse_line(line: &str, root: &mut clap::Command) -> Result<Line, CliError> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return Ok(Line::Empty);
    }
    let values = words(trimmed, root)?;
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
        _ => {
            let args = std::iter::once("anki-cli".to_string())
                .chain(values)
                .collect();
            match crate::cli::parse(root, args) {
                Ok(cli) => Line::Command(Box::new(cli)),
                Err(err) => Line::Clap(err),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Line, CliError> {
        parse_line(line, &mut crate::cli::command())
    }

    fn values(line: &str) -> Vec<String> {
        words(line, &crate::cli::command()).unwrap()
    }

    #[test]
    fn lines_split_like_a_shell() {
        assert!(matches!(parse("  # note").unwrap(), Line::Empty));
        assert!(matches!(parse("quit").unwrap(), Line::Exit));
        assert_eq!(
            values("note add --field \"Front=hello world\""),
            ["note", "add", "--field", "Front=hello world"]
        );
        assert_eq!(values("anki-cli deck list"), ["deck", "list"]);
        assert!(matches!(
            parse("anki-cli deck list").unwrap(),
            Line::Command(_)
        ));
        assert!(matches!(parse("deck lisst").unwrap(), Line::Clap(_)));
        assert!(matches!(
            parse("set deck Japanese::JLPT N3").unwrap(),
            Line::Set(name, value) if name == "deck" && value == "Japanese::JLPT N3"
        ));
        assert!(matches!(parse("set").unwrap(), Line::ShowSettings));
        assert!(parse("note add \"oops").is_err());
        assert!(parse("set deck").is_err());
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
        let words = values;
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
}
