"""What the story judge (briefgen/judge.py) adds to the words' stories, on the labelled corpora.

Each corpus is one day's batch, clustered as `generate` does: by words alone, then with a
judge voting on up to N pairs in doubt (N = 8, 16, 32, 64; `[llm] judge_pairs`, 32 by
default). The judges:
- `labels`: answers as the gold labels do: the ceiling a model could reach;
- `labels 90% right` and `80% right`: the labels' answer, turned the wrong way for a random
  10% or 20% of the questions: how much a model's mistakes cost (the figures are the mean
  of SEEDS draws);
- `always one event` and `always two`, at 32 pairs: a model that says yes, or no, to
  everything, the worst a biased one can do;
- with BRIEFGEN_JUDGE_URL=http://host:port/v1 and BRIEFGEN_JUDGE_MODEL=name (key in
  OPENAI_API_KEY when the server wants one): that model, through LLMJudge and the real
  `openai` client, its answers kept in ~/.cache/briefgen/bench-judge.db between runs; its
  share of right answers is printed too.
With BRIEFGEN_EMBEDDINGS_URL and BRIEFGEN_EMBEDDINGS_MODEL (as bench_cluster.py), the words
are helped by that model's embeddings, as `generate` does with `[llm] embeddings_model`.
Printed per judge: pairwise precision and recall over every corpus's pairs summed (each
corpus its own day), the corpora under the issue's aim (P >= .95 and R >= .90), the pairs
asked and the prompt tokens a day they take; then the same on sparse days (bench_cluster.py's
halves).

Run on demand:  python benchmarks/bench_judge.py [-v]  (-v: each corpus's figures; nothing is
asserted)
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
from contextlib import closing
from pathlib import Path

from briefgen import tokens
from briefgen.cluster import cluster, dedupe
from briefgen.config import LLMSettings
from briefgen.judge import CHUNK, PROMPT, LLMJudge, question
from briefgen.prompts import Prompts
from briefgen.store import Store

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))
from bench_cluster import EMBEDDINGS, _embed, halves  # noqa: E402
from labelled_corpora import corpora, load, pairs  # noqa: E402

NOW = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)  # after the corpora (21-25 Nov 2026)
LIMITS = (8, 16, 32, 64)
SEEDS = 5
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefgen"


class Labels:
    """A judge that answers as the labels do, each answer turned the wrong way at `wrong`
    (or `always` the same answer)."""

    def __init__(
        self, gold: dict[str, str], wrong: float = 0.0, seed: int = 7, always: bool | None = None
    ) -> None:
        self.gold, self.wrong, self.rng = gold, wrong, random.Random(seed)
        self.always, self.asked, self.tokens = always, 0, 0
        self.limit = 0  # set by _score

    def __call__(self, pairs_: list) -> list[bool | None]:
        self.asked += len(pairs_)
        self.tokens += _prompt_tokens(pairs_)
        if self.always is not None:
            return [self.always] * len(pairs_)
        return [
            (self.gold[a.url] == self.gold[b.url]) != (self.rng.random() < self.wrong)
            for a, b in pairs_
        ]


class Scored(LLMJudge):
    """A model's judge that also counts its right answers against the labels."""

    def __init__(self, gold: dict[str, str], llm: LLMSettings, store: Store) -> None:
        super().__init__(llm, store, NOW)
        self.gold, self.asked, self.right, self.tokens = gold, 0, 0, 0

    def __call__(self, pairs_: list) -> list[bool | None]:
        answers = super().__call__(pairs_)
        self.tokens += _prompt_tokens(pairs_)  # as sent, whether the cache answered or not
        for (a, b), same in zip(pairs_, answers, strict=True):
            self.asked += same is not None
            self.right += same is not None and same == (self.gold[a.url] == self.gold[b.url])
        return answers


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    days = [(corpus.stem, *load(corpus)[:2]) for corpus in corpora()]
    judges = [("words alone", [None], 0)]
    for limit in LIMITS:
        judges += [
            (f"labels, {limit} pairs", [lambda gold: Labels(gold)], limit),
            *(
                (f"labels {100 - wrong:.0f}% right, {limit}", _noisy(wrong / 100), limit)
                for wrong in (10, 20)
            ),
        ]
    judges += [
        ("always one event, 32", [lambda gold: Labels(gold, 1.0, always=True)], 32),
        ("always two events, 32", [lambda gold: Labels(gold, 1.0, always=False)], 32),
    ]
    model = _model()
    if model is not None:
        judges += [(f"{model.model}, {limit} pairs", ["model"], limit) for limit in LIMITS]
    _table(days, judges, model, verbose)
    print("\nsparse days (each corpus's events cut in an earlier and a later half, as in")
    print("bench_cluster.py: one or two articles an event, each half its own day):")
    _table(_halves(days), [j for j in judges if j[2] in (0, 32)], model, False)


def _table(days: list, judges: list, model: LLMSettings | None, verbose: bool) -> None:
    print(
        f"{'judge':32} {'pair P':>7} {'pair R':>7} {'under aim':>9} {'asked':>6} "
        f"{'tokens/day':>10}  right"
    )
    for name, draws, limit in judges:
        rows = [_score(days, make, limit, model, verbose) for make in draws]
        mean = (sum(column) / len(rows) for column in zip(*rows, strict=True))
        p, r, under, asked, correct, sent = mean
        share = f"{correct / asked:.3f}" if draws == ["model"] and asked else ""
        print(
            f"{name:32} {p:7.3f} {r:7.3f} {under:5.1f} of {len(days)} {asked:6.0f} "
            f"{sent / len(days):10.0f}  {share}"
        )


def _halves(days: list) -> list:
    """Each day's events cut in two by time, each half a day of its own (an event of one
    article in both)."""
    return [
        (f"{day} {half}", kept, {a.url: gold[a.url] for a in kept})
        for day, articles, gold in days
        for half, kept in enumerate(halves(articles, gold))
    ]


def _prompt_tokens(pairs_: list) -> int:
    """The tokens LLMJudge would send for these pairs (system prompt and questions)."""
    system = Prompts().render(PROMPT, schema="")
    return sum(
        tokens.count_messages(
            [
                {"role": "system", "content": system},
                {"role": "user", "content": question(pairs_[start : start + CHUNK])},
            ]
        )
        for start in range(0, len(pairs_), CHUNK)
    )


def _noisy(wrong: float) -> list:
    return [lambda gold, seed=seed: Labels(gold, wrong, seed) for seed in range(SEEDS)]


def _score(days: list, make, limit: int, model: LLMSettings | None, verbose: bool) -> tuple:
    """(precision, recall, corpora under the aim, questions asked, right answers, prompt
    tokens) of one judge over every day's pairs."""
    found = right = gold_pairs = asked = correct = under = sent = 0
    for day, articles, gold in days:
        if make == "model":
            with closing(Store(f"sqlite:///{CACHE / 'bench-judge.db'}")) as store:
                judge = Scored(gold, model.model_copy(update={"judge_pairs": limit}), store)
                grouped = _grouped(articles, judge)
        else:
            judge = make(gold) if make else None
            if judge is not None:
                judge.limit = limit
            grouped = _grouped(articles, judge)
        truth = pairs(gold)
        hits = len(grouped & truth)
        found, right, gold_pairs = found + len(grouped), right + hits, gold_pairs + len(truth)
        p = hits / len(grouped) if grouped else 1.0
        r = hits / len(truth) if truth else 1.0
        under += p < 0.95 or r < 0.90
        asked += judge.asked if judge else 0
        correct += getattr(judge, "right", 0)
        sent += judge.tokens if judge else 0
        if verbose:
            print(f"    {day:28} {p:.3f} / {r:.3f}")
    return right / found, right / gold_pairs, under, asked, correct, sent


def _grouped(articles: list, judge) -> set[frozenset[str]]:
    """Every pair of articles one story holds (a copy folded by dedupe with its original)."""
    deduped = dedupe(articles)
    stories = cluster(
        deduped.articles,
        set(),
        NOW,
        500,
        embeddings=_embed(deduped.articles),
        cross_lingual=EMBEDDINGS.embeddings_threshold,
        judge=judge,
    )
    label = {}
    for story in stories:
        for article in story.articles:
            label[article.url] = story.id
            for copy in deduped.duplicates.get(article.url, []):
                label[copy.url] = story.id
    return pairs(label)


def _model() -> LLMSettings | None:
    url, name = os.environ.get("BRIEFGEN_JUDGE_URL"), os.environ.get("BRIEFGEN_JUDGE_MODEL")
    if not (url and name):
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    return LLMSettings(provider="openai", base_url=url, model=name)


if __name__ == "__main__":
    main()
