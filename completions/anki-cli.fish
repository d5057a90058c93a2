# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_anki_cli_global_optspecs
    string join \n url= key-file= timeout= o/output= dry-run v/verbose h/help V/version
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
complete -c anki-cli -n "__fish_anki_cli_needs_command" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "deck" -d 'Decks: list, create, delete, stats, move cards, options groups'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "status" -d 'Check the connection: reachable, API version, API key, supported actions'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "doctor" -d 'Check the connection: reachable, API version, API key, supported actions'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "version" -d 'Print the AnkiConnect API version (6 for current add-ons)'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "api" -d 'Send any action and print its raw result as JSON'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "actions" -d 'List all 122 AnkiConnect actions and the subcommand that wraps each'
complete -c anki-cli -n "__fish_anki_cli_needs_command" -f -a "config" -d 'Show the config file\'s path or the effective settings'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and not __fish_seen_subcommand_from list ls create delete rm stats move of-cards name config help" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l names -d 'Names only (the deckNames action)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l names -d 'Names only (the deckNames action)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from stats" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from move" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from of-cards" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from name" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show the options group a deck uses'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change options: KEY=VALUE pairs on a deck\'s group, or a whole group from a JSON file'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand deck; and __fish_seen_subcommand_from config" -f -a "clone" -d 'Create a new options group copied from another (default: the Default group, ID 1)'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand status" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand doctor" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand version" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand api" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand actions" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
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
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path (ANKI_CLI_CONFIG overrides it)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the effective settings and where each came from (the API key as ***)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l url -d 'AnkiConnect\'s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l key-file -d 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)' -r -F
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l timeout -d 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]' -r
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s o -l output -d 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]' -r -f -a "auto\t'A table on a terminal; when piped, ID lists one per line and other results as JSON'
table\t'Always a table'
json\t'AnkiConnect\'s `result` as JSON'
ids\t'IDs one per line (other results print as JSON)'
tsv\t'Tab-separated rows without a header (other results print as JSON)'"
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -l dry-run -d 'Print the JSON request(s) that would be sent (API key redacted) and send nothing'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s v -l verbose -d 'Log every request and reply on stderr (API key redacted)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand completions" -s V -l version -d 'Print version'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "deck" -d 'Decks: list, create, delete, stats, move cards, options groups'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "status" -d 'Check the connection: reachable, API version, API key, supported actions'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "version" -d 'Print the AnkiConnect API version (6 for current add-ons)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "api" -d 'Send any action and print its raw result as JSON'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "actions" -d 'List all 122 AnkiConnect actions and the subcommand that wraps each'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "config" -d 'Show the config file\'s path or the effective settings'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and not __fish_seen_subcommand_from deck status version api actions config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "list" -d 'List decks with their IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "create" -d 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "delete" -d 'Delete decks together with all their cards and subdecks'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "stats" -d 'New, learning and review counts per deck (all decks when none are named)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "move" -d 'Move cards to a deck (created if missing)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "of-cards" -d 'Show which deck each card is in'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "name" -d 'Print the name of the deck with this ID'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from deck" -f -a "config" -d 'Options groups (deck configurations): get, set, clone, remove, use'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path (ANKI_CLI_CONFIG overrides it)'
complete -c anki-cli -n "__fish_anki_cli_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the effective settings and where each came from (the API key as ***)'
