"""http(s) sources: fetched with a timeout and a size cap, then read as a feed or a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from briefgen.errors import SourceError, first_line
from briefgen.models import Article
from briefgen.sources import Fetched
from briefgen.sources.feeds import looks_like_feed, parse_feed
from briefgen.sources.pages import extract_page
from briefgen.text import canonical_url, content_hash, redact_url

if TYPE_CHECKING:
    from briefgen.config import FetchSettings


@dataclass
class UrlSource:
    """A feed URL (RSS/Atom) or the URL of a single article page."""

    spec: str

    def fetch(self, client: httpx.Client, limits: FetchSettings) -> Fetched:
        shown = redact_url(self.spec)
        body, content_type, final_url = download(client, self.spec, limits.max_bytes)
        if looks_like_feed(content_type, body):
            return parse_feed(body, shown, content_type)
        if "html" not in content_type and not body.lstrip()[:15].lower().startswith(
            (b"<!doctype html", b"<html")
        ):
            raise SourceError(
                f"{shown}: neither a feed nor an HTML page "
                f"(content type {content_type or 'unknown'}); check the URL"
            )
        page = extract_page(_decoded(body, content_type), final_url)
        if not page.has_article:
            raise SourceError(
                f"{shown}: no article text found on the page (only "
                f"{len(page.text.split())} words outside menus and boilerplate)"
            )
        if page.published is None:
            raise SourceError(
                f"{shown}: the page has no publication date, so it cannot be "
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
                    source=shown,
                    content_hash=content_hash(page.title, page.text),
                )
            ]
        )


def download(client: httpx.Client, url: str, max_bytes: int) -> tuple[bytes, str, str]:
    """Body, content type and final URL of a GET; every failure is a one-line SourceError.

    Messages show the URL without credentials or secret query values (`redact_url`).
    """
    shown = redact_url(url)
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise SourceError(
                    f"{shown}: HTTP {response.status_code} {response.reason_phrase}; check the URL"
                )
            declared = int(response.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise SourceError(_too_big(shown, max_bytes))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise SourceError(_too_big(shown, max_bytes))
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "").lower()
            return b"".join(chunks), content_type, str(response.url)
    except httpx.TimeoutException:
        raise SourceError(
            f"{shown}: timed out after {client.timeout.read}s; the server is slow "
            "or down (fetch.timeout_s)"
        ) from None
    except httpx.ConnectError as e:
        raise SourceError(
            f"{shown}: cannot connect ({first_line(e)}); check the host name and your network"
        ) from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as e:
        raise SourceError(f"{shown}: request failed ({first_line(e)})") from None


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url}: response larger than {max_bytes:,} bytes; skipped (fetch.max_bytes)"


def _decoded(body: bytes, content_type: str) -> str | bytes:
    """Text in the charset the server declared; without a usable one, the bytes themselves,
    so the HTML parser can honour the page's own <meta charset>."""
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            try:
                return body.decode(value.strip("\"'"), errors="replace")
            except LookupError:  # an encoding Python doesn't know
                return body
    return body
