import datetime as dt
from zoneinfo import ZoneInfo

from briefgen.config import FetchSettings, Topic
from briefgen.gather import _keyword_matcher, brief_period, gather
from briefgen.models import Story
from briefgen.summarize import SummaryRequest
from tests.synthetic_news import news_article

BERLIN = ZoneInfo("Europe/Berlin")


def test_period_ends_with_the_brief_day_or_now():
    now = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
    past = brief_period(dt.date(2026, 11, 20), now, dt.timedelta(hours=24), BERLIN)
    assert past.end == dt.datetime(2026, 11, 21, tzinfo=BERLIN)
    assert past.start == dt.datetime(2026, 11, 20, tzinfo=BERLIN)
    today = brief_period(dt.date(2026, 11, 24), now, dt.timedelta(hours=6), BERLIN)
    assert today.end == now and today.start == now - dt.timedelta(hours=6)
    ahead = brief_period(dt.date(2026, 11, 26), now, dt.timedelta(hours=24), BERLIN)
    assert ahead.end == now  # articles dated in the future are not news


def test_window_keywords_and_failing_sources(articles, tmp_path):
    topic = Topic(
        name="Ukraine war",
        sources=[str(articles), str(tmp_path / "missing")],
        include=["Ukraine", "Kyiv"],
        exclude=["grain"],
        since="48h",
    )
    period = brief_period(
        dt.date(2026, 11, 24), dt.datetime(2026, 11, 25, tzinfo=dt.UTC), topic.since, BERLIN
    )
    result = gather(topic, period, FetchSettings())
    assert result.found == 11
    assert result.outside_window == 1  # the 10 November article
    assert result.filtered_out == 3  # the football match and the two grain articles
    assert len(result.articles) == 7
    assert all(period.start <= a.published <= period.end for a in result.articles)
    assert [e.source for e in result.errors] == [str(tmp_path / "missing")]
    assert "no such file or folder" in result.errors[0].error


def test_explain_empty_names_the_fix(tmp_path):
    (tmp_path / "empty").mkdir()
    topic = Topic(name="T", sources=[str(tmp_path / "empty")])
    period = brief_period(
        dt.date(2026, 11, 24), dt.datetime(2026, 11, 25, tzinfo=dt.UTC), topic.since, BERLIN
    )
    result = gather(topic, period, FetchSettings())
    assert result.articles == []
    assert "no articles found" in result.explain_empty(period)


def test_keywords_match_inside_words_where_a_script_writes_no_boundary():
    """Chinese and Japanese have no spaces; a Korean word carries its particles and the rest
    of a compound after it: 가와모토 is in 가와모토자동차가 ("Kawamoto Motor" as subject)."""
    matches = _keyword_matcher(["经济", "가와모토", "Kyiv"])
    assert matches("中国经济增长") and matches("가와모토자동차가 리콜을 발표했다")
    assert matches("Kyiv's mayor") and not matches("Kyivstar outage")
    # a name in Latin letters written against Chinese, Japanese or Korean is still a word
    assert matches("Kyiv市长表示") and matches("Kyivの市長") and matches("Kyiv은 발표했다")
    assert not matches("xKyiv") and not matches("Kyiv2")
    assert not _keyword_matcher(["이란"])("이것이란 무엇인가")  # "Iran" in "what is"


def test_keywords_match_words_as_arabic_hebrew_and_russian_write_them():
    """Arabic and Hebrew write "of", "and", "in" and Arabic's article joined to the word
    (لمترو: "of the metro"); Russian declines a name (Набиуллиной: of Nabiullina)."""
    metro = _keyword_matcher(["مترو"])
    assert metro("افتتاح الخط الرابع لمترو القاهرة") and metro("ركاب المترو")
    assert not metro("أسعار البترول")  # another word that ends so
    assert _keyword_matcher(["ירושלים"])("הפגנה בירושלים")
    name = _keyword_matcher(["Набиуллина"])
    assert name("по словам Эльвиры Набиуллиной") and name("Набиуллину спросили")
    assert not name("Набиуллинская")
    assert not _keyword_matcher(["ставка"])("ставкой")  # a common noun: whole words


def test_a_chinese_keyword_matches_in_traditional_and_simplified_characters():
    """花蓮 (as Taiwan writes it) finds the mainland's 花莲 report too, and 经济 finds 經濟."""
    matches = _keyword_matcher(["花蓮", "经济"])
    assert matches("花莲县发生6.1级地震") and matches("花蓮外海地震")
    assert matches("台灣經濟成長") and not matches("台北市長選舉")
    assert _keyword_matcher(["Kyiv"])("Kyiv") and not _keyword_matcher([" "])


def test_articles_dated_after_now_or_in_1970_are_reported_not_dropped_silently(tmp_path):
    """A feed whose clock or time zone is wrong dates its items hours ahead: they were left
    out as "outside the time window" with advice that could not help (widen --since), and
    items dated 1970 vanished without a word. One line now names the source and the dates."""
    now = dt.datetime.now(dt.UTC)
    folder = tmp_path / "news"
    folder.mkdir()
    dates = {"ok": now - dt.timedelta(hours=2), "ahead": now + dt.timedelta(hours=8)}
    dates["epoch"] = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    for name, published in dates.items():
        (folder / f"{name}.md").write_text(
            f"---\ntitle: {name}\npublished: {published.isoformat()}\n---\nPower is back.\n",
            encoding="utf-8",
        )
    # dated by its day alone: today's stands at noon UTC, which may be hours ahead, and is no
    # error; the day after tomorrow's is
    for name, day in (("today", now.date()), ("later", now.date() + dt.timedelta(days=2))):
        (folder / f"{name}.md").write_text(
            f"---\ntitle: {name}\npublished: {day.isoformat()}\n---\nPower is back.\n",
            encoding="utf-8",
        )
    topic = Topic(name="T", sources=[str(folder)])
    period = brief_period(now.date(), now, topic.since, dt.UTC)
    result = gather(topic, period, FetchSettings())
    assert sorted(a.title for a in result.articles) == ["ok", "today"]
    [said] = result.errors
    assert said.source == str(folder)
    assert said.error.startswith("3 items left out, 2 dated after now (up to ")
    assert "1 dated 1970-01-01, which is no real date" in said.error
    assert result.misdated == 3


def test_sources_are_dated_in_the_brief_s_time_zone():
    """A new user's JSON gave one source's time as +02:00 and two as Z (nu30 r15): each
    source's publication time is given in the brief's zone, as its period is."""
    at = dt.datetime(2026, 11, 24, 13, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    articles = [
        news_article("Kyiv Post", "Budget passed", "The budget passed.", at),
        news_article("Wire", "Budget vote", "The vote passed.", at.astimezone(dt.UTC)),
    ]
    period = brief_period(dt.date(2026, 11, 24), at, dt.timedelta(days=1), BERLIN)
    request = SummaryRequest(
        "Ukraine",
        [],
        dt.date(2026, 11, 24),
        period,
        at,
        [Story(id="s1", title="Budget", articles=articles)],
    )
    published = [source.published for source in request.sources]
    assert [p.isoformat() for p in published] == ["2026-11-24T12:10:00+01:00"] * 2
    # a source dated by its day alone keeps its noon UTC: that day in every zone (the review's)
    noon = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)
    day = news_article("Daily", "Budget day", "The budget.", noon)
    auckland = brief_period(
        dt.date(2026, 11, 24), at, dt.timedelta(days=1), ZoneInfo("Pacific/Auckland")
    )
    request = SummaryRequest(
        "Ukraine", [], dt.date(2026, 11, 24), auckland, at,
        [Story(id="s1", title="Budget", articles=[day.model_copy(update={"dated_by": "day"})])],
    )  # fmt: skip
    assert request.sources[0].published.isoformat() == "2026-11-24T12:00:00+00:00"  # as given
