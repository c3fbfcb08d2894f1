"""Names across scripts by their sound: a Japanese, Chinese or Korean report names a firm, a
person or a town in its own script, an English one in Latin letters as its own press
romanizes them (Hepburn, pinyin, Revised Romanization): 清和 and Seiwa, 华芯 and Huaxin, 현암
and Hyeonam, 森川 and Morikawa. Both are brought to one key (`key`), so that two reports in
two scripts share such names as they share places and figures (across.in_any_script).

- Japanese: the proper nouns MeCab's IPA dictionary tags (固有名詞), by their reading in kana
  (清和: セイワ), and the nouns in katakana it does not know (トレントン), in Hepburn through
  jaconv.
- Chinese: the proper nouns of jieba's dictionary (nr, ns, nt, nz: 李建国) and the words it
  lacks (华芯), in pinyin through pypinyin (its phrase readings: 重庆 is chongqing), a
  person's also without the surname.
- Korean: the proper nouns korean.py finds, in Revised Romanization (`revised`: its tables, the
  consonants at a syllable's end as they sound; the libraries for it are GPL or unlicensed),
  and a name of three syllables also without its first, a surname (박정태: jeongtae, as
  "Park Jeong-tae" is written).
- Latin letters: the article's names (capitalised words), a hyphenated given name joined
  (Jeong-tae: jeongtae) and two capitalised words as one (Li Jianguo: lijianguo).

A key drops what romanizations disagree on: long vowels (Tōkyō, Toukyou, Tokyo), doubled
letters and anything but the letters a to z. A key shorter than MIN_KEY letters is too often
chance ("Li", "Kim"); a place's name is left to places.py, which knows it in every script.
The libraries load on first use, only for text in those scripts.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from briefgen.gazetteer import fold, gazetteer

SOUNDED = {"ja", "zh", "ko"}  # the languages whose names are compared by their sound
MIN_KEY = 4
DOUBLED = regex.compile(r"(.)\1+")  # and long vowels: oo, uu, aa, ii (ou: o first)
HYPHENATED = regex.compile(r"\b\p{Lu}\p{Ll}+-\p{Ll}+\b")  # a given name: "Jeong-tae"
TWO_NAMES = regex.compile(r"\b\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\b")  # "Li Jianguo", "Nori Market"
HANGUL_SYLLABLE = regex.compile(r"[가-힣]")
HAN = regex.compile(r"\p{Han}+")
# jieba's tags of proper nouns: a person's name, a place's, an organisation's, another's
CHINESE_NAMES = {"nr", "ns", "nt", "nz", "nrt", "nrfg"}
KATAKANA_ONLY = regex.compile(r"[\p{Katakana}ー]+")
# Revised Romanization: the initial consonants, the vowels, and the final consonants as they
# sound at a syllable's end (ㄱ ㅋ ㄲ: k; ㄷ ㅅ ㅈ ㅊ ㅌ ㅎ: t; ㅂ ㅍ: p)
INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def sounded(language: str, latin: bool, names: list[str], text: str) -> Iterable[tuple[str, str]]:
    """(key, name) of a text's names by their sound: in Latin letters (`latin`) its `names`
    (case-folded, as salience keeps them) and those of `text`, in Chinese, Japanese or Korean
    its proper nouns; none in another script."""
    if latin:
        return latin_names(names, text)
    if language == "ja":
        return japanese_names(text)
    if language == "zh":
        return chinese_names(text)
    if language == "ko":
        return korean_names(names)
    return ()


def key(latin: str) -> str:
    """A name in Latin letters as romanizations agree on it: lower case, a to z, one vowel
    for a long one and one letter for a doubled one ('Hokkaidou', 'Hokkaido', 'Hokkaidō':
    'hokaido'); '' when that is shorter than MIN_KEY or a known place."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", fold(latin)) if "a" <= c <= "z")
    if len(plain) < MIN_KEY or plain in gazetteer().names:
        return ""
    short = DOUBLED.sub(r"\1", plain.replace("ou", "o"))
    return short if len(short) >= MIN_KEY else ""


def latin_names(names: Iterable[str], text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of an article's names in Latin letters (case-folded, as salience keeps
    them), and in its `text` of the hyphenated given names and of two capitalised words as
    one (Li Jianguo: lijianguo, as 李建国 reads)."""
    for name in names:
        if name.isalpha() and name.isascii():
            yield key(name), name
    for found in HYPHENATED.findall(text) + TWO_NAMES.findall(text, overlapped=True):
        yield key(found.replace("-", "").replace(" ", "")), found.casefold()


def japanese_names(text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of the proper nouns of a Japanese text by their reading, and of the words
    in katakana the dictionary does not know (トレントン: a foreign name)."""
    import jaconv

    for line in _japanese_tagger().parse(text).splitlines():
        surface, _, features = line.partition("\t")
        fields = features.split(",")
        known = len(fields) > 7 and fields[7] != "*"
        if fields[:2] == ["名詞", "固有名詞"] or (not known and fields[0] == "名詞"):
            reading = fields[7] if known else surface
            if KATAKANA_ONLY.fullmatch(reading):
                yield key(jaconv.kana2alphabet(jaconv.kata2hira(reading))), surface


def chinese_names(text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of the proper nouns of a Chinese text in pinyin, a person's also without
    the surname (李建国: lijianguo, jianguo)."""
    from pypinyin import lazy_pinyin

    words, tags = _chinese_words()
    for word in words.cut(text, HMM=True):
        tag = tags.get(word)
        if (tag is None or tag in CHINESE_NAMES) and len(word) > 1 and HAN.fullmatch(word):
            yield key("".join(lazy_pinyin(word))), word
            if tag == "nr" and len(word) == 3:
                yield key("".join(lazy_pinyin(word[1:]))), word


def korean_names(names: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(key, name) of Korean proper nouns in Revised Romanization, a name of three syllables
    also without its first (a surname)."""
    for name in names:
        if HANGUL_SYLLABLE.fullmatch(name[0]) and all(HANGUL_SYLLABLE.match(c) for c in name):
            yield key(revised(name)), name
            if len(name) == 3:
                yield key(revised(name[1:])), name


def revised(hangul: str) -> str:
    """Hangul syllables in Revised Romanization, each syllable alone (no sound changes across
    syllables but the final consonant's)."""
    out = []
    for char in hangul:
        index = ord(char) - 0xAC00
        initial, vowel, final = index // 588, index // 28 % 21, index % 28
        out.append(INITIALS[initial].strip("-") + VOWELS[vowel] + FINALS[final].strip("-"))
    return "".join(out)


@lru_cache(maxsize=1)
def _chinese_words():
    """jieba's segmenter (its hidden Markov model finds words its dictionary lacks: 华芯) and
    its dictionary's parts of speech. jieba's own tagger would tag those words too, but
    takes a quarter of a second for an article's top; a word the dictionary lacks is taken
    for a name."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # it logs its loading at DEBUG
    words = jieba.Tokenizer()
    tagger = jieba.posseg.POSTokenizer(words)
    return words, tagger.word_tag_tab


@lru_cache(maxsize=1)
def _japanese_tagger():
    """MeCab with the IPA dictionary (wordfreq's own, which reads Japanese in words.py)."""
    from wordfreq.mecab import make_mecab_analyzer

    return make_mecab_analyzer("ja")
