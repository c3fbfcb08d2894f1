"""Cities whose name, in a script without capitals, is a common word of another language of
that script: מסרו is Maseru and Hebrew for "they handed over", دوشنبه Dushanbe and Persian for
"Monday", ميدان Medan and Arabic for "square". Read as the city, such a word makes two reports
share a place they never named (two Hebrew reports of two Tel Aviv rulings met on "Maseru").
The gazetteer (gazetteer.py) leaves such names out when it is built."""

from __future__ import annotations

import unicodedata

from briefgen.frequency import zipf

COMMON_WORD = 3.7  # zipf: a word this common in its language is a word first
# ... and this much more common (some hundred times) than the city's name is in English:
# Maseru 1.9 and מסרו 4.0 in Hebrew; not London 5.3 and לונדון 4.5, nor Riyadh 3.1 and
# ریاض 4.7 in Urdu (where it is a man's name too); Karbala 2.5 and کربلا 4.6 in Persian is
# lost (a city written so often there that nothing tells it from a word)
WORD_ABROAD = 2.0
# Persian's and Urdu's kaf and yeh, one letter each with Arabic's (ک ك, ی ي ى): one name in
# either spelling (gazetteer.fold), and one word
ARABIC_LETTERS = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a", "\u0649": "\u064a"})
# the languages of each script (the first word of its letters' Unicode names) ...
SCRIPT_LANGUAGES = {
    "HEBREW": "he",
    "ARABIC": "ar fa ur",
    "DEVANAGARI": "hi mr ne",
    "BENGALI": "bn",
    "TAMIL": "ta",
}
# ... and the countries that write each: where a language is written, its words for its own
# cities are their names (رباط is Rabat in Arabic, whatever it is in Persian)
LANGUAGE_HOMES = {
    "he": "IL",
    "ar": "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE",
    "fa": "IR AF",
    "ur": "PK IN",
    "hi": "IN",
    "mr": "IN",
    "ne": "NP IN",
    "bn": "BD IN",
    "ta": "IN LK SG",
}


def a_word_abroad(spelling: str, city: dict) -> bool:
    """Whether a city's one-word other name (a GeoNames `city`'s) is a word of a language of
    its script that is not written where the city is: COMMON_WORD or more in it, and
    WORD_ABROAD more than the city's commonest Latin name is in English; not when the city's
    own language writes it as often as a common word."""
    script = unicodedata.name(spelling[0], "").split(" ")[0]
    languages = SCRIPT_LANGUAGES.get(script, "").split()
    home = [lang for lang in languages if city["countrycode"] in LANGUAGE_HOMES[lang].split()]
    abroad = [language for language in languages if language not in home]
    word = spelling.casefold()
    if not abroad or " " in spelling or any(zipf(word, lang) >= COMMON_WORD for lang in home):
        return False
    latin = [n for n in city["alternatenames"] if n.isascii() and n.isalpha() and n.istitle()]
    english = max(zipf(n.casefold(), "en") for n in [city["name"], *latin])  # not "MSU"
    floor = max(COMMON_WORD, english + WORD_ABROAD)
    return any(zipf(word, language) >= floor for language in abroad)


def a_shortened_word(spelling: str, spellings: set[str]) -> bool:
    """Whether a city's one-word other name is the first word of a longer one and a common
    word in a language of its script: المدينة of المدينة المنورة (Medina) is Arabic for "the
    city", and named Medina in every Arabic report that spoke of a city."""
    if " " in spelling or not any(s.startswith(spelling + " ") for s in spellings):
        return False
    script = unicodedata.name(spelling[0], "").split(" ")[0]
    word = spelling.casefold()
    return any(zipf(word, lang) >= COMMON_WORD for lang in SCRIPT_LANGUAGES.get(script, "").split())


def written_at_home(spelling: str, city: dict) -> bool:
    """Whether a city's other name is in a script its country writes (کرمان, Kerman in Iran;
    אשדוד, Ashdod in Israel), its own people's name for it, which their news writes; and no
    common word in a language of that script written elsewhere (ساري, Sari in Iran, is
    Arabic for "in force": ساري المفعول)."""
    script = unicodedata.name(spelling[0], "").split(" ")[0]
    languages = SCRIPT_LANGUAGES.get(script, "").split()
    home = [lang for lang in languages if city["countrycode"] in LANGUAGE_HOMES[lang].split()]
    words = {spelling.casefold(), spelling.casefold().translate(ARABIC_LETTERS)}
    return bool(home) and all(
        zipf(word, lang) < COMMON_WORD for word in words for lang in languages if lang not in home
    )
