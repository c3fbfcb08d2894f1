"""One statement of how likely or grave a harm is, in two languages, is said once (nu34 r11:
a recall's "the risk of a fire is low" came in English and again in Spanish)."""

from test_extractive_languages import _article, lines_said, summarize


def test_one_level_and_a_name_in_two_languages_are_one_statement():
    english = _article(
        "https://ledger.example.com/recall",
        "Norvane recalls 40,000 delivery robots",
        "Norvane Robotics is recalling 40,000 Courier K2 delivery robots because their "
        "batteries can overheat. Chief executive Katrin Albers said the risk of a fire was low. "
        "Owners will be contacted by email.",
        "en", 8,
    )  # fmt: skip
    spanish = _article(
        "https://mirador.example.es/norvane",
        "Norvane retira 40.000 robots de reparto",
        "La empresa alemana Norvane Robotics retira 40.000 robots Courier K2 en todo el mundo. "
        "La consejera delegada, Katrin Albers, aseguró que el riesgo de incendio es bajo. En "
        "España circulan unos 2.500 de estos robots.",
        "es", 9,
    )  # fmt: skip
    brief = summarize([english, spanish])
    said = lines_said(brief)
    assert sum("Albers" in s for s in said) == 1, said
    assert any("2.500" in s for s in said), said  # the Spanish report's own fact stays
