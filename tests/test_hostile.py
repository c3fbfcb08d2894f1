"""A hostile article corpus through the real pipeline (offline summarizer, WeasyPrint, Chromium):
nothing from the articles executes, nothing they point at is fetched, nothing breaks the layout.

The pages are served by a local HTTP server that also counts every request, so an image,
stylesheet, frame or refresh that slipped through would show up as a hit."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from browsertools import DESKTOP, PHONE, open_page, overflow_x, publish
from clitools import cli
from conftest import FIXTURES, LocalServer, local_server
from lxml import html as lxml_html
from pypdf import PdfReader

from briefgen.models import Brief
from briefgen.text import MAX_RUN, clean_text

HOSTILE = FIXTURES / "hostile"
PAGES = ("council-vote.html", "council-template.html")  # served over HTTP
FILES = ("rtl-statement.txt", "quoted-url.txt", "harbour-notice.html")  # read from a folder
# (plain text: in a .md file HTML is markup, and its tags are dropped as the file is read)
CONTROL = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
UNSAFE = re.compile(f"[{re.escape(CONTROL + BIDI)}\x80-\x9f]")
LONG_WORD = "Flood" + "barrier" * 150_000  # about 1 MB without a space
BRIEF = "/2026-11-24/harbour.html"
ACTIVE_TAGS = (
    "script", "iframe", "frame", "object", "embed", "img", "svg", "math", "video", "audio",
    "source", "form", "input", "base", "link", "meta[@http-equiv]",
)  # fmt: skip


@dataclass
class Corpus:
    server: LocalServer
    out: Path
    secret: Path  # a real PNG that a file:// <img> points at
    gathered: list[str]  # the server's hits while the brief was made
    brief: Brief
    html: str

    def strings(self) -> list[str]:
        """Every string in the brief's JSON."""
        found: list[str] = []

        def walk(value):
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, dict | list):
                for item in value.values() if isinstance(value, dict) else value:
                    walk(item)

        walk(json.loads((self.out / "2026-11-24" / "harbour.json").read_text()))
        return found


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile corpus made into a brief once for the module, by the real CLI."""
    from PIL import Image

    root = tmp_path_factory.mktemp("hostile")
    secret = root / "secret.png"
    Image.new("RGB", (40, 40), "red").save(secret)
    folder = root / "articles"
    folder.mkdir()
    with local_server() as server, pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        mp.setenv("BRIEFGEN_DATABASE", f"sqlite:///{root}/briefgen.db")

        def fill(name: str) -> str:
            text = (HOSTILE / name).read_text()
            text = text.replace("@@BASE@@", server.base).replace("@@SECRET@@", secret.as_uri())
            return text.replace("@@CTRL@@", CONTROL)

        urls = [server.add(f"/hostile/{name}", fill(name)) for name in PAGES]
        for name in FILES:
            (folder / name).write_text(fill(name))
        (folder / "long-word.md").write_text(
            f"---\ntitle: {LONG_WORD[:5000]}\npublished: 2026-11-24T13:00:00+00:00\n---\n"
            f"The harbour council said the flood barrier report was long: {LONG_WORD}. "
            "Engineers warned that the flood barrier could fail if the storm surge exceeded "
            f"the design height.\n\n{LONG_WORD}\n"
        )
        no_nul = CONTROL.replace("\x00", "")  # a NUL makes a local file "binary" (skipped)
        (folder / "control.md").write_text(
            f"---\ntitle: Harbour{no_nul} council flood barrier costs\n"
            "published: 2026-11-24T14:00:00+00:00\n---\n"
            f"The harbour{no_nul} council said the flood barrier would protect four thousand "
            "homes from winter storms, and warned that delays could raise the cost.\n"
        )
        sources = [arg for url in [*urls, folder] for arg in ("--source", url)]
        result = cli(
            "generate", *sources, "--topic", "Harbour", "--date", "2026-11-24",
            "--since", "48h", "--output", root / "out",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        html = (root / "out" / BRIEF.lstrip("/")).read_text(encoding="utf-8")
        brief = Brief.model_validate_json(
            (root / "out" / "2026-11-24" / "harbour.json").read_text()
        )
        yield Corpus(server, root / "out", secret, list(server.hits), brief, html)


def test_the_hostile_text_reached_the_brief(hostile):
    """Otherwise the checks below would pass on an empty brief."""
    assert hostile.brief.stats.articles == 7 and hostile.brief.stats.source_errors == []
    text = "\n".join(hostile.strings())
    titles = " | ".join(s.title for s in hostile.brief.sources)
    for shown in ("{{ 7*7 }}", "{% raw %}", "<script>alert(", "onerror=alert(", "Floodbarrier"):
        assert shown in text, shown
    for title in ("Harbour council statement <img", "council flood barrier costs", "Floodbarrier"):
        assert title in titles
    assert "javascript:alert('md-url')" in [s.url for s in hostile.brief.sources]


def test_html_has_no_active_content(hostile):
    html = hostile.html
    assert "<script" not in html.lower()  # (javascript: may be there as escaped text)
    tree = lxml_html.document_fromstring(html)
    for tag in ACTIVE_TAGS:
        assert tree.xpath(f"//{tag}") == [], tag
    attributes = [(el.tag, name) for el in tree.iter() for name in el.attrib]
    assert [a for a in attributes if a[1].lower().startswith("on")] == []
    assert [a for a in attributes if a[1].lower() in ("src", "srcset", "style", "action")] == []
    web_sources = {s.url for s in hostile.brief.sources if s.url.startswith(("http:", "https:"))}
    for href in tree.xpath("//@href"):
        assert href.startswith("#") or href in web_sources, href
    css = "".join(tree.xpath("//style/text()"))
    assert not re.search(r"url\(\s*['\"]?(?!data:)", css) and "@import" not in css


def test_a_quote_in_a_url_stays_inside_its_attribute(hostile):
    tree = lxml_html.document_fromstring(hostile.html)
    [link] = tree.xpath("//a[contains(@href, 'harbour.example.org')]")
    href = 'https://harbour.example.org/flood" onmouseover="alert(\'attr\')" x="'
    assert link.get("href") == href
    assert dict(link.attrib) == {"href": link.get("href"), "rel": "noopener noreferrer"}


def test_template_syntax_is_shown_not_run(hostile):
    html = hostile.html
    assert "{{ 7*7 }}" in html and "{% raw %}{{ config }}{% endraw %}" in html
    included = [text for text in hostile.strings() if "{% include" in text]
    assert not included or "{% include" in html  # shown as text wherever the brief has it
    assert not re.search(r"(the|of) 49 (levy|euros)", html)


def test_control_and_bidi_characters_are_gone(hostile):
    assert not UNSAFE.search(hostile.html)
    assert [s for s in hostile.strings() if UNSAFE.search(s)] == []
    titles = [s.title for s in hostile.brief.sources]
    assert (
        "Harbour council statement <img src=x onerror=alert('md-title')> on flood barrier" in titles
    )
    assert "Harbour   council flood barrier costs" in titles  # VT, FF became spaces


def test_a_1_mb_word_is_cut_and_the_page_stays_small(hostile):
    longest = max(len(word) for s in hostile.strings() for word in s.split())
    assert 100 < longest <= MAX_RUN + 1
    assert LONG_WORD[:MAX_RUN] + "…" in hostile.html
    assert len(hostile.html.encode()) < 150_000  # it was over 2 MB before the cut


def test_pdf_renders_and_fetches_nothing(hostile):
    pdf = hostile.out / "2026-11-24" / "harbour.pdf"
    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "{{ 7*7 }}" in text and "<script>alert(" in text  # shown as text
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
        assert images == []  # neither the http:// nor the file:// image was embedded
    assert sorted(hostile.gathered) == sorted(f"/hostile/{name}" for name in PAGES)


def test_chromium_runs_nothing_and_fetches_nothing(hostile, chromium):
    server = hostile.server
    publish(server, hostile.out)
    before = len(server.hits)
    with chromium.connect() as browser:
        for viewport in (DESKTOP, PHONE):
            context = browser.new_context(viewport=viewport)
            log = open_page(context, server.url(BRIEF), server.base)
            log.page.wait_for_timeout(1500)  # a <meta refresh> of 1 s would have fired
            assert log.page.url == server.url(BRIEF)
            assert overflow_x(log.page) <= 0, f"sideways scroll at {viewport['width']} px"
            assert log.page.evaluate("document.querySelectorAll('script, iframe').length") == 0
            log.assert_clean()  # no dialog, console error, failed or outside request
            context.close()
        context = browser.new_context(viewport=DESKTOP)
        open_page(context, server.url("/index.html"), server.base).assert_clean()
    later = [hit for hit in server.hits[before:] if hit != "/favicon.ico"]
    assert sorted(set(later)) == [BRIEF, "/index.html"]


def test_clean_text_keeps_real_text():
    chinese = "乌克兰" * 600  # 1,800 characters with no space: text, not a blob
    assert clean_text(chinese) == chinese
    assert clean_text("a\u200fb\u200ec\td\ne") == "a\u200fb\u200ec\td\ne"  # marks, tab, newline
    assert clean_text("x\u202ey\u2067z\x00\x1b[31m\x85") == "xyz[31m"
    assert clean_text("a\r\nb\rc") == "a\nb c"
    assert clean_text("x" * 5000 + " end") == "x" * MAX_RUN + "… end"
