"""Cities by their other names (briefgen/cities.py): the large ones' in every script, and the
Latin-script ones of smaller cities known the world over, after every other place's names."""

from collections import Counter

import pytest

from briefgen.places import find

NONE: Counter[str] = Counter()


def places(text: str, language: str) -> dict:
    return dict(find(text, NONE, NONE, False, language).places)


@pytest.mark.parametrize(
    ("text", "language", "city", "country"),
    [
        # GeoNames counts Venice's old town, 51,298 people: under the 200,000 of other names
        ("Hochwasser in Venedig: der Markusplatz bleibt trocken.", "de", "c:venice", "n:IT"),
        ("Acqua alta a Venezia, si alza il Mose.", "it", "c:venice", "n:IT"),
        ("Inondations à Venise après trois jours de pluie.", "fr", "c:venice", "n:IT"),
        ("In Brügge streiken seit Montag die Busfahrer.", "de", "c:brugge", "n:BE"),
        ("Sciopero dei trasporti a Basilea e Zurigo.", "it", "c:basel", "n:CH"),
    ],
)
def test_a_city_known_the_world_over_by_its_name_in_another_language(text, language, city, country):
    found = places(text, language)
    assert city in found and country in found


def test_a_countrys_name_in_a_language_comes_before_a_smaller_citys_other_name():
    # Columbia, South Carolina, is "Kolumbia" too; in Polish that is Colombia
    assert places("Kolumbia i Peru podpisały umowę handlową.", "pl") == {"n:CO": 1, "n:PE": 1}
    # and a region keeps its name: Jura, not one of Győr's other names
    assert "c:győr" not in places("Des orages ont frappé le Jura vendredi.", "fr")
