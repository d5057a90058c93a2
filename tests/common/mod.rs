//! Shared test helpers: the real backend, an isolated CLI command, and a raw HTTP stub.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use assert_cmd::cargo::CommandCargoExt;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Python that runs the backend: `ANKI_CLI_TEST_PYTHON`, else the project venv.
pub fn backend_python() -> PathBuf {
    if let Ok(p) = std::env::var("ANKI_CLI_TEST_PYTHON") {
        return PathBuf::from(p);
    }
    repo_root().join(".venv").join("bin").join("python")
}

/// A running AnkiConnect-compatible backend on a throwaway collection.
pub struct Backend {
    child: Child,
    _stdout: BufReader<std::process::ChildStdout>,
    /// Its base URL.
    pub url: String,
    _dir: tempfile::TempDir,
}

impl Backend {
    /// Starts a backend without an API key.
    pub fn start() -> Backend {
        Backend::start_with(&[])
    }

    /// Starts a backend with extra server arguments (e.g. `--key`).
    pub fn start_with(args: &[&str]) -> Backend {
        let dir = tempfile::tempdir().expect("temp dir");
        let collection = dir.path().join("collection.anki2");
        Backend::launch(dir, &collection, args)
    }

    /// Starts a backend on a collection that outlives it (to restart on the same data).
    pub fn start_on(collection: &Path) -> Backend {
        let dir = tempfile::tempdir().expect("temp dir");
        Backend::launch(dir, collection, &[])
    }

    /// Kills the backend at once (SIGKILL), as a crash would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn launch(dir: tempfile::TempDir, collection: &Path, args: &[&str]) -> Backend {
        let python = backend_python();
        assert!(
            python.exists(),
            "\n\nThe test backend's Python environment is missing ({}).\n\
             Set it up with:  scripts/setup-backend   (or run everything with scripts/test)\n\
             or point ANKI_CLI_TEST_PYTHON at a Python that has anki==26.9.3 installed.\n",
            python.display()
        );
        let log_path = dir.path().join("backend.log");
        let log = std::fs::File::create(&log_path).expect("backend log");
        let mut child = Command::new(&python)
            .arg(repo_root().join("tests/backend/server.py"))
            .args(["--port", "0", "--collection"])
            .arg(collection)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start the test backend with {}: {e}",
                    python.display()
                )
            });
        let stdout = child.stdout.take().expect("piped stdout");
        let mut reader = BufReader::new(stdout);
        let mut first = String::new();
        reader.read_line(&mut first).expect("backend stdout");
        let Some(url) = first
            .trim()
            .strip_prefix("listening on ")
            .map(str::to_string)
        else {
            let _ = child.kill();
            let _ = child.wait();
            let err = std::fs::read_to_string(&log_path).unwrap_or_default();
            panic!(
                "\n\nThe test backend did not start. Its output:\n{first}{err}\n\
                 Is the anki library installed in {}? Run scripts/setup-backend.\n",
                python.display()
            );
        };
        Backend {
            child,
            _stdout: reader,
            url,
            _dir: dir,
        }
    }

    /// The backend's process ID.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends one raw request with curl-like simplicity (for test set-up), returning the JSON reply.
    pub fn raw(&self, body: &str) -> serde_json::Value {
        let (_, json) = self.raw_http(body, "");
        serde_json::from_str(&json).expect("JSON reply")
    }

    /// Sends one raw POST with extra header lines; returns the status line and the body.
    pub fn raw_http(&self, body: &str, extra_headers: &str) -> (String, String) {
        let addr = self.url.trim_start_matches("http://");
        let mut stream = TcpStream::connect(addr).expect("connect to backend");
        write!(
            stream,
            "POST / HTTP/1.1\r\nHost: {addr}\r\n{extra_headers}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).unwrap();
        let status = reply.lines().next().unwrap_or_default().to_string();
        let body = reply
            .split("\r\n\r\n")
            .nth(1)
            .unwrap_or_default()
            .to_string();
        (status, body)
    }

    /// Calls an action with version 6 and returns its `result`, panicking on an error.
    pub fn call(&self, action: &str, params: serde_json::Value) -> serde_json::Value {
        let reply = self.raw(
            &serde_json::json!({"action": action, "version": 6, "params": params}).to_string(),
        );
        assert!(reply["error"].is_null(), "{action} failed: {reply}");
        reply["result"].clone()
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
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

/// Runs `cmd` with `args`, feeding `stdin` if given.
pub fn run(cmd: &mut Command, args: &[&str], stdin: Option<&str>) -> Run {
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd.spawn().expect("spawn anki-cli");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait for anki-cli");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs the CLI against `url` with `args`, asserting the exit code.
pub fn expect(url: &str, args: &[&str], code: i32) -> Run {
    let r = run(&mut cli(url), args, None);
    assert_eq!(
        r.code,
        Some(code),
        "anki-cli {args:?}\nstdout: {}\nstderr: {}",
        r.stdout,
        r.stderr
    );
    r
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

fn read_request(stream: &mut TcpStream) -> String {
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
