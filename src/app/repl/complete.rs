//! Tab completion: subcommands and flags from the clap tree, and live values from Anki
//! (deck, note type, field and tag names), fetched once per session and cached.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use crate::app::session::Session;
use crate::client::HttpTransport;
use crate::commands::context::Ctx;
use crate::config::Settings;
use crate::request::Call;
use crate::terminal::Terminal;

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
    /// The call that fetches these values: each answers a list of names.
    pub fn call(&self) -> Call<Vec<String>> {
        match self {
            Live::Decks => crate::api::deck::deck_names(),
            Live::Models => crate::api::model::model_names(),
            Live::Fields(model) => crate::api::model::model_field_names(model),
            Live::Tags => crate::api::note::get_tags(),
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
    if needs_quotes(value) {
        shell_quote(value)
    } else {
        value.to_string()
    }
}

/// Whether the shell-like split would cut `value` or change it.
fn needs_quotes(value: &str) -> bool {
    value
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '\'' | '"' | '#' | '\\'))
}

/// `value` in single quotes (a `'` inside written as `'"'"'`).
fn shell_quote(value: &str) -> String {
    format!("'{}'", value.replace('\'', "'\"'\"'"))
}

/// The search keys whose values the completer knows.
const SEARCH_KEYS: [(&str, Live); 3] = [
    ("deck:", Live::Decks),
    ("note:", Live::Models),
    ("tag:", Live::Tags),
];

/// A name as the value of a search term: its `"` and `\` escaped, in double quotes when it holds
/// spaces or parentheses. Anki's wildcards `*` and `_` are left alone: they match themselves too.
fn search_value(name: &str, force_quotes: bool) -> String {
    let mut escaped = String::with_capacity(name.len());
    for c in name.chars() {
        if matches!(c, '\\' | '"') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    if force_quotes || search_value_needs_quotes(name) {
        format!("\"{escaped}\"")
    } else {
        escaped
    }
}

fn search_value_needs_quotes(name: &str) -> bool {
    name.chars()
        .any(|c| c.is_whitespace() || matches!(c, '(' | ')' | '\u{3000}'))
}

/// The longest common prefix of `items`.
fn common_prefix<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    let mut items = items.into_iter();
    let Some(first) = items.next() else {
        return String::new();
    };
    let mut prefix = first.as_str();
    for item in items {
        let len = prefix
            .char_indices()
            .zip(item.chars())
            .find(|((_, a), b)| a != b)
            .map_or(prefix.len().min(item.len()), |((i, _), _)| i);
        prefix = &prefix[..len];
    }
    prefix.to_string()
}

/// The values that start with `typed` (case-sensitively; else ignoring case), sorted.
fn matching(values: Vec<String>, typed: &str) -> Vec<String> {
    let mut exact: Vec<String> = values
        .iter()
        .filter(|v| v.starts_with(typed))
        .cloned()
        .collect();
    if exact.is_empty() {
        let lower = typed.to_lowercase();
        exact = values
            .into_iter()
            .filter(|v| v.to_lowercase().starts_with(&lower))
            .collect();
    }
    exact.sort();
    exact.dedup();
    exact
}

/// Candidates for names: each shown as itself and replaced by `render(name, quote_all)`. When
/// some names need quotes and all share a prefix, all are quoted, so that the replacements
/// share that prefix too and Tab fills it in (`'Japanese` for `Japanese` and `Japanese::N3 x`).
fn name_pairs(
    names: Vec<String>,
    typed: &str,
    needs: fn(&str) -> bool,
    render: &dyn Fn(&str, bool) -> String,
    suffix: &str,
) -> Vec<Pair> {
    let names = matching(names, typed);
    let quote_all =
        names.len() > 1 && names.iter().any(|n| needs(n)) && !common_prefix(&names).is_empty();
    names
        .into_iter()
        .map(|name| Pair {
            replacement: format!("{}{suffix}", render(&name, quote_all)),
            display: name,
        })
        .collect()
}

/// Shell-quoted names (deck, note type, field and tag names as flag or positional values).
fn shell_pairs(names: Vec<String>, typed: &str, suffix: &str) -> Vec<Pair> {
    let render = |name: &str, all: bool| {
        if all {
            shell_quote(name)
        } else {
            quote(name)
        }
    };
    name_pairs(names, typed, needs_quotes, &render, suffix)
}

/// Completes one word of an Anki search: `deck:Fr` to `deck:French`, after `tag:` tags, after
/// `note:` note types, also negated or after an opening parenthesis (`-tag:ol`, `(deck:Ja`).
fn search_pairs(partial: &str, fetch: &dyn Fn(&Live) -> Vec<String>) -> Vec<Pair> {
    let lead_len = partial.len() - partial.trim_start_matches(['-', '(']).len();
    let (lead, term) = partial.split_at(lead_len);
    let lower = term.to_lowercase();
    if let Some((key, live)) = SEARCH_KEYS.iter().find(|(k, _)| lower.starts_with(k)) {
        let typed = &term[key.len()..];
        let key = &term[..key.len()];
        let render = |name: &str, all: bool| format!("{lead}{key}{}", search_value(name, all));
        return name_pairs(fetch(live), typed, search_value_needs_quotes, &render, "");
    }
    if term.is_empty() || term.contains(':') {
        return Vec::new();
    }
    SEARCH_KEYS
        .iter()
        .filter(|(k, _)| k.starts_with(&lower))
        .map(|(k, _)| Pair {
            display: k.to_string(),
            replacement: format!("{lead}{k}"),
        })
        .collect()
}

/// Which live values a positional argument wants: `arg` is its id, `path` the subcommands,
/// `model` the note type named by the line's first positional (for field names).
fn live_for_positional(path: &[String], arg: &str, model: Option<&str>) -> Option<Live> {
    let path = path.join(" ");
    Some(match (path.as_str(), arg) {
        (_, "deck" | "decks") => Live::Decks,
        ("deck create" | "deck delete" | "deck stats", "names") => Live::Decks,
        ("gui deck" | "gui review", "name") => Live::Decks,
        (_, "model") | ("model show", "names") => Live::Models,
        ("tag add" | "tag remove", "tags") | ("tag replace", "old") => Live::Tags,
        (p, "field" | "old") if p.starts_with("model field ") && p != "model field add" => {
            Live::Fields(model?.to_string())
        }
        _ => return None,
    })
}

/// The positional argument of `node` that the word after `count` positional words fills.
fn nth_positional(node: &clap::Command, count: usize) -> Option<&clap::Arg> {
    let mut positionals: Vec<&clap::Arg> = node.get_positionals().collect();
    positionals.sort_by_key(|a| a.get_index());
    let mut left = count;
    for arg in positionals {
        let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
        if left == 0 || many {
            return Some(arg);
        }
        left -= 1;
    }
    None
}

/// Completes `line` at `pos` on the session's clap tree `root`; `fetch` supplies live values
/// (empty when Anki is unreachable).
pub fn candidates(
    root: &clap::Command,
    line: &str,
    pos: usize,
    default_model: Option<&str>,
    fetch: &dyn Fn(&Live) -> Vec<String>,
) -> (usize, Vec<Pair>) {
    let (words, partial, start) = split_words(&line[..pos]);
    let args: Vec<String> = std::iter::once("anki-cli".to_string())
        .chain(words.iter().cloned())
        .collect();
    let walk = crate::cli::walk(root, &args);
    let node = walk.node;
    let search = crate::cli::takes_positional_query(node);
    if let Some(flag) = walk.pending_flag {
        return match flag.as_str() {
            "--query" | "-q" => (start, search_pairs(&partial, fetch)),
            _ => match live_for_flag(&flag, &words, default_model) {
                Some(live @ Live::Fields(_)) => (start, shell_pairs(fetch(&live), &partial, "=")),
                Some(live) => (start, shell_pairs(fetch(&live), &partial, "")),
                None => (start, Vec::new()),
            },
        };
    }
    let search_term = search && !partial.starts_with("--") && {
        let probe = vec!["anki-cli".to_string(), partial.clone()];
        !partial.starts_with('-') || !crate::cli::walk(node, &probe).positionals.is_empty()
    };
    if partial.starts_with('-') && !search_term {
        let mut flags: Vec<String> = node
            .get_arguments()
            .filter(|a| !a.is_hide_set())
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .collect();
        flags.push("--help".into());
        return (start, shell_pairs(flags, &partial, ""));
    }
    if search {
        return (start, search_pairs(&partial, fetch));
    }
    if walk.positionals.is_empty() && node.has_subcommands() {
        let mut names: Vec<String> = node
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .flat_map(|s| {
                std::iter::once(s.get_name().to_string())
                    .chain(s.get_visible_aliases().map(String::from))
            })
            .collect();
        if walk.path.is_empty() {
            names.extend(["help", "set", "unset", "exit", "quit"].map(String::from));
        }
        return (start, shell_pairs(names, &partial, ""));
    }
    let Some(arg) = nth_positional(node, walk.positionals.len()) else {
        return (start, Vec::new());
    };
    let model = walk.positionals.first().map(|&i| args[i].as_str());
    match live_for_positional(&walk.path, arg.get_id().as_str(), model) {
        Some(live) => (start, shell_pairs(fetch(&live), &partial, "")),
        None => (start, Vec::new()),
    }
}

/// The rustyline helper: completion on the session's clap tree, with the session's settings and
/// a cache of live values, both refreshed by [`ReplHelper::reset`].
pub struct ReplHelper {
    root: Rc<RefCell<clap::Command>>,
    /// The session's settings and transport (`None` when the settings do not resolve).
    anki: Option<(Settings, HttpTransport)>,
    term: Terminal,
    cache: RefCell<HashMap<Live, Vec<String>>>,
}

impl ReplHelper {
    /// A helper on the session's clap tree, talking to the session's AnkiConnect.
    pub fn new(session: &Session, root: Rc<RefCell<clap::Command>>) -> Self {
        let anki = session.settings(&Default::default()).ok().map(|s| {
            let transport = session.transport(&s, false);
            (s, transport)
        });
        ReplHelper {
            root,
            anki,
            term: session.term,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Takes the session's settings again and forgets cached values (after `set` or `unset`, a
    /// profile switch or a reconnection).
    pub fn reset(&mut self, session: &Session) {
        *self = ReplHelper::new(session, Rc::clone(&self.root));
    }

    /// The default note type, whose fields `-f` completes when the line names none.
    pub fn default_model(&self) -> Option<&str> {
        self.anki
            .as_ref()
            .and_then(|(s, _)| s.model.as_ref())
            .map(|m| m.value.as_str())
    }

    /// Live values, from the cache or from Anki through the commands' context; empty (and not
    /// cached) when Anki fails or answers something else than names.
    pub fn live(&self, what: &Live) -> Vec<String> {
        if let Some(values) = self.cache.borrow().get(what) {
            return values.clone();
        }
        let Some((settings, transport)) = &self.anki else {
            return Vec::new();
        };
        let ctx = Ctx {
            transport,
            settings,
            term: self.term,
            dry_run: false,
            stdin_allowed: false,
            progress: None,
        };
        match ctx.send(what.call()) {
            Ok(values) => {
                self.cache.borrow_mut().insert(what.clone(), values.clone());
                values
            }
            Err(_) => Vec::new(),
        }
    }

    /// Completes a line (what Tab does).
    pub fn complete_line(&self, line: &str, pos: usize) -> (usize, Vec<Pair>) {
        let root = self.root.borrow();
        candidates(&root, line, pos, self.default_model(), &|live| {
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
            Live::Decks => ["Default", "French", "French::Verbs", "Japanese::JLPT N3"]
                .map(String::from)
                .to_vec(),
            Live::Models => ["Basic", "Basic (and reversed card)", "Cloze"]
                .map(String::from)
                .to_vec(),
            Live::Fields(m) if m == "Basic" => vec!["Front".to_string(), "Back".to_string()],
            Live::Fields(_) => vec![],
            Live::Tags => vec!["verbs".to_string(), "vocab".to_string()],
        };
        candidates(&crate::cli::command(), line, line.len(), None, &fetch)
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
        assert_eq!(
            complete("note add -m "),
            vec!["Basic", "'Basic (and reversed card)'", "Cloze"]
        );
        assert_eq!(complete("note add -m Basic --field F"), vec!["Front="]);
        assert_eq!(complete("note add --tag v"), vec!["verbs", "vocab"]);
        assert!(
            complete("note add --field F").is_empty(),
            "no model known: no fields"
        );
    }

    #[test]
    fn positional_deck_note_type_and_field_names_are_live() {
        assert_eq!(complete("deck stats Fr"), vec!["French", "French::Verbs"]);
        assert_eq!(complete("deck delete Ja"), vec!["'Japanese::JLPT N3'"]);
        assert_eq!(
            complete("deck delete French "),
            vec!["Default", "French", "French::Verbs", "'Japanese::JLPT N3'"],
            "every name of a list"
        );
        assert_eq!(complete("deck stats fr"), vec!["French", "French::Verbs"]);
        assert_eq!(complete("gui review Def"), vec!["Default"]);
        assert_eq!(complete("model field list Cl"), vec!["Cloze"]);
        assert_eq!(complete("model field remove Basic Fr"), vec!["Front"]);
        assert!(
            complete("model field add Basic F").is_empty(),
            "a new field name"
        );
        assert_eq!(complete("tag replace ver"), vec!["verbs"]);
        assert!(complete("deck name 1").is_empty(), "an ID");
    }

    #[test]
    fn an_ambiguous_prefix_shares_its_quoting() {
        // Quoted alike, the replacements keep the names' common part: Tab fills it in.
        assert_eq!(
            complete("note add -m Basic"),
            vec!["'Basic'", "'Basic (and reversed card)'"]
        );
        assert_eq!(common_prefix(&complete("note add -m Basic")), "'Basic");
        assert_eq!(
            complete("card find note:Ba"),
            vec!["note:\"Basic\"", "note:\"Basic (and reversed card)\""]
        );
        assert_eq!(
            complete("note add -m "),
            vec!["Basic", "'Basic (and reversed card)'", "Cloze"],
            "nothing in common: each as it needs"
        );
    }

    #[test]
    fn search_terms_complete_deck_note_type_and_tag_names() {
        assert_eq!(
            complete("card find deck:Fr"),
            vec!["deck:French", "deck:French::Verbs"]
        );
        assert_eq!(
            complete("note find is:due deck:Ja"),
            vec!["deck:\"Japanese::JLPT N3\""]
        );
        assert_eq!(
            complete("note find -deck:Ja"),
            vec!["-deck:\"Japanese::JLPT N3\""],
            "a negated term"
        );
        assert_eq!(complete("gui browse (tag:ve"), vec!["(tag:verbs"]);
        assert_eq!(complete("note find note:Cl"), vec!["note:Cloze"]);
        assert_eq!(complete("note find de"), vec!["deck:"]);
        assert_eq!(
            complete("card suspend --query deck:Fr"),
            vec!["deck:French", "deck:French::Verbs"]
        );
        assert_eq!(complete("gui browse --so"), vec!["--sort"]);
        assert_eq!(search_value(r#"a_b*c "d\"#, false), r#""a_b*c \"d\\""#);
    }

    #[test]
    fn help_is_offered_at_the_start() {
        assert_eq!(complete("he"), vec!["help"]);
    }

    #[test]
    fn words_split_with_quotes_and_positions() {
        let (words, partial, start) = split_words("note add --deck 'My De");
        assert_eq!(words, vec!["note", "add", "--deck"]);
        assert_eq!((partial.as_str(), start), ("My De", 16));
    }
}
