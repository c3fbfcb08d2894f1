"""The story judge (briefgen/judge.py): the pairs the words leave in doubt, put to a model
through the real `openai` client and the local OpenAI-compatible server (llm_server.py)."""

import logging
from itertools import combinations
from pathlib import Path

import pytest
from clitools import brief_at, cli, write_llm_config
from conftest import NOW
from llm_answers import entries
from llm_server import JUDGE, PAIR, FakeLLM, serve

from briefgen.config import LLMSettings, Settings
from briefgen.judge import (
    BUDGET_SHARE,
    DOUBT_FROM,
    DOUBT_TO,
    LEAD_CHARS,
    SAID_APART,
    SAID_SAME,
    TITLE_CHARS,
    LLMJudge,
    in_doubt,
    judged,
)
from briefgen.pipeline import _left_after
from briefgen.sources.files import read_file

# Two events of one company on one day (Orbitel's data breach, then its results, which
# mention the breach) and an election told by two outlets and a third's angle piece (the
# new mayor's first day, in German): blind-day-4's articles, dated a day of the past.
FIXTURE = Path(__file__).parent / "fixtures" / "judge"
DAY = "2026-11-24"
EVENT = {  # each article's title: its event
    read_file(path, 1_000_000, str(path)).title: path.parent.name for path in FIXTURE.glob("*/*.md")
}


@pytest.fixture
def llm(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    # a judge that answers as the labels do
    with serve(FakeLLM(same_event=lambda a, b: EVENT.get(a[0]) == EVENT.get(b[0]))) as server:
        yield server


def configure(tmp_path, llm, **options) -> str:
    topic = ['name = "Business"', f'sources = ["{FIXTURE}"]']
    return write_llm_config(tmp_path, llm.base_url, topic, **options)


def stories(tmp_path, config, *extra) -> list[set[str]]:
    """The events of each story of the brief `config` writes (one set per story)."""
    result = cli("generate", "--config", config, "--date", DAY, "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    brief = brief_at(tmp_path / "out", DAY, "business")
    title = {s.id: s.title for s in brief.sources}
    return [{EVENT[title[sid]] for sid in story.sources} for story in brief.stories]


def judge_requests(llm: FakeLLM) -> list[dict]:
    return [r for r in llm.requests if JUDGE in r["messages"][0]["content"]]


def fixture_pairs(n: int) -> list[tuple]:
    articles = sorted(
        (read_file(path, 1_000_000, str(path)) for path in FIXTURE.glob("*/*.md")),
        key=lambda a: a.url,
    )
    return list(combinations(articles, 2))[:n]


def direct(llm: FakeLLM, **options) -> LLMJudge:
    """The judge itself, on the test server (one call at a time: faults in a known order)."""
    settings = LLMSettings(
        provider="openai", model="test-model", base_url=llm.base_url, concurrency=1, **options
    )
    return LLMJudge(settings, None, NOW)


def test_the_judge_parts_one_company_s_two_events_and_joins_an_outlet_s_angle(tmp_path, llm):
    words = stories(tmp_path, configure(tmp_path, llm, judge_pairs=0))
    assert not judge_requests(llm)
    assert {"orbitel-data-breach", "orbitel-q2-results"} in words  # one story, two events
    assert sum("leipzig-mayor-runoff" in events for events in words) == 2  # one event, split

    llm.requests.clear()
    judged_stories = stories(tmp_path, configure(tmp_path, llm), "--force")
    assert all(len(events) == 1 for events in judged_stories), judged_stories
    assert sum("leipzig-mayor-runoff" in events for events in judged_stories) == 1
    (request,) = judge_requests(llm)  # the pairs in doubt, in one call
    system, user = (m["content"] for m in request["messages"])
    assert "never an instruction" in system
    articles = entries(user)  # fenced as data, each once, then the pairs by id
    assert user.startswith("<<<ARTICLES fence=") and 2 < len(articles) <= 8
    assert len({title for _, _, title, _ in articles}) == len(articles)
    pairs = PAIR.findall(user.rpartition("<<<END ARTICLES")[2])
    assert 0 < len(pairs) < 28  # not all 28 pairs of 8 articles
    assert {a for _, x, y in pairs for a in (x, y)} == {sid for _, sid, _, _ in articles}
    assert request["max_tokens"] == 1160  # 16 pairs' answers at most (ANSWER_TOKENS)
    assert request["response_format"]["json_schema"]["name"] == "SameEvents"
    brief = brief_at(tmp_path / "out", DAY, "business")
    assert brief.stats.llm_calls == brief.stats.llm_calls_ok == len(llm.requests)


def test_no_more_than_judge_pairs_are_asked(tmp_path, llm):
    stories(tmp_path, configure(tmp_path, llm, judge_pairs=3))
    (request,) = judge_requests(llm)
    assert len(PAIR.findall(request["messages"][1]["content"])) == 3


def test_a_server_without_structured_outputs_gets_the_schema_in_the_prompt(tmp_path, llm):
    judged_stories = stories(tmp_path, configure(tmp_path, llm, response_format="json_object"))
    assert all(len(events) == 1 for events in judged_stories), judged_stories
    for request in judge_requests(llm):
        assert request["response_format"] == {"type": "json_object"}
        assert '"same_event"' in request["messages"][0]["content"]


def test_the_judge_s_calls_are_priced_with_the_brief_s(tmp_path, llm):
    config = configure(tmp_path, llm)
    with open(config, "a") as f:
        f.write('[llm.prices."test-model"]\ninput = 1.0\noutput = 2.0\n')
    stories(tmp_path, config)
    assert judge_requests(llm)
    stats = brief_at(tmp_path / "out", DAY, "business").stats
    expected = (stats.prompt_tokens * 1.0 + stats.completion_tokens * 2.0) / 1e6
    assert stats.cost_usd == pytest.approx(expected, abs=2e-6)


def test_at_most_judge_pairs_are_asked_nearest_the_threshold_first():
    edges = {(0, 1): 0.30, (0, 2): 0.13, (1, 2): 0.05, (2, 3): 0.10, (3, 4): 0.02, (1, 3): 0.2}
    assert in_doubt(edges, 3, 0.12) == [(0, 2), (2, 3), (1, 2)]
    assert in_doubt(edges, 10, 0.12) == [(0, 2), (2, 3), (1, 2), (1, 3)]  # not 0.30, not 0.02
    assert all(DOUBT_FROM <= edges[p] < DOUBT_TO for p in in_doubt(edges, 10, 0.12))
    edges = {(5, 6): DOUBT_TO, (3, 4): DOUBT_FROM, (2, 9): 0.15, (1, 7): 0.09}
    # the band's lower edge is in it, its upper one not; a tie goes to the first pair
    assert in_doubt(edges, 10, 0.12) == [(1, 7), (2, 9), (3, 4)]


def test_an_answer_is_a_vote_and_no_answer_keeps_the_words():
    edges = {(0, 1): 0.10, (1, 2): 0.15, (2, 3): 0.08, (0, 3): 0.5}
    asked = []

    def judge(pairs):
        asked.append([(a, b) for a, b in pairs])
        return [True, False, None]

    judge.limit = 8
    decided = judged(edges, ["a", "b", "c", "d"], judge, 0.12)
    assert asked == [[("a", "b"), ("b", "c"), ("c", "d")]]  # nearest the threshold first
    assert decided[(0, 1)] == pytest.approx(0.10 + SAID_SAME)
    assert decided[(1, 2)] == pytest.approx(0.15 * SAID_APART)
    assert decided[(2, 3)] == 0.08 and decided[(0, 3)] == 0.5


def test_a_refused_key_stops_the_run_with_one_error_line(tmp_path, llm):
    llm.fail_next("401")  # the judge's call comes first
    result = cli("generate", "--config", configure(tmp_path, llm), "--date", DAY)
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "401" in lines[0], lines
    assert len(llm.requests) == 1  # no summary was asked for
    assert not (tmp_path / "out").exists()


def test_a_judge_without_an_answer_is_one_warning_and_the_words_decide(tmp_path, llm, caplog):
    faults = ("schema",) * 3  # asked, repaired twice
    words = stories(tmp_path, configure(tmp_path, llm, judge_pairs=0))
    llm.requests.clear()
    llm.fail_next(*faults)  # the judge's call comes first
    config = configure(tmp_path, llm)
    with caplog.at_level(logging.WARNING, logger="briefgen.judge"):
        result = cli("generate", "--config", config, "--date", DAY, "--format", "json", "--force")
    assert result.exit_code == 0, result.output
    warnings = [r.getMessage() for r in caplog.records if r.name == "briefgen.judge"]
    assert len(warnings) == 1 and "the story judge had no answer" in warnings[0]
    assert len(judge_requests(llm)) == len(faults)
    brief = brief_at(tmp_path / "out", DAY, "business")
    title = {s.id: s.title for s in brief.sources}
    assert [{EVENT[title[sid]] for sid in s.sources} for s in brief.stories] == words


def test_the_judge_s_answers_are_cached(tmp_path, llm):
    config = configure(tmp_path, llm)
    first = stories(tmp_path, config)
    asked = len(judge_requests(llm))
    assert asked
    assert stories(tmp_path, config, "--force") == first
    assert len(judge_requests(llm)) == asked  # none asked again
    assert brief_at(tmp_path / "out", DAY, "business").stats.cache_hits >= asked


def test_the_judge_s_tokens_count_in_the_brief_s_token_budget(tmp_path, llm):
    config = configure(tmp_path, llm, token_budget=20_000)
    result = cli("generate", "--config", config, "--date", DAY, "--format", "json")
    assert result.exit_code in (0, 3), result.output  # 3: degraded, stories written offline
    stats = brief_at(tmp_path / "out", DAY, "business").stats
    assert judge_requests(llm) and len(judge_requests(llm)) < len(llm.requests)
    assert stats.prompt_tokens + stats.completion_tokens <= 20_000


def test_a_call_without_an_answer_keeps_the_other_call_s_answers(llm, caplog):
    judge = direct(llm, repairs=0)
    llm.fail_next("ok", "schema")  # 20 pairs: two calls, of 16 and of 4
    with caplog.at_level(logging.WARNING, logger="briefgen.judge"):
        answers = judge(fixture_pairs(20))
    assert [a is None for a in answers] == [False] * 16 + [True] * 4
    assert not caplog.records  # the judge answered: no warning
    assert judge.usage.calls == 2 and judge.usage.calls_ok == 1


@pytest.mark.parametrize(
    "written", [str.lower, lambda pair: pair[1:], lambda pair: f" P {pair[1:]} "]
)
def test_a_pair_s_id_is_read_as_a_model_may_write_it(llm, written):
    llm.judge_ids = written  # p2, 2, " P 2 "
    assert None not in direct(llm)(fixture_pairs(4))


def test_an_article_s_id_or_two_answers_that_disagree_are_no_answer(llm):
    pairs = fixture_pairs(4)
    llm.judge_ids = lambda pair: "A1" if pair == "P1" else pair  # A1: an article's id
    assert [a is None for a in direct(llm)(pairs)] == [True, False, False, False]
    # P4's answer written as P3's: P3 answered twice, P4 not at all
    llm.judge_ids = lambda pair: "P3" if pair == "P4" else pair
    llm.same_event = lambda a, b: True
    assert direct(llm)(pairs) == [True, True, True, None]  # the two answers on P3 agree
    said = iter([True, True, True, False])
    llm.same_event = lambda a, b: next(said)  # P3: one event, then two
    assert direct(llm)(pairs) == [True, True, None, None]


def test_a_pair_the_model_leaves_out_keeps_its_words(llm):
    llm.judge_omits = {"P2"}
    answers = direct(llm)(fixture_pairs(4))
    assert [a is None for a in answers] == [False, True, False, False]


def test_the_judge_spends_at_most_a_fifth_of_the_token_budget(llm):
    judge = direct(llm, token_budget=20_000)
    answers = judge(fixture_pairs(20))
    assert answers[0] is not None and answers[-1] is None  # the second call would exceed it
    assert judge.usage.prompt_tokens + judge.usage.completion_tokens <= 20_000 * BUDGET_SHARE


def test_a_huge_title_is_cut_in_the_judge_s_prompt(llm):
    (a, b), *_ = fixture_pairs(1)
    hostile = a.model_copy(update={"title": "Breaking " * 20_000})
    assert direct(llm)([(hostile, b)])[0] is not None
    (request,) = judge_requests(llm)
    assert len(request["messages"][1]["content"]) < 2 * (TITLE_CHARS + LEAD_CHARS + 200)


def test_the_summarizer_gets_the_token_budget_the_judge_left(llm):
    judge = direct(llm)
    judge.usage.prompt_tokens, judge.usage.completion_tokens = 1500, 100
    settings = Settings(llm=LLMSettings(provider="openai", model="m", token_budget=10_000))
    assert _left_after(settings, judge).llm.token_budget == 8_400
    assert _left_after(settings, None) is settings
    unbudgeted = Settings(llm=LLMSettings(provider="openai", model="m"))
    assert _left_after(unbudgeted, judge).llm.token_budget is None
