"""Where articles come from: one module per kind of source behind the `Source` protocol."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from briefgen.models import Article, Period, SourceErrorRecord

if TYPE_CHECKING:
    from briefgen.config import FetchSettings, SourceConfig
    from briefgen.fetch import Fetcher, Validators


@dataclass
class Fetched:
    """What one source yielded: its articles, the items it had to skip (with why), and for
    web sources what to send next time for a conditional GET."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[SourceErrorRecord] = field(default_factory=list)
    validators: Validators | None = None
    not_modified: bool = False  # a 304: `articles` are the ones stored from the last fetch
    pages_wanted: int = 0  # the linked pages of teaser items it tried to read ...
    unread: dict[str, str] = field(default_factory=dict)  # ... and those it could not: why
    whole: set[str] = field(default_factory=set)  # items whose feed gives their full text

    @property
    def partial(self) -> bool:
        """Some linked pages could not be read: not to be reused on a 304."""
        return bool(self.unread)

    def unread_pages(self, source: str, kept: set[str] | None = None) -> SourceErrorRecord | None:
        """One line for the linked pages not read, of the items `kept` (a topic's; all when
        None): a page of an item the topic leaves out is none of its brief's business."""
        errors = [e for url, e in self.unread.items() if kept is None or url in kept]
        if not errors:
            return None
        return SourceErrorRecord(
            source=source,
            error=f"{len(errors)} of {self.pages_wanted} linked pages not read, their feed "
            f"teasers used instead; first: {errors[0]}",
        )


@dataclass
class Cached:
    """A web source's last good answer: its validators and the articles read from it."""

    validators: Validators
    articles: list[Article]
    skipped: list[SourceErrorRecord] = field(default_factory=list)


@dataclass
class Context:
    """What sources share during one gathering."""

    fetcher: Fetcher
    limits: FetchSettings
    period: Period | None = None  # teaser pages are fetched only for items inside it
    cache: dict[str, Cached] = field(default_factory=dict)  # source URL -> last good answer


class Source(Protocol):
    """A configured place to read articles from.

    `spec` is what the user wrote (a URL, file or folder). `fetch` returns the articles it
    found and the items it skipped; it raises `SourceError` when the source as a whole cannot
    be read (dead host, missing folder, not a feed), which the run records and survives.
    """

    spec: str

    async def fetch(self, ctx: Context) -> Fetched: ...


def open_source(config: SourceConfig) -> Source:
    """The `Source` for a configured source: http(s) URLs are feeds or pages, anything else a
    file or folder."""
    if config.is_url:
        from briefgen.sources.web import UrlSource

        return UrlSource(config)
    from briefgen.sources.files import FileSource

    return FileSource(config.url)
