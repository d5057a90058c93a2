//! Tab completion: subcommands and flags from the clap tree, and live values from Anki
//! (deck, note type, field and tag names), fetched once per session and cached.

use std::cell::RefCell;
use std::collections::HashMap;

use clap::CommandFactory;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use serde_json::json;

use crate::app::Session;
use crate::cli::{Cli, GlobalArgs};
use crate::client::{HttpTransport, Transport};
use crate::request::Request;

/// Live values the completer can ask Anki for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Live {
    /// Deck names.
    Decks,
    /// Note type names.
    Models,
    /// Field names of a note type.
    Fields(String),
    /// Tags.
    Tags,
}

impl Live {
    /// The request that fetches these values.
    pub fn request(&self) -> Request {
        match self {
            Live::Decks => Request::bare("deckNames"),
            Live::Models => Request::bare("modelNames"),
            Live::Fields(model) => Request::new("modelFieldNames", json!({ "modelName": model })),
            Live::Tags => Request::bare("getTags"),
        }
    }
}

/// Which live values a value-taking flag wants.
fn live_for_flag(flag: &str, words: &[String], default_model: Option<&str>) -> Option<Live> {
    Some(match flag {
        "--deck" | "-d" | "--to" | "--duplicate-deck" => Live::Decks,
        "--model" | "-m" => Live::Models,
        "--tag" | "-t" | "--add-tag" | "--remove-tag" => Live::Tags,
        "--field" | "-f" => {
            let model = words
                .windows(2)
                .rev()
                .find(|w| w[0] == "--model" || w[0] == "-m")
                .map(|w| w[1].clone())
                .or_else(|| default_model.map(String::from))?;
            Live::Fields(model)
        }
        _ => return None,
    })
}

/// Splits the text before the cursor into finished words and the partial word (with its start).
pub fn split_words(before: &str) -> (Vec<String>, String, usize) {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut quote: Option<char> = None;
    for (i, ch) in before.char_indices() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => current.push(c),
            (None, '\'' | '"') => {
                if current.is_empty() {
                    start = i;
                }
                quote = Some(ch);
            }
            (None, c) if c.is_whitespace() => {
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
                start = i + c.len_utf8();
            }
            (None, c) => {
                if current.is_empty() {
                    start = i;
                }
                current.push(c);
            }
        }
    }
    (words, current, start)
}

/// Quotes a candidate that contains spaces or quotes, as the REPL's shell-like split expects.
fn quote(value: &str) -> String {
    if value
        .chars()
        .any(|c| c.is_whitespace() || c == '\'' || c == '"' || c == '#')
    {
        format!("'{}'", value.replace('\'', "'\"'\"'"))
    } else {
        value.to_string()
    }
}

/// Completes `line` at `pos`; `fetch` supplies live values (empty when Anki is unreachable).
pub fn candidates(
    line: &str,
    pos: usize,
    default_model: Option<&str>,
    fetch: &dyn Fn(&Live) -> Vec<String>,
) -> (usize, Vec<Pair>) {
    let (words, partial, start) = split_words(&line[..pos]);
    let root = Cli::command();
    let mut node = &root;
    let mut expecting_value: Option<String> = None;
    for word in &words {
        if expecting_value.take().is_some() {
            continue;
        }
        if word.starts_with('-') {
            if !word.contains('=') && takes_value(node, &root, word) {
                expecting_value = Some(word.clone());
            }
        } else if let Some(sub) = node.find_subcommand(word) {
            node = sub;
        }
    }
    let pairs = |items: Vec<String>, suffix: &str| -> Vec<Pair> {
        let mut items: Vec<String> = items
            .into_iter()
            .filter(|c| c.starts_with(partial.as_str()))
            .collect();
        items.sort();
        items.dedup();
        items
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: format!("{}{suffix}", quote(&c)),
            })
            .collect()
    };
    if let Some(flag) = expecting_value {
        return match live_for_flag(&flag, &words, default_model) {
            Some(live @ Live::Fields(_)) => (start, pairs(fetch(&live), "=")),
            Some(live) => (start, pairs(fetch(&live), "")),
            None => (start, Vec::new()),
        };
    }
    if partial.starts_with('-') {
        let mut flags: Vec<String> = node
            .get_arguments()
            .chain(root.get_arguments().filter(|a| a.is_global_set()))
            .filter(|a| !a.is_hide_set())
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .collect();
        flags.push("--help".into());
        return (start, pairs(flags, ""));
    }
    let mut names: Vec<String> = node
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .flat_map(|s| {
            std::iter::once(s.get_name().to_string())
                .chain(s.get_visible_aliases().map(String::from))
        })
        .collect();
    if std::ptr::eq(node, &root) {
        names.extend(["set", "unset", "exit", "quit"].map(String::from));
    }
    (start, pairs(names, ""))
}

fn takes_value(node: &clap::Command, root: &clap::Command, word: &str) -> bool {
    let arg = node.get_arguments().chain(root.get_arguments()).find(|a| {
        word.strip_prefix("--")
            .is_some_and(|l| a.get_long() == Some(l))
            || (word.len() == 2 && word.starts_with('-') && a.get_short() == word.chars().nth(1))
    });
    arg.is_some_and(|a| a.get_action().takes_values())
}

/// The rustyline helper: completion with a per-session cache of live values.
pub struct ReplHelper {
    transport: Option<HttpTransport>,
    default_model: Option<String>,
    cache: RefCell<HashMap<Live, Vec<String>>>,
}

impl ReplHelper {
    /// A helper talking to the session's AnkiConnect.
    pub fn new(session: &Session, global: &GlobalArgs) -> Self {
        let settings = session.settings(&global.overrides()).ok();
        ReplHelper {
            transport: settings.as_ref().map(|s| session.transport(s, false)),
            default_model: settings.and_then(|s| s.model.map(|m| m.value)),
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Forgets cached values and reconnects (after `set url`, a profile switch or a reconnection).
    pub fn reset(&mut self, session: &Session, global: &GlobalArgs) {
        *self = ReplHelper::new(session, global);
    }

    /// Live values, from the cache or from Anki; empty (and not cached) when Anki fails.
    pub fn live(&self, what: &Live) -> Vec<String> {
        if let Some(values) = self.cache.borrow().get(what) {
            return values.clone();
        }
        let Some(transport) = &self.transport else {
            return Vec::new();
        };
        match transport.call(&what.request()) {
            Ok(value) => {
                let values: Vec<String> = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect();
                self.cache.borrow_mut().insert(what.clone(), values.clone());
                values
            }
            Err(_) => Vec::new(),
        }
    }

    /// Completes a line (what Tab does).
    pub fn complete_line(&self, line: &str, pos: usize) -> (usize, Vec<Pair>) {
        candidates(line, pos, self.default_model.as_deref(), &|live| {
            self.live(live)
        })
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        Ok(self.complete_line(line, pos))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(line: &str) -> Vec<String> {
        let fetch = |live: &Live| match live {
            Live::Decks => vec!["Default".to_string(), "Japanese::JLPT N3".to_string()],
            Live::Models => vec!["Basic".to_string(), "Cloze".to_string()],
            Live::Fields(m) if m == "Basic" => vec!["Front".to_string(), "Back".to_string()],
            Live::Fields(_) => vec![],
            Live::Tags => vec!["verbs".to_string(), "vocab".to_string()],
        };
        candidates(line, line.len(), None, &fetch)
            .1
            .into_iter()
            .map(|p| p.replacement)
            .collect()
    }

    #[test]
    fn subcommands_and_flags_come_from_the_clap_tree() {
        assert_eq!(complete("de"), vec!["deck"]);
        assert!(complete("").contains(&"set".to_string()));
        assert_eq!(complete("deck cr"), vec!["create"]);
        assert!(complete("note add --al").contains(&"--allow-duplicate".to_string()));
        assert!(
            complete("deck list --").contains(&"--output".to_string()),
            "global flags too"
        );
    }

    #[test]
    fn flag_values_are_live() {
        assert_eq!(complete("note add --deck Ja"), vec!["'Japanese::JLPT N3'"]);
        assert_eq!(complete("note add -m "), vec!["Basic", "Cloze"]);
        assert_eq!(complete("note add -m Basic --field F"), vec!["Front="]);
        assert_eq!(complete("note add --tag v"), vec!["verbs", "vocab"]);
        assert!(
            complete("note add --field F").is_empty(),
            "no model known: no fields"
        );
    }

    #[test]
    fn words_split_with_quotes_and_positions() {
        let (words, partial, start) = split_words("note add --deck 'My De");
        assert_eq!(words, vec!["note", "add", "--deck"]);
        assert_eq!((partial.as_str(), start), ("My De", 16));
    }
}
