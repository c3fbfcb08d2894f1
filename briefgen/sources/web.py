"""http(s) sources: fetched with a timeout and a size cap, then read as a feed or a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from briefgen.errors import SourceError
from briefgen.models import Article
from briefgen.sources import Fetched
from briefgen.sources.feeds import looks_like_feed, parse_feed
from briefgen.sources.pages import extract_page
from briefgen.text import canonical_url, content_hash

if TYPE_CHECKING:
    from briefgen.config import FetchSettings


@dataclass
class UrlSource:
    """A feed URL (RSS/Atom) or the URL of a single article page."""

    spec: str

    def fetch(self, client: httpx.Client, limits: FetchSettings) -> Fetched:
        body, content_type, final_url = download(client, self.spec, limits.max_bytes)
        if looks_like_feed(content_type, body):
            return parse_feed(body, self.spec, content_type)
        if "html" not in content_type and not body.lstrip()[:15].lower().startswith(
            (b"<!doctype html", b"<html")
        ):
            raise SourceError(
                f"{self.spec}: neither a feed nor an HTML page "
                f"(content type {content_type or 'unknown'}); check the URL"
            )
        page = extract_page(body.decode(_charset(content_type), errors="replace"), final_url)
        if not page.has_article:
            raise SourceError(
                f"{self.spec}: no article text found on the page (only "
                f"{len(page.text.split())} words outside menus and boilerplate)"
            )
        if page.published is None:
            raise SourceError(
                f"{self.spec}: the page has no publication date, so it cannot be "
                "placed in the time window; use its feed instead"
            )
        url = page.canonical_url or final_url
        return Fetched(
            articles=[
                Article(
                    url=url,
                    canonical_url=canonical_url(url),
                    title=page.title or url,
                    text=page.text,
                    outlet=page.outlet,
                    published=page.published,
                    source=self.spec,
                    content_hash=content_hash(page.title, page.text),
                )
            ]
        )


def download(client: httpx.Client, url: str, max_bytes: int) -> tuple[bytes, str, str]:
    """Body, content type and final URL of a GET; every failure is a one-line SourceError."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise SourceError(
                    f"{url}: HTTP {response.status_code} {response.reason_phrase}; check the URL"
                )
            declared = int(response.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise SourceError(_too_big(url, max_bytes))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise SourceError(_too_big(url, max_bytes))
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "").lower()
            return b"".join(chunks), content_type, str(response.url)
    except httpx.TimeoutException:
        raise SourceError(
            f"{url}: timed out after {client.timeout.read}s; the server is slow "
            "or down (fetch.timeout_s)"
        ) from None
    except httpx.ConnectError as e:
        raise SourceError(
            f"{url}: cannot connect ({_reason(e)}); check the host name and your network"
        ) from None
    except (httpx.HTTPError, httpx.InvalidURL) as e:
        raise SourceError(f"{url}: request failed ({_reason(e)})") from None


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url}: response larger than {max_bytes:,} bytes; skipped (fetch.max_bytes)"


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


def _charset(content_type: str) -> str:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip("\"'")
    return "utf-8"
