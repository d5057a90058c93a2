
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('deck', 'deck', [CompletionResultType]::ParameterValue, 'Decks: list, create, delete, stats, move cards, options groups')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the connection: reachable, API version, API key, supported actions')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the connection: reachable, API version, API key, supported actions')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the AnkiConnect API version (6 for current add-ons)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any action and print its raw result as JSON')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'List all 122 AnkiConnect actions and the subcommand that wraps each')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file''s path or the effective settings')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only (the deckNames action)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Names only (the deckNames action)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the options group a deck uses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change options: KEY=VALUE pairs on a deck''s group, or a whole group from a JSON file')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1)')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log every request and reply on stderr (API key redacted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'anki-cli;deck;config;clone' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'ID of the group to copy')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1)')
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
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1)')
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
        'anki-cli;status' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
        'anki-cli;completions' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'AnkiConnect''s URL [env: ANKI_CLI_URL] [default: http://127.0.0.1:8765]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the API key from this file (else ANKI_CLI_KEY, else `key` in the config file)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a reply [env: ANKI_CLI_TIMEOUT] [default: 30; longer for slow actions such as sync]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: ANKI_CLI_OUTPUT] [default: auto]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON request(s) that would be sent (API key redacted) and send nothing')
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the connection: reachable, API version, API key, supported actions')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the AnkiConnect API version (6 for current add-ons)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any action and print its raw result as JSON')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'List all 122 AnkiConnect actions and the subcommand that wraps each')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file''s path or the effective settings')
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
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a new options group copied from another (default: the Default group, ID 1)')
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
