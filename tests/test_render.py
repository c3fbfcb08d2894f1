import datetime as dt
from zoneinfo import ZoneInfo

from conftest import NOW
from pypdf import PdfReader

from briefgen.models import Brief
from briefgen.render import clause_of, render_html, render_pdf

HOSTILE = "<script>alert(1)</script> <img src=\"file:///etc/passwd\"> {{ 7*7 }} {% include 'x' %}"


def hostile_brief() -> Brief:
    ids = {"sources": ["S1"], "story": "s1"}
    return Brief.model_validate(
        {
            "topic": "Test <b>topic</b>",
            "date": "2026-11-24",
            "generated_at": NOW,
            "period": {"start": NOW - dt.timedelta(days=1), "end": NOW},
            "headline": f"Headline {HOSTILE}",
            "summary": [f"Summary {HOSTILE}"],
            "stories": [{"id": "s1", "title": f"Story {HOSTILE}", "sources": ["S1"]}],
            "developments": [
                {"title": "Dev", "detail": f"Detail {HOSTILE}", "quotes": [HOSTILE], **ids}
            ],
            "risks": [{"risk": "Risk", "detail": HOSTILE, **ids}],
            "reactions": [
                {"actor": "Actor", "stance": "oppose", "detail": HOSTILE, "quote": HOSTILE, **ids}
            ],
            "outlook": [HOSTILE],
            "sources": [
                {"id": "S1", "title": HOSTILE, "url": "javascript:alert(1)", "outlet": "O"}
            ],
        }
    )


def test_html_escapes_everything_from_the_brief():
    html = render_html(hostile_brief(), ZoneInfo("UTC"))
    assert "<script>" not in html and "<img" not in html and "<b>topic" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert 'href="javascript:' not in html


def test_a_local_source_shows_its_file_name_not_its_folder():
    """A brief is emailed and published: /home/alice/... is no reader's business."""
    local = "file:///home/alice/clients/acme%20merger/notes%20day%202.md"
    sources = [{"id": "S1", "title": "Notes", "url": local, "outlet": "O"}]
    brief = Brief.model_validate({**hostile_brief().model_dump(), "sources": sources})
    html = render_html(brief, ZoneInfo("UTC"))
    assert '<span class="url" dir="ltr">notes day 2.md</span>' in html
    assert "alice" not in html and "acme" not in html
    assert brief.sources[0].url == local  # the JSON keeps the whole address


def test_pdf_shows_hostile_text_as_text_and_fetches_nothing(server):
    pixel = server.url("/pixel.png")
    brief = hostile_brief().model_copy(update={"headline": f'<img src="{pixel}"> headline'})
    pdf = render_pdf(render_html(brief, ZoneInfo("UTC")))
    text = "".join(page.extract_text() for page in PdfReader(_io(pdf)).pages)
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text
    assert server.hits == []


def test_pdf_fetcher_blocks_real_references(server, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG")
    html = (
        f'<html><head><link rel="stylesheet" href="{server.url("/style.css")}">'
        f'<style>@import url("{server.url("/import.css")}"); body {{ background: '
        f'url("{server.url("/bg.png")}") }}</style></head><body>'
        f'<img src="{server.url("/pixel.png")}"><img src="{secret.as_uri()}">'
        '<img src="file:///etc/passwd"><p>text</p></body></html>'
    )
    pdf = render_pdf(html)
    assert pdf.startswith(b"%PDF")
    assert server.hits == []


def _io(data: bytes):
    import io

    return io.BytesIO(data)


def test_fetcher_allows_only_data_urls_and_the_asset_folders(server, tmp_path):
    import pytest

    from briefgen.render import local_fetcher

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    fetcher = local_fetcher([assets])
    assert b"svg" in fetcher.fetch((assets / "logo.svg").as_uri()).read()
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"
    for url in (
        outside.as_uri(),
        (assets / ".." / "secret.txt").as_uri(),
        "file:///etc/passwd",
        # a fragment or query the path check would not see, but the opener would drop
        outside.as_uri() + "#" + "/.." * 30 + str(assets / "logo.svg"),
        f"{outside.as_uri()}?{assets / 'logo.svg'}",
        f"file://otherhost{assets / 'logo.svg'}",
        server.url("/pixel.png"),
        "ftp://127.0.0.1/x",
    ):
        with pytest.raises(ValueError, match="does not load external resources"):
            fetcher.fetch(url)
    assert server.hits == []


SCRIPT_PROBLEM = "quote not found in S2: <script>alert(2)</script>"
FALLBACK = "LLM: no valid answer after 3 attempt(s): the answer was cut off at the token limit"


def llm_brief(flagged: bool = True) -> Brief:
    """A brief as the openai provider writes it: flagged items, one story summarized offline."""
    dev_flags = [SCRIPT_PROBLEM, "number(s) 987654 not in S1"] if flagged else []
    return Brief.model_validate(
        {
            "topic": "Grid",
            "date": "2026-11-24",
            "generated_at": NOW,
            "period": {"start": NOW - dt.timedelta(days=1), "end": NOW},
            "headline": "Strikes hit the grid",
            "summary": ["Strikes hit the grid overnight."],
            "stories": [
                {"id": "s1", "title": "Grid strikes", "sources": ["S1", "S2"]},
                {
                    "id": "s2",
                    "title": "Talks resume",
                    "sources": ["S3"],
                    "fallback": FALLBACK if flagged else "",
                },
            ],
            "developments": [
                {
                    "title": "Plant offline",
                    "detail": "A plant went offline after 987654 strikes.",
                    "story": "s1",
                    "sources": ["S1"],
                    "flags": dev_flags,
                },
                {"title": "Talks set", "detail": "Talks resume.", "story": "s2", "sources": ["S3"]},
            ],
            "risks": [
                {"risk": "Blackouts", "detail": "More cuts.", "story": "s1", "sources": ["S1"]}
            ],
            "reactions": [
                {
                    "actor": "Operator",
                    "stance": "concern",
                    "detail": "Warned of cuts.",
                    "quote": "We are stretched",
                    "story": "s1",
                    "sources": ["S2"],
                    "flags": ["quote not found in S2: We are stretched"] if flagged else [],
                }
            ],
            "outlook": ["Repairs."],
            "sources": [
                {"id": f"S{n}", "title": f"Article {n}", "url": f"https://example.org/{n}"}
                for n in (1, 2, 3)
            ],
            "stats": {
                "provider": "openai",
                "model": "gpt-4o-mini",
                "llm_calls": 3,
                "cache_hits": 2,
                "prompt_tokens": 12345,
                "completion_tokens": 678,
                "cost_usd": 0.002258,
                "grounding": {"checked": 9, "flagged": 2, "dropped": 1},
            },
        }
    )


def _body(html: str) -> str:
    """The page after the inlined CSS (which names the marker's classes)."""
    return html.split("</style>", 1)[1]


def test_flags_fallback_and_llm_stats_are_shown_escaped():
    html = _body(render_html(llm_brief(), ZoneInfo("UTC")))
    assert html.count(">unverified</span>") == 2 and html.count('class="flag-note"') == 2
    escaped = "quote not found in S2: &lt;script&gt;alert(2)&lt;/script&gt;"
    problems = f"{escaped}; number(s) 987654 not in S1"
    assert f'title="Not confirmed by the cited sources: {problems}">unverified</span>' in html
    assert f"Unverified, not confirmed by the cited sources: {problems}</p>" in html
    assert "quote not found in S2: We are stretched</p>" in html
    assert "<script>" not in html
    assert f'<span class="fallback-note">summarized offline: {FALLBACK}</span>' in html
    assert html.count("summarized offline:") == 1  # only the story that fell back
    flat = " ".join(html.split())
    assert "Summarizer: openai (gpt-4o-mini): 3 LLM calls, 2 cache hits," in flat
    assert "12,345 tokens in / 678 out, cost $0.0023 USD." in flat
    assert "Grounding: 9 checked, 2 flagged, 1 dropped; 1 story summarized offline." in flat


def test_unflagged_items_have_no_marker():
    html = _body(render_html(llm_brief(flagged=False), ZoneInfo("UTC")))
    assert "unverified" not in html.lower()
    assert "flag" not in html.replace("flagged", "")  # no marker, no note, no class
    assert "summarized offline" not in html
    cites = '&#8288;<span class="cites"><sup class="cite"><a href="#src-1">[1]</a></sup></span>'
    assert f"after 987654 strikes.{cites}\n</li>" in html  # the item ends with its citations
    assert "Grounding: 9 checked, 2 flagged, 1 dropped." in " ".join(html.split())


def test_unpriced_model_shows_cost_unknown():
    brief = llm_brief()
    brief.stats.cost_usd = 0.0
    html = _body(render_html(brief, ZoneInfo("UTC")))
    assert "cost unknown (no price for this model)" in html and "$0.0000" not in html


def test_extractive_stats_stay_short():
    html = _body(render_html(hostile_brief(), ZoneInfo("UTC")))
    assert "Summarizer: extractive (offline, no LLM)." in html
    assert "tokens" not in html and "Grounding" not in html and "unverified" not in html


def test_pdf_shows_flags_and_fallback():
    pdf = render_pdf(render_html(llm_brief(), ZoneInfo("UTC")))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(_io(pdf)).pages).split())
    assert text.count("unverified") == 2  # the two markers
    assert "Unverified, not confirmed by the cited sources: quote not found in S2:" in text
    assert "<script>alert(2)</script>" in text  # shown as text
    assert "summarized offline: LLM: no valid answer after 3 attempt(s)" in text
    assert "cost $0.0023 USD" in text


def test_a_title_that_is_a_clause_of_its_detail_is_found_in_it():
    detail = "Officials warned that repeated strikes could push the grid towards blackouts."
    before, clause, after = clause_of("Repeated strikes could push the grid …", detail)
    assert (before, after) == ("Officials warned that ", " towards blackouts.")
    assert clause == "repeated strikes could push the grid"  # as the sentence writes it
    assert clause_of("Drifting mines", "Two mines were found off the coast.") is None
    assert clause_of("", detail) is None and clause_of(" …", detail) is None
    assert clause_of("Ban", "Bangladesh braces for floods.") is None  # part of a word
    assert clause_of("停电或将持续 …", "官员称停电或将持续一周。")[1] == "停电或将持续"


def test_a_risk_named_by_a_clause_shows_the_sentence_once_with_the_clause_marked():
    brief = hostile_brief()
    brief.risks[0].risk = "Underwriters may stop covering <the> route …"
    brief.risks[0].detail = "Brokers fear underwriters may stop covering <the> route soon."
    html = render_html(brief, ZoneInfo("Europe/Berlin"))
    assert html.count("may stop covering") == 1
    assert (
        'Brokers fear <strong class="risk-name">underwriters may stop covering &lt;the&gt; '
        "route</strong> soon." in html
    )
