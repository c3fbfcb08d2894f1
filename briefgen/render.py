"""Render a Brief: Jinja2 (autoescaped) to HTML, WeasyPrint to PDF with nothing fetched and a
time limit."""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname
from zoneinfo import ZoneInfo

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, TemplateError

from briefgen import glyphs
from briefgen.config import RenderSettings
from briefgen.errors import RenderError, describe
from briefgen.models import Brief, StoryRef
from briefgen.scripts import document_lang, lang_dir, lang_within, text_dir
from briefgen.words import needs_segmenting

log = logging.getLogger(__name__)
BRIEF_TEMPLATE = "brief.html.j2"
STATUS_ORDER = {"new": 0, "updated": 1, "continuing": 2}
# the time zone abbreviations that tzdata gives zones of different offsets (2026): China's and
# America's Central, India's, Ireland's and Israel's, the Philippines' and America's Pacific
AMBIGUOUS_ZONES = frozenset({"CST", "CDT", "IST", "PST"})


@dataclass
class BriefView:
    """One brief as the templates show it: the brief plus what the layout needs precomputed."""

    brief: Brief
    tz: str = ""
    prefix: str = ""  # prepended to every id and anchor (a digest holds several briefs)
    lang: str = "en"
    dir: str = "ltr"
    numbers: dict[str, int] = field(default_factory=dict)
    stories: dict[str, StoryRef] = field(default_factory=dict)
    fresh_stories: list[StoryRef] = field(default_factory=list)
    continuing_stories: list[StoryRef] = field(default_factory=list)
    developments: dict[str, list] = field(default_factory=dict)  # story id -> its developments
    # the risks and reactions, those of new and updated stories first; the continuing
    # stories' ids, whose items are marked as theirs (a day's reader tells what is new)
    risks: list = field(default_factory=list)
    reactions: list = field(default_factory=list)
    continuing: frozenset[str] = frozenset()


@dataclass
class PageSetup:
    """The document around the brief(s): PDF page size and the metadata WeasyPrint reads."""

    size: str = "A4"
    lang: str = "en"
    dir: str = "ltr"
    title: str = ""
    author: str = "briefgen"
    subject: str = ""
    keywords: str = ""
    created: str = ""


def brief_view(
    brief: Brief, tz: ZoneInfo, options: RenderSettings | None = None, prefix: str = ""
) -> BriefView:
    """The view of one brief: citation numbers, stories new/updated first, continuing apart."""
    lang = document_lang(_main_text(brief), (options or RenderSettings()).lang)
    ordered = sorted(brief.stories, key=lambda s: STATUS_ORDER[s.status])
    developments: dict[str, list] = {}
    for dev in brief.developments:
        developments.setdefault(dev.story, []).append(dev)
    continuing = continuing_ids(brief)
    return BriefView(
        brief=brief,
        tz=tz.key,
        prefix=prefix,
        lang=lang,
        dir=lang_dir(lang),
        numbers=brief.source_numbers(),
        stories={s.id: s for s in brief.stories},
        fresh_stories=[s for s in ordered if s.status != "continuing"],
        continuing_stories=[s for s in ordered if s.status == "continuing"],
        developments=developments,
        risks=today_first(brief.risks, continuing),
        reactions=today_first(brief.reactions, continuing),
        continuing=continuing,
    )


def continuing_ids(brief: Brief) -> frozenset[str]:
    """The ids of the brief's continuing stories (nothing new since the last brief)."""
    return frozenset(s.id for s in brief.stories if s.status == "continuing")


def today_first(items: list, continuing: frozenset[str]) -> list:
    """Risks or reactions, those of new and updated stories first (`continuing`: the
    continuing stories' ids), each group in the brief's order."""
    return sorted(items, key=lambda item: item.story in continuing)


def page_setup(brief: Brief, view: BriefView, options: RenderSettings | None) -> PageSetup:
    """Page size and PDF metadata (title, author, subject, keywords, created) of one brief."""
    return PageSetup(
        size=(options or RenderSettings()).page_size,
        lang=view.lang,
        dir=view.dir,
        title=f"{brief.topic} — {_day(brief.date, ZoneInfo(view.tz or 'UTC'))}",
        subject=brief.headline,
        keywords=brief.topic,
        created=brief.generated_at.isoformat(timespec="seconds"),
    )


def packaged_dir(name: str) -> Path:
    """The packaged `templates` or `prompts` folder: inside the wheel, or the source checkout."""
    inside = Path(str(files("briefgen"))) / name
    return inside if inside.is_dir() else Path(__file__).resolve().parent.parent / name


def template_env(tz: ZoneInfo, user_dir: Path | None = None) -> Environment:
    """Jinja environment: the user's templates folder first, then the packaged defaults (CSS
    files are included through the same loader, so they are overridden the same way)."""
    loaders = [FileSystemLoader(user_dir)] if user_dir else []
    env = Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(packaged_dir("templates"))]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["datetime"] = lambda value: _stamp(_local(value, tz))
    env.filters["day"] = lambda value: _day(value, tz)
    env.filters["langof"] = lang_within
    env.filters["dirof"] = text_dir
    env.filters["address"] = source_address
    env.filters["clause_of"] = clause_of
    return env


def source_address(url: str) -> str:
    """A source's address as the brief shows it: a local file by its name alone. Its folder
    names this machine's users and paths, and means nothing to those the brief is sent to."""
    if url.lower().startswith("file:"):
        return unquote(urlsplit(url).path).rstrip("/").rpartition("/")[2] or url
    return url


def clause_of(title: str, detail: str) -> tuple[str, str, str] | None:
    """Where a title is a clause of its own detail (a risk named by what is warned of:
    'Moscow could retaliate …' in '... warned that Moscow could retaliate or ...'), the
    detail cut around it, (before, clause, after), so that the brief shows the clause once,
    marked inside its sentence; None when the title says something the detail does not, or
    is only part of a word there ("Ban" in "Bangladesh"; in Chinese, Japanese and Thai,
    written without spaces, any run of the sentence)."""
    said = title.removesuffix("…").strip()
    bounded = re.escape(said) if needs_segmenting(said) else rf"(?<!\w){re.escape(said)}(?!\w)"
    found = re.search(bounded, detail, re.IGNORECASE) if said else None
    if not found:
        return None
    return detail[: found.start()], found[0], detail[found.end() :]


def render_html(
    brief: Brief,
    tz: ZoneInfo,
    user_dir: Path | None = None,
    *,
    options: RenderSettings | None = None,
) -> str:
    """The brief as one self-contained HTML page."""
    view = brief_view(brief, tz, options)
    return render_template(
        BRIEF_TEMPLATE,
        tz,
        user_dir,
        brief=brief,
        view=view,
        page=page_setup(brief, view, options),
        numbers=view.numbers,
        stories=view.stories,
        tz=tz.key,
    )


def render_template(name: str, zone: ZoneInfo, user_dir: Path | None, /, **context: object) -> str:
    """A template (the user's override first); a template error is a one-line RenderError.
    Anything else an override raises (a division by zero) is a bug in it: the CLI reports it
    as unexpected, with the traceback under --debug."""
    try:
        return template_env(zone, user_dir).get_template(name).render(**context)
    except TemplateError as e:
        where = f" ({e.filename}:{e.lineno})" if getattr(e, "lineno", None) else ""
        raise RenderError(
            f"template error{where}: {e.message}; fix {e.filename or name} or remove "
            "your override to use the packaged one"
        ) from e


class RenderTimeout(Exception):
    """Raised inside WeasyPrint (from its progress log) when the render's time is up."""


_deadline = threading.local()  # per thread: scheduler jobs may render side by side


class _DeadlineCheck(logging.Filter):
    """WeasyPrint logs each step and each page it lays out: a cheap place to stop it."""

    def filter(self, record: logging.LogRecord) -> bool:
        until = getattr(_deadline, "until", None)
        if until is not None and time.monotonic() > until:
            raise RenderTimeout
        return False  # the progress lines themselves are not wanted


def _watch_progress() -> None:
    progress = logging.getLogger("weasyprint.progress")
    if not any(isinstance(f, _DeadlineCheck) for f in progress.filters):
        progress.addFilter(_DeadlineCheck())
    progress.setLevel(logging.INFO)
    progress.propagate = False


def render_pdf(
    html: str, asset_dirs: list[Path] | None = None, *, time_limit_s: float | None = None
) -> bytes:
    """PDF bytes of a page. Resources are loaded only from `asset_dirs` and data: URLs;
    relative URLs resolve against the last of them (the user's templates folder, when the
    caller passes one, so an override's `url(logo.png)` finds the logo beside it).
    A render slower than `time_limit_s` (default: RenderSettings' built-in 120 s; callers
    pass the user's [render] time_limit_s) is stopped with a RenderError and no PDF."""
    # Screen-only CSS (dark mode, phone layout) makes WeasyPrint warn; that is by design.
    # Before its import, which parses its own style sheet and logs that as progress.
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    _watch_progress()
    import weasyprint  # heavy (pango, fonts): imported only when a PDF is wanted

    limit = time_limit_s or RenderSettings().time_limit_s
    asset_dirs = asset_dirs or [packaged_dir("templates")]
    fetcher = local_fetcher(asset_dirs)
    started = time.monotonic()
    _deadline.until = started + limit
    try:
        pdf = weasyprint.HTML(
            string=html, base_url=asset_dirs[-1].as_uri() + "/", url_fetcher=fetcher
        ).write_pdf()
    except RenderTimeout:
        pdf = None
    except Exception as e:  # WeasyPrint raises many kinds; none should crash the run
        raise RenderError(f"PDF rendering failed ({describe(e)}); try --format html,json") from e
    finally:
        _deadline.until = None
    if pdf is None or time.monotonic() - started > limit:
        raise RenderError(
            f"PDF rendering took longer than {limit:g} s; raise [render] time_limit_s "
            "or make the brief shorter (fewer max_stories)"
        )
    glyphs.warn_if_missing(html)
    return pdf


def local_fetcher(allowed: list[Path]):
    """A WeasyPrint URL fetcher that refuses everything but data: URLs and local assets."""
    from weasyprint.urls import URLFetcher

    roots = [p.resolve() for p in allowed]

    class LocalAssetFetcher(URLFetcher):
        def fetch(self, url: str, headers: dict | None = None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            parts = urlsplit(url)
            if (
                parts.scheme == "file"
                and parts.netloc in ("", "localhost")
                and not (parts.query or parts.fragment)  # nothing the check would not see
            ):
                path = Path(url2pathname(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in roots) and path.is_file():
                    return super().fetch(path.as_uri(), headers)  # the path checked, no other
            log.info("PDF renderer: blocked a request for %s", url[:200])
            raise ValueError(f"briefgen does not load external resources ({url[:80]})")

    return LocalAssetFetcher(allowed_protocols={"data", "file"}, allow_redirects=False)


def _main_text(brief: Brief) -> list[str]:
    """The text that decides the page's language: the headline and the bottom line (story
    titles are the articles' own, and may be in other languages)."""
    return [brief.headline, *brief.summary]


def _local(value: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)


def _stamp(value: dt.datetime) -> str:
    """'24 Nov 2026, 10:05 CET'; a zone whose abbreviation names several (CST is China's and
    America's Central time, IST India's, Ireland's and Israel's) or is a number ('+08') by
    its offset: '24 Nov 2026, 17:05 UTC+8'."""
    name = value.strftime("%Z")
    if not name.isalpha() or name in AMBIGUOUS_ZONES:
        offset = value.utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds()) // 60
        sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
        name = f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    return f"{value:%-d %b %Y, %H:%M} {name}"


def _day(value: dt.date | dt.datetime, tz: ZoneInfo) -> str:
    if isinstance(value, dt.datetime):
        value = _local(value, tz).date()
    return f"{value:%A} {value.day} {value:%B %Y}"
