"""Feeds turned into articles: RSS 0.9x/1.0/2.0 and Atom (feedparser), and JSON Feed."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit

from briefgen.errors import SourceError
from briefgen.language import channel_language
from briefgen.models import Article, SourceErrorRecord
from briefgen.sources import Fetched
from briefgen.sources.boilerplate import without_boilerplate
from briefgen.sources.dates import parse_date
from briefgen.sources.decoding import feed_bytes
from briefgen.text import canonical_url, clean_text, content_hash, html_to_text, redact_url

XML_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")
CLOSED = re.compile(rb"</(?:rss|feed|rdf:rdf)>\s*\Z", re.IGNORECASE)  # a whole document's end
CLOSING_TAIL = 4096  # bytes at the end of a feed where its closing tag is looked for
JSON_FEED = b"jsonfeed.org/version/"
# An item's full content (not its summary) that ends as a text ends is the article, however
# short (a wire's two-sentence brief): its page is not read for more. One that breaks off
# ("…", "[...]", "Read more") is a teaser that only looks whole.
FINISHED = re.compile(r"[.!?。！？؟।॥][\"”’'»)\]」』）]*\s*\Z")
TEASER_END = re.compile(
    r"(?:\.\.\.|…|\[\s*(?:…|\.\.\.)\s*\]|read\s+more|continue\s+reading|weiterlesen"
    r"|lire\s+la\s+suite|leer\s+m[aá]s|leia\s+mais|continua\s+a\s+leggere)\W*\Z",
    re.IGNORECASE,
)


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """True for RSS/Atom/JSON Feed responses, by content type or by the document's start."""
    if any(t in content_type for t in ("rss", "atom", "rdf", "feed+json")):
        return True
    head = body[:2048].lstrip().lower()
    return any(marker in head for marker in XML_MARKERS) or (
        head.startswith(b"{") and JSON_FEED in head
    )


def parse_feed(body: bytes, url: str, content_type: str = "", base: str = "") -> Fetched:
    """Articles from a feed document (at `url`, as shown; `base`: where it was read from,
    after redirects, for its relative links); a document that is no feed raises
    SourceError."""
    base = redact_url(base or url)  # a password in its address never reaches a link
    if not body.strip():
        raise SourceError(f"{url}: the feed is empty (no content); check the feed URL")
    if "json" in content_type or body.lstrip()[:1] == b"{":
        return _entries(_json_feed(body, url, base), url)
    import feedparser  # loaded only when a feed is read

    body, content_type = feed_bytes(body, content_type, source=url)
    headers = {"content-type": content_type or "text/xml"}
    if _on_the_web(base):  # relative item links are the feed's own (xml:base first)
        headers["content-location"] = base
    parsed = feedparser.parse(body, response_headers=headers)
    if not _on_the_web(base):  # a saved feed: relative to the site it names
        base = parsed.feed.get("link", "")
    feed = {
        "title": html_to_text(parsed.feed.get("title", "")),
        "updated": parse_date(parsed.feed.get("updated_parsed")),
        "language": parsed.feed.get("language", ""),
    }
    entries = [
        {
            # a guid that is no link ("12345") stays as it is: no page is made up for it
            "link": _absolute(e.get("link", ""), base) or e.get("id") or "",
            "title": html_to_text(e.get("title", "")),
            "html": (e.get("content") or [{}])[0].get("value") or e.get("summary", ""),
            "published": parse_date(e.get("published_parsed") or e.get("updated_parsed")),
            "language": (e.get("content") or [{}])[0].get("language") or "",
            # an aggregator's item names the outlet that wrote it (RSS <source>, Atom source)
            "outlet": html_to_text((e.get("source") or {}).get("title", "")),
            # <content:encoded>, Atom <content>, not empty: the text read is no summary
            "whole": bool((e.get("content") or [{}])[0].get("value")),
        }
        for e in parsed.entries
    ]
    broken = _xml_error(parsed)
    cut = bool(broken) and not CLOSED.search(body[-CLOSING_TAIL:])
    if cut and entries and not entries[-1]["html"]:
        entries.pop()  # the item the document breaks off in: a title without its text
    fetched = _entries((feed, entries), url)
    if not fetched.articles and (broken or not parsed.get("version")):  # broken XML, HTML...
        reason = broken or "no RSS or Atom root element"
        raise SourceError(f"{url}: not a valid RSS/Atom feed ({reason}); check the feed URL")
    if cut:  # (a stray "&nbsp;" inside a whole feed is read past, and says nothing)
        fetched.skipped.append(
            SourceErrorRecord(
                source=url,
                error="the feed is cut short (its closing tag is missing): its first "
                f"{len(fetched.articles)} items were read, any after the cut are missing; "
                "tell the feed's owner",
            )
        )
    return fetched


def _xml_error(parsed) -> str:
    """What breaks the feed's XML (cut short, badly formed), '' when it is well formed; a
    charset declared wrongly or a feed served as text/plain is read all the same."""
    import xml.sax

    error = getattr(parsed, "bozo_exception", None)
    if not parsed.bozo or not isinstance(error, xml.sax.SAXException):
        return ""
    return (str(error).splitlines() or [type(error).__name__])[0][:160]


def _json_feed(body: bytes, url: str, base: str) -> tuple[dict, list[dict]]:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) in the shape RSS entries take."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        raise SourceError(f"{url}: not a valid JSON Feed ({e}); check the feed URL") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise SourceError(f"{url}: JSON without an 'items' list is not a JSON Feed")
    feed = {"title": str(doc.get("title") or ""), "updated": None, "language": doc.get("language")}
    if not _on_the_web(base):
        base = str(doc.get("feed_url") or doc.get("home_page_url") or "")
    entries = []
    for item in doc["items"]:
        if not isinstance(item, dict):
            continue
        item_url = str(item.get("url") or item.get("external_url") or "")
        text = item.get("content_text") or ""
        # the full text, in HTML or plain; the summary only when neither is given
        html = item.get("content_html") or ("" if text else item.get("summary")) or ""
        entries.append(
            {
                "link": _absolute(item_url, base) or str(item.get("id") or ""),
                "title": html_to_text(str(item.get("title") or "")),
                "html": str(html) if html else "",
                "text": str(text),
                "whole": bool(item.get("content_html") or text),  # not the summary
                "published": parse_date(item.get("date_published") or item.get("date_modified")),
                "language": item.get("language") or "",
            }
        )
    return feed, entries


def _on_the_web(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def _absolute(link: str, base: str) -> str:
    """An item's link made absolute against the feed's address (a saved feed file's: the site
    it names, when it names one on the web); as it is when it has no such base."""
    return urljoin(base, link) if link and _on_the_web(base) else link


def _entries(feed_and_entries: tuple[dict, list[dict]], url: str) -> Fetched:
    feed, entries = feed_and_entries
    channel = feed["title"] or _host(url)
    feed_language = str(feed.get("language") or "")
    fetched = Fetched()
    undated = 0
    for entry in entries:
        text = without_boilerplate(
            html_to_text(entry["html"])
            if entry["html"]
            else clean_text(entry.get("text", "")).strip()
        )
        title, link = entry["title"], entry["link"]
        published = entry["published"] or feed["updated"]
        if published is None:
            undated += 1
            continue
        if not link or not (title or text):
            continue
        article = Article(
            url=link,
            canonical_url=canonical_url(link),
            title=title or text[:120],
            text=text or title,
            outlet=entry.get("outlet") or channel,
            published=published,
            dated_by="feed",
            source=url,
            content_hash=content_hash(title, text),
            language=str(entry["language"] or "")[:2].lower(),  # the item's own, if it says
        )
        if not article.language and feed_language:
            language = channel_language(article, feed_language)
            article = article.model_copy(update={"language": language})
        fetched.articles.append(article)
        if entry.get("whole") and FINISHED.search(text) and not TEASER_END.search(text):
            fetched.whole.add(link)
    if not entries:
        fetched.skipped.append(SourceErrorRecord(source=url, error="the feed has no items"))
    if undated:
        fetched.skipped.append(
            SourceErrorRecord(
                source=url,
                error=f"{undated} {'entry' if undated == 1 else 'entries'} without a date "
                "skipped: a brief takes articles by their date, and the feed gives none",
            )
        )
    return fetched


def _host(url: str) -> str:
    return urlsplit(url).hostname or url
