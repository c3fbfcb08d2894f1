"""Shared fixtures: a real HTTP server on 127.0.0.1, sample articles, an isolated environment."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from databases import database_url, empty_database_url, postgres_server  # noqa: F401 - fixtures
from llm_server import llm  # noqa: F401 - a fixture (test_llm.py, test_llm_repairs.py)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE_ARTICLES = REPO / "examples" / "articles"
SHARED_SAMPLE = REPO.parent / "shared" / "samples" / "ukraine-atacms-brief.txt"
NOW = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # before the answer; a large value makes a host that hangs
    headers: dict[str, str] = field(default_factory=dict)  # e.g. Location, ETag, Last-Modified
    drip: bool = False  # send the body a few bytes at a time, slowly, forever


@dataclass
class LocalServer:
    """A real HTTP server on loopback serving fixed routes and counting every request."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)  # paths answered 304
    request_headers: list[dict[str, str]] = field(default_factory=list)
    most_at_once: int = 0  # the most requests it was answering at one time
    _at_once: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, **kwargs) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **kwargs)
        return self.url(path)


@pytest.fixture
def server():
    with local_server() as state:
        yield state


@contextlib.contextmanager
def local_server():
    """A LocalServer on a free port of 127.0.0.1, stopped on exit (for wider-scoped fixtures)."""
    state = LocalServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            with state._lock:
                state._at_once += 1
                state.most_at_once = max(state.most_at_once, state._at_once)
            try:
                self._answer()
            finally:
                with state._lock:
                    state._at_once -= 1

        def _answer(self):
            state.hits.append(self.path)
            state.request_headers.append({k.lower(): v for k, v in self.headers.items()})
            route = state.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            time.sleep(route.delay)
            if _unchanged(self.headers, route.headers):
                state.not_modified.append(self.path)
                self.send_response(304)
                for key in ("ETag", "Last-Modified"):
                    if key in route.headers:
                        self.send_header(key, route.headers[key])
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if not route.drip:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            # The client may give up early (size cap, timeout): what those tests expect.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if route.drip:
                    while True:
                        self.wfile.write(b"<p>.")
                        self.wfile.flush()
                        time.sleep(0.2)
                self.wfile.write(route.body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def _unchanged(request, headers: dict[str, str]) -> bool:
    """A conditional GET that matches the route's validators (ETag first, as RFC 9110 says)."""
    if "ETag" in headers and request.get("If-None-Match"):
        return request["If-None-Match"] == headers["ETag"]
    return bool(request.get("If-Modified-Since")) and request.get(
        "If-Modified-Since"
    ) == headers.get("Last-Modified")


@pytest.fixture(scope="session")
def chromium(tmp_path_factory):
    """Debian's headless Chromium, one per session, with a fresh profile; a test drives it with
    `with chromium.connect() as browser:` (Playwright). Skipped where chromium is missing."""
    from browsertools import start_chromium

    browser = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.stop()


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Each test runs in its own folder with its own database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFGEN_DATABASE", f"sqlite:///{tmp_path}/.briefgen/test.db")
    monkeypatch.delenv("BRIEFGEN_OUTPUT_DIR", raising=False)
    return tmp_path


@pytest.fixture
def articles(tmp_path) -> Path:
    """A copy of the demo articles, the undated .txt file given a time inside the demo window."""
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLE_ARTICLES, folder)
    stamp = dt.datetime(2026, 11, 24, 10, 15, tzinfo=dt.UTC).timestamp()
    os.utime(folder / "grid-strike-wire-copy.txt", (stamp, stamp))
    return folder


@pytest.fixture
def atacms_sample(tmp_path) -> Path:
    """The shared ATACMS sample article, dated (by file time) inside the 2026-11-24 brief."""
    path = tmp_path / "sample" / "ukraine-atacms-brief.txt"
    path.parent.mkdir()
    source = SHARED_SAMPLE if SHARED_SAMPLE.exists() else FIXTURES / "ukraine-atacms-brief.txt"
    shutil.copy(source, path)
    stamp = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    return path
