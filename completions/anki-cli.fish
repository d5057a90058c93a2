# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_anki_cli_global_optspecs
    string join \n url= key-file= timeout= o/output= dry-run v/verbose profile= h/help V/version
end

function __fish_anki_cli_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_anki_cli_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_anki_cli_using_subcommand
    set -l cmd (__fish_anki_cli_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c anki-cli -n "__fish_anki_cli_needs_command" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_needs_command" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_needs_command" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_needs_command" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_needs_command" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_needs_command" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "deck" -d 'Decks: list, create, delete, stats, move cards, options groups'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "note" -d 'Notes: add, find, show, update, edit in $EDITOR, import/export CSV, delete'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "tag" -d 'Tags: list, add, remove, replace, clear unused'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "card" -d 'Cards: find, show, suspend, answer, reschedule, ease'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "stats" -d 'Statistics: reviews today and by day, review logs, the stats page'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "media" -d 'Media files: store, get, list, delete'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "model" -d 'Note types: fields, templates, CSS; pull to a folder and push back'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "gui" -d 'Anki\'s window: browse, add, review, answer (needs the desktop app)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "review" -d 'Study a deck on the terminal while Anki schedules: question, answer, keys 1-4'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "profile" -d 'Anki profiles: list, current, load'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "sync" -d 'Sync the collection with AnkiWeb (may take minutes)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "package" -d 'Export or import .apkg packages (paths are on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "multi" -d 'Run a batch of actions from a JSON file or stdin in one request'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "reload" -d 'Reload the collection from disk'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "status" -d 'Check the connection: reachable, API version, API key, supported actions'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "doctor" -d 'Check the connection: reachable, API version, API key, supported actions'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "version" -d 'Print the AnkiConnect API version (6 for current add-ons)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "api" -d 'Send any action and print its raw result as JSON'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "actions" -d 'List all 122 AnkiConnect actions, the subcommand that wraps each, and whether it reads or writes'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "config" -d 'Show the config file\'s path or the effective settings'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "repl" -d 'An interactive session with history and live completion (also `anki-cli` alone on a terminal)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "mcp" -d 'Serve every command as a Model Context Protocol tool on stdio, for AI agents'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "list" -d 'List decks with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "ls" -d 'List decks with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "create" -d 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "delete" -d 'Delete decks together with all their cards and subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "rm" -d 'Delete decks together with all their cards and subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "stats" -d 'New, learning and review counts per deck (all decks when none are named)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "move" -d 'Move cards to a deck (created if missing)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "of-cards" -d 'Show which deck each card is in'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "name" -d 'Print the name of the deck with this ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "config" -d 'Options groups (deck configurations): get, set, clone, remove, use'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l names -d 'Names only (the deckNames action)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l names -d 'Names only (the deckNames action)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -l to -d 'The target deck' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show the options group a deck uses'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change options: KEY=VALUE pairs on a deck\'s group, or a whole group from a JSON file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "clone" -d 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "remove" -d 'Remove an options group (decks using it fall back to Default)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "rm" -d 'Remove an options group (decks using it fall back to Default)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make decks use an options group'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "list" -d 'List decks with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete decks together with all their cards and subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "stats" -d 'New, learning and review counts per deck (all decks when none are named)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move cards to a deck (created if missing)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "of-cards" -d 'Show which deck each card is in'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "name" -d 'Print the name of the deck with this ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "config" -d 'Options groups (deck configurations): get, set, clone, remove, use'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "add" -d 'Add a note; prints its ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "add-batch" -d 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "can-add" -d 'Check whether notes could be added, and why not'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "find" -d 'Find notes with Anki\'s search syntax; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "info" -d 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "update" -d 'Change a note\'s fields, media and tags'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "update-model" -d 'Change a note\'s type, with new field values (its old fields and tags are lost)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "edit" -d 'Open a note\'s fields and tags in $VISUAL / $EDITOR and save what changed'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "delete" -d 'Delete notes and all their cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "rm" -d 'Delete notes and all their cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "remove-empty" -d 'Remove unused note types (what AnkiConnect\'s removeEmptyNotes really does)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "import" -d 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "export" -d 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "mod-time" -d 'Last modification time of notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and not __fish_seen_subcommand_from add add-batch can-add find info update update-model edit delete rm remove-empty import export mod-time help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s d -l deck -d 'Deck to add to (default: `deck` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s m -l model -d 'Note type (default: `model` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s f -l field -d 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l audio -d 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l video -d 'Attach video (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l picture -d 'Attach a picture (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s t -l tag -d 'A tag (repeatable; spaces separate several)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l duplicate-scope -d 'Where to look for duplicates' -r -f -a "deck\t'Only in the target deck (or --duplicate-deck)'
collection\t'Anywhere in the collection (AnkiConnect\'s default)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l duplicate-deck -d 'With --duplicate-scope deck: look in this deck instead of the target deck' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l markdown -d 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l allow-duplicate -d 'Add the note even if its first field duplicates another note\'s'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l check-children -d 'With --duplicate-scope deck: also look in the deck\'s subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l check-all-models -d 'Look for duplicates in every note type, not just this one'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -s d -l deck -d 'Deck for notes without deckName' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -s m -l model -d 'Note type for notes without modelName' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from add-batch" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s d -l deck -d 'Deck to add to (default: `deck` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s m -l model -d 'Note type (default: `model` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s f -l field -d 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l audio -d 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l video -d 'Attach video (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l picture -d 'Attach a picture (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s t -l tag -d 'A tag (repeatable; spaces separate several)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l duplicate-scope -d 'Where to look for duplicates' -r -f -a "deck\t'Only in the target deck (or --duplicate-deck)'
collection\t'Anywhere in the collection (AnkiConnect\'s default)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l duplicate-deck -d 'With --duplicate-scope deck: look in this deck instead of the target deck' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l file -d 'Check every note of a JSON file (as for `note add-batch`), or - for stdin' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l markdown -d 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l allow-duplicate -d 'Add the note even if its first field duplicates another note\'s'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l check-children -d 'With --duplicate-scope deck: also look in the deck\'s subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l check-all-models -d 'Look for duplicates in every note type, not just this one'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l no-detail -d 'Use canAddNote(s): yes/no without reasons (for add-ons before 2023)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from can-add" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from find" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -s q -l query -d 'Select notes by a search instead of IDs (one argument: quote a search of several words)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -s f -l field -d 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l audio -d 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l video -d 'Attach video (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l picture -d 'Attach a picture (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l tags -d 'Replace all tags with these (space-separated; \'\' removes all)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l add-tag -d 'Add a tag (repeatable)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l remove-tag -d 'Remove a tag (repeatable)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l markdown -d 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s m -l model -d 'The new note type' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s f -l field -d 'A field of the new type as NAME=VALUE (repeatable)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s t -l tag -d 'Tags of the note afterwards (repeatable; without it the note loses its tags, as in AnkiConnect)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from update-model" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -l file -d 'Take the edited document from FILE (- for stdin) instead of opening an editor' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from remove-empty" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l format -d 'File format (default: by extension; .tsv/.tab/.txt are TSV)' -r -f -a "csv\t'Comma-separated'
tsv\t'Tab-separated'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l delimiter -d 'Column delimiter (one character; overrides --format)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -s d -l deck -d 'Deck for rows without a deck column (default: `deck` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -s m -l model -d 'Note type for rows without a model column (default: `model` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l tags -d 'Tags added to every note (space-separated)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l map -d 'Rename a column: COLUMN=FIELD (repeatable)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l on-duplicate -d 'What to do with rows that duplicate an existing note' -r -f -a "skip\t'Leave the existing note alone and count the row as already there'
error\t'Count the row as failed'
allow\t'Add it anyway (re-running then adds it again)'
update\t'Update the existing note\'s other fields and tags'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l batch -d 'Notes per request' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l duplicate-scope -d 'Where a duplicate is looked for (the add-on\'s duplicateScope)' -r -f -a "collection\t'Any note of the same type in the collection'
deck\t'Only notes with a card in the row\'s deck'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l on-invalid -d 'What to do with rows that fail the check made before anything is sent' -r -f -a "abort\t'Send nothing; list the problems (and write the rows to --errors)'
skip\t'Leave those rows out (to --errors, with the reason), import the others, exit 5'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l errors -d 'Write failed rows, with a reason column, to this CSV file (fix it and import it again)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l existing-notes -d 'What a row does whose GUID (a GUID column) is already a note\'s, as Anki\'s "Existing notes"' -r -f -a "update\t'Update the note when its fields or tags differ'
keep\t'Leave the note as it is (the row counts as skipped)'
duplicate\t'Add the row as a new note with a new GUID (--on-duplicate still applies)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l no-header -d 'The file has no header: columns are the note type\'s fields in order'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l create-decks -d 'Create the decks that --deck or the deck column name and Anki lacks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l force -d 'Overwrite the --errors file if it exists'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l fast -d 'Add the accepted rows with a package import instead of addNotes (see below)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l markdown -d 'Field values are Markdown, converted to HTML (as the header #markdown:true says)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -s q -l query -d 'Which notes: an Anki search (one argument: quote a search of several words)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l format -d 'Format (default: by --out\'s extension: .tsv, .json, .txt is anki; else CSV)' -r -f -a "csv\t'Comma-separated, with a header'
tsv\t'Tab-separated, with a header'
json\t'A JSON array of notes'
anki\t'Anki\'s "Notes in Plain Text": tab-separated with its file headers (File > Import reads it as it is)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l out -d 'Write to this file instead of stdout' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l force -d 'Overwrite an existing file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from mod-time" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a note; prints its ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "add-batch" -d 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "can-add" -d 'Check whether notes could be added, and why not'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "find" -d 'Find notes with Anki\'s search syntax; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a note\'s fields, media and tags'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "update-model" -d 'Change a note\'s type, with new field values (its old fields and tags are lost)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Open a note\'s fields and tags in $VISUAL / $EDITOR and save what changed'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete notes and all their cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "remove-empty" -d 'Remove unused note types (what AnkiConnect\'s removeEmptyNotes really does)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "mod-time" -d 'Last modification time of notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "list" -d 'List every tag in the collection'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "ls" -d 'List every tag in the collection'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "of" -d 'Show a note\'s tags'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "set" -d 'Replace a note\'s tags with the given ones'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "add" -d 'Add tags to notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "remove" -d 'Remove tags from notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "rm" -d 'Remove tags from notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "replace" -d 'Rename a tag in given notes, or in all notes with --all'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "clear-unused" -d 'Forget tags that no note uses any more'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and not __fish_seen_subcommand_from list ls of set add remove rm replace clear-unused help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from of" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -l all -d 'In every note of the collection'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from replace" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from clear-unused" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every tag in the collection'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "of" -d 'Show a note\'s tags'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "set" -d 'Replace a note\'s tags with the given ones'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add tags to notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove tags from notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "replace" -d 'Rename a tag in given notes, or in all notes with --all'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "clear-unused" -d 'Forget tags that no note uses any more'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "find" -d 'Find cards with Anki\'s search syntax; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "info" -d 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "mod-time" -d 'Last modification time of cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "notes" -d 'The notes the cards belong to; prints note IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "suspend" -d 'Suspend cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "unsuspend" -d 'Unsuspend cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "suspended" -d 'Whether cards are suspended'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "bury" -d 'Bury cards until tomorrow, as Anki\'s Bury does (`is:buried` finds them)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "unbury" -d 'Unbury cards: each gets back the queue of its type, as Anki\'s Unbury gives it'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "reposition" -d 'Move new cards to new positions in the new-card order, as Anki\'s Reposition does'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "due" -d 'Whether cards are due'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "intervals" -d 'Card intervals (negative: seconds, positive: days)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "ease" -d 'Ease factors (2500 = 250%)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "set-ease" -d 'Set the ease factor of cards (2500 = 250%)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "set" -d 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "forget" -d 'Reset cards to new (their review history is kept)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "relearn" -d 'Put cards back into relearning (their intervals are lost)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "answer" -d 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "set-due" -d 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and not __fish_seen_subcommand_from find info mod-time notes suspend unsuspend suspended bury unbury reposition due intervals ease set-ease set forget relearn answer set-due help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from find" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from mod-time" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from notes" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unsuspend" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from suspended" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from bury" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from unbury" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l start -d 'The first position' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l step -d 'How far apart the positions of successive notes are' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l randomize -d 'Shuffle the notes instead of keeping the order the cards are given in'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l shift -d 'Move the other new cards at or after --start up to make room'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from reposition" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from due" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -l complete -d 'Every interval of each card\'s history, not just the latest'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from intervals" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from ease" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-ease" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -l warning-check -d 'Allow the risky keys'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -s y -l yes -d 'Do not ask before overwriting scheduling or identity columns (required for them when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from relearn" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from answer" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -s q -l query -d 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from set-due" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "find" -d 'Find cards with Anki\'s search syntax; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "mod-time" -d 'Last modification time of cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "notes" -d 'The notes the cards belong to; prints note IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "unsuspend" -d 'Unsuspend cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "suspended" -d 'Whether cards are suspended'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "bury" -d 'Bury cards until tomorrow, as Anki\'s Bury does (`is:buried` finds them)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "unbury" -d 'Unbury cards: each gets back the queue of its type, as Anki\'s Unbury gives it'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "reposition" -d 'Move new cards to new positions in the new-card order, as Anki\'s Reposition does'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "due" -d 'Whether cards are due'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "intervals" -d 'Card intervals (negative: seconds, positive: days)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "ease" -d 'Ease factors (2500 = 250%)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "set-ease" -d 'Set the ease factor of cards (2500 = 250%)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Reset cards to new (their review history is kept)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "relearn" -d 'Put cards back into relearning (their intervals are lost)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "answer" -d 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "set-due" -d 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "today" -d 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "by-day" -d 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "html" -d 'Anki\'s statistics page as HTML, written to a file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "reviews" -d 'Reviews of the cards in a deck (not its subdecks) after a review ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "card-reviews" -d 'Every review of the given cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "latest-review" -d 'The ID (time in ms) of the latest review of a deck\'s cards (not its subdecks\'); 0 if none'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "insert-reviews" -d 'Add review-log rows from a CSV or JSON file (checked before anything is sent)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and not __fish_seen_subcommand_from today by-day html reviews card-reviews latest-review insert-reviews help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from today" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -l days -d 'Show only the most recent N days' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from by-day" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l out -d 'Write the HTML here' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l current-deck -d 'Only the current deck instead of the whole collection'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l force -d 'Overwrite an existing file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from html" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -l since -d 'Only reviews with a larger ID (a review ID is its time in ms)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from reviews" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from card-reviews" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from latest-review" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from insert-reviews" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "today" -d 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "by-day" -d 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "html" -d 'Anki\'s statistics page as HTML, written to a file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "reviews" -d 'Reviews of the cards in a deck (not its subdecks) after a review ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "card-reviews" -d 'Every review of the given cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "latest-review" -d 'The ID (time in ms) of the latest review of a deck\'s cards (not its subdecks\'); 0 if none'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "insert-reviews" -d 'Add review-log rows from a CSV or JSON file (checked before anything is sent)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand stats; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "store" -d 'Store files in Anki\'s media folder; prints each stored name (Anki may rename)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "get" -d 'Download a media file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "list" -d 'List media file names, optionally matching a glob pattern'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "ls" -d 'List media file names, optionally matching a glob pattern'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "delete" -d 'Delete media files (they go to Anki\'s media trash)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "rm" -d 'Delete media files (they go to Anki\'s media trash)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "dir" -d 'Print the media folder\'s path (on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and not __fish_seen_subcommand_from store get list ls delete rm dir help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l from-url -d 'Let Anki download this URL instead (not `--url`: that is AnkiConnect\'s own URL)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l path -d 'A file on the machine where Anki runs' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l name -d 'Name to store under (default: the file\'s own name); only with one file' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l skip-hash -d 'Skip storing when the data\'s MD5 equals this hash' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l keep-existing -d 'Keep an existing file of that name (Anki then stores under a new name)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -s y -l yes -d 'Replace existing media files of other content without asking (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from store" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -l out -d 'Where to write it, or - for stdout' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -l force -d 'Overwrite an existing file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from dir" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "store" -d 'Store files in Anki\'s media folder; prints each stored name (Anki may rename)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "get" -d 'Download a media file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "list" -d 'List media file names, optionally matching a glob pattern'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete media files (they go to Anki\'s media trash)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "dir" -d 'Print the media folder\'s path (on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "list" -d 'List note types with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "ls" -d 'List note types with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "show" -d 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "name" -d 'Print the name of the note type with this ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "create" -d 'Create a note type from flags or from a TOML/JSON spec file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "field" -d 'Fields: list, usage, add, remove, rename, move, font, font-size, describe'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "template" -d 'Card templates: list, add, remove, rename, move, set'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "css" -d 'The note type\'s CSS: get or set'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "find-replace" -d 'Find and replace text in templates and CSS of one or all note types'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "pull" -d 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "push" -d 'Apply what changed in a pulled folder (shows the plan first)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and not __fish_seen_subcommand_from list ls show name create field template css find-replace pull push help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -l names -d 'Names only (the modelNames action)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -l names -d 'Names only (the modelNames action)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -l id -d 'Look note types up by ID instead' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from name" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -s f -l field -d 'A field, in order (repeatable)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -s t -l template -d 'A card template as NAME:FRONT:BACK (repeatable)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l css -d 'CSS file for the cards' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l from -d 'Read the whole note type from a TOML or JSON spec file' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l cloze -d 'Make it a cloze note type'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "list" -d 'Fields with their font, size and description'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "ls" -d 'Fields with their font, size and description'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "usage" -d 'Which fields each template shows on its front and back'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "add" -d 'Add a field (at the end, or at --index)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "remove" -d 'Remove a field and its content in every note'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "rm" -d 'Remove a field and its content in every note'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "rename" -d 'Rename a field'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "move" -d 'Move a field to a position (0 = first)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "font" -d 'Set the editor font of a field'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "font-size" -d 'Set the editor font size of a field'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "describe" -d 'Set a field\'s description (shown in the editor)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from field" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "list" -d 'Templates with their front and back (full HTML with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "ls" -d 'Templates with their front and back (full HTML with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "add" -d 'Add a card template'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "remove" -d 'Remove a card template and its cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "rm" -d 'Remove a card template and its cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "rename" -d 'Rename a card template'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "move" -d 'Move a card template to a position (0 = first)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "set" -d 'Replace a template\'s front and/or back'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from template" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -f -a "get" -d 'Print a note type\'s CSS (or write it with --out)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -f -a "set" -d 'Replace a note type\'s CSS with a file\'s content (or - for stdin)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from css" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -s m -l model -d 'Only this note type (default: all)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l no-front -d 'Leave front templates alone'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l no-back -d 'Leave back templates alone'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l no-css -d 'Leave the CSS alone'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from find-replace" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -l force -d 'Write into a non-empty folder, replacing the files anki-cli manages'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -s y -l yes -d 'Apply removals without asking (required for them when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "list" -d 'List note types with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "name" -d 'Print the name of the note type with this ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a note type from flags or from a TOML/JSON spec file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "field" -d 'Fields: list, usage, add, remove, rename, move, font, font-size, describe'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "template" -d 'Card templates: list, add, remove, rename, move, set'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "css" -d 'The note type\'s CSS: get or set'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "find-replace" -d 'Find and replace text in templates and CSS of one or all note types'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "push" -d 'Apply what changed in a pulled folder (shows the plan first)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "browse" -d 'Open the Browser on a search; prints the matching card IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "select" -d 'Select a card in the open Browser'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "select-note" -d 'Deprecated alias of `gui select`: AnkiConnect\'s guiSelectNote takes a card ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "selected" -d 'Notes selected in the open Browser; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "edit" -d 'Open a note in AnkiConnect\'s edit dialog (it fails on Anki 26: use `note edit` there)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "add" -d 'Open the Add dialog, empty or filled in with the same flags as `note add`'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "add-set" -d 'Fill in the open Add dialog (with --append, add to the fields\' current text)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "reviewing" -d 'Whether a review is in progress'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "current" -d 'The card under review, readable (JSON with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "start-timer" -d 'Restart the timer of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "show-question" -d 'Show the question of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "show-answer" -d 'Show the answer of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "answer" -d 'Answer the card under review (its answer must be showing)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "play-audio" -d 'Replay the audio of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "undo" -d 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "deck" -d 'Open a deck\'s overview screen'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "decks" -d 'Go to the deck list'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "review" -d 'Start reviewing a deck (when it has nothing due, Anki shows its overview)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "import" -d 'Open Anki\'s import dialog on a file (or its file chooser); nothing is imported until you confirm'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "exit" -d 'Close Anki, and wait until it stops answering (up to 15 s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "check-database" -d 'Start Anki\'s Check Database (Anki shows the outcome in its window)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and not __fish_seen_subcommand_from browse select select-note selected edit add add-set reviewing current start-timer show-question show-answer answer play-audio undo deck decks review import exit check-database help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -l sort -d 'Sort by this Browser column (one it shows, e.g. cardDue, noteFld, deck)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -l order -d 'Sort order with --sort' -r -f -a "ascending\t'Ascending'
descending\t'Descending'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from browse" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from select-note" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from selected" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s d -l deck -d 'Deck to add to (default: `deck` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s m -l model -d 'Note type (default: `model` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s f -l field -d 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l audio -d 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l video -d 'Attach video (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l picture -d 'Attach a picture (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s t -l tag -d 'A tag (repeatable; spaces separate several)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l duplicate-scope -d 'Where to look for duplicates' -r -f -a "deck\t'Only in the target deck (or --duplicate-deck)'
collection\t'Anywhere in the collection (AnkiConnect\'s default)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l duplicate-deck -d 'With --duplicate-scope deck: look in this deck instead of the target deck' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l markdown -d 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l allow-duplicate -d 'Add the note even if its first field duplicates another note\'s'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l check-children -d 'With --duplicate-scope deck: also look in the deck\'s subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l check-all-models -d 'Look for duplicates in every note type, not just this one'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s d -l deck -d 'Deck to add to (default: `deck` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s m -l model -d 'Note type (default: `model` in the config file)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s f -l field -d 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l audio -d 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l video -d 'Attach video (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l picture -d 'Attach a picture (same syntax as --audio)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s t -l tag -d 'A tag (repeatable; spaces separate several)' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l duplicate-scope -d 'Where to look for duplicates' -r -f -a "deck\t'Only in the target deck (or --duplicate-deck)'
collection\t'Anywhere in the collection (AnkiConnect\'s default)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l duplicate-deck -d 'With --duplicate-scope deck: look in this deck instead of the target deck' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l markdown -d 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l allow-duplicate -d 'Add the note even if its first field duplicates another note\'s'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l check-children -d 'With --duplicate-scope deck: also look in the deck\'s subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l check-all-models -d 'Look for duplicates in every note type, not just this one'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l append -d 'Append to the current field text instead of replacing it'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from add-set" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from reviewing" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from start-timer" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-question" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from show-answer" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from answer" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from play-audio" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from deck" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from decks" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from exit" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from check-database" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "browse" -d 'Open the Browser on a search; prints the matching card IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "select" -d 'Select a card in the open Browser'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "select-note" -d 'Deprecated alias of `gui select`: AnkiConnect\'s guiSelectNote takes a card ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "selected" -d 'Notes selected in the open Browser; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Open a note in AnkiConnect\'s edit dialog (it fails on Anki 26: use `note edit` there)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "add" -d 'Open the Add dialog, empty or filled in with the same flags as `note add`'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "add-set" -d 'Fill in the open Add dialog (with --append, add to the fields\' current text)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "reviewing" -d 'Whether a review is in progress'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "current" -d 'The card under review, readable (JSON with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "start-timer" -d 'Restart the timer of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "show-question" -d 'Show the question of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "show-answer" -d 'Show the answer of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "answer" -d 'Answer the card under review (its answer must be showing)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "play-audio" -d 'Replay the audio of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "deck" -d 'Open a deck\'s overview screen'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "decks" -d 'Go to the deck list'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "review" -d 'Start reviewing a deck (when it has nothing due, Anki shows its overview)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "import" -d 'Open Anki\'s import dialog on a file (or its file chooser); nothing is imported until you confirm'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "exit" -d 'Close Anki, and wait until it stops answering (up to 15 s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "check-database" -d 'Start Anki\'s Check Database (Anki shows the outcome in its window)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand gui; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand review" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -f -a "list" -d 'List Anki\'s profiles'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -f -a "ls" -d 'List Anki\'s profiles'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -f -a "current" -d 'Print the active profile'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -f -a "load" -d 'Switch Anki to another profile'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and not __fish_seen_subcommand_from list ls current load help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Anki\'s profiles'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "current" -d 'Print the active profile'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "load" -d 'Switch Anki to another profile'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand sync" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -f -a "export" -d 'Export a deck to an .apkg file (the path is on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -f -a "import" -d 'Import an .apkg file (the path is on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and not __fish_seen_subcommand_from export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -l with-scheduling -d 'Include review history and scheduling'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a deck to an .apkg file (the path is on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import an .apkg file (the path is on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand package; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand multi" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand reload" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -s p -l params -d 'The params object: inline JSON, @FILE, or - for stdin' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "path" -d 'Print the config file\'s path (ANKI_CLI_CONFIG overrides it)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "show" -d 'Show the effective settings and where each came from (the API key as ***)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path (ANKI_CLI_CONFIG overrides it)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the effective settings and where each came from (the API key as ***)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand repl" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -l allow-destructive -d 'Run the commands that destroy data (the `--yes` ones) and the raw `api` and `multi`; without it they refuse with consent_needed'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -l read-only -d 'List only the tools that change nothing in Anki'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand mcp" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l profile -d 'Switch Anki to this profile before running the command' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l dry-run -d 'Send only reads; print each write request instead of sending it (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "deck" -d 'Decks: list, create, delete, stats, move cards, options groups'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "note" -d 'Notes: add, find, show, update, edit in $EDITOR, import/export CSV, delete'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "tag" -d 'Tags: list, add, remove, replace, clear unused'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "card" -d 'Cards: find, show, suspend, answer, reschedule, ease'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "stats" -d 'Statistics: reviews today and by day, review logs, the stats page'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "media" -d 'Media files: store, get, list, delete'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "model" -d 'Note types: fields, templates, CSS; pull to a folder and push back'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "gui" -d 'Anki\'s window: browse, add, review, answer (needs the desktop app)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "review" -d 'Study a deck on the terminal while Anki schedules: question, answer, keys 1-4'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "profile" -d 'Anki profiles: list, current, load'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "sync" -d 'Sync the collection with AnkiWeb (may take minutes)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "package" -d 'Export or import .apkg packages (paths are on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "multi" -d 'Run a batch of actions from a JSON file or stdin in one request'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "reload" -d 'Reload the collection from disk'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "status" -d 'Check the connection: reachable, API version, API key, supported actions'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "version" -d 'Print the AnkiConnect API version (6 for current add-ons)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "api" -d 'Send any action and print its raw result as JSON'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "actions" -d 'List all 122 AnkiConnect actions, the subcommand that wraps each, and whether it reads or writes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "config" -d 'Show the config file\'s path or the effective settings'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "repl" -d 'An interactive session with history and live completion (also `anki-cli` alone on a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "mcp" -d 'Serve every command as a Model Context Protocol tool on stdio, for AI agents'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck note tag card stats media model gui review profile sync package multi reload status version api actions config repl mcp completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "list" -d 'List decks with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "create" -d 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "delete" -d 'Delete decks together with all their cards and subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "stats" -d 'New, learning and review counts per deck (all decks when none are named)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "move" -d 'Move cards to a deck (created if missing)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "of-cards" -d 'Show which deck each card is in'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "name" -d 'Print the name of the deck with this ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "config" -d 'Options groups (deck configurations): get, set, clone, remove, use'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "add" -d 'Add a note; prints its ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "add-batch" -d 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "can-add" -d 'Check whether notes could be added, and why not'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "find" -d 'Find notes with Anki\'s search syntax; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "info" -d 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "update" -d 'Change a note\'s fields, media and tags'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "update-model" -d 'Change a note\'s type, with new field values (its old fields and tags are lost)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "edit" -d 'Open a note\'s fields and tags in $VISUAL / $EDITOR and save what changed'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "delete" -d 'Delete notes and all their cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "remove-empty" -d 'Remove unused note types (what AnkiConnect\'s removeEmptyNotes really does)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "import" -d 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "export" -d 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "mod-time" -d 'Last modification time of notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'List every tag in the collection'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "of" -d 'Show a note\'s tags'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "set" -d 'Replace a note\'s tags with the given ones'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "add" -d 'Add tags to notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "remove" -d 'Remove tags from notes'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "replace" -d 'Rename a tag in given notes, or in all notes with --all'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "clear-unused" -d 'Forget tags that no note uses any more'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "find" -d 'Find cards with Anki\'s search syntax; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "info" -d 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "mod-time" -d 'Last modification time of cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "notes" -d 'The notes the cards belong to; prints note IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "suspend" -d 'Suspend cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "unsuspend" -d 'Unsuspend cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "suspended" -d 'Whether cards are suspended'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "bury" -d 'Bury cards until tomorrow, as Anki\'s Bury does (`is:buried` finds them)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "unbury" -d 'Unbury cards: each gets back the queue of its type, as Anki\'s Unbury gives it'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "reposition" -d 'Move new cards to new positions in the new-card order, as Anki\'s Reposition does'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "due" -d 'Whether cards are due'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "intervals" -d 'Card intervals (negative: seconds, positive: days)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "ease" -d 'Ease factors (2500 = 250%)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "set-ease" -d 'Set the ease factor of cards (2500 = 250%)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "set" -d 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "forget" -d 'Reset cards to new (their review history is kept)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "relearn" -d 'Put cards back into relearning (their intervals are lost)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "answer" -d 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "set-due" -d 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "today" -d 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "by-day" -d 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "html" -d 'Anki\'s statistics page as HTML, written to a file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "reviews" -d 'Reviews of the cards in a deck (not its subdecks) after a review ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "card-reviews" -d 'Every review of the given cards'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "latest-review" -d 'The ID (time in ms) of the latest review of a deck\'s cards (not its subdecks\'); 0 if none'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from stats" -f -a "insert-reviews" -d 'Add review-log rows from a CSV or JSON file (checked before anything is sent)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "store" -d 'Store files in Anki\'s media folder; prints each stored name (Anki may rename)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "get" -d 'Download a media file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "list" -d 'List media file names, optionally matching a glob pattern'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "delete" -d 'Delete media files (they go to Anki\'s media trash)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "dir" -d 'Print the media folder\'s path (on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "list" -d 'List note types with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "show" -d 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "name" -d 'Print the name of the note type with this ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "create" -d 'Create a note type from flags or from a TOML/JSON spec file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "field" -d 'Fields: list, usage, add, remove, rename, move, font, font-size, describe'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "template" -d 'Card templates: list, add, remove, rename, move, set'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "css" -d 'The note type\'s CSS: get or set'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "find-replace" -d 'Find and replace text in templates and CSS of one or all note types'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "pull" -d 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "push" -d 'Apply what changed in a pulled folder (shows the plan first)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "browse" -d 'Open the Browser on a search; prints the matching card IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "select" -d 'Select a card in the open Browser'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "select-note" -d 'Deprecated alias of `gui select`: AnkiConnect\'s guiSelectNote takes a card ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "selected" -d 'Notes selected in the open Browser; prints their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "edit" -d 'Open a note in AnkiConnect\'s edit dialog (it fails on Anki 26: use `note edit` there)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "add" -d 'Open the Add dialog, empty or filled in with the same flags as `note add`'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "add-set" -d 'Fill in the open Add dialog (with --append, add to the fields\' current text)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "reviewing" -d 'Whether a review is in progress'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "current" -d 'The card under review, readable (JSON with -o json)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "start-timer" -d 'Restart the timer of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "show-question" -d 'Show the question of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "show-answer" -d 'Show the answer of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "answer" -d 'Answer the card under review (its answer must be showing)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "play-audio" -d 'Replay the audio of the card under review'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "undo" -d 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "deck" -d 'Open a deck\'s overview screen'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "decks" -d 'Go to the deck list'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "review" -d 'Start reviewing a deck (when it has nothing due, Anki shows its overview)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "import" -d 'Open Anki\'s import dialog on a file (or its file chooser); nothing is imported until you confirm'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "exit" -d 'Close Anki, and wait until it stops answering (up to 15 s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from gui" -f -a "check-database" -d 'Start Anki\'s Check Database (Anki shows the outcome in its window)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List Anki\'s profiles'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "current" -d 'Print the active profile'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "load" -d 'Switch Anki to another profile'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from package" -f -a "export" -d 'Export a deck to an .apkg file (the path is on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from package" -f -a "import" -d 'Import an .apkg file (the path is on the machine where Anki runs)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path (ANKI_CLI_CONFIG overrides it)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the effective settings and where each came from (the API key as ***)'
