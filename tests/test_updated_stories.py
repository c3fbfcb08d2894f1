"""A story told again on a later day (status "updated"): what it says is today's news, and
today's sentences cite only the articles that carry them (a new user's second day)."""

import datetime as dt

from briefgen.cluster import dedupe
from briefgen.gather import brief_period
from briefgen.models import Story
from briefgen.stories import titled_in
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer
from briefgen.summarize.ranking import rank
from tests.synthetic_news import news_article

DAY_ONE = dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC)
DAY_TWO = DAY_ONE + dt.timedelta(days=1)


def report(outlet: str, title: str, text: str, at: dt.datetime, language: str):
    return news_article(outlet, title, text, at, language=language)


STRIKE_EN = report(
    "Warsaw Wire", "Warsaw metro drivers strike, halting M2 line",
    "Train drivers on the Warsaw metro went on strike on Tuesday, halting the city's M2 line. "
    "The city deployed 40 replacement buses along the M2 route. The Metro-Kadra union is "
    "demanding a pay rise of 1,200 zloty a month.", DAY_ONE, "en",
)  # fmt: skip
STRIKE_PL = report(
    "Gazeta Stołeczna", "Strajk w warszawskim metrze. Linia M2 stanęła",
    "Strajk maszynistów sparaliżował we wtorek linię M2 warszawskiego metra. Od godziny 5 "
    "rano nie kursują pociągi drugiej linii. Związkowcy zapowiadają, że strajk potrwa co "
    "najmniej do środy.", DAY_ONE + dt.timedelta(hours=1), "pl",
)  # fmt: skip
ENDED_PL = report(
    "Gazeta Stołeczna", "Koniec strajku w metrze. Maszyniści wracają do pracy",
    "Maszyniści warszawskiego metra zakończyli strajk po nocnych negocjacjach z zarządem "
    "spółki Metro Warszawskie. Pociągi linii M2 wróciły na trasę w środę od godziny 5 rano, "
    "a autobusy zastępcze zostały wycofane.", DAY_TWO, "pl",
)  # fmt: skip


def _updated(articles, fresh) -> Story:
    story = Story(id="s1", title=articles[0].title, articles=articles, score=3.0)
    return story.model_copy(update={"status": "updated", "unseen": [a.url for a in fresh]})


def _brief(story: Story):
    later = DAY_TWO + dt.timedelta(hours=3)
    period = brief_period(later.date(), later, dt.timedelta(days=2), dt.UTC)
    request = SummaryRequest("Warsaw", [], later.date(), period, later, [story], language="en")
    return ExtractiveSummarizer().summarize(request)


def test_an_updated_story_tells_today_s_news_though_only_another_language_tells_it():
    """The strike ended on day two, told by a Polish report alone: the English title and
    bottom line still said it was "halting the M2 line"."""
    story = _updated([STRIKE_EN, STRIKE_PL, ENDED_PL], [ENDED_PL])
    titled_in([story], "en")
    assert story.title == ENDED_PL.title
    headed = _updated([ENDED_PL, STRIKE_EN], [ENDED_PL])  # headed by today's report already:
    titled_in([headed], "en")  # not by yesterday's for being in English
    assert headed.title == ENDED_PL.title
    brief = _brief(story)
    assert brief.headline == ENDED_PL.title
    assert brief.summary and all(line in ENDED_PL.text for line in brief.summary), brief.summary
    assert not any("halting" in line for line in brief.summary)


def test_a_new_report_in_the_brief_s_language_heads_an_updated_story():
    ended_en = report(
        "Warsaw Wire", "Warsaw metro strike ends as drivers accept 900 zloty deal",
        "Warsaw metro drivers ended their strike on Wednesday after accepting a 900 zloty "
        "pay rise.", DAY_TWO + dt.timedelta(hours=1), "en",
    )  # fmt: skip
    story = _updated([STRIKE_EN, STRIKE_PL, ENDED_PL, ended_en], [ENDED_PL, ended_en])
    titled_in([story], "en")
    assert story.title == ended_en.title


def test_today_s_sentence_cites_no_earlier_report_that_gives_its_numbers_elsewhere():
    """ "The death toll ... rose to five" cited yesterday's "killing three" report, which
    gave a 5 (an aftershock "above magnitude 5") and a "two" in other sentences."""
    quake = news_article(
        "Continental Wire", "Magnitude 5.8 earthquake hits Turkey's Izmir province, killing three",
        "A magnitude 5.8 earthquake struck Turkey's western province of Izmir before dawn on "
        "Tuesday, killing three people and injuring 42, the disaster agency AFAD said. AFAD "
        "said 14 buildings had collapsed, most of them older two- and three-storey houses. "
        "Seismologists warned that aftershocks above magnitude 5 could damage weakened "
        "buildings.", DAY_ONE,
    )  # fmt: skip
    toll = news_article(
        "Continental Wire", "Izmir quake death toll rises to five",
        "The death toll from Tuesday's magnitude 5.8 earthquake in Turkey's Izmir province "
        "rose to five after two injured people died in hospital, the disaster agency AFAD "
        "said on Wednesday.", DAY_TWO,
    )  # fmt: skip
    again = news_article(
        "Aegean Post", "Izmir toll climbs to five",
        "The death toll from the magnitude 5.8 earthquake in Izmir rose to five on Wednesday "
        "after two injured people died in hospital, AFAD said.", DAY_TWO,
    )  # fmt: skip
    ranked = rank(0, Story(id="s1", title=toll.title, articles=[quake, toll, again], score=2.0), "")
    [told] = [
        c
        for c in ranked.candidates
        if "rose to five" in c.sentence.text and c.sentence.article == 1
    ]
    assert ranked.backing(told) == [2]  # the report that says it, not yesterday's


def test_one_actor_s_reaction_in_two_languages_is_said_once():
    """ "Prezydent Warszawy Rafał Trzaskowski skrytykował strajk" and "Mayor Rafał
    Trzaskowski criticised the strike": one person's one stance, given twice (a new user's)."""
    polish = report(
        "Gazeta Stołeczna", "Trzaskowski krytykuje strajk w metrze",
        "Strajk maszynistów sparaliżował we wtorek linię M2 warszawskiego metra. "
        "Prezydent Warszawy Rafał Trzaskowski skrytykował strajk i nazwał go "
        "nieodpowiedzialnym wobec pasażerów.", DAY_ONE, "pl",
    )  # fmt: skip
    english = report(
        "Warsaw Wire", "Warsaw mayor criticises metro strike",
        "Train drivers on the Warsaw metro went on strike on Tuesday, halting the M2 line. "
        "Mayor Rafał Trzaskowski criticised the strike as irresponsible towards passengers, "
        "while the operator called it illegal.", DAY_ONE + dt.timedelta(hours=1), "en",
    )  # fmt: skip
    story = Story(id="s1", title=english.title, articles=[english, polish], score=2.0)
    reactions = _brief(story).reactions
    assert [r.actor for r in reactions] == ["Mayor Rafał Trzaskowski"], reactions


def test_of_the_versions_of_one_address_the_latest_is_kept():
    """A wire updates its story in place: the 07:10 version came through an aggregator's
    feed, the 15:40 one through the wire's own, both at one address (nu35 r11: the brief
    said "kills three" of a fire that had killed five, and the update was nowhere). One
    text seen twice keeps its first time."""
    at = "https://wire.example.com/gdansk"
    morning, update, again = (
        report("Wire", title, text, DAY_ONE + dt.timedelta(minutes=m), "en").model_copy(
            update={"url": at + query, "canonical_url": at}
        )
        for title, text, m, query in (
            ("Fire kills three", "A fire killed three workers.", 0, ""),
            ("Toll rises to five", "The toll rose to five.", 510, "?ref=feed"),
            ("Toll rises to five", "The toll rose to five.", 600, "?ref=home"),
        )
    )
    result = dedupe([again, update, morning])
    assert result.articles == [update]
    assert result.duplicates == {update.url: [again, morning]}
