"""Which language an article is in: as its source declared it, else English when English
stopwords are common in it, else detected from its text (py3langid, offline)."""

from __future__ import annotations

from briefgen.models import Article
from briefgen.text import STOPWORDS, WORD_RE
from briefgen.words import word_count

DEFAULT_LANGUAGE = "en"
ENGLISH_SHARE = 0.2  # a text with at least this share of English stopwords is English
MIN_WORDS = 12  # below this, detection is a guess: trust the declared language
SAMPLE_CHARS = 2000


def detect_language(article: Article) -> str:
    """ISO 639-1 code, or '' when neither the text nor the source tells."""
    sample = f"{article.title}\n{article.text[:SAMPLE_CHARS]}"
    if word_count(sample, article.language) < MIN_WORDS and (
        article.language or not sample.strip()
    ):
        return article.language
    import py3langid  # loads its model (~0.5 s) on first use

    code, _ = py3langid.classify(sample)
    return str(code)


def language_of(article: Article) -> str:
    """The article's language: as declared, else English when English stopwords are common in
    it (cheap), else detected (py3langid); DEFAULT_LANGUAGE when nothing tells."""
    if article.language:
        return article.language[:2].lower()  # 'en-GB': 'en'
    sample = WORD_RE.findall(article.text[:1500].casefold())
    if not sample or sum(w in STOPWORDS for w in sample) >= ENGLISH_SHARE * len(sample):
        return DEFAULT_LANGUAGE
    return detect_language(article) or DEFAULT_LANGUAGE
