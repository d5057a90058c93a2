//! `scripts/run`, the README's first command, as a newcomer meets it: it runs where the user is,
//! never writes into a real collection, starts nothing for a command that sends nothing, and
//! its sandbox (the real Anki, headless) is one per profile, stays up between calls and
//! remembers. Every sandbox here lives in a temporary home and is stopped when its test ends.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use assert_cmd::cargo::cargo_bin;
use serde_json::json;

use crate::anki::Anki;
use crate::common::{exits, q, repo_root, wait_bounded, write_file, Run};

/// A port on 127.0.0.1 that nothing listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn listening(port: u16) -> bool {
    TcpListener::bind(("127.0.0.1", port)).is_err()
}

/// A home of its own (HOME, XDG folders, no config file) for `scripts/run` and `scripts/sandbox`,
/// on a URL of its own. The sandbox started there is stopped (`scripts/sandbox --stop`) when
/// this is dropped, whatever the test did; should the test binary die first, the sandbox ends
/// itself after a few idle minutes.
struct Home {
    dir: tempfile::TempDir,
    url: String,
    port: u16,
}

impl Home {
    /// A home whose URL is a free port on 127.0.0.1, where the sandbox would start.
    fn new() -> Home {
        let port = free_port();
        Home::at(&format!("http://127.0.0.1:{port}"), port)
    }

    fn at(url: &str, port: u16) -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
            url: url.to_string(),
            port,
        }
    }

    /// `script` (a path under scripts/) in this home, with the test binary (no release build).
    fn script(&self, script: &str) -> Command {
        let mut cmd = Command::new(repo_root().join("scripts").join(script));
        for (key, _) in std::env::vars() {
            if key.starts_with("ANKI_CLI_") {
                cmd.env_remove(key);
            }
        }
        let home = self.dir.path();
        cmd.env("ANKI_CLI_BIN", cargo_bin("anki-cli"))
            .env("ANKI_CLI_URL", &self.url)
            .env("ANKI_CLI_CONFIG", home.join("no-config.toml"))
            .env("ANKI_CLI_SANDBOX_IDLE", "5")
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("HOME", home)
            .current_dir(home)
            .stdin(Stdio::null());
        cmd
    }

    /// `scripts/run`, started in `cwd`.
    fn run_in(&self, cwd: &Path) -> Command {
        let mut cmd = self.script("run");
        cmd.current_dir(cwd);
        cmd
    }

    fn run(&self) -> Command {
        self.script("run")
    }

    /// The sandbox's base folder, as scripts/run keeps it.
    fn keep(&self) -> PathBuf {
        self.dir.path().join("data/anki-cli/sandbox")
    }

    /// `scripts/sandbox --stop`, and what it left in the base folder.
    fn stop(&self) {
        exits(&mut self.script("sandbox"), "--stop", None, 0);
        assert!(!listening(self.port), "the sandbox stopped");
        for left in ["anki.sock", "anki.pid", "anki.port"] {
            assert!(
                !self.keep().join(left).exists(),
                "{left} is removed on exit"
            );
        }
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = self
            .script("sandbox")
            .arg("--stop")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

#[test]
fn bare_scripts_run_against_a_real_anki_reads_and_writes_nothing() {
    let anki = Anki::shared();
    let home = Home::at(&anki.url, 0);
    let r = exits(&mut home.run(), "", None, 0);
    assert!(
        r.stdout.contains("Default"),
        "shows the decks: {}",
        r.stdout
    );
    assert!(!r.stdout.contains("Demo"), "no demo here: {}", r.stdout);
    let decks = anki.call("deckNames", json!({}));
    assert!(
        !decks.to_string().contains("anki-cli tour"),
        "scripts/run wrote into the user's collection: {decks}"
    );
    assert!(!home.keep().exists(), "no sandbox was started");
}

#[test]
fn nothing_is_started_for_a_command_that_sends_nothing() {
    let home = Home::new();
    let cwd = tempfile::tempdir().unwrap();
    write_file(cwd.path(), "words.csv", "front,back\nchat,cat\n");
    let lines = [
        ("--help", 0),
        ("--version", 0),
        ("config path", 0),
        ("config show", 0),
        ("completions bash", 0),
        ("actions", 0),
        ("note add --nope", 2),
        ("deck lisst", 2),
        ("note import missing.csv -d French -m Basic", 2),
        ("media store missing.jpg", 2),
        ("note add-batch missing.json", 2),
        ("--dry-run tag add verbs 1 2", 0),
        ("--dry-run deck create French", 0),
        ("--dry-run note delete 1 --yes", 0),
    ];
    for (line, code) in lines {
        let r = exits(&mut home.run_in(cwd.path()), line, None, code);
        assert!(
            !r.stderr.contains("starting the sandbox"),
            "{line}: {}",
            r.stderr
        );
    }
    assert!(!home.keep().exists(), "no sandbox folder was made");
    assert!(!listening(home.port), "nothing listens");
    // The connection hint names the command that serves this very URL.
    let r = exits(
        crate::common::cli(&home.url).env_remove("ANKI_CLI_START"),
        "deck list",
        None,
        3,
    );
    let serve = format!("scripts/sandbox --port {}", home.port);
    assert!(r.stderr.contains(&serve), "{}", r.stderr);
    // The sandbox takes its port from ANKI_CLI_URL, and serves only this machine.
    let far = Home::at("http://192.0.2.1:8765", 0);
    exits(&mut far.script("sandbox"), "--background", None, 1)
        .err_has(&["not a 127.0.0.1 or localhost URL"]);
    assert!(!far.keep().join("anki.pid").exists());
}

#[test]
fn the_sandbox_of_scripts_run_stays_up_remembers_and_runs_where_the_user_is() {
    let home = Home::new();
    let add = exits(
        &mut home.run(),
        "note add -d Default -m Basic -f Front=sandbox_remembers -f Back=yes",
        None,
        0,
    )
    .err_has(&["starting the sandbox"]);
    let id = add.stdout.trim().to_string();
    assert!(id.parse::<i64>().is_ok(), "a note ID: {id:?}");
    assert!(
        listening(home.port),
        "the sandbox stays up for the next command"
    );
    let keep = home.keep();
    assert!(
        keep.join("User 1/collection.anki2").exists(),
        "the profile is kept in the data dir"
    );
    assert!(
        keep.join("anki.sock").exists(),
        "Anki's single-instance socket is in the profile folder"
    );
    let find = exits(
        &mut home.run(),
        "note find Front:sandbox_remembers",
        None,
        0,
    );
    assert_eq!(
        find.stdout.trim(),
        id,
        "the second call finds the first call's note"
    );
    assert!(!find.stderr.contains("starting"), "{}", find.stderr);

    // Relative paths mean the folder the user is in, not the clone.
    let cwd = tempfile::tempdir().unwrap();
    let dir = cwd.path();
    write_file(
        dir,
        "words.csv",
        "front,back\nrelative_import,from the user's folder\n",
    );
    std::fs::write(dir.join("cat.jpg"), b"\xff\xd8\xff\xe0 not really a jpeg").unwrap();
    exits(
        &mut home.run_in(dir),
        "note import words.csv -d Default -m Basic",
        None,
        0,
    );
    exits(
        &mut home.run_in(dir),
        "note add -d Default -m Basic relative_picture x --picture 'cat.jpg;fields=Back'",
        None,
        0,
    );
    exits(
        &mut home.run_in(dir),
        "media store cat.jpg --name relative_cat.jpg",
        None,
        0,
    );
    let export = exits(
        &mut home.run_in(dir),
        "note export --query 'Front:relative_*' --out x.csv",
        None,
        0,
    );
    let csv = std::fs::read_to_string(dir.join("x.csv"))
        .unwrap_or_else(|e| panic!("x.csv in the user's folder: {e}; {}", export.stderr));
    assert!(
        csv.contains("relative_import") && csv.contains("relative_picture"),
        "{csv}"
    );
    assert!(
        !repo_root().join("x.csv").exists(),
        "nothing written into the clone"
    );
    let stored = exits(&mut home.run(), "media list relative_cat*", None, 0);
    assert!(
        stored.stdout.contains("relative_cat.jpg"),
        "{}",
        stored.stdout
    );

    home.stop();
    assert!(
        keep.join("User 1/collection.anki2").exists(),
        "the profile outlives it"
    );
}

/// `scripts/run note find … | scripts/run note info -`, as a shell runs it: both at once.
fn pipe(home: &Home, query: &str) -> (Run, Run) {
    let mut find = home.run();
    find.args(["note", "find", query])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut find = find.spawn().unwrap();
    let mut info = home.run();
    info.args(["note", "info", "-", "-o", "ids"])
        .stdin(find.stdout.take().unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let info = info.spawn().unwrap();
    let limit = Duration::from_secs(180);
    let done = |out: std::process::Output| Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    let info = done(wait_bounded(info, limit, "scripts/run note info -"));
    let find = done(wait_bounded(find, limit, "scripts/run note find"));
    (find, info)
}

#[test]
fn a_pipe_through_scripts_run_shares_one_sandbox_ten_times_over() {
    let home = Home::new();
    // The first pipe finds no sandbox: both halves need it at once, one starts it.
    let (find, info) = pipe(&home, "deck:Default");
    assert_eq!(
        (find.code, info.code),
        (Some(0), Some(0)),
        "{}{}",
        find.stderr,
        info.stderr
    );
    // One Anki on the profile: a second start found the folder locked and changed nothing.
    let log = std::fs::read_to_string(home.keep().join("anki.log")).unwrap_or_default();
    assert!(
        !log.contains("Failed to listen") && !log.contains("Traceback"),
        "{log}"
    );
    let ids: Vec<String> = ["pipe one", "pipe two"]
        .iter()
        .map(|front| {
            let line = format!(
                "note add -d Default -m Basic -f {} -f Back=x",
                q(format!("Front={front}"))
            );
            exits(&mut home.run(), &line, None, 0)
                .stdout
                .trim()
                .to_string()
        })
        .collect();
    for round in 1..=10 {
        let (find, info) = pipe(&home, "Front:pipe*");
        assert_eq!(
            (find.code, info.code),
            (Some(0), Some(0)),
            "round {round}: {}{}",
            find.stderr,
            info.stderr
        );
        let mut got: Vec<String> = info.stdout.lines().map(str::to_string).collect();
        got.sort();
        assert_eq!(got, ids, "round {round}: {}", info.stderr);
    }
}

#[test]
fn the_bare_demo_is_added_once_and_leaves_the_tour_its_note() {
    let home = Home::new();
    for _ in 0..2 {
        exits(&mut home.run(), "", None, 0).out_has(&["Demo (in the sandbox only)", "Merci"]);
    }
    let demo = exits(
        &mut home.run(),
        "note find '\"deck:anki-cli tour::Demo\"'",
        None,
        0,
    );
    assert_eq!(
        demo.stdout.lines().count(),
        1,
        "one demo note after two runs"
    );
    // The tour's first note goes in; a second time, the error names the note and the options.
    let line = "note add --deck Default --model Basic --field Front=Bonjour --field Back=Hello --tag french";
    let id = exits(&mut home.run(), line, None, 0)
        .stdout
        .trim()
        .to_string();
    exits(&mut home.run(), line, None, 1).err_has(&[
        &format!("duplicate of note {id}"),
        "--allow-duplicate",
        "--duplicate-scope",
    ]);
}

#[test]
fn concurrent_scripts_run_calls_build_once() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("cargo-calls");
    let target = dir.path().join("target");
    let cargo = dir.path().join("fake-cargo");
    // A slow build that makes the binary: a copy of the test binary.
    std::fs::write(
        &cargo,
        format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\nsleep 2\nmkdir -p \"$CARGO_TARGET_DIR/release\"\ncp '{}' \"$CARGO_TARGET_DIR/release/anki-cli\"\n",
            log.display(),
            cargo_bin("anki-cli").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&cargo, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let start = || {
        let mut cmd = Command::new(repo_root().join("scripts/run"));
        cmd.env_remove("ANKI_CLI_BIN")
            .env("CARGO", &cargo)
            .env("CARGO_TARGET_DIR", &target)
            .arg("--version")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd.spawn().unwrap()
    };
    let runs: Vec<_> = (0..3).map(|_| start()).collect();
    for child in runs {
        let out = wait_bounded(child, Duration::from_secs(60), "scripts/run --version");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("anki-cli"));
    }
    let calls = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        calls.lines().count(),
        1,
        "one build for three calls: {calls}"
    );
    // Built and nothing changed since: no cargo at all.
    let again = wait_bounded(start(), Duration::from_secs(60), "scripts/run --version");
    assert!(again.status.success());
    assert_eq!(std::fs::read_to_string(&log).unwrap().lines().count(), 1);
}

#[test]
fn the_first_scripts_run_says_it_builds_and_shows_cargo() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("cargo-args");
    let cargo = dir.path().join("fake-cargo");
    std::fs::write(
        &cargo,
        format!("#!/bin/sh\necho \"$@\" > '{}'\nexit 7\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&cargo, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut cmd = Command::new(repo_root().join("scripts/run"));
    cmd.env_remove("ANKI_CLI_BIN")
        .env("CARGO", &cargo)
        .env("CARGO_TARGET_DIR", dir.path().join("target"));
    exits(&mut cmd, "version", None, 7).err_has(&["building anki-cli (first run only"]);
    assert_eq!(
        std::fs::read_to_string(&log).unwrap().trim(),
        "build --release",
        "cargo runs without --quiet, so its progress shows"
    );
}
