"""The digest (`generate --digest`): a cover, a table of contents whose page numbers are the
pages the briefs start on, every brief with its own anchors, written atomically or not at all."""

import datetime as dt
import os
import re
import time
from zoneinfo import ZoneInfo

import pytest
from clitools import SECTIONS, cli
from conftest import NOW
from rendertools import bookmark_pages, fixed_brief, outline, page_texts, reader

from briefgen.config import RenderSettings, Settings
from briefgen.digest import render_digest_html, write_digest
from briefgen.errors import RenderError
from briefgen.render import render_pdf

BERLIN = ZoneInfo("Europe/Berlin")
TOPICS = ["Black Sea shipping", "Grid attacks", "Grain exports"]


def briefs():
    return [
        fixed_brief(topic=topic, headline=f"{topic}: the day's headline number {n}")
        for n, topic in enumerate(TOPICS, 1)
    ]


@pytest.fixture(scope="module")
def digest_pdf() -> bytes:
    return render_pdf(render_digest_html(briefs(), BERLIN, now=NOW))


def test_cover_then_contents_with_the_right_page_numbers(digest_pdf):
    pages = page_texts(digest_pdf)
    cover, toc = pages[0], pages[1]
    assert "Daily digest" in cover and "Tuesday 24 November 2026" in cover
    assert "3 topics" in cover and all(t in cover for t in TOPICS)
    assert not re.search(r"\d+ / \d+$", cover)  # no page number on the cover
    assert toc.startswith("Contents")
    starts = bookmark_pages(digest_pdf)
    for topic in TOPICS:
        listed = int(re.search(re.escape(topic) + r"[ .]*?(\d+)", toc).group(1))
        assert listed == starts[topic]
        assert pages[listed - 1].startswith("BRIEFGEN · DAILY BRIEF " + topic)
    assert starts[TOPICS[0]] == 3  # after the cover and the contents
    for section in SECTIONS:  # every section of every brief, with its page
        assert len(re.findall(re.escape(section) + r"[ .]*\d+", toc)) == len(TOPICS), section


def test_bookmarks_running_header_and_page_count(digest_pdf):
    tree = outline(digest_pdf)
    assert tree[0] == "Contents"
    assert tree[1::2] == TOPICS and all(kids[:6] == SECTIONS[:6] for kids in tree[2::2])
    pages = page_texts(digest_pdf)
    total = len(pages)
    assert total == len(reader(digest_pdf).pages) >= 2 + len(TOPICS)
    last = pages[-1]
    assert last.endswith(f"{TOPICS[-1]} Tuesday 24 November 2026 {total} / {total}")
    info = reader(digest_pdf).metadata
    assert info.title == "Daily digest — Tuesday 24 November 2026"
    assert info.subject == "3 briefs: " + ", ".join(TOPICS)


def test_each_brief_keeps_its_own_anchors():
    html = render_digest_html(briefs(), BERLIN, now=NOW)
    for n in (1, 2, 3):
        assert f'id="t{n}-src-1"' in html and f'href="#t{n}-src-1"' in html
        assert f'<a href="#t{n}-top">' in html
    assert 'href="#src-1"' not in html
    assert html.count('<article class="digest-brief"') == 3
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))  # no id twice across the briefs
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= set(ids)  # every in-page link lands somewhere


def test_written_atomically_beside_the_briefs_or_not_at_all(tmp_path):
    settings = Settings(output_dir=tmp_path / "out")
    paths = write_digest(briefs(), settings, NOW, ["html", "pdf"])
    day = tmp_path / "out" / "2026-11-24"
    assert paths == [day / "digest.html", day / "digest.pdf"]
    assert (day / "digest.pdf").read_bytes().startswith(b"%PDF")
    slow = Settings(output_dir=tmp_path / "slow", render=RenderSettings(time_limit_s=0.0001))
    with pytest.raises(RenderError, match="took longer than"):
        write_digest(briefs(), slow, NOW, ["html", "pdf"])
    assert not (tmp_path / "slow").exists()  # not even the HTML


def test_a_topic_named_digest_is_refused_before_anything_runs(tmp_path):
    """Its files would be the digest's: the config (or --topic) stops at once."""
    config = tmp_path / "briefgen.toml"
    config.write_text('[[topics]]\nname = "Digest"\nsources = ["x"]\n', encoding="utf-8")
    result = cli("generate", "--config", config)
    assert result.exit_code == 2
    assert "would share its files with the digest" in result.stderr
    adhoc = cli("generate", "--source", tmp_path, "--topic", "digest")
    assert adhoc.exit_code == 2 and "rename it" in adhoc.stderr


def two_topics(tmp_path, articles, settings: str = ""):
    """A config of two topics on the demo articles (and `settings` before them)."""
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n{settings}'
        f'[[topics]]\nname = "Ukraine war"\nsince = "48h"\ninclude = ["Kyiv"]\n'
        f'sources = ["{articles}"]\n'
        f'[[topics]]\nname = "Black Sea"\nsince = "48h"\ninclude = ["Black Sea"]\n'
        f'sources = ["{articles}"]\n'
    )
    return config


def test_generate_digest_end_to_end(articles, tmp_path):
    settings = 'timezone = "Europe/Berlin"\n[render]\npage_size = "Letter"\n'
    config = two_topics(tmp_path, articles, settings)
    result = cli("generate", "--config", config, "--date", "2026-11-24", "--digest")
    assert result.exit_code == 0, result.output
    day = tmp_path / "out" / "2026-11-24"
    assert result.stdout.split()[-2:] == [str(day / "digest.html"), str(day / "digest.pdf")]
    pdf = (day / "digest.pdf").read_bytes()
    assert round(reader(pdf).pages[0].mediabox.width) == 612  # [render] page_size
    assert outline(pdf)[1::2] == ["Ukraine war", "Black Sea"]
    index = (tmp_path / "out" / "index.html").read_text()
    assert 'href="2026-11-24/digest.html"' in index and 'href="2026-11-24/digest.pdf"' in index
    # one topic rebuilt later that day: the digest still holds both, in the config's order
    again = cli("generate", "Black Sea", "--config", config, "--date", "2026-11-24", "--digest")
    assert again.exit_code == 0, again.output
    assert "digest: with the briefs written earlier that day: Ukraine war" in again.stderr
    assert outline((day / "digest.pdf").read_bytes())[1::2] == ["Ukraine war", "Black Sea"]
    # rebuilt without --digest: the day's digest is brought up to date, not left stale
    (day / "digest.html").write_text("stale", encoding="utf-8")
    forced = cli("generate", "Black Sea", "--config", config, "--date", "2026-11-24", "--force")
    assert forced.exit_code == 0, forced.output
    assert "digest: the day's digest was written earlier; bringing it up to date" in forced.stderr
    assert "Black Sea" in (day / "digest.html").read_text(encoding="utf-8")
    # run again with nothing new: the briefs are reused and the digest left as it is
    quiet = cli("generate", "--config", config, "--date", "2026-11-24")
    assert quiet.exit_code == 0, quiet.output
    assert "digest" not in quiet.stderr


def test_a_digest_that_cannot_be_written_is_one_error_line_and_the_briefs_are_kept(
    articles, tmp_path
):
    """Something in the way of the digest's PDF (here a folder; for a user other than root, a
    folder without write permission): one line that says which file and what to do, the
    briefs written, the digest's HTML not left without its PDF, no temporary file left, and
    the run fails."""
    config = two_topics(tmp_path, articles)
    day = tmp_path / "out" / "2026-11-24"
    (day / "digest.pdf").mkdir(parents=True)
    result = cli("generate", "--config", config, "--date", "2026-11-24", "--digest")
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: digest: cannot write {day / 'digest.pdf'} (Is a directory); check permissions "
        "and free space, or choose another output folder"
    ]
    written = sorted(p.name for p in day.iterdir())  # no temporary file left
    assert written == sorted(
        ["digest.pdf"]
        + [f"{t}.{f}" for t in ("black-sea", "ukraine-war") for f in ("html", "json", "pdf")]
    ), written
    assert not (day / "digest.html").exists()  # the digest is written whole or not at all


def test_digest_needs_html_or_pdf(articles, tmp_path):
    result = cli(
        "generate", "--source", articles, "--topic", "U", "--date", "2026-11-24",
        "--output", tmp_path / "out", "--format", "json", "--digest",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "the digest is HTML and PDF; add html or pdf to --format" in result.stderr
    assert not (tmp_path / "out" / "2026-11-24" / "digest.html").exists()


def test_digest_date_is_the_latest_brief_date():
    later = fixed_brief(topic="Later", date=dt.date(2026, 11, 25))
    html = render_digest_html([fixed_brief(), later], BERLIN, now=NOW)
    assert '<p class="digest-date">Wednesday 25 November 2026</p>' in html


def test_a_scheduled_run_brings_the_day_s_digest_up_to_date(articles, tmp_path):
    from briefgen.schedule import scheduled_run

    config = two_topics(tmp_path, articles)
    made = cli("generate", "--config", config, "--date", "2026-11-24", "--digest")
    assert made.exit_code == 0, made.output
    digest = tmp_path / "out" / "2026-11-24" / "digest.html"
    digest.write_text("stale", encoding="utf-8")
    scheduled_run(str(config), "Black Sea", "2026-11-24")  # nothing new: brief and digest kept
    assert digest.read_text(encoding="utf-8") == "stale"
    add_mines_report(articles)
    scheduled_run(str(config), "Black Sea", "2026-11-24")  # a new brief: the digest follows
    html = digest.read_text(encoding="utf-8")
    assert "Ukraine war" in html and "Mines found off Odesa" in html


def add_mines_report(articles) -> None:
    """A new report for the "Black Sea" topic's day."""
    (articles / "2026-11-24-odesa-port-black-sea-mines.md").write_text(
        "---\ntitle: Mines found off Odesa close Black Sea lanes\noutlet: Harbour Post\n"
        "url: https://harbour.example.com/2026/11/24/mines\n"
        "published: 2026-11-24T09:30:00+00:00\n---\n"
        "Ukrainian navy divers found three drifting mines off Odesa on Tuesday, and the "
        "Black Sea grain corridor was closed to ships for six hours while they were cleared.",
        encoding="utf-8",
    )


@pytest.mark.parametrize("first", [False, True], ids=["a digest behind", "the day's first"])
def test_a_run_whose_brief_came_while_another_made_the_digest_makes_it_again(
    articles, tmp_path, first
):
    """Two workers on one day: the other one (here the test) read the day's briefs and is
    rendering the digest, holding the day's digest lock, when this run writes its new brief.
    This run waits for the lock, finds the digest dated before its brief, and makes it
    again; had it made its own at once (or, the day's first digest being made, none), the
    other's, written last, would have left the brief out."""
    import threading

    from briefgen.digest import LOCK_STALE
    from briefgen.schedule import scheduled_run
    from briefgen.store import Store

    config = two_topics(tmp_path, articles)
    args = ["Ukraine war"] if first else ["--digest"]
    made = cli("generate", "--config", config, "--date", "2026-11-24", *args)
    assert made.exit_code == 0, made.output
    day = tmp_path / "out" / "2026-11-24"
    brief, digest = day / "black-sea.json", day / "digest.html"
    written = brief.stat().st_mtime_ns if brief.exists() else 0
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    with store.held("digest:2026-11-24", LOCK_STALE, 10, "the other worker"):
        os.utime(day)  # the other run reads the briefs now
        read_at = day.stat().st_mtime_ns
        add_mines_report(articles)
        run = threading.Thread(target=scheduled_run, args=(str(config), "Black Sea", "2026-11-24"))
        run.start()
        deadline = time.monotonic() + 120
        while not brief.exists() or brief.stat().st_mtime_ns == written:  # its brief ...
            assert time.monotonic() < deadline and run.is_alive(), "no brief written"
            time.sleep(0.05)
        run.join(timeout=5)  # ... and it waits for the lock (without one, it would be done)
        assert run.is_alive()
        digest.write_text("the other run's digest, without the mines", encoding="utf-8")
        os.utime(digest, ns=(read_at, read_at))
    store.close()
    run.join(timeout=120)
    assert "Mines found off Odesa" in digest.read_text(encoding="utf-8")


def test_a_lock_held_longer_than_its_stale_time_is_kept_by_its_heartbeat(tmp_path):
    """The digest's PDF may take longer than the lock's stale time: the holder's heartbeat
    keeps another run from taking it over meanwhile."""
    import threading
    from contextlib import closing

    from briefgen.errors import BriefgenError
    from briefgen.store import Store

    url, STALE = f"sqlite:///{tmp_path}/locks.db", dt.timedelta(seconds=2)
    Store(url).close()  # the database made before two threads open it
    holding, done = threading.Event(), threading.Event()

    def hold() -> None:
        with closing(Store(url)) as store, store.held("digest:x", STALE, 5, "one"):
            holding.set()
            done.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(10)
    time.sleep(4)  # twice the stale time
    with closing(Store(url)) as store:
        taken = store.held("digest:x", STALE, 1, "two")
        with pytest.raises(BriefgenError, match="held the digest:x"), taken:
            pass
    done.set()
    holder.join(10)


def test_a_digest_locked_too_long_by_another_run_is_one_error_line(articles, tmp_path, monkeypatch):
    """Another run holds the day's digest lock past the wait: the briefs are written, the
    digest is not, and one line says why and what to do."""
    from briefgen import digest as digests
    from briefgen.store import Store

    monkeypatch.setattr(digests, "LOCK_WAIT_S", 0.5)
    config = two_topics(tmp_path, articles)
    store = Store(os.environ["BRIEFGEN_DATABASE"])
    with store.held("digest:2026-11-24", digests.LOCK_STALE, 5, "the other worker"):
        made = cli("generate", "--config", config, "--date", "2026-11-24", "--digest")
    store.close()
    day = tmp_path / "out" / "2026-11-24"
    assert made.exit_code == 1
    assert (day / "black-sea.json").exists() and not (day / "digest.html").exists()
    errors = [line for line in made.stderr.splitlines() if line.startswith("error: digest:")]
    assert len(errors) == 1 and "held the digest:2026-11-24 lock" in errors[0]
    assert errors[0].endswith("try again later")
