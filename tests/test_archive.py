"""The archive: index.html and feed.xml over every brief in the output folder."""

import datetime as dt
import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import pytest
from conftest import NOW

from briefgen.archive import brief_path, write_archive, write_atomic
from briefgen.errors import RenderError
from briefgen.models import Brief

LATER = NOW + dt.timedelta(days=1)
HOSTILE = "Evil <script>alert(\"x\")</script> 'q' ]]> a\x01b\x1bc\x7f & <!-- -->"


def make_brief(topic: str, date: str, *, headline: str = "", statuses=("new",), at=NOW) -> Brief:
    """A valid brief with one story per status in `statuses`."""
    stories = [
        {"id": f"s{n}", "title": f"Story {n}", "status": status, "sources": ["S1"]}
        for n, status in enumerate(statuses, start=1)
    ]
    return Brief.model_validate(
        {
            "topic": topic,
            "date": date,
            "generated_at": at,
            "period": {"start": at - dt.timedelta(days=1), "end": at},
            "headline": headline or f"{topic} headline on {date}",
            "summary": [f"First point about {topic}.", "Second point."],
            "stories": stories,
            "sources": [{"id": "S1", "title": "Source", "url": "https://news.example/a"}],
        }
    )


def save(out: Path, brief: Brief, *formats: str) -> None:
    """The brief's JSON, plus small stand-ins for the other formats asked for."""
    path = brief_path(out, brief.date, brief.topic, "json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(brief.model_dump_json(), encoding="utf-8")
    for fmt in formats:
        path.with_suffix(f".{fmt}").write_bytes(b"%PDF-1.7 fake" if fmt == "pdf" else b"<p>x</p>")


@pytest.fixture
def out(tmp_path) -> Path:
    """Three briefs over two dates and two topics, some HTML/PDF files, and junk to skip."""
    out = tmp_path / "output"
    save(out, make_brief("Ukraine war", "2026-11-23"), "html", "pdf")
    # Same day: the index orders by topic (Energy first), the feed by time (Ukraine war first).
    three = make_brief("Ukraine war", "2026-11-24", statuses=("new", "updated", "continuing"))
    save(out, three.model_copy(update={"generated_at": LATER}), "html")
    save(out, make_brief("Energy", "2026-11-24"), "pdf")  # no HTML
    (out / "2026-11-24" / "junk.json").write_text('{"topic": "half a brief"', encoding="utf-8")
    (out / "2026-11-24" / "list.json").write_text("[1, 2]", encoding="utf-8")
    (out / "2026-11-24" / "notes.txt").write_text("not a brief", encoding="utf-8")
    stray = make_brief("Stray", "2026-11-20").model_dump_json()  # valid, but in the wrong place
    for folder in ("drafts", "2026-13-45", "2026-11-2"):
        (out / folder).mkdir()
        (out / folder / "stray.json").write_text(stray, encoding="utf-8")
    (out / "2026-11-22").write_text("a file, not a folder", encoding="utf-8")
    return out


def build(out: Path, **kwargs) -> tuple[str, bytes]:
    kwargs.setdefault("now", LATER)
    paths = write_archive(out, **kwargs)
    assert paths == [out / "index.html", out / "feed.xml"]
    return paths[0].read_text(encoding="utf-8"), paths[1].read_bytes()


def entries_of(html: str) -> list[str]:
    """(date section, topic) of every entry, in page order."""
    found, day = [], None
    for m in re.finditer(r'<h2 id="d-([\d-]+)"|<h3 class="topic">([^<]*)</h3>', html):
        day = m.group(1) or day
        if m.group(2):
            found.append(f"{day} {m.group(2)}")
    return found


def test_index_lists_briefs_newest_first_with_links_only_to_existing_files(out, caplog):
    with caplog.at_level(logging.WARNING, logger="briefgen.archive"):
        html, _ = build(out)
    assert entries_of(html) == [
        "2026-11-24 Energy",
        "2026-11-24 Ukraine war",
        "2026-11-23 Ukraine war",
    ]
    assert "Stray" not in html and "half a brief" not in html
    skipped = " ".join(r.getMessage() for r in caplog.records)
    assert "junk.json" in skipped and "list.json" in skipped

    hrefs = re.findall(r'href="([^"]*)"', html)
    assert sorted(h for h in hrefs if "/" in h) == sorted(
        [
            "2026-11-23/ukraine-war.html",  # headline link
            "2026-11-23/ukraine-war.html",
            "2026-11-23/ukraine-war.pdf",
            "2026-11-23/ukraine-war.json",
            "2026-11-24/ukraine-war.html",
            "2026-11-24/ukraine-war.html",
            "2026-11-24/ukraine-war.json",
            "2026-11-24/energy.pdf",
            "2026-11-24/energy.json",
        ]
    )
    for href in hrefs:
        target = href.split("#")[0]
        assert not target or (out / target).exists(), href
    assert "First point about Energy." in html and "Second point." not in html
    counts = r'count-new">1 new<.*count-updated">1 updated<.*count-continuing">1 continuing<'
    assert re.search(counts, html, re.S)


def test_pages_are_self_contained(out):
    html, _ = build(out, public_url="https://briefs.example.org/daily")
    assert "<script" not in html.lower()
    assert not re.search(r"https?://", html), "the index links relatively, fetches nothing"
    assert not re.search(r"\bsrc=|@import|url\(", html)
    for landmark in ("<header", "<main>", "<nav", "<footer"):
        assert landmark in html
    assert "prefers-color-scheme: dark" in html and 'name="viewport"' in html


def test_hostile_text_is_escaped_in_both_files(tmp_path):
    out = tmp_path / "output"
    save(out, make_brief(HOSTILE, "2026-11-24", headline=f"Headline {HOSTILE}"), "html", "pdf")
    html, feed = build(out)
    assert "<script" not in html and "<!--" not in html.split("</style>")[1]
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "]]&gt;" in html and "&amp; &lt;!-- --&gt;" in html
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", html)

    assert b"<script" not in feed and b"]]>" not in feed
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", feed)
    root = ET.fromstring(feed)  # well-formed XML
    title = root.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title")
    assert title.text == (
        "Evil <script>alert(\"x\")</script> 'q' ]]> abc & <!-- --> — 2026-11-24: "
        "Headline Evil <script>alert(\"x\")</script> 'q' ]]> abc & <!-- -->"
    )
    parsed = feedparser.parse(feed)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 1


def test_feed_is_valid_atom_newest_first_with_stable_ids(out):
    _, first = build(out, now=LATER)
    feed = feedparser.parse(first)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "briefgen briefs" and feed.feed.id
    assert [e.title.split(":")[0] for e in feed.entries] == [
        "Ukraine war — 2026-11-24",
        "Energy — 2026-11-24",
        "Ukraine war — 2026-11-23",
    ]
    assert feed.entries[1].title == "Energy — 2026-11-24: Energy headline on 2026-11-24"
    assert feed.entries[0].updated_parsed[:4] == (2026, 11, 25, 18)
    assert feed.entries[0].summary == "• First point about Ukraine war.\n• Second point."

    links = {e.title.split(":")[0]: e.links for e in feed.entries}
    old = {link.rel: link for link in links["Ukraine war — 2026-11-23"]}
    assert old["alternate"].href == "2026-11-23/ukraine-war.html"
    assert old["enclosure"].type == "application/pdf"
    assert int(old["enclosure"].length) == (out / "2026-11-23" / "ukraine-war.pdf").stat().st_size
    assert [lk.rel for lk in links["Ukraine war — 2026-11-24"]] == ["alternate"]  # no PDF
    energy = {link.rel: link.href for link in links["Energy — 2026-11-24"]}
    assert energy == {"alternate": "2026-11-24/energy.pdf", "enclosure": "2026-11-24/energy.pdf"}

    save(out, make_brief("Climate", "2026-11-25", at=LATER), "html")
    _, second = build(out, now=LATER + dt.timedelta(hours=3))
    again = feedparser.parse(second)
    assert again.feed.id == feed.feed.id
    assert [e.id for e in again.entries[1:]] == [e.id for e in feed.entries]
    assert again.entries[0].title.startswith("Climate — 2026-11-25")
    assert len({e.id for e in again.entries}) == 4


def test_public_url_makes_feed_links_absolute(out):
    _, raw = build(out, public_url="https://briefs.example.org/daily/", title="Team <briefs>")
    feed = feedparser.parse(raw)
    assert not feed.bozo
    assert feed.feed.title == "Team <briefs>"
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link == "https://briefs.example.org/daily/feed.xml"
    hrefs = [link.href for e in feed.entries for link in e.links]
    assert "https://briefs.example.org/daily/2026-11-23/ukraine-war.html" in hrefs
    assert "https://briefs.example.org/daily/2026-11-23/ukraine-war.pdf" in hrefs
    assert all(h.startswith("https://briefs.example.org/daily/20") for h in hrefs)


def test_feed_is_capped_at_fifty_newest(tmp_path):
    out = tmp_path / "output"
    start = dt.date(2026, 1, 1)
    for n in range(55):
        day = start + dt.timedelta(days=n)
        at = dt.datetime.combine(day, dt.time(6), tzinfo=dt.UTC)
        save(out, make_brief("Daily", day.isoformat(), at=at))
    _, raw = build(out)
    feed = feedparser.parse(raw)
    assert len(feed.entries) == 50
    assert feed.entries[0].title.startswith("Daily — 2026-02-24")
    assert feed.entries[-1].title.startswith("Daily — 2026-01-06")


def test_empty_output_writes_an_empty_index_and_a_valid_feed(tmp_path):
    out = tmp_path / "not-yet"
    html, raw = build(out)
    assert "No briefs yet" in html and "<article" not in html
    feed = feedparser.parse(raw)
    assert not feed.bozo and feed.entries == [] and feed.version == "atom10"


def test_rerun_overwrites_atomically_and_leaves_no_temp_files(out, monkeypatch):
    build(out)
    save(out, make_brief("Climate", "2026-11-25"), "html")
    html, _ = build(out)
    assert entries_of(html)[0] == "2026-11-25 Climate"
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []

    before = {p: p.read_bytes() for p in (out / "index.html", out / "feed.xml")}
    save(out, make_brief("Sport", "2026-11-26"), "html")
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefgen.archive.os.fsync", failing_fsync)
    with pytest.raises(RenderError, match="No space left"):
        write_archive(out, now=LATER)
    assert {p: p.read_bytes() for p in before} == before  # the previous versions stay
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_a_write_that_fails_part_way_puts_back_what_it_renamed(tmp_path):
    """Files renamed before the one that failed are put back: the old version where there was
    one, nothing where there was none; no second name or temporary file is left."""
    old, new, blocked = tmp_path / "brief.html", tmp_path / "brief.json", tmp_path / "brief.pdf"
    old.write_text("yesterday's HTML", encoding="utf-8")
    blocked.mkdir()  # a folder in the PDF's place: its rename fails
    with pytest.raises(RenderError, match=r"cannot write .*brief\.pdf \(Is a directory\)"):
        write_atomic({old: "today's HTML", new: "{}", blocked: b"%PDF"})
    assert old.read_text(encoding="utf-8") == "yesterday's HTML"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html", "brief.pdf"]
    assert write_atomic({old: "today's HTML", new: "{}"}) == [old, new]
    assert old.read_text(encoding="utf-8") == "today's HTML"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html", "brief.json", "brief.pdf"]


def test_times_in_the_given_zone_and_templates_can_be_overridden(out, tmp_path):
    html, _ = build(out, tz=ZoneInfo("Europe/Berlin"))
    assert "updated 25 Nov 2026, 19:00 CET" in html and "(times in Europe/Berlin)" in html
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "archive.css").write_text("body { color: rebeccapurple; }", encoding="utf-8")
    html, _ = build(out, templates_dir=mine)
    assert "rebeccapurple" in html and "First point about Energy." in html
    (mine / "archive.html.j2").write_text(
        "{% for e in entries %}[{{ e.brief.topic }}|{{ e.links.html }}]{% endfor %}",
        encoding="utf-8",
    )
    html, _ = build(out, templates_dir=mine)
    assert html == (
        "[Energy|][Ukraine war|2026-11-24/ukraine-war.html]"
        "[Ukraine war|2026-11-23/ukraine-war.html]"
    )
