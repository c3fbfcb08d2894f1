"""Headless Chromium for the browser tests: Debian's `chromium` (installed by .ci/run), started
once per session with its own fresh profile, and driven by Playwright over CDP (Playwright never
downloads a browser here).

Why not `playwright.chromium.launch()` in a session fixture: the sync API keeps an event loop
running in the main thread while it is started, and then every `asyncio.run()` in that thread
fails (the pipeline's gathering uses asyncio). So the browser process lives for the session and
each test connects, works and disconnects inside `with chromium.connect() as browser:`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium calls Google's hosts at start, which this closed network refuses.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
MIME = {
    ".html": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
    ".json": "application/json",
    ".xml": "application/atom+xml",
}
# BRIEFGEN_SCREENSHOTS=docs/ copies the screenshots there (relative to where pytest started).
START_DIR = Path.cwd()


def chromium_executable() -> str | None:
    """Debian's chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Chromium:
    """A running headless Chromium that tests connect to with Playwright."""

    process: subprocess.Popen
    endpoint: str  # http://127.0.0.1:<port>, Chromium's DevTools endpoint

    @contextlib.contextmanager
    def connect(self) -> Iterator:
        """A Playwright `Browser` connected to this Chromium, disconnected on exit."""
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.connect_over_cdp(self.endpoint)
            try:
                yield browser
            finally:
                browser.close()  # closes this connection and its contexts, not the process

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_chromium(profile: Path, timeout: float = 30.0) -> Chromium:
    """Start headless Chromium with a fresh profile in `profile` and DevTools on a free
    loopback port; skip the test if chromium or Playwright is not installed."""
    executable = chromium_executable()
    if executable is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does)")
    pytest.importorskip("playwright", reason="pip install -e '.[test]' installs playwright")
    process = subprocess.Popen(
        [
            executable,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    port_file = profile / "DevToolsActivePort"  # Chromium writes its port here when ready
    deadline = time.monotonic() + timeout
    while not (port_file.is_file() and port_file.read_text().strip()):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"{executable} did not start (exit code {process.poll()})")
        time.sleep(0.05)
    port = port_file.read_text().split()[0]
    return Chromium(process, f"http://127.0.0.1:{port}")


@dataclass
class PageLog:
    """Everything a page did that a test may object to."""

    page: object  # playwright Page
    base: str  # the local server: http://127.0.0.1:<port>
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def foreign(self) -> list[str]:
        """Requests to anything but the local server."""
        return [url for url in self.requests if not url.startswith(self.base + "/")]

    def console_error(self, text: str, location: dict) -> None:
        # The browser asks for /favicon.ico on its own (no page asked for it; Playwright shows
        # no request for it): a 404 there is the test server's, not the brief's.
        if not location.get("url", "").endswith("/favicon.ico"):
            self.console_errors.append(f"{text} ({location.get('url', '')})")

    def assert_clean(self) -> None:
        assert self.console_errors == []
        assert self.failed == []
        assert self.dialogs == []
        assert self.foreign == []


def watch(context, base: str) -> PageLog:
    """A new page of `context` whose requests, console errors, failures and dialogs are logged
    (dialogs are dismissed)."""
    page = context.new_page()
    log = PageLog(page, base)
    page.on("request", lambda request: log.requests.append(request.url))
    page.on("console", lambda m: m.type == "error" and log.console_error(m.text, m.location))
    page.on("pageerror", lambda error: log.console_errors.append(str(error)))
    page.on("requestfailed", lambda r: log.failed.append(f"{r.url}: {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and log.failed.append(f"{r.url}: {r.status}"))

    def dialog(d) -> None:
        log.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    return log


def open_page(context, url: str, base: str) -> PageLog:
    """Open `url` in a watched page and wait until the network is idle; it must answer 200."""
    log = watch(context, base)
    response = log.page.goto(url, wait_until="networkidle")
    assert response is not None and response.status == 200, url
    return log


def publish(server, folder: Path) -> None:
    """Serve every file under `folder` from the conftest LocalServer, at the same paths."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            kind = MIME.get(path.suffix, "application/octet-stream")
            server.add(
                "/" + path.relative_to(folder).as_posix(), path.read_bytes(), content_type=kind
            )


def overflow_x(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0: no horizontal scroll)."""
    return page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")


def screenshot(page, tmp: Path, name: str) -> Path:
    """A full-page PNG in `tmp`; when $BRIEFGEN_SCREENSHOTS is set, also a copy for the docs
    there: its first two screens, in 128 colours (each well under 400 KB)."""
    path = tmp / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if target := os.environ.get("BRIEFGEN_SCREENSHOTS"):
        from PIL import Image  # WeasyPrint's dependency

        folder = START_DIR / target
        folder.mkdir(parents=True, exist_ok=True)
        with Image.open(path) as image:
            top = image.crop(
                (0, 0, image.width, min(image.height, 2 * page.viewport_size["height"]))
            )
            top.convert("RGB").quantize(128).save(folder / path.name, optimize=True)
    return path
