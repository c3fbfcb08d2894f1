"""Render a Brief: Jinja2 (autoescaped) to HTML, WeasyPrint to PDF with nothing fetched."""

from __future__ import annotations

import datetime as dt
import logging
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, TemplateError

from briefgen.errors import RenderError, describe
from briefgen.models import Brief

log = logging.getLogger(__name__)
BRIEF_TEMPLATE = "brief.html.j2"


def packaged_dir(name: str) -> Path:
    """The packaged `templates` or `prompts` folder: inside the wheel, or the source checkout."""
    inside = Path(str(files("briefgen"))) / name
    return inside if inside.is_dir() else Path(__file__).resolve().parent.parent / name


def template_env(tz: ZoneInfo, user_dir: Path | None = None) -> Environment:
    """Jinja environment: the user's templates folder first, then the packaged defaults."""
    loaders = [FileSystemLoader(user_dir)] if user_dir else []
    env = Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(packaged_dir("templates"))]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["datetime"] = lambda value: _local(value, tz).strftime("%-d %b %Y, %H:%M %Z")
    env.filters["day"] = lambda value: _day(value, tz)
    return env


def render_html(brief: Brief, tz: ZoneInfo, user_dir: Path | None = None) -> str:
    """The brief as one self-contained HTML page."""
    return render_template(
        BRIEF_TEMPLATE,
        tz,
        user_dir,
        brief=brief,
        numbers=brief.source_numbers(),
        stories={s.id: s for s in brief.stories},
        tz=tz.key,
    )


def render_template(name: str, zone: ZoneInfo, user_dir: Path | None, /, **context: object) -> str:
    """A template (the user's override first); a template error is a one-line RenderError."""
    try:
        return template_env(zone, user_dir).get_template(name).render(**context)
    except TemplateError as e:
        where = f" ({e.filename}:{e.lineno})" if getattr(e, "lineno", None) else ""
        raise RenderError(
            f"template error{where}: {e.message}; fix {name} or remove "
            "your override to use the packaged one"
        ) from None


def render_pdf(html: str, asset_dirs: list[Path] | None = None) -> bytes:
    """PDF bytes of a page. Resources are loaded only from `asset_dirs` and data: URLs."""
    import weasyprint  # heavy (pango, fonts): imported only when a PDF is wanted

    # Screen-only CSS (dark mode, phone layout) makes WeasyPrint warn; that is by design.
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    fetcher = local_fetcher(asset_dirs or [packaged_dir("templates")])
    try:
        return weasyprint.HTML(
            string=html, base_url=str(packaged_dir("templates")) + "/", url_fetcher=fetcher
        ).write_pdf()
    except Exception as e:  # WeasyPrint raises many kinds; none should crash the run
        raise RenderError(f"PDF rendering failed ({describe(e)}); try --format html,json") from e


def local_fetcher(allowed: list[Path]):
    """A WeasyPrint URL fetcher that refuses everything but data: URLs and local assets."""
    from weasyprint.urls import URLFetcher

    roots = [p.resolve() for p in allowed]

    class LocalAssetFetcher(URLFetcher):
        def fetch(self, url: str, headers: dict | None = None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file:"):
                from urllib.request import url2pathname

                path = Path(url2pathname(url.removeprefix("file:").split("?")[0])).resolve()
                if any(path.is_relative_to(root) for root in roots) and path.is_file():
                    return super().fetch(url, headers)
            log.info("PDF renderer: blocked a request for %s", url[:200])
            raise ValueError(f"briefgen does not load external resources ({url[:80]})")

    return LocalAssetFetcher(allowed_protocols={"data", "file"}, allow_redirects=False)


def _local(value: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)


def _day(value: dt.date | dt.datetime, tz: ZoneInfo) -> str:
    if isinstance(value, dt.datetime):
        value = _local(value, tz).date()
    return f"{value:%A} {value.day} {value:%B %Y}"
