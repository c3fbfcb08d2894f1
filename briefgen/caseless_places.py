"""Places named in the scripts without capitals, for places.py: Chinese, Japanese and Korean
(`in_unspaced`: their words looked up, the segmenter's or the tagger's), and Hindi, Arabic,
Hebrew and the other scripts written with spaces (`in_caseless`: runs of words looked up, a
joined prefix taken off). Each returns the runs of words that name a place, for places.py to
count."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import regex

from briefgen import japanese, korean
from briefgen.gazetteer import Gazetteer, gazetteer
from briefgen.place_words import (
    CJK_INSTITUTIONS,
    KOREAN_PLACE_SUFFIXES,
    MAX_WORDS,
    NOT_A_PLACE,
    Word,
    an_arabic_adjective,
    cached_fold,
    looked_up,
    name_of,
    without_suffix,
)
from briefgen.words import (
    CASELESS_WORD,
    HANGUL_RE,
    read_in_morphemes,
    segment,
    segmenter_language,
    unjoined,
)

KOREAN_SPELLED = 3  # syllables of a foreign place's name spelled out in Hangul (카타르)
CLOCK_WORDS = frozenset({"时间", "時間", "시간"})  # a clock, not a place: "北京时间3时17分"
# Chinese words a place's name is written as (Korea's Jeonju is 全州, Japan's Honshu 本州):
# "the whole state" and "this state" of a Malaysian or American report
CHINESE_WORDS = frozenset({"全州", "本州"})
# ... and a country's name is the start of a longer one before one more character and a
# county's, town's or village's word: 巴西马县 is Pasir Mas district, not Brazil's
LOCAL_UNITS = frozenset("县縣镇鎮乡鄉村郡")


def in_unspaced(names: Gazetteer, text: str, run: str, language: str) -> list[list[Word]]:
    """Places named in a run of Chinese, Japanese or Korean (新潟, 广州市, 日本, 부산), which
    have no capitals to find them by: its words (_tokens: jieba, MeCab; in Korean the place
    names among a word's morphemes, 부산에서: 부산) and runs of up to MAX_WORDS of them, the
    longest name first. Only names in those scripts count; in Japanese, a name of one word
    only when the tagger reads it as a name (japanese.a_name: not 白銀, "silver")."""
    tokens = _tokens(run, language)
    in_japanese = segmenter_language(run, language) == "ja"
    words = segment(run, language) if in_japanese else ()  # 日本銀行 is a name, 日本 a token

    def found_at(i: int, n: int) -> bool:
        name = "".join(tokens[i : i + n])
        if name not in names.names or not read_in_morphemes(name):
            return False
        if n == 1 and in_japanese and not japanese.a_name(words[i], run):
            return False
        if not in_japanese and (name in CHINESE_WORDS or _in_a_local_name(names, tokens, i, n)):
            return True  # (no shorter name in it either)
        if i + n < len(tokens) and tokens[i + n].strip() in CLOCK_WORDS:
            return True  # a clock ("北京时间"): no place, and no shorter name in it either
        start = max(text.find(name), 0)
        found.append([Word(name, start, start + len(name), name)])
        return True

    found: list[list[Word]] = []
    _longest_first(len(tokens), found_at)
    return found


def _in_a_local_name(names: Gazetteer, tokens: list[str], i: int, n: int) -> bool:
    """Whether the country's name at tokens[i : i + n] starts a local unit's name: one more
    character, then LOCAL_UNITS' word (巴西 马 县)."""
    after = tokens[i + n : i + n + 2]
    return (
        names.names["".join(tokens[i : i + n])].key[0] == "n"
        and len(after) == 2
        and len(after[0]) == 1
        and after[1] in LOCAL_UNITS
    )


def in_caseless(names: Gazetteer, text: str, language: str) -> list[list[Word]]:
    """Places named in a script with spaces but no capitals (सूरत, القاهرة): runs of up to
    MAX_WORDS of its words, with nothing but a space between them, looked up, the longest
    name first; in Arabic and Hebrew a name's first word is looked up without the one-letter
    prefix ("and", "in", "to") that is written joined to it (ودمشق, בירושלים) when it has
    one, its other words as written (בראשון לציון: "in Rishon LeZion", not ציון); in a
    language that declines names, by its forms too ("თბილისში": in Tbilisi). A word that
    tells a kind of event (`cues`) names a place only where the text names its country
    too: سيول is Seoul beside كوريا الجنوبية, floods elsewhere."""
    matches = list(CASELESS_WORD.finditer(text))
    words = [_without_prefix(names, w, language) for w in matches]
    whole = [  # (the same Word where no letter was taken off)
        w if w.start == m.start() else _without_prefix(names, m, language, prefixed=False)
        for w, m in zip(words, matches, strict=True)
    ]

    def found_at(i: int, n: int) -> bool:
        run = words[i : i + 1] + whole[i + 1 : i + n]
        if any(text[a.end : b.start].strip() for a, b in pairwise(run)):
            return False  # a comma, a number or a Latin word between them
        place = names.names.get(name_of(run))
        if place is None:
            return False
        if n == 1 and an_arabic_adjective(text, words[i - 1] if i else None, run[0], place):
            return False
        if n == 1 and {matches[i][0], run[0].folded} & cues(language):
            doubtful.append((run, place.country))
        else:
            found.append(run)
        return True

    found: list[list[Word]] = []
    doubtful: list[tuple[list[Word], str]] = []
    _longest_first(len(words), found_at)
    if not doubtful:
        return found
    places = [names.names[name_of(run)] for run in found]
    countries = {place.country for place in places} | {place.key for place in places}
    return found + [run for run, country in doubtful if country and country in countries]


def _longest_first(length: int, found_at: Callable[[int, int], bool]) -> None:
    """Runs of up to MAX_WORDS of `length` words from each word on, the longest first:
    `found_at(i, n)` says whether words i to i + n name a place (and keeps it); the scan
    goes on after the place found, else after the word."""
    i = 0
    while i < length:
        i += next((n for n in range(min(MAX_WORDS, length - i), 0, -1) if found_at(i, n)), 1)


def _without_prefix(
    names: Gazetteer, word: regex.Match, language: str, prefixed: bool = True
) -> Word:
    """A word as looked up: without the one or two letters joined before it ("and", "in":
    ודמשק, ובתל אביב) when what follows is a name, or the first word of one when the word
    is not (بالدار البيضاء: in Casablanca); else, or when not `prefixed`, as its forms name
    a place (looked_up)."""
    text = word[0]
    folded = cached_fold(text)  # Persian's kaf and yeh as Arabic's
    for k, rest in unjoined(folded) if prefixed else ():
        if rest in names.names or (rest in names.starts and folded not in names.starts):
            return Word(text[k:], word.start() + k, word.end(), rest)
    if folded not in names.starts:
        folded = looked_up(text, language)
    return Word(text, word.start(), word.end(), folded)


def _tokens(run: str, language: str) -> tuple[str, ...]:
    """The words of a run to look places up among: in Korean only the morphemes tagged as
    place names (인도 "India", not 인도 "delivery"; not 위해 "in order to", which GeoNames
    gives Weihai), the others blanked (NOT_A_PLACE), so that no name is made across them."""
    if not HANGUL_RE.search(run):
        return tuple(
            without_suffix(t, CJK_INSTITUTIONS, country=True) for t in segment(run, language)
        )
    return tuple(
        without_suffix(m, KOREAN_PLACE_SUFFIXES)
        if kind == korean.PLACE or _foreign_place(m, kind)
        else NOT_A_PLACE
        for m, kind in korean.morphemes(run)
    )


def _foreign_place(morpheme: str, kind: str) -> bool:
    """Whether a morpheme the tagger does not class as a place is one all the same: a word
    of KOREAN_SPELLED syllables or more that the gazetteer knows (카타르, Qatar: mecab-ko-dic
    has it as a common noun), or a name that is a country's. A shorter word may be no place
    (수단 is Sudan and "means"), nor a person's name a city (더글러스, Douglas)."""
    place = gazetteer().names.get(morpheme)
    if place is None or len(morpheme) < KOREAN_SPELLED:
        return False
    return kind == korean.WORD or (kind == korean.NAME and place.key.startswith("n:"))


@lru_cache(maxsize=64)
def cues(language: str) -> frozenset[str]:
    """The words that tell a kind of event in a language (happenings.KINDS), as written: in
    Arabic سيول is "floods" and Seoul, بركان "volcano" and Berkane (Morocco); in Hebrew
    ביירוט "in the interception" and Beirut."""
    from briefgen.happenings import KINDS

    return frozenset(
        entry.strip("_")
        for found in KINDS.values()
        for entry in found.get(language, "").split()
        if "_" not in entry.strip("_")
    )
