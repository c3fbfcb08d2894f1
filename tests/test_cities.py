"""Cities' other names (briefgen/cities.py): only those of large cities and capitals. The
Latin-script other names of smaller cities known the world over were tried (Venedig for
Venice, whose old town GeoNames counts at 51,298 people) and left out: they are German
nouns and surnames too."""

from collections import Counter

import pytest

from briefgen.places import find

NONE: Counter[str] = Counter()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Mannschaft hatte Pech im Spiel.", "de"),  # Pécs's German name
        ("Ein Leck im Tank wurde gefunden.", "de"),  # Liège's Low German one
        ("Stefan Raab moderierte die Show.", "de"),  # Győr's German one
        ("In Landsberg am Lech brannte eine Scheune.", "de"),  # Gorzów Wielkopolski's
    ],
)
def test_a_smaller_citys_other_name_that_is_a_word_or_a_name_is_no_place(text, language):
    assert find(text, NONE, NONE, False, language).places == {}


def test_a_countrys_name_in_a_language_is_that_country():
    # Columbia, South Carolina, is "Kolumbia" too; in Polish that is Colombia
    assert find("Kolumbia i Peru podpisały umowę.", NONE, NONE, False, "pl").places == {
        "n:CO": 1,
        "n:PE": 1,
    }
