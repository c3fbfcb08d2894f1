"""How the proper nouns of Chinese, Japanese and Korean text sound in Latin letters, as their
press romanizes them (romanize.py keys them to meet another script's names):

- Japanese: the proper nouns MeCab's IPA dictionary tags (固有名詞), by their reading in kana
  (清和: セイワ), and the nouns in katakana it does not know (トレントン), in Hepburn through
  jaconv.
- Chinese: the proper nouns of jieba's dictionary (nr, ns, nt, nz: 李建国) and the words it
  lacks (华芯), in pinyin through pypinyin (its phrase readings: 重庆 is chongqing), a
  person's also without the surname.
- Korean: the proper nouns korean.py finds, in Revised Romanization (`revised`: its tables, the
  consonants at a syllable's end as they sound; the libraries for it are GPL or unlicensed),
  and a name of three syllables also without its first, a surname (박정태: jeongtae, as
  "Park Jeong-tae" is written); and the nouns each word opens with, among them the foreign
  names that Korean spells by their sound and the dictionary lacks (두코바니, Dukovany).

The libraries load on first use, only for text in those scripts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from briefgen import japanese
from briefgen.frequency import zipf

HANGUL_SYLLABLE = regex.compile(r"[가-힣]")
HANGUL_RUN = regex.compile(r"[가-힣]+")
HAN = regex.compile(r"\p{Han}+")
# jieba's tags of proper nouns: a person's name, a place's, an organisation's, another's
CHINESE_NAMES = {"nr", "ns", "nt", "nz", "nrt", "nrfg"}
# a name's first consonant as older romanizations and foreign names write it: ㄱ, ㄷ, ㅂ, ㅈ
# unvoiced (다카이치: dakaichi and Takaichi; 김: gim and Kim)
VOICED_INITIAL = regex.compile(r"^[gdbj](?=[aeiouwy])")
UNVOICED = {"g": "k", "d": "t", "b": "p", "j": "ch"}
# a craft's number after its name: 嫦娥七号 (Chang'e-7), 天问二号 (Tianwen-2): a noun of
# the dictionary (嫦娥, the goddess; 天问, a poem) no commoner than CRAFT_COMMON is read as a
# proper noun; not a day's, a road's or a unit's number (三月十号, 国道318号, 1号机组), nor
# a room's or a shirt's (房间302号, 穿着10号球衣: words too common, or no nouns)
CRAFT_NUMBER = regex.compile(r"[\d一二三四五六七八九十百零〇两]+号?")
CRAFT_TAGS = {"n", "nz"}
CRAFT_COMMON = 4.2
NUMBERED = {"国道", "省道", "县道"}
NOT_CRAFT = {"机组", "楼", "线", "门", "床", "病房", "车厢", "航站楼", "球衣", "位", "文件"}
# a noun of a craft's name and 호, "No." (누리호, the Nuri rocket), read as its name,
# not when its last syllable and 호 are a word of zipf CRAFT_SUFFIX or more (전화번호,
# "phone number": 번호, 5.1; 우호, "friendship", 3.8; but 누리호's 리호, 3.5), nor when 호
# and what follows are (애호가, "lover"), nor a magazine's issue (신년호, 다음호)
CRAFT = regex.compile(r"[가-힣]{2,}호$")
CRAFT_SUFFIX = 3.6
ISSUES = {"신년", "특집", "창간", "다음", "지난", "이번", "봄", "여름", "가을", "겨울", "송년"}
KATAKANA_ONLY = regex.compile(r"[\p{Katakana}ー]+")
# Revised Romanization: the initial consonants, the vowels, and the final consonants as they
# sound at a syllable's end (ㄱ ㅋ ㄲ: k; ㄷ ㅅ ㅈ ㅊ ㅌ ㅎ: t; ㅂ ㅍ: p)
INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def japanese_readings(text: str) -> Iterator[tuple[str, str, bool]]:
    """(reading in Hepburn, name, whether it is a foreign name in katakana: ニンブラ) of the
    proper nouns of a Japanese text, and of the words in katakana the dictionary does not
    know (トレントン)."""
    import jaconv

    for line in japanese.tagger().parse(text).splitlines():
        surface, _, features = line.partition("\t")
        fields = features.split(",")
        known = len(fields) > 7 and fields[7] != "*"
        if fields[:2] == ["名詞", "固有名詞"] or (not known and fields[0] == "名詞"):
            reading = fields[7] if known else surface
            if KATAKANA_ONLY.fullmatch(reading):
                romaji = jaconv.kana2alphabet(jaconv.kata2hira(reading))
                yield romaji, surface, bool(KATAKANA_ONLY.fullmatch(surface))


def chinese_readings(text: str) -> Iterator[tuple[str, str]]:
    """(pinyin, name) of the proper nouns of a Chinese text, a person's also without the
    surname (李建国: lijianguo, jianguo), and of the names before a craft's number (嫦娥七号:
    change, though 嫦娥 the goddess is a noun to the dictionary)."""
    from pypinyin import lazy_pinyin

    words, tags = _chinese_words()
    cut = list(words.cut(text, HMM=True))
    for at, word in enumerate(cut):
        tag = tags.get(word)
        named = tag is None or tag in CHINESE_NAMES or _craft(word, tag, cut[at + 1 : at + 4])
        if named and len(word) > 1 and HAN.fullmatch(word):
            yield "".join(lazy_pinyin(word)), word
            if tag == "nr" and len(word) == 3:
                yield "".join(lazy_pinyin(word[1:])), word


def _craft(word: str, tag: str, after: list[str]) -> bool:
    """Whether a noun of the dictionary names a craft: the words after it number it (七号;
    二十一, 号), not a line, a unit or a room (3, 号, 线; 1, 号, 机组), and it is rare enough
    to be a name (CRAFT_COMMON, NUMBERED)."""
    if tag not in CRAFT_TAGS or word in NUMBERED or not after:
        return False
    if not CRAFT_NUMBER.fullmatch(after[0]) or zipf(word, "zh") > CRAFT_COMMON:
        return False
    if after[0].endswith("号"):
        rest = after[1:]
    elif len(after) > 1 and after[1] == "号":
        rest = after[2:]
    else:
        return False
    return not rest or rest[0] not in NOT_CRAFT


def korean_readings(names: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(Revised Romanization, name) of Korean proper nouns, a name of three syllables also
    without its first (a surname), and each also with its first consonant unvoiced
    (VOICED_INITIAL)."""
    for name in names:
        if HANGUL_SYLLABLE.fullmatch(name[0]) and all(HANGUL_SYLLABLE.match(c) for c in name):
            for part in (name, name[1:]) if len(name) == 3 else (name,):
                latin = revised(part)
                yield latin, name
                if VOICED_INITIAL.match(latin):
                    yield UNVOICED[latin[0]] + latin[1:], name


def korean_nouns(text: str) -> Iterator[tuple[str, str, str]]:
    """(Revised Romanization, nouns, nouns without a particle) of the nouns each word of a
    Korean text opens with (korean.nouns), of two syllables or more without a particle (not
    불은, "fire" and its particle): a foreign name among them is spelled by its sound
    (두코바니: dukobani, Dukovany), and the dictionary may have cut it into words and read
    a particle into it."""
    from briefgen import korean

    for run in HANGUL_RUN.findall(text):
        whole, bare = korean.nouns(run)
        if len(bare) > 1:
            yield revised(whole), whole, bare
            if bare != whole:
                yield revised(bare), bare, bare


def korean_crafts(text: str, rare: float) -> Iterator[tuple[str, str]]:
    """(Revised Romanization, word) of the crafts' names of a Korean text (CRAFT): 누리호
    and 누리호가 are 'nuri', when the word, and 호 with the particle after it, are `rare`
    (zipf) or less in Korean; each run read whole, as the tagger cuts 누리호 as 누 and 리호."""
    from briefgen.korean import PARTICLE_END

    for run in HANGUL_RUN.findall(text):
        craft = PARTICLE_END.sub("", run)
        if not CRAFT.fullmatch(craft) or craft[:-1] in ISSUES:
            continue
        ending = run[len(craft) - 2 : len(craft) + 1]  # 리호가; 애호가, a word
        a_word = zipf(craft, "ko") > rare or zipf(craft[-2:], "ko") > CRAFT_SUFFIX
        if not a_word and (ending == craft[-2:] or zipf(ending, "ko") <= rare):
            yield revised(craft[:-1]), craft


def korean_proper_nouns(text: str) -> list[str]:
    """The proper nouns of a Korean text that are no places (korean.py)."""
    from briefgen import korean

    return [
        word
        for run in HANGUL_RUN.findall(text)
        for word, kind in korean.morphemes(run)
        if kind == korean.NAME
    ]


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
