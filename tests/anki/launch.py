"""Runs the real Anki desktop app headless, with the real AnkiConnect add-on, on a base folder of its own.

The integration tests (tests/cli/anki.rs) and scripts/sandbox start Anki through this file:

    .venv/bin/python tests/anki/launch.py --base DIR --port N [--key K] [--cors ORIGINS]
        [--api-log FILE] [--parent-pid PID [--throwaway]] [--fresh] [--idle-exit SECONDS]

One Anki per base folder: it first locks DIR/anki.lock (held while Anki runs, released by the
system however it ends); when another Anki holds it, it changes nothing and exits 3, saying that
one's pid and port (DIR/anki.pid, DIR/anki.port).

It lays out DIR as an Anki base folder (first-run preferences, profile "User 1", software GL, the
add-on from .venv/ankiconnect configured for the port, key and CORS list), sets the environment
headless Qt needs (offscreen platform, no Chromium sandbox as root, XDG folders inside DIR, and
Anki's single-instance socket at DIR/anki.sock, so two base folders never meet and nothing is left
in the temp folder), then runs Anki in this process. It writes DIR/anki.pid and DIR/anki.port
(removed with the socket on exit), and DIR/modal-dialog while a modal dialog is open; creating
DIR/close-windows closes the Browser, Add dialog and other windows (the file goes away when done).
With --idle-exit, Anki closes itself after that many seconds without a request.

Nobody can click a dialog here, and a modal dialog opened inside a request blocks the add-on for good
(it serves requests from a timer on Anki's main thread). A watchdog closes every modal dialog after
half a second, like a user pressing Escape, and logs what it closed. With --parent-pid, Anki ends
itself when that process is gone, so a test run that dies leaves no Anki behind.
"""

import argparse
import atexit
import hashlib
import json
import os
import pickle
import random
import shutil
import signal
import sqlite3
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADDON_SRC = os.path.join(ROOT, ".venv", "ankiconnect")
ADDON_FOLDER = "2055492159"  # AnkiConnect's AnkiWeb id, as on a real install
PROFILE = "User 1"
EXIT_HELD = 3  # another Anki runs on this base folder


def parse_args():
    p = argparse.ArgumentParser(description="Headless Anki with AnkiConnect on a base folder of its own.")
    p.add_argument("--base", required=True, help="Anki base folder (created if missing)")
    p.add_argument("--port", type=int, default=8765, help="port AnkiConnect binds on 127.0.0.1")
    p.add_argument("--key", default="", help="API key AnkiConnect requires (default: none)")
    p.add_argument("--cors", default="http://localhost", help="comma-separated webCorsOriginList")
    p.add_argument("--api-log", default=None, help="file AnkiConnect logs every request and reply to")
    p.add_argument("--parent-pid", type=int, default=0, help="end Anki when this process is gone")
    p.add_argument("--fresh", action="store_true", help="wipe the base folder first")
    p.add_argument("--throwaway", action="store_true", help="remove the base folder when the parent is gone")
    p.add_argument("--idle-exit", type=float, default=0, metavar="SECONDS",
                   help="close Anki after this many seconds without a request (default: never)")
    return p.parse_args()


def install_addon(base, args):
    src = os.environ.get("ANKI_CLI_ADDON_DIR", ADDON_SRC)
    if not os.path.isfile(os.path.join(src, "__init__.py")):
        sys.exit("launch.py: AnkiConnect is not installed at %s; run scripts/setup-anki" % src)
    addons = os.path.join(base, "addons21")
    shutil.rmtree(addons, ignore_errors=True)  # only our add-on: a second copy would fight for the port
    dest = os.path.join(addons, ADDON_FOLDER)
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "meta.json"))
    over = {
        "apiKey": args.key or None,
        "apiLogPath": os.path.abspath(args.api_log) if args.api_log else None,
        "webBindAddress": "127.0.0.1",
        "webBindPort": args.port,
        "webCorsOriginList": [o for o in args.cors.split(",") if o],
        "ignoreOriginList": [],
    }
    with open(os.path.join(dest, "config.json"), encoding="utf8") as f:
        cfg = json.load(f)
    cfg.update(over)
    with open(os.path.join(dest, "config.json"), "w", encoding="utf8") as f:
        json.dump(cfg, f, indent=4)
    with open(os.path.join(dest, "meta.json"), "w", encoding="utf8") as f:
        json.dump({"name": "AnkiConnect", "mod": 0, "disabled": False, "config": over}, f, indent=4)


def write_prefs(base):
    """prefs21.db as after a first run: language chosen, no update checks, no sync, our profile."""
    db = sqlite3.connect(os.path.join(base, "prefs21.db"))
    db.execute("create table if not exists profiles (name text primary key collate nocase, data blob not null)")

    def load(name):
        row = db.execute("select cast(data as blob) from profiles where name = ?", (name,)).fetchone()
        return pickle.loads(row[0]) if row else None

    now = int(time.time())
    meta = load("_global") or dict(ver=0, updates=True, created=now, id=random.randrange(0, 2**63),
                                   lastMsg=0, suppressUpdate=False, firstRun=True, defaultLang=None)
    meta.update(firstRun=False, defaultLang="en_US", updates=False, suppressUpdate=True,
                check_for_updates=False, check_for_addon_updates=False,
                last_addon_update_check=now, last_loaded_profile=PROFILE)
    prof = load(PROFILE) or dict(mainWindowGeom=None, mainWindowState=None, numBackups=50,
                                 searchHistory=[], allowHTML=False, importMode=1, lastColour="#00f",
                                 stripHTML=True, deleteMedia=False)
    prof.update(syncKey=None, syncMedia=False, autoSync=False, lastOptimize=now)
    for name, obj in (("_global", meta), (PROFILE, prof)):
        db.execute("insert or replace into profiles values (?, ?)", (name, pickle.dumps(obj, protocol=4)))
    db.commit()
    db.close()
    with open(os.path.join(base, "gldriver6"), "w") as f:
        f.write("software")  # no GPU here, and a GL failure opens a dialog


def lock_base(base):
    """Holds DIR/anki.lock for this process's life; exits EXIT_HELD if another Anki holds it."""
    os.makedirs(base, exist_ok=True)
    f = open(os.path.join(base, "anki.lock"), "a+")  # not inherited by Anki's helper processes
    try:
        if os.name == "nt":
            import msvcrt

            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        held = [read_file(os.path.join(base, n)) for n in ("anki.pid", "anki.port")]
        print("launch.py: another Anki runs on base folder %s (pid %s, port %s)"
              % (base, held[0] or "?", held[1] or "?"), file=sys.stderr, flush=True)
        sys.exit(EXIT_HELD)
    return f


def read_file(path):
    try:
        with open(path, encoding="utf8") as f:
            return f.read().strip()
    except OSError:
        return ""


def write_file(path, text):
    with open(path + ".tmp", "w", encoding="utf8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def single_instance_key(base):
    """Anki's single-instance socket: inside the base folder where the path fits a Unix socket,
    else a name derived from the folder (the same for every launch on it, never a random one)."""
    sock = os.path.join(base, "anki.sock")
    if os.name != "nt" and len(sock.encode()) < 100:
        return sock
    return "anki-cli-" + hashlib.sha1(base.encode()).hexdigest()[:16]


def cleanup(base):
    """What this Anki leaves behind: its socket, pid and port files (the lock file stays)."""
    for name in ("anki.sock", "anki.pid", "anki.port"):
        try:
            os.unlink(os.path.join(base, name))
        except OSError:
            pass


def prepare(args):
    base = os.path.abspath(args.base)
    lock = lock_base(base)
    if args.fresh:
        for name in os.listdir(base):
            if name != "anki.lock":
                path = os.path.join(base, name)
                shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.unlink(path)
    write_file(os.path.join(base, "anki.port"), str(args.port))
    write_file(os.path.join(base, "anki.pid"), str(os.getpid()))
    atexit.register(cleanup, base)
    install_addon(base, args)
    write_prefs(base)
    xdg = os.path.join(base, "xdg")
    for sub in ("data", "config", "cache", "runtime"):
        os.makedirs(os.path.join(xdg, sub), exist_ok=True)
    os.chmod(os.path.join(xdg, "runtime"), 0o700)
    env = os.environ
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu " + env.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    # Anki would "raise" another running Anki of this user and exit, without a key of its own
    env["ANKI_SINGLE_INSTANCE_KEY"] = single_instance_key(base)
    env["XDG_DATA_HOME"] = os.path.join(xdg, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(xdg, "config")
    env["XDG_CACHE_HOME"] = os.path.join(xdg, "cache")
    env["XDG_RUNTIME_DIR"] = os.path.join(xdg, "runtime")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for name in ("ANKI_BASE", "ANKIDEV"):
        env.pop(name, None)
    return base, lock


def install_watchdogs(base, parent_pid, throwaway, idle_exit):
    """Close modal dialogs nobody can click; end Anki when the process that started it is gone,
    or (with idle_exit) when no request came for that many seconds."""
    import aqt

    modal_file = os.path.join(base, "modal-dialog")
    original_init = aqt.AnkiApp.__init__

    def app_init(self, argv):
        original_init(self, argv)
        from aqt.qt import QApplication, QMessageBox, QTimer

        seen = {}
        close_request = os.path.join(base, "close-windows")
        idle = {"last": time.time(), "watched": False, "closing": False}

        def describe(w):
            text = w.text() if isinstance(w, QMessageBox) else ""
            return "%s title=%r text=%r" % (type(w).__name__, w.windowTitle(), text[:300])

        def tick():
            if parent_pid and not alive(parent_pid):
                print("[launch.py] parent %d is gone: stopping Anki" % parent_pid, flush=True)
                if throwaway:
                    shutil.rmtree(base, ignore_errors=True)
                else:
                    cleanup(base)
                if os.getpgrp() == os.getpid():
                    os.killpg(os.getpgrp(), signal.SIGKILL)
                os._exit(0)
            if idle_exit and not idle["closing"]:
                watch_requests(idle)
                if time.time() - idle["last"] > idle_exit:
                    print("[launch.py] no request for %g s: closing Anki" % idle_exit, flush=True)
                    idle["closing"] = True
                    os.kill(os.getpid(), signal.SIGTERM)  # Anki closes its collection and quits
            if os.path.exists(close_request):
                close_windows()
                os.unlink(close_request)  # the test waits for it to go
            w = QApplication.activeModalWidget()
            if w is None:
                if os.path.exists(modal_file):
                    os.unlink(modal_file)
                return
            desc = describe(w)
            if id(w) not in seen:
                seen[id(w)] = time.time()
                print("[launch.py] modal dialog open: " + desc, flush=True)
                with open(modal_file, "w") as f:
                    f.write(desc + "\n")
            if time.time() - seen[id(w)] > 0.5:
                print("[launch.py] closing modal dialog: " + desc, flush=True)
                w.reject()

        self._anki_cli_watchdog = QTimer(self)
        self._anki_cli_watchdog.timeout.connect(tick)
        self._anki_cli_watchdog.start(250)

    aqt.AnkiApp.__init__ = app_init


def watch_requests(idle):
    """Once the add-on serves, note the time of every request it handles in idle["last"]."""
    if idle["watched"]:
        return
    server = getattr(getattr(sys.modules.get(ADDON_FOLDER), "ac", None), "server", None)
    if server is None:
        return
    handler = server.handler

    def timed(request):
        idle["last"] = time.time()
        try:
            return handler(request)
        finally:
            idle["last"] = time.time()

    server.handler = timed
    idle["watched"] = True


def close_windows():
    """Close every window but the main one, without "Discard current input?", and show the deck list.

    No AnkiConnect action closes the Browser or the Add dialog; GUI tests ask for this between
    turns by creating <base>/close-windows (tests/cli/anki.rs), so each finds Anki as it starts.
    """
    import aqt

    for name, (_, w) in list(aqt.dialogs._dialogs.items()):
        if w is None:
            continue
        try:
            # the Add dialogs' _close and the Browser's _closeWindow skip the close prompts
            close = getattr(w, "_close", None) or getattr(w, "_closeWindow", None) or w.close
            close()
        except Exception as e:  # a half-built window: forget it
            print("[launch.py] closing %s failed: %r" % (name, e), flush=True)
        aqt.dialogs.markClosed(name)
        print("[launch.py] closed window: " + name, flush=True)
    if aqt.mw.col is not None and aqt.mw.state != "deckBrowser":
        aqt.mw.moveToState("deckBrowser")


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open("/proc/%d/status" % pid) as f:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in f)
    except OSError:
        return True


def main():
    args = parse_args()
    base, _lock = prepare(args)
    install_watchdogs(base, args.parent_pid, args.throwaway, args.idle_exit)
    import aqt

    sys.argv = ["anki", "-b", base, "-p", PROFILE]
    # aqt.run() shows a modal "Startup Error" box on an exception; aqt._run() lets it end the process
    (getattr(aqt, "_run", None) or aqt.run)()


if __name__ == "__main__":
    main()
