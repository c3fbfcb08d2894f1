"""Names across scripts by their sound: a Japanese, Chinese or Korean report names a firm, a
person or a town in its own script, an English one in Latin letters as its own press
romanizes them (Hepburn, pinyin, Revised Romanization): 清和 and Seiwa, 华芯 and Huaxin, 현암
and Hyeonam, 森川 and Morikawa. Both are brought to one key (`key`), so that two reports in
two scripts share such names as they share places and figures (across.in_any_script).

- Japanese, Chinese and Korean: their proper nouns as their press romanizes them (Hepburn,
  pinyin, Revised Romanization: cjk_sounds.py), and a craft's name before its number
  (嫦娥七号, Chang'e-7; 누리호, the Nuri rocket: cjk_sounds).
- Latin letters: the article's names (capitalised words), a hyphenated given name joined
  (Jeong-tae: jeongtae), two capitalised words as one (Li Jianguo: lijianguo), pinyin's
  syllables parted by an apostrophe as one (Chang'e: change).
- Cyrillic and Greek: their capitalised words rare in their language, in Latin letters by
  anyascii (Газпром: gazprom; Ukrainian г and и as its own press writes them, h and y; ё
  as e and as yo), and a Chinese name in Russian, Ukrainian, Belarusian or Kazakh in pinyin
  (Цзиньлин: jinling; palladius.py).
- The scripts that leave vowels unwritten (SPELLED: Devanagari and the other Indic scripts,
  Arabic, Hebrew, Thai): their words rare in their language by their consonants, and Georgian
  and Armenian words by their whole sound (VOWELLED): spelled.py.

A key drops what romanizations disagree on (sound_keys.py): long vowels (Tōkyō, Toukyou,
Tokyo), doubled letters and anything but the letters a to z. A place's name is left to
places.py, which knows it in every script, where the text names the place (kin.py): トヨタ,
the carmaker, is a key ('toyota') in a Japanese report, where Toyota the city is 豊田.
The libraries load on first use, only for text in those scripts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

import regex

from briefgen import palladius
from briefgen.cjk_sounds import (
    chinese_readings,
    japanese_readings,
    korean_crafts,
    korean_nouns,
    korean_proper_nouns,
    korean_readings,
)
from briefgen.frequency import calendar_words, zipf
from briefgen.gazetteer import fold, gazetteer
from briefgen.inflection import forms
from briefgen.loanwords import loan
from briefgen.scripts import script_of
from briefgen.sound_keys import WHOLE, consonants, key, plain
from briefgen.spelled import SPELLED_RARE, spelled_names, vowelled_names

SOUNDED = {"ja", "zh", "ko"}  # the languages whose names are compared by their sound
CASED = frozenset({"cyrillic", "greek"})  # ... and the scripts (scripts.script_of) too
# ... and the scripts whose names are compared by their consonants
SPELLED = frozenset({"arabic", "hebrew", "thai", "devanagari", "other"})
# ... but in these languages, which write every vowel and have no list of common words, by
# their whole sound, each word with and without its case ending (გუდაურში: gudauri)
VOWELLED = frozenset({"ka", "hy"})
# a name in Latin letters is keyed as another script spells it when this rare (zipf) in its
# language ...
LATIN_RARE = 4.5
# ... and by its consonants only when this rare: a commoner word's few consonants meet a
# word of a script that leaves vowels unwritten by chance (German's Ortszeit and Vereine,
# Hebrew's ארצית, "national", and אורן, "pine", joined a quake to a fire: blind-day-65)
CONSONANTS_RARE = 3.5
# Korean spells a foreign name by its sound in the letters of its own words: the nouns a word
# opens with are keyed as a loanword (`loan`) when this rare (zipf) in Korean
KOREAN_RARE = 3.0
CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}\p{M}]+")
# a name in pinyin may part its syllables with an apostrophe before a syllable that opens
# with a vowel: Chang'e (嫦娥), Xi'an (西安); not a possessive's "'s", nor where languages
# write an ending or an elision so (ELIDING: Turkish Erdoğan'a, Italian Nell'attacco)
PINYIN_SYLLABLE = r"(?:ang|ai|an|ao|a|eng|ei|en|er|e|ou|o)(?!\p{L})"
PINYIN_APOSTROPHE = regex.compile(rf"(?<=\p{{L}})['’](?={PINYIN_SYLLABLE})")
NAME_WORD = r"\p{Lu}[\p{L}\p{M}]+"
PARTED_WORD = rf"{NAME_WORD}(?:['’]{PINYIN_SYLLABLE})?"
NAME_RUN = regex.compile(rf"\b{NAME_WORD}(?:[ -]{NAME_WORD})*")
PARTED_RUN = regex.compile(rf"\b{PARTED_WORD}(?:[ -]{PARTED_WORD})*")
ELIDING = frozenset({"tr", "az", "it", "fr", "ca"})
# Ukrainian as its press romanizes it (Шмигаль: Shmyhal), not as anyascii does (Russian's)
UKRAINIAN = str.maketrans({"г": "h", "Г": "H", "и": "y", "И": "Y"})
# Greek's pairs as its press romanizes them (Παπαδόπουλος: Papadopoulos, Ευάγγελος:
# Evangelos), not letter by letter as anyascii does (Papadopoylos, Eyaggelos); read without
# accents
GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng"}
GREEK = regex.compile("|".join(GREEK_PAIRS))
HYPHENATED = regex.compile(r"\b\p{Lu}\p{Ll}+-\p{Ll}+\b")  # a given name: "Jeong-tae"
TWO_NAMES = regex.compile(r"\b\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\b")  # "Li Jianguo", "Nori Market"


def sounded(
    language: str,
    script: str,
    names: list[str],
    text: str,
    spelled: bool = False,
    loans: bool = False,
) -> Iterable[tuple[str, str]]:
    """(key, name) of a text's names by their sound: in Latin letters its `names`
    (case-folded, as salience keeps them) and those of `text`, also by their consonants when
    `spelled` (the batch has a text in a SPELLED script) and as Japanese spells a foreign
    name in katakana or Hangul when `loans` (the batch has a Japanese or Korean text:
    `loan`); in Chinese, Japanese or Korean its proper nouns (in Korean also its rare nouns,
    as a loanword); in Cyrillic or Greek its rare capitalised words (the rarer also by their
    consonants when `spelled`); in
    a SPELLED script its rare words by their consonants."""
    if script == "latin":
        found = latin_names(names, text, language)
        if spelled:
            found = chain(found, latin_consonants(names, language, places=True))
        return chain(found, latin_loans(names, language)) if loans else found
    if language == "ja":
        return japanese_names(text)
    if language == "zh":
        return chinese_names(text)
    if language == "ko":
        return korean_names(names, text)
    if script in CASED:
        found = cased_names(text, language)
        return _with_consonants(found, language) if spelled else found
    if language in VOWELLED:
        return vowelled_names(text, language)
    if script in SPELLED:
        return spelled_names(text, language)
    return ()


@lru_cache(maxsize=1)
def place_keys() -> dict[str, frozenset[str]]:
    """The keys of the cities' and countries' names in Latin letters (places.py knows those
    in every script), each with the names of the places it may be ('erevan': 'yerevan')."""
    names = gazetteer()
    places: dict[str, set[str]] = {}
    for name, place in names.names.items():
        if name.isascii() and name in names.in_every_script and (found := key(name)):
            places.setdefault(found, set()).add(place.name)
    return {k: frozenset(names) for k, names in places.items()}


def latin_names(names: Iterable[str], text: str, language: str = "") -> Iterator[tuple[str, str]]:
    """(key, name) of an article's names in Latin letters (case-folded, as salience keeps
    them; Chang'e as one, in a `language` that writes no ELIDING apostrophe), and in its
    `text` of the hyphenated given names and of two capitalised words as one (Li Jianguo:
    lijianguo, as 李建国 reads)."""
    for name in names:
        if (bare := _unparted(name, language)).isalpha():
            yield key(bare), name
    for found in HYPHENATED.findall(text) + TWO_NAMES.findall(text, overlapped=True):
        yield key(found.replace("-", "").replace(" ", "")), found.casefold()


def _unparted(name: str, language: str) -> str:
    """A name in pinyin without the apostrophe that parts its syllables (Chang'e: Change);
    as it is in a language that writes an ending or an elision so (ELIDING)."""
    return name if language in ELIDING else PINYIN_APOSTROPHE.sub("", name)


def latin_consonants(
    names: Iterable[str], language: str, places: bool = False
) -> Iterator[tuple[str, str]]:
    """(key, name) of a text's rare names in Latin letters (`_rare`), and `places`' (Arabic
    news writes Malatya ملاطية, the gazetteer ملطية), by their consonants, or by their whole
    sound (WHOLE) where those are too few for a key, as an Indic script's word is keyed."""
    for name in _rare(names, language, CONSONANTS_RARE, places):
        if by_consonants := consonants(name):
            yield by_consonants, name
        elif whole := key(name):
            yield WHOLE + whole, name


def latin_loans(names: Iterable[str], language: str) -> Iterator[tuple[str, str]]:
    """(key, name) of a text's rare names in Latin letters (`_rare`), as Japanese spells
    them in katakana and Korean in Hangul (`loan`)."""
    for name in _rare(names, language):
        yield loan(plain(name), latin=True), name


def _rare(
    names: Iterable[str], language: str, most: float = LATIN_RARE, places: bool = False
) -> Iterator[str]:
    """The names of a text in Latin letters that are rare in its language (zipf `most` at
    most) and, unless `places`, name no place that places.py knows in every script."""
    known = frozenset() if places else gazetteer().in_every_script
    for name in names:
        if zipf(name, language) <= most and name.isalpha() and name not in known:
            yield name


@lru_cache(maxsize=4096)
def name_keys(text: str, language: str) -> tuple[frozenset[str], ...]:
    """A sentence's names, each as the keys it meets another script's by: in Latin letters
    each run of capitalised words (Kyriakos Mitsotakis: one name) by its words' sound and
    consonants, in Chinese, Japanese or Korean each proper noun by its sound (村井: murai,
    as "Chihiro Murai" meets 村井千尋), in another script each rare word (Ковалёв: kovalyov;
    कोहिनूर: knr); places left out."""
    script = script_of(text)
    if script == "latin":  # a run's words rare in the language ("Metro" at a sentence's
        # start is no name), of "Al-Masri" each part
        runs = [
            [
                _unparted(w, language)
                for w in map(fold, regex.split(r"[ -]", run))
                if zipf(w, language) <= LATIN_RARE
            ]
            for run in (NAME_RUN if language in ELIDING else PARTED_RUN).findall(text)
        ]
        found = [
            [*latin_names(run, "", language), *latin_consonants(run, language)] for run in runs
        ]
    elif script in CASED or script in SPELLED or language in SOUNDED:
        names = korean_proper_nouns(text) if language == "ko" else []
        words: dict[str, list[tuple[str, str]]] = {}
        for k, word in sounded(language, script, names, text):
            words.setdefault(word, []).append((k, word))
        found = list(words.values())
    else:
        found = []
    places = place_keys()
    keys = (frozenset(k for k, _ in name if k and k not in places) for name in found)
    return tuple(k for k in keys if k)


def cased_names(text: str, language: str) -> Iterator[tuple[str, str]]:
    """(key, word) of the capitalised words of a text in Cyrillic or Greek that are rare in
    its language, by their sound (Газпром: gazprom)."""
    for word in set(CAPITALISED.findall(text)):
        folded = word.casefold()
        if zipf(folded, language) <= SPELLED_RARE and folded not in calendar_words(language):
            spelled = _in_latin(word, language)
            yield key(spelled), folded
            declined = forms(folded, language)
            for form in declined:  # Ларсу: Ларс, Lars
                yield key(_in_latin(form, language)), folded
            if "ё" in folded:  # Ковалёв: Kovalyov, and Горбачёв: Gorbachev as anyascii has it
                yield key(_in_latin(word.replace("ё", "yo"), language)), folded
            if language in palladius.LANGUAGES:  # Цзиньлин: Jinling, as Chinese names are
                # written, and in a case (в Ухане: Ухань, Wuhan)
                for form in dict.fromkeys((folded, *declined)):
                    if read := palladius.pinyin(form, language):
                        yield key(read), folded


def _with_consonants(found: Iterable[tuple[str, str]], language: str) -> Iterator[tuple[str, str]]:
    """(key, name) of `found`, and of each name CONSONANTS_RARE or rarer by its consonants as
    well, as a SPELLED script writes it (Кармеле, karmele: krml, as בכרמל and الكرمل read;
    not Газета, "newspaper", which met באוגוסט, "in August")."""
    for sound, name in found:
        yield sound, name
        if zipf(name, language) <= CONSONANTS_RARE and (by_consonants := consonants(sound)):
            yield by_consonants, name


def _in_latin(word: str, language: str) -> str:
    """A Cyrillic or Greek word in Latin letters (anyascii), as its press writes them."""
    from anyascii import anyascii

    if language == "uk":
        word = word.translate(UKRAINIAN)
    elif language == "el":  # without accents, for its pairs
        plain = unicodedata.normalize("NFD", word.casefold())
        word = GREEK.sub(lambda pair: GREEK_PAIRS[pair.group()], plain)
    return anyascii(word)


def japanese_names(text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of the proper nouns of a Japanese text by their reading, a foreign name in
    katakana also as Japanese spells a loanword (ニンブラ: cjk_sounds.japanese_readings)."""
    for romaji, name, foreign in japanese_readings(text):
        yield key(romaji), name
        if foreign:
            yield loan(plain(romaji)), name


def chinese_names(text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of the proper nouns of a Chinese text in pinyin (cjk_sounds)."""
    return ((key(pinyin), name) for pinyin, name in chinese_readings(text))


def korean_names(names: Iterable[str], text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of Korean proper nouns in Revised Romanization (cjk_sounds), and of the
    rare nouns of a Korean text as Korean spells a foreign name (`loan`: 젤렌스키, jellenseuki,
    and Zelensky are '=jrnsk')."""
    yield from ((key(latin), name) for latin, name in korean_readings(names))
    for latin, nouns, bare in korean_nouns(text):  # a common word and its particle: none
        if zipf(nouns, "ko") <= KOREAN_RARE and zipf(bare, "ko") <= KOREAN_RARE:
            yield loan(plain(latin), korean=True), nouns
    yield from ((key(latin), craft) for latin, craft in korean_crafts(text, KOREAN_RARE))
