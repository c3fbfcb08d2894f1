"""What the openai provider reports of its calls (tokens, cost, why stories fell back), the
budgets that bound them, and the fixed prompt providers can cache, against the local
OpenAI-compatible server through the real client."""

import datetime as dt
import socket

import pytest
from clitools import cli, llm_brief, llm_config, llm_generate
from llm_server import FakeLLM, serve

from briefgen.config import LLMSettings
from briefgen.models import Article, Development, Period, Story
from briefgen.summarize import SummaryRequest
from briefgen.summarize.openai import OpenAISummarizer
from briefgen.summarize.parts import StoryPart, digest_entry

STORIES = 3  # the demo articles about Ukraine: three stories, so 3 story calls + 1 synthesis


@pytest.fixture
def llm(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
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


def test_token_budget_lets_calls_through_until_it_would_be_exceeded(articles, tmp_path, llm):
    config = llm_config(tmp_path, articles, llm, token_budget=5000)
    assert llm_generate(config).exit_code == 3  # written, degraded: the budget stopped some
    b = llm_brief(tmp_path)
    fallen = [s for s in b.stories if s.fallback]
    assert 0 < len(fallen) < STORIES and len(llm.requests) >= 1
    assert b.stats.prompt_tokens + b.stats.completion_tokens <= 5000


def test_token_budget_stops_before_it_is_exceeded(articles, tmp_path, llm):
    config = llm_config(tmp_path, articles, llm, token_budget=1000)
    result = llm_generate(config)
    assert result.exit_code == 3  # written, degraded: the LLM wrote none of it
    assert llm.requests == []
    b = llm_brief(tmp_path)
    assert all("token budget of 1000 would be exceeded" in s.fallback for s in b.stories)
    assert "raise llm.token_budget" in result.stderr
    runs = cli("runs", "--config", config)
    assert "degraded" in runs.stdout and "0/0" in runs.stdout  # no answers, no calls


def test_call_cap_bounds_the_requests_of_a_brief(articles, tmp_path, llm):
    llm.fail_next(*["invalid_json"] * 10)
    config = llm_config(tmp_path, articles, llm, max_calls=4)
    assert llm_generate(config).exit_code == 3  # written, degraded: the LLM wrote none of it
    assert len(llm.requests) == 4
    assert "llm.max_calls" in llm_brief(tmp_path).stories[-1].fallback


def test_cost_from_the_price_table(articles, tmp_path, llm):
    config = llm_config(tmp_path, articles, llm, prices={"input": 1.0, "output": 2.0})
    assert llm_generate(config).exit_code == 0
    st = llm_brief(tmp_path).stats
    assert st.cost_usd == pytest.approx((st.prompt_tokens + 2 * st.completion_tokens) / 1e6)
    assert st.cost_usd > 0


def test_the_runs_note_names_every_reason_the_llm_could_not_write_stories():
    """Two stories fell back for two reasons: `briefgen runs` says both (it said the first
    only, and a new user looked for a timeout where a story had got invalid JSON)."""
    from rendertools import fixed_brief

    from briefgen.pipeline import _fallback_note

    brief = fixed_brief()
    reasons = ["LLM: no answer within 5 s", "LLM: invalid JSON"]
    stories = [
        s.model_copy(update={"fallback": reasons[n] if n < 2 else ""})
        for n, s in enumerate(brief.stories)
    ]
    note = _fallback_note(brief.model_copy(update={"stories": stories}))
    assert note == (
        f"2/{len(stories)} stories summarized offline: 1 x LLM: no answer within 5 s; "
        "1 x LLM: invalid JSON"
    )
    same = [s.model_copy(update={"fallback": reasons[0]}) for s in brief.stories[:2]]
    assert _fallback_note(brief.model_copy(update={"stories": same})).endswith(
        "stories summarized offline: LLM: no answer within 5 s"
    )
