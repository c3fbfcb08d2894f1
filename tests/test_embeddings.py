"""Embeddings (briefgen/embeddings.py, cluster's `embeddings`): one event told in Chinese and
in English is one story with embeddings from the test server's /v1/embeddings route and two
without; vectors (and the reference texts') are cached in the database and counted in tokens
and cost; a broken embeddings server is one warning and a brief whose stories join languages
only by shared names, built again on the next run; a server of their own, with its own key;
centring and the same-language vote."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import numpy as np
import pytest
from clitools import brief_at, cli
from llm_server import FakeLLM, serve

from briefgen.cluster import cluster
from briefgen.embeddings import (
    BATCH,
    Embedded,
    centre,
    embed_articles,
    lead_text,
    reference_texts,
    text_key,
)
from briefgen.models import Article
from briefgen.sections import LLMSettings
from briefgen.store import Store
from tests.labelled_corpora import JSONL, load

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
        "比亚迪匈牙利工厂正式投产",
        "新华财经",
        "2026-11-24T06:30:00+00:00",
        # no figure nor city of the English report: by words alone they share only Hungary
        # (two stories), the figures would join them (tests/test_cluster_languages.py), and
        # so would Szeged (塞格德)
        "比亚迪在匈牙利的首座欧洲乘用车工厂于24日正式投产。"
        "匈牙利外交部长西雅尔多出席投产仪式并致辞。首款下线车型为海豚。",
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


def write_articles(tmp_path: Path) -> Path:
    """ARTICLES as Markdown files in a folder of their own."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (title, outlet, published, text) in ARTICLES.items():
        front = f'title: "{title}"\noutlet: {outlet}\npublished: {published}'
        (folder / name).write_text(f"---\n{front}\n---\n{text}\n", encoding="utf-8")
    return folder


NOW = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
ONE = Article(url="u", canonical_url="u", title="T", text="Some text.", published=NOW)


@pytest.fixture
def articles(tmp_path) -> Path:
    return write_articles(tmp_path)


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
    # the three articles and the reference texts (their mean: the model's direction of all
    # news), in batches of BATCH
    sent = [text for r in server.embeddings.requests for text in r["input"]]
    assert len(sent) == 3 + len(reference_texts()) and len(set(sent)) == len(sent)
    assert set(reference_texts()) < set(sent)
    assert len(server.embeddings.requests) == -(-len(sent) // BATCH)
    assert {r["model"] for r in server.embeddings.requests} == {"fake-embed"}
    assert brief.stats.cross_lingual and brief.stats.prompt_tokens == 0  # no chat call
    assert brief.stats.embedding_tokens > 0
    assert brief.stats.cost_usd == pytest.approx(
        brief.stats.embedding_tokens * 0.02 / 1e6,
        abs=1e-6,  # rounded to 6 places
    )


def test_without_embeddings_two_languages_that_share_no_figure_are_two_stories(tmp_path, articles):
    brief = generate(tmp_path, articles)
    assert len(brief.stories) == 3
    assert not brief.stats.cross_lingual and brief.stats.embedding_tokens == 0


def test_vectors_are_cached_so_a_second_run_asks_for_none(tmp_path, articles, server):
    first = generate(tmp_path, articles, embeddings_config(server))
    asked = len(server.embeddings.requests)
    second = generate(tmp_path, articles, embeddings_config(server), "--force")
    assert asked and len(server.embeddings.requests) == asked  # nothing asked again
    assert by_story(second) == by_story(first)
    assert second.stats.embedding_tokens == 0  # cached vectors cost nothing
    assert second.stats.cross_lingual


def test_a_failing_embeddings_server_is_one_warning_and_a_brief(tmp_path, articles, server, caplog):
    server.embeddings.failing = True
    with caplog.at_level(logging.WARNING, logger="briefgen.embeddings"):
        brief = generate(tmp_path, articles, embeddings_config(server))
    assert len(brief.stories) == 3 and not brief.stats.cross_lingual  # only Hungary in common
    warnings = [r.getMessage() for r in caplog.records if r.name == "briefgen.embeddings"]
    assert len(warnings) == 1 and "scripted 500" in warnings[0]
    assert "unset [llm] embeddings_model" in warnings[0]
    batches = -(-(3 + len(reference_texts())) // BATCH)
    # max_retries = 0: one attempt per batch at most; the batches go out together, and the
    # first failure stops the rest, which may not have reached the server yet (it was == and
    # failed once in nine runs: one request of two)
    assert 1 <= len(server.embeddings.requests) <= batches


def test_the_embeddings_server_is_named_by_its_setting_and_its_secret_kept(server, caplog):
    _, rest = server.base_url.split("://")
    llm = LLMSettings(
        embeddings_base_url=f"http://user:hunter2@{rest}", embeddings_model="fake-embed",
        max_retries=0, cache=False,
    )  # fmt: skip
    server.embeddings.failing = True
    with caplog.at_level(logging.WARNING, logger="briefgen.embeddings"):
        done = embed_articles([ONE], llm, None, NOW)
    assert done.vectors is None and "[llm] embeddings_base_url" in done.problem
    assert "hunter2" not in caplog.text and "hunter2" not in done.problem


def test_embeddings_from_openai_without_a_key_say_which_settings_help(monkeypatch):
    monkeypatch.delenv("NO_SUCH_KEY", raising=False)
    llm = LLMSettings(embeddings_model="text-embedding-3-small", api_key_env="NO_SUCH_KEY")
    done = embed_articles([ONE], llm, None, NOW)
    assert done.vectors is None
    assert "need an API key: set NO_SUCH_KEY" in done.problem
    assert "embeddings_base_url" in done.problem and "unset [llm] embeddings_model" in done.problem


def test_vectors_of_two_sizes_under_one_model_name_are_one_warning(tmp_path, server):
    """The database keeps vectors another server gave under this model name: the run goes
    on without them, and says how to mend it."""
    store = Store(f"sqlite:///{tmp_path}/e.db")
    store.cache_embeddings("fake-embed", {text_key(lead_text(ONE)): [1.0, 0.0, 0.0]}, NOW)
    llm = LLMSettings(base_url=server.base_url, embeddings_model="fake-embed")
    done = embed_articles([ONE], llm, store, NOW)
    store.close()
    assert done.vectors is None and "3 and 256 dimensions" in done.problem
    assert "name the model differently" in done.problem


def test_batches_and_store_round_trip(tmp_path, server, monkeypatch):
    """More articles than a batch go out in several requests; the store gives back each
    vector as it was sent (float32)."""
    from briefgen import embeddings

    monkeypatch.setattr(embeddings, "BATCH", 2)
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    batch = [
        Article(url=f"u{i}", canonical_url=f"u{i}", title=f"Title {i}", text=t, published=now)
        for i, (_, _, _, t) in enumerate(ARTICLES.values())
    ]
    store = Store(f"sqlite:///{tmp_path}/e.db")
    llm = LLMSettings(base_url=server.base_url, embeddings_model="fake-embed")
    done: Embedded = embed_articles(batch, llm, store, now)
    texts = 3 + len(reference_texts())
    assert done.requests == -(-texts // 2) == len(server.embeddings.requests)
    assert done.vectors.shape == (3, 256)
    assert done.reference.shape == (len(reference_texts()), 256)
    again = embed_articles(batch, llm, store, now)
    assert again.requests == 0 and again.cache_hits == 3  # the articles (reference too)
    assert abs(again.vectors - done.vectors).max() < 1e-6
    assert abs(again.reference - done.reference).max() < 1e-6
    store.close()


def test_a_brief_without_its_embeddings_is_retried_and_another_server_builds_anew(
    tmp_path, articles, server, monkeypatch
):
    """A brief built while the embeddings server was down (no vectors to compare by) is
    built again, not reused; the server the vectors come from is part of what the brief is
    made of, the key's variable is not."""
    monkeypatch.setenv("EMBED_KEY", "k")
    config = tmp_path / "briefgen.toml"

    def run(url: str, *extra: str):
        config.write_text(
            f'output_dir = "out"\n[llm]\nembeddings_base_url = "{url}"\n'
            f'embeddings_model = "fake-embed"\nmax_retries = 0\n{"".join(extra)}'
            f'[[topics]]\nname = "Industry"\nsince = "48h"\nsources = ["{articles}"]\n',
            encoding="utf-8",
        )
        result = cli("generate", "--config", config, "--date", "2026-11-24")
        assert result.exit_code == 0, result.output
        return result.stderr, brief_at(tmp_path / "out", "2026-11-24", "industry")

    server.embeddings.failing = True
    _, down = run(server.base_url)
    assert not down.stats.cross_lingual
    server.embeddings.failing = False
    said, up = run(server.base_url)
    assert "retrying the embeddings that failed" in said and up.stats.cross_lingual
    said, _ = run(server.base_url, 'embeddings_api_key_env = "EMBED_KEY"\n')
    assert "from the same inputs" in said
    with serve(FakeLLM()) as other:
        said, _ = run(other.base_url)
    assert "the embeddings model, server or threshold changed" in said


def test_embeddings_from_a_server_of_their_own_with_its_own_key(tmp_path, articles, monkeypatch):
    """embeddings_base_url and embeddings_api_key_env: the chat model at one server, the
    embeddings at another (a local one beside a hosted LLM), each with its own key."""
    monkeypatch.setenv("CHAT_KEY", "chat-secret")
    monkeypatch.setenv("EMBED_KEY", "embed-secret")
    with serve(FakeLLM()) as chat, serve(FakeLLM()) as embedder:
        brief = generate(
            tmp_path,
            articles,
            f'base_url = "{chat.base_url}"\napi_key_env = "CHAT_KEY"\n'
            f'embeddings_base_url = "{embedder.base_url}"\nembeddings_api_key_env = "EMBED_KEY"\n'
            'embeddings_model = "fake-embed"\nmax_retries = 0\n',
        )
    assert brief.stats.cross_lingual and len(brief.stories) == 2
    assert not chat.embeddings.requests and embedder.embeddings.requests
    assert set(embedder.embeddings.authorizations) == {"Bearer embed-secret"}


def test_the_chat_models_key_goes_to_no_other_server(monkeypatch):
    """Without a key of its own, a server of its own gets none (the SDK's placeholder); the
    chat model's server gets the chat model's key."""
    monkeypatch.setenv("CHAT_KEY", "chat-secret")
    chat = LLMSettings(base_url="http://chat:8000/v1", api_key_env="CHAT_KEY")
    assert chat.for_embeddings().api_key_env == "CHAT_KEY"
    own = chat.model_copy(update={"embeddings_base_url": "http://127.0.0.1:8008/v1"})
    assert own.for_embeddings().api_key_env == ""
    assert own.for_embeddings().base_url == "http://127.0.0.1:8008/v1"
    with serve(FakeLLM()) as embedder:
        llm = LLMSettings(
            api_key_env="CHAT_KEY", embeddings_base_url=embedder.base_url,
            embeddings_model="fake-embed", cache=False,
        )  # fmt: skip
        assert embed_articles([ONE], llm, None, NOW).vectors is not None
    assert set(embedder.embeddings.authorizations) == {"Bearer unused"}


def test_an_embeddings_base_url_that_is_no_url_is_a_config_error():
    with pytest.raises(ValueError, match="not an http"):
        LLMSettings(embeddings_base_url="localhost:8000")


def _unit(v):
    return v / np.linalg.norm(v)


def _cone(events: list, reports: int, seed: int = 3):
    """Vectors as a model gives them: a direction all news shares outweighs each event's
    own, and each report adds its own noise. Returns (reports of each event, reference)."""
    rng = np.random.default_rng(seed)
    common = _unit(rng.normal(size=64))

    def text(direction):
        return _unit(3 * common + direction + 0.3 * _unit(rng.normal(size=64)))

    vectors = np.array([text(_unit(e)) for e in events for _ in range(reports)])
    reference = np.array([text(_unit(rng.normal(size=64))) for _ in range(16)])
    return vectors, reference


def test_centring_removes_what_all_news_shares():
    rng = np.random.default_rng(5)
    vectors, reference = _cone([rng.normal(size=64) for _ in range(4)], reports=2)
    raw = vectors @ vectors.T
    assert raw[0, 2] > 0.8  # two events' reports look nearly alike as given
    centred = centre(vectors, reference)
    cosines = centred @ centred.T
    assert cosines[0, 1] > 0.6 and cosines[0, 2:].max() < 0.3
    # a batch of one event's two reports: its own mean is the event, which the reference
    # texts keep from being taken away
    two = vectors[:2]
    assert (centre(two, None) @ centre(two, None).T)[0, 1] < 0
    assert (centre(two, reference) @ centre(two, reference).T)[0, 1] > 0.6


def test_embeddings_vote_joins_an_outlet_of_few_shared_words_in_one_language():
    """A markets angle on a rate decision shares few words with the wire's report (below the
    words' threshold): the embeddings' vote joins it, and never joins articles whose
    embeddings disagree."""
    articles, _, names = load(JSONL / "world-day.jsonl")
    wanted = ["bok-holds-rate/Compass Wire", "bok-holds-rate/Asia Markets Desk"]
    wanted += ["sarb-cuts-rate/Compass Wire", "ofgem-price-cap/Money Matters UK"]
    picked = [next(a for a in articles if names[a.url] == w) for w in wanted]
    now = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)

    def stories(embeddings=None):
        found = cluster(picked, set(), now, 10, embeddings=embeddings)
        return sorted(sorted(names[a.url] for a in s.articles) for s in found)

    assert len(stories()) == 4  # by words alone, the markets angle stands apart
    rng = np.random.default_rng(11)
    bok, sarb, ofgem = (rng.normal(size=64) for _ in range(3))
    vectors, reference = _cone([bok, bok, sarb, ofgem], reports=1)
    joined = stories(centre(vectors, reference))
    assert sorted(wanted[:2]) in joined and len(joined) == 3
    vectors, reference = _cone([bok, rng.normal(size=64), sarb, ofgem], reports=1)
    assert len(stories(centre(vectors, reference))) == 4  # embeddings disagree: no vote


# Pairs of reports in two languages (language, title, text) and the stories they make with
# a model's cosine of 0.45: two central banks' cuts; two bus crashes in two countries (the
# words share nothing and the leads' places differ); one plant opening in Chinese and English
PAIRS = (
    (2, ("nl", "ECB verlaagt de rente naar 1,75 procent",
         "De Europese Centrale Bank in Frankfurt verlaagde donderdag de depositorente met "
         "een kwart procentpunt naar 1,75 procent, zei president Christine Lagarde."),
        ("cs", "ČNB snížila sazby na 3,25 procenta",
         "Česká národní banka v Praze ve čtvrtek snížila základní úrokovou sazbu o čtvrt "
         "procentního bodu na 3,25 procenta, oznámil guvernér Aleš Michl.")),
    (2, ("zh", "昆明客车坠崖致12人死亡",
         "中国昆明市附近一辆客车周二坠入山谷，造成12人死亡，当地警方说。"),
        ("en", "Bus plunges into ravine in Peru, killing nine",
         "A bus plunged into a ravine near Cusco, Peru, on Tuesday, killing nine "
         "passengers, police said.")),
    (1, ("zh", "比亚迪匈牙利工厂投产",
         "比亚迪位于匈牙利塞格德的电动汽车工厂周四正式投产，首批车辆下线。"),
        ("en", "BYD starts production at its Hungarian plant",
         "BYD began production at its electric car plant in Szeged on Thursday, the "
         "company said, with the first cars rolling off the line.")),
)  # fmt: skip


def test_embeddings_across_languages_are_cut_where_the_words_tell_two_events():
    """A model sees two central banks' cuts as one news (blind-day-26: the ECB's in Dutch and
    the Czech National Bank's in Czech, cosine 0.40). In Latin letters, one event's reports
    share its names; two that share none are cut, as two whose leads tell different kinds of
    event are, and two whose words share nothing and whose leads are in two countries (a bus
    crash near Kunming told in Chinese, another in Peru). Across scripts, where no name is
    written alike, the model's join of one event's reports stands."""
    from test_cluster_languages import make

    alike = np.array([[1.0, 0.0], [0.45, np.sqrt(1 - 0.45**2)]])  # centred rows, cosine 0.45

    for expected, *pair in PAIRS:
        reports = [make(f"{lang}-wire", lang, title, text, 0) for lang, title, text in pair]
        now = reports[0].published + dt.timedelta(hours=2)
        assert len(cluster(reports, set(), now, embeddings=alike)) == expected, pair[0][1]
