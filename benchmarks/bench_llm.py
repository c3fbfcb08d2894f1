"""LLM phase figures: concurrency, tokens sent against a naive baseline, and the cache.

Run on demand:  python benchmarks/bench_llm.py  (prints figures; nothing is asserted)

The LLM is the test suite's OpenAI-compatible server (tests/llm_server.py) on 127.0.0.1,
answering every request after a fixed delay, through the real `openai` client. The brief has
10 stories of 3-4 articles each, 300 to 2,800 words, built from the demo articles' sentences.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefgen import tokens
from briefgen.config import LLMSettings
from briefgen.models import Article, Period, Story
from briefgen.store import Store
from briefgen.summarize import SummaryRequest
from briefgen.summarize.openai import OpenAISummarizer
from briefgen.summarize.sentences import split_sentences

REPO = Path(__file__).resolve().parent.parent

NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)
DELAY = 0.5
SLOW = 2.0  # closer to a real model's answer time
STORIES = 10


def request(seed: int = 1) -> SummaryRequest:
    rng = random.Random(seed)
    pool = [
        s
        for path in sorted((REPO / "examples" / "articles").glob("*.md"))
        for s in split_sentences(" ".join(path.read_text().split("---")[-1].split()))
        if len(s.split()) > 6
    ]
    stories = []
    for i in range(STORIES):
        articles = []
        for j in range(rng.randint(3, 4)):
            words, text = rng.randint(300, 2800), []
            while sum(len(s.split()) for s in text) < words:
                text.append(rng.choice(pool))
            articles.append(
                Article(
                    url=f"https://outlet{j}.example/story-{i}",
                    canonical_url=f"https://outlet{j}.example/story-{i}",
                    title=f"Story {i} as told by outlet {j}",
                    text=" ".join(text),
                    published=NOW - dt.timedelta(hours=i + j),
                    outlet=f"Outlet {j}",
                )
            )
        stories.append(Story(id=f"s{i + 1}", title=f"Story {i}", articles=articles))
    period = Period(start=NOW - dt.timedelta(days=1), end=NOW)
    return SummaryRequest("Bench", [], NOW.date(), period, NOW, stories)


def llm_phase(req: SummaryRequest, llm: LLMSettings, store: Store | None = None):
    # each timing starts from a collected heap (as timeit's do): otherwise the warm-up's
    # garbage, on a heap as large as the openai SDK makes it, is collected in the timed run
    # (a full collection took 0.1 s here, a fifth of an answer-time)
    gc.collect()
    start = time.perf_counter()
    brief = OpenAISummarizer(llm, store, NOW).summarize(req)
    return time.perf_counter() - start, brief


@contextlib.contextmanager
def fake_server(delay: float):
    """The test server in its own process, as a real one would be: no GIL shared with us."""
    server = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "llm_server.py"), "--delay", str(delay)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield {"provider": "openai", "model": "bench", "base_url": server.stdout.readline().strip()}
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    req = request()
    start = time.perf_counter()
    import openai  # noqa: F401  (imported by the first call; timed apart from the phase)

    t_import = time.perf_counter() - start
    tokens.count("warm up")  # load the encoding outside the timings too
    t_encoding = time.perf_counter() - start - t_import
    baseline = sum(tokens.count(a.text) for s in req.stories for a in s.articles)
    articles = sum(len(s.articles) for s in req.stories)
    print(f"{STORIES} stories, {articles} articles\n")
    print("| what | figure |\n| --- | --- |")
    with fake_server(DELAY) as base:
        wide = LLMSettings(**base, concurrency=STORIES, cache=False)
        llm_phase(req, wide)  # warm: the server's tokenizer, our templates
        t_wide, brief = llm_phase(req, wide)
        t_narrow, _ = llm_phase(req, LLMSettings(**base, concurrency=1, cache=False))
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.db")
            cached = LLMSettings(**base, concurrency=STORIES)
            llm_phase(req, cached, store)
            t_cached, again = llm_phase(req, cached, store)
            store.close()
    for concurrency, t in ((STORIES, t_wide), (1, t_narrow)):
        print(f"| LLM phase, {DELAY} s answers, concurrency {concurrency} | {t:.2f} s = "
              f"{t / DELAY:.2f} answer-times |")  # fmt: skip
    print(f"| speed-up, concurrency {STORIES} over 1 | {t_narrow / t_wide:.1f}x |")
    with fake_server(SLOW) as base:
        wide = LLMSettings(**base, concurrency=STORIES, cache=False)
        llm_phase(req, wide)
        t_slow, _ = llm_phase(req, wide)
    print(f"| LLM phase, {SLOW} s answers, concurrency {STORIES} | {t_slow:.2f} s = "
          f"{t_slow / SLOW:.2f} answer-times |")  # fmt: skip
    print(f"| once per process: import openai, load the tokenizer | {t_import:.2f} s, "
          f"{t_encoding:.2f} s |")  # fmt: skip
    sent = brief.stats.prompt_tokens  # the server counts with tiktoken too
    print(f"| calls (stories + synthesis) | {brief.stats.llm_calls} |")
    print(f"| tokens sent (tiktoken, all prompts) | {sent:,} |")
    print(f"| naive baseline (every article's full text once) | {baseline:,} |")
    print(f"| sent / baseline | {sent / baseline:.2f} |")
    g = brief.stats.grounding
    print(f"| grounding checked / dropped / flagged | {g.checked} / {g.dropped} / {g.flagged} |")
    print(f"| second identical run | {again.stats.llm_calls} calls, "
          f"{again.stats.cache_hits} cache hits, {t_cached:.2f} s |")  # fmt: skip


if __name__ == "__main__":
    main()
