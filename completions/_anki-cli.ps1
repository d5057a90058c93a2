
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'anki-cli' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'anki-cli'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'anki-cli' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('deck', 'deck', [CompletionResultType]::ParameterValue, 'Decks: list, create, delete, stats, move cards, options groups')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Notes: add, find, show, update, edit in $EDITOR, import/export CSV, delete')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tags: list, add, remove, replace, clear unused')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'Cards: find, show, suspend, answer, reschedule, ease')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Statistics: reviews today and by day, review logs, the stats page')
            [CompletionResult]::new('media', 'media', [CompletionResultType]::ParameterValue, 'Media files: store, get, list, delete')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'Note types: fields, templates, CSS; pull to a folder and push back')
            [CompletionResult]::new('gui', 'gui', [CompletionResultType]::ParameterValue, 'Anki''s window: browse, add, review, answer (needs the desktop app)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Study a deck on the terminal while Anki schedules: question, answer, keys 1-4')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Anki profiles: list, current, load')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Sync the collection with AnkiWeb (may take minutes)')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Export or import .apkg packages (paths are on the machine where Anki runs)')
            [CompletionResult]::new('multi', 'multi', [CompletionResultType]::ParameterValue, 'Run a batch of actions from a JSON file or stdin in one request')
            [CompletionResult]::new('reload', 'reload', [CompletionResultType]::ParameterValue, 'Reload the collection from disk')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the connection: reachable, API version, API key, supported actions')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the connection: reachable, API version, API key, supported actions')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the AnkiConnect API version (6 for current add-ons)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any action and print its raw result as JSON')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'List all 122 AnkiConnect actions, the subcommand that wraps each, and whether it reads or writes')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file''s path or the effective settings')
            [CompletionResult]::new('repl', 'repl', [CompletionResultType]::ParameterValue, 'An interactive session with history and live completion (also `anki-cli` alone on a terminal)')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve every command as a Model Context Protocol tool on stdio, for AI agents')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;deck' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List decks with their IDs')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List decks with their IDs')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete decks together with all their cards and subdecks')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete decks together with all their cards and subdecks')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'New, learning and review counts per deck (all decks when none are named)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move cards to a deck (created if missing)')
            [CompletionResult]::new('of-cards', 'of-cards', [CompletionResultType]::ParameterValue, 'Show which deck each card is in')
            [CompletionResult]::new('name', 'name', [CompletionResultType]::ParameterValue, 'Print the name of the deck with this ID')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Options groups (deck configurations): get, set, clone, remove, use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;deck;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only (the deckNames action)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only (the deckNames action)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;create' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;delete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;rm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;stats' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;move' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The target deck')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;of-cards' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;name' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the options group a deck uses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an options group (decks using it fall back to Default)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an options group (decks using it fall back to Default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make decks use an options group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;deck;config;get' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config;set' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A whole options group as JSON (as `deck config get -o json` prints it), or - for stdin')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config;clone' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The group to copy: its name or ID')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config;remove' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config;rm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config;use' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the options group a deck uses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an options group (decks using it fall back to Default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make decks use an options group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;deck;config;help;get' {
            break
        }
        'anki-cli;deck;config;help;set' {
            break
        }
        'anki-cli;deck;config;help;clone' {
            break
        }
        'anki-cli;deck;config;help;remove' {
            break
        }
        'anki-cli;deck;config;help;use' {
            break
        }
        'anki-cli;deck;config;help;help' {
            break
        }
        'anki-cli;deck;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List decks with their IDs')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete decks together with all their cards and subdecks')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'New, learning and review counts per deck (all decks when none are named)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move cards to a deck (created if missing)')
            [CompletionResult]::new('of-cards', 'of-cards', [CompletionResultType]::ParameterValue, 'Show which deck each card is in')
            [CompletionResult]::new('name', 'name', [CompletionResultType]::ParameterValue, 'Print the name of the deck with this ID')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Options groups (deck configurations): get, set, clone, remove, use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;deck;help;list' {
            break
        }
        'anki-cli;deck;help;create' {
            break
        }
        'anki-cli;deck;help;delete' {
            break
        }
        'anki-cli;deck;help;stats' {
            break
        }
        'anki-cli;deck;help;move' {
            break
        }
        'anki-cli;deck;help;of-cards' {
            break
        }
        'anki-cli;deck;help;name' {
            break
        }
        'anki-cli;deck;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the options group a deck uses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an options group (decks using it fall back to Default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make decks use an options group')
            break
        }
        'anki-cli;deck;help;config;get' {
            break
        }
        'anki-cli;deck;help;config;set' {
            break
        }
        'anki-cli;deck;help;config;clone' {
            break
        }
        'anki-cli;deck;help;config;remove' {
            break
        }
        'anki-cli;deck;help;config;use' {
            break
        }
        'anki-cli;deck;help;help' {
            break
        }
        'anki-cli;note' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a note; prints its ID')
            [CompletionResult]::new('add-batch', 'add-batch', [CompletionResultType]::ParameterValue, 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs')
            [CompletionResult]::new('can-add', 'can-add', [CompletionResultType]::ParameterValue, 'Check whether notes could be added, and why not')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find notes with Anki''s search syntax; prints their IDs')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a note''s fields, media and tags')
            [CompletionResult]::new('update-model', 'update-model', [CompletionResultType]::ParameterValue, 'Change a note''s type, with new field values (its old fields and tags are lost)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a note''s fields and tags in $VISUAL / $EDITOR and save what changed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete notes and all their cards')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete notes and all their cards')
            [CompletionResult]::new('remove-empty', 'remove-empty', [CompletionResultType]::ParameterValue, 'Remove unused note types (what AnkiConnect''s removeEmptyNotes really does)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)')
            [CompletionResult]::new('mod-time', 'mod-time', [CompletionResultType]::ParameterValue, 'Last modification time of notes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;note;add' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--audio', '--audio', [CompletionResultType]::ParameterName, 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)')
            [CompletionResult]::new('--video', '--video', [CompletionResultType]::ParameterName, 'Attach video (same syntax as --audio)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Attach a picture (same syntax as --audio)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--duplicate-scope', '--duplicate-scope', [CompletionResultType]::ParameterName, 'Where to look for duplicates')
            [CompletionResult]::new('--duplicate-deck', '--duplicate-deck', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: look in this deck instead of the target deck')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add the note even if its first field duplicates another note''s')
            [CompletionResult]::new('--check-children', '--check-children', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: also look in the deck''s subdecks')
            [CompletionResult]::new('--check-all-models', '--check-all-models', [CompletionResultType]::ParameterName, 'Look for duplicates in every note type, not just this one')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;add-batch' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Deck for notes without deckName')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Deck for notes without deckName')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Note type for notes without modelName')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Note type for notes without modelName')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;can-add' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--audio', '--audio', [CompletionResultType]::ParameterName, 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)')
            [CompletionResult]::new('--video', '--video', [CompletionResultType]::ParameterName, 'Attach video (same syntax as --audio)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Attach a picture (same syntax as --audio)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--duplicate-scope', '--duplicate-scope', [CompletionResultType]::ParameterName, 'Where to look for duplicates')
            [CompletionResult]::new('--duplicate-deck', '--duplicate-deck', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: look in this deck instead of the target deck')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Check every note of a JSON file (as for `note add-batch`), or - for stdin')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add the note even if its first field duplicates another note''s')
            [CompletionResult]::new('--check-children', '--check-children', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: also look in the deck''s subdecks')
            [CompletionResult]::new('--check-all-models', '--check-all-models', [CompletionResultType]::ParameterName, 'Look for duplicates in every note type, not just this one')
            [CompletionResult]::new('--no-detail', '--no-detail', [CompletionResultType]::ParameterName, 'Use canAddNote(s): yes/no without reasons (for add-ons before 2023)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;find' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;info' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select notes by a search instead of IDs (one argument: quote a search of several words)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select notes by a search instead of IDs (one argument: quote a search of several words)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--audio', '--audio', [CompletionResultType]::ParameterName, 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)')
            [CompletionResult]::new('--video', '--video', [CompletionResultType]::ParameterName, 'Attach video (same syntax as --audio)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Attach a picture (same syntax as --audio)')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Replace all tags with these (space-separated; '''' removes all)')
            [CompletionResult]::new('--add-tag', '--add-tag', [CompletionResultType]::ParameterName, 'Add a tag (repeatable)')
            [CompletionResult]::new('--remove-tag', '--remove-tag', [CompletionResultType]::ParameterName, 'Remove a tag (repeatable)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;update-model' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The new note type')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The new note type')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field of the new type as NAME=VALUE (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field of the new type as NAME=VALUE (repeatable)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tags of the note afterwards (repeatable; without it the note loses its tags, as in AnkiConnect)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tags of the note afterwards (repeatable; without it the note loses its tags, as in AnkiConnect)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;edit' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Take the edited document from FILE (- for stdin) instead of opening an editor')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;delete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;rm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;remove-empty' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format (default: by extension; .tsv/.tab/.txt are TSV)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Column delimiter (one character; overrides --format)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Deck for rows without a deck column (default: `deck` in the config file)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Deck for rows without a deck column (default: `deck` in the config file)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Note type for rows without a model column (default: `model` in the config file)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Note type for rows without a model column (default: `model` in the config file)')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags added to every note (space-separated)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Rename a column: COLUMN=FIELD (repeatable)')
            [CompletionResult]::new('--on-duplicate', '--on-duplicate', [CompletionResultType]::ParameterName, 'What to do with rows that duplicate an existing note')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Notes per request')
            [CompletionResult]::new('--duplicate-scope', '--duplicate-scope', [CompletionResultType]::ParameterName, 'Where a duplicate is looked for (the add-on''s duplicateScope)')
            [CompletionResult]::new('--on-invalid', '--on-invalid', [CompletionResultType]::ParameterName, 'What to do with rows that fail the check made before anything is sent')
            [CompletionResult]::new('--errors', '--errors', [CompletionResultType]::ParameterName, 'Write failed rows, with a reason column, to this CSV file (fix it and import it again)')
            [CompletionResult]::new('--existing-notes', '--existing-notes', [CompletionResultType]::ParameterName, 'What a row does whose GUID (a GUID column) is already a note''s, as Anki''s "Existing notes"')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'The file has no header: columns are the note type''s fields in order')
            [CompletionResult]::new('--create-decks', '--create-decks', [CompletionResultType]::ParameterName, 'Create the decks that --deck or the deck column name and Anki lacks')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite the --errors file if it exists')
            [CompletionResult]::new('--fast', '--fast', [CompletionResultType]::ParameterName, 'Add the accepted rows with a package import instead of addNotes (see below)')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Field values are Markdown, converted to HTML (as the header #markdown:true says)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;export' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Which notes: an Anki search (one argument: quote a search of several words)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Which notes: an Anki search (one argument: quote a search of several words)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format (default: by --out''s extension: .tsv, .json, .txt is anki; else CSV)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;mod-time' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;note;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a note; prints its ID')
            [CompletionResult]::new('add-batch', 'add-batch', [CompletionResultType]::ParameterValue, 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs')
            [CompletionResult]::new('can-add', 'can-add', [CompletionResultType]::ParameterValue, 'Check whether notes could be added, and why not')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find notes with Anki''s search syntax; prints their IDs')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a note''s fields, media and tags')
            [CompletionResult]::new('update-model', 'update-model', [CompletionResultType]::ParameterValue, 'Change a note''s type, with new field values (its old fields and tags are lost)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a note''s fields and tags in $VISUAL / $EDITOR and save what changed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete notes and all their cards')
            [CompletionResult]::new('remove-empty', 'remove-empty', [CompletionResultType]::ParameterValue, 'Remove unused note types (what AnkiConnect''s removeEmptyNotes really does)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)')
            [CompletionResult]::new('mod-time', 'mod-time', [CompletionResultType]::ParameterValue, 'Last modification time of notes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;note;help;add' {
            break
        }
        'anki-cli;note;help;add-batch' {
            break
        }
        'anki-cli;note;help;can-add' {
            break
        }
        'anki-cli;note;help;find' {
            break
        }
        'anki-cli;note;help;info' {
            break
        }
        'anki-cli;note;help;update' {
            break
        }
        'anki-cli;note;help;update-model' {
            break
        }
        'anki-cli;note;help;edit' {
            break
        }
        'anki-cli;note;help;delete' {
            break
        }
        'anki-cli;note;help;remove-empty' {
            break
        }
        'anki-cli;note;help;import' {
            break
        }
        'anki-cli;note;help;export' {
            break
        }
        'anki-cli;note;help;mod-time' {
            break
        }
        'anki-cli;note;help;help' {
            break
        }
        'anki-cli;tag' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tag in the collection')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List every tag in the collection')
            [CompletionResult]::new('of', 'of', [CompletionResultType]::ParameterValue, 'Show a note''s tags')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a note''s tags with the given ones')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to notes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags from notes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags from notes')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Rename a tag in given notes, or in all notes with --all')
            [CompletionResult]::new('clear-unused', 'clear-unused', [CompletionResultType]::ParameterValue, 'Forget tags that no note uses any more')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;tag;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;of' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;set' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;add' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;remove' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;rm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;replace' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'In every note of the collection')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;clear-unused' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;tag;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tag in the collection')
            [CompletionResult]::new('of', 'of', [CompletionResultType]::ParameterValue, 'Show a note''s tags')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a note''s tags with the given ones')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to notes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags from notes')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Rename a tag in given notes, or in all notes with --all')
            [CompletionResult]::new('clear-unused', 'clear-unused', [CompletionResultType]::ParameterValue, 'Forget tags that no note uses any more')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;tag;help;list' {
            break
        }
        'anki-cli;tag;help;of' {
            break
        }
        'anki-cli;tag;help;set' {
            break
        }
        'anki-cli;tag;help;add' {
            break
        }
        'anki-cli;tag;help;remove' {
            break
        }
        'anki-cli;tag;help;replace' {
            break
        }
        'anki-cli;tag;help;clear-unused' {
            break
        }
        'anki-cli;tag;help;help' {
            break
        }
        'anki-cli;card' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find cards with Anki''s search syntax; prints their IDs')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue')
            [CompletionResult]::new('mod-time', 'mod-time', [CompletionResultType]::ParameterValue, 'Last modification time of cards')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'The notes the cards belong to; prints note IDs')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend cards')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Unsuspend cards')
            [CompletionResult]::new('suspended', 'suspended', [CompletionResultType]::ParameterValue, 'Whether cards are suspended')
            [CompletionResult]::new('bury', 'bury', [CompletionResultType]::ParameterValue, 'Bury cards until tomorrow, as Anki''s Bury does (`is:buried` finds them)')
            [CompletionResult]::new('unbury', 'unbury', [CompletionResultType]::ParameterValue, 'Unbury cards: each gets back the queue of its type, as Anki''s Unbury gives it')
            [CompletionResult]::new('reposition', 'reposition', [CompletionResultType]::ParameterValue, 'Move new cards to new positions in the new-card order, as Anki''s Reposition does')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Whether cards are due')
            [CompletionResult]::new('intervals', 'intervals', [CompletionResultType]::ParameterValue, 'Card intervals (negative: seconds, positive: days)')
            [CompletionResult]::new('ease', 'ease', [CompletionResultType]::ParameterValue, 'Ease factors (2500 = 250%)')
            [CompletionResult]::new('set-ease', 'set-ease', [CompletionResultType]::ParameterValue, 'Set the ease factor of cards (2500 = 250%)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Reset cards to new (their review history is kept)')
            [CompletionResult]::new('relearn', 'relearn', [CompletionResultType]::ParameterValue, 'Put cards back into relearning (their intervals are lost)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy')
            [CompletionResult]::new('set-due', 'set-due', [CompletionResultType]::ParameterValue, 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;card;find' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;info' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;mod-time' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;notes' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;suspend' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;unsuspend' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;suspended' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;bury' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;unbury' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;reposition' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first position')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'How far apart the positions of successive notes are')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--randomize', '--randomize', [CompletionResultType]::ParameterName, 'Shuffle the notes instead of keeping the order the cards are given in')
            [CompletionResult]::new('--shift', '--shift', [CompletionResultType]::ParameterName, 'Move the other new cards at or after --start up to make room')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;due' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;intervals' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--complete', '--complete', [CompletionResultType]::ParameterName, 'Every interval of each card''s history, not just the latest')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;ease' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;set-ease' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;set' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--warning-check', '--warning-check', [CompletionResultType]::ParameterName, 'Allow the risky keys')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before overwriting scheduling or identity columns (required for them when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before overwriting scheduling or identity columns (required for them when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;forget' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;relearn' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;answer' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;set-due' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Select the cards with an Anki search instead (find, then act); one argument, so quote a search of several words')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;card;help' {
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find cards with Anki''s search syntax; prints their IDs')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue')
            [CompletionResult]::new('mod-time', 'mod-time', [CompletionResultType]::ParameterValue, 'Last modification time of cards')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'The notes the cards belong to; prints note IDs')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend cards')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Unsuspend cards')
            [CompletionResult]::new('suspended', 'suspended', [CompletionResultType]::ParameterValue, 'Whether cards are suspended')
            [CompletionResult]::new('bury', 'bury', [CompletionResultType]::ParameterValue, 'Bury cards until tomorrow, as Anki''s Bury does (`is:buried` finds them)')
            [CompletionResult]::new('unbury', 'unbury', [CompletionResultType]::ParameterValue, 'Unbury cards: each gets back the queue of its type, as Anki''s Unbury gives it')
            [CompletionResult]::new('reposition', 'reposition', [CompletionResultType]::ParameterValue, 'Move new cards to new positions in the new-card order, as Anki''s Reposition does')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Whether cards are due')
            [CompletionResult]::new('intervals', 'intervals', [CompletionResultType]::ParameterValue, 'Card intervals (negative: seconds, positive: days)')
            [CompletionResult]::new('ease', 'ease', [CompletionResultType]::ParameterValue, 'Ease factors (2500 = 250%)')
            [CompletionResult]::new('set-ease', 'set-ease', [CompletionResultType]::ParameterValue, 'Set the ease factor of cards (2500 = 250%)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Reset cards to new (their review history is kept)')
            [CompletionResult]::new('relearn', 'relearn', [CompletionResultType]::ParameterValue, 'Put cards back into relearning (their intervals are lost)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy')
            [CompletionResult]::new('set-due', 'set-due', [CompletionResultType]::ParameterValue, 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;card;help;find' {
            break
        }
        'anki-cli;card;help;info' {
            break
        }
        'anki-cli;card;help;mod-time' {
            break
        }
        'anki-cli;card;help;notes' {
            break
        }
        'anki-cli;card;help;suspend' {
            break
        }
        'anki-cli;card;help;unsuspend' {
            break
        }
        'anki-cli;card;help;suspended' {
            break
        }
        'anki-cli;card;help;bury' {
            break
        }
        'anki-cli;card;help;unbury' {
            break
        }
        'anki-cli;card;help;reposition' {
            break
        }
        'anki-cli;card;help;due' {
            break
        }
        'anki-cli;card;help;intervals' {
            break
        }
        'anki-cli;card;help;ease' {
            break
        }
        'anki-cli;card;help;set-ease' {
            break
        }
        'anki-cli;card;help;set' {
            break
        }
        'anki-cli;card;help;forget' {
            break
        }
        'anki-cli;card;help;relearn' {
            break
        }
        'anki-cli;card;help;answer' {
            break
        }
        'anki-cli;card;help;set-due' {
            break
        }
        'anki-cli;card;help;help' {
            break
        }
        'anki-cli;stats' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)')
            [CompletionResult]::new('by-day', 'by-day', [CompletionResultType]::ParameterValue, 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'Anki''s statistics page as HTML, written to a file')
            [CompletionResult]::new('reviews', 'reviews', [CompletionResultType]::ParameterValue, 'Reviews of the cards in a deck (not its subdecks) after a review ID')
            [CompletionResult]::new('card-reviews', 'card-reviews', [CompletionResultType]::ParameterValue, 'Every review of the given cards')
            [CompletionResult]::new('latest-review', 'latest-review', [CompletionResultType]::ParameterValue, 'The ID (time in ms) of the latest review of a deck''s cards (not its subdecks''); 0 if none')
            [CompletionResult]::new('insert-reviews', 'insert-reviews', [CompletionResultType]::ParameterValue, 'Add review-log rows from a CSV or JSON file (checked before anything is sent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;stats;today' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;stats;by-day' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Show only the most recent N days')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;stats;html' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the HTML here')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--current-deck', '--current-deck', [CompletionResultType]::ParameterName, 'Only the current deck instead of the whole collection')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;stats;reviews' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only reviews with a larger ID (a review ID is its time in ms)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;stats;card-reviews' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;stats;latest-review' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;stats;insert-reviews' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;stats;help' {
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)')
            [CompletionResult]::new('by-day', 'by-day', [CompletionResultType]::ParameterValue, 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'Anki''s statistics page as HTML, written to a file')
            [CompletionResult]::new('reviews', 'reviews', [CompletionResultType]::ParameterValue, 'Reviews of the cards in a deck (not its subdecks) after a review ID')
            [CompletionResult]::new('card-reviews', 'card-reviews', [CompletionResultType]::ParameterValue, 'Every review of the given cards')
            [CompletionResult]::new('latest-review', 'latest-review', [CompletionResultType]::ParameterValue, 'The ID (time in ms) of the latest review of a deck''s cards (not its subdecks''); 0 if none')
            [CompletionResult]::new('insert-reviews', 'insert-reviews', [CompletionResultType]::ParameterValue, 'Add review-log rows from a CSV or JSON file (checked before anything is sent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;stats;help;today' {
            break
        }
        'anki-cli;stats;help;by-day' {
            break
        }
        'anki-cli;stats;help;html' {
            break
        }
        'anki-cli;stats;help;reviews' {
            break
        }
        'anki-cli;stats;help;card-reviews' {
            break
        }
        'anki-cli;stats;help;latest-review' {
            break
        }
        'anki-cli;stats;help;insert-reviews' {
            break
        }
        'anki-cli;stats;help;help' {
            break
        }
        'anki-cli;media' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store files in Anki''s media folder; prints each stored name (Anki may rename)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download a media file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List media file names, optionally matching a glob pattern')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List media file names, optionally matching a glob pattern')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete media files (they go to Anki''s media trash)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete media files (they go to Anki''s media trash)')
            [CompletionResult]::new('dir', 'dir', [CompletionResultType]::ParameterValue, 'Print the media folder''s path (on the machine where Anki runs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;media;store' {
            [CompletionResult]::new('--from-url', '--from-url', [CompletionResultType]::ParameterName, 'Let Anki download this URL instead (not `--url`: that is AnkiConnect''s own URL)')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'A file on the machine where Anki runs')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name to store under (default: the file''s own name); only with one file')
            [CompletionResult]::new('--skip-hash', '--skip-hash', [CompletionResultType]::ParameterName, 'Skip storing when the data''s MD5 equals this hash')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--keep-existing', '--keep-existing', [CompletionResultType]::ParameterName, 'Keep an existing file of that name (Anki then stores under a new name)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Replace existing media files of other content without asking (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Replace existing media files of other content without asking (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;media;get' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write it, or - for stdout')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;media;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;media;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;media;delete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;media;rm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;media;dir' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;media;help' {
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store files in Anki''s media folder; prints each stored name (Anki may rename)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download a media file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List media file names, optionally matching a glob pattern')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete media files (they go to Anki''s media trash)')
            [CompletionResult]::new('dir', 'dir', [CompletionResultType]::ParameterValue, 'Print the media folder''s path (on the machine where Anki runs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;media;help;store' {
            break
        }
        'anki-cli;media;help;get' {
            break
        }
        'anki-cli;media;help;list' {
            break
        }
        'anki-cli;media;help;delete' {
            break
        }
        'anki-cli;media;help;dir' {
            break
        }
        'anki-cli;media;help;help' {
            break
        }
        'anki-cli;model' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List note types with their IDs')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List note types with their IDs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json')
            [CompletionResult]::new('name', 'name', [CompletionResultType]::ParameterValue, 'Print the name of the note type with this ID')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a note type from flags or from a TOML/JSON spec file')
            [CompletionResult]::new('field', 'field', [CompletionResultType]::ParameterValue, 'Fields: list, usage, add, remove, rename, move, font, font-size, describe')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Card templates: list, add, remove, rename, move, set')
            [CompletionResult]::new('css', 'css', [CompletionResultType]::ParameterValue, 'The note type''s CSS: get or set')
            [CompletionResult]::new('find-replace', 'find-replace', [CompletionResultType]::ParameterValue, 'Find and replace text in templates and CSS of one or all note types')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Apply what changed in a pulled folder (shows the plan first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only (the modelNames action)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only (the modelNames action)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;show' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Look note types up by ID instead')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;name' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field, in order (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field, in order (repeatable)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A card template as NAME:FRONT:BACK (repeatable)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A card template as NAME:FRONT:BACK (repeatable)')
            [CompletionResult]::new('--css', '--css', [CompletionResultType]::ParameterName, 'CSS file for the cards')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the whole note type from a TOML or JSON spec file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--cloze', '--cloze', [CompletionResultType]::ParameterName, 'Make it a cloze note type')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Fields with their font, size and description')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Fields with their font, size and description')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Which fields each template shows on its front and back')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a field (at the end, or at --index)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a field and its content in every note')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a field and its content in every note')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a field')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a field to a position (0 = first)')
            [CompletionResult]::new('font', 'font', [CompletionResultType]::ParameterValue, 'Set the editor font of a field')
            [CompletionResult]::new('font-size', 'font-size', [CompletionResultType]::ParameterValue, 'Set the editor font size of a field')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set a field''s description (shown in the editor)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;field;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;usage' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;add' {
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Position, 0 = first')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;remove' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;rm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;rename' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;move' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;font' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;font-size' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;describe' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;field;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Fields with their font, size and description')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Which fields each template shows on its front and back')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a field (at the end, or at --index)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a field and its content in every note')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a field')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a field to a position (0 = first)')
            [CompletionResult]::new('font', 'font', [CompletionResultType]::ParameterValue, 'Set the editor font of a field')
            [CompletionResult]::new('font-size', 'font-size', [CompletionResultType]::ParameterValue, 'Set the editor font size of a field')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set a field''s description (shown in the editor)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;field;help;list' {
            break
        }
        'anki-cli;model;field;help;usage' {
            break
        }
        'anki-cli;model;field;help;add' {
            break
        }
        'anki-cli;model;field;help;remove' {
            break
        }
        'anki-cli;model;field;help;rename' {
            break
        }
        'anki-cli;model;field;help;move' {
            break
        }
        'anki-cli;model;field;help;font' {
            break
        }
        'anki-cli;model;field;help;font-size' {
            break
        }
        'anki-cli;model;field;help;describe' {
            break
        }
        'anki-cli;model;field;help;help' {
            break
        }
        'anki-cli;model;template' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Templates with their front and back (full HTML with -o json)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Templates with their front and back (full HTML with -o json)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card template')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a card template and its cards')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a card template and its cards')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a card template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a card template to a position (0 = first)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a template''s front and/or back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;template;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;add' {
            [CompletionResult]::new('--front', '--front', [CompletionResultType]::ParameterName, 'Front template: a file, or - for stdin')
            [CompletionResult]::new('--back', '--back', [CompletionResultType]::ParameterName, 'Back template: a file, or - for stdin')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;remove' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;rm' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;rename' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;move' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;set' {
            [CompletionResult]::new('--front', '--front', [CompletionResultType]::ParameterName, 'Front template: a file, or - for stdin')
            [CompletionResult]::new('--back', '--back', [CompletionResultType]::ParameterName, 'Back template: a file, or - for stdin')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;template;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Templates with their front and back (full HTML with -o json)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card template')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a card template and its cards')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a card template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a card template to a position (0 = first)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a template''s front and/or back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;template;help;list' {
            break
        }
        'anki-cli;model;template;help;add' {
            break
        }
        'anki-cli;model;template;help;remove' {
            break
        }
        'anki-cli;model;template;help;rename' {
            break
        }
        'anki-cli;model;template;help;move' {
            break
        }
        'anki-cli;model;template;help;set' {
            break
        }
        'anki-cli;model;template;help;help' {
            break
        }
        'anki-cli;model;css' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a note type''s CSS (or write it with --out)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a note type''s CSS with a file''s content (or - for stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;css;get' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write it to this file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;css;set' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;css;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a note type''s CSS (or write it with --out)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a note type''s CSS with a file''s content (or - for stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;css;help;get' {
            break
        }
        'anki-cli;model;css;help;set' {
            break
        }
        'anki-cli;model;css;help;help' {
            break
        }
        'anki-cli;model;find-replace' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Only this note type (default: all)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Only this note type (default: all)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--no-front', '--no-front', [CompletionResultType]::ParameterName, 'Leave front templates alone')
            [CompletionResult]::new('--no-back', '--no-back', [CompletionResultType]::ParameterName, 'Leave back templates alone')
            [CompletionResult]::new('--no-css', '--no-css', [CompletionResultType]::ParameterName, 'Leave the CSS alone')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;pull' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write into a non-empty folder, replacing the files anki-cli manages')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;push' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply removals without asking (required for them when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply removals without asking (required for them when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;model;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List note types with their IDs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json')
            [CompletionResult]::new('name', 'name', [CompletionResultType]::ParameterValue, 'Print the name of the note type with this ID')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a note type from flags or from a TOML/JSON spec file')
            [CompletionResult]::new('field', 'field', [CompletionResultType]::ParameterValue, 'Fields: list, usage, add, remove, rename, move, font, font-size, describe')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Card templates: list, add, remove, rename, move, set')
            [CompletionResult]::new('css', 'css', [CompletionResultType]::ParameterValue, 'The note type''s CSS: get or set')
            [CompletionResult]::new('find-replace', 'find-replace', [CompletionResultType]::ParameterValue, 'Find and replace text in templates and CSS of one or all note types')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Apply what changed in a pulled folder (shows the plan first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;model;help;list' {
            break
        }
        'anki-cli;model;help;show' {
            break
        }
        'anki-cli;model;help;name' {
            break
        }
        'anki-cli;model;help;create' {
            break
        }
        'anki-cli;model;help;field' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Fields with their font, size and description')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Which fields each template shows on its front and back')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a field (at the end, or at --index)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a field and its content in every note')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a field')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a field to a position (0 = first)')
            [CompletionResult]::new('font', 'font', [CompletionResultType]::ParameterValue, 'Set the editor font of a field')
            [CompletionResult]::new('font-size', 'font-size', [CompletionResultType]::ParameterValue, 'Set the editor font size of a field')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set a field''s description (shown in the editor)')
            break
        }
        'anki-cli;model;help;field;list' {
            break
        }
        'anki-cli;model;help;field;usage' {
            break
        }
        'anki-cli;model;help;field;add' {
            break
        }
        'anki-cli;model;help;field;remove' {
            break
        }
        'anki-cli;model;help;field;rename' {
            break
        }
        'anki-cli;model;help;field;move' {
            break
        }
        'anki-cli;model;help;field;font' {
            break
        }
        'anki-cli;model;help;field;font-size' {
            break
        }
        'anki-cli;model;help;field;describe' {
            break
        }
        'anki-cli;model;help;template' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Templates with their front and back (full HTML with -o json)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card template')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a card template and its cards')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a card template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a card template to a position (0 = first)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a template''s front and/or back')
            break
        }
        'anki-cli;model;help;template;list' {
            break
        }
        'anki-cli;model;help;template;add' {
            break
        }
        'anki-cli;model;help;template;remove' {
            break
        }
        'anki-cli;model;help;template;rename' {
            break
        }
        'anki-cli;model;help;template;move' {
            break
        }
        'anki-cli;model;help;template;set' {
            break
        }
        'anki-cli;model;help;css' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a note type''s CSS (or write it with --out)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a note type''s CSS with a file''s content (or - for stdin)')
            break
        }
        'anki-cli;model;help;css;get' {
            break
        }
        'anki-cli;model;help;css;set' {
            break
        }
        'anki-cli;model;help;find-replace' {
            break
        }
        'anki-cli;model;help;pull' {
            break
        }
        'anki-cli;model;help;push' {
            break
        }
        'anki-cli;model;help;help' {
            break
        }
        'anki-cli;gui' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Open the Browser on a search; prints the matching card IDs')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Select a card in the open Browser')
            [CompletionResult]::new('select-note', 'select-note', [CompletionResultType]::ParameterValue, 'Deprecated alias of `gui select`: AnkiConnect''s guiSelectNote takes a card ID')
            [CompletionResult]::new('selected', 'selected', [CompletionResultType]::ParameterValue, 'Notes selected in the open Browser; prints their IDs')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a note in AnkiConnect''s edit dialog (it fails on Anki 26: use `note edit` there)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Open the Add dialog, empty or filled in with the same flags as `note add`')
            [CompletionResult]::new('add-set', 'add-set', [CompletionResultType]::ParameterValue, 'Fill in the open Add dialog (with --append, add to the fields'' current text)')
            [CompletionResult]::new('reviewing', 'reviewing', [CompletionResultType]::ParameterValue, 'Whether a review is in progress')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The card under review, readable (JSON with -o json)')
            [CompletionResult]::new('start-timer', 'start-timer', [CompletionResultType]::ParameterValue, 'Restart the timer of the card under review')
            [CompletionResult]::new('show-question', 'show-question', [CompletionResultType]::ParameterValue, 'Show the question of the card under review')
            [CompletionResult]::new('show-answer', 'show-answer', [CompletionResultType]::ParameterValue, 'Show the answer of the card under review')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer the card under review (its answer must be showing)')
            [CompletionResult]::new('play-audio', 'play-audio', [CompletionResultType]::ParameterValue, 'Replay the audio of the card under review')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)')
            [CompletionResult]::new('deck', 'deck', [CompletionResultType]::ParameterValue, 'Open a deck''s overview screen')
            [CompletionResult]::new('decks', 'decks', [CompletionResultType]::ParameterValue, 'Go to the deck list')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Start reviewing a deck (when it has nothing due, Anki shows its overview)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Open Anki''s import dialog on a file (or its file chooser); nothing is imported until you confirm')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Close Anki, and wait until it stops answering (up to 15 s)')
            [CompletionResult]::new('check-database', 'check-database', [CompletionResultType]::ParameterValue, 'Start Anki''s Check Database (Anki shows the outcome in its window)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;gui;browse' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this Browser column (one it shows, e.g. cardDue, noteFld, deck)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Sort order with --sort')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;select' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;select-note' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;selected' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;edit' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;add' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--audio', '--audio', [CompletionResultType]::ParameterName, 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)')
            [CompletionResult]::new('--video', '--video', [CompletionResultType]::ParameterName, 'Attach video (same syntax as --audio)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Attach a picture (same syntax as --audio)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--duplicate-scope', '--duplicate-scope', [CompletionResultType]::ParameterName, 'Where to look for duplicates')
            [CompletionResult]::new('--duplicate-deck', '--duplicate-deck', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: look in this deck instead of the target deck')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add the note even if its first field duplicates another note''s')
            [CompletionResult]::new('--check-children', '--check-children', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: also look in the deck''s subdecks')
            [CompletionResult]::new('--check-all-models', '--check-all-models', [CompletionResultType]::ParameterName, 'Look for duplicates in every note type, not just this one')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;add-set' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('--deck', '--deck', [CompletionResultType]::ParameterName, 'Deck to add to (default: `deck` in the config file)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Note type (default: `model` in the config file)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field as NAME=VALUE (repeatable). VALUE may be @FILE to read a file, - for stdin, @@… for a literal @')
            [CompletionResult]::new('--audio', '--audio', [CompletionResultType]::ParameterName, 'Attach audio: SOURCE;fields=F1,F2[;filename=NAME][;skip-hash=MD5] (SOURCE: file, URL, base64:DATA)')
            [CompletionResult]::new('--video', '--video', [CompletionResultType]::ParameterName, 'Attach video (same syntax as --audio)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Attach a picture (same syntax as --audio)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable; spaces separate several)')
            [CompletionResult]::new('--duplicate-scope', '--duplicate-scope', [CompletionResultType]::ParameterName, 'Where to look for duplicates')
            [CompletionResult]::new('--duplicate-deck', '--duplicate-deck', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: look in this deck instead of the target deck')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Field values are Markdown: converted to HTML (an image that is a local file is stored as media)')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Add the note even if its first field duplicates another note''s')
            [CompletionResult]::new('--check-children', '--check-children', [CompletionResultType]::ParameterName, 'With --duplicate-scope deck: also look in the deck''s subdecks')
            [CompletionResult]::new('--check-all-models', '--check-all-models', [CompletionResultType]::ParameterName, 'Look for duplicates in every note type, not just this one')
            [CompletionResult]::new('--append', '--append', [CompletionResultType]::ParameterName, 'Append to the current field text instead of replacing it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;reviewing' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;current' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;start-timer' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;show-question' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;show-answer' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;answer' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;play-audio' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;undo' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;deck' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;decks' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;review' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;import' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;exit' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;check-database' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;gui;help' {
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Open the Browser on a search; prints the matching card IDs')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Select a card in the open Browser')
            [CompletionResult]::new('select-note', 'select-note', [CompletionResultType]::ParameterValue, 'Deprecated alias of `gui select`: AnkiConnect''s guiSelectNote takes a card ID')
            [CompletionResult]::new('selected', 'selected', [CompletionResultType]::ParameterValue, 'Notes selected in the open Browser; prints their IDs')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a note in AnkiConnect''s edit dialog (it fails on Anki 26: use `note edit` there)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Open the Add dialog, empty or filled in with the same flags as `note add`')
            [CompletionResult]::new('add-set', 'add-set', [CompletionResultType]::ParameterValue, 'Fill in the open Add dialog (with --append, add to the fields'' current text)')
            [CompletionResult]::new('reviewing', 'reviewing', [CompletionResultType]::ParameterValue, 'Whether a review is in progress')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The card under review, readable (JSON with -o json)')
            [CompletionResult]::new('start-timer', 'start-timer', [CompletionResultType]::ParameterValue, 'Restart the timer of the card under review')
            [CompletionResult]::new('show-question', 'show-question', [CompletionResultType]::ParameterValue, 'Show the question of the card under review')
            [CompletionResult]::new('show-answer', 'show-answer', [CompletionResultType]::ParameterValue, 'Show the answer of the card under review')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer the card under review (its answer must be showing)')
            [CompletionResult]::new('play-audio', 'play-audio', [CompletionResultType]::ParameterValue, 'Replay the audio of the card under review')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)')
            [CompletionResult]::new('deck', 'deck', [CompletionResultType]::ParameterValue, 'Open a deck''s overview screen')
            [CompletionResult]::new('decks', 'decks', [CompletionResultType]::ParameterValue, 'Go to the deck list')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Start reviewing a deck (when it has nothing due, Anki shows its overview)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Open Anki''s import dialog on a file (or its file chooser); nothing is imported until you confirm')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Close Anki, and wait until it stops answering (up to 15 s)')
            [CompletionResult]::new('check-database', 'check-database', [CompletionResultType]::ParameterValue, 'Start Anki''s Check Database (Anki shows the outcome in its window)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;gui;help;browse' {
            break
        }
        'anki-cli;gui;help;select' {
            break
        }
        'anki-cli;gui;help;select-note' {
            break
        }
        'anki-cli;gui;help;selected' {
            break
        }
        'anki-cli;gui;help;edit' {
            break
        }
        'anki-cli;gui;help;add' {
            break
        }
        'anki-cli;gui;help;add-set' {
            break
        }
        'anki-cli;gui;help;reviewing' {
            break
        }
        'anki-cli;gui;help;current' {
            break
        }
        'anki-cli;gui;help;start-timer' {
            break
        }
        'anki-cli;gui;help;show-question' {
            break
        }
        'anki-cli;gui;help;show-answer' {
            break
        }
        'anki-cli;gui;help;answer' {
            break
        }
        'anki-cli;gui;help;play-audio' {
            break
        }
        'anki-cli;gui;help;undo' {
            break
        }
        'anki-cli;gui;help;deck' {
            break
        }
        'anki-cli;gui;help;decks' {
            break
        }
        'anki-cli;gui;help;review' {
            break
        }
        'anki-cli;gui;help;import' {
            break
        }
        'anki-cli;gui;help;exit' {
            break
        }
        'anki-cli;gui;help;check-database' {
            break
        }
        'anki-cli;gui;help;help' {
            break
        }
        'anki-cli;review' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;profile' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Anki''s profiles')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Anki''s profiles')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the active profile')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Switch Anki to another profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;profile;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;profile;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;profile;current' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;profile;load' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Anki''s profiles')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the active profile')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Switch Anki to another profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;profile;help;list' {
            break
        }
        'anki-cli;profile;help;current' {
            break
        }
        'anki-cli;profile;help;load' {
            break
        }
        'anki-cli;profile;help;help' {
            break
        }
        'anki-cli;sync' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;package' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a deck to an .apkg file (the path is on the machine where Anki runs)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an .apkg file (the path is on the machine where Anki runs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;package;export' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--with-scheduling', '--with-scheduling', [CompletionResultType]::ParameterName, 'Include review history and scheduling')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;package;import' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;package;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a deck to an .apkg file (the path is on the machine where Anki runs)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an .apkg file (the path is on the machine where Anki runs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;package;help;export' {
            break
        }
        'anki-cli;package;help;import' {
            break
        }
        'anki-cli;package;help;help' {
            break
        }
        'anki-cli;multi' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;reload' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;status' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;doctor' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;version' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;api' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The params object: inline JSON, @FILE, or - for stdin')
            [CompletionResult]::new('--params', '--params', [CompletionResultType]::ParameterName, 'The params object: inline JSON, @FILE, or - for stdin')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;actions' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;config' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (ANKI_CLI_CONFIG overrides it)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from (the API key as ***)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;config;path' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;config;show' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (ANKI_CLI_CONFIG overrides it)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from (the API key as ***)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;config;help;path' {
            break
        }
        'anki-cli;config;help;show' {
            break
        }
        'anki-cli;config;help;help' {
            break
        }
        'anki-cli;repl' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;mcp' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--allow-destructive', '--allow-destructive', [CompletionResultType]::ParameterName, 'Run the commands that destroy data (the `--yes` ones) and the raw `api` and `multi`; without it they refuse with consent_needed')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'List only the tools that change nothing in Anki')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;completions' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Switch Anki to this profile before running the command')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send only reads; print each write request instead of sending it (API key redacted)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;help' {
            [CompletionResult]::new('deck', 'deck', [CompletionResultType]::ParameterValue, 'Decks: list, create, delete, stats, move cards, options groups')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Notes: add, find, show, update, edit in $EDITOR, import/export CSV, delete')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Tags: list, add, remove, replace, clear unused')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'Cards: find, show, suspend, answer, reschedule, ease')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Statistics: reviews today and by day, review logs, the stats page')
            [CompletionResult]::new('media', 'media', [CompletionResultType]::ParameterValue, 'Media files: store, get, list, delete')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'Note types: fields, templates, CSS; pull to a folder and push back')
            [CompletionResult]::new('gui', 'gui', [CompletionResultType]::ParameterValue, 'Anki''s window: browse, add, review, answer (needs the desktop app)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Study a deck on the terminal while Anki schedules: question, answer, keys 1-4')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Anki profiles: list, current, load')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Sync the collection with AnkiWeb (may take minutes)')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Export or import .apkg packages (paths are on the machine where Anki runs)')
            [CompletionResult]::new('multi', 'multi', [CompletionResultType]::ParameterValue, 'Run a batch of actions from a JSON file or stdin in one request')
            [CompletionResult]::new('reload', 'reload', [CompletionResultType]::ParameterValue, 'Reload the collection from disk')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the connection: reachable, API version, API key, supported actions')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the AnkiConnect API version (6 for current add-ons)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any action and print its raw result as JSON')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'List all 122 AnkiConnect actions, the subcommand that wraps each, and whether it reads or writes')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file''s path or the effective settings')
            [CompletionResult]::new('repl', 'repl', [CompletionResultType]::ParameterValue, 'An interactive session with history and live completion (also `anki-cli` alone on a terminal)')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve every command as a Model Context Protocol tool on stdio, for AI agents')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'anki-cli;help;deck' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List decks with their IDs')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create decks (parents such as `A` in `A::B` are created too); prints the new IDs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete decks together with all their cards and subdecks')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'New, learning and review counts per deck (all decks when none are named)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move cards to a deck (created if missing)')
            [CompletionResult]::new('of-cards', 'of-cards', [CompletionResultType]::ParameterValue, 'Show which deck each card is in')
            [CompletionResult]::new('name', 'name', [CompletionResultType]::ParameterValue, 'Print the name of the deck with this ID')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Options groups (deck configurations): get, set, clone, remove, use')
            break
        }
        'anki-cli;help;deck;list' {
            break
        }
        'anki-cli;help;deck;create' {
            break
        }
        'anki-cli;help;deck;delete' {
            break
        }
        'anki-cli;help;deck;stats' {
            break
        }
        'anki-cli;help;deck;move' {
            break
        }
        'anki-cli;help;deck;of-cards' {
            break
        }
        'anki-cli;help;deck;name' {
            break
        }
        'anki-cli;help;deck;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the options group a deck uses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1); prints its ID')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an options group (decks using it fall back to Default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make decks use an options group')
            break
        }
        'anki-cli;help;deck;config;get' {
            break
        }
        'anki-cli;help;deck;config;set' {
            break
        }
        'anki-cli;help;deck;config;clone' {
            break
        }
        'anki-cli;help;deck;config;remove' {
            break
        }
        'anki-cli;help;deck;config;use' {
            break
        }
        'anki-cli;help;note' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a note; prints its ID')
            [CompletionResult]::new('add-batch', 'add-batch', [CompletionResultType]::ParameterValue, 'Add many notes from a JSON file of AnkiConnect note objects; prints their IDs')
            [CompletionResult]::new('can-add', 'can-add', [CompletionResultType]::ParameterValue, 'Check whether notes could be added, and why not')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find notes with Anki''s search syntax; prints their IDs')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show notes: ID, type, tags, first fields, cards (full JSON with -o json)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a note''s fields, media and tags')
            [CompletionResult]::new('update-model', 'update-model', [CompletionResultType]::ParameterValue, 'Change a note''s type, with new field values (its old fields and tags are lost)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a note''s fields and tags in $VISUAL / $EDITOR and save what changed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete notes and all their cards')
            [CompletionResult]::new('remove-empty', 'remove-empty', [CompletionResultType]::ParameterValue, 'Remove unused note types (what AnkiConnect''s removeEmptyNotes really does)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import notes from a CSV or TSV file: checked first, sent in chunks, resumable')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export notes to CSV, TSV or JSON (re-importable: rows update their notes by id)')
            [CompletionResult]::new('mod-time', 'mod-time', [CompletionResultType]::ParameterValue, 'Last modification time of notes')
            break
        }
        'anki-cli;help;note;add' {
            break
        }
        'anki-cli;help;note;add-batch' {
            break
        }
        'anki-cli;help;note;can-add' {
            break
        }
        'anki-cli;help;note;find' {
            break
        }
        'anki-cli;help;note;info' {
            break
        }
        'anki-cli;help;note;update' {
            break
        }
        'anki-cli;help;note;update-model' {
            break
        }
        'anki-cli;help;note;edit' {
            break
        }
        'anki-cli;help;note;delete' {
            break
        }
        'anki-cli;help;note;remove-empty' {
            break
        }
        'anki-cli;help;note;import' {
            break
        }
        'anki-cli;help;note;export' {
            break
        }
        'anki-cli;help;note;mod-time' {
            break
        }
        'anki-cli;help;tag' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tag in the collection')
            [CompletionResult]::new('of', 'of', [CompletionResultType]::ParameterValue, 'Show a note''s tags')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a note''s tags with the given ones')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to notes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags from notes')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Rename a tag in given notes, or in all notes with --all')
            [CompletionResult]::new('clear-unused', 'clear-unused', [CompletionResultType]::ParameterValue, 'Forget tags that no note uses any more')
            break
        }
        'anki-cli;help;tag;list' {
            break
        }
        'anki-cli;help;tag;of' {
            break
        }
        'anki-cli;help;tag;set' {
            break
        }
        'anki-cli;help;tag;add' {
            break
        }
        'anki-cli;help;tag;remove' {
            break
        }
        'anki-cli;help;tag;replace' {
            break
        }
        'anki-cli;help;tag;clear-unused' {
            break
        }
        'anki-cli;help;card' {
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find cards with Anki''s search syntax; prints their IDs')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show cards: deck, type, question, due, interval, ease, reviews, lapses, queue')
            [CompletionResult]::new('mod-time', 'mod-time', [CompletionResultType]::ParameterValue, 'Last modification time of cards')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'The notes the cards belong to; prints note IDs')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend cards')
            [CompletionResult]::new('unsuspend', 'unsuspend', [CompletionResultType]::ParameterValue, 'Unsuspend cards')
            [CompletionResult]::new('suspended', 'suspended', [CompletionResultType]::ParameterValue, 'Whether cards are suspended')
            [CompletionResult]::new('bury', 'bury', [CompletionResultType]::ParameterValue, 'Bury cards until tomorrow, as Anki''s Bury does (`is:buried` finds them)')
            [CompletionResult]::new('unbury', 'unbury', [CompletionResultType]::ParameterValue, 'Unbury cards: each gets back the queue of its type, as Anki''s Unbury gives it')
            [CompletionResult]::new('reposition', 'reposition', [CompletionResultType]::ParameterValue, 'Move new cards to new positions in the new-card order, as Anki''s Reposition does')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Whether cards are due')
            [CompletionResult]::new('intervals', 'intervals', [CompletionResultType]::ParameterValue, 'Card intervals (negative: seconds, positive: days)')
            [CompletionResult]::new('ease', 'ease', [CompletionResultType]::ParameterValue, 'Ease factors (2500 = 250%)')
            [CompletionResult]::new('set-ease', 'set-ease', [CompletionResultType]::ParameterValue, 'Set the ease factor of cards (2500 = 250%)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set raw card columns as KEY=VALUE (risky keys need --warning-check)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Reset cards to new (their review history is kept)')
            [CompletionResult]::new('relearn', 'relearn', [CompletionResultType]::ParameterValue, 'Put cards back into relearning (their intervals are lost)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer cards as in a review: CARD:EASE with EASE 1-4 or again|hard|good|easy')
            [CompletionResult]::new('set-due', 'set-due', [CompletionResultType]::ParameterValue, 'Set the due date: 0 = today, 1! = tomorrow and reset the interval, 3-7 = random in 3 to 7 days')
            break
        }
        'anki-cli;help;card;find' {
            break
        }
        'anki-cli;help;card;info' {
            break
        }
        'anki-cli;help;card;mod-time' {
            break
        }
        'anki-cli;help;card;notes' {
            break
        }
        'anki-cli;help;card;suspend' {
            break
        }
        'anki-cli;help;card;unsuspend' {
            break
        }
        'anki-cli;help;card;suspended' {
            break
        }
        'anki-cli;help;card;bury' {
            break
        }
        'anki-cli;help;card;unbury' {
            break
        }
        'anki-cli;help;card;reposition' {
            break
        }
        'anki-cli;help;card;due' {
            break
        }
        'anki-cli;help;card;intervals' {
            break
        }
        'anki-cli;help;card;ease' {
            break
        }
        'anki-cli;help;card;set-ease' {
            break
        }
        'anki-cli;help;card;set' {
            break
        }
        'anki-cli;help;card;forget' {
            break
        }
        'anki-cli;help;card;relearn' {
            break
        }
        'anki-cli;help;card;answer' {
            break
        }
        'anki-cli;help;card;set-due' {
            break
        }
        'anki-cli;help;stats' {
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'How many reviews were logged today (each answer counts, and so do reschedules such as set-due)')
            [CompletionResult]::new('by-day', 'by-day', [CompletionResultType]::ParameterValue, 'Reviews logged per day, newest first (a bar chart on a terminal); counted as `today` counts')
            [CompletionResult]::new('html', 'html', [CompletionResultType]::ParameterValue, 'Anki''s statistics page as HTML, written to a file')
            [CompletionResult]::new('reviews', 'reviews', [CompletionResultType]::ParameterValue, 'Reviews of the cards in a deck (not its subdecks) after a review ID')
            [CompletionResult]::new('card-reviews', 'card-reviews', [CompletionResultType]::ParameterValue, 'Every review of the given cards')
            [CompletionResult]::new('latest-review', 'latest-review', [CompletionResultType]::ParameterValue, 'The ID (time in ms) of the latest review of a deck''s cards (not its subdecks''); 0 if none')
            [CompletionResult]::new('insert-reviews', 'insert-reviews', [CompletionResultType]::ParameterValue, 'Add review-log rows from a CSV or JSON file (checked before anything is sent)')
            break
        }
        'anki-cli;help;stats;today' {
            break
        }
        'anki-cli;help;stats;by-day' {
            break
        }
        'anki-cli;help;stats;html' {
            break
        }
        'anki-cli;help;stats;reviews' {
            break
        }
        'anki-cli;help;stats;card-reviews' {
            break
        }
        'anki-cli;help;stats;latest-review' {
            break
        }
        'anki-cli;help;stats;insert-reviews' {
            break
        }
        'anki-cli;help;media' {
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store files in Anki''s media folder; prints each stored name (Anki may rename)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download a media file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List media file names, optionally matching a glob pattern')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete media files (they go to Anki''s media trash)')
            [CompletionResult]::new('dir', 'dir', [CompletionResultType]::ParameterValue, 'Print the media folder''s path (on the machine where Anki runs)')
            break
        }
        'anki-cli;help;media;store' {
            break
        }
        'anki-cli;help;media;get' {
            break
        }
        'anki-cli;help;media;list' {
            break
        }
        'anki-cli;help;media;delete' {
            break
        }
        'anki-cli;help;media;dir' {
            break
        }
        'anki-cli;help;model' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List note types with their IDs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a note type: fields (font, size, description), templates, CSS; full JSON with -o json')
            [CompletionResult]::new('name', 'name', [CompletionResultType]::ParameterValue, 'Print the name of the note type with this ID')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a note type from flags or from a TOML/JSON spec file')
            [CompletionResult]::new('field', 'field', [CompletionResultType]::ParameterValue, 'Fields: list, usage, add, remove, rename, move, font, font-size, describe')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Card templates: list, add, remove, rename, move, set')
            [CompletionResult]::new('css', 'css', [CompletionResultType]::ParameterValue, 'The note type''s CSS: get or set')
            [CompletionResult]::new('find-replace', 'find-replace', [CompletionResultType]::ParameterValue, 'Find and replace text in templates and CSS of one or all note types')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write a note type to a folder (templates, CSS, manifest) to edit and keep in git')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Apply what changed in a pulled folder (shows the plan first)')
            break
        }
        'anki-cli;help;model;list' {
            break
        }
        'anki-cli;help;model;show' {
            break
        }
        'anki-cli;help;model;name' {
            break
        }
        'anki-cli;help;model;create' {
            break
        }
        'anki-cli;help;model;field' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Fields with their font, size and description')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Which fields each template shows on its front and back')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a field (at the end, or at --index)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a field and its content in every note')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a field')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a field to a position (0 = first)')
            [CompletionResult]::new('font', 'font', [CompletionResultType]::ParameterValue, 'Set the editor font of a field')
            [CompletionResult]::new('font-size', 'font-size', [CompletionResultType]::ParameterValue, 'Set the editor font size of a field')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set a field''s description (shown in the editor)')
            break
        }
        'anki-cli;help;model;field;list' {
            break
        }
        'anki-cli;help;model;field;usage' {
            break
        }
        'anki-cli;help;model;field;add' {
            break
        }
        'anki-cli;help;model;field;remove' {
            break
        }
        'anki-cli;help;model;field;rename' {
            break
        }
        'anki-cli;help;model;field;move' {
            break
        }
        'anki-cli;help;model;field;font' {
            break
        }
        'anki-cli;help;model;field;font-size' {
            break
        }
        'anki-cli;help;model;field;describe' {
            break
        }
        'anki-cli;help;model;template' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Templates with their front and back (full HTML with -o json)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card template')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a card template and its cards')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a card template')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a card template to a position (0 = first)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a template''s front and/or back')
            break
        }
        'anki-cli;help;model;template;list' {
            break
        }
        'anki-cli;help;model;template;add' {
            break
        }
        'anki-cli;help;model;template;remove' {
            break
        }
        'anki-cli;help;model;template;rename' {
            break
        }
        'anki-cli;help;model;template;move' {
            break
        }
        'anki-cli;help;model;template;set' {
            break
        }
        'anki-cli;help;model;css' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a note type''s CSS (or write it with --out)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a note type''s CSS with a file''s content (or - for stdin)')
            break
        }
        'anki-cli;help;model;css;get' {
            break
        }
        'anki-cli;help;model;css;set' {
            break
        }
        'anki-cli;help;model;find-replace' {
            break
        }
        'anki-cli;help;model;pull' {
            break
        }
        'anki-cli;help;model;push' {
            break
        }
        'anki-cli;help;gui' {
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Open the Browser on a search; prints the matching card IDs')
            [CompletionResult]::new('select', 'select', [CompletionResultType]::ParameterValue, 'Select a card in the open Browser')
            [CompletionResult]::new('select-note', 'select-note', [CompletionResultType]::ParameterValue, 'Deprecated alias of `gui select`: AnkiConnect''s guiSelectNote takes a card ID')
            [CompletionResult]::new('selected', 'selected', [CompletionResultType]::ParameterValue, 'Notes selected in the open Browser; prints their IDs')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Open a note in AnkiConnect''s edit dialog (it fails on Anki 26: use `note edit` there)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Open the Add dialog, empty or filled in with the same flags as `note add`')
            [CompletionResult]::new('add-set', 'add-set', [CompletionResultType]::ParameterValue, 'Fill in the open Add dialog (with --append, add to the fields'' current text)')
            [CompletionResult]::new('reviewing', 'reviewing', [CompletionResultType]::ParameterValue, 'Whether a review is in progress')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The card under review, readable (JSON with -o json)')
            [CompletionResult]::new('start-timer', 'start-timer', [CompletionResultType]::ParameterValue, 'Restart the timer of the card under review')
            [CompletionResult]::new('show-question', 'show-question', [CompletionResultType]::ParameterValue, 'Show the question of the card under review')
            [CompletionResult]::new('show-answer', 'show-answer', [CompletionResultType]::ParameterValue, 'Show the answer of the card under review')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Answer the card under review (its answer must be showing)')
            [CompletionResult]::new('play-audio', 'play-audio', [CompletionResultType]::ParameterValue, 'Replay the audio of the card under review')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo the last action in Anki (as Edit > Undo does; nothing happens if there is none)')
            [CompletionResult]::new('deck', 'deck', [CompletionResultType]::ParameterValue, 'Open a deck''s overview screen')
            [CompletionResult]::new('decks', 'decks', [CompletionResultType]::ParameterValue, 'Go to the deck list')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Start reviewing a deck (when it has nothing due, Anki shows its overview)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Open Anki''s import dialog on a file (or its file chooser); nothing is imported until you confirm')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Close Anki, and wait until it stops answering (up to 15 s)')
            [CompletionResult]::new('check-database', 'check-database', [CompletionResultType]::ParameterValue, 'Start Anki''s Check Database (Anki shows the outcome in its window)')
            break
        }
        'anki-cli;help;gui;browse' {
            break
        }
        'anki-cli;help;gui;select' {
            break
        }
        'anki-cli;help;gui;select-note' {
            break
        }
        'anki-cli;help;gui;selected' {
            break
        }
        'anki-cli;help;gui;edit' {
            break
        }
        'anki-cli;help;gui;add' {
            break
        }
        'anki-cli;help;gui;add-set' {
            break
        }
        'anki-cli;help;gui;reviewing' {
            break
        }
        'anki-cli;help;gui;current' {
            break
        }
        'anki-cli;help;gui;start-timer' {
            break
        }
        'anki-cli;help;gui;show-question' {
            break
        }
        'anki-cli;help;gui;show-answer' {
            break
        }
        'anki-cli;help;gui;answer' {
            break
        }
        'anki-cli;help;gui;play-audio' {
            break
        }
        'anki-cli;help;gui;undo' {
            break
        }
        'anki-cli;help;gui;deck' {
            break
        }
        'anki-cli;help;gui;decks' {
            break
        }
        'anki-cli;help;gui;review' {
            break
        }
        'anki-cli;help;gui;import' {
            break
        }
        'anki-cli;help;gui;exit' {
            break
        }
        'anki-cli;help;gui;check-database' {
            break
        }
        'anki-cli;help;review' {
            break
        }
        'anki-cli;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Anki''s profiles')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the active profile')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Switch Anki to another profile')
            break
        }
        'anki-cli;help;profile;list' {
            break
        }
        'anki-cli;help;profile;current' {
            break
        }
        'anki-cli;help;profile;load' {
            break
        }
        'anki-cli;help;sync' {
            break
        }
        'anki-cli;help;package' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a deck to an .apkg file (the path is on the machine where Anki runs)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an .apkg file (the path is on the machine where Anki runs)')
            break
        }
        'anki-cli;help;package;export' {
            break
        }
        'anki-cli;help;package;import' {
            break
        }
        'anki-cli;help;multi' {
            break
        }
        'anki-cli;help;reload' {
            break
        }
        'anki-cli;help;status' {
            break
        }
        'anki-cli;help;version' {
            break
        }
        'anki-cli;help;api' {
            break
        }
        'anki-cli;help;actions' {
            break
        }
        'anki-cli;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (ANKI_CLI_CONFIG overrides it)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from (the API key as ***)')
            break
        }
        'anki-cli;help;config;path' {
            break
        }
        'anki-cli;help;config;show' {
            break
        }
        'anki-cli;help;repl' {
            break
        }
        'anki-cli;help;mcp' {
            break
        }
        'anki-cli;help;completions' {
            break
        }
        'anki-cli;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
