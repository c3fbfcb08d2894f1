"""Where briefs are written: dated paths under the output folder, each brief's formats
rendered and written atomically together, and the archive over them: an index page and an
Atom feed of every brief in the folder."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import tempfile
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from briefgen.config import DIGEST_SLUG
from briefgen.errors import ConfigError, RenderError
from briefgen.models import Brief
from briefgen.render import packaged_dir, render_html, render_pdf, render_template
from briefgen.text import slugify

if TYPE_CHECKING:
    from briefgen.config import Settings

log = logging.getLogger(__name__)
FORMATS = ("html", "pdf", "json")
ARCHIVE_TEMPLATE = "archive.html.j2"
DIGEST = DIGEST_SLUG  # the digest's files; no topic may have this name (config.Topic)
FEED_ENTRIES = 50
UTC = ZoneInfo("UTC")
MIME = {"html": "text/html", "pdf": "application/pdf", "json": "application/json"}
ATOM = "http://www.w3.org/2005/Atom"
DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF), and
# the C1 controls: dropped from brief text before it reaches the index or the feed.
NOT_XML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def brief_path(output_dir: Path, date: dt.date, topic: str, fmt: str) -> Path:
    """<output>/<YYYY-MM-DD>/<topic-slug>.<fmt>"""
    return output_dir / date.isoformat() / f"{slugify(topic)}.{fmt}"


def write_atomic(files: dict[Path, bytes | str]) -> list[Path]:
    """Write every file to a temporary name beside it, then rename them all: readers never
    see half a file, and a failure leaves the previous versions of all of them in place (a
    brief's HTML is not left newer than its PDF)."""
    staged: list[tuple[str, Path]] = []
    replaced: list[tuple[Path, str | None]] = []  # renamed so far, and the old version kept
    current = next(iter(files), "")
    try:
        for path, data in files.items():
            current = path
            staged.append((_stage(path, data), path))
        for tmp, path in staged:
            current = path
            kept = _keep(path)
            os.replace(tmp, path)
            replaced.append((path, kept))
            os.utime(path)  # dated when it appears (digest.stale_digest), not when staged
    except OSError as e:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        _put_back(replaced)
        raise RenderError(
            f"cannot write {current} ({e.strerror or e}); check permissions and free space, "
            "or choose another output folder"
        ) from None
    for _, kept in replaced:
        if kept:
            Path(kept).unlink(missing_ok=True)
    return list(files)


def _keep(path: Path) -> str | None:
    """A second name (a hard link) for the file at `path`, if there is one, so that it can be
    put back; None when there is none, or the file system makes no links."""
    if not path.is_file():
        return None
    kept = f"{path.parent}/.{path.name}.{os.getpid()}.{id(path)}.old"
    try:
        os.link(path, kept)
    except OSError:
        return None
    return kept


def _put_back(replaced: list[tuple[Path, str | None]]) -> None:
    """Undo the renames of a write that failed part way: old versions back, new files gone."""
    for path, kept in reversed(replaced):
        try:
            if kept:
                os.replace(kept, path)
            else:
                path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not put back the earlier %s", path)


def _stage(path: Path, data: bytes | str) -> str:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual file mode
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclass
class ArchiveEntry:
    """One brief found under the output folder, with the relative links of its files."""

    brief: Brief
    date: dt.date
    slug: str
    links: dict[str, str] = field(default_factory=dict)  # format -> path relative to the folder
    sizes: dict[str, int] = field(default_factory=dict)  # format -> bytes

    @property
    def counts(self) -> dict[str, int]:
        """Stories per status, in the order new, updated, continuing (zeros included)."""
        found = Counter(s.status for s in self.brief.stories)
        return {status: found[status] for status in ("new", "updated", "continuing")}

    @property
    def entry_id(self) -> str:
        """A URN from the file's date and topic slug: the same brief keeps it across rebuilds."""
        return _urn(f"briefgen:{self.date}/{self.slug}")


def find_briefs(output_dir: Path) -> list[ArchiveEntry]:
    """Every brief in `output_dir/<YYYY-MM-DD>/*.json`, newest date first, then by topic.
    Other folders and files are ignored; a JSON that is not a valid `Brief` is skipped with a
    warning."""
    entries: list[ArchiveEntry] = []
    folders = sorted(output_dir.iterdir()) if output_dir.is_dir() else []
    for folder in folders:
        if (date := _folder_date(folder)) is not None:
            entries.extend(_entries_in(folder, date))
    entries.sort(key=lambda e: (e.brief.topic.casefold(), e.slug))
    entries.sort(key=lambda e: e.date, reverse=True)
    return entries


def briefs_on(output_dir: Path, date: dt.date) -> dict[str, Brief]:
    """The briefs written for `date` (`output_dir/<date>/*.json`): topic slug -> brief."""
    folder = Path(output_dir) / date.isoformat()
    return {e.slug: e.brief for e in _entries_in(folder, date)} if folder.is_dir() else {}


def _entries_in(folder: Path, date: dt.date) -> list[ArchiveEntry]:
    entries = []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith(".") or not path.is_file() or (brief := _load(path)) is None:
            continue
        entry = ArchiveEntry(brief=brief, date=date, slug=path.stem)
        for fmt in FORMATS:
            file = path.with_suffix(f".{fmt}")
            if file.is_file():
                entry.links[fmt] = quote(f"{folder.name}/{file.name}")
                entry.sizes[fmt] = file.stat().st_size
        entries.append(entry)
    return entries


def find_digests(output_dir: Path) -> dict[dt.date, dict[str, str]]:
    """Each date's digest files (`generate --digest`): date -> format -> relative link."""
    found: dict[dt.date, dict[str, str]] = {}
    for folder in sorted(output_dir.iterdir()) if output_dir.is_dir() else []:
        if (date := _folder_date(folder)) is None:
            continue
        for fmt in ("html", "pdf"):
            if (folder / f"{DIGEST}.{fmt}").is_file():
                found.setdefault(date, {})[fmt] = quote(f"{folder.name}/{DIGEST}.{fmt}")
    return found


def write_archive(
    output_dir: Path,
    *,
    title: str = "briefgen briefs",
    public_url: str = "",
    now: dt.datetime,
    templates_dir: Path | None = None,
    tz: ZoneInfo = UTC,
) -> list[Path]:
    """Write `output_dir/index.html` and `output_dir/feed.xml` over every brief in the folder,
    both in one atomic step, and return their paths. `now` is the time the archive is built
    (the feed's `updated`); `public_url`, when set, makes the feed's links absolute; `tz` is
    the timezone of the times shown on the index page."""
    output_dir = Path(output_dir)
    now = now if now.tzinfo else now.replace(tzinfo=dt.UTC)
    entries = find_briefs(output_dir)
    html = render_index(
        entries, title=title, now=now, tz=tz, templates_dir=templates_dir,
        digests=find_digests(output_dir),
    )  # fmt: skip
    feed = render_feed(entries, title=title, public_url=public_url, now=now)
    return write_atomic({output_dir / "index.html": html, output_dir / "feed.xml": feed})


def render_index(
    entries: list[ArchiveEntry],
    *,
    title: str,
    now: dt.datetime,
    tz: ZoneInfo,
    templates_dir: Path | None = None,
    digests: dict[dt.date, dict[str, str]] | None = None,
) -> str:
    """The index page: `archive.html.j2` (the user's override first) with the entries grouped
    by date, newest first, and each date's digest links."""
    days = [(date, list(group)) for date, group in groupby(entries, key=lambda e: e.date)]
    return render_template(
        ARCHIVE_TEMPLATE, tz, templates_dir,
        title=_clean(title), days=days, entries=entries, now=now, tz=tz.key,
        digests=digests or {},
    )  # fmt: skip


def render_feed(
    entries: list[ArchiveEntry], *, title: str, public_url: str, now: dt.datetime
) -> bytes:
    """An Atom 1.0 feed of the newest `FEED_ENTRIES` briefs, built with ElementTree so every
    value is escaped."""
    base = public_url.strip().rstrip("/")

    def href(rel: str) -> str:
        return f"{base}/{rel}" if base else rel

    feed = ET.Element("feed", xmlns=ATOM)
    feed_key = f"{base}/feed.xml" if base else f"briefgen:{title}"
    _sub(feed, "id", _urn(feed_key))
    _sub(feed, "title", title)
    _sub(feed, "updated", _rfc3339(now))
    ET.SubElement(feed, "link", rel="self", type="application/atom+xml", href=href("feed.xml"))
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=href("index.html"))
    _sub(ET.SubElement(feed, "author"), "name", "briefgen")
    _sub(feed, "generator", "briefgen")
    newest = sorted(entries, key=lambda e: (e.date, e.brief.generated_at), reverse=True)
    for entry in newest[:FEED_ENTRIES]:
        brief = entry.brief
        item = ET.SubElement(feed, "entry")
        _sub(item, "id", entry.entry_id)
        _sub(item, "title", f"{brief.topic} — {entry.date.isoformat()}: {brief.headline}")
        _sub(item, "updated", _rfc3339(brief.generated_at))
        # Atom wants an alternate link on an entry without content: the HTML, else the PDF or JSON.
        fmt = next(f for f in FORMATS if f in entry.links)
        ET.SubElement(item, "link", rel="alternate", type=MIME[fmt], href=href(entry.links[fmt]))
        if "pdf" in entry.links:
            pdf = {"type": MIME["pdf"], "length": str(entry.sizes["pdf"])}
            ET.SubElement(item, "link", rel="enclosure", href=href(entry.links["pdf"]), **pdf)
        _sub(item, "summary", "\n".join(f"• {line}" for line in brief.summary), type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _sub(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = _clean(text)
    return element


def _folder_date(folder: Path) -> dt.date | None:
    try:
        is_day = DATE_DIR.match(folder.name) and folder.is_dir()
        return dt.date.fromisoformat(folder.name) if is_day else None
    except ValueError:  # 2026-13-45
        return None


def _load(path: Path) -> Brief | None:
    """The brief in `path` with unprintable characters removed, or None (and a warning)."""
    try:
        return Brief.model_validate(_clean(json.loads(path.read_text(encoding="utf-8"))))
    except (OSError, ValueError, RecursionError) as e:  # ValidationError is a ValueError
        reason = f"{e.error_count()} validation error(s)" if isinstance(e, ValidationError) else e
        log.warning("archive: skipped %s, not a valid brief (%s)", path, reason)
        return None


def _clean(value):
    """`value` (JSON data) with every string stripped of characters XML and HTML can't show."""
    if isinstance(value, str):
        return NOT_XML.sub("", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _urn(key: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, key)}"


def _rfc3339(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def check_slug(output_dir: Path, date: dt.date, topic: str, force: bool = False) -> None:
    """Refuse a topic whose files would overwrite another topic's brief of the same date
    (two names can make one file name: 'Ukraine war' and 'Ukraine 🇺🇦 war'), unless `force`
    says to replace it. A name written in other capitals or spaces is the same topic renamed
    ('World desk' and 'World Desk')."""
    path = brief_path(output_dir, date, topic, "json")
    try:
        other = Brief.model_validate_json(path.read_text(encoding="utf-8")).topic
    except (OSError, ValueError):
        return  # no brief there (or not one we can read): nothing of another topic to lose
    if not force and " ".join(other.casefold().split()) != " ".join(topic.casefold().split()):
        raise ConfigError(
            f"topic {topic!r} would overwrite {path.with_suffix('.*')} of topic {other!r}: "
            "their names make the same file name; name the topic differently "
            "(letters or digits), or pass --force to replace that brief"
        )


def write_brief(
    brief: Brief, settings: Settings, tz: ZoneInfo, formats: Sequence[str], language: str = ""
) -> list[Path]:
    """Render every requested format in memory, then write them all atomically together;
    `language`: what the brief is written in, for the page unless `render.lang` says. The
    JSON is always written (the archive and the next run read it), and so is every format an
    earlier build of this brief left in the folder: a brief built anew with `--format html`
    does not leave last build's PDF beside it, nor delete it."""
    earlier = {
        fmt
        for fmt in FORMATS
        if brief_path(settings.output_dir, brief.date, brief.topic, fmt).exists()
    }
    refreshed = earlier - set(formats)
    if refreshed:
        log.info(
            "%s: also writing %s again, of an earlier build",
            brief.topic,
            ", ".join(sorted(refreshed)),
        )
    formats = {*formats, "json", *earlier}
    rendered: dict[str, bytes | str] = {}
    if "json" in formats:
        rendered["json"] = brief.model_dump_json(indent=2) + "\n"
    if "html" in formats or "pdf" in formats:
        options = settings.render
        if language and not options.lang:
            options = options.model_copy(update={"lang": language})
        html = render_html(brief, tz, settings.templates_dir, options=options)
        if "html" in formats:
            rendered["html"] = html
        if "pdf" in formats:
            assets = [packaged_dir("templates"), *filter(None, [settings.templates_dir])]
            rendered["pdf"] = render_pdf(html, assets, time_limit_s=settings.render.time_limit_s)
    ordered = sorted(rendered.items(), key=lambda kv: FORMATS.index(kv[0]))
    return write_atomic(
        {
            brief_path(settings.output_dir, brief.date, brief.topic, fmt): data
            for fmt, data in ordered
        }
    )
