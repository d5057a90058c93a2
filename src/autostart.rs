//! `ANKI_CLI_START`: the program that starts an Anki when a request finds nothing listening.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// Runs `program` (if there is one) with `ANKI_CLI_URL` set to `url`; true if it exited 0 (then
/// something should listen now). Its output goes to stderr, so a command's stdout stays its own.
/// Runs are serialized within the process.
pub fn run(program: Option<&Path>, url: &str) -> bool {
    let Some(program) = program else {
        return false;
    };
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let ran = Command::new(program)
        .env(crate::config::env_vars::URL, url)
        .stdin(Stdio::null())
        .stdout(std::io::stderr())
        .status();
    match ran {
        Ok(status) => status.success(),
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "anki-cli: cannot run ANKI_CLI_START {}: {e}",
                program.display()
            );
            false
        }
    }
}
