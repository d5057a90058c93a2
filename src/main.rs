//! The `anki-cli` binary: everything happens in [`anki_cli::app`].

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(anki_cli::app::main_entry())
}
