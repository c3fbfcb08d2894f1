"""Content words of a sentence in its own language, for ranking and comparing sentences.

English keeps `briefgen.text.terms` (the clustering's terms, tuned on English news). Any other
language is read by `briefgen.words` (Unicode word boundaries; jieba, MeCab or PyThaiNLP where
words are not separated by spaces), loses its stop words (the stopwords-iso lists, packaged
by `stopwordsiso`: nothing is downloaded) and is stemmed by Snowball where Snowball has an
algorithm for the language. Ukrainian, Hebrew, Korean, Chinese and Japanese have none: their
words stay as they are, which is right for Chinese and Japanese (no inflection) and leaves
inflected forms apart in the others.
"""

from __future__ import annotations

import regex

from briefgen import text
from briefgen.frequency import stop_words
from briefgen.words import stemmer, words

ENGLISH = frozenset({"", "en"})
# A word of one character is a particle or a letter, except a Han character (a word by itself
# in Chinese and Japanese: 粮 "grain", 港 "port").
MEANINGFUL_SINGLE = regex.compile(r"^\p{Han}$")


def terms(sentence: str, lang: str = "") -> list[str]:
    """Stemmed content words of `sentence` in language `lang` (ISO 639-1): no stop words,
    no one-letter words, nothing without a letter or digit."""
    lang = (lang or "").lower()[:2]
    if lang in ENGLISH:
        return text.terms(sentence)
    stop = stop_words(lang)
    stem = stemmer(lang)
    return [
        stem(w)
        for w in words(sentence, lang)
        if w not in stop
        and (len(w) > 1 or MEANINGFUL_SINGLE.match(w))
        and any(c.isalnum() for c in w)
    ]
