//! Shared test helpers: an isolated CLI command, runs bounded in time, and a raw HTTP stub for what
//! the real add-on cannot do (non-JSON, 403, hangs).

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The CLI binary with a clean, isolated environment pointed at `url`.
pub fn cli(url: &str) -> Command {
    let mut cmd = Command::cargo_bin("anki-cli").expect("binary built");
    for (key, _) in std::env::vars() {
        if key.starts_with("ANKI_CLI_") || key == "NO_COLOR" {
            cmd.env_remove(key);
        }
    }
    let home = std::env::temp_dir().join("anki-cli-test-home");
    cmd.env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("ANKI_CLI_CONFIG", home.join("no-such-config.toml"))
        .env("ANKI_CLI_URL", url)
        .stdin(Stdio::null());
    cmd
}

/// A finished CLI run.
pub struct Run {
    /// Exit code (None if killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Asserts that stderr contains each of `texts`.
    pub fn err_has(self, texts: &[&str]) -> Run {
        for text in texts {
            assert!(
                self.stderr.contains(text),
                "no {text:?} in stderr: {}",
                self.stderr
            );
        }
        self
    }

    /// Asserts that stdout contains each of `texts`.
    pub fn out_has(self, texts: &[&str]) -> Run {
        for text in texts {
            assert!(
                self.stdout.contains(text),
                "no {text:?} in stdout: {}",
                self.stdout
            );
        }
        self
    }
}

/// How long one CLI run may take before the test fails (every test is bounded in time).
pub const RUN_TIMEOUT: Duration = Duration::from_secs(180);

/// Waits for `child` with its output; kills it and panics when it takes longer than `limit`.
pub fn wait_bounded(mut child: Child, limit: Duration, what: &str) -> std::process::Output {
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out = thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(s) = stdout.as_mut() {
            let _ = s.read_to_end(&mut buf);
        }
        buf
    });
    let err = thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_end(&mut buf);
        }
        buf
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for child") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not finish in {limit:?}");
        }
        thread::sleep(Duration::from_millis(10));
    };
    std::process::Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

/// Splits a command line into arguments by shell rules (quotes and backslashes, no expansion).
pub fn words(line: &str) -> Vec<String> {
    shlex::split(line).unwrap_or_else(|| panic!("not a well-quoted command line: {line:?}"))
}

/// Quotes `value` (a name, a path) for a command line built with `format!`.
pub fn q(value: impl AsRef<OsStr>) -> String {
    let value = value.as_ref().to_str().expect("a UTF-8 value");
    shlex::try_quote(value).expect("no NUL byte").into_owned()
}

/// Runs `cmd` with the command line `line` (see [`words`]), feeding `stdin` if given; kills it and
/// panics after [`RUN_TIMEOUT`].
pub fn run_line(cmd: &mut Command, line: &str, stdin: Option<&str>) -> Run {
    cmd.args(words(line))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd.spawn().expect("spawn anki-cli");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        let input = input.to_string();
        thread::spawn(move || {
            let _ = pipe.write_all(input.as_bytes());
        });
    }
    let out = wait_bounded(child, RUN_TIMEOUT, &format!("anki-cli {line}"));
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `cmd` with the command line `line`, feeding `stdin` if given, asserting the exit code.
pub fn exits(cmd: &mut Command, line: &str, stdin: Option<&str>, code: i32) -> Run {
    let r = run_line(cmd, line, stdin);
    assert_eq!(
        r.code,
        Some(code),
        "anki-cli {line}\nstdout: {}\nstderr: {}",
        r.stdout,
        r.stderr
    );
    r
}

/// Runs the CLI against `url` with the command line `line`, asserting the exit code:
/// `cmd(url, "deck create 'My deck'", 0)`. Values spliced in with `format!` go through [`q`].
pub fn cmd(url: &str, line: &str, code: i32) -> Run {
    exits(&mut cli(url), line, None, code)
}

/// [`cmd`] feeding `stdin` to the CLI.
pub fn cmd_in(url: &str, line: &str, stdin: &str, code: i32) -> Run {
    exits(&mut cli(url), line, Some(stdin), code)
}

/// The CLI against `url` as on a terminal (tables, prompts and messages instead of JSON).
pub fn tty_cli(url: &str) -> Command {
    let mut cmd = cli(url);
    cmd.env("ANKI_CLI_FORCE_TTY", "1");
    cmd
}

/// [`cmd`] as on a terminal (see [`tty_cli`]).
pub fn tty(url: &str, line: &str, code: i32) -> Run {
    exits(&mut tty_cli(url), line, None, code)
}

/// Starts the CLI against `url` with the command line `line`, its stdout and stderr piped (for
/// [`wait_bounded`]).
pub fn spawn(url: &str, line: &str) -> Child {
    cli(url)
        .args(words(line))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn anki-cli")
}

/// Checks `ready` every `every` until it holds; panics with `what` when `limit` has passed.
pub fn wait_until(limit: Duration, every: Duration, what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !ready() {
        assert!(Instant::now() < deadline, "{what}");
        thread::sleep(every);
    }
}

/// A stub HTTP server answering every request with `response` (raw HTTP), or never (None).
pub struct Stub {
    /// Its base URL.
    pub url: String,
    /// Request bodies received, in order.
    pub bodies: mpsc::Receiver<String>,
}

impl Stub {
    /// Starts the stub on a free port.
    pub fn start(response: Option<&'static str>) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind stub");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { break };
                let tx = tx.clone();
                thread::spawn(move || {
                    let body = read_request(&mut stream);
                    let _ = tx.send(body);
                    match response {
                        Some(resp) => {
                            let _ = stream.write_all(resp.as_bytes());
                        }
                        None => thread::sleep(Duration::from_secs(60)),
                    }
                });
            }
        });
        Stub { url, bodies: rx }
    }
}

/// Reads one HTTP request from `stream` and returns its body (empty if the peer closed first).
pub fn read_request(stream: &mut TcpStream) -> String {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return String::new();
        }
        if line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    String::from_utf8_lossy(&body).into_owned()
}

/// Builds a raw HTTP/1.1 response with a body.
pub fn http_response(status: &str, body: &str) -> String {
    format!("HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
}

/// Writes `text` to a new file in `dir` and returns its path.
pub fn write_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write test file");
    path
}

/// Writes `name` in `dir`: a Front,Back header and `rows` rows "word N,meaning N".
pub fn numbered_csv(dir: &Path, name: &str, rows: usize) -> PathBuf {
    let mut csv = String::from("Front,Back\n");
    for i in 0..rows {
        csv.push_str(&format!("word {i},meaning {i}\n"));
    }
    write_file(dir, name, &csv)
}
