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
  as e and as yo).
- The scripts that leave vowels unwritten (SPELLED: Devanagari and the other Indic scripts,
  Arabic, Hebrew, Thai): the words rare in their language (names and borrowed words:
  कोहिनूर, पेट्रोकेम, صحار), spelled in Latin letters by anyascii and compared by their
  consonants (`consonants`: knr, ptrkm, sr), as the rare names of a Latin text are. Hindi
  leaves most vowels unwritten (सूरत: surt), Arabic all short ones. Three consonants meet
  by chance more often than a name by its sound: across.py counts one such key in common
  only beside a telling number. Between two Indic scripts a rare word is keyed by its
  consonants unvoiced too, when it has four or more (Tamil writes no voiced consonant:
  पीएसएलवी and பிஎஸ்எல்வி, PSLV, are '~:!pslv'). A word whose consonants are too few
  for a key is keyed by its whole sound (WHOLE), as a Latin name of such consonants is:
  anyascii writes no inherent vowel in any Indic script, so that the word is alike in all
  (गगनयान and গগনযান: 'gnan'), and meets its Latin name where it writes every vowel
  (इडुक्की and Idukki: 'iduki').

A key drops what romanizations disagree on: long vowels (Tōkyō, Toukyou, Tokyo), doubled
letters and anything but the letters a to z. A key shorter than MIN_KEY letters is too often
chance ("Li", "Kim"). A place's name is left to places.py, which knows it in every script,
where the text names the place (kin.py): トヨタ, the carmaker, is a key ('toyota') in a
Japanese report, where Toyota the city is 豊田.
The libraries load on first use, only for text in those scripts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

import regex

from briefgen.cjk_sounds import (
    chinese_readings,
    japanese_readings,
    korean_crafts,
    korean_nouns,
    korean_proper_nouns,
    korean_readings,
)
from briefgen.frequency import calendar_words, listed, zipf
from briefgen.gazetteer import fold, gazetteer
from briefgen.inflection import forms
from briefgen.loanwords import loan
from briefgen.scripts import script_of
from briefgen.words import INDIC_RANGE, unjoined, without_joiners

SOUNDED = {"ja", "zh", "ko"}  # the languages whose names are compared by their sound
CASED = frozenset({"cyrillic", "greek"})  # ... and the scripts (scripts.script_of) too
# ... and the scripts whose names are compared by their consonants
SPELLED = frozenset({"arabic", "hebrew", "thai", "devanagari", "other"})
# ... but in these languages, which write every vowel and have no list of common words, by
# their whole sound, each word with and without its case ending (გუდაურში: gudauri)
VOWELLED = frozenset({"ka", "hy"})
MIN_KEY = 4
# A key of consonants is kept at this many (Sachin, सचिन: skn), from a word of zipf
# SPELLED_RARE or less in its language, met by a Latin name of zipf LATIN_RARE or less:
# "Port" and "North" are no names to meet पोर्ट ("port") or निर्यात ("export", nrt). On the
# labelled corpora 9 of 20 pairs of one event across these scripts share two such keys, 1
# of 696 pairs of two events do.
MIN_CONSONANTS = 3
SPELLED_RARE = 5.0
# ... and from any word of a language without a list, at this many: four consonants meet a
# name by chance less often than three do
UNLISTED_CONSONANTS = 4
PREFIXED = ("he",)  # languages whose common words are read without "and", "in", "to"
LATIN_RARE = 4.5
# Korean spells a foreign name by its sound in the letters of its own words: the nouns a word
# opens with are keyed as a loanword (`loan`) when this rare (zipf) in Korean
KOREAN_RARE = 3.0
# the consonants that romanizations of one name write alike: c as k (Sachin, सचिन: scin),
# x as ks (Laxmi, लक्ष्मी: lksmi), w as v, z as s; h and y dropped (kh, ch, sh, th: an
# aspirate or a digraph in one, a letter in the other), ng as n (one sound, and too common
# an ending to tell: Thai ง, Tong, Mong). q stays q: Arabic's ق is Qureshi's and Tariq's, and
# Urdu's ک and ٹ of "carriers" and "truck" are not
# The Indic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
# Malayalam, Sinhala) write a name's every consonant, but Tamil none voiced: between two of
# them a name is also keyed by its consonants unvoiced ('~:!mpr': अंबर ambr, அம்பர் ampr),
# of four consonants when its language's list tells it is rare, of five in a language with
# no list: Telugu and Tamil share many common words (ప్రత్యేక and பிரத்யேக, "special": prtk),
# which no list tells in Telugu; Gujarati's and Marathi's Kumbharwada (kmbrvd) meet
INDIC = regex.compile(rf"[{INDIC_RANGE}]")
INDIC_CONSONANTS = 4
UNLISTED_INDIC = 5
# A word in an Indic script whose consonants are too few for a key is keyed by its whole
# sound (`key`'s, after WHOLE): anyascii writes no inherent vowel in any of them, so
# that गगनयान and গগনযান are both 'gnan', and a word that writes every vowel meets its Latin
# name (इडुक्की and Idukki: 'iduki'); at UNLISTED_WHOLE letters or more from a language with
# no list of its common words, or read in another's (Marathi's इथे, "here", is rare in Hindi)
WHOLE = ":="
UNLISTED_WHOLE = 6
UNVOICED = str.maketrans({"g": "k", "b": "p", "d": "t", "j": "k"})
CONSONANT = str.maketrans({"c": "k", "x": "ks", "w": "v", "z": "s", "h": "", "y": "", "f": "p"})
# ... and f as p: the aspirate ফ, फ (ph) that names write f (ফুলবাড়িয়া, Fulbaria); the flap
# ড়, ढ़ that anyascii writes d' and dh' is an r (ফুলবাড়িয়া, Fulbaria; খড়গপুর, Kharagpur)
FLAP = regex.compile(r"dh?'")
VOWEL = regex.compile(r"[aeiou]")
LETTERS = regex.compile(r"\p{L}[\p{L}\p{M}]*")  # a word (Devanagari's vowel signs are marks)
CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}\p{M}]+")
# a name in pinyin may part its syllables with an apostrophe: Chang'e (嫦娥), Xi'an (西安);
# not a possessive's "'s"
NAME_WORD = r"\p{Lu}[\p{L}\p{M}]+(?:['’][aeo][\p{L}\p{M}]*)?"
PINYIN_APOSTROPHE = regex.compile(r"(?<=\p{L})['’](?=[aeo])")
NAME_RUN = regex.compile(rf"\b{NAME_WORD}(?:[ -]{NAME_WORD})*")
# languages without a frequency list of their own read in a neighbour's (Marathi and Nepali,
# in Devanagari, share Hindi's commonest words)
STAND_IN = {"mr": "hi", "ne": "hi"}
# Devanagari's anusvara is the nasal of the consonant after it: n but before p, b, m (संधू:
# Sandhu, not smdhu)
ANUSVARA = regex.compile(r"\u0902(?![पफबभम])")
ARABIC_ARTICLE = regex.compile(r"^ال(?=\p{Arabic}{3})")  # السويس: Suez, not lswys
# Arabic و and Hebrew ו are a consonant or a vowel (منصور Mansour, נתניהו Netanyahu): a word
# with one is keyed with it and without
ABJAD = regex.compile(r"[\p{Arabic}\p{Hebrew}]")
# Ukrainian as its press romanizes it (Шмигаль: Shmyhal), not as anyascii does (Russian's)
UKRAINIAN = str.maketrans({"г": "h", "Г": "H", "и": "y", "И": "Y"})
# Greek's pairs as its press romanizes them (Παπαδόπουλος: Papadopoulos, Ευάγγελος:
# Evangelos), not letter by letter as anyascii does (Papadopoylos, Eyaggelos); read without
# accents
GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng"}
GREEK = regex.compile("|".join(GREEK_PAIRS))
# letters that Unicode does not decompose into a Latin letter and a mark (Đoković, Wałęsa)
UNDECOMPOSED = str.maketrans({"đ": "dj", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
                              "þ": "th", "ð": "d", "ı": "i", "ħ": "h"})  # fmt: skip
# y after a consonant: Cyrillic writes a soft consonant's vowel as one letter that anyascii
# spells y + vowel (Калниня: Kalninya), Latvian, Polish or Czech as a mark on the consonant
# (Kalniņa, Kalnina), Korean's romanization yeo and ya, others eo and a: no letter of a key
SOFTENED = regex.compile(r"(?<=[b-df-hj-np-tv-z])y")
DOUBLED = regex.compile(r"(.)\1+")  # and long vowels: oo, uu, aa, ii (ou: o first)
HARD_C = regex.compile(r"c(?=[^eihy]|$)")  # OPEC is ОПЕК, Coca-Cola Кока-Кола; not ch, ce, ci, cy
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
    as a loanword); in Cyrillic or Greek its rare capitalised words; in
    a SPELLED script its rare words by their consonants."""
    if script == "latin":
        found = latin_names(names, text)
        if spelled:
            found = chain(found, latin_consonants(names, language))
        return chain(found, latin_loans(names, language)) if loans else found
    if language == "ja":
        return japanese_names(text)
    if language == "zh":
        return chinese_names(text)
    if language == "ko":
        return korean_names(names, text)
    if script in CASED:
        return cased_names(text, language)
    if language in VOWELLED:
        return vowelled_names(text, language)
    if script in SPELLED:
        return spelled_names(text, language)
    return ()


def _plain(latin: str) -> str:
    """Lower case, a to z: accents and marks dropped (Đoković: djokovic)."""
    folded = unicodedata.normalize("NFKD", fold(latin).translate(UNDECOMPOSED))
    return "".join(c for c in folded if "a" <= c <= "z")


def key(latin: str) -> str:
    """A name in Latin letters as romanizations agree on it: lower case, a to z, one vowel
    for a long one and one letter for a doubled one ('Hokkaidou', 'Hokkaido', 'Hokkaidō':
    'hokaido'), no y after a consonant (SOFTENED); '' when that is shorter than MIN_KEY."""
    plain = _plain(latin)
    if len(plain) < MIN_KEY:
        return ""
    short = DOUBLED.sub(r"\1", SOFTENED.sub("", HARD_C.sub("k", plain.replace("ou", "o"))))
    return short if len(short) >= MIN_KEY else ""


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


def latin_names(names: Iterable[str], text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of an article's names in Latin letters (case-folded, as salience keeps
    them), and in its `text` of the hyphenated given names and of two capitalised words as
    one (Li Jianguo: lijianguo, as 李建国 reads)."""
    for name in names:
        if (bare := PINYIN_APOSTROPHE.sub("", name)).isalpha():
            yield key(bare), name
    for found in HYPHENATED.findall(text) + TWO_NAMES.findall(text, overlapped=True):
        yield key(found.replace("-", "").replace(" ", "")), found.casefold()


def consonants(latin: str, fewest: int = MIN_CONSONANTS) -> str:
    """A name's consonants as romanizations agree on them, prefixed ':' apart from the keys
    of `key' ('Kohinoor', 'kohinur': ':knr'); '' when fewer than `fewest`."""
    plain = _plain(latin)
    skeleton = DOUBLED.sub(r"\1", VOWEL.sub("", plain.replace("ng", "n").translate(CONSONANT)))
    return ":" + skeleton if len(skeleton) >= fewest else ""


def latin_consonants(names: Iterable[str], language: str) -> Iterator[tuple[str, str]]:
    """(key, name) of a text's rare names in Latin letters (`_rare`), by their consonants,
    or by their whole sound (WHOLE) where those are too few for a key, as an Indic script's
    word is keyed."""
    for name in _rare(names, language):
        if by_consonants := consonants(name):
            yield by_consonants, name
        elif whole := key(name):
            yield WHOLE + whole, name


def latin_loans(names: Iterable[str], language: str) -> Iterator[tuple[str, str]]:
    """(key, name) of a text's rare names in Latin letters (`_rare`), as Japanese spells
    them in katakana and Korean in Hangul (`loan`)."""
    for name in _rare(names, language):
        yield loan(_plain(name), latin=True), name


def _rare(names: Iterable[str], language: str) -> Iterator[str]:
    """The names of a text in Latin letters that are rare in its language and name no
    place that places.py knows in every script."""
    known = gazetteer().in_every_script
    for name in names:
        if zipf(name, language) <= LATIN_RARE and name.isalpha() and name not in known:
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
                PINYIN_APOSTROPHE.sub("", w)
                for w in map(fold, regex.split(r"[ -]", run))
                if zipf(w, language) <= LATIN_RARE
            ]
            for run in NAME_RUN.findall(text)
        ]
        found = [[*latin_names(run, ""), *latin_consonants(run, language)] for run in runs]
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


def spelled_names(text: str, language: str) -> Iterator[tuple[str, str]]:
    """(key, word) of the words of a text in a SPELLED script that are rare in its language,
    by their consonants (anyascii spells them in Latin letters). In a language whose common
    words are not known (wordfreq has no list for Telugu, Sinhala or Amharic) every word is
    taken, by UNLISTED_CONSONANTS or more: శ్రీహరికోట and Sriharikota, srkt."""
    from anyascii import anyascii

    from briefgen.words import words

    listed_in = STAND_IN.get(language, language)
    unlisted = language != "th" and not listed(listed_in)
    fewest = UNLISTED_CONSONANTS if unlisted else MIN_CONSONANTS
    calendar = calendar_words(listed_in)  # गुरुवार "Thursday": grvr, Grover
    for word in set(words(text, language)) - calendar:
        bare = without_joiners(ARABIC_ARTICLE.sub("", word))  # المصري: مصري, Masri
        found = (bare, *forms(bare, language))  # গুলিস্তানের: Gulistan's
        common = (*found, *_unprefixed(bare, language))
        if not LETTERS.fullmatch(bare) or (
            not unlisted and any(_common(form, listed_in) for form in common)
        ):
            continue  # a common word in a case of its own (குழுவின், "of the team"), or
            # after a letter joined to it (לכיוון, "towards": כיוון, "direction")
        keys = set()
        for form in found:
            spelled = FLAP.sub("r", anyascii(ANUSVARA.sub("\u0928\u094d", form)))
            keys.add(by_consonants := consonants(spelled, fewest))
            if ABJAD.match(bare):
                keys.add(consonants(spelled.replace("w", "").replace("v", ""), fewest))
            elif INDIC.match(bare):
                if len(skeleton := consonants(spelled)) > (
                    UNLISTED_INDIC if unlisted else INDIC_CONSONANTS
                ):
                    keys.add(":!" + skeleton[1:].translate(UNVOICED))
                shortest = UNLISTED_WHOLE if unlisted or language in STAND_IN else MIN_KEY
                if not by_consonants and len(whole := key(spelled)) >= shortest:
                    keys.add(WHOLE + whole)  # one key a word: a second would be a second name
        yield from ((k, word) for k in keys)


# Armenian letter pairs anyascii spells letter by letter: ու is u (Գուգութ: Gugut, not
# gowgowt), եւ the ligature և, ev (Լեւան: Levan)
ARMENIAN_PAIRS = {"ու": "u", "Ու": "U", "ՈՒ": "U", "եւ": "ev", "Եւ": "Ev", "ԵՒ": "Ev"}
ARMENIAN = regex.compile("|".join(ARMENIAN_PAIRS))


def vowelled_names(text: str, language: str) -> Iterator[tuple[str, str]]:
    """(key, word) of the words of a text in Georgian or Armenian by their whole sound, also
    without a case ending (Դեբեդի: Debed): no list tells their common words, but a key of
    every vowel and consonant meets a Latin name by chance far less than consonants do."""
    from anyascii import anyascii

    from briefgen.words import words

    for word in set(words(text, language)):
        if LETTERS.fullmatch(word):
            for form in (word, *forms(word, language)):
                yield key(anyascii(ARMENIAN.sub(lambda pair: ARMENIAN_PAIRS[pair[0]], form))), word


def cased_names(text: str, language: str) -> Iterator[tuple[str, str]]:
    """(key, word) of the capitalised words of a text in Cyrillic or Greek that are rare in
    its language, by their sound (Газпром: gazprom)."""
    for word in set(CAPITALISED.findall(text)):
        folded = word.casefold()
        if zipf(folded, language) <= SPELLED_RARE and folded not in calendar_words(language):
            spelled = _in_latin(word, language)
            yield key(spelled), folded
            for form in forms(folded, language):  # Ларсу: Ларс, Lars
                yield key(_in_latin(form, language)), folded
            if "ё" in folded:  # Ковалёв: Kovalyov, and Горбачёв: Gorbachev as anyascii has it
                yield key(_in_latin(word.replace("ё", "yo"), language)), folded


def _in_latin(word: str, language: str) -> str:
    """A Cyrillic or Greek word in Latin letters (anyascii), as its press writes them."""
    from anyascii import anyascii

    if language == "uk":
        word = word.translate(UKRAINIAN)
    elif language == "el":  # without accents, for its pairs
        plain = unicodedata.normalize("NFD", word.casefold())
        word = GREEK.sub(lambda pair: GREEK_PAIRS[pair.group()], plain)
    return anyascii(word)


def _unprefixed(word: str, language: str) -> list[str]:
    """A Hebrew word without the letters that may be words joined to it (words.
    JOINED_PREFIXES: ל "to", ב "in", ו "and"; two when the first is "and" or "that": ול,
    של). Not Arabic's: too many names open with such a letter and go on as a
    common word (فيصل, Faisal: يصل, "arrives"), nor Persian's (بوشهر, Bushehr)."""
    if language not in PREFIXED:
        return []
    return [rest for _, rest in unjoined(word) if len(rest) >= MIN_CONSONANTS]


def _common(word: str, language: str) -> bool:
    """Whether a word is too common to be a name: above SPELLED_RARE in its language's list,
    in Thai a word of PyThaiNLP's dictionary (ควัน "smoke", ช่วง "period": their consonants
    met Huai Khwang's)."""
    if language == "th":
        return word in _thai_words()
    return zipf(word, language) > SPELLED_RARE


@lru_cache(maxsize=1)
def _thai_words() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def japanese_names(text: str) -> Iterator[tuple[str, str]]:
    """(key, name) of the proper nouns of a Japanese text by their reading, a foreign name in
    katakana also as Japanese spells a loanword (ニンブラ: cjk_sounds.japanese_readings)."""
    for romaji, name, foreign in japanese_readings(text):
        yield key(romaji), name
        if foreign:
            yield loan(_plain(romaji)), name


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
            yield loan(_plain(latin), korean=True), nouns
    yield from ((key(latin), craft) for latin, craft in korean_crafts(text, KOREAN_RARE))
