"""One statement in two languages is said once: how likely or grave a harm is (nu34 r11: a
recall's "the risk of a fire is low" came in English and again in Spanish), and what one
person said (r08: "Chihiro Murai said ..." and 「村井千尋委員長は ...」)."""

import datetime as dt

from test_extractive_languages import NOW, _article, lines_said, summarize

from briefgen.gather import brief_period
from briefgen.models import Story
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer

DAY = dt.timedelta(days=1)


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


def test_one_persons_statement_in_japanese_and_english_is_said_once():
    """The Japanese name meets the English one by its sound (romanize.name_keys), whether
    the offline reading files the statement as a reaction or as a development."""
    japanese = _article(
        "https://hokkai.example.jp/lights",
        "札幌の冬灯り祭り、雪不足で開幕を1週間延期",
        "札幌市は3日、大通公園で開かれる予定だった「札幌冬灯り祭り」の開幕を、雪不足のため1週間"
        "延期すると発表した。\n\n実行委員会の村井千尋委員長は「観光客への影響は大きくない」と述べた。",
        "ja", 8,
    )  # fmt: skip
    english = _article(
        "https://weekly.example.com/lights",
        "Sapporo winter lights festival delayed a week by lack of snow",
        "Sapporo has postponed the opening of its Winter Lights Festival in Odori Park by one "
        "week because of a lack of snow, the city said on Thursday.\n\nOrganising committee "
        "chair Chihiro Murai said the impact on tourism would not be large.",
        "en", 9,
    )  # fmt: skip
    said = lines_said(summarize([japanese, english]))
    assert sum("Murai" in s or "村井" in s for s in said) == 1, said


def test_a_stock_sentence_in_the_reports_of_several_events_is_said_once():
    """nu35 r04: three fires' reports closed on one wire sentence, listed as three risks."""
    stock = (
        "Firefighters warned that the building could collapse and that neighbouring homes "
        "may have to be evacuated."
    )
    fires = [
        _article(f"https://{city.lower()}.example.com/fire", f"Fire guts {city} {what}",
                 f"A fire gutted a {what} in {city} on Tuesday, injuring {n} workers. {stock}",
                 "en", 8 + k)
        for k, (city, what, n) in enumerate(
            [("Porto", "textile warehouse", 3), ("Turin", "furniture depot", 4),
             ("Lyon", "printworks", 5)]
        )
    ]  # fmt: skip
    stories = [Story(id=f"s{k}", title=a.title, articles=[a]) for k, a in enumerate(fires, 1)]
    brief = ExtractiveSummarizer().summarize(
        SummaryRequest("Fires", [], NOW.date(), brief_period(NOW.date(), NOW, DAY, dt.UTC), NOW,
                       stories)
    )  # fmt: skip
    said = lines_said(brief)
    assert said.count(stock) == 1, said
