"""Articles from local files and folders: .txt, .md (with optional front matter) and .html,
and saved RSS, Atom or JSON feeds (.xml, .rss, .atom, .json)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.datelines import credit
from briefgen.errors import SourceError
from briefgen.models import Article, SourceErrorRecord
from briefgen.sources import Fetched
from briefgen.sources.dates import day_only, parse_date
from briefgen.sources.decoding import bom_encoding, decode_markup, document_type
from briefgen.sources.pages import extract_page
from briefgen.text import canonical_url, clean_text, content_hash, html_to_text
from briefgen.words import word_count

if TYPE_CHECKING:
    from briefgen.config import FetchSettings
    from briefgen.sources import Context

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".json"}  # each item an article
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
OPENING = re.compile(r"\A---[ \t]*\n\w[\w-]*:")  # a front matter's first line and first key
MD_HEADING = re.compile(r"^#{1,6}\s+")
MARKUP = re.compile(r"<[A-Za-z!/?]|&#?\w+;")  # a tag, a comment or an entity
# a headline's longest line: 20 words in any script fit (a German or Finnish title of long
# words too); a longer first line is body text, and a 14 MB line is never segmented whole
HEADLINE_CHARS = 300
SENTENCE_END = re.compile(r"[.!?…。！？؟।॥][\"”’')\]」』）]*$")


class UnusableFile(Exception):
    """This file is skipped; the message says why."""


class NotAFeed(UnusableFile):
    """A .xml or .json file that is no feed: an error when it is the source, passed over
    silently in a folder (other data may sit beside the news)."""


@dataclass
class FileSource:
    """A file, or a folder read recursively (hidden files and README files are skipped)."""

    spec: str

    async def fetch(self, ctx: Context) -> Fetched:
        return await asyncio.to_thread(self.read, ctx.limits)

    def read(self, limits: FetchSettings) -> Fetched:
        root = Path(self.spec).expanduser()
        if not root.exists():
            raise SourceError(f"{self.spec}: no such file or folder; check the path")
        if root.is_file():  # the source is this file: one it cannot use is a broken source
            try:
                if root.suffix.lower() in FEED_SUFFIXES:
                    return read_feed_file(root, limits.max_bytes)
                return Fetched(articles=[read_file(root, limits.max_bytes, self.spec)])
            except UnusableFile as e:
                raise SourceError(f"{self.spec}: {e}") from None
        paths = sorted(_candidates(root))
        fetched = Fetched()
        for path in paths:
            try:
                if path.suffix.lower() in FEED_SUFFIXES:
                    feed = read_feed_file(path, limits.max_bytes)
                    fetched.articles += feed.articles
                    fetched.skipped += feed.skipped
                else:
                    fetched.articles.append(read_file(path, limits.max_bytes, self.spec))
            except NotAFeed:
                continue
            except UnusableFile as e:
                fetched.skipped.append(SourceErrorRecord(source=str(path), error=str(e)))
        return fetched


def _candidates(folder: Path):
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.stem.upper() == "README":
            continue
        if (path.is_file() or path.is_symlink()) and path.suffix.lower() in (
            TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
        ):
            yield path


def read_feed_file(path: Path, max_bytes: int) -> Fetched:
    """The items of a saved RSS, Atom or JSON feed, as a feed URL's would be (a teaser item
    keeps its teaser: no page is fetched); raises UnusableFile when it is no feed."""
    from briefgen.sources.feeds import looks_like_feed, parse_feed  # feedparser: when needed

    try:
        with path.open("rb") as file:  # what it is before how large it is: data beside the
            head = file.read(2048)  # news in a folder is passed over, however large
    except OSError as e:
        raise UnusableFile(f"cannot read file ({e.strerror or e})") from None
    if not looks_like_feed("", head):
        raise NotAFeed("not an RSS, Atom or JSON feed; save the feed itself, or a page as .html")
    try:
        return parse_feed(_bytes(path, max_bytes), str(path))
    except SourceError as e:  # parse_feed speaks of a feed's URL
        said = str(e).removeprefix(f"{path}: ").replace("check the feed URL", "check the file")
        # XML that only mentions a feed ("<feedback"), with no RSS or Atom root, is none
        raise (NotAFeed if "no RSS or Atom root" in said else UnusableFile)(said) from None


def _bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; UnusableFile when it is over `max_bytes` or cannot be read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnusableFile(
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit: raise "
                "[fetch] max_bytes, or split it"
            )
        return path.read_bytes()
    except OSError as e:
        raise UnusableFile(f"cannot read file ({e.strerror or e})") from None


def read_file(path: Path, max_bytes: int, source: str = "") -> Article:
    """One article from one file; raises UnusableFile (with the reason) if it can't be used."""
    if path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise UnusableFile(
            f"unsupported file type {path.suffix or '(none)'}; use .txt, .md or .html, or a "
            "saved feed (.xml, .rss, .atom, .json)"
        )
    raw = _bytes(path, max_bytes)
    encoding = bom_encoding(raw)  # UTF-16 text (Notepad's "Unicode") has NUL bytes
    if (kind := document_type(raw)) or (not encoding and b"\x00" in raw[:8192]):
        what = f"binary file ({kind})" if kind else "binary file"  # a PDF named .html
        raise UnusableFile(f"{what}, not text; remove it or convert it to .txt/.md/.html")
    html = path.suffix.lower() in HTML_SUFFIXES
    try:  # a page says its charset, else its bytes tell it; a text file is UTF-8 (or has a BOM)
        content = decode_markup(raw, source=str(path)) if html else raw.decode(encoding or "utf-8")
    except UnicodeDecodeError:
        raise UnusableFile(
            f"not {'UTF-16' if encoding == 'utf-16' else 'UTF-8'} text; re-save it as UTF-8"
        ) from None
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC)
    if html:
        page = extract_page(content, url="")
        if not page.has_article:
            raise UnusableFile(page.why_no_article())
        fields = {
            "title": page.title,
            "text": page.text,
            "outlet": page.outlet,
            "url": page.canonical_url,
            "published": page.published,
            "day_only": page.day_only,
            "language": page.language,
        }
    else:
        fields = _read_text(content, markdown=path.suffix.lower() != ".txt")
    for key in ("title", "text", "outlet"):  # front matter and plain text are untrusted too
        fields[key] = clean_text(fields[key] or "")
    if not fields["text"].strip():
        raise UnusableFile("no text found in the file")
    url = fields.get("url") or path.resolve().as_uri()
    published = fields.get("published")
    return Article(
        url=url,
        canonical_url=canonical_url(url),
        title=fields["title"] or clean_text(path.stem.replace("-", " ").replace("_", " ")),
        text=fields["text"],
        outlet=fields.get("outlet") or credit(fields["text"]),  # else the wire its dateline names
        published=published or mtime,
        dated_by=("day" if fields.get("day_only") else "metadata") if published else "file_time",
        source=source or str(path),
        content_hash=content_hash(fields["title"], fields["text"]),
        language=fields.get("language") or "",
    )


def _read_text(content: str, markdown: bool = False) -> dict:
    """Front matter (simple `key: value` lines, a quoted value read as YAML reads it) and
    body of a .txt or .md file; a .md body is Markdown, read as the text it shows (HTML in it
    is markup, not text)."""
    meta: dict[str, str] = {}
    body = content.replace("\r\n", "\n")
    match = FRONT_MATTER.match(body)
    if match is None and OPENING.match(body):
        raise UnusableFile(
            "its front matter opens with --- but never closes; end it with a --- line"
        )
    if match:
        body = body[match.end() :]
        for line in match[1].split("\n"):
            key, sep, value = line.partition(":")
            if sep and key.strip():
                meta[key.strip().lower()] = _scalar(value.strip()).strip()
    lines = body.split("\n")
    title = meta.get("title", "")
    language = (meta.get("language") or meta.get("lang") or "")[:2].lower()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    headline = ""
    if not title and first is not None:
        # The first line is the headline if it looks like one: a markdown heading, or a short
        # line that does not end a sentence. Otherwise it is body text (the file name titles it).
        line = lines[first].strip()
        if MD_HEADING.match(line) or (
            len(line) <= HEADLINE_CHARS
            and word_count(line, language) <= 20
            and not SENTENCE_END.search(line)
        ):
            headline = MD_HEADING.sub("", line).strip()
            lines = lines[first + 1 :]
    if markdown:  # the front matter's title is plain text, the body's headline Markdown
        title = _without_markup(title) or " ".join(_markdown_text(headline, inline=True))
        paragraphs = _markdown_paragraphs(lines)
    else:
        title = title or headline
        paragraphs = _paragraphs(lines)
    return {
        "title": title,
        "text": "\n".join(paragraphs),
        "outlet": meta.get("outlet") or meta.get("source") or meta.get("site") or "",
        "url": meta.get("url") or meta.get("link") or "",
        "published": _published(meta),
        "day_only": day_only(meta.get("published") or meta.get("date") or ""),
        "language": language,
    }


def _published(meta: dict[str, str]) -> dt.datetime | None:
    """The front matter's date (`published` or `date`), None without one; a date that is no
    date is an error, not the file's time (the article would fall outside the window unseen)."""
    written = meta.get("published") or meta.get("date") or ""
    published = parse_date(written)
    if written and published is None:
        raise UnusableFile(
            f"its date {written!r} is no date; write it as 2026-11-25 or 2026-11-25T10:30:00+00:00"
        )
    return published


def _markdown_paragraphs(lines: list[str]) -> list[str]:
    """A Markdown body's paragraphs as text. Text with no blank line at all is first split as
    plain text is (`_paragraphs`), each paragraph then Markdown."""
    body = "\n".join(lines).strip()
    if body and all(line.strip() for line in body.split("\n")):
        body = "\n\n".join(_paragraphs(lines))
    return _markdown_text(body)


def _markdown_text(source: str, *, inline: bool = False) -> list[str]:
    """The lines of text Markdown shows (CommonMark): a link's text, no emphasis marks, no >
    before a quote nor bullet before an item, headings and paragraphs each a line, HTML read
    as HTML is (tags and script bodies dropped, entities read). `inline`: one line's spans."""
    render = _markdown().renderInline if inline else _markdown().render
    text = html_to_text(render(source)) if source.strip() else ""
    return text.split("\n") if text else []


@cache
def _markdown():
    from markdown_it import MarkdownIt  # rich's own dependency

    # Articles indent paragraphs; an indented block is not code. Lines wrapped inside a
    # paragraph join with a space, not a line break.
    md = MarkdownIt("commonmark").disable("code")
    md.add_render_rule("softbreak", lambda *args: " ")
    return md


def _without_markup(text: str) -> str:
    """Markdown's text without its HTML: tags (and script bodies) dropped, entities read."""
    return html_to_text(text) if MARKUP.search(text) else text


def _scalar(value: str) -> str:
    """A front matter value: "double-quoted" with its escapes (\\" \\n \\u00e9, as JSON has
    them), 'single-quoted' with '' for ', anything else as written."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:  # an escape JSON does not know (YAML's \\x41): the text between
            return value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs; markdown headings and list items stand alone.

    Text with no blank line at all is one paragraph per line when most lines end a sentence;
    otherwise it is hard-wrapped prose, and a paragraph ends where a line ends a sentence.
    """
    lines = "\n".join(lines).strip().split("\n")  # blank lines at either end don't count
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) == len(lines):  # not a single blank line
        ends = sum(bool(SENTENCE_END.search(line)) for line in filled)
        if ends * 2 >= len(filled):
            return [MD_HEADING.sub("", line) for line in filled]
        out, current = [], []
        for line in filled:
            current.append(line)
            if SENTENCE_END.search(line):
                out.append(" ".join(current))
                current = []
        return out + ([" ".join(current)] if current else [])
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        standalone = MD_HEADING.match(stripped) or re.match(r"^([-*+]|\d+\.)\s", stripped)
        if not stripped or standalone:
            if current:
                out.append(" ".join(current))
                current = []
            if standalone:
                out.append(MD_HEADING.sub("", stripped))
            continue
        current.append(stripped)
    if current:
        out.append(" ".join(current))
    return out
