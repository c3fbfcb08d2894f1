"""Split a story's articles into scored candidate sentences (rule-based splitter, no downloads)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.models import Article
from briefgen.text import terms

TERMINAL = re.compile(r"[.!?…:;\"”’')\]]\s*$")
LABEL = re.compile(r"^(?P<label>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+(?=\S)")
BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
MIN_WORDS, MAX_WORDS = 6, 70
RUN_ON_KEEP = 45  # words kept (then " …") of a run-on "sentence" that has no full stop


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


def article_sentences(article: Article, index: int) -> list[Sentence]:
    """Candidate sentences of an article in reading order; headings become context, not text."""
    out: list[Sentence] = []
    heading = ""
    for paragraph in article.text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
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
    return out


def usable(sentence: Sentence) -> bool:
    """Long enough to say something, and not a dangling fragment."""
    return (
        MIN_WORDS <= sentence.words <= MAX_WORDS
        and bool(sentence.terms)
        and not sentence.text.endswith((",", "—", "-"))
    )
