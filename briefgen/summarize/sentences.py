"""Split a story's articles into scored candidate sentences (rule-based splitter, no downloads)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.models import Article
from briefgen.text import terms

log = logging.getLogger(__name__)

TERMINAL = re.compile(r"[.!?…:;\"”’')\]]\s*$")
LABEL = re.compile(r"^(?P<label>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+(?=\S)")
BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
MIN_WORDS, MAX_WORDS = 6, 70
RUN_ON_KEEP = 45  # words kept (then " …") of a run-on "sentence" that has no full stop
# A brief quotes a handful of sentences per article, nearly always from its first pages: past
# this many, a 15 MB page dump would only cost time (splitting and ranking) and add nothing.
MAX_PER_ARTICLE = 200
CHUNK = 5_000  # characters of one paragraph handed to the splitter at a time


@dataclass
class Sentence:
    """A sentence as it appears in one article, with where it stands."""

    text: str  # verbatim from the article (bullet and label removed)
    article: int  # index of the article in the story
    position: int  # index among the article's sentences
    label: str = ""  # "Support" in "Support: Japan condemned ..."
    heading: str = ""  # the section heading above it, if the article has headings
    terms: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


@lru_cache(maxsize=1)
def _segmenter():  # pysbd has no type hints
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, whitespace-trimmed."""
    return [s.strip() for s in _segmenter().segment(paragraph) if s.strip()]


def is_heading(paragraph: str) -> bool:
    """A short line without closing punctuation, such as 'Risks and Potential Retaliation'."""
    return (
        len(paragraph.split()) <= 14
        and not TERMINAL.search(paragraph)
        and not BULLET.match(paragraph)
    )


def article_sentences(article: Article, index: int, limit: int = MAX_PER_ARTICLE) -> list[Sentence]:
    """The first `limit` sentences of an article in reading order; headings become context."""
    out: list[Sentence] = []
    heading = ""
    for paragraph in _paragraphs(article.text):
        if len(out) >= limit:
            log.info("%s: only its first %d sentences are read", article.url, limit)
            break
        if is_heading(paragraph):
            heading = paragraph
            continue
        for raw in split_sentences(BULLET.sub("", paragraph)):
            if len(raw.split()) > MAX_WORDS:  # text without punctuation: keep its opening
                raw = " ".join(raw.split()[:RUN_ON_KEEP]).rstrip(",;:") + " …"
            label = ""
            if match := LABEL.match(raw):
                label, raw = match["label"], raw[match.end() :]
            sentence = Sentence(
                text=raw,
                article=index,
                position=len(out),
                label=label,
                heading=heading,
                terms=terms(raw),
            )
            out.append(sentence)
    return out[:limit]


def _paragraphs(text: str) -> Iterator[str]:
    """Non-empty lines, those longer than CHUNK cut into pieces at a space (lazily: a huge
    text is only read as far as the sentences wanted)."""
    for line in text.split("\n"):
        line = line.strip()
        while len(line) > CHUNK:
            cut = line.rfind(" ", 0, CHUNK)
            cut = cut if cut > 0 else CHUNK
            yield line[:cut]
            line = line[cut:].strip()
        if line:
            yield line


def usable(sentence: Sentence) -> bool:
    """Long enough to say something, and not a dangling fragment."""
    return (
        MIN_WORDS <= sentence.words <= MAX_WORDS
        and bool(sentence.terms)
        and not sentence.text.endswith((",", "—", "-"))
    )
