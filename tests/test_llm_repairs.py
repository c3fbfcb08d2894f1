"""Bad answers from the model, against a local OpenAI-compatible server through the real
client: asked again with the error, grounded (invented claims flagged or dropped), or the
story summarized offline; the brief is written either way."""

import time

import pytest
from clitools import brief_at, cli, llm_brief, llm_config, llm_generate
from llm_server import STORIES


@pytest.mark.parametrize(
    ("fault", "said"),
    [
        ("invalid_json", "the answer is not valid JSON"),
        ("cut_json", "the answer is JSON cut short, ending"),  # was "text, not JSON"
        ("schema", "lead: Input should be a valid string"),
        ("length", "cut off at the token limit (2000 tokens: raise llm.max_output_tokens)"),
        ("refusal", "the model refused"),
        ("words", "the answer is text, not JSON: \"I'm sorry, but I can't help with that.\""),
        ("spanish", "it is written in Spanish, not in English"),
        ("reasoning", "the answer was empty: the model gave only its reasoning"),
    ],
)
def test_bad_answers_are_repaired_with_the_error(articles, tmp_path, llm, fault, said):
    llm.fail_next(fault)
    assert llm_generate(llm_config(tmp_path, articles, llm)).exit_code == 0
    assert len(llm.requests) == STORIES + 2
    (repair,) = [r["messages"] for r in llm.requests if len(r["messages"]) > 2]
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert said in repair[-1]["content"]
    assert not any(s.fallback for s in llm_brief(tmp_path).stories)


def test_keys_the_schema_lacks_and_null_lists_are_no_reason_to_ask_again(articles, tmp_path, llm):
    """A server that follows the schema roughly (JSON mode) adds keys and answers null for
    an empty list: its answer is used, not asked for three times and thrown away."""
    llm.fail_next("loose")
    assert llm_generate(llm_config(tmp_path, articles, llm)).exit_code == 0
    assert len(llm.requests) == STORIES + 1
    assert not any(s.fallback for s in llm_brief(tmp_path).stories)


def test_an_item_the_model_gives_three_times_is_in_the_brief_once(articles, tmp_path, llm):
    llm.fail_next("repeated")
    assert llm_generate(llm_config(tmp_path, articles, llm)).exit_code == 0
    assert len(llm.requests) == STORIES + 1  # no repair: the answer was used
    said = [(d.story, d.title, d.detail) for d in llm_brief(tmp_path).developments]
    assert said and len(said) == len(set(said))


def test_a_line_the_synthesis_gives_twice_is_in_the_brief_once(articles, tmp_path, llm):
    """nu34 r07: a risk and an outlook line were one sentence, and a bottom line came twice.
    A bottom line given again (without its stop) is kept once, and none is the outlook too."""
    llm.fail_when("From the story digests", "repeated_lines")
    assert llm_generate(llm_config(tmp_path, articles, llm)).exit_code == 0
    brief = llm_brief(tmp_path)
    keys = [" ".join(line.casefold().split()).rstrip(".") for line in brief.summary]
    assert brief.summary and len(keys) == len(set(keys))
    assert not set(keys) & {line.casefold().rstrip(".") for line in brief.outlook}


def test_answers_that_stay_bad_fall_back_and_still_write_a_brief(articles, tmp_path, llm):
    llm.fail_when("Bosphorus", "refusal", "invalid_json", "length")  # 1 try + 2 repairs
    assert llm_generate(llm_config(tmp_path, articles, llm, concurrency=4)).exit_code == 0
    b = llm_brief(tmp_path)
    (fallen,) = [s for s in b.stories if s.fallback]
    outlets = {s.id: s.outlet for s in b.sources}
    assert "Bosphorus Monitor" in {outlets[i] for i in fallen.sources}  # the Bosphorus story
    assert "no valid answer after 3 attempt(s): the answer was cut off" in fallen.fallback
    assert len(llm.requests) == STORIES + 1 + 2


def test_the_brief_says_why_a_story_fell_back_without_the_models_words(articles, tmp_path, llm):
    """nu34 r14: readers saw "ending ': "Floods in Alexandria", "developments": [...'"."""
    llm.fail_when("Bosphorus", "cut_json", "cut_json", "words")
    assert llm_generate(llm_config(tmp_path, articles, llm)).exit_code == 0
    (fallen,) = [s for s in llm_brief(tmp_path).stories if s.fallback]
    said = "LLM: no valid answer after 3 attempt(s): the answer is text, not JSON"
    assert fallen.fallback == said
    llm.fail_when("Bosphorus", "cut_json", "cut_json", "refusal")  # nor a refusal's words
    assert llm_generate(llm_config(tmp_path, articles, llm, cache=False)).exit_code == 0
    (fallen,) = [s for s in llm_brief(tmp_path).stories if s.fallback]
    assert fallen.fallback == "LLM: no valid answer after 3 attempt(s): the model refused"


def test_a_slow_answer_times_out_and_the_run_goes_on(articles, tmp_path, llm):
    llm.fail_next("slow")
    config = llm_config(tmp_path, articles, llm, timeout_s=0.5, max_retries=0)
    started = time.monotonic()
    assert llm_generate(config).exit_code == 0
    assert time.monotonic() - started < llm.slow_s + 10
    (fallen,) = [s for s in llm_brief(tmp_path).stories if s.fallback]
    assert "no answer within 0.5 s" in fallen.fallback


@pytest.mark.parametrize(
    ("fault", "problem"),
    [("invented_quote", "quote not found"), ("invented_number", "number(s) 987654 not in")],
)
def test_grounding_flags_or_drops_invented_claims(articles, tmp_path, llm, fault, problem):
    llm.fail_next(fault)
    result = llm_generate(llm_config(tmp_path, articles, llm))
    assert result.exit_code == 0
    b = llm_brief(tmp_path)
    flagged = [d for d in b.developments if d.flags]
    assert len(flagged) == 1 and problem in flagged[0].flags[0]
    assert b.stats.grounding.flagged == 1 and b.stats.grounding.dropped == 0
    # an invented quote is told in the flag, not shown between quotation marks
    assert "secretly agreed" not in " ".join(flagged[0].quotes)
    assert ("secretly agreed" in flagged[0].flags[0]) == (fault == "invented_quote")
    checked = b.stats.grounding.checked  # and the command line says so (it said nothing)
    assert (
        f"warning: Ukraine: 1 of the LLM's {checked} statements are not in the articles "
        "they cite: 1 marked unverified in the brief (llm.ungrounded)" in result.stderr
    )

    llm.fail_next(fault)
    (tmp_path / "out").rename(tmp_path / "flagged")
    config = llm_config(tmp_path, articles, llm, ungrounded="drop", cache=False)
    result = llm_generate(config)
    assert result.exit_code == 0 and "1 left out (llm.ungrounded)" in result.stderr
    b = llm_brief(tmp_path)
    assert b.stats.grounding.dropped == 1 and not any(d.flags for d in b.developments)
    assert "987654" not in b.model_dump_json()
    assert "secretly agreed" not in b.model_dump_json()


def test_a_likelihood_no_cited_article_assesses_is_flagged_or_left_out(articles, tmp_path, llm):
    """A new user's model answered "high / high" for a risk its article only said "could"
    happen, and the brief showed it as the article's assessment, unflagged even with
    `ungrounded = "drop"` (nu31 r04). It is flagged, or left out ("not assessed")."""
    llm.fail_next("invented_levels")
    assert llm_generate(llm_config(tmp_path, articles, llm)).exit_code == 0
    b = llm_brief(tmp_path)
    flagged = [r for r in b.risks if any("not assessed in" in f for f in r.flags)]
    assert flagged and all(r.likelihood == "high" for r in flagged), b.risks
    assert all(r.flags[0].startswith("likelihood 'high'") for r in flagged)

    llm.fail_next("invented_levels")
    (tmp_path / "out").rename(tmp_path / "flagged")
    dropped = llm_generate(llm_config(tmp_path, articles, llm, ungrounded="drop", cache=False))
    assert dropped.exit_code == 0 and "left out (llm.ungrounded)" in dropped.stderr
    kept = {r.risk: r for r in llm_brief(tmp_path).risks}
    for risk in flagged:  # an impact the article tells the size of stays
        left = kept[risk.risk]
        assert left.likelihood is None and not left.flags
        assert (left.impact is None) == any("impact" in f for f in risk.flags), risk.flags


def test_an_answer_of_which_nothing_holds_is_replaced_by_the_offline_summary(
    articles, tmp_path, llm
):
    """Every story answered with items whose figures no article has: none is left after
    grounding but the lead, so each story is summarized offline, and the brief says it is
    degraded (exit 3) instead of a brief with no development at all."""
    llm.fail_next(*["unrelated"] * STORIES)
    result = llm_generate(llm_config(tmp_path, articles, llm, ungrounded="drop"))
    assert result.exit_code == 3, result.output
    assert "degraded:" in result.stderr and "could be checked" in result.stderr
    b = llm_brief(tmp_path)
    assert all(s.fallback for s in b.stories) and b.developments
    assert "987654" not in b.model_dump_json()
    assert b.stats.grounding.dropped == b.stats.grounding.checked > 0


def test_an_answer_citing_articles_it_was_not_sent_is_asked_again_then_summarized_offline(
    articles, tmp_path, llm
):
    """A model whose every item cited "S99" lost them all to grounding, and the brief said
    the sources reported nothing, exit 0 (a new user's). Such an answer is asked again with
    the ids to cite; a model that keeps to them has its stories summarized offline."""
    llm.fail_next("stray_ids", "ok")  # the first story: mended when asked again
    result = llm_generate(llm_config(tmp_path, articles, llm))
    assert result.exit_code == 0, result.output
    [repair] = [
        r["messages"][-1]["content"]
        for r in llm.requests
        if "no article of this story" in r["messages"][-1]["content"]
    ]
    assert "cite S99, no article of this story" in repair and "(S1" in repair
    assert not any(s.fallback for s in llm_brief(tmp_path).stories)
    llm.fail_next(*["stray_ids"] * 3 * STORIES)  # one try and two repairs each
    result = llm_generate(llm_config(tmp_path, articles, llm, cache=False), "--force")
    assert result.exit_code == 3 and "no article of this story" in result.stderr, result.output
    b = llm_brief(tmp_path)
    assert all(s.fallback for s in b.stories) and b.developments


def test_one_stray_citation_is_grounding_s_and_an_answer_without_developments_is_offline(
    articles, tmp_path, llm
):
    """One item citing "S99" among good ones is flagged, not a reason to ask again (and lose
    the good ones if the repairs fail). A valid answer with no development is not asked
    again either, but its story is summarized offline: a new user's brief said "No key
    developments reported in the sources" of stories whose articles reported them (nu32
    r08)."""
    llm.fail_next("one_stray_id", "no_developments")
    result = llm_generate(llm_config(tmp_path, articles, llm))
    assert result.exit_code == 0, result.output
    assert len(llm.requests) == STORIES + 1  # none asked again
    b = llm_brief(tmp_path)
    offline = [s for s in b.stories if s.fallback]
    assert [s.fallback for s in offline] == ["LLM: its answer gave no development"]
    assert {d.story for d in b.developments} == {s.id for s in b.stories}
    assert b.stats.grounding.flagged + b.stats.grounding.dropped == 1


def test_a_continuing_story_without_developments_is_no_failure(articles, tmp_path, llm):
    """A continuing story has nothing new, and the prompt says to leave its lists empty: an
    answer with no development is then no reason to summarize it offline (the review's)."""
    config = llm_config(tmp_path, articles, llm)
    assert llm_generate(config).exit_code == 0
    llm.fail_next(*["no_developments"] * STORIES)
    later = cli("generate", "--config", config, "--date", "2026-11-25", "--since", "72h",
                "--format", "json")  # fmt: skip
    assert later.exit_code == 0, later.output
    b = brief_at(tmp_path / "out", "2026-11-25", "ukraine")
    assert {s.status for s in b.stories} == {"continuing"}
    assert not any(s.fallback for s in b.stories)


def test_ids_written_in_brackets_or_lower_case_are_the_articles(articles, tmp_path, llm):
    """ "[S1]" and "s2" are S1 and S2: a model that writes its citations so keeps its
    items (they were all dropped)."""
    llm.fail_next(*["bracketed_ids"] * STORIES)
    result = llm_generate(llm_config(tmp_path, articles, llm))
    assert result.exit_code == 0, result.output
    b = llm_brief(tmp_path)
    assert not any(s.fallback for s in b.stories) and b.stats.grounding.dropped == 0
    assert b.developments and all(d.sources for d in b.developments)
    assert len(llm.requests) == STORIES + 1  # none asked again
