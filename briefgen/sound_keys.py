"""A name's key, what its romanizations agree on (romanize.py compares names across scripts
by it): lower case, the letters a to z, one vowel for a long one and one letter for a
doubled one (Tōkyō, Toukyou, Tokyo: 'tokyo'), no y after a consonant; its consonants alone
(`consonants`: Kohinoor, कोहिनूर: ':knr'), as the scripts that leave vowels unwritten can be
compared; or its whole sound (WHOLE), as an Indic word of too few consonants is. A key
shorter than MIN_KEY letters is too often chance ("Li", "Kim")."""

from __future__ import annotations

import unicodedata

import regex

from briefgen.gazetteer import fold

MIN_KEY = 4
# A key of consonants is kept at this many (Sachin, सचिन: skn), from a word of zipf
# spelled.SPELLED_RARE or less in its language, met by a Latin name of zipf
# romanize.LATIN_RARE or less:
# "Port" and "North" are no names to meet पोर्ट ("port") or निर्यात ("export", nrt). On the
# labelled corpora 9 of 20 pairs of one event across these scripts share two such keys, 1
# of 696 pairs of two events do.
MIN_CONSONANTS = 3
# A word in an Indic script whose consonants are too few for a key is keyed by its whole
# sound (spelled.py), prefixed WHOLE
WHOLE = ":="
# the consonants that romanizations of one name write alike: c as k (Sachin, सचिन: scin),
# x as ks (Laxmi, लक्ष्मी: lksmi), w as v, z as s; h and y dropped (kh, ch, sh, th: an
# aspirate or a digraph in one, a letter in the other), ng as n (one sound, and too common
# an ending to tell: Thai ง, Tong, Mong). q stays q: Arabic's ق is Qureshi's and Tariq's, and
# Urdu's ک and ٹ of "carriers" and "truck" are not
CONSONANT = str.maketrans({"c": "k", "x": "ks", "w": "v", "z": "s", "h": "", "y": "", "f": "p"})
# ... and f as p: the aspirate ফ, फ (ph) that names write f (ফুলবাড়িয়া, Fulbaria)
VOWEL = regex.compile(r"[aeiou]")
# letters that Unicode does not decompose into a Latin letter and a mark (Đoković, Wałęsa)
UNDECOMPOSED = str.maketrans({"đ": "dj", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
                              "þ": "th", "ð": "d", "ı": "i", "ħ": "h"})  # fmt: skip
# y after a consonant: Cyrillic writes a soft consonant's vowel as one letter that anyascii
# spells y + vowel (Калниня: Kalninya), Latvian, Polish or Czech as a mark on the consonant
# (Kalniņa, Kalnina), Korean's romanization yeo and ya, others eo and a: no letter of a key
SOFTENED = regex.compile(r"(?<=[b-df-hj-np-tv-z])y")
DOUBLED = regex.compile(r"(.)\1+")  # and long vowels: oo, uu, aa, ii (ou: o first)
HARD_C = regex.compile(r"c(?=[^eihy]|$)")  # OPEC is ОПЕК, Coca-Cola Кока-Кола; not ch, ce, ci, cy


def plain(latin: str) -> str:
    """Lower case, a to z: accents and marks dropped (Đoković: djokovic)."""
    folded = unicodedata.normalize("NFKD", fold(latin).translate(UNDECOMPOSED))
    return "".join(c for c in folded if "a" <= c <= "z")


def key(latin: str) -> str:
    """A name in Latin letters as romanizations agree on it: lower case, a to z, one vowel
    for a long one and one letter for a doubled one ('Hokkaidou', 'Hokkaido', 'Hokkaidō':
    'hokaido'), no y after a consonant (SOFTENED); '' when that is shorter than MIN_KEY."""
    letters = plain(latin)
    if len(letters) < MIN_KEY:
        return ""
    short = DOUBLED.sub(r"\1", SOFTENED.sub("", HARD_C.sub("k", letters.replace("ou", "o"))))
    return short if len(short) >= MIN_KEY else ""


def consonants(latin: str, fewest: int = MIN_CONSONANTS) -> str:
    """A name's consonants as romanizations agree on them, prefixed ':' apart from the keys
    of `key' ('Kohinoor', 'kohinur': ':knr'); '' when fewer than `fewest`."""
    letters = plain(latin)
    skeleton = DOUBLED.sub(r"\1", VOWEL.sub("", letters.replace("ng", "n").translate(CONSONANT)))
    return ":" + skeleton if len(skeleton) >= fewest else ""
