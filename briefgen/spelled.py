"""Names in the scripts that leave vowels unwritten (romanize.SPELLED: Devanagari and the
other Indic scripts, Arabic, Hebrew, Thai) and in Georgian and Armenian, which write every
vowel but have no list of their common words (romanize.VOWELLED).

The words rare in their language (names and borrowed words: कोहिनूर, पेट्रोकेम, صحار) are
spelled in Latin letters by anyascii and compared by their consonants (sound_keys.consonants:
knr, ptrkm, sr), as the rare names of a Latin text are. Hindi leaves most vowels unwritten
(सूरत: surt), Arabic all short ones. Three consonants meet by chance more often than a name
by its sound: across.py counts one such key in common only beside a telling number. Between
two Indic scripts a rare word is keyed by its consonants unvoiced too, when it has four or
more (Tamil writes no voiced consonant: पीएसएलवी and பிஎஸ்எல்வி, PSLV, are '~:!pslv'). A
word whose consonants are too few for a key is keyed by its whole sound (sound_keys.WHOLE),
as a Latin name of such consonants is: anyascii writes no inherent vowel in any Indic script,
so that the word is alike in all (गगनयान and গগনযান: 'gnan'), and meets its Latin name where
it writes every vowel (इडुक्की and Idukki: 'iduki'). Georgian and Armenian words are keyed
by their whole sound.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from briefgen.frequency import calendar_words, listed, zipf
from briefgen.inflection import forms
from briefgen.sound_keys import MIN_CONSONANTS, MIN_KEY, WHOLE, consonants, key
from briefgen.words import INDIC_RANGE, unjoined, without_joiners

# a word this common (zipf) in its language or less may be a name (sound_keys.MIN_CONSONANTS)
SPELLED_RARE = 5.0
# a key of the consonants of any word of a language without a list is kept at this many:
# four consonants meet a name by chance less often than three do
UNLISTED_CONSONANTS = 4
PREFIXED = ("he",)  # languages whose common words are read without "and", "in", "to"
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
UNLISTED_WHOLE = 6
UNVOICED = str.maketrans({"g": "k", "b": "p", "d": "t", "j": "k"})
# the flap ড়, ढ़ that anyascii writes d' and dh' is an r (ফুলবাড়িয়া, Fulbaria; খড়গপুর,
# Kharagpur)
FLAP = regex.compile(r"dh?'")
LETTERS = regex.compile(r"\p{L}[\p{L}\p{M}]*")  # a word (Devanagari's vowel signs are marks)
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
# Tamil writes one letter for a voiced and an unvoiced stop, and says it voiced after a vowel
# or a nasal (மதுரை Madurai, தஞ்சாவூர் Thanjavur, கோயம்புத்தூர் Coimbatore), unvoiced at a
# word's start, doubled or before another consonant (இடுக்கி Idukki): `_voiced` spells those
# by the Devanagari letter of their sound, that anyascii writes as the Latin names do. A Tamil
# word is keyed so and as written: a name from Sanskrit or English keeps its letters in Latin
# (ஸ்ரீஹரிகோட்டா, Sriharikota: srkt)
TAMIL_VOICED = {"க": "ग", "ச": "स", "ட": "ड", "த": "द", "ப": "ब"}
TAMIL_NASALS = frozenset("ஙஞணநமன")
TAMIL_VIRAMA = "\u0bcd"
TAMIL_VOWEL = regex.compile(r"[\u0b85-\u0b94\u0b95-\u0bb9\u0bbe-\u0bcc]")  # or a consonant's a


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
        for form in dict.fromkeys((*found, *map(_voiced, found))) if language == "ta" else found:
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


def _voiced(word: str) -> str:
    """A Tamil word with its stops spoken voiced (TAMIL_VOICED) after a vowel or a nasal but
    not before a virama (இடுக்கி: இडுக்கி, 'idukki'; ச after ஞ் as j: தஞ்சாவூர், 'tanjavur');
    any other word as it is."""
    letters = list(word)
    for i, letter in enumerate(word):
        if letter not in TAMIL_VOICED or i == 0 or word[i + 1 : i + 2] == TAMIL_VIRAMA:
            continue
        before = word[i - 1]
        if before == TAMIL_VIRAMA and i > 1 and word[i - 2] in TAMIL_NASALS:
            letters[i] = "ज" if letter == "ச" else TAMIL_VOICED[letter]
        elif TAMIL_VOWEL.match(before):
            letters[i] = TAMIL_VOICED[letter]
    return "".join(letters)


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
