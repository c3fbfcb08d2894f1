"""What the openai provider reports of its calls, and the fixed prompt providers can cache,
against the local OpenAI-compatible server through the real client."""

import datetime as dt
import socket

import pytest
from llm_server import FakeLLM, serve

from briefgen.config import LLMSettings
from briefgen.models import Article, Development, Period, Story
from briefgen.summarize import SummaryRequest
from briefgen.summarize.openai import OpenAISummarizer
from briefgen.summarize.parts import StoryPart, digest_entry


@pytest.fixture
def llm():
    with serve(FakeLLM()) as server:
        yield server


def request(topic: str = "Ukraine", day: int = 24) -> SummaryRequest:
    """Two stories of two short articles each, for calling the summarizer directly."""
    now = dt.datetime(2026, 11, day, 18, tzinfo=dt.UTC)
    text = (
        "Officials in {p} said 1,200 homes lost power after the storm on Monday. "
        "The grid operator warned that repairs could take 3 days. "
        "Engineers are expected to restore most lines by Thursday, the mayor said."
    )
    crews = "".join(f" Crews repaired feeder {i} of the eastern grid." for i in range(120))
    stories = [
        Story(
            id=f"s{n}",
            title=f"Storm in {place}",
            articles=[
                Article(
                    url=f"https://outlet{k}.example/{place}",
                    canonical_url=f"https://outlet{k}.example/{place}",
                    title=f"Storm hits {place}",
                    text=text.format(p=place) + f" Outlet {k} saw it." + crews * (k == 0),
                    published=now - dt.timedelta(hours=k + 1),
                    outlet=f"Outlet {k}",
                )
                for k in range(2)
            ],
        )
        for n, place in enumerate(["Lviv", "Odesa"], start=1)
    ]
    period = Period(start=now - dt.timedelta(days=1), end=now)
    return SummaryRequest(topic, [topic], now.date(), period, now, stories)


def summarize(base_url: str, req: SummaryRequest, **options) -> OpenAISummarizer:
    llm = LLMSettings(provider="openai", model="m", base_url=base_url, cache=False, **options)
    summarizer = OpenAISummarizer(llm, None, req.generated_at)
    summarizer.brief = summarizer.summarize(req)
    return summarizer


def test_calls_are_counted_as_attempted_and_answered(llm):
    stats = summarize(llm.base_url, request()).brief.stats
    assert stats.llm_calls == stats.llm_calls_ok == len(llm.requests) == 3
    llm.fail_next("invalid_json")  # one answer repaired: asked twice, answered once
    stats = summarize(llm.base_url, request(), concurrency=1).brief.stats
    assert (stats.llm_calls, stats.llm_calls_ok) == (4, 3)
    with socket.socket() as s:  # a port nothing listens on: the connection is refused
        s.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{s.getsockname()[1]}/v1"
    brief = summarize(nowhere, request(), max_retries=0).brief
    assert brief.stats.llm_calls >= 1 and brief.stats.llm_calls_ok == 0
    assert all("cannot reach the LLM server" in s.fallback for s in brief.stories)


def test_the_fixed_prompt_is_the_same_for_every_topic_and_day(llm):
    summarize(llm.base_url, request("Ukraine", 24))
    summarize(llm.base_url, request("Energy", 25))
    systems = {r["messages"][0]["content"] for r in llm.requests}
    assert len(systems) == 1  # the schema travels in response_format
    for system in systems:
        assert "Ukraine" not in system and "Energy" not in system and "2026" not in system
    users = [r["messages"][1]["content"] for r in llm.requests]
    for kind in ("<<<ARTICLES", "<<<DIGESTS"):  # story calls, synthesis calls
        calls = [u for u in users if kind in u]
        assert len(calls) == (4 if kind == "<<<ARTICLES" else 2)
        fixed = {u[: u.index(kind)] for u in calls}
        assert len(fixed) == 1  # the instructions come first, the same every time...
        assert not any(word in next(iter(fixed)) for word in ("Ukraine", "Energy", "2026"))
        dates = 2 if kind == "<<<ARTICLES" else 1  # the period's two, or the brief's
        assert all(u[u.rindex(">>>") :].count("2026-11-2") == dates for u in calls)  # ...last


def test_cached_prompt_tokens_are_counted(llm):
    first = summarize(llm.base_url, request()).brief.stats
    assert first.cached_tokens == 0  # nothing cached yet: the prompts differ early on
    again = summarize(llm.base_url, request()).brief.stats  # same prompts, our cache off
    assert 0 < again.cached_tokens <= again.prompt_tokens


def developments(*titles: str) -> list[Development]:
    return [
        Development(title=t, detail="d", story="s1", status="new", sources=["S1"], quotes=[])
        for t in titles
    ]


@pytest.mark.parametrize(("stories", "lines"), [(1, 3), (3, 2), (6, 1)])
def test_the_synthesis_digest_carries_a_story_share_of_the_outlook(stories, lines):
    story = request().stories[0]
    part = StoryPart(
        story,
        lead="Officials in Lviv said 1,200 homes lost power.",
        developments=developments(story.title.lower(), "Repairs take 3 days", "Third"),
        outlook=["Repairs by Thursday.", "A second storm on Friday.", "Schools reopen Monday."],
    )
    sid, header, text = digest_entry(part, stories)
    assert (sid, header) == ("s1", "Storm in Lviv | new, 2 articles")
    assert (
        text.splitlines()
        == [
            f"Lead: {part.lead}",
            "Development: Repairs take 3 days",  # the top two, but not the story's title again
            *[f"Outlook: {line}" for line in part.outlook[:lines]],  # five among the stories
        ]
    )
    part.developments = developments("Repairs take 3 days", "Repairs take 3 days", "Third")
    assert digest_entry(part, stories)[2].count("Development:") == 1  # said once
    part.developments = developments("", "Third")  # offline: no title of its own
    assert "Development: Third" in digest_entry(part, stories)[2].splitlines()
    assert "Development: " not in digest_entry(part, stories)[2].splitlines()
