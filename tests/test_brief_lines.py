"""Which lines a brief of many stories, or of an updated story, gives: every story told,
none of two template events taken for one, an update's news before its warnings."""

import datetime as dt

import pytest

from briefgen.cluster import cluster, dedupe
from briefgen.gather import brief_period
from briefgen.models import Story
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer, _own_first
from briefgen.summarize.ranking import Candidate
from briefgen.summarize.restating import _shares, facts_apart
from briefgen.summarize.sentences import Sentence
from briefgen.summarize.titles import leans
from tests.synthetic_news import news_article, offline_brief

NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)


def test_every_story_of_a_long_templated_brief_is_told_and_apart():
    """Fourteen cities' tram lines written from one template: fourteen stories, none of two
    cities (the words alike, the places and numbers not: the issue's templated events); and
    every story is told in the bottom line or a development. A new user's brief of 15
    stories listed 12 developments, the last stories a title and nothing else; and lines of
    one template were taken for one event told twice, so the bottom line held one line."""
    cities = [
        ("Lisbon", "Portugal"), ("Oslo", "Norway"), ("Nairobi", "Kenya"), ("Lima", "Peru"),
        ("Hanoi", "Vietnam"), ("Accra", "Ghana"), ("Quito", "Ecuador"), ("Riga", "Latvia"),
        ("Tunis", "Tunisia"), ("Manila", "Philippines"), ("Dakar", "Senegal"),
        ("Tbilisi", "Georgia"), ("Amman", "Jordan"), ("Montevideo", "Uruguay"),
    ]  # fmt: skip
    articles = [
        news_article(
            f"{city} Post",
            f"{city} opens a {k + 3}-km tram line",
            f"{city}'s first tram line, {k + 3} km long with {k + 11} stops, opened on Tuesday "
            f"after {k + 2} years of works, {country}'s transport ministry said. The line "
            f"cost {120 + 7 * k} million euros and will carry {30 + k},000 passengers a day.",
            NOW - dt.timedelta(hours=k % 9),
        )
        for k, (city, country) in enumerate(cities)
    ]
    stories = cluster(dedupe(articles).articles, set(), NOW, max_stories=15)
    assert sorted(len(s.articles) for s in stories) == [1] * len(cities)
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(days=30), dt.UTC)
    request = SummaryRequest("Trams", [], dt.date(2026, 11, 24), period, NOW, stories)
    brief = ExtractiveSummarizer().summarize(request)
    told = " ".join([*brief.summary, *(d.detail for d in brief.developments)])
    assert [city for city, _ in cities if f"{city}'s first tram line" not in told] == []
    assert len(brief.summary) == 5


def test_sentences_of_one_city_are_not_apart_whatever_their_numbers():
    """Two estimates of one strike's cost name one city: one event (the review's case);
    two tram lines of one template in two cities are two."""

    def sentence(text: str) -> Sentence:
        return Sentence(text, 0, 0, lang="en")

    hamburg = [
        sentence("The Hamburg port strike will cost 120 million euros, analysts said."),
        sentence("The Hamburg port strike could cost 150 million euros, the chamber said."),
    ]
    trams = [
        sentence("Oslo opened a 4-km tram line that cost 127 million euros."),
        sentence("Lisbon opened a 3-km tram line that cost 120 million euros."),
    ]
    assert not facts_apart(*hamburg)
    assert facts_apart(*trams)


def test_an_updated_story_s_new_toll_comes_before_its_new_warning():
    """A typhoon's follow-up told its new death toll, then a warning; the story's bottom-line
    line was the warning, the more informative by the ranking (a new user's second day)."""
    at = dt.datetime(2026, 12, 2, 5, 30, tzinfo=dt.UTC)
    old = news_article(
        "Mekong Observer",
        "Typhoon Linfa kills seven in central Vietnam",
        "Typhoon Linfa made landfall in Quang Ngai province early on Wednesday with winds of "
        "up to 150 km/h, killing at least seven people and injuring 23, Vietnam's disaster "
        "agency said.\n\nMore than 120,000 people had been evacuated from coastal areas of "
        "Quang Ngai and Binh Dinh before the storm arrived.\n\nOver 3,000 houses had their "
        "roofs torn off. Forecasters warned that heavy rain could trigger flash floods and "
        "landslides over the next 48 hours.",
        at,
    )
    new = news_article(
        "Mekong Observer",
        "Death toll from Typhoon Linfa rises to 11 in Vietnam",
        "The death toll from Typhoon Linfa in central Vietnam rose to 11 on Thursday, with "
        "four people still missing in Quang Ngai province, the disaster agency said.\n\n"
        "Floodwaters were receding in Binh Dinh, but more than 40,000 people remained in "
        "evacuation centres.\n\nOfficials warned that landslides could still cut mountain "
        "roads in the coming days.",
        at + dt.timedelta(hours=20),
        path="follow-up",
    )
    vietnamese = news_article(
        "Báo Miền Trung",
        "Bão Linfa đổ bộ Quảng Ngãi, 7 người thiệt mạng",
        "Bão Linfa đã đổ bộ vào tỉnh Quảng Ngãi rạng sáng thứ Tư với sức gió mạnh nhất 150 "
        "km/h, làm ít nhất 7 người thiệt mạng và 23 người bị thương.\n\nTheo Ban Chỉ đạo "
        "phòng chống thiên tai, hơn 120.000 người dân ở Quảng Ngãi và Bình Định đã được sơ "
        "tán trước khi bão đổ bộ.",
        at + dt.timedelta(hours=-2),
        language="vi",
    )
    story = Story(
        id="s1", title="Typhoon Linfa", articles=[vietnamese, old, new], score=3.0,
        status="updated", unseen=[new.url],
    )  # fmt: skip
    other = news_article(
        "Lisbon Post",
        "Lisbon opens its first tram line in decades",
        "Lisbon opened a 12-km tram line on Thursday, the city council said. The line cost 210 "
        "million euros and will carry 45,000 passengers a day.",
        at + dt.timedelta(hours=19),
    )
    new_story = Story(id="s2", title="Lisbon tram", articles=[other], score=1.0)
    later = new.published + dt.timedelta(hours=1)
    period = brief_period(later.date(), later, dt.timedelta(days=2), dt.UTC)
    brief = ExtractiveSummarizer().summarize(
        SummaryRequest("Vietnam", [], later.date(), period, later, [story, new_story])
    )
    assert brief.summary[0].startswith("The death toll from Typhoon Linfa"), brief.summary


def test_one_share_in_three_languages_is_one_fact():
    """A new user's brief listed a rail strike's "around 80% of long-distance trains" three
    times, in French, English and German (nu30 r07): a share of 10% or more in common, as
    each language writes it, is one fact of a story; another share is another fact."""
    at = dt.datetime(2026, 12, 2, 9, tzinfo=dt.UTC)
    texts = [
        ("en", "Rail Wire", "German train drivers call 36-hour strike",
         "The GDL union called a 36-hour strike at Deutsche Bahn from Thursday. The company "
         "expects to cancel around 80% of long-distance trains. Freight will also stop."),
        ("fr", "Le Quotidien", "Grève de 36 heures à la Deutsche Bahn",
         "Le syndicat GDL appelle à une grève de 36 heures à partir de jeudi. La Deutsche Bahn "
         "prévoit l'annulation d'environ 80 % des trains grandes lignes. Les syndicats de "
         "cheminots français ont exprimé leur solidarité."),
        ("de", "Hessen Kurier", "GDL ruft zu 36-Stunden-Streik auf",
         "Die GDL hat die Lokführer zu einem 36-stündigen Streik aufgerufen. Der Konzern "
         "rechnet damit, dass rund 80 Prozent der Fernverkehrszüge ausfallen. Im Regionalverkehr "
         "soll etwa 40 Prozent des Angebots fahren."),
    ]  # fmt: skip
    lines = _one_story_lines("Rail", texts, at)
    assert sum(("80" in line) for line in lines) == 1, lines
    assert any("40 Prozent" in line for line in lines), lines
    # a change in points is no share, and a spaced thousand is not its last group (the review's)
    assert not _shares("stieg um 20 Prozentpunkte", "de")
    assert not _shares("une hausse de 1 200 %", "fr")
    assert _shares("بنسبة 15 في المئة", "ar") == {15.0}
    assert _shares("verlor sechs Prozent", "de") == {6.0}


def _one_story_lines(
    topic: str, texts: list[tuple[str, str, str, str]], at: dt.datetime
) -> list[str]:
    """The bottom line, developments and outlook of the offline brief of one story whose
    reports are `texts` (language, outlet, title, text), an hour apart from `at`."""
    reports = [
        news_article(outlet, title, text, at + dt.timedelta(hours=n), language=lang)
        for n, (lang, outlet, title, text) in enumerate(texts)
    ]
    said = offline_brief(topic, Story(id="s1", title=topic, articles=reports, score=3.0))
    return [*said.summary, *(d.detail for d in said.developments), *said.outlook]


def test_a_share_in_words_and_in_digits_in_two_languages_is_one_fact():
    """nu31 r05: "Norvalis shares fell as much as 6% in Frankfurt" and "Die Norvalis-Aktie
    verlor ... sechs Prozent" were both said: a share is read in words too, and one of 10% or
    more in common is one fact; another share is another. (A small one is not: one
    company's shares fell 3% and its revenue rose drei Prozent, the review's.)"""
    at = dt.datetime(2026, 12, 2, 9, tzinfo=dt.UTC)
    texts = [
        ("en", "Market Wire", "Norvalis recalls 210,000 e-bike batteries",
         "Norvalis is recalling 210,000 e-bike batteries that can overheat while charging. "
         "Norvalis shares fell as much as 12% in Frankfurt. The recall covers models sold since "
         "2024."),
        ("de", "Rhein Kurier", "Norvalis ruft 210.000 Akkus zurück",
         "Norvalis ruft 210.000 E-Bike-Akkus zurück, die beim Laden überhitzen können. Die "
         "Norvalis-Aktie verlor im Frankfurter Handel zeitweise zwölf Prozent. Der Umsatz von "
         "Norvalis war im Quartal um drei Prozent gestiegen."),
    ]  # fmt: skip
    lines = _one_story_lines("Bikes", texts, at)
    assert sum(("12%" in line or "zwölf Prozent" in line) for line in lines) == 1, lines
    assert any("drei Prozent" in line for line in lines), lines


def test_no_risk_or_outlook_line_opens_with_a_pronoun_of_the_sentence_before():
    """nu30 r09: the outlook gave "Його планують покрити ..." ("they plan to cover it"),
    whose "it" (the deficit) the brief never says. Risks and outlook lines are read apart
    from their story's sentences: none opens with a personal pronoun of the one before (a
    demonstrative may: "This week's cold snap is expected to last", the review's)."""
    at = dt.datetime(2026, 12, 2, 9, tzinfo=dt.UTC)
    text = (
        "Parliament approved the 2027 budget on Wednesday with a deficit of 18% of output. "
        "They expect to cover it mostly with foreign aid next year. "
        "The finance ministry is set to publish the spending plan next week."
    )
    budget = news_article("Kyiv Wire", "Parliament passes 2027 budget", text, at)
    said = offline_brief("Budget", Story(id="s1", title="Budget", articles=[budget], score=1.0))
    assert said.outlook == ["The finance ministry is set to publish the spending plan next week."]


def test_an_updated_story_tells_its_new_articles_items_not_yesterdays():
    """nu32 r06: the day after a strike was called, its updated story listed the call's
    risk, its reaction and "about 800 flights" forecast again, unmarked, beside the strike
    day's 790. Its items come from its new articles; its old ones give a development only
    when the new give none."""
    at = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    call = news_article("Air Wire", "Pilots call strike at Rheinair", (
        "Rheinair pilots called a 24-hour strike for Thursday over pensions. Rheinair expects to "
        "cancel about 800 flights. The airline warned that disruption could continue into "
        "Friday. The union said talks broke down on Monday."), at)  # fmt: skip
    day = news_article("Air Wire", "Rheinair cancels 790 flights as pilots strike", (
        "Rheinair cancelled 790 flights on Thursday as its pilots went on strike. Terminals in "
        "Frankfurt were calm as most passengers had been told in advance. About 110,000 "
        "passengers were affected. Lufthansa added four flights to Munich. The pilots will "
        "return to work on Friday, and no date has been set for new talks."),
        at + dt.timedelta(days=1))  # fmt: skip
    story = Story(id="s1", title="Strike", articles=[call, day], score=2.0, status="updated",
                  unseen=[day.url])  # fmt: skip
    said = offline_brief("Air", story)
    lines = [*said.summary, *(d.detail for d in said.developments), *said.outlook]
    assert any("790" in line for line in said.summary)
    assert not any("800" in i or "Monday" in i or "disruption" in i for i in lines), lines
    assert not said.risks and not said.reactions


@pytest.mark.parametrize(
    ("text", "lang", "alone"),
    [
        ("He pointed to Russia's revised nuclear doctrine.", "en", False),
        ("Його планують покрити за рахунок допомоги.", "uk", False),
        ("This week's cold snap is expected to last.", "en", True),  # a determiner
        ("Il devrait encore neiger demain.", "fr", True),  # an "il" of nothing
    ],
)
def test_a_line_read_alone_opens_with_no_personal_pronoun(text, lang, alone):
    assert leans(Sentence(text, 0, 1, lang=lang)) is not alone


def test_a_sentence_in_the_briefs_language_weighs_a_little_more_in_its_sections():
    """blind-day-37: a Chinese report's lead (0.362) headed an English brief's story before
    the English report's lead that tells the same visit in other words (0.336); one in
    another language that is far better placed still comes first."""

    def candidate(text: str, lang: str, score: float) -> Candidate:
        return Candidate(Sentence(text, 0, 0, lang=lang), "development", "", score, 1.0, {}, 0)

    chinese = candidate("中國外交部長趙明遠14日抵達衣索比亞首都。", "zh", 0.362)
    english = candidate("Chinese Foreign Minister Zhao Mingyuan arrived in Ethiopia.", "en", 0.336)
    assert _own_first([chinese, english], "en") == [english, chinese]
    far = candidate("中國外交部長趙明遠14日抵達衣索比亞首都。", "zh", 0.5)
    assert _own_first([far, english], "en") == [far, english]
