//! The clap command tree: global flags and one subcommand group per category.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::commands::{
    api::ApiArgs, card::CardCommand, collection::PackageCommand, collection::ProfileCommand,
    deck::DeckCommand, gui::GuiCommand, media::MediaCommand, model::ModelCommand,
    note::NoteCommand, review::ReviewArgs, settings::ConfigCommand, stats::StatsCommand,
    tag::TagCommand,
};
use crate::config::Overrides;
use crate::output::Format;

/// Examples and exit codes shown at the end of `anki-cli --help`.
pub const ROOT_AFTER_HELP: &str = "\
Examples:
  anki-cli status                          Is Anki reachable? Which API version?
  anki-cli deck list                       Decks with their IDs
  anki-cli deck create 'French::Verbs'     Create a deck (prints its ID)
  anki-cli deck stats French               New, learning and review counts
  anki-cli note add -d French -m Basic -f Front=chat -f Back=cat
  anki-cli card find 'deck:French is:due' | anki-cli card suspend -
  anki-cli note import words.csv -d French -m Basic
  anki-cli review French                   Study a deck on the terminal
  anki-cli repl                            Interactive, with Tab completion
  anki-cli api findCards --params '{\"query\":\"deck:French\"}'
  anki-cli deck list -o json | jq .        Raw AnkiConnect result for scripts

Settings (highest first): flags, environment (ANKI_CLI_URL, ANKI_CLI_KEY, ANKI_CLI_TIMEOUT,
ANKI_CLI_OUTPUT), the config file (`anki-cli config path`), defaults.
With -o json (or ANKI_CLI_ERRORS=json) a failure prints one JSON object on stderr:
{\"error\": {\"code\", \"kind\", \"message\", \"hints\", \"action\", \"rows\"}}. For AI agents: anki-cli mcp.

Exit codes:
  0    success (also: nothing to do, as `-` reading no IDs or a --query matching nothing)
  1    AnkiConnect returned an error for the action, or the output could not be written
  2    usage error or bad input; nothing was sent
  3    cannot connect, timed out, or the reply was not AnkiConnect's
  4    API key missing or wrong, or request origin rejected (HTTP 403)
  5    some items of a batch failed
  130  interrupted (Ctrl-C)";

/// A fast, scriptable command-line client for AnkiConnect.
///
/// anki-cli talks to the AnkiConnect add-on of the Anki flashcard app
/// (http://127.0.0.1:8765 by default). On a terminal results print as tables;
/// piped, ID lists print one per line and everything else as AnkiConnect's JSON result.
#[derive(Debug, Parser)]
#[command(name = "anki-cli", version, long_version = env!("ANKI_CLI_LONG_VERSION"), after_help = ROOT_AFTER_HELP, propagate_version = true)]
pub struct Cli {
    /// Flags that apply to every subcommand.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The subcommand to run.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The help heading of the flags every subcommand accepts.
const GLOBAL: &str = "Global options";

/// Flags accepted by every subcommand.
#[derive(Debug, Clone, Args, Default)]
pub struct GlobalArgs {
    /// AnkiConnect's URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]
    #[arg(long, global = true, value_name = "URL", help_heading = GLOBAL)]
    pub url: Option<String>,

    /// Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)
    #[arg(long, global = true, value_name = "PATH", help_heading = GLOBAL)]
    pub key_file: Option<PathBuf>,

    /// Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]
    #[arg(long, global = true, value_name = "SECS", help_heading = GLOBAL)]
    pub timeout: Option<f64>,

    /// Output format [env: ANKI_CLI_OUTPUT] [default: auto]
    #[arg(short = 'o', long, global = true, value_enum, value_name = "FORMAT", help_heading = GLOBAL)]
    pub output: Option<Format>,

    /// Send only reads; print each write request instead of sending it (API key redacted)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub dry_run: bool,

    /// Log every request and reply on stderr (API key redacted)
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub verbose: bool,

    /// Switch Anki to this profile before running the command
    #[arg(long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub profile: Option<String>,
}

impl GlobalArgs {
    /// The settings these flags override.
    pub fn overrides(&self) -> Overrides {
        Overrides {
            url: self.url.clone(),
            key_file: self.key_file.clone(),
            timeout: self.timeout,
            output: self.output,
            ..Overrides::default()
        }
    }
}

/// Every subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Decks: list, create, delete, stats, move cards, options groups
    #[command(subcommand)]
    Deck(DeckCommand),

    /// Notes: add, find, show, update, edit in $EDITOR, import/export CSV, delete
    #[command(subcommand)]
    Note(NoteCommand),

    /// Tags: list, add, remove, replace, clear unused
    #[command(subcommand)]
    Tag(TagCommand),

    /// Cards: find, show, suspend, answer, reschedule, ease
    #[command(subcommand)]
    Card(CardCommand),

    /// Statistics: reviews today and by day, review logs, the stats page
    #[command(subcommand)]
    Stats(StatsCommand),

    /// Media files: store, get, list, delete
    #[command(subcommand)]
    Media(MediaCommand),

    /// Note types: fields, templates, CSS; pull to a folder and push back
    #[command(subcommand)]
    Model(ModelCommand),

    /// Anki's window: browse, add, review, answer (needs the desktop app)
    #[command(subcommand)]
    Gui(GuiCommand),

    /// Study a deck on the terminal while Anki schedules: question, answer, keys 1-4
    // Terminal-only (listed in TERMINAL_ONLY): it reads key presses and refuses to run without a
    // terminal, so tools such as an MCP server leave it out.
    #[command(after_help = crate::commands::review::AFTER_HELP)]
    Review(ReviewArgs),

    /// Anki profiles: list, current, load
    #[command(subcommand)]
    Profile(ProfileCommand),

    /// Sync the collection with AnkiWeb (may take minutes)
    #[command(after_help = "\
Anki must be logged in to AnkiWeb. A sync that needs a full upload or download must be
started from Anki's window. The default timeout for sync is 10 minutes.

Example:
  anki-cli sync")]
    Sync,

    /// Export or import .apkg packages (paths are on the machine where Anki runs)
    #[command(subcommand)]
    Package(PackageCommand),

    /// Run a batch of actions from a JSON file or stdin in one request
    #[command(after_help = crate::commands::multi::AFTER_HELP)]
    Multi {
        /// JSON file, or - for stdin
        file: String,
    },

    /// Reload the collection from disk
    Reload,

    /// Check the connection: reachable, API version, API key, supported actions
    #[command(
        visible_alias = "doctor",
        after_help = "Examples:\n  anki-cli status\n  anki-cli status -o json"
    )]
    Status,

    /// Print the AnkiConnect API version (6 for current add-ons)
    Version,

    /// Send any action and print its raw result as JSON
    Api(ApiArgs),

    /// List all 122 AnkiConnect actions, the subcommand that wraps each, and whether it reads or writes
    ///
    /// The Effect column (`effect` in JSON: "read" or "write") is what `--dry-run` goes by: reads
    /// are sent, writes are printed instead.
    #[command(
        after_help = "Examples:\n  anki-cli actions\n  anki-cli actions -o json | jq -r '.[] | select(.effect == \"write\") | .action'"
    )]
    Actions,

    /// Show the config file's path or the effective settings
    #[command(subcommand)]
    Config(ConfigCommand),

    /// An interactive session with history and live completion (also `anki-cli` alone on a terminal)
    #[command(after_help = "\
Inside: any anki-cli command without the `anki-cli`, plus
  help                      the REPL's help: commands, set, history, keys
  set                       show the session settings
  set output|deck|model|url VALUE, unset NAME
  exit, quit (or Ctrl-D)
Tab completes commands, flags, and deck, note type, field and tag names from Anki (in a
search after deck:, note: and tag:). The words of a search go to Anki as typed.
With stdin not a terminal it runs one command per line (# starts a comment) and exits
non-zero if any command failed.

Examples:
  anki-cli repl
  anki-cli repl < commands.txt")]
    Repl,

    /// Serve every command as a Model Context Protocol tool on stdio, for AI agents
    #[command(after_help = "\
Tools are the commands (gui, repl, completions and the like excepted), named by their path
(note_add, deck_list, model_field_rename); a tool's result is what `-o json` prints, a failure
the JSON error object with isError. --url, the key and --timeout come from this command line,
the environment and the config file, never from a tool call. With --dry-run every tool returns
the requests it would send.

Examples:
  anki-cli mcp                              register this command with an MCP client
  anki-cli mcp --read-only                  only the tools that change nothing
  anki-cli mcp --allow-destructive          also run deletions and the raw api/multi tools")]
    Mcp(McpArgs),

    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "Examples:\n  anki-cli completions bash > ~/.local/share/bash-completion/completions/anki-cli\n  anki-cli completions zsh > \"${fpath[1]}/_anki-cli\""
    )]
    Completions {
        /// The shell to generate for
        shell: clap_complete::Shell,
    },
}

/// Commands that only make sense on a terminal (they read key presses, open an editor or drive
/// an interactive session): tools such as an MCP server leave them out, as they leave out
/// `gui …`, which needs Anki's window.
pub const TERMINAL_ONLY: &[&str] = &["review", "repl", "note edit"];

/// The flags of `anki-cli mcp`.
#[derive(Debug, Clone, Args)]
pub struct McpArgs {
    /// Run the commands that destroy data (the `--yes` ones) and the raw `api` and `multi`;
    /// without it they refuse with consent_needed
    #[arg(long, conflicts_with = "read_only")]
    pub allow_destructive: bool,

    /// List only the tools that change nothing in Anki
    #[arg(long)]
    pub read_only: bool,
}

/// The name of the positional argument that holds an Anki search (`note find`, `card find`,
/// `gui browse`): all its words together are one search, as typed in Anki's search bar.
pub const QUERY_ARG: &str = "query";

/// Whether `word` (one dash, not `--`) is a cluster of short flags that `node` accepts, such as
/// `-v`, `-ojson` or `-vo` (else it is a negated search term such as `-tag:done` or `-vocab`,
/// whose `cab` is no output format).
fn is_short_flags(node: &clap::Command, word: &str) -> bool {
    for (i, c) in word.char_indices().skip(1) {
        let Some(arg) = node.get_arguments().find(|a| a.get_short() == Some(c)) else {
            return c == 'h' && !node.is_disable_help_flag_set();
        };
        if arg.get_action().takes_values() {
            let attached = &word[i + c.len_utf8()..];
            let choices = arg.get_possible_values();
            return attached.is_empty()
                || choices.is_empty()
                || choices.iter().any(|v| v.matches(attached, true));
        }
    }
    true
}

/// Whether the flag `word` of `node` takes a value in the next word.
fn flag_takes_next_value(node: &clap::Command, word: &str) -> bool {
    let arg = if let Some(long) = word.strip_prefix("--") {
        if long.contains('=') {
            return false;
        }
        node.get_arguments().find(|a| a.get_long() == Some(long))
    } else {
        if word.chars().count() != 2 {
            return false;
        }
        let c = word.chars().nth(1);
        node.get_arguments().find(|a| a.get_short() == c)
    };
    arg.is_some_and(|a| a.get_action().takes_values())
}

/// Whether `node` takes a positional search.
pub fn takes_positional_query(node: &clap::Command) -> bool {
    node.get_positionals().any(|a| a.get_id() == QUERY_ARG)
}

/// Where a command line leads in the clap tree (as far as it goes).
#[derive(Debug)]
pub struct Walk<'a> {
    /// The (sub)command reached.
    pub node: &'a clap::Command,
    /// The names of the subcommands on the way, e.g. `["deck", "stats"]`.
    pub path: Vec<String>,
    /// Indices of the words that are positional arguments of `node` (in a search, also the
    /// negated terms such as `-tag:done` and every word after `--`).
    pub positionals: Vec<usize>,
    /// The flag (e.g. `--deck`) whose value the next word would be, when the line ends on one.
    pub pending_flag: Option<String>,
}

/// Follows `args` (`args[0]` is the program) through `root`, which must be built.
pub fn walk<'a>(root: &'a clap::Command, args: &[String]) -> Walk<'a> {
    let mut walk = Walk {
        node: root,
        path: Vec::new(),
        positionals: Vec::new(),
        pending_flag: None,
    };
    let mut after_dashes = false;
    let mut i = 1;
    while i < args.len() {
        let word = args[i].as_str();
        let query = takes_positional_query(walk.node);
        let flag = if after_dashes {
            false
        } else if word == "--" {
            after_dashes = true;
            i += 1;
            continue;
        } else if word.starts_with("--") {
            true
        } else if word.len() > 1 && word.starts_with('-') {
            !query || is_short_flags(walk.node, word)
        } else {
            false
        };
        if flag {
            if flag_takes_next_value(walk.node, word) {
                if i + 1 == args.len() {
                    walk.pending_flag = Some(word.to_string());
                }
                i += 1;
            }
        } else if let Some(sub) = walk
            .node
            .find_subcommand(word)
            .filter(|_| walk.positionals.is_empty() && !after_dashes)
        {
            walk.node = sub;
            walk.path.push(sub.get_name().to_string());
        } else {
            walk.positionals.push(i);
        }
        i += 1;
    }
    walk
}

thread_local! {
    /// How many clap trees this thread built and how many command lines it parsed (see [`counts`]).
    static COUNTS: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// How many clap trees ([`command`]) this thread built and how many lines it parsed ([`parse`]):
/// the REPL builds one tree per session and parses each line once.
pub fn counts() -> (usize, usize) {
    COUNTS.with(std::cell::Cell::get)
}

/// The clap tree, built (global flags propagated to every subcommand): build it once, then
/// [`walk`] and [`parse`] on it.
pub fn command() -> clap::Command {
    COUNTS.with(|c| c.set((c.get().0 + 1, c.get().1)));
    let mut root = Cli::command();
    root.build();
    root
}

/// Parses `args` (`args[0]` is the program) on a tree made by [`command`], the words of a
/// positional search gathered first (see [`gather_query`]).
pub fn parse(root: &mut clap::Command, args: Vec<String>) -> Result<Cli, clap::Error> {
    COUNTS.with(|c| c.set((c.get().0, c.get().1 + 1)));
    let args = gather_query(root, args);
    let matches = root.try_get_matches_from_mut(args)?;
    <Cli as clap::FromArgMatches>::from_arg_matches(&matches)
}

/// The indices in `args` (`args[0]` is the program) of the words that make up a positional
/// search: every word after `note find`, `card find` or `gui browse` that is not a flag or a
/// flag's value, including negated terms such as `-tag:done` that are no flag of the command.
/// `root` is built (see [`command`]).
pub fn query_word_indices(root: &clap::Command, args: &[String]) -> Vec<usize> {
    let walk = walk(root, args);
    if takes_positional_query(walk.node) {
        walk.positionals
    } else {
        Vec::new()
    }
}

/// Rewrites a command line so that the words of a positional search, wherever they are among
/// the flags, come last after a `--`: `note find deck:French -tag:done -o json` parses as the
/// search `deck:French -tag:done` with `-o json`. Other command lines are returned unchanged.
pub fn gather_query(root: &clap::Command, args: Vec<String>) -> Vec<String> {
    let indices = query_word_indices(root, &args);
    if indices.is_empty() {
        return args;
    }
    let mut rest = Vec::with_capacity(args.len() + 1);
    let mut query = Vec::with_capacity(indices.len());
    let mut dashes_dropped = false;
    for (i, word) in args.into_iter().enumerate() {
        if indices.contains(&i) {
            query.push(word);
        } else if word == "--" && !dashes_dropped {
            dashes_dropped = true;
        } else {
            rest.push(word);
        }
    }
    rest.push("--".to_string());
    rest.extend(query);
    rest
}

/// Parses the process's command line, with positional searches gathered (see [`gather_query`]).
pub fn parse_args() -> Result<Cli, clap::Error> {
    let args: Option<Vec<String>> = std::env::args_os().map(|a| a.into_string().ok()).collect();
    match args {
        Some(args) => parse(&mut command(), args),
        None => Cli::try_parse(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    /// A subcommand flag named like a global flag swallows it (`--url` on `media store` once
    /// sent the AnkiConnect URL to Anki as a file to download); no subcommand may reuse one.
    #[test]
    fn no_subcommand_flag_reuses_a_global_flag_name() {
        let root = Cli::command();
        let globals: Vec<&clap::Arg> = root.get_arguments().filter(|a| a.is_global_set()).collect();
        let longs: Vec<&str> = globals.iter().filter_map(|a| a.get_long()).collect();
        let shorts: Vec<char> = globals.iter().filter_map(|a| a.get_short()).collect();
        let mut clashes = Vec::new();
        fn walk(
            cmd: &clap::Command,
            path: &str,
            longs: &[&str],
            shorts: &[char],
            out: &mut Vec<String>,
        ) {
            for arg in cmd.get_arguments().filter(|a| !a.is_global_set()) {
                if let Some(long) = arg.get_long().filter(|l| longs.contains(l)) {
                    out.push(format!("{path} --{long}"));
                }
                if let Some(short) = arg.get_short().filter(|s| shorts.contains(s)) {
                    out.push(format!("{path} -{short}"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(
                    sub,
                    &format!("{path} {}", sub.get_name()),
                    longs,
                    shorts,
                    out,
                );
            }
        }
        for sub in root.get_subcommands() {
            walk(sub, sub.get_name(), &longs, &shorts, &mut clashes);
        }
        assert!(
            longs.contains(&"url") && longs.contains(&"dry-run"),
            "the walk found the global flags: {longs:?}"
        );
        assert!(
            clashes.is_empty(),
            "subcommand flags that shadow a global flag: {clashes:?}"
        );
    }

    fn gathered(line: &str) -> Vec<String> {
        let args: Vec<String> = std::iter::once("anki-cli")
            .chain(line.split(' '))
            .map(String::from)
            .collect();
        gather_query(&command(), args)[1..].to_vec()
    }

    #[test]
    fn the_words_of_a_search_are_gathered_after_the_flags() {
        assert_eq!(
            gathered("note find deck:French tag:verbs"),
            ["note", "find", "--", "deck:French", "tag:verbs"]
        );
        assert_eq!(
            gathered("-o json card find deck:French -tag:done --url http://x -v is:due"),
            [
                "-o",
                "json",
                "card",
                "find",
                "--url",
                "http://x",
                "-v",
                "--",
                "deck:French",
                "-tag:done",
                "is:due"
            ]
        );
        assert_eq!(
            gathered("gui browse -is:new --sort cardDue -ojson -- -o"),
            ["gui", "browse", "--sort", "cardDue", "-ojson", "--", "-is:new", "-o"]
        );
        assert_eq!(gathered("note find -h"), ["note", "find", "-h"]);
        assert_eq!(
            gathered("note find -vocab -verbs -vojson"),
            ["note", "find", "-vojson", "--", "-vocab", "-verbs"],
            "-v -o cab is no flag cluster, -v -o json is"
        );
        assert_eq!(gathered("gui browse"), ["gui", "browse"]);
        assert_eq!(
            gathered("deck create find -x"),
            ["deck", "create", "find", "-x"],
            "commands without a search are left alone"
        );
        let cli = parse(
            &mut command(),
            [
                "anki-cli",
                "note",
                "find",
                "deck:French",
                "-tag:done",
                "-o",
                "json",
            ]
            .map(String::from)
            .to_vec(),
        )
        .unwrap();
        assert!(matches!(cli.global.output, Some(Format::Json)));
        match cli.command {
            Some(Command::Note(crate::commands::note::NoteCommand::Find { query })) => {
                assert_eq!(
                    crate::commands::input::join_query(&query),
                    "deck:French -tag:done"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn help_lists_every_exit_code() {
        for (status, meaning) in crate::error::ExitStatus::TABLE {
            let line = format!("{:<4} {meaning}", status.code());
            assert!(
                ROOT_AFTER_HELP.contains(&line),
                "missing exit code line: {line}"
            );
        }
    }
}
