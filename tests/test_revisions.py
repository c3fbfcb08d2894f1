"""Figures a later report revises: the brief tells the revision, not the superseded figure
(nu34 r05: a quake revised from M6.1 to 6.3, five hurt, was headed "Magnitude 6.1
earthquake shakes Kagoshima, two people hurt")."""

import datetime as dt
import json

import pytest

from briefgen.cluster import cluster
from briefgen.grounding import Grounder, line_grounded
from briefgen.models import Story
from briefgen.revisions import Report, of_articles, revisions
from briefgen.stories import titled_in
from tests.clitools import cli, write_llm_config
from tests.synthetic_news import news_article, offline_brief

AT = dt.datetime(2026, 12, 1, 21, 40, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("lang", "revising", "current"),
    [
        ("en", "Seismologists revised the quake to 6.3 from an initial 6.1.", "A 6.1 quake hit."),
        ("en", "The death toll rose to 14 from eleven, police said.", "Eleven people died."),
        ("de", "Die Stärke wurde von zunächst 6,1 auf 6,3 korrigiert.", "Ein Beben, Stärke 6,1."),
        ("fr", "Le bilan est passé de 11 à 14 morts.", "Onze personnes sont mortes, soit 11."),
        ("es", "El balance se elevó de 11 a 14 muertos.", "Murieron 11 personas."),
        ("ru", "Оценка утечки увеличена со 150 до 220 тонн.", "Утечка около 150 тонн."),
        ("zh", "气象部门将震级从最初的6.1级上调至6.3级。", "鹿儿岛发生6.1级地震。"),
        ("ja", "気象庁は規模を当初のM6.1から6.3に修正した。", "M6.1の地震があった。"),
        ("ko", "기상청은 규모를 6.1에서 6.3으로 상향 조정했다.", "규모 6.1의 지진이 발생했다."),
        # words that say a figure is old themselves, in a sentence with no word of change
        ("nl", "Er zijn 21 mensen gewond, en niet 30 zoals eerder gemeld.", "30 gewonden."),
        ("en", "It carried 620 passengers and not 450 as first reported.", "450 passengers."),
        # named without its scale word: 412 of "412 Millionen Euro"
        (
            "de",
            "Das Ebit habe 421 Millionen Euro betragen und nicht wie zuvor angegeben 412 "
            "Millionen.",
            "Das Ebit stieg auf 412 Millionen Euro.",
        ),
        (
            "ar",
            "ارتفعت حصيلة الضحايا إلى 8 قتلى، بعد أن كانت الحصيلة السابقة 5.",
            "مقتل 5 أشخاص في انهيار مبنى.",
        ),
    ],
)
def test_a_report_that_names_a_figure_as_old_revises_the_reports_that_give_it(
    lang, revising, current
):
    found = revisions(reports(lang, current, revising))
    assert found.by == {"late"}
    assert found.stale(current, lang) and not found.stale(revising, lang)


def test_a_change_every_report_tells_and_a_range_revise_nothing():
    """A rate raised "to 23% from 21%" is the news in every report, not a correction of
    one; "from 9 to 5" in a sentence that says fares rose is a range."""
    rate = "The central bank raised its key rate to 23% from 21% on Tuesday."
    assert not revisions(reports("en", rate, rate)).by
    hours = "Trains ran from 9 to 5 and fares rose."
    assert not revisions(reports("en", "Nine trains ran.", hours)).by
    assert not revisions({"a": Report("en", "Nothing changed at 9.", AT)}).by  # one alone


def test_a_later_report_that_says_a_figure_changed_to_one_no_earlier_report_gives_revises():
    """ "The death toll rose to five" leads its story, though which figure it replaces is
    not known (nu35 r01); a figure an earlier report gave, or one said first, is no news."""
    morning = "A fire killed three workers and injured 12, the fire service said."
    update = "The death toll rose to five, and the number of injured was revised to 20."
    assert revisions(reports("en", morning, update)).by == {"late"}
    assert not revisions(reports("en", update, morning)).by  # said first: the news itself
    told = "A fire killed five workers, the fire service said."
    assert not revisions(reports("en", told, "The toll rose to five.")).by
    assert revisions(reports("zh", "火灾造成3人死亡。", "死亡人数升至5人。")).by == {"late"}
    assert revisions(reports("de", "Drei Arbeiter starben.", "Die Zahl der Toten stieg auf 5.")).by


@pytest.mark.parametrize(
    ("lang", "early", "late"),
    [
        # another quantity that moved: bond yields that "rose to 4.62%" after a report of
        # inflation at 3.4%, oil that rose after a fire that killed a worker
        # (blind-revisions-32: seven such pairs were read as revisions)
        ("en", "UK inflation rose to 3.4% in October, the ONS said.",
         "Gilt yields rose to 4.62% after data showed inflation at 3.4%."),
        ("en", "A fire at the Zour refinery killed a worker and injured 3.",
         "Brent rose 2% to $84 a barrel after a fire at Zour killed a worker and injured 3."),
        # an age, a date, a past year's toll (the review's)
        ("en", "Boat capsizes\nTwo fishermen drowned when their boat capsized on Monday.",
         "Boat capsizes\nA 45-year-old man was killed when the boat capsized on Monday."),
        ("en", "Man shot dead\nA man was shot dead.",
         "Fisherman shot dead on 14 March\nThe man was shot dead on 14 March, police said."),
        ("en", "Quake kills 7\nA quake killed 7 people.",
         "Quake kills 7\nA quake killed 7 near the city where 50,000 died in 2023."),
        # an Arabic spokesman (المتحدث) or minister of justice (وزير العدل) revises nothing
        ("ar", "قتل 5 أشخاص في انفجار في بغداد يوم الاثنين.",
         "قال المتحدث باسم وزير العدل إن 5 أشخاص قتلوا ونقل الجرحى إلى 3 مستشفيات."),
        # fewer dead later is another count; the count nearest the word for dying is read
        ("en", "Factory fire: at least 11 killed\nAt least 11 workers were killed in the fire.",
         "Factory fire kills at least 7\nAt least 7 workers were killed, officials said."),
        ("en", "Blast kills 3\nThree people died.",
         "Blast: 3 dead and 40 injured\nThree people died and 40 were hurt."),
    ],
)  # fmt: skip
def test_what_revises_nothing(lang, early, late):
    assert not revisions(reports(lang, early, late)).by


def test_a_count_of_people_that_rose_revises():
    """ "The number of people evacuated now stands at 3,100" says a count changed."""
    evacuated = "About 2,400 people have been evacuated."
    now = "The number of people evacuated now stands at 3,100, the premier said."
    assert revisions(reports("en", evacuated, now)).by == {"late"}


def test_a_later_report_that_counts_more_dead_revises_the_toll():
    """ "At least 7 killed", then "at least 11 killed" the same day: a toll only rises, so the
    later report leads and the earlier count is stale, though no word says it changed; the
    count read is the one nearest the word for dying (of "3 dead and 40 injured", 3)."""
    morning = "Factory fire kills at least 7\nAt least 7 workers were killed, officials said."
    evening = "Factory fire: at least 11 killed\nAt least 11 workers were killed in the fire."
    found = revisions(reports("en", morning, evening))
    assert found.by == {"late"} and found.new == {"11"}
    assert found.stale("At least 7 workers were killed.", "en")
    assert not found.stale("At least 11 workers were killed.", "en")


def test_a_time_or_a_figure_that_shares_digits_is_no_old_figure():
    """A clock time is no old figure ("first reported at 4 a.m."), nor a figure that only
    shares digits with another's (25 and 25,000 residents): the review's."""
    hospital = "Four people were taken to hospital after a fire in a tower block."
    first = "The fire was first reported at 4 a.m., and crews brought it under control."
    assert not revisions(reports("en", hospital, first)).old
    floods = "Floods forced 25,000 residents from their homes, officials said."
    toll = "The death toll was revised to 31 from an initial 25, officials said."
    assert not revisions(reports("en", floods, toll)).stale(floods, "en")


def reports(lang: str, early: str, late: str) -> dict[str, Report]:
    """Two reports in `lang`, an hour apart."""
    return {
        "early": Report(lang, early, AT),
        "late": Report(lang, late, AT + dt.timedelta(hours=1)),
    }


def kagoshima():
    reports = [
        ("南日本通信", "鹿児島市で震度6弱の地震、M6.1　2人けが",
         "3日午前6時15分ごろ、鹿児島市付近を震源とするマグニチュード6.1の地震があった。\n\n"
         "市消防局によると、市内で2人が軽いけがをした。", "ja", 0),
        ("Pacific Ledger", "Magnitude 6.1 earthquake shakes Kagoshima, two people hurt",
         "A magnitude 6.1 earthquake struck near the southern Japanese city of Kagoshima early "
         "on Thursday, injuring two people, the city fire department said.\n\nThe quake hit at "
         "about 6:15 a.m. local time and was felt across the Kyushu region.", "en", 50),
        ("华夏快讯", "日本鹿儿岛发生6.1级地震 2人受伤",
         "据日本气象部门消息，当地时间3日6时15分左右，日本鹿儿岛市附近发生6.1级地震。\n\n"
         "鹿儿岛市消防局表示，地震造成2人轻伤。", "zh", 200),
        ("Asia Wire Service", "Kagoshima quake revised to magnitude 6.3; injuries rise to five",
         "Japanese seismologists revised the magnitude of Thursday's earthquake near Kagoshima "
         "to 6.3 from an initial 6.1, and the number of injured rose to five.\n\nAbout 1,200 "
         "households briefly lost power, Kyushu Minami Electric said, and supply was restored "
         "within two hours.", "en", 330),
    ]  # fmt: skip
    return [
        news_article(outlet, title, text, AT + dt.timedelta(minutes=m), language=lang)
        for outlet, title, text, lang, m in reports
    ]


def test_the_offline_brief_tells_the_revised_figures_not_the_superseded_ones():
    articles = kagoshima()
    stories = cluster(articles, set(), AT + dt.timedelta(hours=6), max_stories=8)
    titled_in(stories, "en")
    [story] = stories
    assert "6.3" in story.title
    brief = offline_brief("Kagoshima", story.model_copy(update={"id": "s1"}))
    assert "6.1" not in brief.headline, brief.headline
    assert "6.3 from an initial 6.1" in brief.summary[0], brief.summary
    shown = [brief.headline, *brief.summary, *(d.detail for d in brief.developments)]
    assert not any("6.1" in line and "6.3" not in line for line in shown), shown


def test_a_model_line_with_a_revised_figure_is_flagged_and_one_telling_the_revision_is_not():
    articles = kagoshima()
    texts = {f"S{i}": f"{a.title}\n{a.text}" for i, a in enumerate(articles, 1)}
    ids = {a.url: f"S{i}" for i, a in enumerate(articles, 1)}
    languages = {f"S{i}": a.language for i, a in enumerate(articles, 1)}
    revised = of_articles(articles, lambda a: ids[a.url])
    grounder = Grounder(texts, languages, "en", revised)
    stale = grounder.check("A magnitude 6.1 earthquake struck near Kagoshima.", [], ["S2"])
    assert stale.problems == ["figure(s) 6.1 revised by S4"]
    told = "The quake near Kagoshima was revised to magnitude 6.3 from an initial 6.1."
    assert grounder.check(told, [], ["S4"]).grounded
    assert not line_grounded("A magnitude 6.1 earthquake shook Kagoshima.", [grounder])
    assert line_grounded(told, [grounder])
    # a count of a few is no proof ("two elderly residents" of a toll revised from two)
    assert grounder.check("Two people were hurt near Kagoshima.", [], ["S2"]).grounded
    # nor does a claim told with the new figures cite a report of the old ones (r07) ...
    five = grounder.check("Five hurt as a magnitude 6.3 tremor hits Kagoshima.", [], ["S2", "S4"])
    assert five.grounded and five.sources == ["S4"]
    # ... unless that report tells what the claim gives
    felt = grounder.check("The quake was felt across the Kyushu region.", [], ["S2", "S4"])
    assert felt.sources == ["S2", "S4"]


def test_a_storys_revisions_are_read_once_and_again_when_its_articles_change():
    articles = kagoshima()
    story = Story(id="quake", title="Kagoshima quake", articles=articles[:3])
    assert not story.revised().by  # three reports of 6.1: nothing revised
    assert story.revised() is story.revised()
    story.articles.append(articles[3])
    revised = story.revised()
    assert revised.old == {"6.1"} and revised.by == {articles[3].url}
    names = {a.url: f"S{i}" for i, a in enumerate(articles, 1)}
    assert revised.keyed(names).by == {"S4"} and revised.keyed(names).old == revised.old


def test_the_model_is_told_of_the_revision_and_its_superseded_figure_is_flagged(tmp_path, llm):
    """Through the real client and the fake model, which copies each article's opening:
    the prompt names the revising report and the old figure, and the development that
    copies "A magnitude 6.1 earthquake struck ..." is flagged as revised."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, a in enumerate(kagoshima()):
        (folder / f"a{i}.md").write_text(
            f"---\ntitle: {json.dumps(a.title)}\noutlet: {json.dumps(a.outlet)}\nurl: {a.url}\n"
            f"published: {a.published.isoformat()}\nlanguage: {a.language}\n---\n{a.text}\n",
            encoding="utf-8",
        )
    topic = ['name = "Kagoshima"', f'sources = ["{folder}"]']
    config = write_llm_config(tmp_path, llm.base_url, topic, concurrency=1, judge_pairs=0)
    result = cli("generate", "--config", config, "--date", "2026-12-02", "--format", "json")
    assert result.exit_code == 0, result.output
    [story_prompt] = [
        r["messages"][-1]["content"] for r in llm.requests if "Summarise the story" in str(r)
    ]
    assert "revise figures the others give (6.1)" in story_prompt
    brief = json.loads(next((tmp_path / "out").rglob("*.json")).read_text(encoding="utf-8"))
    stale = [d for d in brief["developments"] if d["detail"].startswith("A magnitude 6.1")]
    assert stale and all(any("6.1 revised by" in f for f in d["flags"]) for d in stale), stale
