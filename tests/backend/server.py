#!/usr/bin/env python3
"""An AnkiConnect-compatible HTTP server on the official `anki` library.

It speaks the protocol of the AnkiConnect add-on (POST a JSON object with
`action`, `version`, `params` and optionally `key`) against a collection of
its own, so anki-cli can be tested, and tried, without the Anki desktop app.

    python tests/backend/server.py --port 0            # throwaway collection
    python tests/backend/server.py --collection my.anki2 --port 8765

On start it prints one line, `listening on http://HOST:PORT`, to stdout.
Actions live in the `actions` package, one module per category.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import anki.collection  # noqa: E402,F401  (must load before other anki modules)

from actions import registry  # noqa: E402
from actions import card, deck, gui, media, misc, model, note, stats  # noqa: E402,F401  (modules register their actions)

API_VERSION = 6
DEFAULT_ORIGINS = ["http://localhost"]


class Backend:
    """The collection plus the settings the handler needs."""

    def __init__(self, collection_path: str, api_key: str | None, origins: list[str]):
        import anki.lang
        from anki.collection import Collection

        anki.lang.set_lang("en_US")  # the desktop app sets this up; HTML stripping needs it
        self.col = Collection(collection_path)
        self.api_key = api_key
        self.origins = origins
        self.profile = "User 1"  # the desktop app's default profile name
        self.lock = threading.RLock()  # re-entrant: multi calls handle() inside an action

    def handle(self, request: dict):
        """Answer one decoded request the way the add-on's handler does."""
        name = request.get("action", "")
        version = request.get("version", 4)
        params = request.get("params", {})
        key = request.get("key")
        try:
            if key != self.api_key and name != "requestPermission":
                raise Exception("valid api key must be provided")
            func = registry.lookup(name)
            if func is None:
                raise Exception("unsupported action")
            with self.lock:
                result = func(self, **params)
            return result if version <= 4 else {"result": result, "error": None}
        except Exception as exc:  # the add-on turns every exception into an error reply
            return {"result": None, "error": str(exc)}

    def close(self):
        with self.lock:
            self.col.close()


def origin_allowed(origin: str | None, origins: list[str]) -> bool:
    """The add-on's CORS rule: no Origin header is fine; otherwise it must be listed."""
    if origin is None or "*" in origins or origin in origins:
        return True
    if "http://localhost" in origins:
        return (
            origin in ("http://127.0.0.1", "https://127.0.0.1")
            or origin.startswith("http://127.0.0.1:")
            or origin.startswith(("chrome-extension://", "moz-extension://", "safari-web-extension://", "app://"))
        )
    return False


def validate_envelope(request) -> None:
    if not isinstance(request, dict):
        raise Exception(f"{request!r} is not of type 'object'")
    action = request.get("action")
    if not isinstance(action, str) or not action:
        raise Exception("'action' is a required property and must be a non-empty string")
    if "version" in request and not isinstance(request["version"], int):
        raise Exception(f"{request['version']!r} is not of type 'integer'")
    if "params" in request and not isinstance(request["params"], dict):
        raise Exception(f"{request['params']!r} is not of type 'object'")


def make_handler(backend: Backend):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "anki-cli-test-backend"

        def log_message(self, fmt, *args):  # keep test output quiet
            pass

        def _reply(self, status: int, body: bytes):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Access-Control-Allow-Origin", self.headers.get("Origin") or "http://localhost")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_OPTIONS(self):
            self._reply(200, b"")

        def do_GET(self):
            self._reply(200, json.dumps({"apiVersion": f"AnkiConnect v.{API_VERSION}"}).encode())

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            origin = self.headers.get("Origin")
            allowed = origin_allowed(origin, backend.origins)
            if not raw:
                self._reply(200, json.dumps({"apiVersion": f"AnkiConnect v.{API_VERSION}"}).encode())
                return
            try:
                request = json.loads(raw.decode("utf-8"))
                validate_envelope(request)
            except Exception as exc:
                if not allowed:
                    self._reply(403, b"")
                    return
                self._reply(200, json.dumps({"result": None, "error": str(exc)}).encode())
                return
            if request.get("action") == "requestPermission":
                request.setdefault("params", {})
                request["params"]["allowed"] = allowed
                request["params"]["origin"] = origin or ""
            elif not allowed:
                self._reply(403, b"")
                return
            self._reply(200, json.dumps(backend.handle(request)).encode("utf-8"))

    return Handler


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="AnkiConnect-compatible backend on the anki library")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--collection", help="collection file to use (default: a throwaway one)")
    parser.add_argument("--key", help="require this API key, as the add-on's apiKey setting does")
    parser.add_argument("--origin", action="append", help="allowed CORS origin (repeatable)")
    args = parser.parse_args(argv)

    tmpdir = None
    path = args.collection
    if path is None:
        tmpdir = tempfile.mkdtemp(prefix="anki-cli-backend-")
        path = os.path.join(tmpdir, "collection.anki2")
    else:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)

    backend = Backend(path, args.key, args.origin or DEFAULT_ORIGINS)
    httpd = ThreadingHTTPServer((args.host, args.port), make_handler(backend))
    httpd.daemon_threads = True

    def stop(_signum, _frame):
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    host, port = httpd.server_address[:2]
    print(f"listening on http://{host}:{port}", flush=True)
    print(f"collection: {path}", flush=True)
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
        backend.close()
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
