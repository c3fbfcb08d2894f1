"""ROUGE of the offline brief's bottom line against editors' one-line summaries, and of the
lead sentence as a baseline.

The references are benchmarks/references/summaries.jsonl: one hand-written summary (25-45 words,
an editor's one-line item for a daily brief) per gold event of the labelled corpora
benchmarks/corpora/*.jsonl, written from the articles before the summarizer was run on them.

Per event (default): each event's articles are deduplicated and clustered as `generate` does
(briefgen.cluster), marked new (briefgen.novelty, nothing seen before) and summarized by the
extractive summarizer as the brief's one story (the clustering's stories joined, in its order,
should it split the event). Its bottom line (all its lines) is scored against the event's
reference; so is the lead: the first sentence (the summarizer's own splitter) of the story's
first article (the clustering puts first the article closest to the story's centre). A brief
of one story has up to three bottom-line lines, so a second table gives its first line alone
(the line one story gets in a brief of several) against the first sentence of the story's
earliest-published article (the lead in its other sense, most often the wire's report).

--day: each corpus is one day's batch, clustered with no cap on stories, summarized as one
brief; each bottom-line line is mapped to the story it quotes and scored against the
reference of that story's majority gold event, as is that story's lead sentence (and, in the
second table, its earliest article's first sentence). The brief's bottom line has at most
five lines (extractive.MAX_SUMMARY), so a corpus of more events has some without a line.

ROUGE-1 and ROUGE-2 (Google's rouge-score, its default tokenizer with the Porter stemmer:
lower-cased, [a-z0-9] only, so German and Spanish words lose their accented letters on both
sides alike). Run on demand:  python benchmarks/bench_bottom_line.py [--day]  (prints tables;
nothing is asserted)
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from rouge_score import rouge_scorer

from briefgen import novelty
from briefgen.cluster import cluster, dedupe
from briefgen.gather import brief_period
from briefgen.models import Article, Story
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer
from briefgen.summarize.sentences import article_sentences
from briefgen.text import terms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from labelled_corpora import load  # noqa: E402

CORPORA = REPO / "benchmarks" / "corpora"
REFERENCES = REPO / "benchmarks" / "references" / "summaries.jsonl"
ORDER = [
    "earnings",
    "earthquakes",
    "matches",
    "weather-warnings",
    "parliament-votes",
    "paraphrase",
    "holdout",
]
NOW = dt.datetime(2026, 11, 27, 6, tzinfo=dt.UTC)  # after every corpus (21-26 Nov 2026)
MAX_STORIES = 500  # never cut: every event may lead a story
SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)


def references() -> dict[tuple[str, str], str]:
    """(corpus, event) -> the reference summary."""
    lines = REFERENCES.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return {(r["corpus"], r["event"]): r["summary"] for r in records}


def stories_of(articles: list[Article], topic: str) -> tuple[list[Story], dict[str, list[str]]]:
    """Dedupe, cluster and mark new as pipeline.run does (no history, no embeddings), and the
    copies dedupe folded into each kept article (url -> urls)."""
    deduped = dedupe(articles)
    stories = cluster(deduped.articles, set(terms(topic)), NOW, MAX_STORIES)
    ids = {a.url: i for i, a in enumerate(deduped.articles)}
    novelty.mark(stories, ids, set(), [])
    stories = novelty.lead_with_news(stories, "collapse", MAX_STORIES)
    copies = {url: [c.url for c in found] for url, found in deduped.duplicates.items()}
    return stories, copies


def bottom_line(stories: list[Story], topic: str) -> list[str]:
    """The extractive brief's bottom line for these stories."""
    day = NOW.date()
    request = SummaryRequest(
        topic=topic,
        keywords=[],
        date=day,
        period=brief_period(day, NOW, dt.timedelta(days=7), dt.UTC),
        generated_at=NOW,
        stories=stories,
    )
    return ExtractiveSummarizer().summarize(request).summary


def lead_sentence(story: Story, earliest: bool = False) -> str:
    """The first sentence of the story's first article (`earliest`: of its earliest published
    one), split as the summarizer splits."""
    article = story.articles[0]
    if earliest:
        article = min(story.articles, key=lambda a: (a.published, a.url))
    return article_sentences(article, 0)[0].text


def score(reference: str, candidate: str) -> dict[str, float]:
    """ROUGE-1 and ROUGE-2 F1 and recall of `candidate` against `reference`."""
    s = SCORER.score(reference, candidate)
    return {
        "r1": s["rouge1"].fmeasure,
        "r2": s["rouge2"].fmeasure,
        "r1_rec": s["rouge1"].recall,
        "r2_rec": s["rouge2"].recall,
        "words": len(candidate.split()),
    }


def by_event(corpus: str, refs: dict) -> list[dict]:
    """One row per gold event: its bottom line and its lead against its reference."""
    articles, gold, _ = load(CORPORA / f"{corpus}.jsonl")
    rows = []
    for event in dict.fromkeys(gold[a.url] for a in articles):
        mine = [a for a in articles if gold[a.url] == event]
        stories, _ = stories_of(mine, corpus)
        story = stories[0]
        if len(stories) > 1:  # the clustering split the event: one story all the same
            joined = [a for s in stories for a in s.articles]
            story = story.model_copy(update={"articles": joined})
        lines = bottom_line([story], corpus)
        rows.append(_row(corpus, event, refs, story, "\n".join(lines)))
        rows[-1].update(first=score(refs[(corpus, event)], lines[0]), split=len(stories) > 1)
    return rows


def by_day(corpus: str, refs: dict) -> list[dict]:
    """One row per bottom-line line of the corpus's brief as one day: scored against its
    story's majority gold event, with that story's lead."""
    articles, gold, _ = load(CORPORA / f"{corpus}.jsonl")
    stories, copies = stories_of(articles, corpus)
    rows = []
    for line in bottom_line(stories, corpus):
        story = _quoted(line, stories)
        urls = [u for a in story.articles for u in [a.url, *copies.get(a.url, [])]]
        event, _ = Counter(gold[u] for u in urls).most_common(1)[0]
        rows.append(_row(corpus, event, refs, story, line))
        rows[-1].update(first=rows[-1]["bl"], merged=len({gold[u] for u in urls}) > 1)
    return rows


def _quoted(line: str, stories: list[Story]) -> Story:
    """The story whose article the bottom-line line quotes (whitespace aside; a run-on
    sentence cut short ends in ' …')."""
    quote = " ".join(line.removesuffix(" …").split())
    return next(s for s in stories if any(quote in " ".join(a.text.split()) for a in s.articles))


def _row(corpus: str, event: str, refs: dict, story: Story, line: str) -> dict:
    """The scores of a bottom line and of the story's leads against the event's reference."""
    ref = refs[(corpus, event)]
    return {
        "corpus": corpus,
        "event": event,
        "bl": score(ref, line),
        "lead": score(ref, lead_sentence(story)),
        "early": score(ref, lead_sentence(story, earliest=True)),
    }


def main() -> None:
    day = "--day" in sys.argv[1:]
    refs = references()
    rows = [row for c in ORDER for row in (by_day if day else by_event)(c, refs)]
    mode = "one brief per corpus (--day)" if day else "one brief per event"
    print(f"ROUGE F1 (recall), {mode}")
    _table(rows, ("bl", "bottom line"), ("lead", "lead sentence"))
    first = "bottom line" if day else "first line"
    print(f"\n{first} against the first sentence of the story's earliest article (early)")
    _table(rows, ("first", first), ("early", "early"))
    if day:
        told = {(r["corpus"], r["event"]) for r in rows}
        print(
            f"\nlines: {len(rows)}; events they tell: {len(told)} of {len(refs)}; "
            f"lines whose story merges events: {sum(r['merged'] for r in rows)}"
        )
    else:
        print(f"\nevents the clustering split: {sum(r['split'] for r in rows)} of {len(rows)}")
    if "-v" in sys.argv[1:]:
        for r in rows:
            cells = " ".join(f"{k} {r[k]['r1']:.3f}" for k in ("bl", "first", "lead", "early"))
            print(f"{r['corpus']}/{r['event']}: R1 {cells}")


def _table(rows: list[dict], ours: tuple[str, str], theirs: tuple[str, str]) -> None:
    """Per corpus and over all events: mean words, mean ROUGE-1 and -2 F1 (recall) of `ours`
    and `theirs` (row key, column name), and the ratio of the means."""
    a, b = ours[1][:12], theirs[1][:13]
    print(
        f"{'corpus':17} {'n':>3} {'words':>5} {'words':>5}  "
        f"{'R1 ' + a:>16} {'R1 ' + b:>16} {'ratio':>6}  "
        f"{'R2 ' + a:>16} {'R2 ' + b:>16} {'ratio':>6}"
    )
    for corpus in [*ORDER, "all"]:
        chosen = [r for r in rows if corpus in ("all", r["corpus"])]
        if chosen:
            print(_table_row(corpus, chosen, ours[0], theirs[0]))


def _table_row(name: str, rows: list[dict], ours: str, theirs: str) -> str:
    def mean(side: str, key: str) -> float:
        return statistics.mean(r[side][key] for r in rows)

    cells = [f"{name:17} {len(rows):3} {mean(ours, 'words'):5.1f} {mean(theirs, 'words'):5.1f} "]
    for key in ("r1", "r2"):
        mine, other = mean(ours, key), mean(theirs, key)
        cells.append(
            f"{mine:9.3f} ({mean(ours, key + '_rec'):.2f}) {other:9.3f} "
            f"({mean(theirs, key + '_rec'):.2f}) {mine / other if other else float('nan'):5.2f}x "
        )
    return " ".join(cells).rstrip()


if __name__ == "__main__":
    main()
