"""http(s) sources: a feed (RSS, Atom, JSON Feed) or a single article page. Feed items that
carry only a teaser get the text of the page they link to."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefgen.errors import BriefgenError, SourceError
from briefgen.fetch import Response, Validators
from briefgen.models import Article
from briefgen.sources import Context, Fetched
from briefgen.sources.decoding import decode_markup, document_type
from briefgen.sources.feeds import looks_like_feed, parse_feed
from briefgen.sources.pages import extract_page
from briefgen.text import canonical_url, content_hash, redact_url
from briefgen.words import word_count

HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?|[\d.]+(?::\d+)?", re.IGNORECASE)
MAX_OUTLET = 80

if TYPE_CHECKING:
    from briefgen.config import SourceConfig


@dataclass
class UrlSource:
    """A feed URL or the URL of one article page, as the user configured it (trusted)."""

    config: SourceConfig
    # its document's bytes once they are in, and how long they took (then it is being read)
    received: int = 0
    receiving_s: float = 0.0

    @property
    def spec(self) -> str:
        return self.config.url

    async def fetch(self, ctx: Context) -> Fetched:
        started = time.monotonic()
        cached = ctx.cache.get(self.spec)
        response = await ctx.fetcher.get(
            self.spec, validators=cached.validators if cached else None
        )
        if response.status == 304 and cached:
            return Fetched(
                articles=cached.articles,
                skipped=cached.skipped,
                validators=_merged(cached.validators, response.validators),
                not_modified=True,
            )
        shown = redact_url(self.spec)
        self.received, self.receiving_s = len(response.body), time.monotonic() - started
        if looks_like_feed(response.content_type, response.body):
            fetched = await asyncio.to_thread(
                parse_feed, response.body, shown, response.content_type, response.url
            )
            # linked pages get what is left of the source's deadline, less a margin, so a
            # slow page costs its text, never the feed
            budget = ctx.limits.deadline_s * 0.9 - (time.monotonic() - started)
            await _fill_teasers(fetched, self.config, ctx, budget)
        else:
            fetched = Fetched(articles=[await asyncio.to_thread(read_page, response, shown)])
        fetched.validators = response.validators
        return fetched


def read_page(response: Response, shown: str, *, source: str | None = None) -> Article:
    """The article on an HTML page; SourceError if the page is not one."""
    content_type = response.content_type
    kind = content_type or "unknown"
    if (sniffed := document_type(response.body)) and sniffed not in content_type:
        kind = f"{sniffed}, served as {kind.split(';')[0]}"  # a PDF served as text/html
    if sniffed or (
        "html" not in content_type
        and not response.body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
    ):
        raise SourceError(
            f"{shown}: neither a feed nor an HTML page (content type {kind}); check the URL"
        )
    page = extract_page(_decoded(response.body, content_type, shown), response.url)
    if not page.has_article:
        raise SourceError(f"{shown}: {page.why_no_article()}")
    if page.published is None:
        raise SourceError(
            f"{shown}: the page has no publication date, so it cannot be "
            "placed in the time window; use its feed instead"
        )
    url = redact_url(page.canonical_url or response.url)  # no password in the brief
    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title=page.title or url,
        text=page.text,
        outlet=page.outlet,
        published=page.published,
        dated_by="day" if page.day_only else "metadata",
        source=source or shown,
        content_hash=content_hash(page.title, page.text),
        language=page.language,
    )


async def _fill_teasers(
    fetched: Fetched, config: SourceConfig, ctx: Context, budget_s: float
) -> None:
    """Replace the text of teaser items (inside the brief's window) by their page's text;
    pages not read within `budget_s` leave their teaser. An item is a teaser when it is
    shorter than `teaser_words` and its feed gives no full text that ends as a text ends
    (feeds.FINISHED), or always with full_text = "always"."""
    if config.full_text == "never":
        return
    wanted = [
        i
        for i, a in enumerate(fetched.articles)
        if (
            config.full_text == "always"
            or (
                a.url not in fetched.whole
                and word_count(a.text, a.language) < ctx.limits.teaser_words
            )
        )
        and (ctx.period is None or a.within(ctx.period))
    ][: ctx.limits.max_pages]
    always = config.full_text == "always"
    tasks = [asyncio.create_task(_full_text(fetched.articles[i], ctx, always)) for i in wanted]
    if tasks:
        await asyncio.wait(tasks, timeout=max(budget_s, 0.1))
    late = "not read within the source's deadline (fetch.deadline_s)"
    pending = [t for t in tasks if not t.done()]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    results = [
        task.result() if task.done() and not task.cancelled() else (teaser, late)
        for task, teaser in zip(tasks, (fetched.articles[i] for i in wanted), strict=True)
    ]
    fetched.pages_wanted = len(wanted)
    for i, (article, error) in zip(wanted, results, strict=True):
        fetched.articles[i] = article
        if error:  # reported by the topics that keep the item (Fetched.unread_pages)
            fetched.unread[article.url] = error


async def _full_text(teaser: Article, ctx: Context, always: bool) -> tuple[Article, str | None]:
    """The item with its linked page's text (when the page has more, or `always` when it has
    an article), or the item and why the page was not read. The link comes from the feed's
    content, so it goes through the private-network guard."""
    shown = redact_url(teaser.url)
    try:
        response = await ctx.fetcher.get(teaser.url, trusted=False)
        markup = _decoded(response.body, response.content_type, shown)
        page = await asyncio.to_thread(extract_page, markup, response.url)
    except BriefgenError as e:
        return teaser, str(e)
    except Exception as e:  # a page the extractor chokes on costs its text, not the feed
        return teaser, f"{shown}: page not readable ({type(e).__name__})"
    if not page.has_article or (not always and len(page.text) <= len(teaser.text)):
        return teaser, None
    update = {
        "text": page.text,
        "content_hash": content_hash(teaser.title, page.text),
        "language": teaser.language or page.language,
        # the page names who wrote it: an aggregator's feed is not its outlet
        "outlet": _named_outlet(page.outlet) or teaser.outlet,
    }
    return teaser.model_copy(update=update), None


def _named_outlet(outlet: str) -> str:
    """The outlet a page names (og:site_name), '' when it names none: the extractor gives a
    host instead (its own or its canonical link's: "127.0.0.1:8765", "kyivindependent.com"),
    or something no outlet's name is (longer than MAX_OUTLET)."""
    return "" if HOST.fullmatch(outlet) or len(outlet) > MAX_OUTLET else outlet


def _merged(old: Validators, new: Validators) -> Validators:
    """A 304 may carry fresh validators: each one the server sent replaces the stored one."""
    return replace(
        old,
        etag=new.etag or old.etag,
        last_modified=new.last_modified or old.last_modified,
    )


def _decoded(body: bytes, content_type: str, shown: str) -> str:
    """The page's text in the charset the server declared, else in the page's own, and read
    as what its bytes are when they are not what is declared (`decode_markup`)."""
    charset = ""
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset":
            charset = value
    return decode_markup(body, charset, source=shown)
