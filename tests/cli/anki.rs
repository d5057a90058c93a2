//! The test backend: the real Anki desktop app with the real AnkiConnect add-on, headless.
//!
//! `tests/anki/launch.py` (set up by `scripts/setup-anki`) runs Anki offscreen on a throwaway base
//! folder. Most tests share one Anki per test binary ([`Anki::shared`]) and keep out of each other's
//! way with unique deck and note names; GUI tests take turns on a second one ([`Anki::gui`]), since
//! a window is global state; tests that need a key, a crash or an exit start their own
//! ([`Anki::start`]), which stops when dropped. An Anki whose test binary is gone ends itself.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{repo_root, wait_until};

/// How long Anki may take to answer its first request.
const START_TIMEOUT: Duration = Duration::from_secs(180);

/// How an Anki of a test's own is configured.
#[derive(Default, Clone)]
pub struct Options {
    /// The API key AnkiConnect requires.
    pub key: Option<String>,
    /// The add-on's `webCorsOriginList`, comma-separated (default `http://localhost`).
    pub cors: Option<String>,
}

impl Options {
    /// An Anki that requires `key`.
    pub fn key(key: &str) -> Options {
        Options {
            key: Some(key.to_string()),
            ..Options::default()
        }
    }
}

/// A running headless Anki with AnkiConnect.
pub struct Anki {
    /// AnkiConnect's base URL.
    pub url: String,
    /// Anki's base folder (profile "User 1" inside).
    pub base: PathBuf,
    api_log: PathBuf,
    options: Options,
    child: Mutex<Option<Child>>,
    _dir: Option<tempfile::TempDir>,
}

static SHARED: OnceLock<Anki> = OnceLock::new();
static GUI: OnceLock<Anki> = OnceLock::new();
static GUI_TURN: Mutex<()> = Mutex::new(());
static STARTS: AtomicUsize = AtomicUsize::new(0);

/// The GUI Anki, held for one test at a time.
pub struct GuiTurn {
    /// The Anki whose windows this test may use.
    pub anki: &'static Anki,
    _turn: MutexGuard<'static, ()>,
}

impl std::ops::Deref for GuiTurn {
    type Target = Anki;
    fn deref(&self) -> &Anki {
        self.anki
    }
}

impl Anki {
    /// The Anki this test binary shares, started on first use.
    pub fn shared() -> &'static Anki {
        SHARED.get_or_init(|| Anki::launch_throwaway(Options::default()))
    }

    /// The Anki for GUI tests, one test at a time (its windows are global state); each turn
    /// starts on the deck list with no other window open, whatever the test before left open.
    pub fn gui() -> GuiTurn {
        let turn = GUI_TURN.lock().unwrap_or_else(|e| e.into_inner());
        let anki = GUI.get_or_init(|| Anki::launch_throwaway(Options::default()));
        anki.close_windows();
        GuiTurn { anki, _turn: turn }
    }

    /// Closes the Browser, the Add dialog and every other window but the main one, without
    /// "Discard current input?", and shows the deck list. No AnkiConnect action closes them, so
    /// the launcher does it when asked (it removes `<base>/close-windows` when done).
    pub fn close_windows(&self) {
        let request = self.base.join("close-windows");
        std::fs::write(&request, "").expect("close-windows request");
        let what = format!("Anki at {} did not close its windows in time", self.url);
        let (limit, every) = (Duration::from_secs(30), Duration::from_millis(25));
        wait_until(limit, every, &what, || !request.exists());
    }

    /// An Anki of this test's own, on a fresh profile; stopped when dropped.
    pub fn start(options: Options) -> Anki {
        let dir = tempfile::tempdir().expect("temp dir");
        let base = dir.path().join("base");
        let mut anki = Anki::launch(&base, options, false);
        anki._dir = Some(dir);
        anki
    }

    /// An Anki on the base folder `base` (created if missing, kept after it stops).
    pub fn start_at(base: &Path) -> Anki {
        Anki::launch(base, Options::default(), false)
    }

    /// Starts this Anki again on the same base folder after [`Anki::kill`] or [`Anki::stop`].
    pub fn restart(&mut self) {
        let again = Anki::launch(&self.base, self.options.clone(), false);
        self.url = again.url.clone();
        self.api_log = again.api_log.clone();
        *self.child.lock().unwrap() = again.child.lock().unwrap().take();
    }

    fn launch_throwaway(options: Options) -> Anki {
        let base = std::env::temp_dir().join(format!(
            "anki-cli-test-{}-{}",
            std::process::id(),
            STARTS.load(Ordering::SeqCst)
        ));
        Anki::launch(&base, options, true)
    }

    fn launch(base: &Path, options: Options, throwaway: bool) -> Anki {
        let python = venv_python();
        let n = STARTS.fetch_add(1, Ordering::SeqCst);
        std::fs::create_dir_all(base).expect("Anki base folder");
        let log_path = base.join("anki.log");
        let log = std::fs::File::create(&log_path).expect("Anki log");
        let port = free_port();
        let api_log = api_log_dir().join(format!("{}-{n}.log", std::process::id()));
        let mut cmd = Command::new(&python);
        cmd.arg(repo_root().join("tests/anki/launch.py"))
            .arg("--base")
            .arg(base)
            .args(["--port", &port.to_string()])
            .args(["--parent-pid", &std::process::id().to_string()])
            .arg("--api-log")
            .arg(&api_log);
        if let Some(key) = &options.key {
            cmd.args(["--key", key]);
        }
        if let Some(cors) = &options.cors {
            cmd.args(["--cors", cors]);
        }
        if throwaway {
            cmd.arg("--throwaway");
        }
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let child = cmd
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start Anki with {}: {e}", python.display()));
        let anki = Anki {
            url: format!("http://127.0.0.1:{port}"),
            base: base.to_path_buf(),
            api_log,
            options,
            child: Mutex::new(Some(child)),
            _dir: None,
        };
        anki.wait_until_ready(&log_path);
        anki
    }

    fn wait_until_ready(&self, log_path: &Path) {
        let deadline = Instant::now() + START_TIMEOUT;
        // Ready once the collection answers: the add-on may serve `version` a moment before the
        // profile's collection is open ("collection is not available").
        let mut probe = json!({"action": "deckNames", "version": 6});
        if let Some(key) = &self.options.key {
            probe["key"] = json!(key);
        }
        let probe = probe.to_string();
        loop {
            if let Ok((_, body)) = self.try_raw_http(&probe, "") {
                let reply: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                if reply["error"].is_null() && reply["result"].is_array() {
                    return;
                }
            }
            let exited = self
                .child
                .lock()
                .unwrap()
                .as_mut()
                .is_some_and(|c| c.try_wait().ok().flatten().is_some());
            let log = std::fs::read_to_string(log_path).unwrap_or_default();
            let failed = if exited {
                Some("Anki exited during start-up")
            } else if log.contains("in loadAddons") || log.contains("Traceback") {
                Some("AnkiConnect failed to load")
            } else if Instant::now() > deadline {
                Some("Anki did not answer in time")
            } else {
                None
            };
            if let Some(why) = failed {
                self.kill();
                let tail: Vec<&str> = log.lines().rev().take(40).collect();
                let tail: Vec<&str> = tail.into_iter().rev().collect();
                panic!("\n\n{why} ({}). Its log:\n{}\n", self.url, tail.join("\n"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Kills Anki and its helpers at once (SIGKILL to its process group), as a crash would.
    pub fn kill(&self) {
        if let Some(mut child) = self.child.lock().unwrap().take() {
            signal_group(child.id(), "KILL");
            let _ = child.wait();
        }
    }

    /// Waits until Anki's process has exited by itself (e.g. after `gui exit`); true if it did.
    pub fn wait_for_exit(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            let mut guard = self.child.lock().unwrap();
            let Some(child) = guard.as_mut() else {
                return true;
            };
            if child.try_wait().ok().flatten().is_some() {
                signal_group(child.id(), "KILL");
                guard.take();
                return true;
            }
            drop(guard);
            if Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Sends one raw request body and returns the JSON reply (for test set-up and checks).
    pub fn raw(&self, body: &str) -> Value {
        let (_, json) = self.raw_http(body, "");
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("not JSON ({e}): {json}"))
    }

    /// Sends one raw POST with extra header lines; returns the status line and the body.
    pub fn raw_http(&self, body: &str, extra_headers: &str) -> (String, String) {
        self.try_raw_http(body, extra_headers)
            .unwrap_or_else(|e| panic!("cannot reach Anki at {}: {e}", self.url))
    }

    fn try_raw_http(&self, body: &str, extra_headers: &str) -> std::io::Result<(String, String)> {
        let addr = self.url.trim_start_matches("http://");
        let mut stream = TcpStream::connect(addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        write!(
            stream,
            "POST / HTTP/1.1\r\nHost: {addr}\r\n{extra_headers}Content-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )?;
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply)?;
        let reply = String::from_utf8_lossy(&reply);
        let status = reply.lines().next().unwrap_or_default().to_string();
        let body = reply.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        Ok((status, body.to_string()))
    }

    /// The file this Anki's add-on logs its requests to (a new one after [`Anki::restart`]).
    pub fn api_log(&self) -> &Path {
        &self.api_log
    }

    /// Every request this Anki has served since it (re)started, in order, with its reply
    /// (`multi`'s inner actions follow their `multi`, as the add-on logs them).
    pub fn served(&self) -> Vec<Served> {
        let text = std::fs::read_to_string(&self.api_log).unwrap_or_default();
        let mut served: Vec<Served> = Vec::new();
        let mut open = Vec::new();
        for block in text.split("\n\n") {
            let block = block.trim_start();
            let (kind, json) = match block.split_once('\n') {
                Some((kind @ ("[request]" | "[reply]"), json)) => (kind, json),
                _ => continue,
            };
            let Ok(value) = serde_json::from_str::<Value>(json) else {
                continue;
            };
            if kind == "[request]" {
                open.push(served.len());
                served.push(Served {
                    action: value["action"].as_str().unwrap_or_default().to_string(),
                    request: value,
                    reply: Value::Null,
                });
            } else if let Some(i) = open.pop() {
                served[i].reply = value;
            }
        }
        served
    }

    /// Calls an action (version 6, with this Anki's key) and returns its `result`; panics on an error.
    pub fn call(&self, action: &str, params: Value) -> Value {
        let mut request = json!({"action": action, "version": 6, "params": params});
        if let Some(key) = &self.options.key {
            request["key"] = json!(key);
        }
        let reply = self.raw(&request.to_string());
        assert!(reply["error"].is_null(), "{action} failed: {reply}");
        reply["result"].clone()
    }
}

/// One request an Anki served, from its API log ([`Anki::served`]).
pub struct Served {
    /// The action's name.
    pub action: String,
    /// The whole request.
    pub request: Value,
    /// The whole reply (null if Anki died before replying).
    pub reply: Value,
}

impl Drop for Anki {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The venv's Python, with Anki and the add-on set up by `scripts/setup-anki`.
pub fn venv_python() -> PathBuf {
    let python = repo_root().join(".venv/bin/python");
    let addon = repo_root().join(".venv/ankiconnect/__init__.py");
    assert!(
        python.exists() && addon.exists(),
        "\n\nThe tests run the real Anki with the real AnkiConnect add-on, and they are not set up\n\
         ({} or {} is missing).\n\
         Set them up with:  scripts/setup-anki   (or run everything with scripts/test)\n\
         It needs Python >= 3.10 (3.12+ preferred) and reaches PyPI once for aqt[qt]==26.9.3.\n",
        python.display(),
        addon.display()
    );
    python
}

/// Where each Anki's add-on logs the requests it served, for the coverage check (tests/coverage.rs).
pub fn api_log_dir() -> PathBuf {
    let dir = std::env::var_os("ANKI_CLI_API_LOG_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("api-log"));
    std::fs::create_dir_all(&dir).expect("API log folder");
    dir
}

/// A port on 127.0.0.1 that nothing listens on right now.
fn free_port() -> u16 {
    static PICK: Mutex<()> = Mutex::new(());
    let _one_at_a_time = PICK.lock().unwrap_or_else(|e| e.into_inner());
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().unwrap().port()
}

fn signal_group(pid: u32, signal: &str) {
    let _ = Command::new("kill")
        .args([&format!("-{signal}"), "--", &format!("-{pid}")])
        .stderr(Stdio::null())
        .status();
}
