"""Stories across languages (briefgen/embeddings.py, cluster's `embeddings`): one event told in
Chinese and in English is one story with embeddings from the test server's /v1/embeddings
route and two without; vectors are cached in the database and counted in tokens and cost; a
broken embeddings server is one warning and a brief of stories within one language."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from clitools import brief_at, cli
from llm_server import FakeLLM, serve

from briefgen.embeddings import Embedded, embed_articles
from briefgen.sections import LLMSettings
from briefgen.store import Store

ARTICLES = {
    "byd-en.md": (
        "BYD opens its first European car plant in Szeged, Hungary",
        "Auto Weekly",
        "2026-11-24T08:00:00+00:00",
        "Chinese carmaker BYD opened its first European car factory in Szeged, Hungary, on "
        "Tuesday, with room to build 150,000 electric cars a year. The plant cost about 4 "
        "billion euros and will employ 3,000 people, Hungary's foreign minister Peter Szijjarto "
        "said at the opening. The first model off the line is the Dolphin hatchback. BYD plans "
        "to double output by 2028.",
    ),
    "byd-zh.md": (
        "比亚迪匈牙利塞格德工厂正式投产",
        "新华财经",
        "2026-11-24T06:30:00+00:00",
        "比亚迪在匈牙利塞格德的首座欧洲乘用车工厂于24日正式投产，年产能为15万辆电动汽车。"
        "匈牙利外交部长西雅尔多在投产仪式上表示，工厂投资约40亿欧元，将创造3000个就业岗位。"
        "首款下线车型为海豚。比亚迪计划到2028年将产能翻倍。",
    ),
    "floods-en.md": (
        "Record rain floods Dubai, flights diverted",
        "Gulf Times Wire",
        "2026-11-24T10:00:00+00:00",
        "Dubai recorded 142 mm of rain in 24 hours on Tuesday, the heaviest since records "
        "began, flooding roads and homes across the city. Dubai International Airport diverted "
        "45 flights and the metro's red line was suspended. Schools in the United Arab Emirates "
        "will teach remotely on Wednesday, the government said. No deaths were reported.",
    ),
}


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (title, outlet, published, text) in ARTICLES.items():
        front = f'title: "{title}"\noutlet: {outlet}\npublished: {published}'
        (folder / name).write_text(f"---\n{front}\n---\n{text}\n", encoding="utf-8")
    return folder


@pytest.fixture
def server():
    with serve(FakeLLM()) as llm:
        yield llm


def generate(tmp_path: Path, articles: Path, llm: str = "", *extra: str):
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\n[llm]\n{llm}\n'
        f'[[topics]]\nname = "Industry"\nsince = "48h"\nsources = ["{articles}"]\n',
        encoding="utf-8",
    )
    result = cli("generate", "--config", config, "--date", "2026-11-24", *extra)
    assert result.exit_code == 0, result.output
    return brief_at(tmp_path / "out", "2026-11-24", "industry")


def embeddings_config(server: FakeLLM) -> str:
    return (
        f'base_url = "{server.base_url}"\nembeddings_model = "fake-embed"\nmax_retries = 0\n'
        '[llm.prices."fake-embed"]\ninput = 0.02\noutput = 0.0\n'
    )


def by_story(brief) -> list[set[str]]:
    titles = {s.id: s.title for s in brief.sources}
    return sorted(({titles[i] for i in story.sources} for story in brief.stories), key=len)


def test_one_event_in_chinese_and_english_is_one_story_with_embeddings(tmp_path, articles, server):
    brief = generate(tmp_path, articles, embeddings_config(server))
    assert by_story(brief) == [
        {ARTICLES["floods-en.md"][0]},
        {ARTICLES["byd-en.md"][0], ARTICLES["byd-zh.md"][0]},
    ]
    (request,) = server.embeddings.requests  # one batch for the three articles
    assert request["model"] == "fake-embed" and len(request["input"]) == 3
    assert brief.stats.cross_lingual and brief.stats.prompt_tokens == 0  # no chat call
    assert brief.stats.embedding_tokens > 0
    assert brief.stats.cost_usd == pytest.approx(
        brief.stats.embedding_tokens * 0.02 / 1e6,
        abs=1e-6,  # rounded to 6 places
    )


def test_without_embeddings_the_two_languages_are_two_stories(tmp_path, articles):
    brief = generate(tmp_path, articles)
    assert len(brief.stories) == 3
    assert not brief.stats.cross_lingual and brief.stats.embedding_tokens == 0


def test_vectors_are_cached_so_a_second_run_asks_for_none(tmp_path, articles, server):
    first = generate(tmp_path, articles, embeddings_config(server))
    second = generate(tmp_path, articles, embeddings_config(server), "--force")
    assert len(server.embeddings.requests) == 1
    assert by_story(second) == by_story(first)
    assert second.stats.embedding_tokens == 0  # cached vectors cost nothing
    assert second.stats.cross_lingual


def test_a_failing_embeddings_server_is_one_warning_and_a_brief(tmp_path, articles, server, caplog):
    server.embeddings.failing = True
    with caplog.at_level(logging.WARNING, logger="briefgen.embeddings"):
        brief = generate(tmp_path, articles, embeddings_config(server))
    assert len(brief.stories) == 3 and not brief.stats.cross_lingual  # within one language
    warnings = [r.getMessage() for r in caplog.records if r.name == "briefgen.embeddings"]
    assert len(warnings) == 1 and "scripted 500" in warnings[0]
    assert "unset [llm] embeddings_model" in warnings[0]
    assert len(server.embeddings.requests) == 1  # max_retries = 0: one attempt


def test_batches_and_store_round_trip(tmp_path, server, monkeypatch):
    """More articles than a batch go out in several requests; the store gives back each
    vector as it was sent (float32)."""
    import datetime as dt

    from briefgen import embeddings
    from briefgen.models import Article

    monkeypatch.setattr(embeddings, "BATCH", 2)
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    batch = [
        Article(url=f"u{i}", canonical_url=f"u{i}", title=f"Title {i}", text=t, published=now)
        for i, (_, _, _, t) in enumerate(ARTICLES.values())
    ]
    store = Store(f"sqlite:///{tmp_path}/e.db")
    llm = LLMSettings(base_url=server.base_url, embeddings_model="fake-embed")
    done: Embedded = embed_articles(batch, llm, store, now)
    assert done.requests == 2 and len(server.embeddings.requests) == 2
    assert done.vectors.shape == (3, 256)
    again = embed_articles(batch, llm, store, now)
    assert again.requests == 0 and again.cache_hits == 3
    assert abs(again.vectors - done.vectors).max() < 1e-6
    store.close()
