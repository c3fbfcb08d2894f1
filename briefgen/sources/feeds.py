"""RSS and Atom feeds (feedparser) turned into articles."""

from __future__ import annotations

from briefgen.errors import SourceError
from briefgen.models import Article, SourceErrorRecord
from briefgen.sources import Fetched
from briefgen.sources.dates import parse_date
from briefgen.text import canonical_url, content_hash, html_to_text

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF", b"<rdf:rdf")


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """True for RSS/Atom responses, by content type or by the root element."""
    if any(t in content_type for t in ("rss", "atom", "rdf")):
        return True
    head = body[:2048].lstrip().lower()
    return any(marker.lower() in head for marker in FEED_MARKERS)


def parse_feed(body: bytes, url: str, content_type: str = "") -> Fetched:
    """Articles from a feed document; a document that is no feed raises SourceError."""
    import feedparser  # loaded only when a feed is read

    parsed = feedparser.parse(body, response_headers={"content-type": content_type or "text/xml"})
    outlet = html_to_text(parsed.feed.get("title", "")) or _host(url)
    feed_date = parse_date(parsed.feed.get("updated_parsed"))
    fetched = Fetched()
    undated = 0
    for entry in parsed.entries:
        link = entry.get("link") or entry.get("id") or ""
        title = html_to_text(entry.get("title", ""))
        body_html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary", "")
        text = html_to_text(body_html)
        published = parse_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        if published is None:
            published = feed_date
        if published is None:
            undated += 1
            continue
        if not link or not (title or text):
            continue
        fetched.articles.append(
            Article(
                url=link,
                canonical_url=canonical_url(link),
                title=title or text[:120],
                text=text or title,
                outlet=outlet,
                published=published,
                dated_by="feed",
                source=url,
                content_hash=content_hash(title, text),
            )
        )
    if parsed.bozo and not fetched.articles:  # broken XML that yielded nothing usable
        reason = str(getattr(parsed, "bozo_exception", "unreadable")).splitlines()[0][:160]
        raise SourceError(f"{url}: not a valid RSS/Atom feed ({reason}); check the feed URL")
    if undated:
        fetched.skipped.append(
            SourceErrorRecord(source=url, error=f"{undated} entries without a date were skipped")
        )
    return fetched


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or url
