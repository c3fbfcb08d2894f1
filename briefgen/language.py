"""Which language an article is in: as its source declared it, else English when English
stopwords are common in it, else detected from its text (py3langid, offline)."""

from __future__ import annotations

import os
from functools import lru_cache

from briefgen.models import Article
from briefgen.text import STOPWORDS, WORD_RE
from briefgen.words import word_count

DEFAULT_LANGUAGE = "en"
ENGLISH_SHARE = 0.2  # a text with at least this share of English stopwords is English
MIN_WORDS = 12  # below this, detection is a guess: trust the declared language
SAMPLE_CHARS = 2000
# a feed's channel-wide language stands for an item unless the detector gives it less than
# this probability (a Spanish item in a feed that declares English: 0.0001)
CHANNEL_ODDS = 0.05


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


def channel_language(article: Article, declared: str) -> str:
    """The language of a feed item whose channel declares `declared` for all its items: that,
    unless the item's text (MIN_WORDS or more) is plainly in another language, which is then
    the item's. Feeds declare one language and carry items in others; a code the detector
    does not know stands, as does the channel's language for an item too short to tell."""
    declared = declared[:2].lower()
    sample = f"{article.title}\n{article.text[:SAMPLE_CHARS]}"
    if not declared or word_count(sample, declared) < MIN_WORDS:
        return declared
    if declared == DEFAULT_LANGUAGE and _english(sample):
        return declared  # most items of most feeds: no model loaded
    odds = dict(_identifier().rank(sample))
    if declared not in odds or odds[declared] >= CHANNEL_ODDS:
        return declared
    return max(odds, key=odds.__getitem__)


def plainly_other(text: str, language: str) -> str:
    """The language a text is plainly written in when that is not `language`: a model asked
    to write in English that answered in Spanish. '' when it is in `language`, or when the
    text is too short to tell or the detector does not know `language`."""
    language = language[:2].lower()
    if word_count(text, language) < MIN_WORDS or (language == DEFAULT_LANGUAGE and _english(text)):
        return ""
    odds = dict(_identifier().rank(text[:SAMPLE_CHARS]))
    if language not in odds or odds[language] >= CHANNEL_ODDS:
        return ""
    return max(odds, key=odds.__getitem__)


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model with probabilities that sum to 1 (its default gives raw scores)."""
    from py3langid import langid

    path = os.path.join(os.path.dirname(langid.__file__), langid.MODEL_FILE)
    return langid.LanguageIdentifier.from_modelpath(path, norm_probs=True)


def _english(text: str) -> bool:
    sample = WORD_RE.findall(text[:1500].casefold())
    return bool(sample) and sum(w in STOPWORDS for w in sample) >= ENGLISH_SHARE * len(sample)


def language_of(article: Article) -> str:
    """The article's language: as declared, else English when English stopwords are common in
    it (cheap), else detected (py3langid); DEFAULT_LANGUAGE when nothing tells."""
    if article.language:
        return article.language[:2].lower()  # 'en-GB': 'en'
    if not WORD_RE.search(article.text[:1500]) or _english(article.text):
        return DEFAULT_LANGUAGE
    return detect_language(article) or DEFAULT_LANGUAGE
