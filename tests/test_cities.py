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


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Montreal commuters faced long waits on Saturday.", "c:montréal"),
        ("Snow closed schools in Quebec on Friday.", "c:québec"),
        ("Floods cut roads around Hue and Can Tho overnight.", "c:huế"),
        ("Police in Nis arrested two men.", "c:niš"),
    ],
)
def test_a_large_city_by_its_own_name_without_accents_as_english_writes_it(text, city):
    """GeoNames lists Montreal and Quebec as other names of Montréal and Québec, and those
    are frequent in English (zipf 4.1 and 4.0) as the cities' names: fit_alias had taken
    them for common words, and an English report of a Montreal metro strike named no city
    (blind-day-79)."""
    assert city in find(text, NONE, NONE, False, "en").places


@pytest.mark.parametrize(
    "text",
    [
        "Maria Garcia said the deal was done.",  # García, Mexico: 50,000 people
        "Duma deputies voted on Tuesday.",  # Dūmā, Syria
        "Palin spoke at the rally.",  # Palín, Guatemala
    ],
)
def test_a_smaller_citys_name_without_accents_is_no_place(text):
    """Only cities of ALIAS_POPULATION or more, and capitals, are named without their
    accents: García's, Dūmā's and Palín's (50,000 people or so) would be a surname, Russia's
    parliament and a politician."""
    assert find(text, NONE, NONE, False, "en").places == {}
