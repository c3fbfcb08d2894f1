"""Countries named by their adjective in other languages (briefgen/adjectives.py): the
German, French, Spanish, Italian and Dutch adjectives, inflected, name their country."""

import datetime as dt
from collections import Counter

import pytest

from briefgen.cluster import cluster
from briefgen.places import find
from tests.test_regions import T0, news

NONE: Counter[str] = Counter()


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Der chinesische Hersteller ruft 124.600 Autos zurück.", "de", "n:CN"),
        ("Die Aktien des französischen Konzerns fielen.", "de", "n:FR"),
        ("La Bourse salue le résultat du constructeur italienne.", "fr", "n:IT"),
        ("Les exportations allemandes reculent.", "fr", "n:DE"),
        ("Las exportaciones chinas caen un 3%.", "es", "n:CN"),
        ("El Gobierno alemán aprobó el plan.", "es", "n:DE"),
        ("I produttori tedeschi chiedono aiuti.", "it", "n:DE"),
        ("De Franse regering en de Duitse bondskanselier.", "nl", "n:FR"),
    ],
)
def test_a_country_by_its_adjective_in_another_language(text, language, country):
    assert country in find(text, NONE, NONE, False, language).places


def test_an_adjective_with_a_capital_is_a_name_and_english_is_counted_once():
    assert find("Die Deutsche Bank meldet Gewinne.", NONE, NONE, False, "de").places == {}
    assert find("Frans Timmermans sprak.", NONE, NONE, False, "nl").places == {}  # a first name
    found = find("De Chinese fabrikant en de Franse regering.", NONE, NONE, False, "nl")
    assert found.places == {"n:CN": 1, "n:FR": 1}
    # each occurrence counts, as English's do
    three = "der chinesische Hersteller, der chinesische Staat und der chinesische Markt"
    assert find(three, NONE, NONE, False, "de").places == {"n:CN": 3}
    # Dutch adjectives, not the nouns for people ("Brit", "Belg")
    assert find("De Britse regering en de Belgische premier.", NONE, NONE, False, "nl").places == {
        "n:GB": 1,
        "n:BE": 1,
    }


def test_a_report_of_a_foreign_companys_recall_at_home_joins_the_others():
    """A German report of a Chinese carmaker's recall led with the cars in Germany: its lead
    named Germany only (China in "der chinesische Hersteller" was not read), and the recall
    was cut from the Chinese and English reports as told elsewhere (a new user's)."""
    english = news(
        "Markets Daily",
        "Lanling Motors shares slide 6% after recall of 124,600 S7 sedans",
        "Shares of Chinese carmaker Lanling Motors fell 6% in Hong Kong on Tuesday after it "
        "recalled 124,600 S7 sedans over a battery coolant leak.",
    )
    german = news(
        "Auto Kurier",
        "Rückruf bei Lanling: Auch 2100 Autos in Deutschland betroffen",
        "Der chinesische Elektroautohersteller Lanling ruft weltweit rund 124.600 Limousinen "
        "des Modells S7 zurück. In Deutschland sind etwa 2100 Fahrzeuge betroffen.",
        hours=2,
    )
    german = german.model_copy(update={"language": "de"})
    assert len(cluster([english, german], set(), T0 + dt.timedelta(hours=6))) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Man sagt, der Streik dauere an.", "de"),  # not the Isle of Man
        ("La reunión de ministros terminó sin acuerdo.", "es"),  # not Réunion
        ("El mercado navideño abrió el viernes.", "es"),  # not Christmas Island
        ("Les Kosovars et les Serbes kosovars ont voté.", "fr"),  # Kosovo: not in the gazetteer
    ],
)
def test_a_word_that_is_a_small_territorys_adjective_names_nothing(text, language):
    """A review's findings: the data gave German "man" to the Isle of Man and Spanish
    "reunión" to Réunion; only countries of a million people or more are kept, and a
    country the gazetteer lacks raised KeyError."""
    assert find(text, NONE, NONE, False, language).places == {}


def test_norwegian_by_either_of_its_codes_and_a_wrong_entry_mended():
    assert "n:CN" in find("den kinesiske regjeringen", NONE, NONE, False, "nb").places
    assert "n:NG" in find("den nigerianske presidenten", NONE, NONE, False, "no").places
    assert "n:GB" not in find("le gouvernement gallois", NONE, NONE, False, "fr").places
