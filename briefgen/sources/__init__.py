"""Where articles come from: one module per kind of source behind the `Source` protocol."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from briefgen.models import Article, SourceErrorRecord

if TYPE_CHECKING:
    import httpx

    from briefgen.config import FetchSettings

URL_RE = re.compile(r"^https?://", re.IGNORECASE)


@dataclass
class Fetched:
    """What one source yielded: its articles, and the items it had to skip (with why)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[SourceErrorRecord] = field(default_factory=list)


class Source(Protocol):
    """A configured place to read articles from.

    `spec` is the string the user wrote (a URL, file or folder). `fetch` returns the articles
    it found and the items it skipped; it raises `SourceError` when the source as a whole
    cannot be read (dead host, missing folder, not a feed), which the run records and survives.
    """

    spec: str

    def fetch(self, client: httpx.Client, limits: FetchSettings) -> Fetched: ...


def open_source(spec: str) -> Source:
    """The `Source` for a spec: http(s) URLs are feeds or pages, anything else a file or folder."""
    if URL_RE.match(spec):
        from briefgen.sources.web import UrlSource

        return UrlSource(spec)
    from briefgen.sources.files import FileSource

    return FileSource(spec)
