"""The openai provider over sources in other languages: the brief in the reader's language,
quotes translated with their originals grounded, numbers grounded across locale formats.
Real `openai` client against the local server (tests/llm_server.py), which answers like a
careful model: it marks what it translated ("[English] ...") and writes numbers the brief's
way (de "1.200" as en "1,200")."""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from llm_server import FakeLLM, serve

from briefgen.config import LLMSettings
from briefgen.grounding import comparable
from briefgen.models import Period, Story
from briefgen.render import render_html
from briefgen.sections import RenderSettings
from briefgen.sources.files import read_file
from briefgen.summarize import SummaryRequest
from briefgen.summarize.openai import OpenAISummarizer

FIXTURES = Path(__file__).parent / "fixtures" / "llm_languages"
NOW = dt.datetime(2026, 11, 24, 18, tzinfo=dt.UTC)


@pytest.fixture
def llm():
    with serve(FakeLLM()) as server:
        yield server


def request(language: str) -> SummaryRequest:
    """A German story and a Chinese story, one article each, read from the fixtures."""
    stories = [
        Story(id=f"s{n}", title=article.title, articles=[article])
        for n, name in enumerate(["de-bundesbank.md", "zh-grain.md"], start=1)
        for article in [read_file(FIXTURES / name, 1_000_000)]
    ]
    period = Period(start=NOW - dt.timedelta(days=1), end=NOW)
    return SummaryRequest("Economy", [], NOW.date(), period, NOW, stories, language=language)


def brief_of(base_url: str, req: SummaryRequest, **options):
    llm = LLMSettings(provider="openai", model="m", base_url=base_url, cache=False, **options)
    return OpenAISummarizer(llm, None, NOW).summarize(req)


def quoted(brief) -> list[tuple[str, str, str]]:
    """(source id, quote, original) of every quote in the brief's items."""
    out = [
        (d.sources[0], q, o)
        for d in brief.developments
        for q, o in zip(d.quotes, d.original_quotes or [""] * len(d.quotes), strict=True)
    ]
    return out + [(r.sources[0], r.quote, r.original_quote) for r in brief.reactions if r.quote]


def test_an_english_brief_over_german_and_chinese_sources(llm):
    req = request("en")
    brief = brief_of(llm.base_url, req)
    assert {s.id: s.language for s in brief.sources} == {"S1": "de", "S2": "zh"}
    systems = {r["messages"][0]["content"] for r in llm.requests}
    assert len(systems) == 1 and "plain, neutral English" in next(iter(systems))
    users = [r["messages"][1]["content"] for r in llm.requests]
    assert any("Articles S1 (de) are not in English" in u for u in users)
    assert any("Articles S2 (zh) are not in English" in u for u in users)

    # every quote is given translated, with the article's own words beside it, and kept
    quotes = quoted(brief)
    assert {sid for sid, *_ in quotes} == {"S1", "S2"}
    texts = {req.source_id(a): comparable(a.text) for s in req.stories for a in s.articles}
    for sid, quote, original in quotes:
        assert quote.startswith("[English] ") and original
        assert comparable(original) in texts[sid]
    assert any("2,1 Prozent" in o for *_, o in quotes)  # the German original, German numbers
    stats = brief.stats.grounding
    assert stats.checked > 0 and (stats.dropped, stats.flagged) == (0, 0)
    assert not any(i.flags for i in [*brief.developments, *brief.risks, *brief.reactions])

    # German numbers, written the English way in the brief, ground against the article
    items = " ".join(i.detail for i in [*brief.developments, *brief.risks, *brief.reactions])
    for english in ("2.1 Prozent", "1,200 Stellen", "3.5 Prozent", "12,500 Millionen"):
        assert english in items
    assert "1.200" not in items and "3,5" not in items


def test_a_forged_original_is_flagged_and_can_be_dropped(llm):
    llm.fail_when("Bundesbank", "forged_original")
    brief = brief_of(llm.base_url, request("en"))
    forged = [d for d in brief.developments if d.flags]
    assert len(forged) == 1
    assert any("original quote not found in S1" in f for f in forged[0].flags)
    assert brief.stats.grounding.flagged == 1
    # its words are told in the flag, not shown between quotation marks (nu35)
    assert not any("Nobody said this" in " ".join(d.quotes) for d in brief.developments)

    llm.fail_when("Bundesbank", "forged_original")
    brief = brief_of(llm.base_url, request("en"), ungrounded="drop")
    assert not any("Nobody said this" in " ".join(d.quotes) for d in brief.developments)
    assert brief.stats.grounding.dropped == 1
    assert quoted(brief)  # the other items, translated and grounded, stay


def test_a_translated_quote_without_its_original_is_not_grounded(llm):
    llm.fail_when("Bundesbank", "invented_quote")  # a quote no article has, no original
    brief = brief_of(llm.base_url, request("en"))
    invented = [d for d in brief.developments if d.flags]
    assert len(invented) == 1 and "quote not found in S1" in invented[0].flags[0]


def test_a_german_brief_asks_for_german_and_translates_the_chinese_source(llm):
    brief = brief_of(llm.base_url, request("de"))
    systems = {r["messages"][0]["content"] for r in llm.requests}
    assert len(systems) == 1 and "plain, neutral German" in next(iter(systems))
    users = [
        r["messages"][1]["content"]
        for r in llm.requests
        if "<<<ARTICLES" in r["messages"][1]["content"]
    ]
    german = next(u for u in users if "<<<S1>>>" in u)
    chinese = next(u for u in users if "<<<S2>>>" in u)
    assert "are not in" not in german  # the German article is in the brief's language
    assert "Articles S2 (zh) are not in German" in chinese
    for sid, quote, original in quoted(brief):
        assert (quote.startswith("[German] "), bool(original)) == ((sid == "S2"),) * 2
    items = " ".join(i.detail for i in [*brief.developments, *brief.risks])
    assert "1.200 Stellen" in items and "3,5 Prozent" in items  # German numbers, as written
    stats = brief.stats.grounding
    assert stats.checked > 0 and (stats.dropped, stats.flagged) == (0, 0)


def test_the_sources_list_shows_each_article_language_when_not_the_briefs(llm):
    brief = brief_of(llm.base_url, request("en"))
    html = render_html(brief, ZoneInfo("UTC"))
    sources = html[html.index('class="sources"') :]
    assert sources.count('class="source-lang"') == 2
    assert 'article">de</abbr>' in sources and 'article">zh</abbr>' in sources
    # a quote's original is shown beside its translation
    body = html[: html.index('class="sources"')]
    assert body.count('class="original-quote"') == len(quoted(brief))
    assert "2,1 Prozent" in body
    # a German brief (a German page) over the same sources tags only the Chinese one
    brief = brief_of(llm.base_url, request("de"))
    html = render_html(brief, ZoneInfo("UTC"), options=RenderSettings(lang="de"))
    sources = html[html.index('class="sources"') :]
    assert sources.count('class="source-lang"') == 1 and 'article">zh</abbr>' in sources


def test_a_german_brief_from_the_cli_is_a_german_page(llm, tmp_path):
    """End to end: brief_language = "de" in the config; the page says lang="de", and only the
    Chinese source is tagged with its language."""
    import shutil

    from clitools import cli

    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    config = tmp_path / "briefgen.toml"
    config.write_text(
        f'output_dir = "out"\nbrief_language = "de"\n[llm]\nprovider = "openai"\nmodel = "m"\n'
        f'base_url = "{llm.base_url}"\n[[topics]]\nname = "Wirtschaft"\nsince = "3650d"\n'
        f'sources = ["{folder}"]\n'
    )
    result = cli("generate", "--config", config, "--date", "2026-11-24", "--format", "html")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "2026-11-24" / "wirtschaft.html").read_text()
    assert '<html lang="de"' in html
    sources = html[html.index('class="sources"') :]
    assert sources.count('class="source-lang"') == 1 and ">zh</abbr>" in sources
