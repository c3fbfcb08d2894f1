"""Countries by their names in other languages, from the Unicode CLDR (babel), for the
gazetteer (gazetteer.build): in Chinese, Japanese, Korean and Thai, in the European languages
of LOCALES, and in the other scripts news is written in (SCRIPT_LOCALES)."""

from __future__ import annotations

from briefgen import homographs
from briefgen.gazetteer import Place, fit_alias, fold
from briefgen.words import CASELESS_WORD, read_in_morphemes

UNSPACED_LOCALES = ("zh", "zh_Hant", "ja", "ko", "th")  # CLDR's names of countries ...
LOCALES = ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "ro", "tr")
# ... and in the other scripts news is written in
SCRIPT_LOCALES = ("ru uk bg sr el ar fa ur he hi mr ne bn ta").split()
MIN_COUNTRY = 3  # letters of a country's name in them at least (مصر, Egypt)


def add_country_names(names: dict[str, Place]) -> None:
    """Countries' names in Chinese, Japanese, Korean and Thai (美国, 미국, 日本, ญี่ปุ่น), and in
    the languages of SCRIPT_LOCALES (مصر, Египет, Αίγυπτος, मिस्र), from the Unicode CLDR
    (babel): countryinfo has few. Not one that is a common word of a language of its script
    that does not write it at home (homographs.a_country_abroad: مالي, Mali, is Arabic's and
    Persian's "financial")."""
    from babel import Locale

    countries = {p.key: p for p in names.values() if p.key.startswith("n:")}
    for locale in UNSPACED_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            place = countries.get("n:" + code)
            if place and fit_alias(name) and read_in_morphemes(name):
                names.setdefault(fold(name), place)
    english = Locale.parse("en").territories
    for locale in SCRIPT_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            place = countries.get("n:" + code)
            if (
                place
                and code in english
                and not name.isascii()
                and (CASELESS_WORD.match(name) or name[0].isupper())
                and all(CASELESS_WORD.fullmatch(w) or w.isalpha() for w in name.split())
                and len(name.replace(" ", "")) >= MIN_COUNTRY
                and not homographs.a_country_abroad(name, code, english[code])
            ):
                names.setdefault(fold(name), place)


def add_names_in_languages(names: dict[str, Place]) -> dict[str, tuple[str, ...]]:
    """Countries' names in the languages of LOCALES (Polen, Espagne, Alemania: CLDR), after
    the cities' (Granada is the city, not Grenada in Spanish); returns each name added with
    the languages that write it so. Such a name may be a common word in another language
    ("Gana", Ghana in Portuguese, is "wins" in Spanish; "Cina", China in Italian, is
    "dinner" in Romanian): it names no place in a text of that language (Gazetteer.
    common_word_in), and still does in one of its own ("Japon" in French, "Italien" in
    German, "Polonia" in Spanish)."""
    from babel import Locale

    countries = {p.key: p for p in names.values() if p.key.startswith("n:")}
    named: dict[str, tuple[str, set[str]]] = {}  # name -> its country, the languages so
    for locale in LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if "n:" + code in countries and fit_alias(name):
                named.setdefault(name, (code, set()))[1].add(locale)
    languages = {}
    for name, (code, locales) in named.items():
        if fold(name) not in names:
            names[fold(name)] = countries["n:" + code]
            languages[fold(name)] = tuple(sorted(locales))
    return languages
