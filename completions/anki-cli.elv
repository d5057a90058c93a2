
use builtin;
use str;

set edit:completion:arg-completer[anki-cli] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'anki-cli'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'anki-cli'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand deck 'Decks: list, create, delete, stats, move cards, options groups'
            cand note 'Notes: add, find, show, update, edit in $EDITOR, import/export CSV, delete'
            cand tag 'Tags: list, add, remove, replace, clear unused'
            cand card 'Cards: find, show, suspend, answer, reschedule, ease'
            cand stats 'Statistics: reviews today and by day, review logs, the stats page'
            cand media 'Media files: store, get, list, delete'
            cand model 'Note types: fields, templates, CSS; pull to a folder and push back'
            cand gui 'Anki''s window: browse, add, review, answer (needs the desktop app)'
            cand review 'Study a deck on the terminal while Anki schedules: question, answer, keys 1-4'
            cand profile 'Anki profiles: list, current, load'
            cand sync 'Sync the collection with AnkiWeb (may take minutes)'
            cand package 'Export or import .apkg packages (paths are on the machine where Anki runs)'
            cand multi 'Run a batch of actions from a JSON file or stdin in one request'
            cand reload 'Reload the collection from disk'
            cand status 'Check the connection: reachable, API version, API key, supported actions'
            cand doctor 'Check the connection: reachable, API version, API key, supported actions'
            cand version 'Print the AnkiConnect API version (6 for current add-ons)'
            cand api 'Send any action and print its raw result as JSON'
            cand actions 'List all 122 AnkiConnect actions, the subcommand that wraps each, and whether it reads or writes'
            cand config 'Show the config file''s path or the effective settings'
            cand repl 'An interactive session with history and live completion (also `anki-cli` alone on a terminal)'
            cand mcp 'Serve every command as a Model Context Protocol tool on stdio, for AI agents'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;deck'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List decks with their IDs'
            cand ls 'List decks with their IDs'
            cand create 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs'
            cand delete 'Delete decks together with all their cards and subdecks'
            cand rm 'Delete decks together with all their cards and subdecks'
            cand stats 'New, learning and review counts per deck (all decks when none are named)'
            cand move 'Move cards to a deck (created if missing)'
            cand of-cards 'Show which deck each card is in'
            cand name 'Print the name of the deck with this ID'
            cand config 'Options groups (deck configurations): get, set, clone, remove, use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;deck;list'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --names 'Names only (the deckNames action)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;ls'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --names 'Names only (the deckNames action)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;create'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;delete'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;rm'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;stats'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;move'= {
            cand --to 'The target deck'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;of-cards'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;name'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the options group a deck uses'
            cand set 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file'
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID'
            cand remove 'Remove an options group (decks using it fall back to Default)'
            cand rm 'Remove an options group (decks using it fall back to Default)'
            cand use 'Make decks use an options group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;deck;config;get'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config;set'= {
            cand --file 'A whole options group as JSON (as `deck config get -o json` prints it), or - for stdin'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config;clone'= {
            cand --from 'The group to copy: its name or ID'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config;remove'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config;rm'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config;use'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config;help'= {
            cand get 'Show the options group a deck uses'
            cand set 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file'
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID'
            cand remove 'Remove an options group (decks using it fall back to Default)'
            cand use 'Make decks use an options group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;deck;config;help;get'= {
        }
        &'anki-cli;deck;config;help;set'= {
        }
        &'anki-cli;deck;config;help;clone'= {
        }
        &'anki-cli;deck;config;help;remove'= {
        }
        &'anki-cli;deck;config;help;use'= {
        }
        &'anki-cli;deck;config;help;help'= {
        }
        &'anki-cli;deck;help'= {
            cand list 'List decks with their IDs'
            cand create 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs'
            cand delete 'Delete decks together with all their cards and subdecks'
            cand stats 'New, learning and review counts per deck (all decks when none are named)'
            cand move 'Move cards to a deck (created if missing)'
            cand of-cards 'Show which deck each card is in'
            cand name 'Print the name of the deck with this ID'
            cand config 'Options groups (deck configurations): get, set, clone, remove, use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;deck;help;list'= {
        }
        &'anki-cli;deck;help;create'= {
        }
        &'anki-cli;deck;help;delete'= {
        }
        &'anki-cli;deck;help;stats'= {
        }
        &'anki-cli;deck;help;move'= {
        }
        &'anki-cli;deck;help;of-cards'= {
        }
        &'anki-cli;deck;help;name'= {
        }
        &'anki-cli;deck;help;config'= {
            cand get 'Show the options group a deck uses'
            cand set 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file'
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID'
            cand remove 'Remove an options group (decks using it fall back to Default)'
            cand use 'Make decks use an options group'
        }
        &'anki-cli;deck;help;config;get'= {
        }
        &'anki-cli;deck;help;config;set'= {
        }
        &'anki-cli;deck;help;config;clone'= {
        }
        &'anki-cli;deck;help;config;remove'= {
        }
        &'anki-cli;deck;help;config;use'= {
        }
        &'anki-cli;deck;help;help'= {
        }
        &'anki-cli;note'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a note; prints its ID'
            cand add-batch 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs'
            cand can-add 'Check whether notes could be added, and why not'
            cand find 'Find notes with Anki''s search syntax; prints their IDs'
            cand info 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)'
            cand update 'Change a note''s fields, media and tags'
            cand update-model 'Change a note''s type, with new field values (its old fields and tags are lost)'
            cand edit 'Open a note''s fields and tags in $VISUAL / $EDITOR and save what changed'
            cand delete 'Delete notes and all their cards'
            cand rm 'Delete notes and all their cards'
            cand remove-empty 'Remove unused note types (what AnkiConnect''s removeEmptyNotes really does)'
            cand import 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable'
            cand export 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)'
            cand mod-time 'Last modification time of notes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;note;add'= {
            cand -d 'Deck to add to (default: `deck` in the config file)'
            cand --deck 'Deck to add to (default: `deck` in the config file)'
            cand -m 'Note type (default: `model` in the config file)'
            cand --model 'Note type (default: `model` in the config file)'
            cand -f 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --field 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --audio 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)'
            cand --video 'Attach video (same syntax as --audio)'
            cand --picture 'Attach a picture (same syntax as --audio)'
            cand -t 'A tag (repeatable; spaces separate several)'
            cand --tag 'A tag (repeatable; spaces separate several)'
            cand --duplicate-scope 'Where to look for duplicates'
            cand --duplicate-deck 'With --duplicate-scope deck: look in this deck instead of the target deck'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --markdown 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
            cand --allow-duplicate 'Add the note even if its first field duplicates another note''s'
            cand --check-children 'With --duplicate-scope deck: also look in the deck''s subdecks'
            cand --check-all-models 'Look for duplicates in every note type, not just this one'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;add-batch'= {
            cand -d 'Deck for notes without deckName'
            cand --deck 'Deck for notes without deckName'
            cand -m 'Note type for notes without modelName'
            cand --model 'Note type for notes without modelName'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;can-add'= {
            cand -d 'Deck to add to (default: `deck` in the config file)'
            cand --deck 'Deck to add to (default: `deck` in the config file)'
            cand -m 'Note type (default: `model` in the config file)'
            cand --model 'Note type (default: `model` in the config file)'
            cand -f 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --field 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --audio 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)'
            cand --video 'Attach video (same syntax as --audio)'
            cand --picture 'Attach a picture (same syntax as --audio)'
            cand -t 'A tag (repeatable; spaces separate several)'
            cand --tag 'A tag (repeatable; spaces separate several)'
            cand --duplicate-scope 'Where to look for duplicates'
            cand --duplicate-deck 'With --duplicate-scope deck: look in this deck instead of the target deck'
            cand --file 'Check every note of a JSON file (as for `note add-batch`), or - for stdin'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --markdown 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
            cand --allow-duplicate 'Add the note even if its first field duplicates another note''s'
            cand --check-children 'With --duplicate-scope deck: also look in the deck''s subdecks'
            cand --check-all-models 'Look for duplicates in every note type, not just this one'
            cand --no-detail 'Use canAddNote(s): yes/no without reasons (for add-ons before 2023)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;find'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;info'= {
            cand -q 'Select notes by a search instead of IDs (one argument: quote a search of several words)'
            cand --query 'Select notes by a search instead of IDs (one argument: quote a search of several words)'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;update'= {
            cand -f 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --field 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --audio 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)'
            cand --video 'Attach video (same syntax as --audio)'
            cand --picture 'Attach a picture (same syntax as --audio)'
            cand --tags 'Replace all tags with these (space-separated; '''' removes all)'
            cand --add-tag 'Add a tag (repeatable)'
            cand --remove-tag 'Remove a tag (repeatable)'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --markdown 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;update-model'= {
            cand -m 'The new note type'
            cand --model 'The new note type'
            cand -f 'A field of the new type as NAME=VALUE (repeatable)'
            cand --field 'A field of the new type as NAME=VALUE (repeatable)'
            cand -t 'Tags of the note afterwards (repeatable; without it the note loses its tags, as in AnkiConnect)'
            cand --tag 'Tags of the note afterwards (repeatable; without it the note loses its tags, as in AnkiConnect)'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;edit'= {
            cand --file 'Take the edited document from FILE (- for stdin) instead of opening an editor'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;delete'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;rm'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;remove-empty'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;import'= {
            cand --format 'File format (default: by extension; .tsv/.tab/.txt are TSV)'
            cand --delimiter 'Column delimiter (one character; overrides --format)'
            cand -d 'Deck for rows without a deck column (default: `deck` in the config file)'
            cand --deck 'Deck for rows without a deck column (default: `deck` in the config file)'
            cand -m 'Note type for rows without a model column (default: `model` in the config file)'
            cand --model 'Note type for rows without a model column (default: `model` in the config file)'
            cand --tags 'Tags added to every note (space-separated)'
            cand --map 'Rename a column: COLUMN=FIELD (repeatable)'
            cand --on-duplicate 'What to do with rows that duplicate an existing note'
            cand --batch 'Notes per request'
            cand --duplicate-scope 'Where a duplicate is looked for (the add-on''s duplicateScope)'
            cand --on-invalid 'What to do with rows that fail the check made before anything is sent'
            cand --errors 'Write failed rows, with a reason column, to this CSV file (fix it and import it again)'
            cand --existing-notes 'What a row does whose GUID (a GUID column) is already a note''s, as Anki''s "Existing notes"'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --no-header 'The file has no header: columns are the note type''s fields in order'
            cand --create-decks 'Create the decks that --deck or the deck column name and Anki lacks'
            cand --force 'Overwrite the --errors file if it exists'
            cand --fast 'Add the accepted rows with a package import instead of addNotes (see below)'
            cand --markdown 'Field values are Markdown, converted to HTML (as the header #markdown:true says)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;export'= {
            cand -q 'Which notes: an Anki search (one argument: quote a search of several words)'
            cand --query 'Which notes: an Anki search (one argument: quote a search of several words)'
            cand --format 'Format (default: by --out''s extension: .tsv, .json, .txt is anki; else CSV)'
            cand --out 'Write to this file instead of stdout'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --force 'Overwrite an existing file'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;mod-time'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;note;help'= {
            cand add 'Add a note; prints its ID'
            cand add-batch 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs'
            cand can-add 'Check whether notes could be added, and why not'
            cand find 'Find notes with Anki''s search syntax; prints their IDs'
            cand info 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)'
            cand update 'Change a note''s fields, media and tags'
            cand update-model 'Change a note''s type, with new field values (its old fields and tags are lost)'
            cand edit 'Open a note''s fields and tags in $VISUAL / $EDITOR and save what changed'
            cand delete 'Delete notes and all their cards'
            cand remove-empty 'Remove unused note types (what AnkiConnect''s removeEmptyNotes really does)'
            cand import 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable'
            cand export 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)'
            cand mod-time 'Last modification time of notes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;note;help;add'= {
        }
        &'anki-cli;note;help;add-batch'= {
        }
        &'anki-cli;note;help;can-add'= {
        }
        &'anki-cli;note;help;find'= {
        }
        &'anki-cli;note;help;info'= {
        }
        &'anki-cli;note;help;update'= {
        }
        &'anki-cli;note;help;update-model'= {
        }
        &'anki-cli;note;help;edit'= {
        }
        &'anki-cli;note;help;delete'= {
        }
        &'anki-cli;note;help;remove-empty'= {
        }
        &'anki-cli;note;help;import'= {
        }
        &'anki-cli;note;help;export'= {
        }
        &'anki-cli;note;help;mod-time'= {
        }
        &'anki-cli;note;help;help'= {
        }
        &'anki-cli;tag'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every tag in the collection'
            cand ls 'List every tag in the collection'
            cand of 'Show a note''s tags'
            cand set 'Replace a note''s tags with the given ones'
            cand add 'Add tags to notes'
            cand remove 'Remove tags from notes'
            cand rm 'Remove tags from notes'
            cand replace 'Rename a tag in given notes, or in all notes with --all'
            cand clear-unused 'Forget tags that no note uses any more'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;tag;list'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;ls'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;of'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;set'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;add'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;remove'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;rm'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;replace'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --all 'In every note of the collection'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;clear-unused'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;tag;help'= {
            cand list 'List every tag in the collection'
            cand of 'Show a note''s tags'
            cand set 'Replace a note''s tags with the given ones'
            cand add 'Add tags to notes'
            cand remove 'Remove tags from notes'
            cand replace 'Rename a tag in given notes, or in all notes with --all'
            cand clear-unused 'Forget tags that no note uses any more'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;tag;help;list'= {
        }
        &'anki-cli;tag;help;of'= {
        }
        &'anki-cli;tag;help;set'= {
        }
        &'anki-cli;tag;help;add'= {
        }
        &'anki-cli;tag;help;remove'= {
        }
        &'anki-cli;tag;help;replace'= {
        }
        &'anki-cli;tag;help;clear-unused'= {
        }
        &'anki-cli;tag;help;help'= {
        }
        &'anki-cli;card'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand find 'Find cards with Anki''s search syntax; prints their IDs'
            cand info 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue'
            cand mod-time 'Last modification time of cards'
            cand notes 'The notes the cards belong to; prints note IDs'
            cand suspend 'Suspend cards'
            cand unsuspend 'Unsuspend cards'
            cand suspended 'Whether cards are suspended'
            cand bury 'Bury cards until tomorrow, as Anki''s Bury does (`is:buried` finds them)'
            cand unbury 'Unbury cards: each gets back the queue of its type, as Anki''s Unbury gives it'
            cand reposition 'Move new cards to new positions in the new-card order, as Anki''s Reposition does'
            cand due 'Whether cards are due'
            cand intervals 'Card intervals (negative: seconds, positive: days)'
            cand ease 'Ease factors (2500 = 250%)'
            cand set-ease 'Set the ease factor of cards (2500 = 250%)'
            cand set 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)'
            cand forget 'Reset cards to new (their review history is kept)'
            cand relearn 'Put cards back into relearning (their intervals are lost)'
            cand answer 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy'
            cand set-due 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;card;find'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;info'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;mod-time'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;notes'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;suspend'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;unsuspend'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;suspended'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;bury'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;unbury'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;reposition'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --start 'The first position'
            cand --step 'How far apart the positions of successive notes are'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --randomize 'Shuffle the notes instead of keeping the order the cards are given in'
            cand --shift 'Move the other new cards at or after --start up to make room'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;due'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;intervals'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --complete 'Every interval of each card''s history, not just the latest'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;ease'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;set-ease'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;set'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --warning-check 'Allow the risky keys'
            cand -y 'Do not ask before overwriting scheduling or identity columns (required for them when stdin is not a terminal)'
            cand --yes 'Do not ask before overwriting scheduling or identity columns (required for them when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;forget'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;relearn'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;answer'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;set-due'= {
            cand -q 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --query 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;card;help'= {
            cand find 'Find cards with Anki''s search syntax; prints their IDs'
            cand info 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue'
            cand mod-time 'Last modification time of cards'
            cand notes 'The notes the cards belong to; prints note IDs'
            cand suspend 'Suspend cards'
            cand unsuspend 'Unsuspend cards'
            cand suspended 'Whether cards are suspended'
            cand bury 'Bury cards until tomorrow, as Anki''s Bury does (`is:buried` finds them)'
            cand unbury 'Unbury cards: each gets back the queue of its type, as Anki''s Unbury gives it'
            cand reposition 'Move new cards to new positions in the new-card order, as Anki''s Reposition does'
            cand due 'Whether cards are due'
            cand intervals 'Card intervals (negative: seconds, positive: days)'
            cand ease 'Ease factors (2500 = 250%)'
            cand set-ease 'Set the ease factor of cards (2500 = 250%)'
            cand set 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)'
            cand forget 'Reset cards to new (their review history is kept)'
            cand relearn 'Put cards back into relearning (their intervals are lost)'
            cand answer 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy'
            cand set-due 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;card;help;find'= {
        }
        &'anki-cli;card;help;info'= {
        }
        &'anki-cli;card;help;mod-time'= {
        }
        &'anki-cli;card;help;notes'= {
        }
        &'anki-cli;card;help;suspend'= {
        }
        &'anki-cli;card;help;unsuspend'= {
        }
        &'anki-cli;card;help;suspended'= {
        }
        &'anki-cli;card;help;bury'= {
        }
        &'anki-cli;card;help;unbury'= {
        }
        &'anki-cli;card;help;reposition'= {
        }
        &'anki-cli;card;help;due'= {
        }
        &'anki-cli;card;help;intervals'= {
        }
        &'anki-cli;card;help;ease'= {
        }
        &'anki-cli;card;help;set-ease'= {
        }
        &'anki-cli;card;help;set'= {
        }
        &'anki-cli;card;help;forget'= {
        }
        &'anki-cli;card;help;relearn'= {
        }
        &'anki-cli;card;help;answer'= {
        }
        &'anki-cli;card;help;set-due'= {
        }
        &'anki-cli;card;help;help'= {
        }
        &'anki-cli;stats'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand today 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)'
            cand by-day 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts'
            cand html 'Anki''s statistics page as HTML, written to a file'
            cand reviews 'Reviews of the cards in a deck (not its subdecks) after a review ID'
            cand card-reviews 'Every review of the given cards'
            cand latest-review 'The ID (time in ms) of the latest review of a deck''s cards (not its subdecks''); 0 if none'
            cand insert-reviews 'Add review-log rows from a CSV or JSON file (checked before anything is sent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;stats;today'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;stats;by-day'= {
            cand --days 'Show only the most recent N days'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;stats;html'= {
            cand --out 'Write the HTML here'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --current-deck 'Only the current deck instead of the whole collection'
            cand --force 'Overwrite an existing file'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;stats;reviews'= {
            cand --since 'Only reviews with a larger ID (a review ID is its time in ms)'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;stats;card-reviews'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;stats;latest-review'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;stats;insert-reviews'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;stats;help'= {
            cand today 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)'
            cand by-day 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts'
            cand html 'Anki''s statistics page as HTML, written to a file'
            cand reviews 'Reviews of the cards in a deck (not its subdecks) after a review ID'
            cand card-reviews 'Every review of the given cards'
            cand latest-review 'The ID (time in ms) of the latest review of a deck''s cards (not its subdecks''); 0 if none'
            cand insert-reviews 'Add review-log rows from a CSV or JSON file (checked before anything is sent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;stats;help;today'= {
        }
        &'anki-cli;stats;help;by-day'= {
        }
        &'anki-cli;stats;help;html'= {
        }
        &'anki-cli;stats;help;reviews'= {
        }
        &'anki-cli;stats;help;card-reviews'= {
        }
        &'anki-cli;stats;help;latest-review'= {
        }
        &'anki-cli;stats;help;insert-reviews'= {
        }
        &'anki-cli;stats;help;help'= {
        }
        &'anki-cli;media'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand store 'Store files in Anki''s media folder; prints each stored name (Anki may rename)'
            cand get 'Download a media file'
            cand list 'List media file names, optionally matching a glob pattern'
            cand ls 'List media file names, optionally matching a glob pattern'
            cand delete 'Delete media files (they go to Anki''s media trash)'
            cand rm 'Delete media files (they go to Anki''s media trash)'
            cand dir 'Print the media folder''s path (on the machine where Anki runs)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;media;store'= {
            cand --from-url 'Let Anki download this URL instead (not `--url`: that is AnkiConnect''s own URL)'
            cand --path 'A file on the machine where Anki runs'
            cand --name 'Name to store under (default: the file''s own name); only with one file'
            cand --skip-hash 'Skip storing when the data''s MD5 equals this hash'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --keep-existing 'Keep an existing file of that name (Anki then stores under a new name)'
            cand -y 'Replace existing media files of other content without asking (required when stdin is not a terminal)'
            cand --yes 'Replace existing media files of other content without asking (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;media;get'= {
            cand --out 'Where to write it, or - for stdout'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --force 'Overwrite an existing file'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;media;list'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;media;ls'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;media;delete'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;media;rm'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;media;dir'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;media;help'= {
            cand store 'Store files in Anki''s media folder; prints each stored name (Anki may rename)'
            cand get 'Download a media file'
            cand list 'List media file names, optionally matching a glob pattern'
            cand delete 'Delete media files (they go to Anki''s media trash)'
            cand dir 'Print the media folder''s path (on the machine where Anki runs)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;media;help;store'= {
        }
        &'anki-cli;media;help;get'= {
        }
        &'anki-cli;media;help;list'= {
        }
        &'anki-cli;media;help;delete'= {
        }
        &'anki-cli;media;help;dir'= {
        }
        &'anki-cli;media;help;help'= {
        }
        &'anki-cli;model'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List note types with their IDs'
            cand ls 'List note types with their IDs'
            cand show 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json'
            cand name 'Print the name of the note type with this ID'
            cand create 'Create a note type from flags or from a TOML/JSON spec file'
            cand field 'Fields: list, usage, add, remove, rename, move, font, font-size, describe'
            cand template 'Card templates: list, add, remove, rename, move, set'
            cand css 'The note type''s CSS: get or set'
            cand find-replace 'Find and replace text in templates and CSS of one or all note types'
            cand pull 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git'
            cand push 'Apply what changed in a pulled folder (shows the plan first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;list'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --names 'Names only (the modelNames action)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;ls'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --names 'Names only (the modelNames action)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;show'= {
            cand --id 'Look note types up by ID instead'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;name'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;create'= {
            cand -f 'A field, in order (repeatable)'
            cand --field 'A field, in order (repeatable)'
            cand -t 'A card template as NAME:FRONT:BACK (repeatable)'
            cand --template 'A card template as NAME:FRONT:BACK (repeatable)'
            cand --css 'CSS file for the cards'
            cand --from 'Read the whole note type from a TOML or JSON spec file'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --cloze 'Make it a cloze note type'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Fields with their font, size and description'
            cand ls 'Fields with their font, size and description'
            cand usage 'Which fields each template shows on its front and back'
            cand add 'Add a field (at the end, or at --index)'
            cand remove 'Remove a field and its content in every note'
            cand rm 'Remove a field and its content in every note'
            cand rename 'Rename a field'
            cand move 'Move a field to a position (0 = first)'
            cand font 'Set the editor font of a field'
            cand font-size 'Set the editor font size of a field'
            cand describe 'Set a field''s description (shown in the editor)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;field;list'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;ls'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;usage'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;add'= {
            cand --index 'Position, 0 = first'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;remove'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;rm'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;rename'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;move'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;font'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;font-size'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;describe'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;field;help'= {
            cand list 'Fields with their font, size and description'
            cand usage 'Which fields each template shows on its front and back'
            cand add 'Add a field (at the end, or at --index)'
            cand remove 'Remove a field and its content in every note'
            cand rename 'Rename a field'
            cand move 'Move a field to a position (0 = first)'
            cand font 'Set the editor font of a field'
            cand font-size 'Set the editor font size of a field'
            cand describe 'Set a field''s description (shown in the editor)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;field;help;list'= {
        }
        &'anki-cli;model;field;help;usage'= {
        }
        &'anki-cli;model;field;help;add'= {
        }
        &'anki-cli;model;field;help;remove'= {
        }
        &'anki-cli;model;field;help;rename'= {
        }
        &'anki-cli;model;field;help;move'= {
        }
        &'anki-cli;model;field;help;font'= {
        }
        &'anki-cli;model;field;help;font-size'= {
        }
        &'anki-cli;model;field;help;describe'= {
        }
        &'anki-cli;model;field;help;help'= {
        }
        &'anki-cli;model;template'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Templates with their front and back (full HTML with -o json)'
            cand ls 'Templates with their front and back (full HTML with -o json)'
            cand add 'Add a card template'
            cand remove 'Remove a card template and its cards'
            cand rm 'Remove a card template and its cards'
            cand rename 'Rename a card template'
            cand move 'Move a card template to a position (0 = first)'
            cand set 'Replace a template''s front and/or back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;template;list'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;ls'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;add'= {
            cand --front 'Front template: a file, or - for stdin'
            cand --back 'Back template: a file, or - for stdin'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;remove'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;rm'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;rename'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;move'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;set'= {
            cand --front 'Front template: a file, or - for stdin'
            cand --back 'Back template: a file, or - for stdin'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;template;help'= {
            cand list 'Templates with their front and back (full HTML with -o json)'
            cand add 'Add a card template'
            cand remove 'Remove a card template and its cards'
            cand rename 'Rename a card template'
            cand move 'Move a card template to a position (0 = first)'
            cand set 'Replace a template''s front and/or back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;template;help;list'= {
        }
        &'anki-cli;model;template;help;add'= {
        }
        &'anki-cli;model;template;help;remove'= {
        }
        &'anki-cli;model;template;help;rename'= {
        }
        &'anki-cli;model;template;help;move'= {
        }
        &'anki-cli;model;template;help;set'= {
        }
        &'anki-cli;model;template;help;help'= {
        }
        &'anki-cli;model;css'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print a note type''s CSS (or write it with --out)'
            cand set 'Replace a note type''s CSS with a file''s content (or - for stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;css;get'= {
            cand --out 'Write it to this file'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --force 'Overwrite an existing file'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;css;set'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;css;help'= {
            cand get 'Print a note type''s CSS (or write it with --out)'
            cand set 'Replace a note type''s CSS with a file''s content (or - for stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;css;help;get'= {
        }
        &'anki-cli;model;css;help;set'= {
        }
        &'anki-cli;model;css;help;help'= {
        }
        &'anki-cli;model;find-replace'= {
            cand -m 'Only this note type (default: all)'
            cand --model 'Only this note type (default: all)'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --no-front 'Leave front templates alone'
            cand --no-back 'Leave back templates alone'
            cand --no-css 'Leave the CSS alone'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;pull'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --force 'Write into a non-empty folder, replacing the files anki-cli manages'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;push'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Apply removals without asking (required for them when stdin is not a terminal)'
            cand --yes 'Apply removals without asking (required for them when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;model;help'= {
            cand list 'List note types with their IDs'
            cand show 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json'
            cand name 'Print the name of the note type with this ID'
            cand create 'Create a note type from flags or from a TOML/JSON spec file'
            cand field 'Fields: list, usage, add, remove, rename, move, font, font-size, describe'
            cand template 'Card templates: list, add, remove, rename, move, set'
            cand css 'The note type''s CSS: get or set'
            cand find-replace 'Find and replace text in templates and CSS of one or all note types'
            cand pull 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git'
            cand push 'Apply what changed in a pulled folder (shows the plan first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;model;help;list'= {
        }
        &'anki-cli;model;help;show'= {
        }
        &'anki-cli;model;help;name'= {
        }
        &'anki-cli;model;help;create'= {
        }
        &'anki-cli;model;help;field'= {
            cand list 'Fields with their font, size and description'
            cand usage 'Which fields each template shows on its front and back'
            cand add 'Add a field (at the end, or at --index)'
            cand remove 'Remove a field and its content in every note'
            cand rename 'Rename a field'
            cand move 'Move a field to a position (0 = first)'
            cand font 'Set the editor font of a field'
            cand font-size 'Set the editor font size of a field'
            cand describe 'Set a field''s description (shown in the editor)'
        }
        &'anki-cli;model;help;field;list'= {
        }
        &'anki-cli;model;help;field;usage'= {
        }
        &'anki-cli;model;help;field;add'= {
        }
        &'anki-cli;model;help;field;remove'= {
        }
        &'anki-cli;model;help;field;rename'= {
        }
        &'anki-cli;model;help;field;move'= {
        }
        &'anki-cli;model;help;field;font'= {
        }
        &'anki-cli;model;help;field;font-size'= {
        }
        &'anki-cli;model;help;field;describe'= {
        }
        &'anki-cli;model;help;template'= {
            cand list 'Templates with their front and back (full HTML with -o json)'
            cand add 'Add a card template'
            cand remove 'Remove a card template and its cards'
            cand rename 'Rename a card template'
            cand move 'Move a card template to a position (0 = first)'
            cand set 'Replace a template''s front and/or back'
        }
        &'anki-cli;model;help;template;list'= {
        }
        &'anki-cli;model;help;template;add'= {
        }
        &'anki-cli;model;help;template;remove'= {
        }
        &'anki-cli;model;help;template;rename'= {
        }
        &'anki-cli;model;help;template;move'= {
        }
        &'anki-cli;model;help;template;set'= {
        }
        &'anki-cli;model;help;css'= {
            cand get 'Print a note type''s CSS (or write it with --out)'
            cand set 'Replace a note type''s CSS with a file''s content (or - for stdin)'
        }
        &'anki-cli;model;help;css;get'= {
        }
        &'anki-cli;model;help;css;set'= {
        }
        &'anki-cli;model;help;find-replace'= {
        }
        &'anki-cli;model;help;pull'= {
        }
        &'anki-cli;model;help;push'= {
        }
        &'anki-cli;model;help;help'= {
        }
        &'anki-cli;gui'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand browse 'Open the Browser on a search; prints the matching card IDs'
            cand select 'Select a card in the open Browser'
            cand select-note 'Deprecated alias of `gui select`: AnkiConnect''s guiSelectNote takes a card ID'
            cand selected 'Notes selected in the open Browser; prints their IDs'
            cand edit 'Open a note in AnkiConnect''s edit dialog (it fails on Anki 26: use `note edit` there)'
            cand add 'Open the Add dialog, empty or filled in with the same flags as `note add`'
            cand add-set 'Fill in the open Add dialog (with --append, add to the fields'' current text)'
            cand reviewing 'Whether a review is in progress'
            cand current 'The card under review, readable (JSON with -o json)'
            cand start-timer 'Restart the timer of the card under review'
            cand show-question 'Show the question of the card under review'
            cand show-answer 'Show the answer of the card under review'
            cand answer 'Answer the card under review (its answer must be showing)'
            cand play-audio 'Replay the audio of the card under review'
            cand undo 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)'
            cand deck 'Open a deck''s overview screen'
            cand decks 'Go to the deck list'
            cand review 'Start reviewing a deck (when it has nothing due, Anki shows its overview)'
            cand import 'Open Anki''s import dialog on a file (or its file chooser); nothing is imported until you confirm'
            cand exit 'Close Anki, and wait until it stops answering (up to 15 s)'
            cand check-database 'Start Anki''s Check Database (Anki shows the outcome in its window)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;gui;browse'= {
            cand --sort 'Sort by this Browser column (one it shows, e.g. cardDue, noteFld, deck)'
            cand --order 'Sort order with --sort'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;select'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;select-note'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;selected'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;edit'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;add'= {
            cand -d 'Deck to add to (default: `deck` in the config file)'
            cand --deck 'Deck to add to (default: `deck` in the config file)'
            cand -m 'Note type (default: `model` in the config file)'
            cand --model 'Note type (default: `model` in the config file)'
            cand -f 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --field 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --audio 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)'
            cand --video 'Attach video (same syntax as --audio)'
            cand --picture 'Attach a picture (same syntax as --audio)'
            cand -t 'A tag (repeatable; spaces separate several)'
            cand --tag 'A tag (repeatable; spaces separate several)'
            cand --duplicate-scope 'Where to look for duplicates'
            cand --duplicate-deck 'With --duplicate-scope deck: look in this deck instead of the target deck'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --markdown 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
            cand --allow-duplicate 'Add the note even if its first field duplicates another note''s'
            cand --check-children 'With --duplicate-scope deck: also look in the deck''s subdecks'
            cand --check-all-models 'Look for duplicates in every note type, not just this one'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;add-set'= {
            cand -d 'Deck to add to (default: `deck` in the config file)'
            cand --deck 'Deck to add to (default: `deck` in the config file)'
            cand -m 'Note type (default: `model` in the config file)'
            cand --model 'Note type (default: `model` in the config file)'
            cand -f 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --field 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @'
            cand --audio 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)'
            cand --video 'Attach video (same syntax as --audio)'
            cand --picture 'Attach a picture (same syntax as --audio)'
            cand -t 'A tag (repeatable; spaces separate several)'
            cand --tag 'A tag (repeatable; spaces separate several)'
            cand --duplicate-scope 'Where to look for duplicates'
            cand --duplicate-deck 'With --duplicate-scope deck: look in this deck instead of the target deck'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --markdown 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
            cand --allow-duplicate 'Add the note even if its first field duplicates another note''s'
            cand --check-children 'With --duplicate-scope deck: also look in the deck''s subdecks'
            cand --check-all-models 'Look for duplicates in every note type, not just this one'
            cand --append 'Append to the current field text instead of replacing it'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;reviewing'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;current'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;start-timer'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;show-question'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;show-answer'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;answer'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;play-audio'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;undo'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;deck'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;decks'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;review'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;import'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;exit'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;check-database'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;gui;help'= {
            cand browse 'Open the Browser on a search; prints the matching card IDs'
            cand select 'Select a card in the open Browser'
            cand select-note 'Deprecated alias of `gui select`: AnkiConnect''s guiSelectNote takes a card ID'
            cand selected 'Notes selected in the open Browser; prints their IDs'
            cand edit 'Open a note in AnkiConnect''s edit dialog (it fails on Anki 26: use `note edit` there)'
            cand add 'Open the Add dialog, empty or filled in with the same flags as `note add`'
            cand add-set 'Fill in the open Add dialog (with --append, add to the fields'' current text)'
            cand reviewing 'Whether a review is in progress'
            cand current 'The card under review, readable (JSON with -o json)'
            cand start-timer 'Restart the timer of the card under review'
            cand show-question 'Show the question of the card under review'
            cand show-answer 'Show the answer of the card under review'
            cand answer 'Answer the card under review (its answer must be showing)'
            cand play-audio 'Replay the audio of the card under review'
            cand undo 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)'
            cand deck 'Open a deck''s overview screen'
            cand decks 'Go to the deck list'
            cand review 'Start reviewing a deck (when it has nothing due, Anki shows its overview)'
            cand import 'Open Anki''s import dialog on a file (or its file chooser); nothing is imported until you confirm'
            cand exit 'Close Anki, and wait until it stops answering (up to 15 s)'
            cand check-database 'Start Anki''s Check Database (Anki shows the outcome in its window)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;gui;help;browse'= {
        }
        &'anki-cli;gui;help;select'= {
        }
        &'anki-cli;gui;help;select-note'= {
        }
        &'anki-cli;gui;help;selected'= {
        }
        &'anki-cli;gui;help;edit'= {
        }
        &'anki-cli;gui;help;add'= {
        }
        &'anki-cli;gui;help;add-set'= {
        }
        &'anki-cli;gui;help;reviewing'= {
        }
        &'anki-cli;gui;help;current'= {
        }
        &'anki-cli;gui;help;start-timer'= {
        }
        &'anki-cli;gui;help;show-question'= {
        }
        &'anki-cli;gui;help;show-answer'= {
        }
        &'anki-cli;gui;help;answer'= {
        }
        &'anki-cli;gui;help;play-audio'= {
        }
        &'anki-cli;gui;help;undo'= {
        }
        &'anki-cli;gui;help;deck'= {
        }
        &'anki-cli;gui;help;decks'= {
        }
        &'anki-cli;gui;help;review'= {
        }
        &'anki-cli;gui;help;import'= {
        }
        &'anki-cli;gui;help;exit'= {
        }
        &'anki-cli;gui;help;check-database'= {
        }
        &'anki-cli;gui;help;help'= {
        }
        &'anki-cli;review'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;profile'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List Anki''s profiles'
            cand ls 'List Anki''s profiles'
            cand current 'Print the active profile'
            cand load 'Switch Anki to another profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;profile;list'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;profile;ls'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;profile;current'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;profile;load'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;profile;help'= {
            cand list 'List Anki''s profiles'
            cand current 'Print the active profile'
            cand load 'Switch Anki to another profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;profile;help;list'= {
        }
        &'anki-cli;profile;help;current'= {
        }
        &'anki-cli;profile;help;load'= {
        }
        &'anki-cli;profile;help;help'= {
        }
        &'anki-cli;sync'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;package'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Export a deck to an .apkg file (the path is on the machine where Anki runs)'
            cand import 'Import an .apkg file (the path is on the machine where Anki runs)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;package;export'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --with-scheduling 'Include review history and scheduling'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;package;import'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;package;help'= {
            cand export 'Export a deck to an .apkg file (the path is on the machine where Anki runs)'
            cand import 'Import an .apkg file (the path is on the machine where Anki runs)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;package;help;export'= {
        }
        &'anki-cli;package;help;import'= {
        }
        &'anki-cli;package;help;help'= {
        }
        &'anki-cli;multi'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;reload'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;status'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;doctor'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;version'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;api'= {
            cand -p 'The params object: inline JSON, @FILE, or - for stdin'
            cand --params 'The params object: inline JSON, @FILE, or - for stdin'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;actions'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;config'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the config file''s path (ANKI_CLI_CONFIG overrides it)'
            cand show 'Show the effective settings and where each came from (the API key as ***)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;config;path'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;config;show'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;config;help'= {
            cand path 'Print the config file''s path (ANKI_CLI_CONFIG overrides it)'
            cand show 'Show the effective settings and where each came from (the API key as ***)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;config;help;path'= {
        }
        &'anki-cli;config;help;show'= {
        }
        &'anki-cli;config;help;help'= {
        }
        &'anki-cli;repl'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;mcp'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --allow-destructive 'Run the commands that destroy data (the `--yes` ones) and the raw `api` and `multi`; without it they refuse with consent_needed'
            cand --read-only 'List only the tools that change nothing in Anki'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;completions'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --profile 'Switch Anki to this profile before running the command'
            cand --dry-run 'Send only reads; print each write request instead of sending it (API key redacted)'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;help'= {
            cand deck 'Decks: list, create, delete, stats, move cards, options groups'
            cand note 'Notes: add, find, show, update, edit in $EDITOR, import/export CSV, delete'
            cand tag 'Tags: list, add, remove, replace, clear unused'
            cand card 'Cards: find, show, suspend, answer, reschedule, ease'
            cand stats 'Statistics: reviews today and by day, review logs, the stats page'
            cand media 'Media files: store, get, list, delete'
            cand model 'Note types: fields, templates, CSS; pull to a folder and push back'
            cand gui 'Anki''s window: browse, add, review, answer (needs the desktop app)'
            cand review 'Study a deck on the terminal while Anki schedules: question, answer, keys 1-4'
            cand profile 'Anki profiles: list, current, load'
            cand sync 'Sync the collection with AnkiWeb (may take minutes)'
            cand package 'Export or import .apkg packages (paths are on the machine where Anki runs)'
            cand multi 'Run a batch of actions from a JSON file or stdin in one request'
            cand reload 'Reload the collection from disk'
            cand status 'Check the connection: reachable, API version, API key, supported actions'
            cand version 'Print the AnkiConnect API version (6 for current add-ons)'
            cand api 'Send any action and print its raw result as JSON'
            cand actions 'List all 122 AnkiConnect actions, the subcommand that wraps each, and whether it reads or writes'
            cand config 'Show the config file''s path or the effective settings'
            cand repl 'An interactive session with history and live completion (also `anki-cli` alone on a terminal)'
            cand mcp 'Serve every command as a Model Context Protocol tool on stdio, for AI agents'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;help;deck'= {
            cand list 'List decks with their IDs'
            cand create 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs'
            cand delete 'Delete decks together with all their cards and subdecks'
            cand stats 'New, learning and review counts per deck (all decks when none are named)'
            cand move 'Move cards to a deck (created if missing)'
            cand of-cards 'Show which deck each card is in'
            cand name 'Print the name of the deck with this ID'
            cand config 'Options groups (deck configurations): get, set, clone, remove, use'
        }
        &'anki-cli;help;deck;list'= {
        }
        &'anki-cli;help;deck;create'= {
        }
        &'anki-cli;help;deck;delete'= {
        }
        &'anki-cli;help;deck;stats'= {
        }
        &'anki-cli;help;deck;move'= {
        }
        &'anki-cli;help;deck;of-cards'= {
        }
        &'anki-cli;help;deck;name'= {
        }
        &'anki-cli;help;deck;config'= {
            cand get 'Show the options group a deck uses'
            cand set 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file'
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID'
            cand remove 'Remove an options group (decks using it fall back to Default)'
            cand use 'Make decks use an options group'
        }
        &'anki-cli;help;deck;config;get'= {
        }
        &'anki-cli;help;deck;config;set'= {
        }
        &'anki-cli;help;deck;config;clone'= {
        }
        &'anki-cli;help;deck;config;remove'= {
        }
        &'anki-cli;help;deck;config;use'= {
        }
        &'anki-cli;help;note'= {
            cand add 'Add a note; prints its ID'
            cand add-batch 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs'
            cand can-add 'Check whether notes could be added, and why not'
            cand find 'Find notes with Anki''s search syntax; prints their IDs'
            cand info 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)'
            cand update 'Change a note''s fields, media and tags'
            cand update-model 'Change a note''s type, with new field values (its old fields and tags are lost)'
            cand edit 'Open a note''s fields and tags in $VISUAL / $EDITOR and save what changed'
            cand delete 'Delete notes and all their cards'
            cand remove-empty 'Remove unused note types (what AnkiConnect''s removeEmptyNotes really does)'
            cand import 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable'
            cand export 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)'
            cand mod-time 'Last modification time of notes'
        }
        &'anki-cli;help;note;add'= {
        }
        &'anki-cli;help;note;add-batch'= {
        }
        &'anki-cli;help;note;can-add'= {
        }
        &'anki-cli;help;note;find'= {
        }
        &'anki-cli;help;note;info'= {
        }
        &'anki-cli;help;note;update'= {
        }
        &'anki-cli;help;note;update-model'= {
        }
        &'anki-cli;help;note;edit'= {
        }
        &'anki-cli;help;note;delete'= {
        }
        &'anki-cli;help;note;remove-empty'= {
        }
        &'anki-cli;help;note;import'= {
        }
        &'anki-cli;help;note;export'= {
        }
        &'anki-cli;help;note;mod-time'= {
        }
        &'anki-cli;help;tag'= {
            cand list 'List every tag in the collection'
            cand of 'Show a note''s tags'
            cand set 'Replace a note''s tags with the given ones'
            cand add 'Add tags to notes'
            cand remove 'Remove tags from notes'
            cand replace 'Rename a tag in given notes, or in all notes with --all'
            cand clear-unused 'Forget tags that no note uses any more'
        }
        &'anki-cli;help;tag;list'= {
        }
        &'anki-cli;help;tag;of'= {
        }
        &'anki-cli;help;tag;set'= {
        }
        &'anki-cli;help;tag;add'= {
        }
        &'anki-cli;help;tag;remove'= {
        }
        &'anki-cli;help;tag;replace'= {
        }
        &'anki-cli;help;tag;clear-unused'= {
        }
        &'anki-cli;help;card'= {
            cand find 'Find cards with Anki''s search syntax; prints their IDs'
            cand info 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue'
            cand mod-time 'Last modification time of cards'
            cand notes 'The notes the cards belong to; prints note IDs'
            cand suspend 'Suspend cards'
            cand unsuspend 'Unsuspend cards'
            cand suspended 'Whether cards are suspended'
            cand bury 'Bury cards until tomorrow, as Anki''s Bury does (`is:buried` finds them)'
            cand unbury 'Unbury cards: each gets back the queue of its type, as Anki''s Unbury gives it'
            cand reposition 'Move new cards to new positions in the new-card order, as Anki''s Reposition does'
            cand due 'Whether cards are due'
            cand intervals 'Card intervals (negative: seconds, positive: days)'
            cand ease 'Ease factors (2500 = 250%)'
            cand set-ease 'Set the ease factor of cards (2500 = 250%)'
            cand set 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)'
            cand forget 'Reset cards to new (their review history is kept)'
            cand relearn 'Put cards back into relearning (their intervals are lost)'
            cand answer 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy'
            cand set-due 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days'
        }
        &'anki-cli;help;card;find'= {
        }
        &'anki-cli;help;card;info'= {
        }
        &'anki-cli;help;card;mod-time'= {
        }
        &'anki-cli;help;card;notes'= {
        }
        &'anki-cli;help;card;suspend'= {
        }
        &'anki-cli;help;card;unsuspend'= {
        }
        &'anki-cli;help;card;suspended'= {
        }
        &'anki-cli;help;card;bury'= {
        }
        &'anki-cli;help;card;unbury'= {
        }
        &'anki-cli;help;card;reposition'= {
        }
        &'anki-cli;help;card;due'= {
        }
        &'anki-cli;help;card;intervals'= {
        }
        &'anki-cli;help;card;ease'= {
        }
        &'anki-cli;help;card;set-ease'= {
        }
        &'anki-cli;help;card;set'= {
        }
        &'anki-cli;help;card;forget'= {
        }
        &'anki-cli;help;card;relearn'= {
        }
        &'anki-cli;help;card;answer'= {
        }
        &'anki-cli;help;card;set-due'= {
        }
        &'anki-cli;help;stats'= {
            cand today 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)'
            cand by-day 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts'
            cand html 'Anki''s statistics page as HTML, written to a file'
            cand reviews 'Reviews of the cards in a deck (not its subdecks) after a review ID'
            cand card-reviews 'Every review of the given cards'
            cand latest-review 'The ID (time in ms) of the latest review of a deck''s cards (not its subdecks''); 0 if none'
            cand insert-reviews 'Add review-log rows from a CSV or JSON file (checked before anything is sent)'
        }
        &'anki-cli;help;stats;today'= {
        }
        &'anki-cli;help;stats;by-day'= {
        }
        &'anki-cli;help;stats;html'= {
        }
        &'anki-cli;help;stats;reviews'= {
        }
        &'anki-cli;help;stats;card-reviews'= {
        }
        &'anki-cli;help;stats;latest-review'= {
        }
        &'anki-cli;help;stats;insert-reviews'= {
        }
        &'anki-cli;help;media'= {
            cand store 'Store files in Anki''s media folder; prints each stored name (Anki may rename)'
            cand get 'Download a media file'
            cand list 'List media file names, optionally matching a glob pattern'
            cand delete 'Delete media files (they go to Anki''s media trash)'
            cand dir 'Print the media folder''s path (on the machine where Anki runs)'
        }
        &'anki-cli;help;media;store'= {
        }
        &'anki-cli;help;media;get'= {
        }
        &'anki-cli;help;media;list'= {
        }
        &'anki-cli;help;media;delete'= {
        }
        &'anki-cli;help;media;dir'= {
        }
        &'anki-cli;help;model'= {
            cand list 'List note types with their IDs'
            cand show 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json'
            cand name 'Print the name of the note type with this ID'
            cand create 'Create a note type from flags or from a TOML/JSON spec file'
            cand field 'Fields: list, usage, add, remove, rename, move, font, font-size, describe'
            cand template 'Card templates: list, add, remove, rename, move, set'
            cand css 'The note type''s CSS: get or set'
            cand find-replace 'Find and replace text in templates and CSS of one or all note types'
            cand pull 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git'
            cand push 'Apply what changed in a pulled folder (shows the plan first)'
        }
        &'anki-cli;help;model;list'= {
        }
        &'anki-cli;help;model;show'= {
        }
        &'anki-cli;help;model;name'= {
        }
        &'anki-cli;help;model;create'= {
        }
        &'anki-cli;help;model;field'= {
            cand list 'Fields with their font, size and description'
            cand usage 'Which fields each template shows on its front and back'
            cand add 'Add a field (at the end, or at --index)'
            cand remove 'Remove a field and its content in every note'
            cand rename 'Rename a field'
            cand move 'Move a field to a position (0 = first)'
            cand font 'Set the editor font of a field'
            cand font-size 'Set the editor font size of a field'
            cand describe 'Set a field''s description (shown in the editor)'
        }
        &'anki-cli;help;model;field;list'= {
        }
        &'anki-cli;help;model;field;usage'= {
        }
        &'anki-cli;help;model;field;add'= {
        }
        &'anki-cli;help;model;field;remove'= {
        }
        &'anki-cli;help;model;field;rename'= {
        }
        &'anki-cli;help;model;field;move'= {
        }
        &'anki-cli;help;model;field;font'= {
        }
        &'anki-cli;help;model;field;font-size'= {
        }
        &'anki-cli;help;model;field;describe'= {
        }
        &'anki-cli;help;model;template'= {
            cand list 'Templates with their front and back (full HTML with -o json)'
            cand add 'Add a card template'
            cand remove 'Remove a card template and its cards'
            cand rename 'Rename a card template'
            cand move 'Move a card template to a position (0 = first)'
            cand set 'Replace a template''s front and/or back'
        }
        &'anki-cli;help;model;template;list'= {
        }
        &'anki-cli;help;model;template;add'= {
        }
        &'anki-cli;help;model;template;remove'= {
        }
        &'anki-cli;help;model;template;rename'= {
        }
        &'anki-cli;help;model;template;move'= {
        }
        &'anki-cli;help;model;template;set'= {
        }
        &'anki-cli;help;model;css'= {
            cand get 'Print a note type''s CSS (or write it with --out)'
            cand set 'Replace a note type''s CSS with a file''s content (or - for stdin)'
        }
        &'anki-cli;help;model;css;get'= {
        }
        &'anki-cli;help;model;css;set'= {
        }
        &'anki-cli;help;model;find-replace'= {
        }
        &'anki-cli;help;model;pull'= {
        }
        &'anki-cli;help;model;push'= {
        }
        &'anki-cli;help;gui'= {
            cand browse 'Open the Browser on a search; prints the matching card IDs'
            cand select 'Select a card in the open Browser'
            cand select-note 'Deprecated alias of `gui select`: AnkiConnect''s guiSelectNote takes a card ID'
            cand selected 'Notes selected in the open Browser; prints their IDs'
            cand edit 'Open a note in AnkiConnect''s edit dialog (it fails on Anki 26: use `note edit` there)'
            cand add 'Open the Add dialog, empty or filled in with the same flags as `note add`'
            cand add-set 'Fill in the open Add dialog (with --append, add to the fields'' current text)'
            cand reviewing 'Whether a review is in progress'
            cand current 'The card under review, readable (JSON with -o json)'
            cand start-timer 'Restart the timer of the card under review'
            cand show-question 'Show the question of the card under review'
            cand show-answer 'Show the answer of the card under review'
            cand answer 'Answer the card under review (its answer must be showing)'
            cand play-audio 'Replay the audio of the card under review'
            cand undo 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)'
            cand deck 'Open a deck''s overview screen'
            cand decks 'Go to the deck list'
            cand review 'Start reviewing a deck (when it has nothing due, Anki shows its overview)'
            cand import 'Open Anki''s import dialog on a file (or its file chooser); nothing is imported until you confirm'
            cand exit 'Close Anki, and wait until it stops answering (up to 15 s)'
            cand check-database 'Start Anki''s Check Database (Anki shows the outcome in its window)'
        }
        &'anki-cli;help;gui;browse'= {
        }
        &'anki-cli;help;gui;select'= {
        }
        &'anki-cli;help;gui;select-note'= {
        }
        &'anki-cli;help;gui;selected'= {
        }
        &'anki-cli;help;gui;edit'= {
        }
        &'anki-cli;help;gui;add'= {
        }
        &'anki-cli;help;gui;add-set'= {
        }
        &'anki-cli;help;gui;reviewing'= {
        }
        &'anki-cli;help;gui;current'= {
        }
        &'anki-cli;help;gui;start-timer'= {
        }
        &'anki-cli;help;gui;show-question'= {
        }
        &'anki-cli;help;gui;show-answer'= {
        }
        &'anki-cli;help;gui;answer'= {
        }
        &'anki-cli;help;gui;play-audio'= {
        }
        &'anki-cli;help;gui;undo'= {
        }
        &'anki-cli;help;gui;deck'= {
        }
        &'anki-cli;help;gui;decks'= {
        }
        &'anki-cli;help;gui;review'= {
        }
        &'anki-cli;help;gui;import'= {
        }
        &'anki-cli;help;gui;exit'= {
        }
        &'anki-cli;help;gui;check-database'= {
        }
        &'anki-cli;help;review'= {
        }
        &'anki-cli;help;profile'= {
            cand list 'List Anki''s profiles'
            cand current 'Print the active profile'
            cand load 'Switch Anki to another profile'
        }
        &'anki-cli;help;profile;list'= {
        }
        &'anki-cli;help;profile;current'= {
        }
        &'anki-cli;help;profile;load'= {
        }
        &'anki-cli;help;sync'= {
        }
        &'anki-cli;help;package'= {
            cand export 'Export a deck to an .apkg file (the path is on the machine where Anki runs)'
            cand import 'Import an .apkg file (the path is on the machine where Anki runs)'
        }
        &'anki-cli;help;package;export'= {
        }
        &'anki-cli;help;package;import'= {
        }
        &'anki-cli;help;multi'= {
        }
        &'anki-cli;help;reload'= {
        }
        &'anki-cli;help;status'= {
        }
        &'anki-cli;help;version'= {
        }
        &'anki-cli;help;api'= {
        }
        &'anki-cli;help;actions'= {
        }
        &'anki-cli;help;config'= {
            cand path 'Print the config file''s path (ANKI_CLI_CONFIG overrides it)'
            cand show 'Show the effective settings and where each came from (the API key as ***)'
        }
        &'anki-cli;help;config;path'= {
        }
        &'anki-cli;help;config;show'= {
        }
        &'anki-cli;help;repl'= {
        }
        &'anki-cli;help;mcp'= {
        }
        &'anki-cli;help;completions'= {
        }
        &'anki-cli;help;help'= {
        }
    ]
    $completions[$command]
}
