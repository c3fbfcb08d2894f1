"""A report in a language of few countries names them unsaid (country_names.homes): a German
report of a German firm's slump in China never says "Germany", and an English report that
leads with the German firm is not elsewhere for that (cuts.elsewhere)."""

import numpy as np
from test_cluster_languages import make

from briefgen.country_names import homes
from briefgen.cuts import elsewhere
from briefgen.salience import profiles

DIVIDEND_DE = (
    "de",
    "Brennauer kürzt die Dividende nach Gewinneinbruch in China",
    "Der Autobauer Brennauer kürzt seine Dividende auf 1,10 Euro, nachdem der Gewinn im "
    "Geschäft in China um 38 Prozent eingebrochen ist. Vorstandschef Klaus Rehberg sprach von "
    "einem schwierigen Jahr.",
)
DIVIDEND_EN = (
    "en",
    "Brennauer cuts its dividend as profit slumps",
    "German carmaker Brennauer cut its dividend to 1.10 euros on Tuesday after a 38 percent "
    "slump in profit, chief executive Klaus Rehberg said.\n\nSales in China, its largest "
    "market, fell for a third year.",
)
# the same firm's news told from France, which the German report never names
PLANT_EN = (
    "en",
    "Brennauer to close its plant in France",
    "Brennauer will close its plant in Mulhouse, France, by next summer, cutting 1,100 jobs, "
    "chief executive Klaus Rehberg said on Tuesday.",
)


def apart(first: tuple[str, str, str], second: tuple[str, str, str]) -> bool:
    found = profiles([make("first", *first, 0), make("second", *second, 20)])
    return bool(elsewhere(found, np.array([0]), np.array([1]))[0])


def test_a_language_of_few_countries_has_them_as_homes_and_one_of_many_has_none():
    assert homes("ja") == {"n:JP"}
    assert {"n:DE", "n:AT", "n:CH"} <= homes("de")
    assert {"n:CN", "n:TW", "n:HK"} <= homes("zh")  # simplified and traditional characters
    assert homes("hi") == {"n:IN"}
    for everyones in ("en", "fr", "es", "ar"):
        assert homes(everyones) == frozenset()


def test_a_report_that_leads_with_its_own_languages_country_is_not_elsewhere():
    # the English lead names Germany only, the German report China only
    assert not apart(DIVIDEND_DE, DIVIDEND_EN)
    # ... but a lead in a country neither the German report nor its language names is
    assert apart(DIVIDEND_DE, PLANT_EN)
