"""Countries by their names in other languages, from the Unicode CLDR (babel), for the
gazetteer (gazetteer.build): in Chinese, Japanese, Korean and Thai, in the European languages
of LOCALES, and in the other scripts news is written in (SCRIPT_LOCALES)."""

from __future__ import annotations

import functools

from briefgen import homographs, japanese
from briefgen.frequency import zipf
from briefgen.gazetteer import Place, fit_alias, fold, plain
from briefgen.words import CASELESS_WORD, read_in_morphemes

# CLDR's names of countries in the languages written without spaces ...
UNSPACED_LOCALES = ("zh", "zh_Hant", "ja", "ko", "th", "lo", "km", "my")
# ... and the short names news writes where CLDR gives the long one only (アメリカ合衆国:
# 米国, アメリカ; イギリス: 英国). Not 한국 for 대한민국: Korean news names its country in
# reports of anything ("한국인 피해 없어", no Korean hurt), and a recall's report in Korean
# joined the same firm's results by it (blind-day-25)
SHORT_NAMES = {"米国": "US", "アメリカ": "US", "英国": "GB"}
# ... and the names news in a language gives a country where CLDR gives another: German
# news writes "Großbritannien" (CLDR: "Vereinigtes Königreich"), Italian "Olanda" (CLDR:
# "Paesi Bassi"), Greek "Ολλανδία" (CLDR: "Κάτω Χώρες"); their acronyms ("USA", "США") are
# gazetteer.EXTRA's
NEWS_NAMES = {
    "de": {"Großbritannien": "GB"},
    "fr": {"Grande-Bretagne": "GB"},
    "es": {"Gran Bretaña": "GB", "Holanda": "NL"},
    "pt": {"Grã-Bretanha": "GB", "Holanda": "NL"},
    "it": {"Gran Bretagna": "GB", "Olanda": "NL"},
    "ca": {"Gran Bretanya": "GB", "Holanda": "NL"},
    "nl": {"Groot-Brittannië": "GB"},
    "cs": {"Velká Británie": "GB", "Holandsko": "NL"},
    "sk": {"Veľká Británia": "GB", "Holandsko": "NL"},
    "pl": {"Holandia": "NL"},
    "hu": {"Nagy-Britannia": "GB", "Hollandia": "NL"},
    "ro": {"Marea Britanie": "GB", "Olanda": "NL"},
    "tr": {"İngiltere": "GB", "Büyük Britanya": "GB", "Hollanda": "NL", "Amerika": "US"},
    "fi": {"Iso-Britannia": "GB", "Hollanti": "NL"},
    "hr": {"Velika Britanija": "GB"},
    "sl": {"Velika Britanija": "GB"},
    "id": {"Britania Raya": "GB"},
    "sw": {"Uingereza": "GB"},
    "el": {"Μεγάλη Βρετανία": "GB", "Βρετανία": "GB", "Ολλανδία": "NL"},
    "ru": {
        "Голландия": "NL",
        "Британия": "GB",
        "Англия": "GB",
        "Южная Корея": "KR",
        "Северная Корея": "KP",
    },
    "uk": {"Голландія": "NL"},
    # South Asian and Persian news names the UK Britain (CLDR: यूनाइटेड किंगडम, بریتانیا).
    # Not the US America: लैटिन अमेरिका, "Latin America", would name it, and nothing reads
    # a continent's qualifier before it
    "hi": {"ब्रिटेन": "GB"},
    "mr": {"ब्रिटन": "GB"},
    "ne": {"बेलायत": "GB"},
    "bn": {"ব্রিটেন": "GB"},
    "te": {"బ్రిటన్": "GB"},
    "ta": {"பிரிட்டன்": "GB"},
    "ml": {"ബ്രിട്ടൻ": "GB"},
    "kn": {"ಬ್ರಿಟನ್": "GB"},
    "gu": {"બ્રિટન": "GB"},
    "pa": {"ਬਰਤਾਨੀਆ": "GB"},
    "fa": {"انگلیس": "GB"},
}
LOCALES = tuple(
    "de fr es it pt nl pl sv da nb fi cs ro tr az hu hr sk et lt lv sl ca "
    "id ms fil vi sw so ha yo sq is eu gl af uz".split()
)
# ... and in the other scripts news is written in, and the Cyrillic of Kazakh, Kyrgyz and
# Mongolian (Ресей, Russia; Қытай, Кытай and Хятад, China). Not Sorani Kurdish's: in Arabic letters,
# without capitals, its names would be Arabic's words (میسر, Egypt, is Arabic's "affordable":
# "قرض ميسر", a soft loan)
SCRIPT_LOCALES = tuple(
    "ru uk bg sr el ar fa ur he hi mr ne bn ta te kn ml gu pa si ka hy am kk ky mn".split()
)
# Kazakh, Kyrgyz and Mongolian have no frequency list to tell their words; a name of theirs
# that the Cyrillic languages with one write this often (zipf) is their word or name, and no
# country (Mongolian's Франц, France, is Russian's Franz; Чех, Czechia, a Czech; Дани,
# Denmark, Russian's "tribute"): those languages' own country names are theirs already
LISTLESS = {"kk", "ky", "mn"}
CYRILLIC_LISTS = ("ru", "uk", "bg", "mk")
WORD_ELSEWHERE = 2.0
MIN_COUNTRY = 3  # letters of a country's name in them at least (مصر, Egypt) ...
# ... and in Georgian, an alphabet without capitals and without a word list to tell its
# common words: განა ("really?") is Ghana's name, ჩადი ("get in") Chad's
MIN_LETTERS = {"ka": 5}
# Arabic's adjective of a country (nisba) is a word Arabic's list knows at this zipf at least,
# and not this much more common than the country's name
KNOWN_ADJECTIVE = 2.5
ADJECTIVE_ABOVE = 0.5
# A language's homes: the countries where it is official, or official in a region, and
# spoken by this share of the people at least (CLDR) ...
HOME_SPEAKERS = 5.0
# ... when they are this many at most: English, French, Spanish and Arabic are everyone's
# (German's eight: Germany, Austria, Switzerland, Belgium, Luxembourg, Liechtenstein, and
# Denmark's and Poland's regions; measured against 5 homes at 50% of speakers, which leave
# Hindi none: benchmarks/README.md)
HOMES_AT_MOST = 8


def add_country_names(names: dict[str, Place]) -> set[str]:
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
            if (
                place
                and read_in_morphemes(name)
                # or of two katakana (チリ, タイ, マリ): a place where MeCab tags one (japanese)
                and (fit_alias(name) or japanese.SHORT_KATAKANA.fullmatch(name))
            ):
                names.setdefault(fold(name), place)
    for name, code in SHORT_NAMES.items():
        names.setdefault(name, countries["n:" + code])
    english = Locale.parse("en").territories
    for locale in SCRIPT_LOCALES:
        for code, name in _territories(locale):
            place = countries.get("n:" + code)
            if (
                place
                and code in english
                and not name.isascii()
                and (CASELESS_WORD.match(name) or name[0].isupper())
                and all(CASELESS_WORD.fullmatch(w) or w.isalpha() for w in name.split())
                and len(name.replace(" ", "")) >= MIN_LETTERS.get(locale, MIN_COUNTRY)
                and not homographs.a_country_abroad(
                    name, code, _commoner(english[code], place.name)
                )
                and not (locale in LISTLESS and _a_cyrillic_word(name))
            ):
                names.setdefault(fold(name), place)
    return _add_arabic_adjectives(names, countries)


def _a_cyrillic_word(name: str) -> bool:
    """Whether the Cyrillic languages with a frequency list write `name` as a word or a name
    of their own (WORD_ELSEWHERE)."""
    return any(zipf(name.casefold(), language) >= WORD_ELSEWHERE for language in CYRILLIC_LISTS)


def _territories(locale: str) -> list[tuple[str, str]]:
    """The countries' codes and names in a language: CLDR's, and those news gives them
    there (NEWS_NAMES)."""
    from babel import Locale

    own = NEWS_NAMES.get(locale, {})
    return [*Locale.parse(locale).territories.items(), *((c, n) for n, c in own.items())]


def _short_and_marked(name: str) -> bool:
    """Whether a country's name is of three letters, one of them accented, and so no code
    or chance word (Çin, China in Turkish and Azerbaijani; Čad, Chad; Irã, Iran)."""
    return len(name) == 3 and name[0].isupper() and name.isalpha() and not name.isascii()


def _commoner(cldr: str, own: str) -> str:
    """The country's English name that English writes more: CLDR's ("Türkiye", "Czechia")
    or countryinfo's ("Turkey", "Czech Republic")."""
    return max((cldr, own), key=lambda name: zipf(name.casefold(), "en"))


def _add_arabic_adjectives(names: dict[str, Place], countries: dict[str, Place]) -> set[str]:
    """Countries by their adjective in Arabic (the nisba: مصر, المصري and المصرية; روسيا,
    الروسي; فرنسا, الفرنسي), as news names them more often than by the country's name
    ("البنك المركزي المصري", Egypt's central bank); Persian and Urdu write them alike
    (مصری: gazetteer.fold). Only adjectives Arabic's word list knows (KNOWN_ADJECTIVE),
    not far more common than the country (a word of its own). Returns them: they are
    demonyms, and people's names too (خالد المصري, Khaled Al-Masri)."""
    from babel import Locale

    added = set()
    for code, name in Locale.parse("ar").territories.items():
        place = countries.get("n:" + code)
        if place is None or " " in name or fold(name) not in names:
            continue
        base = name.removeprefix("ال")
        stem = (
            base[:-1] if base.endswith("يا") else base[:-1] + "ي" if base[-1] == "ا" else base + "ي"
        )
        for form in (stem, stem + "ة", "ال" + stem, "ال" + stem + "ة"):
            known = zipf(form, "ar")
            if (
                KNOWN_ADJECTIVE <= known <= zipf(name, "ar") + ADJECTIVE_ABOVE
                and names.setdefault(fold(form), place) is place
            ):
                added.add(fold(form))
    return added


def add_names_in_languages(names: dict[str, Place]) -> dict[str, tuple[str, ...]]:
    """Countries' names in the languages of LOCALES (Polen, Espagne, Alemania: CLDR), after
    the cities' own names (Granada is the city, not Grenada in Spanish) but before their
    other names (_taken_from: "Armenien" is Armenia); returns each name added with
    the languages that write it so. Such a name may be a common word in another language
    ("Gana", Ghana in Portuguese, is "wins" in Spanish; "Cina", China in Italian, is
    "dinner" in Romanian): it names no place in a text of that language (Gazetteer.
    common_word_in), and still does in one of its own ("Japon" in French, "Italien" in
    German, "Polonia" in Spanish)."""

    countries = {p.key: p for p in names.values() if p.key.startswith("n:")}
    named: dict[str, tuple[str, set[str]]] = {}  # name -> its country, the languages so
    for locale in LOCALES:
        for code, name in _territories(locale):
            if "n:" + code in countries and (fit_alias(name) or _short_and_marked(name)):
                named.setdefault(name, (code, set()))[1].add(locale)
    languages = {}
    for name, (code, locales) in named.items():
        held = names.get(fold(name))
        if held is None or _taken_from(held, fold(name)):
            names[fold(name)] = countries["n:" + code]
            languages[fold(name)] = tuple(sorted(locales))
    return languages


def _taken_from(held: Place, name: str) -> bool:
    """Whether a country's name in another language that names a city or a region by
    another name names the country instead, as English names it: GeoNames gives Colombia's
    city of Armenia the country's names ("Armenien", "Ermənistan"), Mexico City Mexico's
    ("Mexiko", "Meksyk"), Hainan Taiwan's ("Tajwan"), the US state of Georgia the country's
    ("Georgien"). Not the city's or region's own name, with or without its accents: Granada
    is the city in Spanish (and Grenada's name there), Brasilia the capital (and Brazil in
    Finnish)."""
    return held.key[0] in "cr" and plain(held.name) != plain(name)


@functools.cache
def homes(language: str) -> frozenset[str]:
    """The countries ('n:JP') where `language` ('ja', 'zh') is at home (HOME_SPEAKERS,
    HOMES_AT_MOST): a report in it that names no country may be of one of them. Chinese's are
    those of its simplified and its traditional characters."""
    from babel.core import get_global
    from babel.languages import get_territory_language_info

    tags = [language, f"{language}_Hant"] if language == "zh" else [language]
    found = {
        "n:" + territory
        for territory in get_global("territory_languages")
        for tag, info in get_territory_language_info(territory).items()
        if tag in tags
        and info.get("official_status")
        and info["population_percent"] >= HOME_SPEAKERS
    }
    return frozenset(found) if len(found) <= HOMES_AT_MOST else frozenset()
