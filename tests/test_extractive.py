import datetime as dt

import pytest

from briefgen.cluster import cluster, dedupe
from briefgen.config import FetchSettings
from briefgen.gather import brief_period
from briefgen.models import Brief
from briefgen.sources.files import FileSource
from briefgen.summarize import SummaryRequest
from briefgen.summarize.cues import classify, find_actor, short_title, stance_of
from briefgen.summarize.extractive import ExtractiveSummarizer
from briefgen.summarize.sentences import Sentence

NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)


def summarize(path) -> Brief:
    found = FileSource(str(path)).fetch(None, FetchSettings()).articles
    stories = cluster(dedupe(found).articles, {"ukrain"}, NOW)
    period = brief_period(dt.date(2026, 11, 24), NOW, dt.timedelta(days=30), dt.UTC)
    return ExtractiveSummarizer().summarize(
        SummaryRequest(
            topic="Ukraine",
            keywords=["Ukraine"],
            date=dt.date(2026, 11, 24),
            period=period,
            generated_at=NOW,
            stories=stories,
        )
    )


def test_shared_sample_lands_in_the_right_sections(atacms_sample):
    brief = summarize(atacms_sample)
    developments = " ".join(d.detail for d in brief.developments)
    risks = " ".join(r.detail for r in brief.risks)
    reactions = {r.actor: r for r in brief.reactions}
    assert "authorized Ukraine to use the U.S.-made Army Tactical Missile System" in developments
    assert "red line" in risks
    assert "nuclear doctrine" in risks
    assert any("Japan and South Korea" in actor for actor in reactions)
    assert reactions["Critics"].stance == "concern"
    assert brief.headline.startswith("Biden Approves Ukraine")
    assert 2 <= len(brief.summary) <= 5
    assert brief.outlook


def test_every_item_cites_sources_that_carry_its_numbers(articles):
    brief = summarize(articles)
    texts = {s.id: s for s in brief.sources}
    assert len(brief.stories) == 4  # unfiltered here: the football match is a story of its own
    for item in [*brief.developments, *brief.risks, *brief.reactions]:
        assert item.sources and set(item.sources) <= set(texts)
    story_sources = {s.id: set(s.sources) for s in brief.stories}
    for item in brief.developments:
        assert set(item.sources) <= story_sources[item.story]


def test_deterministic(articles):
    assert summarize(articles).model_dump() == summarize(articles).model_dump()


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        (
            "Kremlin spokesman Yevgeny Lavrin warned of nuclear escalation and retaliation.",
            "risk",
            "",
        ),
        (
            'Estonian Prime Minister Kadri Saar welcomed the decision as "overdue but right".',
            "reaction",
            "Estonian Prime Minister Kadri Saar",
        ),
        (
            '"The escort helps, but underwriters price the risk," said Clive Ashworth, a broker.',
            "reaction",
            "Clive Ashworth",
        ),
        (
            "EU energy ministers are due to hold an emergency video conference on Thursday.",
            "outlook",
            "",
        ),
        ("A convoy of 14 ships left Odesa on Monday under naval escort.", "development", ""),
    ],
)
def test_classify(text, kind, actor):
    sentence = Sentence(text=text, article=0, position=3)
    assert classify(sentence) == (kind, actor)


def test_stance_and_titles():
    assert stance_of(Sentence("Critics condemned the strikes.", 0, 1)) == "oppose"
    assert stance_of(Sentence("Japan condemned it.", 0, 1, label="Support")) == "support"
    assert (
        find_actor(
            "In Washington, critics including Senator Tom Brandt warned that Moscow "
            "could retaliate."
        )
        == "Critics including Senator Tom Brandt"
    )
    assert (
        short_title(
            "In response to earlier U.S. support, Russia revised its nuclear "
            "doctrine, suggesting a willingness to retaliate."
        )
        == "Russia revised its nuclear doctrine"
    )
