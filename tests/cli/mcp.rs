//! `anki-cli mcp` driven by a real MCP client, the official MCP Python SDK (`mcp` from PyPI,
//! installed into the test venv by scripts/setup-anki), against the real add-on:
//! tests/mcp/driver.py does the talking, this test starts it and checks how it ended.

use std::process::{Command, Stdio};
use std::time::Duration;

use assert_cmd::cargo::CommandCargoExt;
use clap::CommandFactory;

use crate::anki::{venv_python, Anki};
use crate::common::{repo_root, wait_bounded};

/// The commands that are tools: every leaf of the clap tree but the terminal-only ones, `gui …`,
/// `mcp` and `completions`.
fn non_terminal_commands() -> usize {
    fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        let mut subs = cmd.get_subcommands().peekable();
        if subs.peek().is_none() {
            out.push(path.trim().to_string());
        }
        for sub in subs {
            leaves(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }
    let mut all = Vec::new();
    leaves(&anki_cli::cli::Cli::command(), "", &mut all);
    all.iter()
        .filter(|p| !anki_cli::app::mcp::tools::left_out(p))
        .count()
}

#[test]
fn an_mcp_client_discovers_and_uses_the_tools_with_the_safety_rules() {
    let b = Anki::shared();
    let binary = Command::cargo_bin("anki-cli").expect("binary built");
    let binary = binary.get_program().to_owned();
    let expected = non_terminal_commands();
    assert!(expected > 90, "the walk found {expected} commands");
    let child = Command::new(venv_python())
        .arg(repo_root().join("tests/mcp/driver.py"))
        .arg(&binary)
        .arg(&b.url)
        .arg(expected.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the MCP driver");
    let out = wait_bounded(child, Duration::from_secs(300), "the MCP driver");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "the MCP driver failed ({:?}):\n{stdout}\n{stderr}\n(is the `mcp` package in .venv? scripts/setup-anki installs it)",
        out.status.code()
    );
}
