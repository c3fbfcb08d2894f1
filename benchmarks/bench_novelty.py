"""How well "what changed since the last brief" recognises a story told again.

On each labelled corpus (tests/labelled_corpora.py: the fixture folders and
benchmarks/corpora/*.jsonl), the first half of every event told by several articles is
published on day 1, the rest two days later (each at its own time of day); events of one
article appear on the later day only. Briefs are built for both days through the CLI with a
24 h window, so day 1's articles are gone on day 3 and a story can only be recognised by its
signature (novelty.py). On day 3, a story of a known event should be `updated` and matched
to a day-1 story of that event; a story of a fresh event `new`. A story matched to a day-1
story of another event is a wrong link (it is `updated` for a wrong reason, or, when fresh,
`updated` instead of `new`).

Run on demand:  python benchmarks/bench_novelty.py [CORPUS ...]  (corpus names as
tests/labelled_corpora.py lists them, default all; one line per corpus, then the totals)
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from briefgen.novelty import same_event
from briefgen.store import Store
from briefgen.tables import ArticleRow

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from labelled_corpora import corpora, load  # noqa: E402

DAYS = (dt.date(2026, 11, 22), dt.date(2026, 11, 24))
TOPIC = "W"


def lay_out(corpus: Path, news: Path) -> dict[str, str]:
    """Write the corpus into `news` as text files on their days; url -> gold event."""
    articles, gold, _ = load(corpus)
    by_event = defaultdict(list)
    for article in sorted(articles, key=lambda a: a.published):
        by_event[gold[article.url]].append(article)
    for members in by_event.values():
        for k, article in enumerate(members):
            day = DAYS[0] if len(members) > 1 and k < len(members) // 2 else DAYS[1]
            published = dt.datetime.combine(day, article.published.timetz())
            meta = {
                "title": article.title,
                "url": article.url,
                "outlet": article.outlet,
                "published": published.isoformat(),
                "language": article.language,
            }
            front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in meta.items())
            path = news / f"{len(list(news.iterdir())):04d}.txt"
            path.write_text(f"---\n{front}---\n{article.text}\n", encoding="utf-8")
    return gold


def measure(corpus: Path) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "news").mkdir()
        gold = lay_out(corpus, work / "news")
        database = f"sqlite:///{work}/db.sqlite"
        config = work / "briefgen.toml"
        config.write_text(
            f'output_dir = "out"\ndatabase = "{database}"\n[[topics]]\nname = "{TOPIC}"\n'
            f'since = "24h"\nmax_stories = 50\nsources = ["{work}/news"]\n'
        )
        for day in DAYS:
            subprocess.run(
                [sys.executable, "-m", "briefgen", "generate", "--config", config,
                 "--date", str(day), "--format", "json"],
                check=True, capture_output=True,
            )  # fmt: skip
        brief = json.loads((work / "out" / str(DAYS[1]) / "w.json").read_text())
        store = Store(database)
        try:
            earlier = store.previous_stories(TOPIC, DAYS[1])
            later = store.previous_stories(TOPIC, DAYS[1] + dt.timedelta(days=1))
            later = [s for s in later if s not in earlier]
            with store._session() as session:
                urls = dict(session.execute(select(ArticleRow.id, ArticleRow.url)).all())
        finally:
            store.close()
    events_of = [{gold[urls[i]] for i in story.article_ids} for story in earlier]
    known_events = set().union(*events_of)
    status = {s["title"]: s["status"] for s in brief["stories"]}
    counts = defaultdict(int)
    seen = set().union(*(s.article_ids for s in earlier))
    for story in later:
        if story.article_ids & seen:
            continue  # the same articles again: not this benchmark's question
        events = {gold[urls[i]] for i in story.article_ids}
        matched = [
            k for k, past in enumerate(earlier) if same_event(story.signature, past.signature)
        ]
        right = any(events & events_of[k] for k in matched)
        counts["stories"] += 1
        counts["wrong links"] += any(not events & events_of[k] for k in matched)
        if events & known_events:
            counts["known"] += 1
            counts["known updated"] += status.get(story.title) == "updated" and right
        else:
            counts["fresh"] += 1
            counts["fresh new"] += status.get(story.title) == "new"
    return counts


def main() -> None:
    chosen = [c for c in corpora() if not sys.argv[1:] or c.stem in sys.argv[1:]]
    total: dict[str, int] = defaultdict(int)
    for corpus in chosen:
        counts = measure(corpus)
        for key, value in counts.items():
            total[key] += value
        print(_line(corpus.stem, counts), flush=True)
    print(_line("all", total))


def _line(name: str, c: dict[str, int]) -> str:
    return (
        f"{name:20s} known events' stories updated {c['known updated']}/{c['known']}, "
        f"fresh events' stories new {c['fresh new']}/{c['fresh']}, "
        f"stories linked to another event {c['wrong links']}/{c['stories']}"
    )


if __name__ == "__main__":
    main()
