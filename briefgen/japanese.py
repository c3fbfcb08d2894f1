"""Japanese words as MeCab's IPA dictionary tags them, for finding places.

A place's name in Han characters may be a common word of Japanese: 白銀 ("silver", and
Baiyin, a Chinese city), 自由 ("freedom", and Freetown in its Japanese reading). The tagger
wordfreq segments Japanese with (MeCab, ipadic) tells proper nouns (固有名詞: 八戸, 長岡)
from common words, and places (地域: チリ, Chile) from persons (人名: マリ, Mari) among
them. A one-word name is read as a place only when it is tagged a proper noun, or is written
in katakana of three letters or more (a foreign name the dictionary does not know is tagged
a common noun: アレキパ, Arequipa); a name of two katakana (チリ, タイ, マリ: "chili", "tie")
only when it is tagged a place. Persons' names are not ruled out otherwise: the tagger
reads the city 長岡 as one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

PROPER_NOUN = "固有名詞"
PLACE = "地域"
FOREIGN_NAME = regex.compile(r"[\p{Katakana}ー・]{3,}")
SHORT_KATAKANA = regex.compile(r"\p{Katakana}{1,2}")


def a_name(word: str, run: str) -> bool:
    """Whether a word of a run of Japanese may be a place's name by itself (see the
    module's doc)."""
    if FOREIGN_NAME.fullmatch(word):
        return True
    kinds = proper_nouns(run).get(word, frozenset())
    return PLACE in kinds if SHORT_KATAKANA.fullmatch(word) else bool(kinds)


@lru_cache(maxsize=65536)
def proper_nouns(run: str) -> dict[str, frozenset[str]]:
    """The words of a run of Japanese that the tagger reads as proper nouns, case-folded as
    wordfreq's tokens are, and the kinds it tags them with (地域, 人名, 組織, 一般)."""
    found: dict[str, set[str]] = {}
    for line in tagger().parse(unicodedata.normalize("NFKC", run)).splitlines():
        surface, _, features = line.partition("\t")
        tags = features.split(",")
        if tags[1:2] == [PROPER_NOUN]:
            found.setdefault(surface.casefold(), set()).add(tags[2])
    return {word: frozenset(kinds) for word, kinds in found.items()}


@lru_cache(maxsize=1)
def tagger():
    """MeCab with the IPA dictionary, wordfreq's own: the words are those words.py reads
    Japanese in (cjk_sounds.py reads names' sounds by it too)."""
    from wordfreq.mecab import make_mecab_analyzer

    return make_mecab_analyzer("ja")
