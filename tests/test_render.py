import datetime as dt
from zoneinfo import ZoneInfo

from conftest import NOW
from pypdf import PdfReader

from briefgen.models import Brief
from briefgen.render import render_html, render_pdf

HOSTILE = "<script>alert(1)</script> <img src=\"file:///etc/passwd\"> {{ 7*7 }} {% include 'x' %}"


def hostile_brief() -> Brief:
    ids = {"sources": ["S1"], "story": "s1"}
    return Brief.model_validate(
        {
            "topic": "Test <b>topic</b>",
            "date": "2026-11-24",
            "generated_at": NOW,
            "period": {"start": NOW - dt.timedelta(days=1), "end": NOW},
            "headline": f"Headline {HOSTILE}",
            "summary": [f"Summary {HOSTILE}"],
            "stories": [{"id": "s1", "title": f"Story {HOSTILE}", "sources": ["S1"]}],
            "developments": [
                {"title": "Dev", "detail": f"Detail {HOSTILE}", "quotes": [HOSTILE], **ids}
            ],
            "risks": [{"risk": "Risk", "detail": HOSTILE, **ids}],
            "reactions": [
                {"actor": "Actor", "stance": "oppose", "detail": HOSTILE, "quote": HOSTILE, **ids}
            ],
            "outlook": [HOSTILE],
            "sources": [
                {"id": "S1", "title": HOSTILE, "url": "javascript:alert(1)", "outlet": "O"}
            ],
        }
    )


def test_html_escapes_everything_from_the_brief():
    html = render_html(hostile_brief(), ZoneInfo("UTC"))
    assert "<script>" not in html and "<img" not in html and "<b>topic" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert 'href="javascript:' not in html


def test_pdf_shows_hostile_text_as_text_and_fetches_nothing(server):
    pixel = server.url("/pixel.png")
    brief = hostile_brief().model_copy(update={"headline": f'<img src="{pixel}"> headline'})
    pdf = render_pdf(render_html(brief, ZoneInfo("UTC")))
    text = "".join(page.extract_text() for page in PdfReader(_io(pdf)).pages)
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text
    assert server.hits == []


def test_pdf_fetcher_blocks_real_references(server, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG")
    html = (
        f'<html><head><link rel="stylesheet" href="{server.url("/style.css")}">'
        f'<style>@import url("{server.url("/import.css")}"); body {{ background: '
        f'url("{server.url("/bg.png")}") }}</style></head><body>'
        f'<img src="{server.url("/pixel.png")}"><img src="{secret.as_uri()}">'
        '<img src="file:///etc/passwd"><p>text</p></body></html>'
    )
    pdf = render_pdf(html)
    assert pdf.startswith(b"%PDF")
    assert server.hits == []


def _io(data: bytes):
    import io

    return io.BytesIO(data)


def test_fetcher_allows_only_data_urls_and_the_asset_folders(server, tmp_path):
    import pytest

    from briefgen.render import local_fetcher

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    fetcher = local_fetcher([assets])
    assert b"svg" in fetcher.fetch((assets / "logo.svg").as_uri()).read()
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"
    for url in (
        outside.as_uri(),
        (assets / ".." / "secret.txt").as_uri(),
        "file:///etc/passwd",
        server.url("/pixel.png"),
        "ftp://127.0.0.1/x",
    ):
        with pytest.raises(ValueError, match="does not load external resources"):
            fetcher.fetch(url)
    assert server.hits == []
