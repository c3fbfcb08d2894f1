"""Which language an article is in: detected from its text (py3langid, offline), or the
language its source declared when the text is too short to tell."""

from __future__ import annotations

from briefgen.models import Article
from briefgen.words import word_count

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
