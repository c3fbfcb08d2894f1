"""Cities whose name, in a script without capitals, is a common word of another language of
that script: מסרו is Maseru and Hebrew for "they handed over", دوشنبه Dushanbe and Persian for
"Monday", ميدان Medan and Arabic for "square". Read as the city, such a word makes two reports
share a place they never named (two Hebrew reports of two Tel Aviv rulings met on "Maseru").
The gazetteer (gazetteer.py) leaves such names out when it is built, and the first word of a
longer name that is a word of its own (المدينة, "the city", of Medina's المدينة المنورة); and
it takes, in such a script, the names a city's own country writes (written_at_home)."""

from __future__ import annotations

import unicodedata

from briefgen.frequency import zipf

COMMON_WORD = 3.7  # zipf: a word this common in its language is a word first
# ... and this much more common (some hundred times) than the city's name is in English:
# Maseru 1.9 and מסרו 4.0 in Hebrew; not London 5.3 and לונדון 4.5, nor Riyadh 3.1 and
# ریاض 4.7 in Urdu (where it is a man's name too); Karbala 2.5 and کربلا 4.6 in Persian is
# lost (a city written so often there that nothing tells it from a word)
WORD_ABROAD = 2.0
COUNTRY_ABROAD = 1.0  # ... and a country's name (those are written more than cities')
SHORTENED = 1.0  # zipf: a name's first word this much more common than it is a word of its own
# Persian's and Urdu's kaf and yeh, one letter each with Arabic's (ک ك, ی ي ى): one name in
# either spelling (gazetteer.fold), and one word
ARABIC_LETTERS = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a", "\u0649": "\u064a"})
PERSIAN_LETTERS = str.maketrans({"\u0643": "\u06a9", "\u064a": "\u06cc", "\u0649": "\u06cc"})
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
# the scripts whose languages have no list of common words, and the countries that write them
UNLISTED_HOMES = {"GEORGIAN": "GE", "ARMENIAN": "AM", "ETHIOPIC": "ET ER"}


def unlisted_abroad(spelling: str, city: dict) -> bool:
    """Whether a city's other name is in a script whose languages have no list of common
    words (Georgian, Armenian, Ethiopic: wordfreq has none) and the city is not in a country
    that writes it: nothing tells such a name from a word (Georgian მოსული, "arrived", is
    Mosul), and a country's news names its own cities more than those abroad."""
    homes = UNLISTED_HOMES.get(unicodedata.name(spelling[0], "").split(" ")[0])
    return homes is not None and city["countrycode"] not in homes.split()


def a_word_abroad(spelling: str, city: dict) -> bool:
    """Whether a city's one-word other name (a GeoNames `city`'s) is a word of a language of
    its script that is not written where the city is: COMMON_WORD or more in it, and
    WORD_ABROAD more than the city's commonest Latin name is in English; not when the city's
    own language writes it as often as a common word."""
    languages = languages_of(spelling)
    home = _home(languages, city)
    abroad = [language for language in languages if language not in home]
    if (
        not abroad
        or " " in spelling
        or any(frequency(spelling, lang) >= COMMON_WORD for lang in home)
    ):
        return False
    floor = max(COMMON_WORD, _english(city) + WORD_ABROAD)
    return any(frequency(spelling, language) >= floor for language in abroad)


def a_country_abroad(name: str, code: str, english: str) -> bool:
    """Whether a country's one-word name in a script without capitals is a word of a language
    of that script not written in the country: COUNTRY_ABROAD more common in it than the
    country's English name is in English (مالي, Mali, 4.8 in Arabic against 3.5: Arabic's
    "financial"; not روسيا, Russia, 5.3 against 4.9; Egypt's مصر is Arabic's own)."""
    languages = languages_of(name)
    abroad = [lang for lang in languages if code not in LANGUAGE_HOMES[lang].split()]
    if " " in name or not abroad:
        return False
    floor = max(COMMON_WORD, zipf(english.casefold(), "en") + COUNTRY_ABROAD)
    return any(frequency(name, language) >= floor for language in abroad)


def a_shortened_word(spelling: str, spellings: set[str], city: dict) -> bool:
    """Whether a city's one-word other name is the first word of a longer one and a word of
    its own in a language of its script: SHORTENED more common than the longer name, and
    WORD_ABROAD more than the city's name in English. المدينة of المدينة المنورة (Medina) is
    Arabic for "the city" (5.6, against 4.4 and 3.0), and named Medina in every Arabic report
    that spoke of a city; القدس of القدس الشريف is Jerusalem (4.9 against 4.5), रांची of
    रांची जिल्ला Ranchi (4.1 against 3.0, but 2.9 in English)."""
    if " " in spelling:
        return False
    longer = [s for s in spellings if s.startswith(spelling + " ")]
    floor = max(COMMON_WORD, _english(city) + WORD_ABROAD)
    return any(
        frequency(spelling, lang) >= max(floor, frequency(name, lang) + SHORTENED)
        for lang in languages_of(spelling)
        for name in longer
    )


def written_at_home(spelling: str, city: dict) -> bool:
    """Whether a city's other name is in a script its country writes (کرمان, Kerman in Iran;
    אשדוד, Ashdod in Israel), its own people's name for it, which their news writes; and no
    common word in a language of that script written elsewhere (ساري, Sari in Iran, is
    Arabic for "in force": ساري المفعول)."""
    languages = languages_of(spelling)
    home = _home(languages, city)
    return bool(home) and all(
        frequency(spelling, lang) < COMMON_WORD for lang in languages if lang not in home
    )


def a_word_at_home(spelling: str, city: dict) -> bool:
    """Whether a city's other name is a common word of a language written in its country:
    COMMON_WORD or more in it, and WORD_ABROAD more than the city's name is in English:
    Persian's سده is "century" before it is Sedeh (now Khomeyni Shahr); Arabic's غزة is as
    common as Gaza is in English, since news names it as often."""
    floor = max(COMMON_WORD, _english(city) + WORD_ABROAD)
    return any(frequency(spelling, lang) >= floor for lang in home_languages(spelling, city))


def home_languages(spelling: str, city: dict) -> list[str]:
    """The languages of a name's script that are written in its city's country."""
    return _home(languages_of(spelling), city)


def languages_of(spelling: str) -> list[str]:
    """The languages of the script a name is written in (SCRIPT_LANGUAGES)."""
    return SCRIPT_LANGUAGES.get(unicodedata.name(spelling[0], "").split(" ")[0], "").split()


def _home(languages: list[str], city: dict) -> list[str]:
    """Those of `languages` written in the city's country."""
    return [lang for lang in languages if city["countrycode"] in LANGUAGE_HOMES[lang].split()]


def frequency(spelling: str, language: str) -> float:
    """How common a word is in `language`, in Arabic's letters or Persian's and Urdu's (ك ي,
    ک ی), which spell one word in the two (names are looked up either way: gazetteer.fold):
    Urdu's فوجی ("military") is Arabic-lettered فوجي, an other name of Fuji."""
    word = spelling.casefold()
    forms = {word, word.translate(ARABIC_LETTERS), word.translate(PERSIAN_LETTERS)}
    return max(zipf(form, language) for form in forms)


def _english(city: dict) -> float:
    """How common the city's commonest Latin name is in English (not "MSU")."""
    latin = [n for n in city["alternatenames"] if n.isascii() and n.isalpha() and n.istitle()]
    return max(zipf(n.casefold(), "en") for n in [city["name"], *latin])
