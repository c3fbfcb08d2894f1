"""The offline summarizer on articles in 17 languages: items per language, and how well its
risk and reaction cues find the sentences labelled in
tests/fixtures/languages_extractive/labels.json.

Run on demand:  python benchmarks/bench_languages.py  (prints a table; nothing is asserted)

Each language's articles (one or two outlets) make one story, summarized as the brief's only
story. A labelled risk (reaction) is found when a risk (reaction) item of the brief quotes it;
precision counts the brief's risk (reaction) items that quote a labelled one. A labelled risk
that the bottom line quotes is counted apart: a sentence is used once, there or as a risk.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

from briefgen.config import FetchSettings
from briefgen.gather import brief_period
from briefgen.models import Brief, Story
from briefgen.sources.files import FileSource
from briefgen.summarize import SummaryRequest
from briefgen.summarize.extractive import ExtractiveSummarizer

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "languages_extractive"
NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)


def labels() -> dict[str, dict]:
    """Per language: its fixture files and the risk and reaction fragments labelled in them."""
    by_lang: dict[str, dict] = defaultdict(lambda: {"files": [], "risks": [], "reactions": []})
    for name, label in json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8")).items():
        entry = by_lang[label["lang"]]
        entry["files"].append(FIXTURES / name)
        entry["risks"] += label["risks"]
        entry["reactions"] += label["reactions"]
    return dict(by_lang)


def brief_of(files: list[Path]) -> Brief:
    """The extractive brief of one story made of `files` (the clustering is not under test)."""
    articles = [a for f in files for a in FileSource(str(f)).read(FetchSettings()).articles]
    story = Story(id="s1", title=articles[0].title, articles=articles)
    day = NOW.date()
    return ExtractiveSummarizer().summarize(
        SummaryRequest(
            topic="World",
            keywords=[],
            date=day,
            period=brief_period(day, NOW, dt.timedelta(days=30), dt.UTC),
            generated_at=NOW,
            stories=[story],
        )
    )


def matched(items: list[str], wanted: list[str]) -> tuple[int, int]:
    """(items quoting a labelled fragment, labelled fragments quoted by an item)."""
    right = sum(any(w in item for w in wanted) for item in items)
    found = sum(any(w in item for item in items) for w in wanted)
    return right, found


def measure() -> dict[str, dict[str, int]]:
    """Per language: developments, risks, reactions, outlook, and cue hits against labels."""
    out = {}
    for lang, label in sorted(labels().items()):
        brief = brief_of(label["files"])
        risks = [r.detail for r in brief.risks]
        reactions = [r.detail for r in brief.reactions]
        risk_right, risk_found = matched(risks, label["risks"])
        # the bottom line may quote a risk: said once, it is then no risk item (no repeats)
        _, risk_in_summary = matched(brief.summary, label["risks"])
        reaction_right, reaction_found = matched(reactions, label["reactions"])
        out[lang] = {
            "files": len(label["files"]),
            "developments": len(brief.developments),
            "summary": len(brief.summary),
            "outlook": len(brief.outlook),
            "risks": len(risks),
            "risks_right": risk_right,
            "risks_labelled": len(label["risks"]),
            "risks_found": risk_found,
            "risks_in_summary": risk_in_summary,
            "reactions": len(reactions),
            "reactions_right": reaction_right,
            "reactions_labelled": len(label["reactions"]),
            "reactions_found": reaction_found,
        }
    return out


def main() -> None:
    figures = measure()
    print(
        f"{'lang':4} {'files':>5} {'dev':>4} {'out':>4} "
        f"{'risks right/made':>16} {'found/labelled':>14} "
        f"{'reactions right/made':>20} {'found/labelled':>14} {'risks in bottom line':>20}"
    )
    total: dict[str, int] = defaultdict(int)
    for lang, f in figures.items():
        for k, v in f.items():
            total[k] += v
        print(_row(lang, f))
    print(_row("all", total))
    p = total["risks_right"] / max(total["risks"], 1)
    r = total["risks_found"] / max(total["risks_labelled"], 1)
    print(f"risks: precision {p:.2f}, recall {r:.2f}")
    p = total["reactions_right"] / max(total["reactions"], 1)
    r = total["reactions_found"] / max(total["reactions_labelled"], 1)
    print(f"reactions: precision {p:.2f}, recall {r:.2f}")


def _row(lang: str, f: dict[str, int]) -> str:
    return (
        f"{lang:4} {f['files']:>5} {f['developments']:>4} {f['outlook']:>4} "
        f"{f['risks_right']:>10}/{f['risks']:<5} {f['risks_found']:>8}/{f['risks_labelled']:<5} "
        f"{f['reactions_right']:>14}/{f['reactions']:<5} "
        f"{f['reactions_found']:>8}/{f['reactions_labelled']:<5} {f['risks_in_summary']:>20}"
    )


if __name__ == "__main__":
    sys.exit(main())
