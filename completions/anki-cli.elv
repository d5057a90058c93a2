
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand deck 'Decks: list, create, delete, stats, move cards, options groups'
            cand status 'Check the connection: reachable, API version, API key, supported actions'
            cand doctor 'Check the connection: reachable, API version, API key, supported actions'
            cand version 'Print the AnkiConnect API version (6 for current add-ons)'
            cand api 'Send any action and print its raw result as JSON'
            cand actions 'List all 122 AnkiConnect actions and the subcommand that wraps each'
            cand config 'Show the config file''s path or the effective settings'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'anki-cli;deck'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --names 'Names only (the deckNames action)'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --names 'Names only (the deckNames action)'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the options group a deck uses'
            cand set 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file'
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1)'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;deck;config;clone'= {
            cand --from 'ID of the group to copy'
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1)'
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
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1)'
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
        &'anki-cli;status'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
        &'anki-cli;completions'= {
            cand --url 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]'
            cand --key-file 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)'
            cand --timeout 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]'
            cand -o 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --output 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]'
            cand --dry-run 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
            cand -v 'Log every request and reply on stderr (API key redacted)'
            cand --verbose 'Log every request and reply on stderr (API key redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'anki-cli;help'= {
            cand deck 'Decks: list, create, delete, stats, move cards, options groups'
            cand status 'Check the connection: reachable, API version, API key, supported actions'
            cand version 'Print the AnkiConnect API version (6 for current add-ons)'
            cand api 'Send any action and print its raw result as JSON'
            cand actions 'List all 122 AnkiConnect actions and the subcommand that wraps each'
            cand config 'Show the config file''s path or the effective settings'
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
            cand clone 'Create a new options group copied from another (default: the Default group, ID 1)'
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
        &'anki-cli;help;completions'= {
        }
        &'anki-cli;help;help'= {
        }
    ]
    $completions[$command]
}
