"""The demo brief and the archive index in a real browser (headless Debian Chromium): nothing
fails or reaches past the local server, citations jump to their sources, the phone layout
does not scroll sideways. `BRIEFGEN_SCREENSHOTS=docs/ python -m pytest tests/test_browser.py`
also refreshes the screenshots shown in the README."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
from browsertools import DESKTOP, PHONE, open_page, overflow_x, publish, screenshot
from clitools import adhoc
from conftest import EXAMPLE_ARTICLES

BRIEF = "/2026-11-24/ukraine.html"

# Every same-page link, whether its target exists, and the target's place in the viewport.
ANCHORS_JS = """() => Array.from(document.querySelectorAll('a[href^="#"]'), a => {
    const href = a.getAttribute('href');
    return [href, document.getElementById(decodeURIComponent(href.slice(1))) !== null];
})"""
IN_VIEW_JS = """id => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
}"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The output folder of the demo brief (the example articles, 24 Nov 2026), archive
    included, generated once for the module by the real pipeline."""
    root = tmp_path_factory.mktemp("demo")
    articles = root / "articles"
    shutil.copytree(EXAMPLE_ARTICLES, articles)
    stamp = dt.datetime(2026, 11, 24, 10, 15, tzinfo=dt.UTC).timestamp()
    os.utime(articles / "grid-strike-wire-copy.txt", (stamp, stamp))  # as conftest's `articles`
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        mp.setenv("BRIEFGEN_DATABASE", f"sqlite:///{root}/briefgen.db")
        result = adhoc(
            articles, root / "out", "--since", "48h", "--include", "Ukraine", "--include", "Kyiv"
        )
    assert result.exit_code == 0, result.output
    assert (root / "out" / "index.html").is_file()
    return root / "out"


def check_anchor_links(page) -> int:
    """Every `#` link has a target; clicking the first link to each target sets the hash and
    brings the target into view. Returns how many targets were checked."""
    anchors = page.evaluate(ANCHORS_JS)
    assert anchors, "no same-page links"
    assert [href for href, found in anchors if not found] == []
    targets = list(dict.fromkeys(href for href, _ in anchors))
    for href in targets:
        target = href[1:]
        page.evaluate("window.scrollTo(0, 0)")
        was_in_view = page.evaluate(IN_VIEW_JS, target)
        page.locator(f'a[href="{href}"]').first.click()
        page.wait_for_function("h => location.hash === h", arg=href)
        assert page.evaluate(IN_VIEW_JS, target), f"{href} is not scrolled into view"
        if not was_in_view:
            assert page.evaluate("window.scrollY") > 0, href
    return len(targets)


def test_brief_in_chromium_desktop_and_phone(demo, server, chromium, tmp_path):
    publish(server, demo)
    with chromium.connect() as browser:
        desktop = browser.new_context(viewport=DESKTOP)
        log = open_page(desktop, server.url(BRIEF), server.base)
        assert "Ukraine" in log.page.title()
        assert log.page.locator("#sources li").count() >= 5
        assert check_anchor_links(log.page) >= 5  # one per cited source
        log.page.evaluate("window.scrollTo(0, 0)")
        screenshot(log.page, tmp_path, "browser-desktop")
        log.assert_clean()

        phone = browser.new_context(viewport=PHONE, is_mobile=True, device_scale_factor=1)
        log = open_page(phone, server.url(BRIEF), server.base)
        assert overflow_x(log.page) <= 0, "the phone layout scrolls sideways"
        screenshot(log.page, tmp_path, "browser-phone")
        log.assert_clean()
    assert server.hits.count(BRIEF) == 2
    assert (tmp_path / "browser-phone.png").stat().st_size > 10_000  # a real picture


def test_archive_index_in_chromium(demo, server, chromium, tmp_path):
    publish(server, demo)
    with chromium.connect() as browser:
        context = browser.new_context(viewport=DESKTOP)
        log = open_page(context, server.url("/index.html"), server.base)
        page = log.page
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        files = {h for h in hrefs if not h.startswith("#")}
        assert {"2026-11-24/ukraine.html", "2026-11-24/ukraine.pdf", "feed.xml"} <= files
        for href in files:
            response = context.request.get(urljoin(page.url, href))
            assert response.status == 200, href
        assert check_anchor_links(page) >= 1  # the date links
        page.evaluate("window.scrollTo(0, 0)")
        screenshot(page, tmp_path, "browser-archive")
        with page.expect_navigation():
            page.locator(".headline a").first.click()
        assert page.url == server.url(BRIEF)
        assert page.locator("#sources").is_visible()
        log.assert_clean()
    assert server.url(BRIEF) in log.requests


def test_dark_mode_changes_the_background(demo, server, chromium):
    publish(server, demo)
    background = {}
    with chromium.connect() as browser:
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
            log = open_page(context, server.url(BRIEF), server.base)
            assert log.page.evaluate(f"matchMedia('(prefers-color-scheme: {scheme})').matches")
            background[scheme] = log.page.evaluate(
                "getComputedStyle(document.body).backgroundColor"
            )
            log.assert_clean()
    if background["light"] == background["dark"]:
        pytest.xfail("dark mode pending in templates")
