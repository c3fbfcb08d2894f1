"""Main text and metadata of an HTML article page (trafilatura), from a file or the web."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass

from briefgen.sources.boilerplate import is_boilerplate, linked_data, strip_blocks, teasers
from briefgen.sources.dates import day_only, parse_date
from briefgen.text import clean_text, html_to_text
from briefgen.words import word_count

log = logging.getLogger(__name__)


MIN_ARTICLE_WORDS = 30  # less is a menu, a paywall stub or an error page, not an article


@dataclass
class Page:
    title: str
    text: str
    published: dt.datetime | None
    outlet: str
    canonical_url: str
    language: str = ""  # from <html lang>, when the page declares it
    day_only: bool = False  # `published` is the noon UTC of a day given without its time
    teasers: int = 0  # the articles it lists, when it is a section or index page

    @property
    def words(self) -> int:
        """How many words the main text has, in any script."""
        return word_count(self.text, self.language)

    @property
    def has_article(self) -> bool:
        return self.words >= MIN_ARTICLE_WORDS and not self.teasers

    def why_no_article(self) -> str:
        """What the page is instead of an article (has_article false), said to its user."""
        if self.teasers:
            return (
                f"a section or index page listing {self.teasers} articles, not an article; "
                "give the articles' URLs or the site's feed"
            )
        return (
            f"no article text found on the page (only {self.words} words outside menus and "
            "boilerplate)"
        )


DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)


def published_time(tree) -> tuple[dt.datetime | None, bool]:
    """The publication time from a page's metadata (its lxml tree), and whether it gives only
    the day: its meta tags, then JSON-LD's datePublished (many sites date their articles
    only there); the first of these, or a later one with the time of that same day; and
    only when they give none, its first <time> (a page's other <time>s date related stories
    and comments)."""
    written = [
        meta.get("content")
        for meta in tree.iter("meta")
        if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        in DATE_META
    ]
    written += [_date_published(script.text or "") for script in linked_data(tree)]
    dated = [(found, day_only(value)) for value in written if (found := parse_date(value))]
    if not dated:
        dated = [
            (found, day_only(value))
            for node in tree.iter("time")
            if (found := parse_date(value := node.get("datetime")))
        ][:1]
    if not dated:
        return None, False
    first, day = dated[0]
    if day:  # a time of that day given by another tag
        timed = (f for f, d in dated[1:] if not d and f.date() == first.date())
        return (t, False) if (t := next(timed, None)) else (first, True)
    return first, False


def _date_published(ld_json: str) -> str | None:
    """The datePublished of a JSON-LD block nearest its top: of its object, or of an object in
    its list, its "@graph" (a NewsArticle beside WebPage and Organization) or below; or None."""
    try:
        data = json.loads(ld_json)
    except ValueError:
        return None
    found = [data]
    while found:
        node = found.pop(0)
        if isinstance(node, list):
            found.extend(node)
        elif isinstance(node, dict):
            if isinstance(value := node.get("datePublished"), str):
                return value
            found.extend(v for v in node.values() if isinstance(v, list | dict))
    return None


def _date_only(value: str | None) -> dt.datetime | None:
    """trafilatura's date: often a bare day, which parse_date places at noon."""
    return parse_date((value or "")[:10])


def extract_page(markup: str | bytes, url: str = "") -> Page:
    """Title, main text (boilerplate dropped: trafilatura's, and the widgets and publisher's
    lines inside the article, boilerplate.py), date, site name and canonical URL of a page."""
    import trafilatura  # heavy (lxml, dateparser): loaded only when a page is read

    try:
        tree = trafilatura.load_html(markup)  # parsed once: read, cleaned, then extracted
        published, day = (None, False) if tree is None else published_time(tree)
        listed = 0 if tree is None else teasers(tree)
        if tree is not None and (dropped := strip_blocks(tree)):
            log.debug("%s: %d widgets or links to other stories left out", url or "page", dropped)
        doc = trafilatura.bare_extraction(
            markup if tree is None else tree,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as e:  # trafilatura raises assorted lxml/parser errors on junk input
        log.debug("trafilatura failed on %s: %s", url, e)
        doc = None
    if doc is None:
        if isinstance(markup, bytes):
            markup = markup.decode("utf-8", errors="replace")
        text = html_to_text(markup)
        return Page(
            title=text.split("\n", 1)[0][:200],
            text=text,
            published=None,
            outlet="",
            canonical_url=url,
        )
    meta = doc.as_dict()
    title = clean_text(meta.get("title") or "").strip()
    lines = [
        line.strip()
        for line in clean_text(meta.get("text") or "").split("\n")
        if line.strip() and not is_boilerplate(line)
    ]
    first = lines[0] if lines else ""
    if title and first == title:
        lines = lines[1:]
        if lines and SHOWN_DATE.fullmatch(lines[0]):  # the date shown under the headline
            lines = lines[1:]
    elif (
        title
        and first[len(title) : len(title) + 1].isspace()
        and first.startswith(title)
        and (dated := SHOWN_DATE.match(first, len(title)))
    ):
        # the headline and the date shown under it read into the first paragraph (trafilatura
        # joins <h1>, <time> and <p> on one line on some pages): the text starts after them.
        # Not a first sentence that only opens with the headline's words ("Storm hits Lisbon
        # as ..."): the date must follow.
        lines[0] = first[dated.end() :].strip()
        lines = [line for line in lines if line]
    return Page(
        title=title or (lines[0][:200] if lines else ""),
        text="\n".join(lines),
        published=published or _date_only(meta.get("date")),
        day_only=day or published is None,
        outlet=clean_text(meta.get("sitename") or "").strip(),
        canonical_url=(meta.get("url") or url or "").strip(),
        language=declared_language(markup),
        teasers=listed,
    )


# a date as a page shows it after its headline: 2026-11-30, 2026/11/30, 2026.11.30,
# 2026年11月30日(月), with a time (14:08, 14:08:00+09:00, 14時08分) and "更新" or "Updated"
SHOWN_DATE = re.compile(
    r"\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
    r"(?:\s*[(（][^)）]{1,3}[)）])?"
    r"(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2})?|\s*\d{1,2}時\d{1,2}分)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?"
    r"(?:\s*(?:更新|Updated))?"
)
HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2})\b", re.IGNORECASE)


def declared_language(markup: str | bytes) -> str:
    """The two-letter code of `<html lang="...">`, or ''."""
    head = markup[:4096] if isinstance(markup, bytes) else markup[:4096].encode("utf-8", "replace")
    match = HTML_LANG.search(head)
    return match[1].decode().lower() if match else ""
