"""What makes two articles less alike however many words they share (cluster._similarities
cuts their similarity): key figures that disagree, leads in different places, and leads that
tell different kinds of event."""

from __future__ import annotations

import math
from collections.abc import Collection

import numpy as np
from scipy import sparse

from briefgen import places
from briefgen.country_names import homes as homes_of
from briefgen.gazetteer import gazetteer
from briefgen.nearby import neighbours
from briefgen.salience import Profile, value
from briefgen.storms import NUMBERED
from briefgen.vectors import sparse_rows

# Key figures of one kind this many orders of magnitude apart or fewer that differ conflict;
# further apart they are two quantities (measured: 2 parts a company's bid from its fine on
# sparse days, sparse precision 0.699 -> 0.706, nothing else changed; 3 and 4 the same:
# benchmarks/README.md)
MAGNITUDES = 2
SHIFTS = range(-MAGNITUDES, MAGNITUDES + 1)
# Two articles that both name this many cities are in one place, whatever countries their
# leads name (a capital alone is named by reports of many events: measured, 1 joined a K-pop
# tour and a supermarket takeover on Seoul; 2 changed no labelled corpus: benchmarks/README.md);
# capitals do not count (a Polish farmers' blockade and a Hungarian veto both name Brussels,
# Kyiv and Moscow)
SHARED_CITIES = 2
# Kinds of event that are one wherever they are told (happenings.py): a carmaker's recall is
# reported from each country with its own count of cars there, a company's results from each
# market with its business there. Leads in two countries are no two events when both tell
# one of these (measured on 59 corpora: recall alone 2992 -> 3005 right pairs and 66 -> 70
# wrong, one market report that leads with a recall joining it; results 4 more right and no
# wrong; takeovers, breaches and listings moved no pair: benchmarks/README.md), nor leads in
# two cities of one country (74 corpora: 4565 -> 4570 right pairs, 73 wrong before and after,
# with each language's scale words read: scale_words.py)
WORLDWIDE = frozenset({"recall", "results"})
# Quantities that only grow as an event goes on, which two reports of it hours apart give
# as it was when each was written (_growing), each with how many times the earlier report's
# the later may give: the dead without a bound, the area a fire burned twice (Limache's 85
# hectares and Viña del Mar's 310 are two fires of one day and region: blind-day-19) ...
GROWING = {"dead": math.inf, "area": 2.0}
# ... an area's key figures being of these kinds (hectares, acres, Greek stremmata, in each
# language's stem; and "ha")
AREAS = ("hect", "hekt", "ettar", "acr", "гектар", "στρέμμ", "هكتار")


def conflicting_figures(
    profiles: list[Profile], left: np.ndarray, right: np.ndarray, hours: np.ndarray | None = None
) -> np.ndarray:
    """Whether each pair gives different key figures of one kind: both leads state a specific
    quantity of one kind and size (a vote count, a magnitude, a sum in pounds; orders of
    magnitude at most MAGNITUDES apart: a company's €4.6bn takeover bid and its €38.5m fine
    are two events' sums, a share price of HK$58 and $7.5bn of investment two quantities)
    and no key figure of either appears, of its kind and to two significant digits, in the
    other. Not a quantity that grew as the event went on (`_growing`): when both leads give
    it and the later one (by `hours`, each article's publication) gives more, their figures
    of it do not conflict ("37 dead" at one, "death toll rises to 52" at seven: blind-day-36;
    4,500 hectares burned in the morning, 5,800 by night: blind-day-63)."""
    keys = [p.key_figures for p in profiles]
    figures = [p.figures for p in profiles]
    found = _conflicts(keys, figures, left, right)
    if hours is None or not found.any():
        return found
    growing = [_growing(p) for p in profiles]
    grew = {
        quantity: found
        & _rose([g.get(quantity) for g in growing], hours, left, right, GROWING[quantity])
        for quantity in GROWING
    }
    rose = np.stack([grew[q] for q in GROWING], axis=1)
    for combination in np.unique(rose[rose.any(axis=1)], axis=0):  # which grew, pair by pair
        quantities = [q for q, grown in zip(GROWING, combination, strict=True) if grown]
        pairs = (rose == combination).all(axis=1)
        others = [
            key - set().union(*(g[q][1] for q in quantities if q in g))
            for key, g in zip(keys, growing, strict=True)
        ]
        found[pairs] = _conflicts(others, figures, left[pairs], right[pairs])
    return found


def _growing(profile: Profile) -> dict[str, tuple[float, set[str]]]:
    """The quantities of a lead that only grow as an event goes on (GROWING), each with its
    greatest value and the key figures that give it: its counts of the dead (Profile.dead),
    the area a fire burned (AREAS)."""
    found = {}
    if profile.dead:
        dead = profile.lead_dead
        given = {f for f in profile.key_figures if value(f) in dead}
        found["dead"] = (max(profile.dead), given)
    areas = {f for f in profile.key_figures if _an_area(f) and value(f) is not None}
    if areas:
        found["area"] = (max(value(f) or 0.0 for f in areas), areas)
    return found


def _an_area(figure: str) -> bool:
    """Whether a key figure is of an area (AREAS: 'hectar=23e2', 'ha=23e2' of "2,300ha")."""
    kind = figure.partition("=")[0]
    return kind == "ha" or kind.startswith(AREAS)


def _rose(
    most: list[tuple[float, set[str]] | None],
    hours: np.ndarray,
    left: np.ndarray,
    right: np.ndarray,
    at_most: float,
) -> np.ndarray:
    """Whether both leads of each pair give a quantity (`most`: its greatest value in each,
    or None) and the later one gives more, `at_most` times as much (of two published at one
    time, neither is later: reports dated by their day alone)."""
    values = np.array([m[0] if m else 0.0 for m in most])
    later = np.where(hours[left] < hours[right], right, left)
    earlier = np.where(later == right, left, right)
    apart = hours[left] != hours[right]
    grown = values[later] > values[earlier]
    if at_most != np.inf:  # (inf times a report's 0 is no number: numpy warned of it)
        grown &= values[later] <= at_most * values[earlier]
    return apart & (values[earlier] > 0) & grown


def _conflicts(
    keys: list[set[str]], figures: list[set[str]], left: np.ndarray, right: np.ndarray
) -> np.ndarray:
    n = len(keys)
    rows = sparse_rows(
        [dict.fromkeys((_size(f, 0) for f in key), 1.0) for key in keys]
        + [dict.fromkeys((_size(f, d) for f in key for d in SHIFTS), 1.0) for key in keys]
        + [dict.fromkeys(key, 1.0) for key in keys]
        + [dict.fromkeys(found, 1.0) for found in figures]
    )
    kinds, near = rows[:n], rows[n : 2 * n]
    key_rows, figure_rows = rows[2 * n : 3 * n], rows[3 * n :]
    same_kind = _cross_dot(kinds, near, left, right) > 0
    found = _cross_dot(key_rows, figure_rows, left, right)
    found += _cross_dot(figure_rows, key_rows, left, right)
    return same_kind & (found == 0)


def _size(figure: str, shift: int) -> str:
    """A key figure's kind and order of magnitude, shifted ('$=75e8': '$@9')."""
    kind, _, value = figure.partition("=")
    digits, _, exponent = value.partition("e")  # figures.buckets: '0' has no exponent
    return f"{kind}@{int(exponent or 0) + len(digits) - 1 + shift}"


def elsewhere(profiles: list[Profile], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether each pair tells of different places: both leads name a country, and one
    article names no country of the other's lead (a city names its country: Lisbon and
    "Portugal's capital" agree; a report in a language of few countries names them unsaid:
    a German report of a German carmaker's slump in China, which never says "Germany", and
    an English one that leads with the German carmaker agree, country_names.homes); or both
    leads name cities of one country, and one article names no city of the other's lead
    (Szeged and Debrecen; Bari's mayor resigning "after Verona's" and Verona's), nor one near
    it (nearby.py: Zapopan and Guadalajara). Talks in Geneva on Khartoum's aid routes are one
    place. Nor are two leads that name one city whose country is in doubt (regions.settle:
    Halifax in England, or in Nova Scotia), whatever countries they give it; nor, country
    against country or city against city, two leads that tell a recall or results
    (WORLDWIDE): a carmaker's recall told in Poland and in Turkey, each with its own count of
    cars; TCS's results told from Mumbai and from Kolkata."""
    in_leads = [places.cities(p.lead_places) for p in profiles]
    named = [places.cities(p.places) for p in profiles]
    capitals = {p.key for p in gazetteer().capitals.values()}
    rows = sparse_rows([dict.fromkeys(keys - capitals, 1.0) for keys in named])
    one_place = _cross_dot(rows, rows, left, right) >= SHARED_CITIES
    countries = _unmet_sets(
        [places.countries(p.lead_places) for p in profiles],
        [places.countries(p.places) | homes_of(p.language) for p in profiles],
        left,
        right,
    )
    countries &= ~_one_doubtful_city(profiles, left, right) & ~one_place
    worldwide = _worldwide(profiles, left, right)
    countries &= ~worldwide
    near = neighbours(set().union(*named), set().union(*in_leads))
    around = [keys.union(*(near.get(key, ()) for key in keys)) for keys in named]
    cities = _unmet_sets(in_leads, around, left, right) & ~worldwide
    homes = sparse_rows([dict.fromkeys(lead_countries(p), 1.0) for p in profiles])
    one_country = _cross_dot(homes, homes, left, right) > 0
    return countries | (cities & one_country)


def _worldwide(profiles: list[Profile], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether both leads of each pair tell one kind of event that is one wherever it is
    told (WORLDWIDE: a recall, results)."""
    rows = sparse_rows([dict.fromkeys(p.lead_happenings & WORLDWIDE, 1.0) for p in profiles])
    return _cross_dot(rows, rows, left, right) > 0


def one_storm(storms: list[set[str]], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether both leads of each pair name one storm by its name (storms.py), and both
    articles a place in common: whether they share a key of `storm_places`."""
    rows = sparse_rows([dict.fromkeys(keys, 1.0) for keys in storms])
    return _cross_dot(rows, rows, left, right) > 0


def storm_places(profile: Profile, storms: frozenset[str]) -> set[str]:
    """Each storm its lead names (`storms`: storms.numbered) with each city or country it
    names (a city's country as a country named): one name is given to storms of other seasons
    and other seas, and the generated corpus names its storms from 40 first names, in towns
    no gazetteer knows. A typhoon's number (台風17号) is one storm's of the season wherever
    it is told, with no place."""
    if not storms:
        return set()  # (most leads name none: no places to gather)
    named = {"n:" + key[2:] for key in places.countries_of_cities(profile.places)}
    named |= places.cities(profile.places) | places.countries(profile.places)
    numbers = {storm for storm in storms if storm.startswith(NUMBERED)}
    return numbers | {f"{storm} {place}" for storm in storms - numbers for place in named}


def _one_doubtful_city(profiles: list[Profile], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether both leads of each pair name a city whose name cities of other countries bear
    (Gazetteer.namesakes)."""
    doubtful = gazetteer().namesakes
    rows = sparse_rows(
        [dict.fromkeys((c for c in places.cities(p.lead_places) if c in doubtful), 1.0)
         for p in profiles]
    )  # fmt: skip
    return _cross_dot(rows, rows, left, right) > 0


def lead_countries(profile: Profile) -> set[str]:
    """The countries of the cities the lead names ('n:ES'): for a city whose name cities of
    several countries bear (Valencia: Spain's, Venezuela's), the one of them the article
    names ("the Spanish city of Valencia"), else any of them: Valencia and Bilbao may be
    two cities of one country, and are two places."""
    bearers = gazetteer().bearers
    named = places.countries(profile.places)
    found = {"n" + key[1:] for key in places.countries_of_cities(profile.lead_places)}
    for city in places.cities(profile.lead_places):
        homes = set(bearers.get(city, ()))
        found |= (homes & named) or homes
    return found


def other_happenings(
    profiles: list[Profile], left: np.ndarray, right: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Whether each pair tells different kinds of event (happenings.py), and whether only one
    of the two names the other's. Both leads tell one, and neither article names a kind of
    the other's lead (a company's results and its data breach; a plant fire and a bond sale
    of one miner): two events. One event told in other words meets in some kind (a blaze and
    a fire, a strike and a walkout). An article that names the other event too ("results, a
    day after the breach") meets it, but when the other does not name its event in turn (a
    recall report that recalls last week's results, and a results report) that is weaker
    evidence of one event than both naming each other's: a lead often tells an event by
    what followed from it, and as often another event of the same actor."""
    both, one_way, other_way = _meetings(
        [p.lead_happenings for p in profiles], [p.happenings for p in profiles], left, right
    )
    return both & ~(one_way | other_way), both & (one_way ^ other_way)


def _unmet_sets(
    in_leads: list[Collection[str]],
    anywhere: list[Collection[str]],
    left: np.ndarray,
    right: np.ndarray,
) -> np.ndarray:
    """Whether both of each pair have something `in_leads`, and one has `anywhere` none of
    the other's `in_leads`."""
    both, one_way, other_way = _meetings(in_leads, anywhere, left, right)
    return both & ~(one_way & other_way)


def _meetings(
    in_leads: list[Collection[str]],
    anywhere: list[Collection[str]],
    left: np.ndarray,
    right: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of each pair: whether both have something `in_leads`; whether the left one's
    `in_leads` meet the right one's `anywhere`; and the other way round."""
    n = len(in_leads)
    rows = sparse_rows(
        [dict.fromkeys(keys, 1.0) for keys in in_leads]
        + [dict.fromkeys(keys, 1.0) for keys in anywhere]
    )
    leads, named = rows[:n], rows[n:]
    has_lead = leads.getnnz(axis=1) > 0
    one_way = _cross_dot(leads, named, left, right) > 0
    other_way = _cross_dot(named, leads, left, right) > 0
    return has_lead[left] & has_lead[right], one_way, other_way


def _cross_dot(
    a: sparse.csr_matrix, b: sparse.csr_matrix, left: np.ndarray, right: np.ndarray
) -> np.ndarray:
    """Dot products of a[left[k]] and b[right[k]] (a and b share their columns)."""
    return np.asarray(a[left].multiply(b[right]).sum(axis=1)).ravel()
