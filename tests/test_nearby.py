"""Cities near one another (briefgen.nearby): a city of millions reaches farther than a town."""

import math

from briefgen.nearby import EARTH_KM, FARTHEST_KM, NEAR_KM, neighbours, reach


def km(chord: float) -> float:
    return 2 * EARTH_KM * math.asin(chord / 2)


def test_a_city_of_millions_reaches_its_airport_and_suburbs_a_town_does_not():
    """Seoul's airport is in Incheon, 27 km from Seoul's centre: a flight "from Seoul" and
    one "from Incheon" leave one place (blind-day-45: a Korean report of a turbulent flight
    from Incheon was cut from the English one from Seoul, and joined Bangkok's smog).
    Smaller cities 35 km apart stay two places; no city reaches farther than FARTHEST_KM."""
    assert neighbours({"c:incheon", "c:yokohama"}, {"c:seoul", "c:tokyo"}) == {
        "c:incheon": {"c:seoul"},
        "c:yokohama": {"c:tokyo"},
    }
    assert neighbours({"c:seoul"}, {"c:incheon"}) == {"c:seoul": {"c:incheon"}}  # both ways
    assert round(km(reach(50_000))) == NEAR_KM
    assert round(km(reach(1_000_000))) == 20
    assert round(km(reach(4_000_000))) == 40
    assert round(km(reach(30_000_000))) == FARTHEST_KM
    # Amsterdam (840,000 people) reaches Amstelveen, 9 km off, not Utrecht, 35 km off
    assert neighbours({"c:amstelveen", "c:utrecht"}, {"c:amsterdam"}) == {
        "c:amstelveen": {"c:amsterdam"}
    }
