"""The digest: several topics' briefs in one HTML page and one PDF, with a cover and a table
of contents (page numbers in the PDF), written as <output>/<date>/digest.{html,pdf}."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from rich.console import Console

from briefgen.archive import DIGEST, brief_path, briefs_on, write_atomic
from briefgen.config import RenderSettings, Settings
from briefgen.errors import BriefgenError
from briefgen.models import Brief
from briefgen.render import PageSetup, brief_view, packaged_dir, render_pdf, render_template
from briefgen.scripts import document_lang, lang_dir
from briefgen.text import slugify

if TYPE_CHECKING:
    from briefgen.store import Store

DIGEST_TEMPLATE = "digest.html.j2"
DIGEST_FORMATS = ("html", "pdf")
# A run waits this long for another that is making the day's digest (a PDF of many briefs
# takes minutes at worst: each brief's render.time_limit_s), and takes over from one whose
# heartbeat is this old (it died)
LOCK_WAIT_S = 900
LOCK_STALE = dt.timedelta(minutes=2)


def digest_path(output_dir: Path, date: dt.date, fmt: str) -> Path:
    """<output>/<YYYY-MM-DD>/digest.<fmt>"""
    return output_dir / date.isoformat() / f"{DIGEST}.{fmt}"


def stale_digest(settings: Settings, briefs: list[Brief]) -> list[str]:
    """The formats of the digest an earlier run wrote for the day of `briefs` that a brief
    written since (one of its files newer than the digest) has left behind; none when every
    brief was reused as it was."""
    if not briefs:
        return []
    date = max(b.date for b in briefs)
    paths = [
        brief_path(settings.output_dir, date, b.topic, fmt)
        for b in briefs
        if b.date == date
        for fmt in ("json", "html", "pdf")
    ]
    newest = max((path.stat().st_mtime for path in paths if path.exists()), default=0.0)
    return [
        f
        for f in DIGEST_FORMATS
        if (digest := digest_path(settings.output_dir, date, f)).exists()
        and digest.stat().st_mtime < newest
    ]


def refresh_stale_digest(
    settings: Settings,
    store: Store,
    briefs: list[Brief],
    now: dt.datetime,
    out: Console,
    err: Console,
) -> bool | None:
    """After briefs were built without a digest (`generate` without --digest, a scheduled
    run, a worker's task): bring the day's digest up to date in the formats it was written
    in, if a brief written since left it behind (stale_digest). None when there was nothing
    to do, else whether it was made (make_digest). Asked again with the day's digest locked,
    so that a run which waited for another's digest (the day's first, too) asks once that
    one is written."""
    if not briefs:
        return None
    date = max(b.date for b in briefs)
    if not stale_digest(settings, briefs) and not _being_made(store, date):
        return None
    with _day_locked(store, date, err) as locked:
        stale = locked and stale_digest(settings, briefs)
        if not stale:
            return None if locked else False
        err.print(
            "digest: the day's digest was written earlier; bringing it up to date", markup=False
        )
        return _make_digest(settings, briefs, now, stale, out, err)


def render_digest_html(
    briefs: list[Brief],
    tz: ZoneInfo,
    user_dir: Path | None = None,
    *,
    options: RenderSettings | None = None,
    now: dt.datetime,
) -> str:
    """One page holding every brief after a cover and a table of contents. Ids and anchors of
    the n-th brief start with `t<n>-`, so citations stay within their own brief."""
    options = options or RenderSettings()
    views = [brief_view(b, tz, options, prefix=f"t{n}-") for n, b in enumerate(briefs, 1)]
    day = max(b.date for b in briefs)
    lang = document_lang([b.headline for b in briefs], options.lang)
    topics = ", ".join(b.topic for b in briefs)
    page = PageSetup(
        size=options.page_size,
        lang=lang,
        dir=lang_dir(lang),
        title=f"Daily digest — {day:%A} {day.day} {day:%B %Y}",
        subject=f"{len(briefs)} briefs: {topics}",
        keywords=topics,
        created=now.isoformat(timespec="seconds"),
    )
    return render_template(
        DIGEST_TEMPLATE, tz, user_dir, views=views, page=page, date=day, now=now, tz=tz.key
    )


def write_digest(
    briefs: list[Brief], settings: Settings, now: dt.datetime, formats: Sequence[str]
) -> list[Path]:
    """Render the digest of `briefs` (in the order given) and write its HTML and/or PDF
    atomically beside the briefs of the latest date among them."""
    if not briefs:
        return []
    tz = ZoneInfo(settings.timezone)
    html = render_digest_html(briefs, tz, settings.templates_dir, options=settings.render, now=now)
    date = max(b.date for b in briefs)
    files: dict[Path, bytes | str] = {}
    if "html" in formats:
        files[digest_path(settings.output_dir, date, "html")] = html
    if "pdf" in formats:
        assets = [packaged_dir("templates"), *filter(None, [settings.templates_dir])]
        # the limit is per brief; a digest of n briefs gets n times as long
        limit = settings.render.time_limit_s * len(briefs)
        files[digest_path(settings.output_dir, date, "pdf")] = render_pdf(
            html, assets, time_limit_s=limit
        )
    return write_atomic(files) if files else []


def make_digest(
    settings: Settings,
    store: Store,
    briefs: list[Brief],
    now: dt.datetime,
    formats: Sequence[str],
    out: Console,
    err: Console,
) -> bool:
    """`generate --digest`: write the digest of the day's briefs (those built, and those an
    earlier run wrote for the same date), print its paths; False (and one line on `err`) if
    it could not be made."""
    wanted = [f for f in formats if f in DIGEST_FORMATS]
    if not briefs:
        err.print("warning: no brief was built, so no digest was written", markup=False)
        return True
    if not wanted:
        err.print("warning: the digest is HTML and PDF; add html or pdf to --format", markup=False)
        return True
    with _day_locked(store, max(b.date for b in briefs), err) as locked:
        return locked and _make_digest(settings, briefs, now, wanted, out, err)


def _being_made(store: Store, date: dt.date) -> bool:
    """Whether another run holds the day's digest lock (it may have read the briefs before
    this run's was written); yes when the database cannot tell."""
    try:
        return store.lock_holder(_lock_name(date)) is not None
    except BriefgenError:
        return True  # _day_locked says what is wrong


def _make_digest(
    settings: Settings,
    briefs: list[Brief],
    now: dt.datetime,
    wanted: Sequence[str],
    out: Console,
    err: Console,
) -> bool:
    """make_digest with the day's digest locked. The digest's files are dated when the
    briefs were read (the day's folder's time then, on the briefs' own clock, which on a
    shared folder is its server's), not when they were written: a brief another run wrote
    while this one rendered is newer than the digest, which stale_digest then tells that
    run."""
    folder = settings.output_dir / max(b.date for b in briefs).isoformat()
    try:
        read_at = _now_in(folder)
        briefs, earlier = _with_earlier(briefs, settings)
        if earlier:
            topics = ", ".join(b.topic for b in earlier)
            err.print(f"digest: with the briefs written earlier that day: {topics}", markup=False)
        paths = write_digest(briefs, settings, now, wanted)
        for path in paths:
            os.utime(path, ns=(read_at, read_at))
    except OSError as e:
        err.print(
            f"error: digest: cannot write in {folder} ({e.strerror or e}); check permissions "
            "and free space, or choose another output folder",
            markup=False,
        )
        return False
    except BriefgenError as e:
        err.print(f"error: digest: {e}", markup=False)
        return False
    for path in paths:
        out.print(str(path), markup=False)
    return True


@contextmanager
def _day_locked(store: Store, date: dt.date, err: Console) -> Iterator[bool]:
    """The day's digest locked in the database while it is made (two workers, or a scheduled
    run and `generate`, that each wrote a brief of the day make it one after the other, each
    from the briefs on disk); False, and one line on `err`, when another run held the lock
    LOCK_WAIT_S or the database could not be asked."""
    from briefgen.processes import PROCESS

    with ExitStack() as locked:
        try:
            locked.enter_context(store.held(_lock_name(date), LOCK_STALE, LOCK_WAIT_S, PROCESS))
        except BriefgenError as e:
            err.print(f"error: digest: {e}; try again later", markup=False)
            yield False
            return
        yield True


def _lock_name(date: dt.date) -> str:
    return f"{DIGEST}:{date}"


def _now_in(folder: Path) -> int:
    """The time now (ns) by the clock that dates `folder`'s files."""
    folder.mkdir(parents=True, exist_ok=True)
    os.utime(folder)
    return folder.stat().st_mtime_ns


def _with_earlier(built: list[Brief], settings: Settings) -> tuple[list[Brief], list[Brief]]:
    """The briefs built and those written earlier for the same date (a run for other
    topics), in the config's topic order; and the earlier ones. A digest of one
    topic rebuilt must not replace the day's digest of them all."""
    day = max(b.date for b in built)
    made = {slugify(b.topic) for b in built}
    found = briefs_on(settings.output_dir, day)
    earlier = [b for slug, b in found.items() if slug not in made and b.date == day]
    order = {slugify(t.name): n for n, t in enumerate(settings.topics)}
    every = sorted([*built, *earlier], key=lambda b: order.get(slugify(b.topic), len(order)))
    return every, earlier
