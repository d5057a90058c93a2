//! Completion scripts and man pages, generated from the clap tree only.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The shells completions are generated (and checked in) for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::Elvish,
    Shell::PowerShell,
];

/// The completion script for `shell`.
pub fn completion(shell: Shell) -> String {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "anki-cli", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}

/// The file name a shell's completion script is checked in under.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "anki-cli.bash",
        Shell::Zsh => "_anki-cli",
        Shell::Fish => "anki-cli.fish",
        Shell::Elvish => "anki-cli.elv",
        Shell::PowerShell => "_anki-cli.ps1",
        _ => "anki-cli.unknown",
    }
}

/// One man page per command and subcommand: (file name, roff text).
pub fn man_pages() -> Vec<(String, String)> {
    // The plain version: the long one names a commit, which would make the pages change with each.
    let mut cmd = Cli::command().long_version(None::<&str>);
    cmd.build();
    let mut pages = Vec::new();
    collect(&cmd, "anki-cli", "anki-cli", &mut pages);
    pages
}

fn collect(cmd: &clap::Command, file: &str, path: &str, pages: &mut Vec<(String, String)>) {
    let page_cmd = cmd
        .clone()
        .name(file.to_string())
        .bin_name(path.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .render(&mut buf)
        .expect("rendering to memory cannot fail");
    pages.push((
        format!("{file}.1"),
        String::from_utf8(buf).expect("man pages are UTF-8"),
    ));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let name = sub.get_name();
        collect(
            sub,
            &format!("{file}-{name}"),
            &format!("{path} {name}"),
            pages,
        );
    }
}
